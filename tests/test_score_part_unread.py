"""The score part of train.jsonl stays unread: no test, rule, seed or script cites one of its articles.

An article id written in the repository means someone read that article to write a rule or a test,
and its figure would then measure fit, not generalisation.
"""
from marsad.gold_parts import SCORE, read_gold, train_part
from tests.conftest import REPO, shared_path

_SEARCHED = ("tests", "transforms", "seeds", "scripts", "flows", "sql", "bench", "marsad", "gold")


def _repository_texts():
    for folder in _SEARCHED:
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".csv", ".sql", ".md", ".txt", ".ids", ".jsonl"}:
                yield path, path.read_text(encoding="utf-8", errors="ignore")


def test_no_file_cites_an_article_of_the_score_part():
    score_ids = {g["id"] for g in read_gold(shared_path("gold", "train.jsonl")) if train_part(g["id"]) == SCORE}
    assert len(score_ids) > 100
    cited = sorted((str(path.relative_to(REPO)), article_id)
                   for path, text in _repository_texts() for article_id in score_ids if article_id in text)
    assert cited == []

