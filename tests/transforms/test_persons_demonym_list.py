"""A nationality adjective joined by و goes on a list of people (issue 10): the name after it is
read like one after «noun + adjective» (اللاعب البرازيلي نيمار), the noun given once before the list
(لاعبي وسطه البرازيلي فابينيو ... والبرتغالي جواو موتينيو).

Sentences are real, from ANT articles in no gold file; the article id is given beside each."""
import pytest

from tests.transforms.person_names import names


@pytest.mark.parametrize("text, name", [
    # FR-sport-289-20180804 (non-gold)
    ("وأشار إلى أنه باع هذا الصيف لاعبي وسطه البرازيلي فابينيو، توما ليمار والبرتغالي جواو موتينيو.",
     "جواو موتينيو"),
    # SK-internationalNews-3260-20181001 (non-gold)
    ("وأعلنت الجهة المانحة لجائزة نوبل، الاثنين، فوز الأميركي جيمس أليسون، والياباني تاسوكو هونغو "
     "بجائزة نوبل للطب لعام 2018",
     "تاسوكو هونغو"),
    # FR-internationalNews-2339-20180716 (non-gold)
    ("ومن بينهم المصمم المصري هاني البحيري والفلسطيني ساهر عوكل والروسي سلافا زايتزيف. الفعالية تستمر",
     "سلافا زايتزيف"),
])
def test_a_name_after_a_nationality_adjective_joined_by_wa(text, name):
    assert name in names(text)
