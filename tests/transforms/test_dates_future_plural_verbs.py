"""seeds/imperfect_verbs.csv (scripts/build_imperfect_verbs.py): a verb the corpus never writes after a
particle is listed when it writes it bare and with the future سـ and the plural ending ون (يصوم: سيصومون),
so that its future form makes a weekday after it the coming one."""
import importlib.util
from pathlib import Path

import pytest

from tests.transforms.date_values import seed_date_lexicon, values

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_imperfect_verbs", REPO / "scripts" / "build_imperfect_verbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_future_plural_with_a_bare_form_is_a_verb_and_a_name_in_un_is_not(build):
    # Words of non-gold ANT sentences: AL-internationalNews-1149-20180513 «الشعوب ... سيصومون يوم الخميس»
    # with «كان يصوم»; SK-internationalNews-3235-20180913 «سلّم سافير-سيمبسون», AL-internationalNews-326-20180303
    # «وادي السيليكون»: no bare يمبس or يليك
    vocabulary = {"سيصومون", "يصوم", "سيمبسون", "سيليكون", "السيليكون"}
    assert build.future_plural_verbs(vocabulary) == {"يصوم"}
    assert build.future_plural_verbs(vocabulary, names={"يصوم"}) == set()


def test_a_weekday_after_a_future_verb_of_the_generated_rows_is_the_coming_one():
    # team AL-sport-1591-20180517 (Thursday): «سيصوم» is يصوم ahead, so Saturday the 19th, not the 12th
    assert values("وقال لوبيز في مؤتمر صحافي يوم الخميس: فهد سيصوم يوم السبت، وتحدث مع الأطباء",
                  "2018-05-17T14:40:46+00:00", seed_date_lexicon()) == ["2018-05-17", "2018-05-19"]
