"""The learned person-name tagger (transforms/persons/tagger.py, seeds/models/persons.crfsuite) on
real sentences of ANT articles outside every gold set (article ids beside them): the names it adds
to the rules', and what it must never read as a name."""
import dataclasses

import pytest

from flows.lexicons import load_lexicons
from transforms.entities import find_entities
from transforms.persons import extract_persons
from transforms.persons.extract import _country_index
from transforms.persons.tagger import features, gap_marks, sentences_of, tag_spans
from transforms.persons.tokens import tokenize


def names(text: str, with_tagger: bool = True) -> list[str]:
    lexicons = load_lexicons()
    lexicon = lexicons.persons if with_tagger else dataclasses.replace(lexicons.persons, tagger=None)
    countries = find_entities(text, lexicons.gazetteer)["countries"]
    return [p["name_ar"] for p in extract_persons(text, countries, lexicon)]


def test_the_model_is_loaded():
    assert load_lexicons().persons.tagger is not None


# CN-sport-399-20180912: a foreign coach after a description no title list holds.
MOURINHO = ("تعرض المدرب البرتغالي جوزيه مورينيو لموقف محرج بعد خسارة إنجلترا أمام إسبانيا بهدفين مقابل هدف "
            "وحيد في بطولة دوري الأمم الأوروبية، السبت")
# CN-sport-470-20181016: an untitled name opening a sentence.
MARDINI = ("كانت يسرى مارديني، كأي مراهقة أخرى، تحب الحياة والنشاطات والتسوق والخروج مع الأصدقاء، وارتبطت "
           "بعلاقة عشق مع رياضة السباحة بعد تشجيع والدها المستمر لها ولشقيقتها.")


@pytest.mark.parametrize("text, name", [(MOURINHO, "جوزيه مورينيو"), (MARDINI, "يسرى مارديني")])
def test_tagger_adds_untitled_names_the_rules_miss(text, name):
    assert name not in names(text, with_tagger=False)
    assert name in names(text)


def test_one_word_name_the_tagger_is_sure_of():
    # FR-culture-22-20180305: a family name alone, not a given name.
    text = ("وقال أولدمان (59 عاما)، الذي فاز بجائزة غولدن غلوب عن دوره هذا، لدى تسلمه الجائزة: \"أريد أن "
            "أوجه تحية إلى سير وينستون تشرشل الذي كان رفيقا رائعا لي خلال هذه الرحلة التي لا توصف\".")
    assert "أولدمان" in names(text)


def test_rules_keep_their_names():
    # CN-middleEast-1068-20180601: titled names stay the rules' (the tagger adds only where they found none).
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- وقع الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى "
            "للقوات المسلحة، والرئيس الروسي فلاديمير بوتين، الجمعة، في موسكو، إعلان الشراكة الاستراتيجية "
            "بين البلدين.")
    assert names(text) == names(text, with_tagger=False) == ["محمد بن زايد", "فلاديمير بوتين"]


@pytest.mark.parametrize("text", [
    # CN-middleEast-867-20180510: علي is "on me", not a name.
    "إذا، عندما أشعر أن الشعب السوري لا يريدني أن أبقى، سيكون علي أن أغادر بالطبع ودون أي تردد.\"",
    # CN-middleEast-1037-20180528: أبوظبي is a place.
    "يذكر أن الوزراء كانوا قد التقوا بولي عهد أبوظبي ونائب القائد العام للقوات المسلحة الإماراتية، في وقت سابق الإثنين.",
])
def test_particles_and_places_are_not_names(text):
    assert names(text) == []


