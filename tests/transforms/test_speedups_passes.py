"""The analysed document's lists of its tokens' original offsets are built once, by analyse, and
with_persons's copy shares them: the same lists as each token's offsets, on the seed article and
non-gold ANT articles (tests/transforms/test_speedups.py's texts)."""
from __future__ import annotations

from flows.lexicons import load_lexicons
from tests.transforms.test_speedups import texts
from transforms.document import analyse


def test_token_offsets_are_built_once_and_shared_by_the_copy_with_persons():
    lexicons = load_lexicons()
    for text in texts(10):
        doc = analyse(text, None, lexicons)
        starts, ends = [t.ostart for t in doc.tokens], [t.oend for t in doc.tokens]
        assert doc.token_starts == starts and doc._token_ends == ends
        assert doc.token_span(0, len(text)) == (0, len(doc.tokens))
        person = {"mentions": [{"char_start": t.ostart, "char_end": t.oend} for t in doc.tokens[:2]]}
        with_persons = doc.with_persons([person])
        assert with_persons.token_starts is doc.token_starts and with_persons._token_ends is doc._token_ends
        assert [(m.first, m.end) for m in with_persons.mentions["person"]] == [(0, 1), (1, 2)][:len(doc.tokens)]
