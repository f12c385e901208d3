"""Countries, places and organisations in real sentences from the seed and the ANT corpus."""

import pytest

from marsad.seeds import read_seed_csv
from tests.conftest import SEED_FILE
from transforms.entities import build_gazetteer, find_entities
from transforms.entities.countries import adjective_forms


@pytest.fixture(scope="module")
def gazetteer():
    return build_gazetteer(
        read_seed_csv("countries.csv"), read_seed_csv("country_variants.csv"), read_seed_csv("demonyms.csv"),
        read_seed_csv("places_curated.csv") + _optional("places.csv"), read_seed_csv("organisations.csv"))


def _optional(name):
    try:
        return read_seed_csv(name)
    except FileNotFoundError:
        return []


def codes(text, gazetteer):
    return {c["iso2"] for c in find_entities(text, gazetteer)["countries"]}


def test_every_country_has_masculine_and_feminine_adjectives():
    countries = {row["iso2"] for row in read_seed_csv("countries.csv")}
    demonyms = {row["iso2"]: row for row in read_seed_csv("demonyms.csv")}
    assert countries <= set(demonyms)
    for iso2 in countries:
        assert demonyms[iso2]["masculine"].strip(), iso2
        assert demonyms[iso2]["feminine"].strip(), iso2


def test_no_two_countries_share_an_adjective_form():
    seen = {}
    for row in read_seed_csv("demonyms.csv"):
        for form in adjective_forms(row):
            assert seen.setdefault(form, row["iso2"]) == row["iso2"], form


def test_seed_title_by_adjective_with_offsets(gazetteer):
    title = "وزير الدفاع الأميركي جيمس ماتيس والرئيس المصري عبد الفتاح السيسي"
    found = find_entities(title, gazetteer)["countries"]
    assert [(c["iso2"], c["surface"], c["via"]) for c in found] == [
        ("US", "الأميركي", "adjective"), ("EG", "المصري", "adjective")]
    for c in found:
        assert title[c["char_start"]:c["char_end"]] == c["surface"]


def test_names_with_proclitics_are_reported_without_them(gazetteer):
    sentence = ("التقى وزير الدفاع الأميركي جيمس ماتيس السبت نظيره المصري صدقي صبحي في القاهرة، "
                "قبل توجهه إلى الأردن وباكستان والكويت.")
    found = find_entities(sentence, gazetteer)
    assert [c["surface"] for c in found["countries"] if c["via"] == "name"] == ["الأردن", "باكستان", "الكويت"]
    assert found["places"][0]["name_ar"] == "القاهرة" and found["places"][0]["iso2"] == "EG"
    assert codes("رئيس الفلبين يعتذر للكويت: آسف", gazetteer) == {"PH", "KW"}
    assert codes("وأكد على أن مصر شريك استراتيجي للولايات المتحدة", gazetteer) == {"EG", "US"}


def test_seed_article_one_gives_its_gold_countries(gazetteer):
    text = SEED_FILE.read_text(encoding="utf-8-sig")
    first = text[: text.index("المصدر:")]
    # The "اقرأ أيضا:" link (… إيران أكبر دولة داعمة للإرهاب) is not body text.
    body = "\n".join(line for line in first.splitlines() if not line.startswith("اقرأ أيضا"))
    assert codes(body, gazetteer) == {"US", "EG", "JO", "PK", "KW", "IL"}


def test_a_city_alone_is_a_place_not_a_country(gazetteer):
    sentence = "التعاون العسكري بين واشنطن والقاهرة"
    found = find_entities(sentence, gazetteer)
    assert found["countries"] == []
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("واشنطن", "US"), ("القاهرة", "EG")]


def test_organisations_carry_the_adjective_of_their_country(gazetteer):
    assert codes("ونشر حساب وزارة الخارجية الأميركية صورا لزيارة ماتيس إلى القاهرة.", gazetteer) == {"US"}
    assert codes("حسب بيان للمتحدث باسم الجيش المصري", gazetteer) == {"EG"}


def test_state_institutions_count_and_are_listed(gazetteer):
    found = find_entities("في مقر وزارة الدفاع الأميركية (البنتاغون)", gazetteer)
    assert [o["name_ar"] for o in found["organisations"]] == ["البنتاغون"]
    assert [c["via"] for c in found["countries"]] == ["adjective", "organisation"]


def test_agency_credits_do_not_count(gazetteer):
    found = find_entities("وذلك وفقا لمراسل وكالة الصحافة الفرنسية", gazetteer)
    assert found["countries"] == []
    assert found["organisations"][0]["kind"] == "agency"
    assert codes("فرانس برس", gazetteer) == set()


