"""Whose visit a possessed visit noun tells: the pronoun's referent (زيارته، زيارتها، جولتهم).

A visit told in passing is often a visit noun with a pronoun, right before its place (خلال
زيارتها لمصر، بعد زيارته إلى الصين، لدى وصوله إلى الرياض). The pronoun stands for the subject
of the clause the phrase hangs on, of its gender and number:
- in a phrase that opens the sentence (وبعد زيارته إلى الصين، قال ...؛ في ثاني أيام زيارته إلى
  الصين، أجرى الرئيس المصري ...), the first agreeing actor after the phrase's comma;
- after a relative pronoun (هاكان، الذي اختتم زيارته إلى السودان), the actor the relative follows;
- else the first agreeing actor of the sentence before the noun (قد يقوم وزير الخارجية الأميركي
  بإصلاح ... سياسة الرئيس ترامب ... أثناء زيارته إلى إثيوبيا: the minister, not the president in
  the genitive), skipping one of the place's own country (استقبل الملك ... لدى وصوله إلى الرياض:
  the one received);
- and where the sentence names none before it, the first agreeing actor of the sentences just
  before it, then of the title (the traveller named once, then told by a pronoun).
Gender and number come from the actor's title: a head word ending in ة is feminine (وزيرة،
رئيسة، السيدة الأولى); a plural head (وزراء، قادة، مسؤولون) is plural; a name with no title
agrees with ه and with هم only when listed with another.
"""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key
from transforms.visits.mentions import Actor

_PRONOUNS = {"ه": "m", "ها": "f", "هم": "p", "هما": "p", "هن": "p"}
_POSSESSED_CLASSES = ("travel", "arrival", "departure", "tour", "meeting", "event_noun", "attend")
_OPENING_WORDS = 5  # words before the noun in a phrase that opens the sentence (في ثاني أيام زيارته)
_AFTER_COMMA = 14  # tokens after the opening phrase's comma the main clause's subject may stand
_CONTEXT_SENTENCES = 2
_THAT_PRONOUN = re.compile(r"(?<!\w)(?:ب|ل)?[اإأ]ن(?:ه|ها|هم)(?!\w)")  # أنه، إنها، بأنه (normalised)
# The plural and collective heads of an official's title (normalised, without ال) are rows of
# seeds/cue_words.csv, classes possessor_plural (قادة، وزراء، مسؤولون) and possessor_collective (وفد،
# فريق); a counterpart noun's pronoun is another's (نظيره، نظيرتها).


def possessed_cue(cue) -> str | None:
    """The gender or number (m, f, p) a visit noun's pronoun asks for, or None when the cue is no
    possessed visit noun."""
    if cue is None or cue.cue.pos != "noun" or cue.cue.cls not in _POSSESSED_CLASSES:
        return None
    return _PRONOUNS.get(cue.cue.reading.pronoun)


def _head(actor: Actor) -> str:
    title = (actor.person or {}).get("title_ar") or actor.title or ""
    words = normalize_key(title).split()
    head = words[0] if words else ""
    return head[2:] if head.startswith("ال") and len(head) > 4 else head


def gender(actor: Actor, heads: dict) -> str | None:
    """m, f or p (c: a collective) by the actor's title; None when it has none (a bare name).
    `heads` is the cue lexicon's word lists (possessor_plural, possessor_collective)."""
    head = _head(actor)
    if not head or head.startswith("نظير"):
        return None
    if head in heads.get("possessor_plural", ()):
        return "p"
    if head in heads.get("possessor_collective", ()):
        return "c"
    return "f" if head.endswith("ه") else "m"


def agrees(actor: Actor, wanted: str, heads: dict) -> bool:
    g = gender(actor, heads)
    if g == "c":  # a delegation: its own pronoun or its members' (الوفد ... محادثاتهم)
        return wanted in ("m", "p")
    if wanted == "p":
        return g == "p"
    return g == wanted or (g is None and wanted == "m")


