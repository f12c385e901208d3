"""The part a candidate's host and actor play beside a cue word of their sentence, read off the
tokens between them: a few named roles a reader would give them.

Host roles (the place after or before the cue):
- `dest`: where a word of travel goes: its object or after إلى/نحو/لـ/بـ, past its subject, a
  day, an adverb or a head noun (زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج؛ زيارتين إلى
  السعودية وتركيا);
- `venue`: where a meeting, summit or visit takes place: after في/بـ/داخل in the cue's clause
  (التقى ... في الكرملين، قمة ... في سنغافورة);
- `named_event`: a summit or talks named by their city (قمة هلسنكي، محادثات جنيف، مؤتمر بروكسل);
- `host_verb`: the subject or object of a verb of hosting (تستضيف القاهرة ... أعمال اللجنة،
  القمة التي استضافتها مدينة الظهران);
- `where`: told before the cue with حيث between (إلى واشنطن حيث التقى);
- `origin`: after من/قادما من; `topic`: what is talked about (الأوضاع في سوريا، الخاص بسوريا);
- `near`/`far`: none of these, close to the cue or not.
Actor roles:
- `subject_after`: right after a verb (VSO) or the genitive of a noun (زيارة ترامب), a day or an
  adverb between at most;
- `subject_before`: right before the verb (SVO), or before its relative (الذي، الذي كان قد);
- `with`: after مع or بـ (اجتمع بومبيو مع كونو، لقائه بالزعيم);
- `object`: after a verb whose subject stands between (استقبل السيسي وزير ...);
- `owner`: the nearest actor before a cue that carries a pronoun (زيارته، لقائه);
- `clause`/`sentence`: elsewhere in the cue's clause or sentence; `elsewhere`: another sentence.
"""
from __future__ import annotations

from transforms.visits.cues import TOPIC_BEFORE, TOPIC_OF

_TO = {"الي", "نحو", "صوب", "لدي"}
_IN = {"في", "داخل", "وفي"}
_FROM = {"من", "قادما", "قادمه", "قادمين", "قادمون", "مغادرا"}
_WITH = {"مع", "ومع"}
_HEADS = {"مدينه", "العاصمه", "عاصمه", "جزيره", "منتجع", "قصر", "مقر", "ولايه", "اقليم", "بلده", "مطار", "قاعده",
          "دوله", "منطقه", "قريه", "مقاطعه", "المدينه", "الجزيره", "الولايه", "المنطقه", "القريه", "بلاد"}
_ADVERBS = {"حاليا", "الان", "اليوم", "غدا", "امس", "مجددا", "ايضا", "رسميا", "قريبا", "لاحقا", "مساء", "صباح", "صباحا",
            "فجر", "يوم", "يومي", "امس", "الاسبوع", "الماضي", "المقبل", "الحالي", "الجاري", "ظهر", "عصر", "ليل",
            "رفيع", "المستوي", "رفيعه", "رسمي", "رسميه", "عمل", "دوله", "خاطفه", "قصيره", "مفاجئه", "تاريخيه",
            "الاولي", "اول", "ثاني", "ثانيه", "الرسميه", "الرسمي", "ال", "لها", "له", "لهما", "قد", "كان", "كانت"}
_RELATIVE = {"الذي", "التي", "اللذان", "اللتان", "الذين", "وكان", "كان", "قد", "وقد", "كانت", "وكانت"}
_HOSTING = {"استضاف", "استضافت", "تستضيف", "يستضيف", "استضافتها", "استضافها", "احتضن", "احتضنت", "تحتضن", "يحتضن",
            "تستضيفها", "يستضيفها", "استضافه", "عقد", "عقدت", "تعقد", "يعقد", "انعقد", "انعقدت", "تنعقد", "ينعقد",
            "المنعقد", "المنعقده", "سينعقد", "ستنعقد", "ستعقد", "سيعقد", "جرت", "تجري", "يجري", "اقيم", "اقيمت", "تقام",
            "يقام", "المقام", "المقامه", "عقدها", "عقده"}
