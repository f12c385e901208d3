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


def _gap_mark(gap: str) -> tuple[str, bool]:
    """gap_marks of one gap: its feature mark and whether a sentence ends there."""
    if gap == " ":
        return "", False
    return ("" if not gap.strip() else ("punct" if not _PUNCT.isdisjoint(gap) else "other"),
            not _SENTENCE_END.isdisjoint(gap))


def gap_marks(tokens: Tokens) -> tuple[list[str], list[bool]]:
    """For the gap after each word but the last: its feature mark ("" for spaces, "punct",
    "other") and whether a sentence ends there."""
    text, items = tokens.norm.text, tokens.items
    marks, ends = [], []
    for gap in [text[a.end:b.start] for a, b in zip(items, items[1:])]:
        mark, end = ("", False) if gap == " " else _gap_mark(gap)  # (most gaps: no call)
        marks.append(mark)
        ends.append(end)
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


def _as_neighbour(own: list, d: int) -> list:
    """Which of a word's own features its neighbour at offset `d` reads (tagged with the offset):
    the word, the stem beside it, and the lexicon memberships."""
    return [own[0]] + ([own[1]] if abs(d) == 1 else []) + own[7:]


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
            seen[d] = tuple(tag + x for x in _as_neighbour(own, d))
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


class ModelVocabulary:
    """The attributes one CRF model knows, as UTF-8 bytes, and each word's features among them.

    crfsuite skips an attribute its model does not know when a sequence is set (Tagger::set
    looks each one up and drops the unknown), and pycrfsuite encodes every str feature on every
    call. So the features of `features`, kept only where known and given as bytes, set the very
    same attribute ids in the same order: the same labels and marginals, for about half the
    strings (a rare word's w=, s=, p3= and x3= are unknown) and no encoding."""

    def __init__(self, tagger, attributes: frozenset[bytes]):
        self.tagger = tagger
        # feature → its attribute as bytes, for a word's own features and for each offset its
        # neighbours read it from ("w=ماتيس" → b"+1:w=ماتيس" in own[1])
        self.own: dict[str, bytes] = {}
        self.seen: dict[int, dict[str, bytes]] = {d: {} for d in _OFFSETS}
        tags = {"%+d:" % d: d for d in _OFFSETS}
        for attribute in attributes:
            name = attribute.decode("utf-8")
            d = tags.get(name[:3])
            if d is None:
                self.own[name] = attribute
            else:
                self.seen[d][name[3:]] = attribute
        self.words: dict = {}  # _cached's key → (own features, then as seen from each of _OFFSETS), known
        self.gaps = {f"gap{side}={mark}": self.known([f"gap{side}={mark}"])
                     for side in ("-1", "+1") for mark in ("punct", "other", "bos", "eos")}

    def known(self, features) -> list[bytes]:
        """The features (a word's own, unprefixed) the model knows, as its attributes."""
        return [b for b in map(self.own.get, features) if b is not None]

    def word(self, token, lexicon: PersonLexicon, country: bool) -> tuple:
        """_cached's features of a word, known and as bytes (made from _word_features directly)."""
        key = (token.text, token.key, token.article, country)
        hit = self.words.get(key)
        if hit is None:
            own = _word_features(token, lexicon, country)
            # (own, as seen from offset -2, -1, +1, +2: the order of _OFFSETS); _as_neighbour's
            # lists, made once for both sides
            near, far = _as_neighbour(own, 1), _as_neighbour(own, 2)
            seen = self.seen
            hit = (self.known(own), [b for b in map(seen[-2].get, far) if b is not None],
                   [b for b in map(seen[-1].get, near) if b is not None],
                   [b for b in map(seen[1].get, near) if b is not None],
                   [b for b in map(seen[2].get, far) if b is not None])
            if len(self.words) >= _WORD_CACHE_MAX:
                self.words.clear()
            self.words[key] = hit
        return hit


def vocabulary(tagger, lexicon: PersonLexicon) -> ModelVocabulary | None:
    """The lexicon's ModelVocabulary if it was made for this tagger (flows.lexicons.attach_person_tagger
    reads the model's attributes); None: tag with `features`."""
    held = lexicon.tagger_vocabulary
    return held if held is not None and held.tagger is tagger else None


