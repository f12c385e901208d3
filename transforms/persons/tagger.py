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
Where the lexicon's ModelVocabulary holds the tagger's model read from its file
(transforms.persons.crf; flows.lexicons.attach_person_tagger), the windows are scored in Python
from each word's cached weights instead (_window_scores, _Window): crfsuite's labels and marginals,
equal to the last bit, without handing it every word's feature strings.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import add, itemgetter, not_, or_

from transforms.persons.crf import FOLD_SUM_IS_SEQUENTIAL, CrfModel, fold
from transforms.persons.lexicon import CONNECTORS, PersonLexicon
from transforms.persons.names import past_verb
from transforms.persons.tokens import Tokens, gap_marks, make_room, stems  # noqa: F401 (gap_marks: tests)

MAX_SENTENCE = 120  # words tagged at once (a run-on "sentence" is cut)
WINDOW = 2  # words either side of a word that may open a name, tagged with it
_add = sum if FOLD_SUM_IS_SEQUENTIAL else fold  # sum(weights, start) added in crfsuite's order (crf.fold)


def _shape(word: str, stem: str, lexicon: PersonLexicon, country: bool) -> list[str]:
    """Lexicon memberships of a word (bare, and its `stem` with the clitics removed)."""
    # (each test written out: a word's features are made for every word the tagger first meets)
    out = []
    if word in lexicon.given_names:
        out.append("given_amb" if word in lexicon.ambiguous_given_names else "given")
    if word in lexicon.titles_by_first:
        out.append("title")
    if word in lexicon.person_words:
        out.append("pword")
    if word in lexicon.name_parts:
        out.append("npart")
    if word in CONNECTORS:
        out.append("conn")
    if country:
        out.append("country")
    if past_verb(word, lexicon):
        out.append("verb")  # a past verb with a dual or plural subject (السيسي وماتيس شددا)
    if stem != word:
        if stem in lexicon.titles_by_first:
            out.append("stem_title")
        if stem in lexicon.given_names:
            out.append("stem_given")
        if stem in lexicon.person_words:
            out.append("stem_pword")
    return out


def _word_features(token, lexicon: PersonLexicon, country: bool) -> list[str]:
    word = token.text
    stem = stems(word)[-1][1]
    return ["w=" + word, "s=" + stem, "p2=" + word[:2], "p3=" + word[:3], "x2=" + word[-2:], "x3=" + word[-3:],
            "len=" + str(min(len(word), 8)), *_word_flags(token, stem, lexicon, country)]


# The features of _word_features made of the word's letters, in their order (the flags follow)
_LETTER_FEATURES = ("w", "s", "p2", "p3", "x2", "x3", "len")


def _word_flags(token, stem: str, lexicon: PersonLexicon, country: bool) -> list[str]:
    """The features of a word after those of its letters (_LETTER_FEATURES): a frequent word, the
    article, and its lexicon memberships (_shape)."""
    out = []
    if token.key in lexicon.stop_words:
        out.append("stop")
    elif stem in lexicon.stop_words:
        out.append("stem_stop")
    if token.article:
        out.append("al")
    out.extend(_shape(token.text, stem, lexicon, country))
    return out


def sentences_of(tokens: Tokens, ends: list[bool] | None = None) -> list[tuple[int, int]]:
    """(first, end) token ranges of the sentences of a text: cut where a sentence ends, and a
    run-on sentence every MAX_SENTENCE words from its start."""
    if ends is None:
        ends = tokens.gaps[1]
    out = []
    start = 0
    n = len(tokens.items)
    for stop in [i + 1 for i in compress(range(n - 1), ends)] + ([n] if n else []):
        while stop - start > MAX_SENTENCE:
            out.append((start, start + MAX_SENTENCE))
            start += MAX_SENTENCE
        out.append((start, stop))
        start = stop
    return out


_OFFSETS = (-2, -1, 1, 2)


