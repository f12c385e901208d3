"""Issue 15: «بعد <length> من العلاج» tells how long the treatment went on (class date_ongoing: علاج), no span counted
from an event, so a year after it is not that event's (no year three on from 2016). Sentences of ANT articles (ids quoted)."""
import pytest

from tests.transforms.date_values import seed_date_lexicon, values


@pytest.fixture(scope="module")
def lexicon():
    return seed_date_lexicon()


def test_a_length_of_treatment_is_no_date(lexicon):
    # team BB-technology-49-20180223: he died in 2016 after three years of treatment, not in 2019
    assert values("وأصيب براثامش، ابن راجاشير، بورم في المخ عام 2013 توفي على إثره بعد ثلاث سنوات من العلاج دون طائل عام "
                  "2016، لكن السائل المنوي الخاص به", "2018-02-23T16:42:19+00:00", lexicon) == ["2013", "2016"]
    # FR-internationalNews-946-20180427, in no gold file (title)
    assert values('المشير حفتر يصل إلى ليبيا "بصحة جيدة" بعد أسبوعين من العلاج في باريس',
                  "2018-04-27T05:22:25+00:00", lexicon) == []