def test_a_glued_wa_is_not_part_of_a_tagged_name():
    # FR-middleEast-15-20180215: the last of a list of names, its و glued to a given name no
    # lexicon holds.
    text = ("ويعد أبو الفتوح، الذي انشق عن جماعة الإخوان المسلمين في العام 2011، من أبرز السياسيين الإسلاميين "
            "في مصر، وكان قد خاض انتخابات الرئاسة في 2012 وحل في المركز الرابع أثر جولتها الأولى خلف كل من "
            "محمد مرسي وأحمد شفيق وحمدين صباحي.")
    found = names(text)
    assert "حمدين صباحي" in found and "وحمدين صباحي" not in found
    # AL-internationalNews-1716-20180621: a name that begins with و stays whole (وليد is a given name).
    text = ("لم يكن في حسبان الشاب وليد فاضل أن خروجه بسيارة أخيه حمير كان آخر مشوار له في حياته، حين لقي "
            "حتفه على يد مسلحين يتبعون #جماعة_الحوثي في #صنعاء بحادثة هزت المجتمع اليمني لبشاعتها.")
    assert "وليد فاضل" in names(text)


@pytest.mark.parametrize("text, name", [
    # AL-culture-578-20180710: وسام is a name, not و + سام.
    ("نفت الفنانة المصرية المعروفة وسام رضا إسماعيل الشهيرة باسم #زينة اعتداءها على أسرة أميركية في #دبي خلال "
     "وجودها في فندق #أتلانتس، وأصدرت بياناً أكدت فيه عدم صحة ما ورد على لسان الأب، وهو أميركي من أصل مصري "
     "يبلغ من العمر 47 عاماً.", "وسام رضا إسماعيل"),
    # AL-internationalNews-33-20180216: a foreign name after a title and a comma begins with و.
    ("من جانبه، رأى رئيس المؤتمر، ولفغانغ ايشينغر، أن \"العالم قام بجهد كبير في مكافحة الفقر\"، لكن التحسن في "
     "العديد من المناطق لم يتجسد في تعزيز الديمقراطية.", "ولفغانغ ايشينغر"),
])
def test_a_name_that_begins_with_wa_keeps_it(text, name):
    assert name in names(text)


def test_a_name_the_text_repeats_with_its_first_letter_keeps_it():
    # FR-internationalNews-1893-20180618: وهبي خزري written so twice; a conjunction glued before
    # every mention of a name is unlikely, so the و is the name's own.
    text = ("وانتظرت \"النسور\" لغاية الدقيقة 28 لشن أول هجمة حقيقة لهم عن طريق وهبي خزري الذي مرر لفرجاني ساسي، "
            "مسددا صوب المرمى ليحولها ماكغاير إلى الركنية. وعزز المدرب الإنكليزي غاريث ساوثغيث خط هجومه بكل من "
            "راشفود ولوفتوس تشيك، فيما أشرك معلول أمين بن عمر في مكان نعيم سليتي ثم صابر خليفة في مكان وهبي خزري.")
    found = names(text)
    assert "وهبي خزري" in found and "هبي خزري" not in found


def test_a_stretch_has_the_features_of_its_whole_sentence():
    """The tagger reads only stretches around words that may open a name; each word keeps the
    features it has in its sentence (neighbours two either side), the ones training saw."""
    lexicons = load_lexicons()
    tokens = tokenize(MOURINHO)
    country_at = _country_index(tokens, MOURINHO, find_entities(MOURINHO, lexicons.gazetteer)["countries"])
    marks, ends = gap_marks(tokens)
    (lo, hi), = sentences_of(tokens, ends)[:1]
    whole = features(tokens, lo, hi, lexicons.persons, country_at, marks)
    part = features(tokens, lo + 2, lo + 5, lexicons.persons, country_at, marks, (lo, hi))
    assert part == whole[2:5]
    assert "w=مورينيو" in whole[4] and "-1:w=جوزيه" in whole[4] and "-2:country" in whole[4]
    spans = tag_spans(tokens, lexicons.persons.tagger, lexicons.persons, country_at)
    assert [(tokens.items[a].text, tokens.items[b - 1].text) for a, b, p in spans if p >= 0.5] == [("جوزيه", "مورينيو")]


