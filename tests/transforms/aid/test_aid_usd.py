"""aid.amount_usd: dollars as they are, pegged Gulf currencies at their peg, others at the ECB
reference rate of the publication day, anything else null."""
import json
from datetime import date

import pytest

from flows.lexicons import load_lexicons
from flows.pipeline import run_pipeline
from tests.warehouse_helpers import query
from transforms.aid.usd import usd_amount

LEX = load_lexicons()


def test_a_euro_figure_at_the_ecb_rate_of_its_day():
    # ECB reference rate of 2 May 2018: 1 EUR = 1.2007 USD
    assert usd_amount(400e6, "EUR", date(2018, 5, 2), LEX.usd_pegs, LEX.ecb_usd_per_unit) == (
        pytest.approx(400e6 * 1.2007), "ecb")
    # A Saturday takes Friday's rate (4 May 2018: 1.1969), the last published before it
    assert usd_amount(1e6, "EUR", date(2018, 5, 5), LEX.usd_pegs, LEX.ecb_usd_per_unit)[0] == pytest.approx(1.1969e6)


def test_a_riyal_figure_at_the_peg_and_dollars_as_they_are():
    assert usd_amount(3.75e9, "SAR", date(2018, 5, 2), LEX.usd_pegs, LEX.ecb_usd_per_unit) == (pytest.approx(1e9), "peg")
    assert usd_amount(3.6725e6, "AED", None, LEX.usd_pegs, LEX.ecb_usd_per_unit) == (pytest.approx(1e6), "peg")
    assert usd_amount(1.3e9, "USD", None, LEX.usd_pegs, LEX.ecb_usd_per_unit) == (1.3e9, "usd")


def test_an_unknown_currency_or_day_is_null_never_guessed():
    assert usd_amount(5e6, "EGP", date(2018, 5, 2), LEX.usd_pegs, LEX.ecb_usd_per_unit) == (None, None)
    assert usd_amount(5e6, "EUR", None, LEX.usd_pegs, LEX.ecb_usd_per_unit) == (None, None)


def test_the_aid_table_holds_the_dollar_value(tmp_path):
    # ANT SK-middleEast-2407-20180615 (team batch 07, develop data): a figure in dirhams
    text = ("تجدر الإشارة إلى أن دولة الإمارات قدمت خلال الفترة من أبريل 2015 إلى مايو 2018 مساعدات لليمن بلغت نحو "
            "13.85 مليار درهم (3.77) مليار دولار أميركي استهدفت مساعدة ما يزيد عن 13.8 مليون يمني منهم 5.3 مليون طفل.")
    feed = tmp_path / "aid.jsonl"
    feed.write_text(json.dumps({"id": "SK-middleEast-2407-20180615", "title": "مساعدات إماراتية لليمن", "text": text,
                                "published": "2018-06-15T16:49:57+00:00"}, ensure_ascii=False), encoding="utf-8")
    run_pipeline([feed], tmp_path / "w.duckdb", tmp_path / "pq")
    rows = query(tmp_path / "w.duckdb", "SELECT donor_iso2, recipient_iso2, currency, amount_usd, usd_method FROM aid")
    assert rows == [("AE", "YE", "AED", pytest.approx(13.85e9 / 3.6725), "peg")]
