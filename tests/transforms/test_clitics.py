from transforms.arabic_text import normalize_key
from transforms.entities.clitics import definite, inflect_nisba, proclitic_readings

LEXICON = {normalize_key(w) for w in ("باكستان", "مصر", "القاهرة", "الكويت", "لبنان", "اليمن", "بريطانيا")}


def readings(token: str) -> list[tuple[int, str]]:
    return list(proclitic_readings(normalize_key(token), LEXICON.__contains__))


def test_a_whole_token_in_the_lexicon_is_not_split():
    # "الصين وروسيا وباكستان" (ANT): باكستان is not ب + اكستان, بريطانيا not ب + ريطانيا.
    assert readings("باكستان") == [(0, "باكستان")]
    assert readings("بريطانيا") == [(0, "بريطانيا")]
    assert readings("لبنان") == [(0, "لبنان")]


def test_conjunction_and_preposition_are_stripped_when_the_rest_is_known():
    assert readings("وباكستان") == [(1, "باكستان")]
    assert readings("بالقاهرة") == [(1, "القاهره")]  # "وفد حماس بالقاهرة" (ANT)
    assert readings("لمصر") == [(1, "مصر")]
    assert readings("وللبنان") == [(2, "لبنان")]


def test_lam_before_the_article_drops_its_alef():
    # "رئيس الفلبين يعتذر للكويت" (ANT): ل + الكويت, the word starts at the article's ل.
    assert readings("للكويت") == [(1, "الكويت")]
    assert readings("لليمن") == [(1, "اليمن")]


def test_unknown_remainders_give_nothing():
    assert readings("والي") == []
    assert readings("بنين") == []


def test_nisba_inflection_and_agreement():
    forms = inflect_nisba("مصري")
    assert {"مصري", "مصريه", "مصريين", "مصريون", "مصريات", "مصريتين"} <= set(forms)
    assert "كوريه شماليه" in inflect_nisba("كوري شمالي")
    assert "جنوب افريقيه" in inflect_nisba("جنوب افريقي")
    assert definite("كوري شمالي") == "الكوري الشمالي"
    # ألماني normalises to الماني: the article is still added (الألمانية → الالمانيه).
    assert definite("المانيه") == "الالمانيه"


def test_kaf_is_read_only_before_the_article():
    # "فجهز جيشا كبيرا" (ANERcorp): كبيرا is not ك + بيرا (Beira, Mozambique).
    known = {"بيرا", "السعوديه"}.__contains__
    assert list(proclitic_readings("كبيرا", known)) == []
    assert list(proclitic_readings("كالسعوديه", known)) == [(1, "السعوديه")]


def test_the_gazetteer_and_the_aid_words_split_proclitics_with_one_function():
    # transforms.clitics.proclitic_splits (issue 8): every conjunction and preposition a token opens with, the bare
    # token first; the gazetteer and the aid words keep what their lexicons' keys need. "وللمساعدات" (aid/cues.py).
    from transforms.aid.cues import readings as aid_readings
    from transforms.clitics import proclitic_splits

    token = normalize_key("وللمساعدات")
    assert list(proclitic_splits(token)) == [("", "", "وللمساعدات"), ("و", "", "للمساعدات"), ("و", "ل", "لمساعدات")]
    assert aid_readings(token)[:4] == ("وللمساعدات", "للمساعدات", "المساعدات", "مساعدات")
    assert list(proclitic_splits(normalize_key("كبيرا"))) == [("", "", "كبيرا"), ("", "ك", "بيرا")]
    assert readings("كبيرا") == []  # ك is read only before the article


def test_the_person_words_strip_a_chain_of_proclitics_with_the_same_function():
    # persons/tokens.stems reads proclitic_splits: a conjunction, then a preposition, each while more than three
    # letters remain; ل before ل is ل + ال. "وبالرئيس", "للرئيس" (the function's own examples), "وماتيس".
    from transforms.persons.tokens import stems

    assert stems("وبالرئيس") == ((0, "وبالرئيس"), (1, "بالرئيس"), (2, "الرئيس"))
    assert stems("للرئيس") == ((0, "للرئيس"), (1, "الرئيس"))
    assert stems("وماتيس") == ((0, "وماتيس"), (1, "ماتيس"))
    assert stems("وبها") == ((0, "وبها"), (1, "بها")) and stems("بلد") == ((0, "بلد"),)