def _as_neighbour(own: list, d: int) -> list:
    """Which of a word's own features its neighbour at offset `d` reads (tagged with the offset):
    the word, the stem beside it, and the lexicon memberships."""
    return [own[0]] + ([own[1]] if abs(d) == 1 else []) + own[7:]


_WORD_CACHE_MAX = 100_000


def _make_room(cache: dict, most: int | None = None) -> None:
    """A full word cache (`most` words, else _WORD_CACHE_MAX) forgets its older half, the words
    first seen longest ago (tokens.make_room), where clearing it all made the words of the latest
    articles be computed again."""
    make_room(cache, _WORD_CACHE_MAX if most is None else most)


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
        _make_room(cache)
        cache[key] = hit
    return hit


def features(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
             marks: list[str] | None = None, sentence: tuple[int, int] | None = None) -> list[list[str]]:
    """The features of words start..end-1 of a sentence (the whole sentence unless `sentence`
    gives its bounds): the word's own, its neighbours' (two either side, within the sentence) and
    the punctuation around it. `marks` are tokens.gaps[0]."""
    if marks is None:
        marks = tokens.gaps[0]
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
    return _merged_windows(_openers(tokens, start, end, lexicon, country_at, taken), start, end)


_ARTICLE, _KEY = itemgetter(7), itemgetter(3)  # a persons token's `article` and `key` (tokens.Token)


def _openers(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
             taken: set[int]) -> list[int]:
    """The words start..end-1 that may open a name the rules have not read, as _windows reads them
    (not a frequent word, not definite, not a country, not inside a name found already), in
    order: the word tests are passes in C over the words, not a Python test per word."""
    items = tokens.items[start:end]
    plain = compress(range(start, end), map(not_, map(or_, map(_ARTICLE, items),
                                                      map(lexicon.stop_words.__contains__, map(_KEY, items)))))
    return [i for i in plain if i not in taken and i not in country_at]


