"""Amounts as Arabic news writes them (digits, separators, number words, fractions, scales)."""
import pytest

from transforms.aid.numbers import find_amounts, parse_amount, parse_digits
from transforms.arabic_text import normalize


@pytest.mark.parametrize("text, value", [
    ("1.3 مليار دولار سنويا", 1.3e9),  # seed sample
    ("١٫٣ مليار", 1.3e9),  # Arabic-Indic digits and decimal separator
    ("١٥ مليار دولار", 15e9),  # ANT CN-middleEast-1249-20180818
    ("1,300", 1300.0),
    ("49,20", 49.2),
    ("1.300.000", 1.3e6),
    ("12,8 مليون يورو", 12.8e6),  # ANT FR-internationalNews-330-20180308
    ("بلغت 2،9 مليار دولار", 2.9e9),  # ANT FR-internationalNews-2789-20180819: an Arabic comma as decimal mark
    ("ليصل 2،854 مليون طن", 2.854e6),  # ANT BB-economy-128-20180510: three decimals, no grouping
    ("خمسمائة ألف", 5e5),
    ("مئتا مليون", 2e8),
    ("ثلاثة ملايين وخمسمائة ألف", 3.5e6),
    ("خمسة وعشرين مليون", 25e6),
    ("أحد عشر مليارا", 11e9),
    ("10 مليارات دولار", 10e9),  # ANT CN-economy-362-20181006
    ("مليار دولار", 1e9),
    ("ملياري دولار", 2e9),
    ("نصف مليار", 5e8),
    ("ربع مليون", 2.5e5),
    ("مليون ونصف مليون لاجئ سوري", 1.5e6),  # ANT AL-internationalNews-487-20180316
    ("مليون و500 ألف", 1.5e6),
    ("ثلاثة أرباع مليار دولار", 7.5e8),  # ANT BB-middleEast-582-20180605
    ("20 مليونا", 2e7),
    ("لـ100 مليون دولار", 1e8),  # ANT CN-middleEast-1253-20180818
    ("بمليار ومائتين وخمسين مليون دولار", 1.25e9),  # ANT SK-middleEast-490-20180323
])
def test_parse_amount(text, value):
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["ملايين الدولارات", "مئات الملايين", "عشرات الملايين", "لا أرقام هنا"])
def test_vague_quantities_give_no_amount(text):
    assert parse_amount(text) is None


def test_range_gives_two_amounts():
    norm = normalize("ما بين 700 إلى 800 مليون دولار").text
    assert [a.value for a in find_amounts(norm)] == [700.0, 8e8]
    norm = normalize("بين 100 و200 مليون").text
    assert [a.value for a in find_amounts(norm)] == [100.0, 2e8]


def test_amount_offsets_point_into_normalised_text():
    # ANT SK-middleEast-3282-20180808
    norm = normalize("مبلغا قدره 3.75 مليار درهم إماراتي (1.02 مليار دولار أميركي)").text
    amounts = find_amounts(norm)
    assert [norm[a.start:a.end] for a in amounts] == ["3.75 مليار", "1.02 مليار"]


def test_parse_digits_separators():
    assert parse_digits("1,300,000") == 1.3e6
    assert parse_digits("1.300,5") == 1300.5
    assert parse_digits("1,300.5") == 1300.5
    assert parse_digits("451.9") == 451.9


@pytest.mark.parametrize("text, values", [
    # ANT SK-middleEast-3381-20180814 (in no gold file): two units joined by و are a range, not 7,000.
    ("وقدر التقرير أن ما بين ثلاثة وأربعة آلاف من إرهابيي التنظيم هم في ليبيا", [3.0, 4e3]),
    # Hundreds, then units, then tens compose one number.
    # ANT BB-middleEast-631-20180618 (in no gold file)
    ("ويطالب المدعون بأن تدفع قطر لهم مبلغ مائة وخمسين مليون دولار", [1.5e8]),
    # ANT SK-middleEast-2564-20180624 (in no gold file)
    ("ويستقبل الأردن نحو ستمئة وخمسين ألف لاجئ سوري", [6.5e5]),
])
def test_number_words_joined_by_wa_compose_only_as_arabic_composes(text, values):
    assert [a.value for a in find_amounts(normalize(text).text)] == values


@pytest.mark.parametrize("text, values", [
    # ANT FR-internationalNews-1136-20180508 (in no gold file): المئة مليار is 100 billion, not 1 billion.
    ("بأن هذا الاتفاق وفر أموالا طائلة لإيران فاقت المئة مليار دولار وأن طهران", [1e11]),
    # ANT FR-internationalNews-575-20180406 (in no gold file): a count with the article before a scale.
    ("تبين أنه من أصل العشرة آلاف مقاتل لدى جيش الإسلام، أكثر من أربعة آلاف يرفضون الخروج", [1e4, 4e3]),
    # ANT AL-internationalNews-233-20180226 (in no gold file): with no scale after it, no amount.
    ("ثم اتهم الدول الخمس الدائمة العضوية في مجلس الأمن بأنها \"مسؤولة\" عن استمرار هذا القدر من المعاناة.", []),
])
def test_a_count_with_the_article_is_an_amount_before_its_scale(text, values):
    assert [a.value for a in find_amounts(normalize(text).text)] == values
