"""The caches and prefilters that make extraction cheaper read exactly what the plain code reads.

Each test runs the fast path and the plain one over real text: the seed article
(seeds/articles/000_202838f5eb5d9b9a.txt) and ANT articles that are in no gold file (the first of
../shared/data/ant-news/part-000.jsonl that no gold file names; skipped where ../shared is absent).
"""
from __future__ import annotations

import json
from functools import lru_cache

import pytest

from flows.lexicons import load_lexicons, model_attributes
from tests.conftest import REPO, SEED_FILE, shared_path
from transforms.document import analyse
from transforms.persons import tagger as person_tagger
from transforms.persons import crf
from transforms.persons.crf import fold, read_crf1d
from transforms.persons.extract import _country_index
from transforms.persons.tokens import from_words
from transforms.text_layout import split_text_articles


@lru_cache(maxsize=None)
def _non_gold_articles(n: int) -> tuple[tuple[str, str], ...]:
    gold = set()
    paths = [shared_path("gold", name) for name in ("train.jsonl", "dev.jsonl", "seed.jsonl")]
    for path in paths + sorted((REPO / "gold" / "team").glob("*.jsonl")):
        gold.update(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    out = []
    with open(shared_path("data", "ant-news", "part-000.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] not in gold:
                out.append((record["title"], record["text"]))
            if len(out) == n:
                break
    return tuple(out)


def _seed_texts() -> list[str]:
    article = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), SEED_FILE.stem)[0][0]
    return [article.title, article.body]


def texts(n: int = 40) -> list[str]:
    """The seed article's title and body, then the titles and bodies of `n` non-gold ANT articles."""
    return _seed_texts() + [t for pair in _non_gold_articles(n) for t in pair]


# ---- persons: the CRF tagger reads only the features its model knows, as bytes ----------------

def _person_tokens(text: str):
    lexicons = load_lexicons()
    doc = analyse(text, None, lexicons)
    tokens = from_words(text, doc.norm, doc.tokens)
    return tokens, _country_index(tokens, text, doc.entities["countries"])


def test_sentences_and_gap_marks_are_those_of_the_word_by_word_walk():
    """gap_marks (each distinct gap read once) and sentences_of (cut at the sentence ends, and a
    run-on sentence every MAX_SENTENCE words) give what a walk over every gap and every word gives,
    on real texts and on bodies glued into one run-on text of several hundred words."""
    bodies = texts(25)
    run_on = " ".join(" ".join(body.replace(".", " ").replace("\n", " ").split()) for body in bodies[1:8:2])
    # and one of exactly twice MAX_SENTENCE words: two sentences, no empty third
    exact = " ".join([word for word in run_on.split() if word.isalpha()][:2 * person_tagger.MAX_SENTENCE])
    assert len(_person_tokens(exact)[0].items) == 2 * person_tagger.MAX_SENTENCE
    for text in bodies + [run_on, exact]:
        tokens, _ = _person_tokens(text)
        items, norm = tokens.items, tokens.norm.text
        walked = [_plain_gap_mark(norm[a.end:b.start]) for a, b in zip(items, items[1:])]
        marks, ends = person_tagger.gap_marks(tokens)
        assert (marks, ends) == ([m for m, _ in walked], [e for _, e in walked])
        plain, start = [], 0
        for i in range(len(items)):
            if i + 1 == len(items) or ends[i] or i + 1 - start >= person_tagger.MAX_SENTENCE:
                plain.append((start, i + 1))
                start = i + 1
        assert person_tagger.sentences_of(tokens, ends) == plain
    assert max(hi - lo for lo, hi in person_tagger.sentences_of(_person_tokens(run_on)[0])) \
        == person_tagger.MAX_SENTENCE


def test_a_texts_gaps_are_read_once_and_held_by_its_tokens(monkeypatch):
    """The tagger reads a text's gaps from its Tokens (tokens.gaps), once per text, however its
    questions about two texts interleave: tag_spans and inside_marginal of a title, then of a body,
    then of the title again (as extract_persons asks them) read each text's gaps once, and each
    answer is the one the text gives asked alone. No state of the last text asked is kept."""
    from transforms.persons import tokens as person_tokens

    lexicon = load_lexicons().persons
    title, body = texts(1)[2:4]  # a non-gold ANT article's title and body
    read = []
    real = person_tokens.gap_marks
    monkeypatch.setattr(person_tokens, "gap_marks", lambda tokens: read.append(tokens) or real(tokens))

    def asked(tokens, country_at):
        return (person_tagger.tag_spans(tokens, lexicon.tagger, lexicon, country_at),
                [person_tagger.inside_marginal(tokens, k, lexicon.tagger, lexicon, country_at)
                 for k in range(0, len(tokens.items), 7)])

    alone = {name: asked(*_person_tokens(text)) for name, text in (("title", title), ("body", body))}
    read.clear()
    (t, t_countries), (b, b_countries) = _person_tokens(title), _person_tokens(body)
    assert [asked(t, t_countries), asked(b, b_countries), asked(t, t_countries)] \
        == [alone["title"], alone["body"], alone["title"]]
    assert read == [t, b] and read[0] is t and read[1] is b
    assert t.gaps == real(t) and b.gaps == real(b)
    assert not hasattr(person_tagger, "_LAST_GAPS")


def test_a_texts_gaps_held_by_its_tokens_are_the_plain_slices():
    """Tokens.gap_texts (cut once per text), and soft_gap and gap_text read from them (soft_gap
    memoised per gap string), are what slicing the text gives, the gap before the first token
    (index -1, read from the text) included; and a
    word tested against the kinship nouns glued to و or ف (extract._with_glued) as a set is one the
    word-by-word test takes."""
    from transforms.persons.extract import _with_glued
    from transforms.persons.tokens import _SOFT_GAP

    nouns = load_lexicons().persons.kin_construct_nouns
    glued = _with_glued(nouns, ("", "و", "ف"))
    for text in texts(25):
        tokens, _ = _person_tokens(text)
        items, norm = tokens.items, tokens.norm.text
        assert tokens.gap_texts == [norm[a.end:b.start] for a, b in zip(items, items[1:])]
        for i in range(-1, len(items) - 1):
            gap = norm[items[i].end:items[i + 1].start]
            assert tokens.gap_text(i) == gap
            assert tokens.soft_gap(i) == (_SOFT_GAP.fullmatch(gap) is not None)
        assert [t.text in glued for t in items] == [
            t.text in nouns or (t.text[:1] in ("و", "ف") and t.text[1:] in nouns) for t in items]


def _plain_gap_mark(gap: str) -> tuple[str, bool]:
    if gap == " ":
        return "", False
    return ("" if not gap.strip() else ("punct" if any(c in ".,،!?؟\n:؛\"«»()[]-–—/|" for c in gap) else "other"),
            any(c in ".!?؟\n:؛" for c in gap))


def test_the_vocabulary_holds_every_attribute_of_the_model():
    lexicon = load_lexicons().persons
    attributes = model_attributes(lexicon.tagger)
    assert attributes is not None and len(attributes) > 10_000
    vocab = person_tagger.vocabulary(lexicon.tagger, lexicon)
    assert len(vocab.own) + sum(len(s) for s in vocab.seen.values()) == len(attributes)


def test_known_features_are_the_features_the_model_knows_in_their_order():
    """Every window the tagger reads gets exactly the plain features that are attributes of the
    model, in the same order, as bytes: crfsuite then sets the very same attribute ids."""
    lexicon = load_lexicons().persons
    attributes = model_attributes(lexicon.tagger)
    vocab = person_tagger.vocabulary(lexicon.tagger, lexicon)
    windows = 0
    for text in texts(25):
        tokens, country_at = _person_tokens(text)
        marks, ends = person_tagger.gap_marks(tokens)
        for lo, hi in person_tagger.sentences_of(tokens, ends):
            for start, end in person_tagger._windows(tokens, lo, hi, lexicon, country_at, set()):
                plain = person_tagger.features(tokens, start, end, lexicon, country_at, marks, (lo, hi))
                known = person_tagger.known_features(tokens, start, end, lexicon, country_at, marks, (lo, hi), vocab)
                assert known == [[f.encode() for f in item if f.encode() in attributes] for item in plain]
                windows += 1
    assert windows > 200


def test_tagged_spans_and_confidences_are_those_of_the_plain_features(monkeypatch):
    lexicon = load_lexicons().persons
    found = {}
    for plain in (False, True):
        if plain:
            monkeypatch.setattr(person_tagger, "vocabulary", lambda tagger, lexicon: None)
        found[plain] = []
        for text in texts(25):
            tokens, country_at = _person_tokens(text)
            found[plain].append(person_tagger.tag_spans(tokens, lexicon.tagger, lexicon, country_at))
    assert found[False] == found[True]
    assert sum(map(len, found[True])) > 20


# ---- persons: the tagger's model applied in Python gives crfsuite's numbers to the last bit ------

def _model_windows(n: int = 25):
    """(vocabulary, tokens, country_at, marks, sentence, start, end) of every window tag_spans reads
    in the seed article and `n` non-gold ANT articles."""
    lexicon = load_lexicons().persons
    vocab = person_tagger.vocabulary(lexicon.tagger, lexicon)
    for text in texts(n):
        tokens, country_at = _person_tokens(text)
        marks, ends = person_tagger.gap_marks(tokens)
        for lo, hi in person_tagger.sentences_of(tokens, ends):
            for start, end in person_tagger._windows(tokens, lo, hi, lexicon, country_at, set()):
                yield vocab, tokens, country_at, marks, (lo, hi), start, end


def test_the_model_read_from_its_file_is_the_taggers():
    lexicon = load_lexicons().persons
    model = person_tagger.vocabulary(lexicon.tagger, lexicon).model
    assert model is not None  # (else crfsuite tags: slower, the same output)
    assert model.attributes == model_attributes(lexicon.tagger)
    assert model.labels == tuple(lexicon.tagger.labels())
    with pytest.raises(ValueError):
        read_crf1d((REPO / "seeds" / "models" / "persons.crfsuite").read_bytes()[:-8])


@pytest.mark.parametrize("summing", ["sum", "loop"])
def test_the_models_labels_and_marginals_are_crfsuites_to_the_last_bit(summing, monkeypatch):
    """Each window's state scores summed from the words' weights, then Viterbi and the marginals of
    every label at every word (the three-label code and the general one, of the scores too), against crfsuite's tagger
    given the window's known features: equal as floats, not merely close. Both ways of adding are
    run: `sum` (a left fold before Python 3.12) and the plain loop later Pythons take (crf.fold)."""
    lexicon = load_lexicons().persons
    tagger = lexicon.tagger
    if summing == "loop":
        monkeypatch.setattr(crf, "FOLD_SUM_IS_SEQUENTIAL", False)
        monkeypatch.setattr(person_tagger, "_add", crf.fold)
    windows = names = unnamed = 0
    for vocab, tokens, country_at, marks, sentence, start, end in _model_windows():
        model = vocab.model
        if summing == "loop":
            monkeypatch.setattr(vocab, "weighted", {})  # every word's weights summed again, by the loop
        tagger.set(person_tagger.known_features(tokens, start, end, lexicon, country_at, marks, sentence, vocab))
        labels = tagger.tag()
        marginals = [tuple(tagger.marginal(label, t) for label in model.labels) for t in range(end - start)]
        scores = person_tagger._window_scores(tokens, start, end, lexicon, country_at, marks, sentence, vocab)
        # the three-label sums (floats carried per label) are the general code's, number for number
        assert list(map(list, scores)) == person_tagger._window_scores_any(
            tokens, start, end, lexicon, country_at, marks, sentence, vocab)
        assert model.viterbi(scores) == model._viterbi_any(scores) == model._viterbi3(scores) == labels
        assert model.marginals(scores) == model._marginals_any(scores) == marginals
        windows += 1
        names += labels.count("B")
        # a window where O leads every word by more than transitions can win back is all O, untagged
        if model._all_first_label(scores):
            assert labels == ["O"] * len(labels)
            unnamed += 1
    assert windows > 200 and names > 20 and windows // 4 < unnamed < windows


def test_inside_marginal_is_crfsuites(monkeypatch):
    lexicon = load_lexicons().persons
    probabilities = {}
    for plain in (False, True):
        if plain:
            monkeypatch.setattr(person_tagger, "vocabulary", lambda tagger, lexicon: None)
        probabilities[plain] = [person_tagger.inside_marginal(tokens, k, lexicon.tagger, lexicon, country_at)
                                for text in texts(5) for tokens, country_at in [_person_tokens(text)]
                                for k in range(0, len(tokens.items), 7)]
    assert probabilities[False] == probabilities[True]
    assert len(probabilities[True]) > 100 and max(probabilities[True]) > 0.5


def test_a_words_weights_read_by_value_are_those_of_its_feature_strings(monkeypatch):
    """word_weights reads a word's rows by the values of its letter features and the flags'
    columns by the flags, with no feature string made: the same rows, in the same order, as
    _word_features' strings looked up one by one, for every word of the seed article and 25 non-gold
    ANT articles, in a country and not."""
    lexicon = load_lexicons().persons
    vocab = person_tagger.vocabulary(lexicon.tagger, lexicon)
    monkeypatch.setattr(vocab, "weighted", {})
    monkeypatch.setattr(vocab, "_flag_roles", {})

    def plain(token, country: bool) -> tuple:
        own = person_tagger._word_features(token, lexicon, country)

        def columns(rows: dict, features: list[str]) -> tuple:
            return tuple(zip(*[rows[f] for f in features if f in rows])) or vocab._no_weights
        return (tuple(fold(column) for column in columns(vocab.own_rows, own)),
                *(columns(vocab.seen_rows[d], person_tagger._as_neighbour(own, d)) for d in (-2, -1, 1, 2)))

    words = known = 0
    for text in texts(25):
        tokens, _ = _person_tokens(text)
        for token in tokens.items:
            for country in (False, True):
                assert vocab.word_weights(token, lexicon, country) == plain(token, country), token.text
                words += 1
            known += token.text in vocab._role_words
    assert words > 10_000 and 0 < known < words // 2 and len(vocab._flag_roles) < 500


@pytest.mark.parametrize("sequential_sum", [True, False])
def test_weights_are_added_in_crfsuites_order(sequential_sum, monkeypatch):
    # a float sum depends on its order: ((1 + 1e100) + 1) - 1e100 is 0 in C's order, 2 exactly;
    # both the `sum` path and the loop of Pythons whose sum compensates rounding (3.12+) are run
    monkeypatch.setattr(crf, "FOLD_SUM_IS_SEQUENTIAL", sequential_sum and crf.FOLD_SUM_IS_SEQUENTIAL)
    assert fold((1.0, 1e100, 1.0, -1e100)) == 0.0
    assert fold((2.0, 3.0), 1.0) == 6.0


# ---- persons: the words a title or a known name may open at are one set, made with the lexicon -----

def test_the_words_that_may_open_a_title_or_a_name_are_those_whose_clitic_readings_hold_one():
    """may_open (one look-up in open_forms) against the plain reading of each word's clitics, for
    every word of the seed article and 40 non-gold ANT articles and every form open_forms holds:
    والرئيس، للرئيس، أميرها، لترامب open one, وزير alone too, الرئاسة and قال none."""
    from transforms.persons.lexicon import POSSESSIVE, particle_reading
    from transforms.persons.tokens import stems, tokenize

    lexicon = load_lexicons().persons

    def plain(word: str) -> bool:
        return any(stem in lexicon.titles_by_first or stem in lexicon.names_by_first or stem in lexicon.kin_nouns
                   or (stem.endswith(POSSESSIVE) and not stem.startswith("ال") and len(stem) > 4
                       and stem[:-len(POSSESSIVE)] in lexicon.titles_by_first)
                   for _, stem in stems(word) + particle_reading(word))

    words = {t.text for text in texts(40) for t in tokenize(text).items}
    assert all(lexicon.may_open(word) == plain(word) for word in words | lexicon.open_forms())
    assert lexicon.may_open_each(["والرئيس", "للرئيس", "اميرها", "لترامب", "الرئاسه", "قال"]) == \
        [True, True, True, True, False, False]
    assert len(words) > 5000 and 0 < sum(map(plain, words)) < len(words) // 10


# ---- persons: a bare surname is looked for only in words that may end with one -----------------

def test_short_mentions_read_only_words_that_may_end_with_a_surname(monkeypatch):
    from transforms.persons import extract as person_extract
    from transforms.persons import extract_persons

    lexicons = load_lexicons()

    def persons_of(text):
        doc = analyse(text, None, lexicons)
        return extract_persons(text, doc.entities["countries"], lexicons.persons, normalized=doc.norm,
                               sentences=doc.sentences, organisations=doc.entities["organisations"],
                               places=doc.entities["places"], words=doc.tokens)

    corpus = texts(40)
    fast = [persons_of(text) for text in corpus]
    monkeypatch.setattr(person_extract, "_form_tails", lambda first_words: ("",))  # every word is read
    assert fast == [persons_of(text) for text in corpus]
    # the seed body names جيمس ماتيس, then ماتيس and وماتيس alone: short mentions are found
    assert sum(len(p["mentions"]) for p in fast[1]) > len(fast[1])


# ---- persons: a full word cache forgets its older half, not every word ---------------------------

def test_a_full_word_cache_keeps_its_newer_half_and_tags_the_same(monkeypatch):
    """The words of the seed and 10 non-gold ANT articles: a full cache keeps exactly the half
    cached last, and with a cache of 200 words the tagged spans are those of an unbounded one."""
    lexicon = load_lexicons().persons
    vocab = person_tagger.vocabulary(lexicon.tagger, lexicon)
    found = {}
    for limit in (10**9, 200):
        monkeypatch.setattr(person_tagger, "_WORD_CACHE_MAX", limit)
        vocab.weighted.clear()
        found[limit], largest = [], 0
        for text in texts(10):
            tokens, country_at = _person_tokens(text)
            found[limit].append(person_tagger.tag_spans(tokens, lexicon.tagger, lexicon, country_at))
            largest = max(largest, len(vocab.weighted))
        if limit == 200:
            assert largest <= 200
        else:
            cached = list(vocab.weighted)
            assert len(cached) > 400
            monkeypatch.setattr(person_tagger, "_WORD_CACHE_MAX", len(cached))
            person_tagger._make_room(vocab.weighted)
            assert list(vocab.weighted) == cached[len(cached) - len(cached) // 2:]
    vocab.weighted.clear()
    assert found[200] == found[10**9]
    assert sum(map(len, found[200])) > 5
