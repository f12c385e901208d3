"""The visit features that count over the whole article (places and actors of a sentence, mentions
of the host, the most named foreign country, the actor's mentions, the title) are read from an index
built once per context; each must equal the count made afresh over the context, on the seed's
articles read one after the other (an index left over from the previous article would fail)."""
import pytest

from flows.extraction import analyse_article
from flows.lexicons import load_lexicons
from tests.conftest import SEED_FILE
from transforms.text_layout import split_text_articles
from transforms.visits.extract import visit_pairs

ARTICLES, _ = split_text_articles(SEED_FILE.read_text(encoding="utf-8"), SEED_FILE.stem)


def _recount(c, ctx) -> dict[str, float]:
    """The counted features as the plain definitions give them, over every mention of the context."""
    doc = ctx.doc
    first, end = doc.sentence_tokens[c.sentence]
    hosts = {l.iso2 for l, span in ctx.locs if first <= span[0] < end}
    actors = {a.key for a, _, s in ctx.actors if s == c.sentence}
    counts: dict[str, int] = {}
    for m in doc.mentions.get("country", ()) + doc.mentions.get("place", ()):
        if m.row.get("iso2") and m.row.get("iso2") != c.actor.country:
            counts[m.row["iso2"]] = counts.get(m.row["iso2"], 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    f = {"n_hosts": min(len(hosts), 4) / 4, "n_actors": min(len(actors), 4) / 4,
         "actor_country_is_place_here": float(c.actor.country in hosts),
         "host_is_place_here": float(c.host_iso2 in hosts),
         "host_mentions": min(sum(m.row.get("iso2") == c.host_iso2 for m in doc.mentions.get("country", ())), 8) / 8,
         "host_top_foreign": float(bool(ranked) and ranked[0] == c.host_iso2),
         "actor_mentions": min(sum(1 for a, _, s in ctx.actors if s >= 0 and a.key == c.actor.key), 6) / 6}
    if ctx.title is not None:
        f["actor_in_title"] = float(any(a.key == c.actor.key for a, _, s in ctx.actors if s == -1))
    return f


@pytest.fixture(scope="module")
def contexts():
    lexicons = load_lexicons()
    read = []
    for article in ARTICLES:
        analysed = analyse_article(article.title, article.body, None, lexicons)
        ctx, candidates, _ = visit_pairs(analysed.docs["body"], analysed.body_persons(), analysed.title_persons(),
                                         None, lexicons.visits, lexicons.visit_model, analysed.docs["title"])
        read.append((ctx, [c for c in candidates if c.dropped_by is None]))
    return read


def test_every_article_has_scored_candidates(contexts):
    assert len(contexts) == 2 and all(candidates for _, candidates in contexts)


def test_counted_features_equal_a_fresh_count(contexts):
    for ctx, candidates in contexts:
        for c in candidates:
            expected = _recount(c, ctx)
            assert {k: c.features.get(k, 0.0) for k in expected} == expected


def test_the_index_follows_the_context(contexts):
    # Features asked again of the first article after the second was read are the first's.
    from transforms.visits.features import pair_features, visit_features
    ctx, candidates = contexts[0]
    for c in candidates:
        again = visit_features(c, ctx)
        again.update(pair_features([c], ctx))
        expected = _recount(c, ctx)
        assert {k: again.get(k, 0.0) for k in expected} == expected


def test_organisation_spans_answer_as_a_scan_of_them_all():
    # The seed's organisations and countries, and the same spans shifted to nest and overlap: a
    # country inside an organisation's name (وزارة الخارجية الأميركية) is found by one look-up.
    from transforms.visits.mentions import _inside, _Spans
    lexicons = load_lexicons()
    inside = 0
    for article in ARTICLES:
        body = analyse_article(article.title, article.body, None, lexicons).docs["body"]
        organisations = [(o["char_start"], o["char_end"]) for o in body.entities["organisations"]]
        countries = [(c["char_start"], c["char_end"]) for c in body.entities["countries"]]
        spans = organisations + [(s - 40, e - 30) for s, e in organisations] + [(s + 2, e + 90) for s, e in organisations]
        index = _Spans(spans)
        for probe in countries + organisations + [(s + 1, e - 1) for s, e in spans] + [(s, e + 1) for s, e in spans]:
            assert index.contain(probe) == _inside(probe, spans), probe
            inside += _inside(probe, spans)
    assert inside

def test_each_context_keeps_its_own_index(contexts):
    """The features' index lives on its context (VisitContext.feature_index), not in a module-level
    cache shared by the last context read: each seed article's context holds its own."""
    from transforms.visits import features

    assert not hasattr(features, "_LAST")
    indexes = [ctx.feature_index for ctx, _ in contexts]
    assert all(index is not None for index in indexes) and indexes[0] is not indexes[1]
    for ctx, _ in contexts:
        assert features._index(ctx) is ctx.feature_index


def test_sentence_actors_and_places_equal_a_scan(contexts):
    """candidates.py asks the context for the actors of a sentence and the places of a token range
    (VisitContext.sentence_actors, locs_in) instead of scanning every actor and place: both equal
    the scan, in the lists' own order, for every sentence of the seed's articles and every range
    of up to 12 tokens (fails if a bound is off by one)."""
    for ctx, _ in contexts:
        doc = ctx.doc
        for s in range(-1, len(doc.sentences) + 1):
            assert ctx.sentence_actors(s) == [x for x in ctx.actors if x[2] == s]
        for first in range(len(doc.tokens) + 1):
            for end in range(first, min(first + 12, len(doc.tokens) + 1)):
                assert ctx.locs_in(first, end) == [(l, span) for l, span in ctx.locs if first <= span[0] < end]