def test_training_is_deterministic_and_reads_the_develop_data(tmp_path):
    """scripts/train_person_tagger.py (`make models`) fits the same model twice over from the same
    develop articles, and the model it writes is one the tagger opens."""
    import subprocess
    import sys

    import pycrfsuite

    from marsad.paths import REPO
    from tests.conftest import shared_path

    shared_path("data", "ant-news")
    outputs = []
    for n in range(2):
        out = tmp_path / f"persons{n}.crfsuite"
        done = subprocess.run([sys.executable, str(REPO / "scripts" / "train_person_tagger.py"), "--limit", "30",
                               "--no-anercorp", "--out", str(out)], capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        assert "develop" in done.stdout and "(30 articles)" in done.stdout
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "persons0.crfsuite"))
    assert set(tagger.labels()) == {"B", "I", "O"}


def test_a_word_the_gazetteer_reads_as_a_place_is_no_one_word_name():
    # BB-internationalNews-1123-20180926 (not gold): the tagger alone reads باريس here as a name.
    text = ("وقد ضرب الرجل، الذي كان مخمورا حينما صعد الحافلة في منطقة درافيل جنوب باريس، المرأة، البالغة 21 "
            "عاما، وتفوه بتعليقات مهينة لها بشأن مظهرها وصدرها.")
    lexicons = load_lexicons()
    found = find_entities(text, lexicons.gazetteer)
    assert any(p["name_ar"] == "باريس" for p in found["places"])
    persons = extract_persons(text, found["countries"], lexicons.persons, places=found["places"])
    assert "باريس" not in [p["name_ar"] for p in persons]


# --- A verb closes a tagged name, whatever the tagger reads (a refit tagger once read «وماتيس
# شددا» as one name) ---

# The seed article (seeds/articles/000_202838f5eb5d9b9a.txt): two subjects, then a past verb with
# a dual subject.
DUAL_VERB = ("وأضافت وايت أن السيسي وماتيس شددا على أن التعاون في مجال الدفاع يمثل أساس العلاقات "
             "الثنائية بين واشنطن والقاهرة، وأبديا رغبتهما في تعزيز الشراكة الدفاعية بين البلدين.")


class _ReadsAsOneName:
    """A tagger that reads the given words, side by side, as one name (B then I), sure of it."""

    def __init__(self, *words):
        self.words, self.seq = words, []

    def set(self, seq):
        self.seq = seq

    def tag(self):
        labels = []
        for f in self.seq:
            word = f[0][2:]
            labels.append("O" if word not in self.words else "B" if word == self.words[0] else "I")
        return labels

    def marginal(self, label, i):
        return 1.0


def test_a_past_verb_with_a_dual_subject_ends_a_tagged_name():
    lexicons = load_lexicons()
    lexicon = dataclasses.replace(lexicons.persons, tagger=_ReadsAsOneName("وماتيس", "شددا"), tagger_cache={})
    countries = find_entities(DUAL_VERB, lexicons.gazetteer)["countries"]
    found = [p["name_ar"] for p in extract_persons(DUAL_VERB, countries, lexicon)]
    assert "ماتيس شددا" not in found and "ماتيس" in found


@pytest.mark.parametrize("word, verb", [("شددا", True), ("وأبديا", True), ("اتفقا", True), ("ماريا", False),
                                        ("ماتيس", False), ("يمثل", False), ("يوليا", False)])
def test_past_verbs_with_a_dual_or_plural_subject(word, verb):
    from transforms.arabic_text import normalize_key
    from transforms.persons.names import past_verb

    assert past_verb(normalize_key(word), load_lexicons().persons) is verb


def test_the_tagger_sees_verbs():
    lexicons = load_lexicons()
    tokens = tokenize(DUAL_VERB)
    feats = features(tokens, 0, len(tokens.items), lexicons.persons, {})
    at = {f[0][2:]: f for f in feats}
    assert "verb" in at["شددا"] and "verb" not in at["وماتيس"] and "+1:verb" in at["وماتيس"]


