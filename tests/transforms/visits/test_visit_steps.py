"""Visit extraction's three steps on the seed article, every upstream layer built by the real
extractors: candidates (by generator), filters (with their reason), decisions (with what
decided them and how sure the model is)."""
import pytest

from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from tests.conftest import SEED_FILE
from transforms.text_layout import split_text_articles
from transforms.visits import find_visits

ARTICLES, _ = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), SEED_FILE.stem)


@pytest.fixture(scope="module")
def mattis():
    lexicons = load_lexicons()
    article = analyse_article(ARTICLES[0].title, ARTICLES[0].body, None, lexicons)
    trace: list = []
    rows = find_visits(article.docs["body"], article.body_persons(), article.title_persons(), None, lexicons.visits,
                       lexicons.visit_model, trace, title=article.docs["title"])
    return article, trace, rows


def _pairs(trace, generator=None, kept=True):
    return {((c.actor.person or {}).get("name_ar"), c.host_iso2) for c in trace
            if (generator is None or c.generator == generator) and (c.dropped_by is None) == kept}


def test_a_place_after_a_verb_of_travel_is_a_candidate(mattis):
    # «وسيسافر ماتيس بعد ذلك إلى الأردن حيث يشارك ...»
    _, trace, _ = mattis
    assert ("جيمس ماتيس", "JO") in _pairs(trace, "cue_place")


def test_the_frame_rules_readings_join_the_candidates(mattis):
    _, trace, _ = mattis
    ruled = {((c.actor.person or {}).get("name_ar"), c.host_iso2) for c in trace if c.rule_row is not None}
    assert {("جيمس ماتيس", "EG"), ("جيمس ماتيس", "JO"), ("جيمس ماتيس", "PK"), ("جيمس ماتيس", "KW")} <= ruled


def test_travel_inside_ones_own_country_is_dropped_with_its_reason(mattis):
    # «أجرى ... ماتيس السبت محادثات مع الرئيس المصري عبد الفتاح السيسي في القاهرة»: السيسي is at home.
    _, trace, _ = mattis
    dropped = [c for c in trace if (c.actor.person or {}).get("name_ar") == "عبد الفتاح السيسي" and c.host_iso2 == "EG"]
    assert dropped and all(c.dropped_by.startswith("own_country") for c in dropped)


def test_every_row_says_what_decided_it_and_how_sure(mattis):
    _, _, rows = mattis
    assert {(r["visitor_name_ar"], r["host_country_iso2"], r["status"]) for r in rows} == {
        ("جيمس ماتيس", "EG", "occurred"), ("جيمس ماتيس", "JO", "planned"),
        ("جيمس ماتيس", "PK", "planned"), ("جيمس ماتيس", "KW", "planned")}
    for row in rows:
        assert 0.0 <= row["confidence"] <= 1.0
        assert row["decided_by"].startswith(("frame rules", "candidate "))
    egypt = next(r for r in rows if r["host_country_iso2"] == "EG")
    assert egypt["date_value"] == "XXXX-12-02" and egypt["place_ar"] == "القاهرة"


def test_a_gathering_in_a_named_place_is_a_candidate_without_a_visitor(mattis):
    # «وسيشارك ماتيس لاحقا في مؤتمر يعقد بالأردن ...»
    _, trace, _ = mattis
    assert (None, "JO") in _pairs(trace, "gathering")


def test_the_one_named_right_after_a_word_of_reception_is_the_host(mattis):
    # «... في "اجتماعات العقبة" التي تبحث ...، باستضافة الملك عبد الله الثاني»
    _, trace, _ = mattis
    king = [c for c in trace if (c.actor.person or {}).get("name_ar") == "عبد الله الثاني" and c.generator == "cue_receiver"]
    assert king and all(c.dropped_by and c.dropped_by.startswith("receiver") for c in king)