def test_currency_adjectives_do_not_count(gazetteer):
    assert codes("6 بالمائة من قيمتها أمام الدولار الأمريكي، يوم الأربعاء", gazetteer) == set()
    assert codes("لماذا استقر الجنيه المصري رغم تقلبات عملات الأسواق الناشئة؟", gazetteer) == set()
    assert codes("وقد شهدت الليرة التركية تراجعا وبلغت معدلات التضخم نحو 11 في المئة", gazetteer) == set()
    assert codes("من مبلغ 192 مليار ريال سعودي في 2017", gazetteer) == set()


def test_regions_and_blocs_are_not_countries(gazetteer):
    assert codes("أمريكا اللاتينية تضم 42 من أكثر 50 مدينة دموية في العالم", gazetteer) == set()
    assert codes("نأمل في الحصول على تأكيد بأن الاتحاد الأوروبي معفى", gazetteer) == set()
    sentence = "وسيشارك ماتيس لاحقا في مؤتمر يعقد بالأردن حول مكافحة التطرف العنيف في غرب أفريقيا."
    assert codes(sentence, gazetteer) == {"JO"}


def test_two_word_names_and_adjectives(gazetteer):
    assert codes("كوريا الجنوبية تحتج على انتهاك طائرات حربية صينية", gazetteer) == {"KR", "CN"}
    assert codes("اجتماعه البارز مع الزعيم الكوري الشمالي كيم يونغ أون", gazetteer) == {"KP"}
    assert codes("المحادثات بين الكوريتين", gazetteer) == {"KP", "KR"}


def test_words_that_only_look_like_countries(gazetteer):
    # الإمارة is not الإمارات; الجمهوري is not a nationality; مالي "financial" is not Mali.
    assert codes("يتذكرها القاطنون في الإمارة ويتذكرها المجتمع الاستثماري", gazetteer) == set()
    assert codes("على الرغم من إقرار الكونغرس يسيطر عليه الحزب الجمهوري", gazetteer) == {"US"}
    assert codes("التي استقدمتهم إلى فرنسا بدعم مالي من الحكومة الفرنسية", gazetteer) == {"FR"}
    assert codes("في هجوم بعبوة ناسفة محلية الصنع في وسط مالي", gazetteer) == {"ML"}
    assert codes("محل اهتمام عدد من الأندية الكبرى لكرة القدم في تايلاند", gazetteer) == {"TH"}
    assert codes("للعاهل الأردني الملك عبد الله الثاني", gazetteer) == {"JO"}


def test_turki_the_given_name_is_not_turkish(gazetteer):
    assert codes("عمل مستشاراً إعلاميا للأمير تركي الفيصل", gazetteer) == set()
    assert codes("وكان تركي آل الشيخ أعلن اعتذاره", gazetteer) == set()
    assert codes("قال العقيد الركن تركي المالكي، المتحدث", gazetteer) == set()
    assert codes("مسؤول تركي يقول لـCNN", gazetteer) == {"TR"}


def test_amman_or_oman(gazetteer):
    dateline = "عمان، الأردن (CNN) -- أعلنت الحكومة الأردنية"
    assert codes(dateline, gazetteer) == {"JO"}
    assert find_entities(dateline, gazetteer)["places"][0]["iso2"] == "JO"
    assert codes("ويل الإرهاب، الذي يشمل السعودية والبحرين والكويت وعمان وقطر والإمارات.", gazetteer) == {
        "SA", "BH", "KW", "OM", "QA", "AE"}
    assert "OM" in codes("وفاة أحد أشهر موسيقيي \"الدي جي\" في عُمان", gazetteer)
    assert codes("حوادث عبث وحرق بمساجد في عمّان", gazetteer) == set()


def test_tripoli_follows_lebanon_when_the_text_is_about_it(gazetteer):
    found = find_entities("إجراءات عدّة اتخذت في مدينة طرابلس اللبنانية", gazetteer)
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("طرابلس", "LB")]
    found = find_entities("التعاون الأمني بين واشنطن وطرابلس في مجال محاربة الإرهاب", gazetteer)
    assert ("طرابلس", "LY") in [(p["name_ar"], p["iso2"]) for p in found["places"]]


def test_offsets_survive_tashkeel(gazetteer):
    text = "وقالت إنّ الرئيسَ الأمريكيَّ وصل إلى مصرَ"
    for c in find_entities(text, gazetteer)["countries"]:
        assert text[c["char_start"]:c["char_end"]] == c["surface"]
    assert codes(text, gazetteer) == {"US", "EG"}


