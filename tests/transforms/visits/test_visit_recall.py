"""Issue 9, recall and the visit's own day: a traveller told by the pronoun of a verb, the country a
title in apposition gives a person, and the day of the visit rather than another event's. Real
sentences of ANT articles of the develop part."""
from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from tests.transforms.visits.reading import read_visits


def _run(text, published=None, title=""):
    _, rows, trace = read_visits(text, published, title)
    return trace, rows


def test_the_traveller_named_before_a_verb_whose_subject_is_its_pronoun():
    # ANT FR-internationalNews-424-20180314: «وستزور في الأيام المقبلة باريس» names Macron, whom
    # she meets, not who travels; the traveller is Merkel, named in the sentence before.
    text = ("ويحتل إصلاح الاتحاد الأوروبي أولوية في برنامج عمل الحكومة الألمانية. وقد وعدت المستشارة الألمانية "
            "أنغيلا ميركل التي يقف في وجهها وزير الخارجية الاشتراكي الديمقراطي هايكو ماس، بالاسراع في أن تعيد "
            "لألمانيا \"صوتها القوي\" في أوروبا.\nوستزور في الأيام المقبلة باريس لإجراء محادثات مع الرئيس "
            "الفرنسي إيمانويل ماكرون بشأن اقتراحاته لإصلاح الاتحاد الأوروبي، وخصوصا إقرار ميزانية لمنطقة "
            "اليورو، الأمر الذي تنظر إليه برلين بفتور.")
    trace, _ = _run(text)
    told = [c for c in trace if c.generator == "context_actor" and c.host_iso2 == "FR"
            and (c.actor.person or {}).get("name_ar", "").endswith("ميركل")]
    assert told and all(c.dropped_by is None for c in told)
    # Macron, in his own country, is no candidate of that generator.
    assert not any(c.generator == "context_actor" and (c.actor.person or {}).get("name_ar") == "إيمانويل ماكرون"
                   for c in trace)


def test_a_title_in_apposition_gives_the_person_its_country():
    # ANT SK-internationalNews-2607-20180712: the persons step leaves أسيلبورن without a country.
    text = ("وقال جان أسيلبورن، وزير خارجية لوكسمبورغ، إن \"معظم القادة اعترفوا أنه يتعين القيام بجهود، لكنهم "
            "رأوا مقاربة الرئيس الأميركي الحسابية عبثية\". وأضاف خلال القمة في بروكسل أن الحلف باق.")
    trace, _ = _run(text)
    countries = {c.actor.country for c in trace if (c.actor.person or {}).get("name_ar") == "جان أسيلبورن"}
    assert countries == {"LU"}


def test_a_country_after_li_in_a_title_is_what_the_office_is_about():
    # ANT FR-internationalNews-1359-20180521: هنية leads Hamas's bureau; مصر is where he went.
    text = ("وتقول الصحيفة إن لا أحد يعرف إن كانت المسيرات ستتواصل أم لا وحركة حماس أرسلت رسائل متناقضة حول "
            "مسيرات العودة بعد زيارة إسماعيل هنية رئيس المكتب السياسي لحماس لمصر ولقائه بمسؤولين أمنيين هناك.")
    trace, _ = _run(text)
    assert not any((c.actor.person or {}).get("name_ar") == "إسماعيل هنية" and c.actor.country == "EG" for c in trace)


def test_a_bare_year_far_from_the_visit_word_dates_another_event():
    # ANT SK-internationalNews-2703-20180718: 2016 is the year of the elections, not of the summit.
    text = ("وجاء الاستطلاع، الذي أجرته رويترز/إبسوس، بعد قمة ومؤتمر صحفي مثيرين للجدل بين ترامب ونظيره الروسي "
            "فلاديمير بوتن.\nبيد أن أداء ترامب في قمة هلسنكي، حيث رفض تحميل بوتن المسؤولية عن التدخل في "
            "الانتخابات الرئاسة الأميركية لعام 2016، وشكك في نتائج أجهزة المخابرات الأميركية، لم يكن له تأثير "
            "فيما يبدو على شعبيته بشكل عام.")
    _, rows = _run(text, "2018-07-18T03:58:55+00:00", "طريقة ترامب مع بوتن \"تفجر\" الجدل")
    finland = [r for r in rows if r["host_country_iso2"] == "FI"]
    assert finland and all(r["date_value"] != "2016" for r in finland)


def _countries_of(text, name):
    lexicons = load_lexicons()
    article = analyse_article("", text, None, lexicons)
    from transforms.visits.mentions import build_actors
    doc = article.docs["body"]
    actors = build_actors(doc.text, doc.norm, doc.entities, article.body_persons(), doc.word_index,
                          actor_words=lexicons.visits.clauses.actor_words)
    return {a.country for a in actors if (a.person or {}).get("name_ar", "").endswith(name)}


def test_a_title_joined_by_wa_is_another_persons():
    # ANT AL-internationalNews-1420-20180601 (in no gold file): وزير خارجية الصين is وانج غي's title (held
    # off twice: the title is joined by و, and a name follows it).
    text = ("وأعربت مسؤولة السياسة الخارجية الأوروبية والأمن المشترك الأوروبية فيديريكا موغريني ووزير خارجية "
            "الصين وانج غي عن اتفاق الجانبين على الدفاع عن النظام متعدد الأطراف.")
    assert "CN" not in _countries_of(text, "موغريني")


def test_a_former_office_says_not_whom_the_person_serves():
    # ANT BB-internationalNews-1085-20180911 (in no gold file): باشليه is the UN's rights chief now.
    text = ("ويأتي ذلك بعد ساعات من انتقاد الحكومة الإيطالية مفوضة الأمم المتحدة لحقوق الإنسان ميشيل باشليه بعد "
            "إعلانها إرسال محققين.\nوقالت باشليه، رئيسة تشيلي السابقة، \"هذا النوع من المواقف السياسية له عواقب "
            "مدمرة\".")
    assert "CL" not in _countries_of(text, "باشليه")


def test_unnamed_envoys_in_the_plural_are_their_countrys_delegation():
    # ANT AL-internationalNews-850-20180409 (not in any gold file): مبعوثون, a row of class visit_official_noun beside
    # مبعوثين, opens the unnamed officials of the country after it (كوريون جنوبيون: KR), who visit Washington.
    text = "وزار مبعوثون كوريون جنوبيون واشنطن الشهر الماضي لإبلاغها بدعوة كيم للقاء ترمب."
    _, rows = _run(text, "2018-04-09T10:00:00+00:00")
    assert [(r["visitor_name_ar"], r["visitor_country_iso2"], r["host_country_iso2"], r["place_ar"], r["date_value"])
            for r in rows] == [(None, "KR", "US", "واشنطن", "2018-03")]
