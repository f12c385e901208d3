"""A worker's set-up (flows.extraction.prepare_worker): it freezes the collector after building the
lexicons, and a failure to build them is left to the first slice, which reports it with its cause,
where an initializer that raises breaks the whole pool with no cause given."""
import gc

import pytest

from flows import extraction


def test_a_worker_freezes_the_collector_once_the_lexicons_are_built():
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