def test_seed_csvs_are_well_formed():
    for name, columns in (("country_variants.csv", ["iso2", "name_ar"]),
                          ("demonyms.csv", ["iso2", "masculine", "feminine", "plural"]),
                          ("places_curated.csv", ["name_ar", "iso2", "kind"]),
                          ("organisations.csv", ["name_ar", "iso2", "kind", "variants", "seat_iso2"])):
        rows = read_seed_csv(name)
        assert rows and list(rows[0]) == columns, name
    known = {row["iso2"] for row in read_seed_csv("countries.csv")}
    for row in read_seed_csv("country_variants.csv"):
        assert set(row["iso2"].split("|")) <= known, row
    for row in read_seed_csv("places_curated.csv") + read_seed_csv("organisations.csv"):
        assert row["iso2"] == "" or row["iso2"] in known, row
        assert row.get("seat_iso2", "") == "" or row["seat_iso2"] in known, row
    generated = read_seed_csv("places.csv")
    assert generated and list(generated[0]) == ["name_ar", "iso2", "population", "kind"]
    assert all(row["iso2"] in known and int(row["population"]) > 0 for row in generated)


def test_language_adjectives_do_not_count(gazetteer):
    # Real ANT sentences: the adjective after لغة names a language, not a country.
    assert codes("ودافع الحزب عن سياسة الجمعية على فيسبوك باللغة الألمانية", gazetteer) == set()
    assert codes("نوفوتشيك تعني باللغة الروسية الوافد الجديد", gazetteer) == set()
    assert codes("بالإضافة إلى التحدث باللغة الصينية في الأماكن العامة", gazetteer) == set()
    sentence = "وقال تقرير لصحيفة يديعوت أحرونوت الإسرائيلية إن الأسد كان في مأزق"
    assert codes(sentence, gazetteer) == {"IL"}


def test_generated_places_match_only_whole_words(gazetteer):
    # "احتفل البيروفي باولو غيريرو قائد بيرو" (ANT): باولو is not ب + اولو (Oulu, Finland).
    found = find_entities("احتفل البيروفي باولو غيريرو قائد بيرو", gazetteer)
    assert found["places"] == []
    assert {c["iso2"] for c in found["countries"]} == {"PE"}


def test_a_cldr_spelling_of_a_city_is_a_place_with_its_country(gazetteer):
    # ANT (AL-internationalNews-510-20180317, non-gold): GeoNames spells Kabul كابل only; CLDR's
    # exemplar city of Asia/Kabul, كابول, is the spelling this article uses.
    found = find_entities("يذكر أن استمرار وقوع الهجمات في كابول يقوض الثقة في حكومة الرئيس أشرف عبد الغني", gazetteer)
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("كابول", "AF")]


def test_news_spellings_missing_from_both_sources_are_curated(gazetteer):
    # ANT, non-gold (FR-internationalNews-2235-20180710, FR-internationalNews-2035-20180627).
    found = find_entities("إيمانويل ماكرون سيتنقل الثلاثاء إلى سان بطرسبورغ لحضور المواجهة", gazetteer)
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("سان بطرسبورغ", "RU")]
    found = find_entities("233 مهاجرا غير شرعي، الأربعاء، في ميناء \"فاليتا\" بمالطا", gazetteer)
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("فاليتا", "MT")]


def test_a_city_state_is_a_country_and_a_place(gazetteer):
    # ANT headline.
    found = find_entities("مصادر صحافية ترجح لقاء ترمب وكيم في سنغافورة", gazetteer)
    assert [c["iso2"] for c in found["countries"]] == ["SG"]
    assert [(p["name_ar"], p["iso2"]) for p in found["places"]] == [("سنغافورة", "SG")]


def test_the_right_side_is_not_yemen(gazetteer):
    # ANT sport reports: اليمنى "right" normalises like اليمني "Yemeni".
    assert codes("بتسديدة قوية من أكينو صوب الزاوية اليمنى للمرمى واصطدمت بالعارضة", gazetteer) == set()
    assert codes("الجزاء استقبلها وليد سليمان بقدمه اليمني في مرمى الضيوف", gazetteer) == set()
    assert codes("أعلنت قوات الجيش اليمني، الثلاثاء، أنها تواصل", gazetteer) == {"YE"}
    # Egyptian spelling with final ى is still the adjective (here the Port Said club, named for Egypt).
    assert codes("وكان لاعبو المصرى على مستوى الحدث", gazetteer) == {"EG"}


def test_american_of_the_continent_is_not_the_united_states(gazetteer):
    # ANT: "بقدر ما تقصي المنتخب الجنوب أمريكي من المنافسه", "المنتخب الأمريكي الجنوبي".
    assert codes("بقدر ما تقصي المنتخب الجنوب أمريكي من المنافسه", gazetteer) == set()
    assert codes("المنتخبان الأمريكي الجنوبي", gazetteer) == set()
    assert codes("الحكومات الأمريكية اللاتينية", gazetteer) == set()
    assert codes("بسبب المناورات العسكرية الأمريكية الكورية الجنوبية", gazetteer) == {"US", "KR"}
    assert codes("تستمر المفاوضات بين فصائل المعارضة في الجنوب السوري وروسيا", gazetteer) == {"SY", "RU"}