# A word the corpus writes often as it stands (وسام "medal") opens a name with its own first letter
# unless the text writes the rest bare too (AL-sport-28-20180217, not in any gold set).
def test_a_frequent_word_opening_a_tagged_name_keeps_its_first_letter():
    text = ("وسجل هدفي إشبيلية وسام بن يدر وبابلو سارابيا في الدقيقتين 35 و50 ، فيما سجل هدف لاس بالماس "
            "جوناثان كاييري في الدقيقة 82 من ركلة جزاء.")
    assert "وسام بن يدر" in names(text)


# ل before a consonant is a preposition: no foreign name opens so (FR-internationalNews-1716-20180608).
def test_a_lam_before_a_consonant_is_a_preposition():
    text = ("لكن الدراسة الجديدة كشفت وجود تنوع وتعقيد في المادة العضوية في الرسوبيات، وفقا لسانجيف غوبتا "
            "أستاذ علوم الأرض في جامعة \"إمبريال كولدج \"في لندن.")
    assert names(text) == ["سانجيف غوبتا"]


# Untitled names read from a given name end before a word no name list holds and the tagger reads
# as no name word (ANT articles outside every gold set).
@pytest.mark.parametrize("text, expected", [
    # AL-culture-223-20180405: بفارغ الصبر "impatiently" is no family name.
    ("أغنية عمرها 10 سنوات ينتظرها جمهور عمرو دياب بفارغ الصبر", ["عمرو دياب"]),
    # AL-internationalNews-761-20180403: بارك (Park) then an adjective, موقوفة "detained".
    ("وبارك موقوفة منذ نحو عام في مركز اعتقال قرب سيول، حيث رفضت زيارة حتى شقيقها وشقيقتها، باستثناء "
     "محاميها الاثنين.", []),
    # BB-internationalNews-493-20180511: صالح "fit", أخلاقيا "morally".
    ("يصف أنور بأنه \"غير صالح أخلاقيا لقيادة البلاد\".", []),
])
def test_an_untitled_given_name_ends_before_a_word_the_tagger_reads_as_no_name(text, expected):
    assert names(text, with_tagger=False) != expected
    assert names(text) == expected


def test_a_club_is_no_untitled_name():
    # FR-internationalNews-647-20180409 (no gold set): بايرن is in the given-name list (from
    # ANERcorp), the tagger knows the club.
    text = "وفي نفس السياق، تتميز مهمة بايرن ميونيخ الألماني بالسهولة النسبية أما إشبيلية الأسباني الذي هزم على أرضه 1-2."
    assert names(text, with_tagger=False) == ["بايرن ميونيخ"]
    assert names(text) == []


def test_a_name_before_a_title_loses_a_word_the_tagger_reads_as_no_name():
    # AL-internationalNews-789-20180404 (no gold set): عمة "aunt" stands between the name and
    # the title it is in apposition with.
    text = ("ويهدد تسجيل صوتي فيه مختار قرية لبنانية ينتمي إلى التيار الوطني الحر بقطع يدي من ينتخب بهية "
            "الحريري عمة رئيس الحكومة الحالي.")
    assert "بهية الحريري عمة" in names(text, with_tagger=False)
    assert "بهية الحريري" in names(text)


def test_a_titled_name_loses_words_after_its_second_that_the_tagger_reads_as_no_name():
    # SK-sport-2231-20180716 (no gold set): بلقب الهداف "with the top scorer's title" after
    # اللاعب الإنجليزي هاري كين; after a title two words stay whatever the tagger reads.
    text = ("وشهدت البطولة تسجيل 169 هدفا، فيما توج اللاعب الإنجليزي هاري كين بلقب الهداف بعد أن نجح في "
            "تسجيل 6 أهداف، بفارق هدفين عن أقرب اللاعبين له.")
    assert "هاري كين بلقب الهداف" in names(text, with_tagger=False)
    assert "هاري كين" in names(text)