def test_countries_named_at_a_meeting_in_a_named_place_are_delegations():
    # ANT CN-middleEast-499-20180406 (develop part)
    text = ("وكان وزير الخارجية السوداني إبراهيم غندور قال، الخميس، بعد اجتماع ثلاثي لمصر والسودان وإثيوبيا "
            "في الخرطوم، حول أزمة سد النهضة، إنه لم يتم التوصل إلى توافق.")
    lexicons = load_lexicons()
    article = analyse_article("سد النهضة", text, None, lexicons)
    trace: list = []
    find_visits(article.docs["body"], article.body_persons(), article.title_persons(), None, lexicons.visits,
                lexicons.visit_model, trace, title=article.docs["title"])
    delegations = {(c.actor.country, c.host_iso2) for c in trace if c.generator == "participant_country"
                   and c.dropped_by is None}
    assert {("EG", "SD"), ("ET", "SD")} <= delegations
    assert ("SD", "SD") not in delegations


def test_the_partner_met_in_his_own_country_travels_nowhere_else(mattis):
    # Seed #1: «سيتوجه المسؤول الأميركي إلى باكستان حيث يعتزم الاجتماع مع رئيس الوزراء شاهد خان عباسي
    # ...، على أن يختتم جولته بزيارة إلى الكويت حيث سيلتقي أميرها الشيخ صباح الأحمد الجابر الصباح»:
    # عباسي is met in Pakistan and the emir in Kuwait; neither visits the other's country.
    _, trace, rows = mattis
    for name, host in (("شاهد خان عباسي", "KW"), ("صباح الأحمد الجابر الصباح", "PK")):
        met = [c for c in trace if (c.actor.person or {}).get("name_ar") == name and c.host_iso2 == host]
        assert met and all(c.dropped_by and c.dropped_by.startswith("partner_at_home") for c in met)
    assert all(r["visitor_name_ar"] == "جيمس ماتيس" for r in rows)


def test_a_country_after_ila_or_in_a_named_persons_title_or_of_a_thing_is_no_delegation(mattis):
    # Seed #1: «بزيارة إلى الكويت» (a destination), «نظيره المصري صدقي صبحي» (the adjective of a named
    # person's title: the person is the party), «رئيس أركان الجيش الباكستاني» (an adjective of the army).
    article, trace, _ = mattis
    doc = article.docs["body"]

    def parties(words):
        return {(c.actor.country, c.host_iso2) for c in trace if c.generator == "participant_country"
                and all(w in doc.text[slice(*doc.sentences[c.sentence])] for w in words)}
    last = parties(["شاهد خان عباسي"])
    assert ("KW", "PK") not in last and ("PK", "KW") not in last
    assert ("EG", "JO") not in parties(["صدقي صبحي", "قبل توجهه"])


def extract_rows(text):
    lexicons = load_lexicons()
    article = analyse_article("", text, None, lexicons)
    return find_visits(article.docs["body"], article.body_persons(), article.title_persons(), None, lexicons.visits,
                       lexicons.visit_model, None, title=article.docs["title"])


def test_a_country_at_a_meeting_named_after_an_office_or_as_a_topic():
    # ANT BB-middleEast-208-20180317 (develop part): Iran and Turkey send their foreign ministers to
    # Astana; Syria is what the talks are about («بين أطراف النزاع في سوريا»).
    text = ("وعلى الصعيد الدبلوماسي، اجتمع وزراء خارجية روسيا وإيران وتركيا في العاصمة الكازاخستانية أستانة، "
            "حيث من المقرر إجراء الجولة التاسعة من المفاوضات بين أطراف النزاع في سوريا فيها في منتصف مايو/أيار المقبل.")
    lexicons = load_lexicons()
    article = analyse_article("", text, None, lexicons)
    trace: list = []
    find_visits(article.docs["body"], article.body_persons(), article.title_persons(), None, lexicons.visits,
                lexicons.visit_model, trace, title=article.docs["title"])
    party = {c.actor.country: c.features for c in trace if c.generator == "participant_country" and c.host_iso2 == "KZ"}
    assert party["SY"]["party_topic"] == 1.0
    # Iran is one of the foreign ministers (وزراء خارجية روسيا وإيران وتركيا): an actor of its own, a party.
    assert any(c.actor.country == "IR" and c.host_iso2 == "KZ" and not c.features.get("party_topic") for c in trace)
    rows = {(r["visitor_country_iso2"], r["host_country_iso2"]) for r in extract_rows(text)}
    assert {("RU", "KZ"), ("IR", "KZ"), ("TR", "KZ")} <= rows and ("SY", "KZ") not in rows


