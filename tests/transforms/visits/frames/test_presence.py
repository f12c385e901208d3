"""presence frames on real sentences (frames/presence.py)."""
from tests.transforms.visits.frames.helpers import names, new_discourse, read
from transforms.visits.frames.presence import presence_frames

# BB-internationalNews-219-20180324
MACRON = ("وأعلن الرئيس الفرنسي إيمانويل ماكرون، الموجود في بروكسل للمشاركة في قمة الاتحاد الأوروبي، إنه سيعود إلى "
          "فرنسا للإشراف على كيفية التعامل مع الحادث وتبعاته.")
# CN-middleEast-247-20180311
BASHIR = ("دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري "
          "الشيخ محمد بن عبدالرحمن، وذلك غداة استقباله لمدير المخابرات العامة المصرية")


def test_a_named_official_present_in_a_city_abroad_is_visiting_it():
    article = read(MACRON)
    frames = presence_frames(article.ctx, new_discourse(), article.sentences[0], 0, [], article.is_private)
    assert [([h.place for h in f.hosts], names(f.visitors)) for f in frames] == [(["بروكسل"], ["إيمانويل ماكرون"])]
    assert article.ctx.text[frames[0].start:frames[0].end].startswith("في")


def test_an_official_with_no_city_after_him_is_not_present_anywhere():
    article = read(BASHIR)
    assert presence_frames(article.ctx, new_discourse(), article.sentences[0], 0, [], article.is_private) == []


# BB-middleEast-10-20180216 (a non-gold ANT article) and AL-internationalNews-978-20180502 (team gold)
CANIKLI = ("وقال وزير الدفاع التركي نور الدين جانيكلي للصحفيين في بروكسل بعد يوم واحد من لقائه بوزير الدفاع "
           "الأمريكي جيم ماتيس على هامش اجتماع لحلف شمالي الأطلسي (ناتو) \"طلبنا إنهاء تلك العلاقة\".")
MACRON_SYDNEY = ("وقال ماكرون للصحافيين في سيدني، بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول: \"لا أعرف "
                 "ما الذي سيقرره الرئيس الأميركي يوم 12 مايو\".")


def test_an_official_who_tells_reporters_in_a_city_abroad_is_there():
    # class visit_told_press (للصحفيين، للصحافيين) between the name and في: he spoke in the city, so he is in it
    for body, place, visitor in ((CANIKLI, "بروكسل", "نور الدين جانيكلي"), (MACRON_SYDNEY, "سيدني", "إيمانويل ماكرون")):
        article = read(body)
        frames = presence_frames(article.ctx, new_discourse(), article.sentences[0], 0, [], article.is_private)
        assert [([h.place for h in f.hosts], names(f.visitors)) for f in frames] == [([place], [visitor])]
        assert article.ctx.text[frames[0].start:frames[0].end].startswith("في " + place)


def test_whom_an_official_speaks_to_is_read_only_from_its_rows():
    from transforms.visits.cues import ClauseWords

    assert ClauseWords.presence_gap.match("، الموجود في ") and not ClauseWords.presence_gap.match(" للصحفيين في ")
    assert read(CANIKLI).ctx.clauses.presence_gap.match(" للصحفيين في ")


# SK-internationalNews-1231-20180428 and SK-middleEast-2218-20180607 (non-gold ANT articles)
GOKHALE = ("ومن ناحية أخرى قال فيجاي جوخالي، وكيل وزارة الخارجية الهندية، إن الهند والصين اتفقتا على تحسين الاتصالات "
           "بين قواتهما المسلحة للحفاظ على السلام على الحدود، وذلك بعد أشهر من إثارة نزاع بشأن شريط حدودي في جبال "
           "الهيمالايا.\nوأضاف جوخالي للصحفيين في مدينة ووهان الصينية، إن نيودلهي وبكين قررتا أيضا تعزيز الاتصالات من "
           "أجل الاستقرار الإقليمي الأوسع.")
NETANYAHU = "وصرح نتانياهو في العاصمة البريطانية، لندن : \"لم يعد في مأمن ونظامه لم يعد في مأمن."


def test_a_head_noun_may_stand_before_the_citys_name():
    # class visit_place_head (مدينة) between في and the city: he is in Wuhan; a place whose own span opens with the head
    # noun (العاصمة البريطانية، لندن) is read as before
    for body, place, visitor in ((GOKHALE, "ووهان", "فيجاي جوخالي"), (NETANYAHU, "لندن", "بنيامين نتانياهو")):
        article = read(body)
        last = len(article.sentences) - 1
        frames = presence_frames(article.ctx, new_discourse(), article.sentences[last], last, [], article.is_private)
        assert [([h.place for h in f.hosts], names(f.visitors)) for f in frames] == [([place], [visitor])]
