"""The row of a (visitor, host) pair carries the day of the visit the article reports, not the day of an
earlier visit of the same pair that it tells in passing (issue 9, item 6): dedupe.merge_visit_rows, which
keeps the first whole day told, lets a later whole day of the week before publication replace a day more
than a week before it. The rows are those the frame rules give for real sentences of non-gold ANT articles."""
from datetime import date

from transforms.visits.dedupe import merge_visit_rows

_KEY = ("person", "griffiths", "YE")


def _row(day: str, evidence: str) -> dict:
    return {"_key": _KEY, "visitor_name_ar": "مارتن غريفيث", "visitor_country_iso2": None, "host_country_iso2": "YE",
            "place_ar": "صنعاء", "date_value": day, "start_date": date.fromisoformat(day), "status": "occurred",
            "evidence": evidence, "evidence_start": 0, "evidence_end": len(evidence), "trigger": "وصل"}


# ANT AL-internationalNews-724-20180331 (no gold part): Griffiths' first trip to Sanaa, on Saturday 24 March.
_EARLIER = _row("2018-03-24", "وكان غريفيث، وصل السبت الماضي، إلى العاصمة صنعاء، للقاء قيادات #الحوثيين")
# ANT FR-internationalNews-2152-20180704 (no gold part): the trip the article reports, from Monday 2 July.
_REPORTED = _row("2018-07-02", "ولم يحدد غريفيث، الذي وصل إلى صنعاء الاثنين، مكان الاجتماع.")


def test_the_reported_visits_day_replaces_an_earlier_visits_told_first():
    merged = merge_visit_rows([_EARLIER, _REPORTED], date(2018, 7, 4))
    assert [r["date_value"] for r in merged] == ["2018-07-02"]
    assert merged[0]["date_rule"] == "the reported visit's day, not an earlier visit's of the pair"


def test_a_day_outside_the_news_week_does_not_replace_the_first():
    # Published a fortnight after the Monday: neither trip is the news of the week, the first day told stays.
    merged = merge_visit_rows([_EARLIER, _REPORTED], date(2018, 7, 16))
    assert [r["date_value"] for r in merged] == ["2018-03-24"]


def test_without_a_publication_day_the_first_day_told_stays():
    assert [r["date_value"] for r in merge_visit_rows([_EARLIER, _REPORTED])] == ["2018-03-24"]