def known_features(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
                   marks: list[str], sentence: tuple[int, int], vocab: ModelVocabulary) -> list[list[bytes]]:
    """`features` of words start..end-1, only those the model knows, as bytes (ModelVocabulary)."""
    lo, hi = sentence
    first, last = max(lo, start - 2), min(hi, end + 2)
    items = tokens.items
    word = vocab.word
    words = [word(items[i], lexicon, i in country_at) for i in range(first, last)]
    gaps = vocab.gaps
    out = []
    for i in range(start, end):
        k = i - first
        if lo + 2 <= i < hi - 2:  # all four neighbours inside the sentence
            f = [*words[k][0], *words[k - 2][1], *words[k - 1][2], *words[k + 1][3], *words[k + 2][4]]
        else:
            f = list(words[k][0])
            for n, d in enumerate(_OFFSETS, 1):
                if lo <= i + d < hi:
                    f.extend(words[k + d][n])
        before = marks[i - 1] if i > lo else "bos"
        after = marks[i] if i < hi - 1 else "eos"
        if before:
            f.extend(gaps["gap-1=" + before])
        if after:
            f.extend(gaps["gap+1=" + after])
        out.append(f)
    return out


def _set_window(tagger, vocab: ModelVocabulary | None, tokens: Tokens, start: int, end: int, lexicon: PersonLexicon,
                country_at: dict, marks, sentence: tuple[int, int]) -> None:
    """Give the tagger words start..end-1 with their sentence's features: only those its model knows,
    as bytes, when `vocab` is its ModelVocabulary, else `features`."""
    if vocab is not None:
        tagger.set(known_features(tokens, start, end, lexicon, country_at, marks, sentence, vocab))
    else:
        tagger.set(features(tokens, start, end, lexicon, country_at, marks, sentence))


def tag_spans(tokens: Tokens, tagger, lexicon: PersonLexicon, country_at: dict,
              taken: set[int] = frozenset()) -> list[tuple[int, int, float]]:
    """(first, end, confidence) of the token spans the tagger reads as names, in the stretches of
    each sentence worth it (`taken`: indexes of words inside names found already); the confidence
    is the least marginal probability of a word's label in the span. The features of a word are
    those it has in its whole sentence, as in training (given only where the model knows them:
    ModelVocabulary)."""
    spans = []
    marks, ends = gap_marks(tokens)
    vocab = vocabulary(tagger, lexicon)
    for lo, hi in sentences_of(tokens, ends):
        for start, end in _windows(tokens, lo, hi, lexicon, country_at, taken):
            _set_window(tagger, vocab, tokens, start, end, lexicon, country_at, marks, (lo, hi))
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


def inside_marginal(tokens: Tokens, k: int, tagger, lexicon: PersonLexicon, country_at: dict) -> float:
    """The tagger's probability that word k is a name word (label B or I), read as tag_spans reads
    it: WINDOW words either side within its sentence, with its whole sentence's features. The rules
    ask it of a word they cannot tell from a family name by any list (حسن الضيافة، سعيد بلقائكم
    against خالد العطية، لجين الهذلول). Only the gaps around word k are read, not the whole text's."""
    text, items = tokens.norm.text, tokens.items
    n = len(items)
    marks: dict[int, str] = {}

    def gap(i: int) -> bool:  # mark gap i (after word i); whether a sentence ends there
        mark, ends = _gap_mark(text[items[i].end:items[i + 1].start])
        marks[i] = mark
        return ends
    # The sentence ends around k, at most MAX_SENTENCE words away (sentences_of's cut of a run-on
    # sentence every MAX_SENTENCE words from its start is not reproduced: it would change only the
    # neighbours two words either side of such a cut).
    lo = k
    while lo > 0 and k - lo < MAX_SENTENCE and not gap(lo - 1):
        lo -= 1
    hi = k + 1
    while hi < n and hi - k < MAX_SENTENCE and not gap(hi - 1):
        hi += 1
    start, end = max(lo, k - WINDOW - 1), min(hi, k + WINDOW + 1)
    _set_window(tagger, vocabulary(tagger, lexicon), tokens, start, end, lexicon, country_at, marks, (lo, hi))
    tagger.tag()
    return 1.0 - tagger.marginal("O", k - start)