def test_agencies_named_by_their_country_are_credits(gazetteer):
    # ANT credits: the agency's adjective does not add its country.
    assert codes("وأكدت وكالة الأنباء السعودية الرسمية أن الرئيس الأمريكي", gazetteer) == {"US"}
    assert codes("و قالت وكالة أنباء الأناضول التركية إن الانفجار الذي وقع", gazetteer) == set()
    assert codes("قالت وكالة الأنباء الرسمية السورية (سانا) الاثنين الماضي إن", gazetteer) == set()
    assert codes("وفقا لوكالة الأنباء الفرنسية", gazetteer) == set()
    assert codes("أعلنت قوات الجيش اليمني، الثلاثاء، أنها تواصل", gazetteer) == {"YE"}


def test_nisba_without_an_inner_long_vowel_names_its_country(gazetteer):
    # Non-gold ANT sentences: الأرمنية for الأرمينية, النمسوية for النمساوية.
    text = "يتحدث البرلمان بعبارات واضحة عن الإبادة الأرمنية. طالبت الحكومة النمسوية، السبت، ألمانيا بتقديم توضيحات"
    found = find_entities(text, gazetteer)["countries"]
    assert [(c["iso2"], c["surface"]) for c in found] == [
        ("AM", "الأرمنية"), ("AT", "النمسوية"), ("DE", "ألمانيا")]


def test_dropped_vowel_variants_spare_short_and_other_words(gazetteer):
    # البنية التحتية (infrastructure) is not الباني; راندي سويل is a person, not رواندي.
    text = "قال إنه يريد تحديث البنية التحتية المنهكة. ويقول راندي سويل، وهو موظف في الأرشيف"
    assert find_entities(text, gazetteer)["countries"] == []


def test_adjective_joined_to_a_confession_names_a_church_not_a_country(gazetteer):
    # Non-gold ANT sentences: joined by و to a confession adjective, الأرمنية/الأرمن is a church;
    # next to one without و, التشيلية is still Chile.
    joined = ["وتشترك الطوائف الأرثوذكسية والأرمنية والكاثوليكية في إدارة",
              "الروم الكاثوليك والروم الأرثوذكس والأرمن أن الكنيسة ستغلق"]
    for text in joined:
        assert find_entities(text, gazetteer)["countries"] == []
    found = find_entities("التغييرات تمس الكنيسة الكاثوليكية التشيلية", gazetteer)["countries"]
    assert [c["iso2"] for c in found] == ["CL"]


def test_a_phrase_added_after_a_match_is_matched():
    # ANT headline. The phrases of a first word are worked out once (Gazetteer.phrases); adding a
    # longer phrase with the same first word must be seen by the next match.
    from transforms.entities.gazetteer import Entry, Gazetteer, match_text
    text = "مصادر صحافية ترجح لقاء ترمب وكيم في سنغافورة"
    lexicon = Gazetteer()
    lexicon.add("لقاء", Entry("place", (), "لقاء"))
    assert [m.entries[0].name_ar for m in match_text(text, lexicon)[0]] == ["لقاء"]
    lexicon.add("لقاء ترمب", Entry("place", (), "لقاء ترمب"))
    assert [m.entries[0].name_ar for m in match_text(text, lexicon)[0]] == ["لقاء ترمب"]


def test_the_document_path_matches_as_the_text_path(gazetteer):
    # Real ANT sentences: matched from the analysed document's tokens and word tags (only the words
    # that may open a phrase are visited), and from the text alone: the same matches.
    from transforms.arabic_text import normalize
    from transforms.cue_lexicon import build_cue_lexicon
    from transforms.document import tokenize
    from transforms.entities.gazetteer import match_text
    from transforms.word_table import word_table
    table = word_table(build_cue_lexicon(read_seed_csv("cue_words.csv")), gazetteer)
    for text in ("وقال تقرير لصحيفة يديعوت أحرونوت الإسرائيلية إن الأسد كان في مأزق",
                 "مصادر صحافية ترجح لقاء ترمب وكيم في سنغافورة",
                 "احتفل البيروفي باولو غيريرو قائد بيرو في 2018 مع فريق ليما"):
        norm = normalize(text)
        tokens = tokenize(text, norm)
        tags = table.tags_of([t.text for t in tokens])
        from_document = match_text(text, gazetteer, normalized=norm, words=tokens, tags=tags)[0]
        assert from_document == match_text(text, gazetteer)[0]
        assert from_document
