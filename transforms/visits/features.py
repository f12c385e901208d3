"""Named features of a visit candidate, for the model in decide.py. Distances count tokens.

Each feature is a fact a reader would weigh: the cue words of the sentence and their tense, how
far the host and the actor stand from the nearest cue, the preposition before the host, what
kind of actor it is, negation, plans and phone calls in the sentence, whether the frame rules
read the same pair, and where the sentence stands in the article.

Tried on the develop data (session 42, 3,021 articles, 904 gold visits) and left out, since none moved
the cross-validated F1 of the decisions (0.590 at 0.50 for this set) beyond ±0.003: the actor's
kind of cue next to it (the nearest cue's class with actor_next_to_cue and actor_subject_before_cue),
a relative pronoun between the actor and the visit word (ماتيس الذي يزور سلطنة عمان; weight +1.1,
F1 0.590), the title holding a visit word, it with the host, the title naming both, how many
sentences with a visit word name the host, the sentence's relative position, the first word of the
actor's title (head, minister, envoy); nor did labelling pairs one to one with the gold, a model over
the pair's features pooled, or C 0.25-2. The model fitted and scored on all develop articles reaches
only 0.60-0.62 (thresholds 0.5-0.3): what is lost lies in what the features cannot see, not in the fit.

Words as features (issue 9), left out too. The stems (clitics off) of the cue, of 2-3 tokens either
side of the cue, after the host and between actor and host, in >= 5 develop articles, moved the
cross-validated F1 by -0.001 to +0.009 (C 0.1-0.5, value 0.3-1). Every stem of the candidate's
sentence (2,814 words, value 0.5) raised it to 0.615 (0.613 with folds by source and section,
against 0.591), but on 1,500 unseen articles it changed 104 visit rows of which 34 for the better:
it added trips to the countries a summit's story talks about (الاتفاق النووي مع إيران -> IR) and
the wrong person of a sentence of travel. The develop articles share their year's stories, so no
split of them tells which words generalise.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right

from transforms.visits.candidates import DESTINATION_WORDS, VISIT_CUE_CLASSES, VisitCandidate, VisitContext, office_before
from transforms.visits.cues import ends_in_topic
from transforms.visits.frames import is_visitor
from transforms.visits.frames.context import RELATION_WORDS
from transforms.visits.mentions import _is_adjective

_TO = DESTINATION_WORDS
_PROGRAM_CLASSES = ("cancel", "deny", "phone", "plan", "reporting_verb", "sport")
# (class, its feature's name) in the order the features are written: the names are made once, not per candidate
_CUE_FEATURES = tuple((cls, f"cls_{cls}") for cls in VISIT_CUE_CLASSES)
_PROGRAM_FEATURES = tuple((cls, f"sent_{cls}") for cls in _PROGRAM_CLASSES)
_FAR = 40


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[0] < 0 or b[0] < 0:
        return _FAR
    return max(b[0] - a[1], a[0] - b[1], 0)


def _scaled(d: int) -> float:
    return math.log1p(min(d, _FAR)) / math.log1p(_FAR)


class _Index:
    """What the features count over the whole article, built once per context (not once per
    candidate or pair, which costs the square of a long text's length): the places in token order,
    the actors of each sentence, and the mentions of each country."""

    def __init__(self, ctx: VisitContext):
        doc = ctx.doc
        self.signature = _signature(ctx)
        locs = sorted(((span[0], i, span[1], l.iso2) for i, (l, span) in enumerate(ctx.locs)))
        self.loc_starts = [x[0] for x in locs]
        self.loc_before: dict[int, tuple] = {}  # end token -> (first token, first char) of a place ending there
        for l, span in ctx.locs:
            self.loc_before.setdefault(span[1], (span[0], l.start))
        self.locs = locs  # (first token, original position, end token, iso2), by first token
        self.sentence_actors: dict[int, list] = {}  # sentence -> [(actor, span, key)] in ctx.actors' order
        self.sentence_keys: dict[int, set] = {}
        self.title_keys: set = set()
        self.body_key_counts: dict = {}
        for a, span, s in ctx.actors:
            key = a.key
            self.sentence_actors.setdefault(s, []).append((a, span, key))
            self.sentence_keys.setdefault(s, set()).add(key)
            if s == -1:
                self.title_keys.add(key)
            if s >= 0:
                self.body_key_counts[key] = self.body_key_counts.get(key, 0) + 1
        countries = doc.mentions.get("country", ())
        self.country_counts: dict = {}  # iso2 (as the row gives it) -> country mentions
        self.country_by_first: dict[int, object] = {}  # the first country mention that opens on a token
        self.countries_at_first: dict[int, list] = {}
        self.countries_at_end: dict[int, list] = {}
        for m in countries:
            iso2 = m.row.get("iso2")
            self.country_counts[iso2] = self.country_counts.get(iso2, 0) + 1
            self.country_by_first.setdefault(m.first, m)
            self.countries_at_first.setdefault(m.first, []).append(m)
            self.countries_at_end.setdefault(m.end, []).append(m)
        # Country and place mentions per iso2, in the order each is first named (pair_features' ranking).
        self.named_counts: dict[str, int] = {}
        for m in countries + doc.mentions.get("place", ()):
            iso2 = m.row.get("iso2")
            if iso2:
                self.named_counts[iso2] = self.named_counts.get(iso2, 0) + 1
        self._top_foreign: dict = {}
        self._hosts: dict[tuple[int, int], set] = {}
        title = ctx.title
        self.title_hosts = set() if title is None else {
            m.row.get("iso2") for m in title.mentions.get("country", ()) + title.mentions.get("place", ())}

    def hosts(self, first: int, end: int) -> set:
        """The iso2 of every place whose first token is in [first, end)."""
        key = (first, end)
        if key not in self._hosts:
            lo, hi = bisect_left(self.loc_starts, first), bisect_left(self.loc_starts, end)
            self._hosts[key] = {x[3] for x in self.locs[lo:hi]}
        return self._hosts[key]

    def locs_between(self, after: int, before: int) -> list:
        """(first, position, end, iso2) of the places whose first token is > after and < before, in
        ctx.locs' order."""
        lo, hi = bisect_right(self.loc_starts, after), bisect_left(self.loc_starts, before)
        return sorted(self.locs[lo:hi], key=lambda x: x[1]) if lo < hi else []

    def top_foreign(self, own: str | None) -> str | None:
        """The country or place named most often but `own` (the first named of equals)."""
        if own not in self._top_foreign:
            best, count = None, 0
            for iso2, n in self.named_counts.items():
                if iso2 != own and n > count:
                    best, count = iso2, n
            self._top_foreign[own] = best
        return self._top_foreign[own]


def _signature(ctx: VisitContext) -> tuple:
    doc = ctx.doc
    return (id(doc), id(ctx.actors), len(ctx.actors), id(ctx.locs), len(ctx.locs), id(ctx.title),
            len(doc.mentions.get("country", ())), len(doc.mentions.get("place", ())))


def _index(ctx: VisitContext) -> _Index:
    """The context's index, kept on it (VisitContext.feature_index) and built again if its lists changed."""
    index = ctx.feature_index
    if index is None or index.signature != _signature(ctx):
        index = ctx.feature_index = _Index(ctx)
    return index


def visit_features(c: VisitCandidate, ctx: VisitContext) -> dict[str, float]:
    doc = ctx.doc
    index = _index(ctx)
    first, end = doc.sentence_tokens[c.sentence]
    cues = ctx.cue_sentences.get(c.sentence, [])
    f: dict[str, float] = {f"gen_{c.generator}": 1.0, "rule_frame": float(c.rule_row is not None)}
    near = {x.cue.cls for x in cues}
    for cls, name in _CUE_FEATURES:
        f[name] = float(cls in near)
    in_sentence = {x.cue.cls for x in doc.cues_in(first, end)}  # one look-up, not one per class
    for cls, name in _PROGRAM_FEATURES:
        f[name] = float(cls in in_sentence)
    host = c.host_tokens
    anchor = host if host is not None else c.actor_tokens
    nearest = min(cues, key=lambda x: _distance((x.first, x.end), anchor), default=None)
    if nearest is not None:
        f[f"tense_{nearest.cue.tense}"] = 1.0
        f[f"near_{nearest.cue.cls}"] = 1.0
        f["cue_host_dist"] = _scaled(_distance((nearest.first, nearest.end), anchor))
        f["cue_actor_dist"] = _scaled(_distance((nearest.first, nearest.end), c.actor_tokens))
        f["host_after_cue"] = float(host is not None and host[0] >= nearest.end)
        f["cue_pronoun"] = float(bool(nearest.cue.reading.pronoun))
    if host is not None:
        before = doc.tokens[host[0] - 1].text if host[0] > first else ""
        token = doc.tokens[host[0]] if host[0] < len(doc.tokens) else None
        clitic = doc.text[token.ostart:c.host_char] if token is not None and c.host_char is not None else ""
        f["prep_to"] = float(before in _TO or "ل" in clitic)
        clauses = ctx.clauses  # the words of classes visit_prep_in (في، داخل) and visit_prep_from (من، قادما)
        f["prep_in"] = float((clauses is not None and before in clauses.prep_in) or "ب" in clitic)
        f["prep_from"] = float(clauses is not None and before in clauses.prep_from)
        # "الأوضاع في سوريا"، "المبعوث الخاص بسوريا": the place is what is talked about.
        left = " ".join(doc.words(max(first, host[0] - 3), host[0]))
        f["host_topic"] = float(ends_in_topic(clauses, left))
        if nearest is not None and nearest.end <= host[0]:
            # A word of subject matter or a statement between the cue and the host (محادثات مع حلفائها
            # بشأن إمكانية نشر قوات عسكرية في سوريا): the host is what is talked about.
            # (class visit_subject_matter)
            f["host_after_subject_matter"] = float(clauses is not None and bool(
                clauses.subject_matter.search(" ".join(doc.words(nearest.end, host[0])))))
        # A later item of a list of places whose first is where someone goes (بعد زيارتين إلى السعودية
        # وتركيا): Turkey is a destination as Saudi Arabia is, though no إلى stands before it.
        head = _list_head(c, ctx, index)
        f["host_listed_after_destination"] = float(head is not None and _is_destination(doc, *head, first, cues))
        f["host_then_where"] = float(host[1] < end and doc.tokens[host[1]].text in ("حيث", "وحيث"))
        f["host_city"] = float(c.place is not None)
        f["host_held"] = float(held_before(ctx, host[0], first))
        f["actor_host_dist"] = _scaled(_distance(c.actor_tokens, host))
        f["actor_before_host"] = float(c.actor_tokens[0] >= 0 and c.actor_tokens[0] < host[0])
    else:
        f["host_from_party"] = 1.0
    actor = c.actor
    person = actor.person or {}
    f["actor_named"] = float(bool(person.get("name_ar")))
    f["actor_titled"] = float(bool(person.get("title_ar") or actor.title))
    f["actor_no_country"] = float(actor.country is None)
    f["actor_international"] = float(actor.country is None and is_visitor(actor, c.host_iso2, ctx.clauses))
    f["actor_nobody"] = float(actor.person is None and actor.country is None)
    f["actor_is_country_name"] = float(c.generator == "participant_country")
    f["actor_elsewhere"] = float(c.actor_sentence != c.sentence)
    f["actor_from_title"] = float(c.actor_sentence == -1)
    f.update(_clause_features(c, ctx, nearest, first, end))
    if nearest is not None and host is not None:
        # «زيارتها إلى مصر»، «وصل ماتيس إلى القاهرة»: the host right after the cue.
        right_after = 0 <= host[0] - nearest.end <= 1 and bool(f.get("prep_to") or f.get("prep_in"))
        f["host_right_after_cue"] = float(right_after)
    hosts = index.hosts(first, end)
    actors = index.sentence_keys.get(c.sentence, set())
    f["n_hosts"] = min(len(hosts), 4) / 4
    f["n_actors"] = min(len(actors), 4) / 4
    # A place of the actor's own country in the sentence makes the actor the host, not the visitor.
    f["actor_country_is_place_here"] = float(actor.country in hosts)
    f["host_is_place_here"] = float(c.host_iso2 in hosts)
    # An actor borrowed from the title or an earlier sentence while this one names its own.
    f["borrowed_over_own"] = float(c.actor_sentence != c.sentence and bool(actors))
    f["actor_met_at_home"] = float(met_at_home(c, ctx))
    if c.generator == "participant_country":
        f.update(_party_features(c, ctx))
    f["lead_sentence"] = float(c.sentence == 0)
    f["early_sentence"] = float(c.sentence <= 2)
    f["has_date"] = float(bool(doc.in_tokens("time", first, end)))
    f["host_mentions"] = min(index.country_counts.get(c.host_iso2, 0), 8) / 8
    return f


_LIST_CUE_CLASSES = ("travel", "tour", "arrival")


def _list_head(c: VisitCandidate, ctx: VisitContext, index: _Index) -> tuple[tuple[int, int], int] | None:
    """The first item of the list of places (joined by و) the host is a later item of, as (tokens,
    first char), or None when the host is no later item (زيارتين إلى السعودية وتركيا: السعودية for
    تركيا). The list says of each item what it says of its first."""
    doc = ctx.doc
    span, start, steps = c.host_tokens, c.host_char, 0
    while start is not None:
        token = doc.tokens[span[0]]
        before = index.loc_before.get(span[0])
        if before is None or not doc.text[token.ostart:start].startswith("و"):
            break
        span, start, steps = (before[0], span[0]), before[1], steps + 1
    return (span, start) if steps else None


def _is_destination(doc, span: tuple[int, int], start: int, first: int, cues) -> bool:
    """A place where someone goes: after إلى or ل, or right after a word of travel (زار الهند)."""
    if span[0] <= first:
        return False
    clitic = doc.text[doc.tokens[span[0]].ostart:start]
    return (doc.tokens[span[0] - 1].text in _TO or "ل" in clitic
            or any(x.cue.cls in _LIST_CUE_CLASSES and x.end == span[0] for x in cues))


def _party_features(c: VisitCandidate, ctx: VisitContext) -> dict[str, float]:
    """A country named at a meeting in a place: by its name (مصر والسودان وإثيوبيا) or by the
    adjective of an office (نظيره التركي)."""
    doc = ctx.doc
    index = _index(ctx)
    first = c.actor_tokens[0]
    mention = index.country_by_first.get(first)
    adjective = mention is not None and _is_adjective(mention.row)
    office = office_before(doc, first)
    # One of a list of countries (روسيا وإيران وتركيا، الفرنسي والبريطاني والألماني).
    last = c.actor_tokens[1]
    near = (index.countries_at_first.get(last, []) + index.countries_at_first.get(last + 1, [])
            + index.countries_at_end.get(first, []) + index.countries_at_end.get(first - 1, []))
    listed = any(m is not mention for m in near)
    # "بشأن الاعتراف بالقدس عاصمة لإسرائيل"، "العقوبات على إيران": the country is what is talked about.
    left = " ".join(doc.words(max(0, first - 3), first))
    topic = ends_in_topic(ctx.clauses, left)
    return {"party_topic": float(topic), "party_adjective": float(adjective), "party_after_office": float(adjective and office),
            "party_office_of_country": float(not adjective and office), "party_in_list": float(listed)}


_HELD_WORDS = 3  # how far before a place a verb of holding may stand (استضافته العاصمة البلجيكية بروكسل)


def held_before(ctx: VisitContext, host_first: int, sentence_first: int) -> bool:
    """A verb of holding an event (class held: تستضيف، احتضنت، عقدت، المنعقدة) among the few words before a place:
    the place is where a meeting is held (وتستضيف القاهرة ... أعمال اللجنة؛ مؤتمر استضافته العاصمة البلجيكية بروكسل؛
    الملتقى الذي يعقد في دبي), so the parties the sentence names come to it."""
    places = ctx.places
    if places is None:
        return False
    words = ctx.doc.words(max(sentence_first, host_first - _HELD_WORDS), host_first)
    return any(places.held.search(w) for w in words)


_WITH = {"مع", "ومع", "بـ"}
_COUNTERPART = ("نظير", "مضيف")


def met_at_home(c: VisitCandidate, ctx: VisitContext) -> bool:
    """A named person met in his own country: the country named as a place after another actor
    of the sentence, then a word of meeting, then him (سيتوجه المسؤول الأميركي إلى باكستان حيث
    يعتزم الاجتماع مع رئيس الوزراء شاهد خان عباسي؛ إلى الكويت حيث سيلتقي أميرها الشيخ صباح).
    He hosts that meeting, and travels to none of the sentence's other places."""
    a0 = c.actor_tokens[0]
    if not (c.actor.person or {}).get("name_ar") or c.actor_sentence != c.sentence or a0 < 0 or not c.actor.country:
        return False
    index = _index(ctx)
    key = c.actor.key
    others = [span[0] for a, span, k in index.sentence_actors.get(c.sentence, ()) if k != key and 0 <= span[0] < a0]
    if not others:
        return False
    homes = [x[2] for x in index.locs_between(min(others), a0) if x[3] == c.actor.country]
    return any(cue.cue.cls in ("meeting", "reception") and h <= cue.first < a0
               for h in homes for cue in ctx.cue_sentences.get(c.sentence, ()))


def _clause_features(c: VisitCandidate, ctx: VisitContext, nearest, first: int, end: int) -> dict[str, float]:
    """Where actor, cue and host stand in the sentence's clauses: the subject right after a verb
    of travel (وصل ماتيس إلى), the partner after مع (اجتماع بومبيو مع كونو), the one received
    after استقبل, a place in the clause of the cue."""
    doc = ctx.doc
    f: dict[str, float] = {}
    if nearest is None:
        return f
    cue_clause = doc.clause_of(nearest.first)
    a0 = c.actor_tokens[0]
    if c.host_tokens is not None:
        f["host_in_cue_clause"] = float(cue_clause[0] <= c.host_tokens[0] < cue_clause[1])
    if a0 >= 0 and c.actor_sentence == c.sentence:
        f["actor_in_cue_clause"] = float(cue_clause[0] <= a0 < cue_clause[1])
        sentence_actors = _index(ctx).sentence_actors.get(c.sentence, ())
        key = c.actor.key
        others = [x for x, span, k in sentence_actors if k != key
                  and min(a0, nearest.first) < span[0] < max(a0, nearest.first)]
        f["actor_next_to_cue"] = float(not others and 0 <= a0 - nearest.end <= 3)
        f["actor_subject_before_cue"] = float(not others and 0 <= nearest.first - c.actor_tokens[1] <= 3)
        f["actor_other_between"] = float(bool(others))
        before = doc.tokens[a0 - 1].text if a0 > first else ""
        f["actor_after_with"] = float(before in _WITH or before.startswith(("مع", "ومع")))
        window = " ".join(doc.words(max(first, a0 - 3), a0))
        f["actor_counterpart"] = float(any(w in window for w in _COUNTERPART))
        f["actor_received"] = float(nearest.cue.cls == "reception" and a0 >= nearest.end)
        f["actor_receiver"] = float(nearest.cue.cls == "reception" and a0 < nearest.first)
        f["actor_first_in_sentence"] = float(not any(span[0] < a0 for x, span, k in sentence_actors))
        # "أحد منتقدي ولي العهد"، "مسؤول مقرب من الزعيم": the actor is whose side someone is.
        f["actor_related"] = float(ctx.clauses is not None and bool(ctx.clauses.relation.search(
            " ".join(doc.words(max(first, a0 - RELATION_WORDS), a0)))))
    words = set(doc.words(first, end))
    groups = doc.cue_lexicon.word_set("visit_group_word") if doc.cue_lexicon is not None else frozenset()
    f["group_words"] = float(bool(words & groups))  # قادة، وفود، الدول (class visit_group_word)
    f["quoted"] = float(any(ch in doc.text[doc.tokens[nearest.first].ostart - 60 if nearest.first else 0:
                                            doc.tokens[nearest.first].ostart] for ch in "«\""))
    return f


# Sentence features where the pair's best sentence counts (a distance: the nearest).
_NEAREST = ("cue_host_dist", "cue_actor_dist", "actor_host_dist")


def pair_features(group: list[VisitCandidate], ctx: VisitContext) -> dict[str, float]:
    """Features of one (visitor, host) pair in the article, added to each of its sentences':
    how often the article pairs them, whether the rules read it, whether the title names the
    host or the visitor, how prominent both are."""
    f: dict[str, float] = {}
    index = _index(ctx)
    first = group[0]
    f["pair_rule_frame"] = float(any(c.rule_row is not None for c in group))
    f["n_sentences"] = min(len({c.sentence for c in group}), 4) / 4
    f["own_sentence"] = float(any(c.actor_sentence == c.sentence for c in group))
    title = ctx.title
    if title is not None:
        f["host_in_title"] = float(first.host_iso2 in index.title_hosts)
        f["actor_in_title"] = float(first.actor.key in index.title_keys)
    top = index.top_foreign(first.actor.country)
    f["host_top_foreign"] = float(top is not None and top == first.host_iso2)
    mentions = index.body_key_counts.get(first.actor.key, 0)
    f["actor_mentions"] = min(mentions, 6) / 6
    return f