_NAMED_EVENT_CLASSES = ("event_noun", "meeting")
_TRAVEL_CLASSES = ("travel", "arrival", "tour")
_VENUE_CLASSES = ("meeting", "event_noun", "attend", "reception", "travel", "arrival", "tour")
_NEAR = 8  # tokens: a place this close to its cue with no role still stands near it

HOST_ROLES = ("dest", "venue", "named_event", "host_verb", "where", "origin", "topic", "near", "far", "party")
ACTOR_ROLES = ("subject_after", "subject_before", "with", "object", "owner", "clause", "sentence", "elsewhere",
               "nobody")


def _bare(word: str) -> str:
    """The word without a leading و/ف."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


class RoleReader:
    """Roles over one document: the token classes (time, actor) indexed once."""

    def __init__(self, ctx):
        self.ctx = ctx
        doc = ctx.doc
        self.doc = doc
        self.time_tokens = {i for m in doc.mentions.get("time", ()) for i in range(m.first, m.end)}
        self.actor_spans = [(span, s, a.key) for a, span, s in ctx.actors if s >= 0 and span[0] >= 0]
        self.actor_tokens = {i for (f, e), _, _ in self.actor_spans for i in range(f, e)}
        self.loc_tokens = {i for _, (f, e) in ctx.locs for i in range(f, e)}

    # ---- host ----------------------------------------------------------------------------
    def _filler(self, i: int) -> bool:
        """A token that may stand between a cue and its place or its subject."""
        w = self.doc.tokens[i].text
        return (i in self.time_tokens or i in self.actor_tokens or _bare(w) in _ADVERBS or w in _ADVERBS
                or _bare(w) in _HEADS)

    def host_role(self, cue, host: tuple[int, int] | None, host_char: int | None) -> str:
        if host is None:
            return "party"
        doc, cls = self.doc, cue.cue.cls
        first = host[0]
        prev = doc.tokens[first - 1].text if first > 0 else ""
        token = doc.tokens[first]
        clitic = doc.text[token.ostart:host_char] if host_char is not None else ""
        left = " ".join(doc.words(max(0, first - 3), first))
        if TOPIC_BEFORE.search(left + " ") or TOPIC_OF.search(left):
            return "topic"
        if prev in _FROM or _bare(prev) in _FROM:
            return "origin"
        if first >= cue.end:
            gap = list(range(cue.end, first))
            clause_break = any(i in doc.clause_starts for i in range(cue.end + 1, first + 1))
            if cls in _NAMED_EVENT_CLASSES and not gap and not clitic:
                return "named_event"
            rest = [i for i in gap if not self._filler(i)]
            words = [doc.tokens[i].text for i in rest]
            if cls in _TRAVEL_CLASSES:
                if (not words or words in (["الي"], ["نحو"], ["صوب"])) and len(gap) <= 12:
                    return "dest"
                if words and words[-1] in _TO and len(rest) <= 1 and len(gap) <= 12:
                    return "dest"
                if not words and ("ل" in clitic or "ب" in clitic):
                    return "dest"
            if cls in _VENUE_CLASSES and not clause_break and len(gap) <= 15:
                if (prev in _IN or _bare(prev) in _HEADS and first >= 2 and doc.tokens[first - 2].text in _IN
                        or "ب" in clitic):
                    return "venue"
            if cls in _VENUE_CLASSES and len(gap) <= 25 and (prev in _IN or "ب" in clitic) and not any(
                    c.cue.cls in _VENUE_CLASSES for c in doc.cues_in(cue.end, first)):
                return "venue"
            return "near" if len(gap) <= _NEAR else "far"
        gap = list(range(host[1], cue.first))
        words = [doc.tokens[i].text for i in gap]
        if any(_bare(w) == "حيث" for w in words[:3]):
            return "where"
        if first > 0 and (_bare(prev) in _HOSTING or prev in _HOSTING) and cls in ("event_noun", "meeting", "attend",
                                                                                     "reception"):
            return "host_verb"
        if cue.cue.lemma in ("استضاف", "استضافه") and len(gap) <= 6:
            return "host_verb"
        return "near" if len(gap) <= _NEAR else "far"

    # ---- actor ---------------------------------------------------------------------------
    def actor_role(self, cue, actor: tuple[int, int], actor_sentence: int, sentence: int, key) -> str:
        if actor[0] < 0:
            return "elsewhere" if actor_sentence != sentence else "nobody"
        if actor_sentence != sentence:
            return "elsewhere"
        doc = self.doc
        a0, a1 = actor
        others = [span for span, s, k in self.actor_spans if s == sentence and k != key]
        clause = doc.clause_of(cue.first)
        if a0 >= cue.end:
            gap = range(cue.end, a0)
            between = [span for span in others if cue.end <= span[0] < a0]
            prev = doc.tokens[a0 - 1].text if a0 > 0 else ""
            first_word = doc.tokens[a0].text
            if prev in _WITH or (first_word.startswith(("ب", "وب")) and not between and len(gap) <= 4):
                return "with"
            if not between and all(i in self.time_tokens or _bare(doc.tokens[i].text) in _ADVERBS for i in gap) \
                    and len(gap) <= 4:
                return "subject_after"
            if between and cue.cue.pos == "verb" and len(between) == 1 and all(
                    i in self.time_tokens or i in self.actor_tokens or i in self.loc_tokens or doc.tokens[i].text in _IN
                    or _bare(doc.tokens[i].text) in _ADVERBS for i in range(cue.end, a0)):
                return "object"
        else:
            gap = range(a1, cue.first)
            between = [span for span in others if a1 <= span[0] < cue.first]
            words = [doc.tokens[i].text for i in gap]
            if not between and len(words) <= 4 and all(
                    w in _RELATIVE or _bare(w) in _ADVERBS or i in self.time_tokens for w, i in zip(words, gap)):
                return "subject_before"
            if cue.cue.reading.pronoun and not between and len(words) <= 20:
                return "owner"
        if clause[0] <= a0 < clause[1]:
            return "clause"
        return "sentence"


_HOST_RANK = {r: i for i, r in enumerate(("dest", "named_event", "venue", "host_verb", "where", "party", "near", "far",
                                          "topic", "origin"))}
_ACTOR_RANK = {r: i for i, r in enumerate(("subject_after", "subject_before", "owner", "with", "object", "clause",
                                           "elsewhere", "nobody", "sentence"))}


def role_features(c, ctx, reader: RoleReader) -> dict[str, float]:
    """Indicators of the host's best role beside any cue of the sentence, the actor's best role,
    and how the two cues stand to each other (`same` cue, `near`: within a few tokens in one
    clause, `clause`, `sentence`)."""
    cues = ctx.cue_sentences.get(c.sentence, [])
    if not cues:
        return {}
    hb = ab = None
    for cue in cues:
        h = reader.host_role(cue, c.host_tokens, c.host_char)
        a = reader.actor_role(cue, c.actor_tokens, c.actor_sentence, c.sentence, c.actor.key)
        if hb is None or _HOST_RANK[h] < hb[0]:
            hb = (_HOST_RANK[h], cue, h)
        if ab is None or _ACTOR_RANK[a] < ab[0]:
            ab = (_ACTOR_RANK[a], cue, a)
    _, hcue, h = hb
    _, acue, a = ab
    if hcue is acue:
        link = "same"
    else:
        lo, hi = sorted((hcue, acue), key=lambda q: q.first)
        doc = reader.doc
        broken = any(i in doc.clause_starts for i in range(lo.end, hi.first + 1))
        link = ("near" if hi.first - lo.end <= 6 else "clause") if not broken else "sentence"
    hcls = "travel" if hcue.cue.cls in _TRAVEL_CLASSES else hcue.cue.cls
    acls = "travel" if acue.cue.cls in _TRAVEL_CLASSES else acue.cue.cls
    return {f"role:{hcls}:{h}:{a}": 1.0, f"rolelink:{h}:{a}:{link}": 1.0, f"hrole:{hcls}:{h}": 1.0,
            f"arole:{acls}:{a}": 1.0, f"hr:{h}": 1.0, f"ar:{a}": 1.0, f"link:{link}": 1.0}