def possessor(doc, ctx_actors, sentence: int, cue, host_iso2: str | None, relative=None) -> list[tuple]:
    """The keys of the actors a possessed visit noun's pronoun stands for (several when a plural
    pronoun stands for actors listed together); [] when it is no possessed noun or none agrees."""
    wanted = possessed_cue(cue)
    if wanted is None:
        return []
    heads = doc.cue_lexicon.lists
    first, end = doc.sentence_tokens[sentence]
    here = sorted((x for x in ctx_actors if x[2] == sentence and x[1][0] >= 0), key=lambda x: x[1][0])

    # One of the place's own country is no visitor there; he stands for the pronoun only when no word
    # of receiving comes between him and the noun (استقبل الملك ... لدى وصوله إلى الرياض: the one received).
    received = [x.first for x in doc.cues_in(first, cue.first, "reception")]

    def eligible(a: Actor, span) -> bool:
        return not (host_iso2 and a.country == host_iso2 and any(span[1] <= r for r in received))

    def pick(xs) -> list[tuple]:
        listed = len(xs) >= 2
        for a, span, _ in xs:
            if eligible(a, span) and agrees(a, wanted, heads):
                return [a.key]
        if wanted == "p" and listed:
            return [a.key for a, span, _ in xs[:2] if eligible(a, span)]
        return []

    before = [x for x in here if x[1][1] <= cue.first]
    # The clause after a word of saying's أن/إن has its own subject (أكد مصدر بالشرطة أن الشرطة فتحت
    # تحقيقا بشأن اختفاء مينغ ... بعد زيارته إلى الصين): the speaker stands for the pronoun only when
    # that clause names nobody (قال بومبيو إنه ... خلال زيارته).
    thats = doc.cues_in(first, cue.first, "complementiser")
    if thats:
        inside = [x for x in here if thats[-1].end <= x[1][0] and x[1][1] <= cue.first]
        if inside:
            before = inside
        elif any(thats[-1].end <= span[0] < cue.first for span in _persons(doc, thats[-1].end, cue.first)):
            return []  # a person the clause names who is no actor here (a journalist): no reading
    # A phrase that opens the sentence: its subject is the main clause's, after the comma.
    if cue.first - first <= _OPENING_WORDS and not before:
        comma = next((i for i in range(cue.end - 1, end) if _comma_after(doc, i)), None)
        if comma is not None:
            main = [x for x in here if comma < x[1][0] <= comma + _AFTER_COMMA]
            found = pick(main)
            if found:
                return found
    if before and relative is not None:
        last = before[-1]
        between = doc.words(last[1][1], cue.first)
        # ... unless a word of receiving follows the relative (الجبير، الذي كان في استقباله لدى وصوله:
        # the one received is the sentence's subject).
        if any(relative.fullmatch(w) for w in between) and eligible(last[0], last[1]) and agrees(last[0], wanted, heads) \
                and not doc.cues_in(last[1][1], cue.first, "reception"):
            return [last[0].key]
    if before:
        # Two who agree before it (وقال ترامب إنه يتوقع تقريرا من وزير خارجيته مايك بومبيو حول جولته):
        # whose it is the words do not say.
        agreeing = [x for x in before if eligible(x[0], x[1]) and agrees(x[0], wanted, heads)]
        if len({_who(a) for a, _, _ in agreeing}) > 1:
            return []
        return pick(before)
    named = doc.in_tokens("person", first, cue.first)
    if named:
        # A person named before it whom the sentence does not make an actor (وبدا كيم الذي لم يقم ...
        # منذ وصوله إلى سنغافورة): the actor of that name told elsewhere, if one.
        name = (named[-1].row.get("name_ar") or "").split()
        told = [a for a, _, s in ctx_actors if name and (a.person or {}).get("name_ar")
                and set(name) <= set(a.person["name_ar"].split()) and agrees(a, wanted, heads) and eligible(a, (-1, -1))]
        return [told[0].key] if told else []
    if cue.first - first > _OPENING_WORDS and not _THAT_PRONOUN.search(" ".join(doc.words(first, cue.first))):
        # Words before it that name no actor tell their own subject (وكانت الخطوط الجوية السعودية قد
        # أوقفت رحلاتها), but for a pronoun (مشيرا إلى أنه أبلغ السلطات العراقية بذلك خلال زيارته إلى
        # بغداد): only then, or when the noun opens its sentence, is it of the one told before.
        return []
    earlier = sorted((x for x in ctx_actors if sentence - _CONTEXT_SENTENCES <= x[2] < sentence),
                     key=lambda x: (-x[2], x[1][0]))
    for s in sorted({x[2] for x in earlier}, reverse=True):
        found = pick([x for x in earlier if x[2] == s])
        if found:
            return found
    return pick([x for x in ctx_actors if x[2] == -1])


def _comma_after(doc, i: int) -> bool:
    """A comma right after token i."""
    if i + 1 >= len(doc.tokens):
        return False
    gap = doc.text[doc.tokens[i].oend:doc.tokens[i + 1].ostart]
    return "،" in gap or "," in gap


def _persons(doc, first: int, end: int) -> list[tuple[int, int]]:
    return [(m.first, m.end) for m in doc.in_tokens("person", first, end)]


def _who(a: Actor) -> tuple:
    """An actor's identity, an unnamed official standing for the named one of his country."""
    return ("country", a.country) if a.person is None or not a.person.get("name_ar") else a.key
