"""A learned tagger of person names (a linear-chain CRF, seeds/models/persons.crfsuite) for the
names no title and no known given name announces: foreign names as Arabic news spells them
(قال ديدييه ديشان، المهاجم ساندرو فاغنر), untitled Arabic names, a family name alone.

Each sentence's words get features (the word, its clitic-stripped stem, its first and last
letters, its membership of the lexicons: given name, title word, frequent non-name word, name
part, known-name word, country word, past verb with a dual or plural subject (شددا); the same for its neighbours, and the punctuation around it);
the CRF labels them B/I/O (begin, inside, outside a name). The model is fitted by
scripts/train_person_tagger.py (`make models`) on the develop gold located in the article texts
and on the build part of ANERcorp; here it is only applied. `tagger` is any object with
`set(features)`, `tag()` and `marginal(label, i)` (pycrfsuite.Tagger); the caller opens it.
"""
from __future__ import annotations

from transforms.persons.lexicon import CONNECTORS, PersonLexicon
from transforms.persons.names import past_verb
from transforms.persons.tokens import Tokens, stems

# A sentence ends where the gap between two words holds one of these.
_SENTENCE_END = frozenset(".!?؟\n:؛")
# A gap holding one of these is punctuation (no name spans it).
_PUNCT = frozenset(".,،!?؟\n:؛\"«»()[]-–—/|")
MAX_SENTENCE = 120  # words tagged at once (a run-on "sentence" is cut)
WINDOW = 2  # words either side of a word that may open a name, tagged with it


def _shape(word: str, stem: str, lexicon: PersonLexicon, country: bool) -> list[str]:
    """Lexicon memberships of a word (bare, and its `stem` with the clitics removed)."""
    out = []
    if word in lexicon.given_names:
        out.append("given_amb" if word in lexicon.ambiguous_given_names else "given")
    out += [name for name, words in (("title", lexicon.titles_by_first), ("pword", lexicon.person_words),
                                     ("npart", lexicon.name_parts), ("conn", CONNECTORS)) if word in words]
    if country:
        out.append("country")
    if past_verb(word, lexicon):
        out.append("verb")  # a past verb with a dual or plural subject (السيسي وماتيس شددا)
    if stem != word:
        out += [name for name, words in (("stem_title", lexicon.titles_by_first), ("stem_given", lexicon.given_names),
                                         ("stem_pword", lexicon.person_words)) if stem in words]
    return out


def _word_features(token, lexicon: PersonLexicon, country: bool) -> list[str]:
    word = token.text
    stop = token.key in lexicon.stop_words
    stem = stems(word)[-1][1]
    out = ["w=" + word, "s=" + stem, "p2=" + word[:2], "p3=" + word[:3], "x2=" + word[-2:],
           "x3=" + word[-3:], "len=" + str(min(len(word), 8))]
    if stop:
        out.append("stop")
    elif stem in lexicon.stop_words:
        out.append("stem_stop")
    if token.article:
        out.append("al")
    out.extend(_shape(word, stem, lexicon, country))
    return out


def gap_marks(tokens: Tokens) -> tuple[list[str], list[bool]]:
    """For the gap after each word but the last: its feature mark ("" for spaces, "punct",
    "other") and whether a sentence ends there."""
    text, items = tokens.norm.text, tokens.items
    marks, ends = [], []
    for gap in [text[a.end:b.start] for a, b in zip(items, items[1:])]:
        if gap == " ":
            marks.append("")
            ends.append(False)
            continue
        ends.append(not _SENTENCE_END.isdisjoint(gap))
        marks.append("" if not gap.strip() else ("punct" if not _PUNCT.isdisjoint(gap) else "other"))
    return marks, ends


def sentences_of(tokens: Tokens, ends: list[bool] | None = None) -> list[tuple[int, int]]:
    """(first, end) token ranges of the sentences of a text."""
    if ends is None:
        ends = gap_marks(tokens)[1]
    out = []
    start = 0
    n = len(tokens.items)
    for i in range(n):
        if i + 1 == n or ends[i] or i + 1 - start >= MAX_SENTENCE:
            out.append((start, i + 1))
            start = i + 1
    return out