def _trace(text):
    lexicons = load_lexicons()
    article = analyse_article("", text, None, lexicons)
    trace: list = []
    find_visits(article.docs["body"], article.body_persons(), article.title_persons(), None, lexicons.visits,
                lexicons.visit_model, trace, title=article.docs["title"])
    return trace


def test_a_summit_named_again_without_its_place_pairs_its_persons_with_the_place_it_was_given():
    # ANT SK-internationalNews-1707-20180522 (develop part), its first and fourth sentences: the lead
    # names the summit's parties, the fourth its place («في سنغافورة»). Kim goes to Singapore
    # (gold: كيم جونغ أون KP → SG); Pyongyang after «شككت» is the government, not where the summit is.
    text = ("قال نائب الرئيس الأميركي، مايك بنس، الاثنين، إن الرئيس دونالد ترامب مستعد للانسحاب من اجتماع القمة "
            "غير المسبوقة، التي ستعقد مع الزعيم الكوري الشمالي، كيم جونغ أون، والمقررة الشهر المقبل، بعد أن شككت "
            "بيونغيانغ في الاجتماع الأسبوع الماضي.\n"
            "وعندما سئل بنس عما إذا كان ترامب لا يزال من الممكن أن ينسحب من اجتماع القمة المقرر عقده في 12 يونيو "
            "في سنغافورة، قال: \"حسنا ما من شك في هذا\".")
    told = {((c.actor.person or {}).get("name_ar"), c.host_iso2) for c in _trace(text)
            if c.generator == "event_told_before"}
    assert ("كيم جونغ أون", "SG") in told
    assert not any(host == "KP" for _, host in told)


def test_a_summit_with_no_place_anywhere_gives_no_such_candidate():
    # The same lead alone: the summit's place is never given, so nobody is sent anywhere by it.
    text = ("قال نائب الرئيس الأميركي، مايك بنس، الاثنين، إن الرئيس دونالد ترامب مستعد للانسحاب من اجتماع القمة "
            "غير المسبوقة، التي ستعقد مع الزعيم الكوري الشمالي، كيم جونغ أون، والمقررة الشهر المقبل، بعد أن شككت "
            "بيونغيانغ في الاجتماع الأسبوع الماضي.")
    assert not [c for c in _trace(text) if c.generator == "event_told_before"]


def test_where_the_frame_rules_give_no_day_the_sentences_own_day_is_the_visits():
    # ANT SK-internationalNews-3529-20181017 (develop part), published on Wednesday 2018-10-17: Pompeo
    # «الموجود في أنقرة، الأربعاء» is in Turkey that day (gold: 2018-10-17).
    from datetime import datetime

    text = ("وأفاد صحفيون مرافقون لوزير الخارجية الأميركي مايك بومبيو، الموجود في أنقرة، الأربعاء، بأنه التقى "
            "أسر ثلاثة موظفين أتراك بالبعثة الدبلوماسية الأميركية جرى اعتقالهم بعد محاولة الانقلاب.")
    published = datetime(2018, 10, 17, 12, 0)
    lexicons = load_lexicons()
    article = analyse_article("", text, published, lexicons)
    rows = find_visits(article.docs["body"], article.body_persons(), article.title_persons(), published,
                       lexicons.visits, lexicons.visit_model, None, title=article.docs["title"])
    turkey = next(r for r in rows if r["host_country_iso2"] == "TR")
    assert turkey["visitor_name_ar"] == "مايك بومبيو" and turkey["date_value"] == "2018-10-17"
    assert "the day of the sentence nearest its cue" in turkey["decided_by"]
