"""Issue 9, companions: one named after برفقة/يرافقه behind the trip's place travels with the
traveller (transforms/visits/frames/go.py _companions) and is a visitor of the same trip. Real
sentences of the develop part (team) and of non-gold ANT articles."""
from tests.transforms.visits.reading import read_visits


def _rows(text, published):
    return read_visits(text, published)[1]


def test_the_minister_named_after_birfqa_travels_too():
    # ANT AL-internationalNews-1096-20180510 (team, develop part).
    text = ("فقد أعلن المتحدث الرئاسي الفلبيني، هاري روكي، الذي يزور الكويت برفقة وزير العمل الفلبيني، سيلفستر "
            "بيليو، الأربعاء، موافقة الكويت على الإفراج عن السائقين الفلبينيين الأربعة، بحسب ما أوردت صحف محلية.")
    rows = _rows(text, "2018-05-10T12:42:42+04:00")
    visitors = {(r["visitor_name_ar"], r["visitor_country_iso2"]) for r in rows if r["host_country_iso2"] == "KW"}
    assert ("سيلفستر بيليو", "PH") in visitors
    assert ("هاري روكي", "PH") in visitors


def test_a_visit_something_escorted_someone_in_is_not_of_one_named_after_the_place():
    # ANT FR-internationalNews-1734-20180610 (non-gold): the cargo plane escorted Kim on his visit to
    # China; the American president is named only after the place, in the clause of the summit.
    text = ("كما غادرت طائرة شحن مختلفة كانت قد رافقت كيم خلال الزيارة التي قام بها للصين في الآونة الأخيرة "
            "بيونغ يانغ في طريقها على الأرجح إلى سنغفورة اليوم الأحد قبل اجتماع القمة الذي يعقده كيم مع "
            "الرئيس الأمريكي دونالد ترامب الثلاثاء.")
    rows = _rows(text, "2018-06-10T05:26:08+00:00")
    assert not [r for r in rows if r["visitor_country_iso2"] == "US" and r["host_country_iso2"] in ("CN", "KP")]


def test_a_title_after_the_pronoun_of_a_copula_names_the_subject_not_one_told_before():
    # ANT BB-middleEast-719-20180711 (team, develop part): «المسؤول التركي» is Berat, the subject
    # before هو, not the Turkish president named earlier.
    text = ("من أبرز وأهم الوجوه الجديدة في حكومة الرئيس التركي، رجب طيب أردوغان، صهره برات آلبيراق الذي يحمل "
            "حقيبة المالية والخزانة.\nورافق برات أردوغان في العديد من الزيارات الخارجية وشارك في عدد كبير من "
            "لقاءاته مع زعماء العالم.\nوكان برات هو المسؤول التركي الذي سافر إلى اسرائيل في أعقاب تطبيع العلاقات "
            "بين البلدين عام 2016.")
    rows = _rows(text, "2018-07-11T13:03:58+00:00")
    assert not [r for r in rows if r["visitor_name_ar"] == "رجب طيب أردوغان" and r["host_country_iso2"] == "IL"]