_OFFSETS = (-2, -1, 1, 2)
_WORD_CACHE_MAX = 100_000


def _cached(token, lexicon: PersonLexicon, country: bool, cache: dict) -> tuple:
    """(own features, features as seen from each neighbour offset) of a word, computed once."""
    key = (token.text, token.key, token.article, country)
    hit = cache.get(key)
    if hit is None:
        own = _word_features(token, lexicon, country)
        seen = {}
        for d in _OFFSETS:
            tag = "%+d:" % d
            shown = [own[0]] + ([own[1]] if abs(d) == 1 else []) + own[7:]
            seen[d] = tuple(tag + x for x in shown)
        hit = (own, seen)
        if len(cache) >= _WORD_CACHE_MAX:
            cache.clear()
        cache[key] = hit
    return hit


def features(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
             marks: list[str] | None = None, sentence: tuple[int, int] | None = None) -> list[list[str]]:
    """The features of words start..end-1 of a sentence (the whole sentence unless `sentence`
    gives its bounds): the word's own, its neighbours' (two either side, within the sentence) and
    the punctuation around it. `marks` are gap_marks(tokens)[0]."""
    if marks is None:
        marks = gap_marks(tokens)[0]
    lo, hi = sentence if sentence is not None else (start, end)
    first, last = max(lo, start - 2), min(hi, end + 2)  # the words whose features are read
    items = tokens.items
    cache = lexicon.tagger_cache
    words = [_cached(items[i], lexicon, i in country_at, cache) for i in range(first, last)]
    out = []
    for i in range(start, end):
        k = i - first
        f = list(words[k][0])
        for d in _OFFSETS:
            if lo <= i + d < hi:
                f.extend(words[k + d][1][d])
        before = marks[i - 1] if i > lo else "bos"
        after = marks[i] if i < hi - 1 else "eos"
        if before:
            f.append("gap-1=" + before)
        if after:
            f.append("gap+1=" + after)
        out.append(f)
    return out


def _windows(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
             taken: set[int]) -> list[tuple[int, int]]:
    """The stretches of a sentence worth tagging: a word that may open a name the rules have not
    read (not a frequent word, not definite, not a country, not inside a name found already) and
    WINDOW words either side of it (a chain cut shorter reads its ends worse), merged where they
    touch."""
    items = tokens.items
    out: list[tuple[int, int]] = []
    for i in range(start, end):
        token = items[i]
        if i in taken or token.article or token.key in lexicon.stop_words or i in country_at:
            continue
        a, b = max(start, i - WINDOW), min(end, i + WINDOW + 1)
        if out and out[-1][1] >= a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def tag_spans(tokens: Tokens, tagger, lexicon: PersonLexicon, country_at: dict,
              taken: set[int] = frozenset()) -> list[tuple[int, int, float]]:
    """(first, end, confidence) of the token spans the tagger reads as names, in the stretches of
    each sentence worth it (`taken`: indexes of words inside names found already); the confidence
    is the least marginal probability of a word's label in the span. The features of a word are
    those it has in its whole sentence, as in training."""
    spans = []
    marks, ends = gap_marks(tokens)
    for lo, hi in sentences_of(tokens, ends):
        for start, end in _windows(tokens, lo, hi, lexicon, country_at, taken):
            tagger.set(features(tokens, start, end, lexicon, country_at, marks, (lo, hi)))
            labels = tagger.tag()
            k = 0
            while k < len(labels):
                if labels[k] == "O":
                    k += 1
                    continue
                first = k
                k += 1
                while k < len(labels) and labels[k] == "I" and tokens.soft_gap(start + k - 1):
                    k += 1
                spans.append((start + first, start + k, min(tagger.marginal(labels[m], m) for m in range(first, k))))
    return spans