def _merged_windows(openers: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """_windows of a sentence start..end-1 from its openers: WINDOW words either side of each,
    merged where they touch."""
    out: list[tuple[int, int]] = []
    for i in openers:
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

    def __init__(self, tagger, attributes: frozenset[bytes], model: CrfModel | None = None):
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
        # The tagger's model read in Python (transforms.persons.crf), when it is the tagger's:
        # windows are then scored from each word's weights (word_weights, _window_scores) and
        # crfsuite is not called.
        self.model = model if model is not None and model.attributes == attributes \
            and tuple(model.labels) == tuple(tagger.labels()) else None
        self.weighted: dict = {}  # _cached's key → word_weights
        if self.model is not None:
            # feature → its attribute's weight for each label (0.0 where it has none: adding 0.0
            # leaves a sum as it was), for a word's own features and as each offset reads them
            zero = (0.0,) * len(self.model.labels)
            rows = {a: tuple(0.0 if w is None else w for w in row) for a, row in self.model.state.items()}
            self.own_rows = {f: rows.get(a, zero) for f, a in self.own.items()}
            self.seen_rows = {d: {f: rows.get(a, zero) for f, a in seen.items()} for d, seen in self.seen.items()}
            # gap feature → its attribute's weight for each label, or None where the model does
            # not know it (a gap feature is one attribute)
            self._no_weights, self._zeros = ((),) * len(zero), zero  # (word_weights)
            # word_weights reads the rows of a word's letter features by their values, not their
            # strings: for each of _LETTER_FEATURES, value → row ("w=ماتيس" is by_value["w"]["ماتيس"]),
            # and the length's by the number; the rows of flags by name
            self._own_by_value, self._own_flags = _rows_by_value(self.own_rows)
            self._own_lengths = tuple(map(self._own_by_value["len"].get, map(str, range(9))))
            # (each letter feature's rows bound once: word_weights reads them for every new word)
            self._own_w, self._own_s, self._own_p2, self._own_p3, self._own_x2, self._own_x3 = (
                self._own_by_value[kind] for kind in _LETTER_FEATURES[:6])
            seen_by = {d: _rows_by_value(self.seen_rows[d]) for d in _OFFSETS}
            self._seen_w = {d: seen_by[d][0]["w"] for d in _OFFSETS}
            self._seen_s = {d: seen_by[d][0]["s"] for d in _OFFSETS}
            self._seen_flags = {d: seen_by[d][1] for d in _OFFSETS}
            # A word's four roles are its word (w=) at each offset, its stem (s=) at -1 and +1, then
            # its flags (_as_neighbour). The flags' columns are kept by the flags (a few hundred
            # tuples of flags over 38,380 words of 1,000 ANT articles), and the word's and stem's rows
            # put before them only for the words and stems some role knows.
            self._role_words = frozenset().union(*(self._seen_w[d] for d in _OFFSETS))
            self._role_stems = frozenset(self._seen_s[-1]).union(self._seen_s[1])
            self._flag_roles: dict = {}
            # for each offset, the rows of a word's word and of its stem as that neighbour reads them
            # (no stem beyond -1 and +1: an empty table)
            self._role_rows = tuple((self._seen_w[d], self._seen_s[d] if abs(d) == 1 else {}) for d in _OFFSETS)
            self.gap_weights = {name: rows.get(known[0], zero) if known else None
                                for name, known in self.gaps.items()}
            # the same by the mark of the gap before a word and after it ("": a space, no feature)
            self.before_weights = {mark: self.gap_weights["gap-1=" + mark] for mark in ("punct", "other", "bos")}
            self.after_weights = {mark: self.gap_weights["gap+1=" + mark] for mark in ("punct", "other", "eos")}
            self.before_weights[""] = self.after_weights[""] = None

    def known(self, features) -> list[bytes]:
        """The features (a word's own, unprefixed) the model knows, as its attributes."""
        return [b for b in map(self.own.get, features) if b is not None]

    def word(self, token, lexicon: PersonLexicon, country: bool) -> tuple:
        """_cached's features of a word, known and as bytes (made from _word_features directly)."""
        key = (token.text, token.key, token.article, country)
        hit = self.words.get(key)
        if hit is None:
            hit = self._known_roles(_word_features(token, lexicon, country))
            _make_room(self.words)
            self.words[key] = hit
        return hit

    def _known_roles(self, own: list[str]) -> tuple:
        """(own, as seen from offset -2, -1, +1, +2: the order of _OFFSETS) of a word's features,
        known and as bytes; _as_neighbour's lists, made once for both sides."""
        near, far = _as_neighbour(own, 1), _as_neighbour(own, 2)
        seen = self.seen
        return (self.known(own), [b for b in map(seen[-2].get, far) if b is not None],
                [b for b in map(seen[-1].get, near) if b is not None],
                [b for b in map(seen[1].get, near) if b is not None],
                [b for b in map(seen[2].get, far) if b is not None])

    def word_weights(self, token, lexicon: PersonLexicon, country: bool) -> tuple:
        """A word's part of the state scores of the model (`model`): its own features' sum for each
        label (crfsuite's first additions, from 0.0), then the weights it adds to each label of
        its neighbour at offset -2, -1, +1 and +2, in the order crfsuite adds them (the known
        attributes of _known_roles)."""
        key = (token.text, token.key, token.article, country)
        weighted = self.weighted
        hit = weighted.get(key)
        if hit is None:
            # _word_features's rows, in their order, read by value: no feature string is made
            word = token.text
            stem = stems(word)[-1][1]
            flags = tuple(_word_flags(token, stem, lexicon, country))
            own = [self._own_w.get(word), self._own_s.get(stem), self._own_p2.get(word[:2]),
                   self._own_p3.get(word[:3]), self._own_x2.get(word[-2:]), self._own_x3.get(word[-3:]),
                   self._own_lengths[min(len(word), 8)], *map(self._own_flags.get, flags)]
            # each role: the rows of its known features, in order, as columns by label (no row:
            # an empty column for each label); the own role's columns summed
            roles = self._flag_roles.get(flags) or self._flag_columns(flags)
            if word in self._role_words or stem in self._role_stems:
                roles = self._role_columns(word, stem, roles)
            # (no known row: the sums are the zeros they start from)
            hit = (tuple(map(_add, zip(*filter(None, own)), self._zeros)) or self._zeros, *roles)
            if len(weighted) >= _WORD_CACHE_MAX:
                _make_room(weighted)
            weighted[key] = hit
        return hit

    def _flag_columns(self, flags: tuple[str, ...]) -> tuple:
        """The columns of the flags of a word's roles as its neighbours at -2, -1, +1 and +2 read it:
        the rows of the flags each knows, in order, as columns by label (no row: an empty column
        for each label)."""
        hit = tuple(tuple(zip(*filter(None, map(self._seen_flags[d].get, flags)))) or self._no_weights
                    for d in _OFFSETS)
        _make_room(self._flag_roles)
        self._flag_roles[flags] = hit
        return hit

    def _role_columns(self, word: str, stem: str, flag_roles: tuple) -> tuple:
        """The columns of a word's roles (_flag_columns's) with the rows of its word and its stem
        (at -1 and +1) before the flags' where a role knows them: _as_neighbour's order."""
        out = []
        for (words, stems_), flags in zip(self._role_rows, flag_roles):
            row, stem_row = words.get(word), stems_.get(stem)
            if row is None and stem_row is None:
                out.append(flags)
                continue
            head = (row,) if stem_row is None else (stem_row,) if row is None else (row, stem_row)
            out.append(tuple(map(add, zip(*head), flags)))  # each label's column: the head's rows, then the flags'
        return tuple(out)


def _rows_by_value(rows: dict[str, tuple]) -> tuple[dict[str, dict[str, tuple]], dict[str, tuple]]:
    """Rows of features by name split into those of _LETTER_FEATURES, by kind then value ("x2=ون"
    → ["x2"]["ون"]), and the others (flags, gaps) by name."""
    by_value: dict[str, dict[str, tuple]] = {kind: {} for kind in _LETTER_FEATURES}
    others = {}
    for name, row in rows.items():
        kind, _, value = name.partition("=")
        if kind in by_value and "=" in name:
            by_value[kind][value] = row
        else:
            others[name] = row
    return by_value, others


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


def _window_scores(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
                   marks: list[str], sentence: tuple[int, int], vocab: ModelVocabulary) -> list:
    """The state scores of the model (`vocab.model`) for words start..end-1, label by label: what
    crfsuite sums from known_features' attributes, in their order (the word's own, its
    neighbours' at -2, -1, +1, +2, the gaps before and after), from each word's word_weights."""
    score = _window_scores3 if len(vocab.model.labels) == 3 else _window_scores_any
    return score(tokens, start, end, lexicon, country_at, marks, sentence, vocab)


def _window_words(tokens: Tokens, first: int, last: int, lexicon: PersonLexicon, country_at: dict,
                  vocab: ModelVocabulary) -> list[tuple]:
    """word_weights of words first..last-1 (its cache read here first)."""
    items = tokens.items
    weights, cached = vocab.word_weights, vocab.weighted.get
    words = []
    for i in range(first, last):
        token, country = items[i], i in country_at
        words.append(cached((token.text, token.key, token.article, country)) or weights(token, lexicon, country))
    return words


# (index of a role in word_weights, the offset of the neighbour that reads a word in that role)
_ROLES = tuple(enumerate(_OFFSETS, 1))


def _window_scores3(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
                    marks: list[str], sentence: tuple[int, int], vocab: ModelVocabulary) -> list[tuple]:
    """_window_scores for a model of three labels (O, B, I), written out: each word's three sums are
    carried as three floats, each neighbour's and gap's weights added to them in _window_scores_any's
    order (the same additions), and a word's scores are one tuple."""
    lo, hi = sentence
    first, last = max(lo, start - 2), min(hi, end + 2)
    words = _window_words(tokens, first, last, lexicon, country_at, vocab)
    before_weights, after_weights = vocab.before_weights, vocab.after_weights
    add = _add
    out = []
    inner_lo, inner_hi = lo + 2, hi - 2
    for i in range(start, end):
        k = i - first
        if inner_lo <= i < inner_hi:  # all four neighbours inside the sentence
            own, m2, m1, p1, p2 = words[k][0], words[k - 2][1], words[k - 1][2], words[k + 1][3], words[k + 2][4]
            # (one fold over the four columns joined: the same additions in the same order)
            s0 = add(m2[0] + m1[0] + p1[0] + p2[0], own[0])
            s1 = add(m2[1] + m1[1] + p1[1] + p2[1], own[1])
            s2 = add(m2[2] + m1[2] + p1[2] + p2[2], own[2])
        else:
            s0, s1, s2 = words[k][0]
            for n, d in _ROLES:
                if lo <= i + d < hi:
                    c0, c1, c2 = words[k + d][n]
                    s0, s1, s2 = add(c0, s0), add(c1, s1), add(c2, s2)
        weight = before_weights[marks[i - 1] if i > lo else "bos"]
        if weight is not None:
            s0, s1, s2 = s0 + weight[0], s1 + weight[1], s2 + weight[2]
        weight = after_weights[marks[i] if i < hi - 1 else "eos"]
        if weight is not None:
            s0, s1, s2 = s0 + weight[0], s1 + weight[1], s2 + weight[2]
        out.append((s0, s1, s2))
    return out


def _window_scores_any(tokens: Tokens, start: int, end: int, lexicon: PersonLexicon, country_at: dict,
                       marks: list[str], sentence: tuple[int, int], vocab: ModelVocabulary) -> list[list[float]]:
    """_window_scores for a model of any number of labels."""
    lo, hi = sentence
    first, last = max(lo, start - 2), min(hi, end + 2)
    words = _window_words(tokens, first, last, lexicon, country_at, vocab)
    before_weights, after_weights = vocab.before_weights, vocab.after_weights
    add = _add
    out = []
    for i in range(start, end):
        k = i - first
        if lo + 2 <= i < hi - 2:  # all four neighbours inside the sentence
            scores = [add(p2, add(p1, add(m1, add(m2, own)))) for own, m2, m1, p1, p2 in
                      zip(words[k][0], words[k - 2][1], words[k - 1][2], words[k + 1][3], words[k + 2][4])]
        else:
            scores = list(words[k][0])
            for n, d in _ROLES:
                if lo <= i + d < hi:
                    scores = [add(w, s) for w, s in zip(words[k + d][n], scores)]
        if (weight := before_weights[marks[i - 1] if i > lo else "bos"]) is not None:
            scores = [s + w for s, w in zip(scores, weight)]
        if (weight := after_weights[marks[i] if i < hi - 1 else "eos"]) is not None:
            scores = [s + w for s, w in zip(scores, weight)]
        out.append(scores)
    return out


class _Window:
    """A window the tagger read: its labels (Viterbi) and each word's marginal probability of a
    label, from crfsuite's tagger (given the window with `set`) or from the model in Python."""

    def __init__(self, tagger, vocab: ModelVocabulary | None, tokens: Tokens, start: int, end: int,
                 lexicon: PersonLexicon, country_at: dict, marks, sentence: tuple[int, int]):
        """Words start..end-1 with their sentence's features: crfsuite is given only those its
        model knows, as bytes, when `vocab` is its ModelVocabulary, else `features`; with the
        model read in Python (vocab.model), the words' weights are summed here instead."""
        self.tagger = tagger
        self.model = vocab.model if vocab is not None else None
        if self.model is not None:
            self.scores = _window_scores(tokens, start, end, lexicon, country_at, marks, sentence, vocab)
            self._marginals = None
        elif vocab is not None:
            tagger.set(known_features(tokens, start, end, lexicon, country_at, marks, sentence, vocab))
        else:
            tagger.set(features(tokens, start, end, lexicon, country_at, marks, sentence))

    def labels(self) -> list[str]:
        return self.tagger.tag() if self.model is None else self.model.viterbi(self.scores)

    def marginal(self, label: str, k: int) -> float:
        if self.model is None:
            return self.tagger.marginal(label, k)
        if self._marginals is None:
            self._marginals = self.model.marginals(self.scores)
        return self._marginals[k][self.model.label_id[label]]


def tag_spans(tokens: Tokens, tagger, lexicon: PersonLexicon, country_at: dict,
              taken: set[int] = frozenset()) -> list[tuple[int, int, float]]:
    """(first, end, confidence) of the token spans the tagger reads as names, in the stretches of
    each sentence worth it (`taken`: indexes of words inside names found already); the confidence
    is the least marginal probability of a word's label in the span. The features of a word are
    those it has in its whole sentence, as in training (given only where the model knows them:
    ModelVocabulary)."""
    spans = []
    marks, ends = tokens.gaps
    vocab = vocabulary(tagger, lexicon)
    openers = _openers(tokens, 0, len(tokens.items), lexicon, country_at, taken)  # the whole text's, once
    for lo, hi in sentences_of(tokens, ends):
        for start, end in _merged_windows(openers[bisect_left(openers, lo):bisect_left(openers, hi)], lo, hi):
            window = _Window(tagger, vocab, tokens, start, end, lexicon, country_at, marks, (lo, hi))
            labels = window.labels()
            if labels.count("O") == len(labels):  # no name in the window (nine windows in ten)
                continue
            k = 0
            while k < len(labels):
                if labels[k] == "O":
                    k += 1
                    continue
                first = k
                k += 1
                while k < len(labels) and labels[k] == "I" and tokens.soft_gap(start + k - 1):
                    k += 1
                spans.append((start + first, start + k, min(window.marginal(labels[m], m) for m in range(first, k))))
    return spans


def inside_marginal(tokens: Tokens, k: int, tagger, lexicon: PersonLexicon, country_at: dict) -> float:
    """The tagger's probability that word k is a name word (label B or I), read as tag_spans reads
    it: WINDOW words either side within its sentence, with its whole sentence's features. The rules
    ask it of a word they cannot tell from a family name by any list (حسن الضيافة، سعيد بلقائكم
    against خالد العطية، لجين الهذلول)."""
    window, start = _window_around(tokens, k, tagger, lexicon, country_at)
    return 1.0 - window.marginal("O", k - start)


def continues_marginal(tokens: Tokens, k: int, tagger, lexicon: PersonLexicon, country_at: dict) -> float:
    """The tagger's probability that word k goes on the name before it (label I), read as
    inside_marginal reads it."""
    window, start = _window_around(tokens, k, tagger, lexicon, country_at)
    return window.marginal("I", k - start)


def _window_around(tokens: Tokens, k: int, tagger, lexicon: PersonLexicon, country_at: dict) -> tuple[_Window, int]:
    """The tagged window of word k (WINDOW words either side within its sentence) and its first
    word. The text's gaps are read once (tokens.gaps, held by the tokens and shared with tag_spans);
    only the words around k are tagged, not the whole text's."""
    marks, ends = tokens.gaps
    # The sentence ends around k, at most MAX_SENTENCE words away (sentences_of's cut of a run-on
    # sentence every MAX_SENTENCE words from its start is not reproduced: it would change only the
    # neighbours two words either side of such a cut).
    lo, first = k, max(k - MAX_SENTENCE, 0)
    while lo > first and not ends[lo - 1]:
        lo -= 1
    hi, last = k + 1, min(k + MAX_SENTENCE, len(tokens.items))
    while hi < last and not ends[hi - 1]:
        hi += 1
    start, end = max(lo, k - WINDOW - 1), min(hi, k + WINDOW + 1)
    window = _Window(tagger, vocabulary(tagger, lexicon), tokens, start, end, lexicon, country_at, marks, (lo, hi))
    if window.model is None:
        window.labels()  # (crfsuite's tagger is asked its labels first, as it always was)
    return window, start
