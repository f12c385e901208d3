"""Issue 15: an ordinal day before منه after a preposition or joined to a date (في التاسع منه، والتاسع منه) is that day
of the month last named, as the digits are (في 19 منه); an ordinal منه after a noun (الجزء الأول منه) is no day, and a
year after it stays a date of its own. Sentences of ANT articles (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_an_ordinal_day_of_the_month_last_named(lexicon):
    # team FR-internationalNews-1510-20180529
    assert values('وتخوض "نسور قرطاج" مباراتين استعداديتين أخريين في 1 حزيران/يونيو ضد تركيا وفي التاسع منه ضد إسبانيا.',
                  "2018-05-29T13:01:35+00:00", lexicon) == ["2018-06-01", "2018-06-09"]
    # SK-internationalNews-2038-20180609, in no gold file
    assert values("وبدأت المناورات في الثالث من يونيو، ويرتقب أن تختتم في الخامس عشر منه.",
                  "2018-06-09T05:09:52+00:00", lexicon) == ["2018-06-03", "2018-06-15"]
    # BB-internationalNews-722-20180630, in no gold file: the second end of a span, joined by و
    assert values("العائلات التي انفصلت بالفعل بين الخامس من مايو/أيار والتاسع منه.",
                  "2018-06-30T15:38:12+00:00", lexicon) == ["2018-05-05", "2018-05-09"]


def test_an_ordinal_of_a_noun_before_its_year_is_no_day(lexicon):
    # team BB-culture-243-20180723: the first part of the film, and the year it came out
    assert values('وجاء فيلم "إيكوالايزر 2"، الذي صدر الجزء الأول منه عام 2014، ليقلب المعادلة',
                  "2018-07-23T23:03:37+00:00", lexicon) == ["2014"]
