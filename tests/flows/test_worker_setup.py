"""A worker's set-up (flows.extraction.prepare_worker): it freezes the collector after building the
lexicons, and after each slice it freezes what the slice cached (inline extraction never freezes).
A failure to build the lexicons is left to the first slice, which reports it with its cause,
where an initializer that raises breaks the whole pool with no cause given."""
import gc

import pytest

from flows import extraction
from flows.parallel import map_in_order
from transforms import word_table


def test_a_worker_freezes_the_collector_once_the_lexicons_are_built(monkeypatch):
    monkeypatch.setattr(extraction, "_frozen_worker", False)  # this process is no worker after the test
    try:
        extraction.prepare_worker()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_failure_to_build_the_lexicons_is_left_to_the_first_slice(monkeypatch):
    def broken():
        raise FileNotFoundError("seeds/countries.csv")

    monkeypatch.setattr(extraction, "load_lexicons", broken)
    frozen = gc.get_freeze_count()
    extraction.prepare_worker()  # no exception here: the pool stays usable
    assert gc.get_freeze_count() == frozen
    with pytest.raises(FileNotFoundError, match="countries.csv"):  # the first slice, with its cause
        extraction.extract_articles([("x-1", "", "نص", None)])


# A sentence of the seed article (seeds/articles/000_202838f5eb5d9b9a.txt)
SEED_SENTENCE = ("التقى وزير الدفاع الأميركي جيمس ماتيس السبت نظيره المصري صدقي صبحي في القاهرة، "
                 "قبل توجهه إلى الأردن وباكستان والكويت.")


def _known_words() -> dict:
    """The word forms the analysed document has read so far, with their tags (transforms.word_table)."""
    known = {}
    for _, _, table in word_table._TABLES.values():
        known.update(table.known)
    return known


def _unfrozen_ids() -> set[int]:
    """The objects the collector still walks (gc.get_objects leaves out the frozen ones)."""
    return {id(o) for o in gc.get_objects()}


def test_a_worker_freezes_what_a_slice_has_cached(monkeypatch):
    monkeypatch.setattr(extraction, "_frozen_worker", False)
    try:
        extraction.prepare_worker()
        before = set(_known_words())
        # a word no earlier test has read, so that the slice fills the word table
        results = extraction.extract_articles([("x-1", "", SEED_SENTENCE.replace("صدقي", "صدقيوف"), None)])
        cached = [tags for word, tags in _known_words().items() if word not in before]
        assert cached and "visits" in results[0]
        unfrozen = _unfrozen_ids()
        assert not any(id(value) in unfrozen for value in cached)  # the new cache entries are frozen
        assert id(results) not in unfrozen
    finally:
        gc.unfreeze()


def test_inline_extraction_freezes_nothing(monkeypatch):
    monkeypatch.setattr(extraction, "_frozen_worker", False)
    extraction.load_lexicons()
    frozen = gc.get_freeze_count()
    before = set(_known_words())
    # under INLINE_BELOW items: extracted in this process, where prepare_worker never runs
    results = map_in_order(extraction.extract_articles,
                           [("x-2", "", SEED_SENTENCE.replace("صدقي", "صدقيان"), None)],
                           prepare=extraction.prepare_worker)
    cached = [tags for word, tags in _known_words().items() if word not in before]
    assert cached and "visits" in results[0]
    assert gc.get_freeze_count() == frozen
    unfrozen = _unfrozen_ids()
    assert all(id(value) in unfrozen for value in cached)


def test_a_worker_freezes_within_a_long_slice_too(monkeypatch):
    calls = []
    monkeypatch.setattr(extraction, "freeze_after_slice", lambda: calls.append(len(calls)))
    monkeypatch.setattr(extraction, "FREEZE_EVERY_CHARS", len(SEED_SENTENCE) + 1)
    extraction.extract_articles([("x-3", "", SEED_SENTENCE, None), ("x-4", "", SEED_SENTENCE, None),
                                 ("x-5", "", SEED_SENTENCE, None)])
    assert len(calls) == 2  # after the second article (the characters read reach the bound), and at the end
