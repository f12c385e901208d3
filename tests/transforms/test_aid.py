"""extract_aid over real sentences (seed sample and ANT corpus), with hand-made entity mentions
and, end to end, with the entities step."""
import pytest

from marsad.seeds import read_seed_csv
from transforms.aid import build_currency_lexicon, cues
from transforms.aid import extract_aid as _extract_aid
from transforms.cue_lexicon import build_cue_lexicon

WORDS = cues.aid_words(build_cue_lexicon(read_seed_csv("cue_words.csv")))


def extract_aid(*args, **kwargs):
    """extract_aid with the aid word lists of seeds/cue_words.csv (classes aid_give, aid_cut …)."""
    return _extract_aid(*args, words=WORDS, **kwargs)

SEED = ("وتحصل مصر على مساعدات عسكرية أميركية قيمتها 1.3 مليار دولار سنويا\u00a0منذ توقيعها معاهدة سلام "
        "مع إسرائيل عام 1979.")


@pytest.fixture(scope="module")
def currencies():
    return build_currency_lexicon(read_seed_csv("currencies.csv"), read_seed_csv("currencies_curated.csv"))


def mentions(text, countries=(), organisations=(), places=()):
    """Entity lists as find_entities gives them, from (surface, iso2[, via]) written in `text`."""
    def at(surface, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        return start, start + len(surface)

    out = {"countries": [], "organisations": [], "places": []}
    for surface, iso2, via, *nth in countries:
        s, e = at(surface, *nth)
        out["countries"].append({"iso2": iso2, "surface": surface, "char_start": s, "char_end": e, "via": via})
    for surface, name, kind in organisations:
        s, e = at(surface)
        out["organisations"].append({"name_ar": name, "iso2": None, "surface": surface,
                                     "char_start": s, "char_end": e, "kind": kind})
    for surface, iso2, kind in places:
        s, e = at(surface)
        out["places"].append({"name_ar": surface, "iso2": iso2, "char_start": s, "char_end": e, "kind": kind})
    return out


def brief(record):
    return (record["donor_iso2"] or record["donor_name_ar"], record["recipient_iso2"] or record["recipient_name_ar"],
            record["amount"], record["currency"], record["period"], record["aid_type"], record["since_year"],
            record["status"])


def test_seed_military_aid(currencies):
    entities = mentions(SEED, [("مصر", "EG", "name"), ("أميركية", "US", "adjective"), ("إسرائيل", "IL", "name")])
    records = extract_aid(SEED, entities, currencies)
    assert [brief(r) for r in records] == [("US", "EG", 1.3e9, "USD", "annual", "military", 1979, "provided")]
    r = records[0]
    assert SEED[r["evidence_start"]:r["evidence_end"]] == r["evidence"] == SEED
    assert r["amount_surface"] == "1.3 مليار دولار"


def test_evidence_offsets_point_into_the_article(currencies):
    text = "تحديث (17:42 ت.غ)\n\n" + SEED
    entities = mentions(text, [("مصر", "EG", "name"), ("أميركية", "US", "adjective")])
    [r] = extract_aid(text, entities, currencies)
    assert text[r["evidence_start"]:r["evidence_end"]] == SEED


def test_joint_package_gives_one_record_per_donor(currencies):
    # ANT CN-economy-362-20181006
    text = ("وقعت حكومة مملكة البحرين، الخميس، اتفاقية تحصل بموجبها على دعم مالي بقيمة 10 مليارات دولار، "
            "من المملكة العربية السعودية، والإمارات العربية المتحدة، والكويت، وفقا لما نقلته وكالة الأنباء "
            "البحرينية الرسمية \"بنا\".")
    entities = mentions(text, [("البحرين", "BH", "name"), ("المملكة العربية السعودية", "SA", "name"),
                               ("الإمارات العربية المتحدة", "AE", "name"), ("الكويت", "KW", "name")])
    records = extract_aid(text, entities, currencies)
    assert {(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in records} == {
        ("SA", "BH", 1e10), ("AE", "BH", 1e10), ("KW", "BH", 1e10)}
    assert {r["aid_type"] for r in records} == {"economic"}


def test_pledge_to_an_army(currencies):
    # ANT AL-internationalNews-487-20180316
    text = ("وكشف الحريري إثر انتهاء اللقاء مع لودريان أن فرنسا تعهدت بتقديم مبلغ 400 مليون يورو لدعم الجيش "
            "اللبناني والقوى الأمنية، نافياً ما وصفه ب\"الدعاية الإسرائيلية\" حول احتمال أن تذهب الأسلحة.")
    entities = mentions(text, [("فرنسا", "FR", "name"), ("اللبناني", "LB", "adjective"),
                               ("الإسرائيلية", "IL", "adjective")])
    assert [brief(r) for r in extract_aid(text, entities, currencies)] == [
        ("FR", "LB", 4e8, "EUR", "once", "military", None, "pledged")]


def test_cut_aid(currencies):
    # ANT SK-middleEast-3529-20180907
    text = "وألغى الرئيس الأميركي في نهاية آب/أغسطس أكثر من 200 مليون دولار من المساعدات للفلسطينيين في غزة."
    entities = mentions(text, [("الأميركي", "US", "adjective"), ("لفلسطينيين", "PS", "adjective")])
    assert [brief(r) for r in extract_aid(text, entities, currencies)] == [
        ("US", "PS", 2e8, "USD", "once", "unspecified", None, "cut")]


def test_loan_from_an_organisation(currencies):
    # ANT BB-middleEast-621-20180614
    text = ("وجاء التشكيل الوزاري وسط تطبيق الحكومة المصرية إجراءات اقتصادية قاسية ترتبط بحصولها على قرض من "
            "صندوق النقد الدولي بقيمة 12 مليار دولار.")
    entities = mentions(text, [("المصرية", "EG", "adjective")],
                        [("صندوق النقد الدولي", "صندوق النقد الدولي", "international")])
    [r] = extract_aid(text, entities, currencies)
    assert brief(r)[:4] == ("صندوق النقد الدولي", "EG", 1.2e10, "USD")
    assert r["aid_type"] == "loan"


def test_converted_sum_in_brackets_is_not_a_second_record(currencies):
    # ANT SK-middleEast-3282-20180808: the parts of a total are records, the dollar equivalents are not.
    text = ("وبلغت المساعدات الإماراتية المقدمة إلى الشعب اليمني منذ أبريل 2015 إلى يوليو 2018، 13.98 مليار درهم "
            "إماراتي (3.81 مليار دولار أميركي)، حيث استحوذت المساعدات ما نسبته 34.5 في المائة وبقيمة قدرها 4.82 "
            "مليار درهم (1.31 مليار دولار أميركي) من إجمالي المساعدات الإماراتية المقدمة.\n"
            "واستحوذت المساعدات التنموية على 65.4 في المائة من قيمة المساعدات بمبلغ 9.14 مليار درهم (2.49 مليار "
            "دولار أميركي)، وذلك للمساهمة في جهود إعادة الإعمار في عديد من المحافظات اليمنية المحررة.")
    entities = mentions(text, [("الإماراتية", "AE", "adjective"), ("اليمني", "YE", "adjective"),
                               ("الإماراتية", "AE", "adjective", 1), ("اليمنية", "YE", "adjective")])
    records = extract_aid(text, entities, currencies)
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"], r["currency"], r["since_year"]) for r in records] == [
        ("AE", "YE", 13.98e9, "AED", 2015), ("AE", "YE", 4.82e9, "AED", 2015), ("AE", "YE", 9.14e9, "AED", 2015)]
    assert records[2]["aid_type"] == "development"


@pytest.mark.parametrize("text, countries", [
    # Domestic spending (ANT FR-internationalNews-1952-20180621)
    ("وأوضحت أن فرنسا أنفقت 714.5 مليار يورو عام 2016 على المساعدات الاجتماعية.", [("فرنسا", "FR", "name")]),
    # Investment, even when pledged as support (ANT BB-middleEast-890-20180815)
    ("تعهدت قطر بدعم اقتصاد تركيا المضطرب من خلال ضخ استثمارات مباشرة بقيمة 15 مليار دولار.",
     [("قطر", "QA", "name"), ("تركيا", "TR", "name")]),
    # A cost, with helping (ANT BB-middleEast-930-20180827)
    ("أنهت الحكومة الإثيوبية عقدا مع شركة يديرها الجيش للمساعدة في بناء سد النهضة، المثير للجدل، على نهر "
     "النيل، والذي يتكلف أربعة مليارات دولار.", [("الإثيوبية", "ET", "adjective")]),
    # A sum with no aid word (ANT AL-economy-260-20180318)
    ("وفي سياق متصل، قال مدير صندوق الاستثمارات العامة إن الصندوق يدير حالياً أصولا بنحو 230 مليار دولار.", []),
    # Payment in exchange for a visit (ANT AL-internationalNews-1785-20180626)
    ("كما أنه دفع 50 ألف دولار أميركي للمبشر المسيحي المعروف مايك هوكابي نظير زيارته إلى دولة قطر.",
     [("قطر", "QA", "name")]),
])
def test_not_aid(currencies, text, countries):
    assert extract_aid(text, mentions(text, countries), currencies) == []


def test_end_to_end_with_entities(currencies):
    entities_module = pytest.importorskip("transforms.entities")
    gazetteer = entities_module.build_gazetteer(
        read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"), read_seed_csv("demonyms.csv"),
        read_seed_csv("places_curated.csv"), read_seed_csv("organisations.csv"))
    records = extract_aid(SEED, entities_module.find_entities(SEED, gazetteer), currencies)
    assert [brief(r) for r in records] == [("US", "EG", 1.3e9, "USD", "annual", "military", 1979, "provided")]
    # ANT FR-internationalNews-330-20180308: a capital stands for its government.
    text = ("نقل الخميس عن أوساط مقربة من وزيرة الجيوش الفرنسية فلورانس بارلي أن باريس منحت لبنان مساعدة "
            "عسكرية بقيمة 14 مليون يورو مخصصة للجيش.")
    records = extract_aid(text, entities_module.find_entities(text, gazetteer), currencies)
    assert [brief(r) for r in records] == [("FR", "LB", 1.4e7, "EUR", "once", "military", None, "provided")]


def test_quick_look_covers_every_aid_word():
    from transforms.aid.frames import _has_aid_word
    assert all(_has_aid_word(word, WORDS) for word in WORDS.transfer)  # class aid_transfer and cues.TRANSFER_UNSEEN


def test_article_without_aid_word_gives_nothing(currencies):
    # ANT BB-economy-214-20180812: a deal, no aid word at all
    text = ("وأعلن ماسك أنه قد يلجأ إلى تحويل تيسلا من شركة مساهمة إلى شركة خاصة في إطار صفقة بقيمة 72 مليار "
            "دولار على أساس تقديرات لسعر السهم الواحد بحوالي 420 دولارا.")
    assert extract_aid(text, mentions(text), currencies) == []


def test_part_given_to_a_quoted_body_takes_the_articles_only_giver(currencies):
    # ANT AL-internationalNews-1785-20180626 (two sentences of the article, a paragraph apart)
    text = ("وقال اللحام إن تبرعه لصالح هذه المجموعة اليمينية الصهيونية لم يكن سوى جزء من تبرع قطري تبلغ قيمته "
            "الإجمالية 1.45 مليون دولار أميركي.\nوأضاف أن الهدف كان التأثير في الرأي العام.\nويقول اللحام في "
            "الإفصاح الذي قدمه للسلطات الأميركية إنه قدم دعماً مالياً قيمته 100 ألف دولار لمنظمة \"جنودنا "
            "يتكلمون\" وهي مجموعة أميركية داعمة للجيش الإسرائيلي.")
    entities = mentions(text, [("قطري", "QA", "adjective"), ("الأميركية", "US", "adjective"),
                               ("أميركية", "US", "adjective", 1), ("الإسرائيلي", "IL", "adjective")])
    records = extract_aid(text, entities, currencies)
    assert [(r["donor_iso2"], r["recipient_iso2"], r["recipient_name_ar"], r["amount"]) for r in records] == [
        ("QA", None, None, 1.45e6), ("QA", None, "جنودنا يتكلمون", 1e5)]


def test_an_institution_named_at_the_end_of_the_sums_clause_is_the_recipient(currencies):
    # ANT CN-middleEast-1335-20180909 (non-gold): the hospital network, not the people the programme serves.
    text = ("بعد إجراء المراجعات حول مشروع الدعم الأمريكي للشعب الفلسطيني، قررت حكومة الرئيس الأمريكي، دونالد ترمب "
            "وقف دعم قيمته 25 مليون دولار من المخطط دفعه مسبقاً لصالح شبكة مستشفيات القدس الشرقية.")
    entities = mentions(text, [("الأمريكي", "US", "adjective"), ("الفلسطيني", "PS", "adjective"),
                               ("الأمريكي", "US", "adjective", 1)])
    [r] = extract_aid(text, entities, currencies)
    assert (r["donor_iso2"], r["recipient_iso2"], r["recipient_name_ar"], r["amount"], r["status"]) == (
        "US", None, "شبكة مستشفيات القدس الشرقية", 2.5e7, "cut")
    # ANT FR-internationalNews-742-20180415 (non-gold): the name ends at the comma; the second sum goes to
    # an agency the entities step names.
    text = ("كما أعلن تبرع المملكة بمبلغ 150 مليون دولار لدعم الأوقاف الإسلامية في القدس، وتبرعات إضافية بقيمة "
            "50 مليون دولار لصالح وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين \"أونروا\".")
    entities = mentions(text, [("المملكة", "SA", "name")], [("أونروا", "الأونروا", "international")])
    first = extract_aid(text, entities, currencies)[0]
    assert (first["donor_iso2"], first["recipient_name_ar"], first["amount"]) == ("SA", "الأوقاف الإسلامية في القدس", 1.5e8)


def test_a_long_phrase_after_the_sum_is_no_institution_name(currencies):
    # ANT SK-middleEast-1629-20180512 (non-gold): six words and no clause end after منظمة: not read as a name.
    from transforms.aid.frames import _plain_body
    from transforms.arabic_text import normalize
    _PLAIN_BODY = _plain_body(WORDS.institution_heads)  # class aid_institution_head
    text = normalize("مليون جنيه إسترليني تم دفعها لمنظمة شيعية إرهابية في العراق متهمة بقتل العديد من الجنود.").text
    assert _PLAIN_BODY.match(text, text.index("استرليني") + len("استرليني")) is None
    text = normalize("مليون جنيه إسترليني تم دفعها لمنظمة شيعية إرهابية في العراق.").text
    assert _PLAIN_BODY.match(text, text.index("استرليني") + len("استرليني")).group(1) == "منظمه شيعيه ارهابيه في العراق"


def test_cut_of_annual_aid_to_an_agency(currencies):
    # ANT SK-middleEast-3088-20180725: a possessive on the aid noun (مساعداتها), the agency as recipient.
    text = ("وجاء قرار الوكالة التابعة للأمم المتحدة، بعد 8 أشهر على إعلان الولايات المتحدة وقف مساعداتها المالية "
            "السنوية بقيمة 300 مليون دولار للأونروا، في قرار اعتبره غينيس في بيانه \"تهديدا لوجود\" الوكالة.")
    entities = mentions(text, [("الولايات المتحدة", "US", "name")],
                        [("لأمم المتحدة", "الأمم المتحدة", "international"), ("لأونروا", "الأونروا", "international")])
    [r] = extract_aid(text, entities, currencies)
    assert (r["donor_iso2"], r["recipient_name_ar"], r["amount"], r["period"], r["status"]) == (
        "US", "الأونروا", 3e8, "annual", "cut")


def test_donors_as_a_body_are_an_unnamed_donor(currencies):
    # ANT team gold FR-internationalNews-923-20180425: no state gives, the donors do (gold donor null).
    text = ("تعهدت الجهات المانحة الأربعاء بتقديم مساعدات بقيمة 4.4 مليار دولار للمدنيين المتأثرين بالنزاع في "
            "سوريا، خلال مؤتمر استضافته العاصمة البلجيكية بروكسل.")
    entities = mentions(text, [("سوريا", "SY", "name"), ("البلجيكية", "BE", "adjective")])
    records = extract_aid(text, entities, currencies)
    assert [(r["donor_iso2"], r["donor_name_ar"], r["amount"], r["status"]) for r in records] == [
        (None, None, 4.4e9, "pledged")]


def test_donors_in_a_relative_clause_give(currencies):
    # ANT team gold BB-middleEast-465-20180507: المانحين الدوليين الذين تعهدوا، the country is the recipient.
    text = ("ويتعرض لبنان إلى ضغوط شديدة من المانحين الدوليين الذين تعهدوا بتقديم أكثر من 11 مليار دولار له "
            "الشهر الماضي، لكي يثبت لهم أن لديه خطة إصلاح.")
    entities = mentions(text, [("لبنان", "LB", "name")])
    [r] = extract_aid(text, entities, currencies)
    assert (r["donor_iso2"], r["donor_name_ar"], r["recipient_iso2"], r["amount"]) == (None, None, "LB", 1.1e10)


def test_donors_called_upon_to_give_are_no_donor(currencies):
    # ANT SK-middleEast-1734-20180516: an appeal (دعا … المانحين إلى تقديم) names no giver.
    text = ("ودعا مسؤول الشؤون الإنسانية والمساعدات الطارئة في الأمم المتحدة مارك لوكوك المانحين مساء الاثنين "
            "إلى تقديم 1,4 مليار دولار لمساعدة أكثر من سبعة ملايين شخص في السودان، واصفا الوضع الإنساني بالخطير.")
    entities = mentions(text, [("السودان", "SD", "name")],
                        [("الأمم المتحدة", "الأمم المتحدة", "international")])
    # WORDS.appeal: the appeal rows of cue_words.csv
    assert all(r["donor_iso2"] or r["donor_name_ar"] for r in extract_aid(text, entities, currencies))


def test_a_state_before_a_first_person_gift_is_not_its_giver(currencies):
    # ANT SK-middleEast-490-20180323: "فتحنا موانئ اليمن وخصصنا مساعدات" – the speaker gives, not Yemen.
    text = ("من جانبنا فتحنا موانئ اليمن وخصصنا مساعدات إنسانية تقدر بمليار ومائتين وخمسين مليون دولار ووسعنا "
            "قدرات استيعاب الموانئ اليمنية على البحر الأحمر.")
    entities = mentions(text, [("اليمن", "YE", "name"), ("اليمنية", "YE", "adjective")])
    assert not any(r["donor_iso2"] == "YE" for r in extract_aid(text, entities, currencies))


def test_aid_in_the_form_of_equipment_is_aid_not_help_with_a_task(currencies):
    # ANT FR-internationalNews-330-20180308: المساعدة على شكل معدات names the aid's form; the part
    # inherits the donor and recipient of the sentence before.
    text = ("أعلنت مصادر من أوساط وزيرة الجيوش الفرنسية فلورانس بارلي الخميس أن فرنسا منحت لبنان مساعدة عسكرية "
            "بقيمة 14 مليون يورو تخصص للجيش.\nوستكون المساعدة على شكل معدات بمستوى 12,8 مليون يورو.")
    entities = mentions(text, [("الفرنسية", "FR", "adjective"), ("فرنسا", "FR", "name"), ("لبنان", "LB", "name")])
    assert [(r["donor_iso2"], r["recipient_iso2"], r["amount"]) for r in extract_aid(text, entities, currencies)] == [
        ("FR", "LB", 1.4e7), ("FR", "LB", 1.28e7)]