# A known person's surname form followed by a word the tagger reads as a name word is someone
# else's name (issue 10), on ANT articles outside every gold set; a bare word after it that is
# no name word leaves the surname to the known person.
@pytest.mark.parametrize("text, name, not_name", [
    # AL-internationalNews-1948-20180716 and CN-middleEast-247-20180311: not محمود عباس
    ("اتصل مؤخرا بالقائم بأعمال مدير المخابرات المصرية عباس كامل، لمعرفة موقف مصر", "عباس كامل", "محمود عباس"),
    # BB-middleEast-412-20180427: not إدوار فيليب
    ("وقال السفير الفرنسي فيليب لاليو خلال اجتماع لاهاي إن الأولوية اليوم", "فيليب لاليو", "إدوار فيليب"),
    # AL-internationalNews-1357-20180527: not نجيب عبد الرزاق
    ("وقال المسؤول في الشرطة عبد الرزاق شيما: ردوا على مطلقي النار بالمثل", "عبد الرزاق شيما", "نجيب عبد الرزاق"),
])
def test_a_known_surname_before_a_name_word_opens_another_persons_name(text, name, not_name):
    found = names(text)
    assert name in found and not_name not in found


def test_a_known_surname_before_a_word_of_the_sentence_stays_the_known_person():
    # AL-internationalNews-1948-20180716 style: the surname, then the day
    assert "محمود عباس" in names("وقال الرئيس عباس مساء أمس إن المفاوضات متوقفة")


def test_a_title_s_body_read_before_the_name_is_left_out():
    # FR-internationalNews-1012-20180430: لحركة حماس is the office's body, not the name's start
    text = "أعلن رئيس المكتب السياسي لحركة حماس إسماعيل هنية رفض حركته لما سيخرج عنه اجتماع"
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    persons = extract_persons(text, entities["countries"], lexicons.persons,
                              organisations=entities["organisations"])
    assert [(p["name_ar"], p["country_iso2"]) for p in persons] == [("إسماعيل هنية", "PS")]


def test_an_untitled_name_a_place_covers_whole_is_the_place():
    # CN-middleEast-1071-20180601 style (team part), خان and يونس are both name words
    text = "وفي خان يونس، جالت مجموعة من الشبان الملثمين"
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    assert extract_persons(text, entities["countries"], lexicons.persons, places=entities["places"]) == []


@pytest.mark.parametrize("text, name", [
    # CN-sport-26-20180220: not the known الملك عبد الله
    ("قبل أن يسجل اللاعب عبد الله الحافظ هدفا بالخطأ في مرمى الهلال، مطلع الشوط الثاني", "عبد الله الحافظ"),
    # FR-internationalNews-1611-20180603
    ("أكثر من ذلك، فحسب عبد الله العريان أستاذ في كلية الشؤون الدولية بالدوحة فإن الحصار", "عبد الله العريان"),
])
def test_a_known_given_name_alone_before_a_name_word_opens_a_fuller_name(text, name):
    found = names(text)
    assert name in found and "عبد الله" not in found


@pytest.mark.parametrize("text", [
    # FR-internationalNews-652-20180410 (non-gold): خان and شيخون are both name words
    "بعد عام على الجريمة الجماعية التي نفذها النظام في خان شيخون",
    # BB-middleEast-1025-20180926 (non-gold)
    "وإن التوتر يتزايد في الضفة الغربية المحتلة بشأن قرية خان الأحمر الفلسطينية، التي تريد إسرائيل تدميرها",
])
def test_a_khan_town_is_a_place_not_a_person(text):
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    assert extract_persons(text, entities["countries"], lexicons.persons, places=entities["places"]) == []


def test_a_four_letter_given_name_in_l_keeps_its_l():
    # BB-middleEast-656-20180624 (non-gold): لجين, not ل + جين (شي جين بينغ)
    text = "ومن بين النساء المعتقلات في السعودية الناشطة لجين الهذول المعروفة بحملتها"
    lexicons = load_lexicons()
    entities = find_entities(text, lexicons.gazetteer)
    names = [p["name_ar"] for p in extract_persons(text, entities["countries"], lexicons.persons,
                                                   places=entities["places"])]
    assert names == ["لجين الهذول"]
