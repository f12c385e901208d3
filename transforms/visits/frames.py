"""Visit frames: one trigger word (or a run of meeting words) with its visitors, host and date.

Frames stay inside one sentence, and inside the stretch between the trigger and its neighbours,
so "التقى ماتيس صبحي في القاهرة، قبل توجهه إلى الأردن" gives two frames (EG, then JO).

- go / tour (زار، وصل، توجه، سافر، زيارة، جولة تشمل): the destination is the first place after the
  trigger that is its object (زار القاهرة), follows a preposition (إلى، لـ، بـ، نحو) or follows the
  traveller (زيارة ترامب لبريطانيا); places joined by و after it are further legs (جولة تشمل مصر
  والأردن). The traveller is the actor between the trigger and the place (VSO, or the genitive
  of a noun), else the actor after the place (وصل إلى جدة ولي عهد أبوظبي), else the traveller of the
  sentence's previous frame (قبل توجهه), else the nearest actor before (ماكرون خلال زيارته). A
  team or mission nobody names (وصل فريق من خبراء المنظمة إلى بريطانيا) travels as a null visitor.
- receive (استقبل): the receiver's side is the host, the received are the visitors; a place
  named in the clause (في العاصمة الإيطالية) is the host instead.
- meet / attend (التقى، محادثات، قمة، يشارك في مؤتمر): a visit only where the meeting's place is
  given: "في/بـ <place>" after it (the participants, days and appositions between do not count:
  gap_text), a city naming it (قمة هلسنكي), "<place> حيث <meets>" before it, or a definite
  "المؤتمر/القمة" pointing back to the article's last located meeting. Participants of another
  country than the place's are its visitors, and so are the countries listed as its parties
  (اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم).
- delegation (ويضم الوفد الإماراتي X وY): the named members travel with the visit just told.
- presence (طالب ... فايز السراج في واشنطن): a named official followed at once by "في <city>" abroad.
Dates go to the nearest frame in the sentence; status comes from status.py, exclusions from
exclusions.py, and the Arabic cue words from cues.py.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from transforms.arabic_text import normalize_key
from transforms.visits.cues import (
    ADDRESSING,
    ADDRESSING_VERBS,
    ARRIVAL_VERBS,
    REACHED,
    TOPIC_OF,
    AT_EVENT,
    COUNTRY_LIST_CUES,
    TIME_ADVERBS,
    EVENT_BEFORE,
    EVENT_NOUNS,
    GATHERING_CUES,
    HELD,
    INTERNATIONAL,
    IN_PLACE,
    OTHER_EVENT,
    REPORTED,
    TOPIC_BEFORE,
    TO_PLACE,
    WHERE,
)
from transforms.visits.exclusions import (
    is_background,
    is_cancelled_later,
    is_excluded,
    is_interview,
    is_private_stay,
)
from transforms.visits.mentions import OFFICIAL_NOUN, Actor, Loc
from transforms.visits.status import visit_status
from transforms.visits.triggers import Trigger

_FRONTED_PLACE = 16  # a place this close after the verb may precede its subject (وصل إلى جدة ... X)
_SUBJECT_AFTER_PLACE = 60  # how far after a fronted place the traveller may stand
_SUBJECT_BEFORE_VERB = 45  # how far before a verb of travel its subject may end (SVO)
_SUBJECT_BEFORE_NOUN = 70  # how far before "خلال زيارة ..." the traveller may end
_MEETING_REACH = 90  # how far after a meeting word its place may stand
_ANAPHORA_SENTENCES = 4  # how far back "المؤتمر" may point
_COUNTRY_REACH = 70  # a country (not a city) must stand nearer its meeting word than a city may
_OWN_DATE_REACH = 25  # a date this close to a frameless trigger is that trigger's
_AFTER_PLACE = 60  # how far after a meeting's place one of its participants may still stand
# Plural offices whose country and the countries joined to it are a meeting's parties.
_PLURAL_OFFICE = re.compile(r"^[وفبل]?(?:ال|لل)?(?:وزراء|قاده|زعماء|رؤساء|ممثلي|ممثلو|وفود|مسؤولي|مسؤولو)(?!\w)")
# Words right before a listed country that make the list a meeting's parties (normalised).
_PARTY_BEFORE = re.compile(r"(?<!\w)(?:يضم|تضم|ضم|ضمت|بحضور|بمشاركه|بين\s+دول|بين)\s*[لب]?$")
# Between a visit noun and the place it is in: its owner's لـ, an adjective, في (له في لندن، الرسمية في).
_VISIT_IN = re.compile(r"(?:(?P<owner>له|لها|لهم|لهما)\s+)?(?:(?:ال)?(?:رسميه|خاطفه|قصيره|تاريخيه|عمل|اولي|الاولي)\s+)?"
                       r"(?:في|ب)")
# Adjectives of a visit and its length, left out of the gap before its place (زيارة رفيعة المستوى لمدة
# ثلاثة أيام لبيونغ يانغ).
_LIGHT = re.compile(r"(?:(?:ال)?رفيع(?:ه)?\s+المستوي|(?:ال)?رسميه|(?:ال)?رسمي|(?:ال)?خاطفه|(?:ال)?تاريخيه|"
                    r"(?:لمده|تستغرق|استغرقت)\s+\S+(?:\s+(?:ايام|يوما|يومين|اسابيع|ساعات))?)\s+")
# Words that open a clause of their own after a comma (بعد ورود تقارير، حيث، لكن).
_CLAUSE_WORD = re.compile(r"(?<!\w)[وف]?(?:بعد|قبل|حيث|لكن|لكنه|بينما|عندما|اذ|كما|ثم|الذي|التي|عقب|اثر|وسط|رغم)(?!\w)")
# A team or mission of experts or inspectors, unnamed and of no country (فريق، بعثة، خبراء، مفتشون).
_TEAM = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:فريق|بعثه|خبراء|مفتشو|مفتشون|مفتشين|مفتشي|محققون|محققين)(?!\w)")
# A time adverb that puts a meeting word inside the clause of a trip (بعد انتهاء القمة، عقب الاجتماع).
_AFTER_EVENT = re.compile(r"(?<!\w)(?:بعد|عقب|اثر|قبل|قبيل|عشيه)(?:\s+(?:انتهاء|ختام|اختتام|انتهت|انتهي|حضور|مشاركته|"
                          r"مشاركتها))?\s*\S*$")
# A verb of hosting right before the place, a head noun between at most (استضافتها مدينة الظهران).
_HELD_RIGHT_BEFORE = re.compile(r"(?:استضاف|استضافت|تستضيف|يستضيف|احتضن|احتضنت|تحتضن|يحتضن)(?:ه|ها|هم)?\s+"
                                r"(?:(?:مدينه|العاصمه|عاصمه|جزيره|منطقه)\s+)?$")
# Another meeting word between a meeting and a list: the list is that one's (اتفقا خلاله على عقد القمة بين ...).
_OTHER_MEETING = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(?:قمه|اجتماع|لقاء|محادثات|مفاوضات|مؤتمر)(?!\w)")
# A meeting noun, its number of parties and لـ before the first country (اجتماع ثلاثي لمصر، قمة رباعية بين).
_MEETING_LIST = re.compile(r"^\S+\s+(?:\S+\s+)?(?:ثنائي|ثلاثي|رباعي|خماسي|سداسي|ثنائيه|ثلاثيه|رباعيه|خماسيه|سداسيه)"
                           r"(?:\s+\S+)?\s+(?:ل|بين\s*)$")
# أنه/إنه/بأنه (and the feminine) right before a verb, a future or قد between at most.
_THAT_HE = re.compile(r"(?<!\w)(?:ب)?ان(?:ه|ها)(?:\s+(?:قد|سوف))?\s*$")
# What arrives that is no traveller (وصول المساعدات، وصول القوات، وصول اللاجئين).
_THINGS_ARRIVING = re.compile(r"^(?:ال)?(?:مساعدات|قوات|جنود|جيش|لاجئين|لاجئون|مهاجرين|مهاجرون|نازحين|شحنه|شحنات|"
                              r"اسلحه|سلاح|امدادات|معدات|صواريخ|بضائع|سفن|سفينه|طائرات|قافله|قوافل|تعزيزات|مقاتلين|"
                              r"مسلحين|عناصر)(?!\w)")
# Words after which a place is what a meeting is about (حول، بشأن، تناولت، لبحث، لمناقشة).
SUBJECT_MATTER = re.compile(r"(?<!\w)[وف]?(?:حول|بشان|تناول|تناولت|تناولا|تتناول|يتناول|لبحث|لمناقشه|ناقش|ناقشت|ناقشا|"
                             r"بحثا|بحثت|تطرق|تطرقت|تطرقا|"
                             # a statement made there: its places are what it is about (خلال مؤتمر صحفي جمعه
                             # بنظيره المصري شدد على ضرورة أن يتقدم المسار السياسي في ليبيا)
                             r"شدد|شددت|اكد|اكدت|قال|قالت|دعا|دعت|طالب|طالبت|اعتبر|اعتبرت|اعلن|اعلنت|اوضح|اوضحت|"
                             r"ضروره|انه|انها)(?!\w)")
# What may stand between a verb of travel's subject and its object (normalised, times taken out).
_OBJECT_FILLER = re.compile(r"(?:(?:رفيع|رفيعه|الرفيع|الرفيعه)\s+(?:المستوي)\s+|(?:حاليا|مجددا|ايضا|رسميا|اليوم)\s+)*"
                            r"(?:(?:مدينه|بلده|العاصمه|عاصمه|جزيره|منطقه|قريه|ولايه|اقليم)\s+)?")
# A meeting noun that a city right after it names (قمة هلسنكي), with its clitics (بقمة، لمؤتمر، والقمة).
_EVENT_WORD = ("قمه", "مؤتمر", "اجتماع", "محادثات", "مفاوضات", "منتدي", "لقاء", "مباحثات", "بقمه", "بمؤتمر", "باجتماع",
               "لقمه", "لمؤتمر", "لاجتماع", "لمحادثات", "بمحادثات", "لمنتدي", "بمنتدي")
_GROUP_GAP = 50  # meeting words this close are one meeting (يلتقي بوتين، الإثنين، ترامب في قمة), unless
# "، و" opens a new clause between them


# A bare complementiser (أن، إن، بأن) opens a clause with a subject of its own; after بعد/قبل/منذ it
# is a conjunction of time whose subject is the sentence's (ماكرون، بعد أن زار ...).
_OPENS_CLAUSE = re.compile(r"(?<!بعد )(?<!قبل )(?<!منذ )(?<!حتي )(?<!\w)(?:ان|بان)(?!\w)")
# "إنه/أنها + verb (+ title) + name": the name is the verb's object, the subject is the pronoun.
_RECEIVE_VERB = re.compile(r"(?<!\w)[وف]?(?:استقبل|استقبلت|يستقبل|تستقبل)(?!\w)")
_PRONOUN_SUBJECT_VERB = re.compile(r"(?<!\w)(?:انه|انها|بانه|بانها)\s+(?!ال)\S+(?:\s+ال\S+){0,3}\s*$")


def is_visitor(actor: Actor, host: str) -> bool:
    """A visitor comes from another country; an official of an international body has none."""
    if actor.country:
        return actor.country != host
    if actor.person is not None:
        return bool(INTERNATIONAL.search(normalize_key(actor.person.get("title_ar") or "")))
    return False


@dataclass
class Frame:
    trigger: Trigger
    start: int  # trigger span in the original text
    end: int
    sentence: tuple[int, int]
    hosts: list[Loc] = field(default_factory=list)
    visitors: list[Actor] = field(default_factory=list)
    anonymous: bool = False  # a gathering with no named or national visitor (قمة للتكتل في بروكسل)
    status: str = "occurred"
    date_value: str | None = None
    excluded: str | None = None
    via_event: bool = False
    lead: "Frame | None" = None  # the visit a delegation frame belongs to
    s_index: int = 0


class ArticleFrames:
    """Frame building over one article: the mentions, the text and the discourse memory."""

    def __init__(self, text: str, published: date | None, locs: list[Loc], actors: list[Actor],
                 time_expressions: list[dict], normalized):
        self.text = text
        self.normalized = normalized  # normalize(text), to read normalised slices without redoing it
        self.published = published
        self.locs = locs
        self.actors = actors
        self.times = [t for t in time_expressions if t.get("char_start") is not None]
        # The last located meeting: place, day, status, its noun (مؤتمر، قمه ...), its sentence.
        self.last_event: tuple[Loc, str | None, str, str, int] | None = None
        self.last_visitors: list[Actor] = []
        self.last_visitors_sentence = -9
        self.pending_event: tuple[list[Actor], int] | None = None
        self.last_frame: tuple[Frame, int] | None = None  # the latest visit frame and its sentence

    # ---- small readers -------------------------------------------------------------------
    def norm(self, a: int, b: int) -> str:
        """The normalised words of text[a:b] (a slice of the article's one normalisation)."""
        dropped = self.normalized.dropped
        na = max(0, a) - bisect.bisect_left(dropped, max(0, a))
        nb = max(0, b) - bisect.bisect_left(dropped, max(0, b))
        return " ".join(self.normalized.text[na:nb].split())

    def actors_in(self, a: int, b: int) -> list[Actor]:
        return [x for x in self.actors if a <= x.start and x.end <= b]

    def locs_in(self, a: int, b: int) -> list[Loc]:
        return [l for l in self.locs if a <= l.start and l.end <= b and not self._in_actor(l)]

    def _in_actor(self, loc: Loc) -> bool:
        return any(x.start <= loc.start and loc.end <= x.end for x in self.actors)

    def _attached(self, loc: Loc, letters: str) -> bool:
        """The place carries a clitic preposition just before its span (بروما، لمصر، وبالأردن)."""
        before = self.text[loc.start - 1:loc.start] if loc.start else ""
        if not before or before not in letters:
            return False
        word_start = loc.start - 1
        while word_start > 0 and self.text[word_start - 1] in "وفبلكال" and not self.text[word_start - 1].isspace():
            word_start -= 1
        return word_start == 0 or not self.text[word_start - 1].isalpha()

    def _without_times(self, a: int, b: int) -> str:
        """text[a:b] normalised, with its time expressions and time adverbs taken out."""
        pieces, cursor = [], a
        for te in self.times:
            if a <= te["char_start"] and te["char_end"] <= b:
                pieces.append(self.norm(cursor, te["char_start"]))
                cursor = te["char_end"]
        pieces.append(self.norm(cursor, b))
        return TIME_ADVERBS.sub(" ", " ".join(pieces)).strip(" ،,")

    def normalized_word(self, a: int, b: int) -> str:
        return self.norm(a, b).strip()

    def gap_text(self, a: int, b: int) -> str:
        """text[a:b] without its actors and time expressions, and without the commas that only set
        those off: between two of them (an apposition: "الرئيس الأمريكي، دونالد ترامب، نظيره الروسي"),
        or between one and the place's preposition ("، الأحد، في الكرملين"). A comma after one of
        them followed by other words ends a clause and stays ("مع السراج، بعد ورود تقارير ...")."""
        spans = sorted([(x.start, x.end) for x in self.actors if a <= x.start and x.end <= b]
                       + [(t["char_start"], t["char_end"]) for t in self.times if a <= t["char_start"] and t["char_end"] <= b])
        pieces, cursor, removed = [], a, False
        for s, e in spans:
            if s < cursor:
                continue
            pieces.append((self.text[cursor:s], removed, True))
            cursor, removed = e, True
        pieces.append((self.text[cursor:b], removed, False))
        out = []
        for piece, after_span, before_span in pieces:
            if after_span and before_span and not piece.strip(" ،,\n"):
                continue  # a separator between two set-off phrases
            if after_span and before_span and len(piece.replace("،", " ").replace(",", " ").split()) <= 3 \
                    and not _CLAUSE_WORD.search(normalize_key(piece)):
                piece = piece.replace("،", " ").replace(",", " ")  # "، نظيره الروسي،": an apposition
            lead = re.match(r"\s*[،,]\s*", piece)
            if after_span and lead and not _CLAUSE_WORD.match(normalize_key(piece[lead.end():])):
                piece = piece[lead.end():]  # "، الأحد، في الكرملين"؛ "، ولي عهد أبوظبي" (not "، بعد ورود تقارير")
            if before_span:
                piece = piece.rstrip(" \n")
                if re.fullmatch(r".*[،,]", piece) and not after_span:
                    piece = piece[:-1]  # "قمة، الرئيس": the comma opens an apposition
            out.append(piece)
        return " ".join(" ".join(p.split()) for p in out if p.strip())

    def is_destination(self, loc: Loc, after: int, left: int) -> bool:
        """The place is what the trigger goes to: its object, even past a time (يزور حالياً إسرائيل،
        وصل، الأربعاء، إلى ...), or after a preposition of direction."""
        gap = self._without_times(after, loc.start)
        if gap == "":
            return True
        # لـ/بـ glued to the place (زيارة ترامب لبريطانيا), its traveller and a day between at most: far
        # off, it is another phrase's (جولة كوشنر بعد موجة غضب ... والاعتراف بالمدينة عاصمة لإسرائيل).
        if self._attached(loc, "لب") and len(_LIGHT.sub(" ", normalize_key(self.gap_text(after, loc.start)) + " ").split()) <= 2:
            return True
        return bool(TO_PLACE.search(self.norm(max(left, loc.start - 40), loc.start) + " "))

    def is_meeting_place(self, loc: Loc, left: int) -> bool:
        # "الخاص بسوريا": the clitic بـ/لـ glued to the place is left out of the words before it.
        if TOPIC_OF.search(re.sub(r"(?<=\s)[وفبل]+$", "", self.norm(max(left, loc.start - 20), loc.start)).rstrip()):
            return False
        if self._attached(loc, "ب") or loc.capital and re.match(r"[وف]?ب", self.text[loc.start:loc.end]):
            return True  # بروما؛ "بالعاصمة الفنلندية": the clitic inside the capital phrase's span
        return bool(IN_PLACE.search(self.norm(max(left, loc.start - 45), loc.start) + " "))

    def coordinated(self, first, items, gap_limit: int = 45):
        """`first` and the items joined to it by و/، (مصر والأردن وباكستان; ماتيس وصبحي; a و that
        opens the next one's title: "العايش ووزير الخارجية الفرنسي لودريان")."""
        chain = [first]
        for item in items:
            if item.start < chain[-1].end:
                continue
            between = self.norm(chain[-1].end, item.start).strip()
            if between in ("", "،", ",", "و", "ثم") or re.fullmatch(r"[،,]\s*(?:و|ثم)", between):
                chain.append(item)
                continue
            if len(between) <= gap_limit and between.startswith("و") and not re.search(r"[،,.:؛]", between) \
                    and OFFICIAL_NOUN.match(between):
                chain.append(item)
                continue
            break
        return chain

    # ---- frames --------------------------------------------------------------------------
    def visitors_before(self, frames_in_sentence: list[Frame], sentence_start: int, at: int,
                        sentence_index: int, allow_previous_sentence: bool, reach: int | None = None) -> list[Actor]:
        """The traveller told before a trigger: the previous frame's, else the nearest actor
        before it (within `reach` characters when given), else the last sentence's."""
        for f in reversed(frames_in_sentence):
            if f is not None and f.visitors:
                return list(f.visitors)
        before = self.actors_in(sentence_start, at)
        # "واعتبر فوكس ... مشيرا إلى أنه سيتوجه إلى واشنطن": the pronoun of أنه/إنه right before the
        # verb is the speaker, however far back he is named.
        pronoun_subject = bool(before) and bool(_THAT_HE.search(self.norm(max(before[-1].end, at - 20), at)))
        if pronoun_subject:
            # The speaker: the last actor before the sentence's first clause of saying (أن/إن).
            first_that = _OPENS_CLAUSE.search(self.norm(sentence_start, at))
            speakers = [a for a in before if first_that is None
                        or len(self.norm(sentence_start, a.start)) < first_that.start()]
            return [(speakers or before)[-1]]
        if before and (reach is None or at - before[-1].end <= reach):
            if _OPENS_CLAUSE.search(self.norm(before[-1].end, at)):
                return []  # "أكد ترامب أن فريقا أميركيا وصل": the traveller is in the clause, unnamed
            if len(before) >= 2 and _PRONOUN_SUBJECT_VERB.search(self.norm(before[-2].end, before[-1].start)):
                # "قال بومبيو إنه أطلع الرئيس ترامب على نتائج زيارته": the clause's subject is the
                # speaker (إنه), the name after its verb is the object; زيارته is the subject's.
                return [before[-2]]
            return [before[-1]]
        if allow_previous_sentence and sentence_index - self.last_visitors_sentence <= 2:
            return list(self.last_visitors)
        return []

    def go_frame(self, t: Trigger, start: int, end: int, left: int, right: int, sentence, s_index,
                 frames, beyond: int | None = None) -> Frame | None:
        frame = Frame(t, start, end, sentence)
        if t.form in ADDRESSING_VERBS and ADDRESSING.search(self.norm(end, min(right, end + 80))):
            return None
        if t.form in ARRIVAL_VERBS and REACHED.match(self.norm(end, min(right, end + 40))):
            return None
        if t.form in ARRIVAL_VERBS and t.pos == "noun" and not t.pronoun and _THINGS_ARRIVING.match(
                self.norm(end, min(right, end + 30))):
            return None  # "تسهيل وصول المساعدات الإنسانية إلى قطاع غزة": aid arrives, nobody visits
        # What follows "أن/إن" is another clause (حيث يقوم بزيارة أن التهديدات الإسرائيلية ...).
        reported = re.search(r"(?<!\w)(?:أن|إن|بأن|أنه|إنه|أنها|إنها)(?!\w)", self.text[end:right])
        if reported:
            right = end + reported.start()
        candidates = self.locs_in(end, right)
        dest = None
        for loc in candidates:
            if t.adjacent:  # حل بالصين، حل ظريف بالصين: the place follows the verb or its subject
                subject = self.actors_in(end, loc.start)
                after = subject[-1].end if subject else end
                if len(self.norm(after, loc.start)) <= 1 and self._attached(loc, "ب"):
                    dest = loc
                break
            between_actors = self.actors_in(end, loc.start)
            subject_end = between_actors[-1].end if between_actors else None
            listed = t.kind == "tour" and re.search(r"(?<!\w)(?:تشمل|شملت|ستشمل|تضم|ضمت)\s*$", self.norm(end, loc.start))
            # The object past the subject, its adjectives, a day and a head noun (زار وفد أميركي رفيع
            # المستوى، الخميس، مدينة منبج السورية).
            team_subject = t.pos == "verb" and not between_actors and _TEAM.match(self.norm(end, loc.start)) \
                and len(self.norm(end, loc.start).split()) <= 3  # "وزار خبراء المنظمة المملكة المتحدة"
            if listed or team_subject or self.is_destination(loc, end, left) or (subject_end is not None and (
                    self.norm(subject_end, loc.start).strip(" ،,") == ""
                    or t.pos == "verb" and _OBJECT_FILLER.fullmatch(normalize_key(self.gap_text(subject_end, loc.start)) + " "))):
                dest = loc
                break
        own = None
        if dest is None and t.pos == "noun" and t.form in ("زياره", "زيارات", "جوله"):
            # "خلال زيارة له في لندن"، "زيارته الرسمية في باريس": the place of the visit after في, its
            # owner's لـ or an adjective between at most.
            for loc in candidates:
                words = self.norm(end, loc.start)
                found = _VISIT_IN.fullmatch(words)
                if found and not self.actors_in(end, loc.start):
                    dest, own = loc, found
                    break
        if dest is None and t.pos == "verb" and beyond is not None and beyond > right \
                and _AFTER_EVENT.search(self.norm(max(end, right - 40), right)):
            # "ويتوجه ترامب بعد انتهاء القمة في بلجيكا إلى بريطانيا": the meeting word is inside an
            # adverb of time; the destination after إلى lies past it.
            dest = next((l for l in self.locs_in(right, beyond) if TO_PLACE.search(
                self.norm(max(right, l.start - 40), l.start) + " ") and not self._in_actor(l)), None)
            if dest is not None:
                candidates = [l for l in self.locs_in(end, beyond) if l.start >= dest.start]
        if dest is None:
            # <place> حيث <travels>: "من البرازيل حيث يقوم بزيارة".
            place = next(iter(reversed(self.locs_in(sentence[0], start))), None)
            if place is None or not WHERE.match(self.norm(place.end, start)):
                return None
            frame.hosts = [place]
        else:
            frame.hosts = self.coordinated(dest, [l for l in candidates if l.start > dest.start])
        if dest is None:
            frame.visitors = self.visitors_before(frames, sentence[0], start, s_index, True, reach=None)
            return frame
        between = self.actors_in(end, dest.start)
        if not between and re.match(r"^(?:الاخير|الاخيره)(?!\w)", self.norm(end, dest.start)):
            # "قبيل توجه الأخير إلى أبوظبي": the latter is the last one named before the trigger.
            before_latter = self.actors_in(sentence[0], start)
            frame.visitors = [before_latter[-1]] if before_latter else []
            return frame
        # The subject right before a verb (نتنياهو زار موسكو), or before its relative pronoun
        # (ماكرون الذي يزور ألمانيا، بومبيو، الذي وصل إلى أنقرة).
        before = self.actors_in(sentence[0], start)
        subject = before[-1] if before and t.pos == "verb" and re.fullmatch(
            r"[،,]?\s*(?:(?:الذي|التي|اللذان|اللتان|الذين|وكان|كان|قد|وقد)\s*)*",
            self.norm(before[-1].end, start)) else None
        if between:
            frame.visitors = self.coordinated(between[0], between[1:])
        elif subject is not None:
            # ... with the subjects joined to it before (كوشنير وغرينبلات اللذان توجها إلى الأردن).
            chain = [subject]
            for actor in reversed(before[:-1]):
                if self.norm(actor.end, chain[0].start) not in ("و", "،", ","):
                    break
                chain.insert(0, actor)
            frame.visitors = chain
        elif t.pos == "verb" and not t.pronoun and dest.start - end <= _FRONTED_PLACE:
            # وصل إلى مدينة جدة، الأربعاء، ولي عهد أبوظبي ...: the place fronted, the traveller after it.
            after = [a for a in self.actors_in(dest.end, right) if a.start - dest.end <= _SUBJECT_AFTER_PLACE
                     and not re.search(r"(?<!\w)حيث(?!\w)", self.norm(dest.end, a.start))
                     and not re.search(r"[،,]", self.gap_text(dest.end, a.start))]  # "، بعد ساعات من تصريحات أوغلو"
            if after:
                frame.visitors = self.coordinated(after[0], after[1:])
        feminine_or_plural = t.pos == "noun" and t.pronoun and self.norm(start, end).endswith(("ها", "هم", "هن", "هما"))
        if not frame.visitors and feminine_or_plural:
            # زيارتها، جولتهم: whose is unclear without gender and number; only the frame just told.
            frame.visitors = next((list(f.visitors) for f in reversed(frames) if f is not None and f.visitors), [])
        if not frame.visitors and t.pronoun and t.pos == "noun" and len(self.norm(sentence[0], start).split()) <= 2:
            # "وبعد زيارته إلى سويسرا حتى الثلاثاء، سيتوجه روحاني إلى فيينا": a possessive in a fronted
            # phrase of time points forward to the main clause's subject, named after its comma.
            comma = re.search(r"[،,]", self.text[dest.end:sentence[1]])
            if comma is not None:
                main = [a for a in self.actors_in(dest.end + comma.end(), sentence[1])
                        if a.start - (dest.end + comma.end()) <= 30]
                frame.visitors = main[:1]
        if not frame.visitors and not feminine_or_plural:
            # SVO (ولي العهد السعودي وصل) stands close; a possessor (ماكرون خلال زيارته) may be farther.
            owner = t.pronoun or (own is not None and bool(own.group("owner")))  # زيارته، زيارة له
            reach = None if owner else (_SUBJECT_BEFORE_VERB if t.pos == "verb" else _SUBJECT_BEFORE_NOUN)
            frame.visitors = self.visitors_before(frames, sentence[0], start, s_index,
                                                  allow_previous_sentence=t.pronoun or t.pos == "verb", reach=reach)
        if not frame.visitors and not t.pronoun:
            # A team or mission nobody names travels (وصل فريق من خبراء المنظمة إلى بريطانيا؛ فريق
            # الخبراء التابع لمنظمة حظر الأسلحة الكيمياوية ... بعد أن توجه لدمشق): a visit whose
            # visitor is null (GUIDELINES: an unnamed delegation).
            subject = self.norm(end, dest.start) if t.pos == "verb" else ""
            if len(subject) <= 3:  # nothing but a preposition: the subject stands before the verb
                subject = self.norm(max(sentence[0], start - 100), start)
            if _TEAM.search(subject) and not any(a.start >= max(sentence[0], start - 100) and a.end <= start
                                                 for a in self.actors):
                frame.anonymous = True
        return frame

    def _sentence_host(self, frames, sentence_start: int, at: int) -> Actor | None:
        """The host side of the sentence before `at`: an earlier frame's host, else the subject of
        an earlier verb of receiving (استقبل الرئيس السوداني عمر البشير ...)."""
        previous = next((f for f in reversed(frames) if f is not None and f.hosts), None)
        if previous is not None:
            return Actor(previous.hosts[0].start, previous.hosts[0].end, previous.hosts[0].iso2)
        verb = None
        for verb in _RECEIVE_VERB.finditer(self.text, sentence_start, at):
            pass
        subject = self.actors_in(verb.end(), at) if verb else []
        return subject[0] if subject and subject[0].country else None

    def receive_frame(self, t: Trigger, start: int, end: int, left: int, right: int, sentence, s_index,
                      frames) -> Frame | None:
        frame = Frame(t, start, end, sentence)
        before = self.actors_in(left, start)
        after = self.actors_in(end, right)
        receiver, received = None, []
        context_before = self.norm(max(left, start - 12), start)
        if t.kind == "guest" or (t.pos == "noun" and t.pronoun and context_before.endswith("في")):
            # في ضيافة X / كان في استقباله X: X receives the one spoken of before.
            receiver = after[0] if after else None
            received = self.visitors_before(frames, sentence[0], start, s_index, False, reach=_SUBJECT_BEFORE_NOUN)
        elif t.pos == "noun" and t.pronoun and self._sentence_host(frames, sentence[0], start) is not None:
            # "استقبل البشير الوزير القطري، غداة استقباله X": the one who receives again is the
            # sentence's host, not the name just before the noun (that is the earlier guest).
            receiver = self._sentence_host(frames, sentence[0], start)
            received = self.coordinated(after[0], after[1:]) if after else []
        elif t.pos == "noun":
            receiver = before[-1] if before else None
            received = self.coordinated(after[0], after[1:]) if after else []
        elif len(after) >= 2 and len(self.coordinated(after[0], after[1:2])) == 1:
            receiver, received = after[0], self.coordinated(after[1], after[2:])
        elif before and after:
            receiver, received = before[-1], self.coordinated(after[0], after[1:])
        elif len(after) >= 2 and len(self.coordinated(after[0], after[1:2])) == 1:
            receiver, received = after[0], self.coordinated(after[1], after[2:])
        places = [l for l in self.locs_in(end, right) if l.place and self.is_meeting_place(l, left)]
        if places:
            frame.hosts = [places[0]]
            if receiver is not None:
                received = list(received) + [receiver]
        elif receiver is not None and receiver.country:
            frame.hosts = [Loc(receiver.start, receiver.end, receiver.country, None)]
        else:
            subject_loc = [l for l in self.locs_in(end, right) if len(self.norm(end, l.start)) <= 1]
            if not subject_loc:
                return None
            frame.hosts = [subject_loc[0]]
        frame.visitors = [a for a in received if is_visitor(a, frame.hosts[0].iso2)]
        return frame if frame.visitors else None

    def delegation_frame(self, t: Trigger, start: int, end: int, sentence, s_index) -> Frame | None:
        """ويضم الوفد الإماراتي X وY / يرافقه وفد يضم ...: the members travel with the visit just told."""
        context = self.norm(max(sentence[0], start - 25), min(sentence[1], end + 25))
        if not re.search(r"(?<!\w)[وفبل]?(?:ال)?(?:وفد|وفدا)(?!\w)", context):
            return None
        if self.last_frame is None or s_index - self.last_frame[1] > 3:
            return None
        if re.search(r"استقبال|استقبل", self.norm(sentence[0], start)):
            return None  # "كان في استقبال الرئيس الصيني والوفد المرافق ...": those named are the hosts
        lead = self.last_frame[0]
        if lead.trigger.kind not in ("go", "tour", "receive", "guest"):
            return None  # a delegation travels with a trip; a meeting told in passing is another event
        country = next((a.country for a in lead.visitors if a.country), None)
        if country is None:
            return None
        frame = Frame(t, start, end, sentence, hosts=list(lead.hosts), lead=lead)
        for actor in self.actors_in(end, sentence[1]):
            if actor.country in (None, country) and actor.person is not None:
                frame.visitors.append(Actor(actor.start, actor.end, country, person=actor.person, title=actor.title))
        return frame if frame.visitors else None

    def meeting_place(self, group, left: int, right: int) -> Loc | None:
        """Where a run of meeting words is placed: "<place> حيث <meets>" before it, a place held
        there (مؤتمر يعقد بالأردن), a place right after a meeting word in its own clause (لقاء ...
        في نيويورك), or a place fronted at the clause's start (وفي القاهرة، التقى)."""
        sentence_start = left
        for _, g_start, _ in group:
            for loc in reversed(self.locs_in(sentence_start, g_start)):
                if WHERE.match(self.norm(loc.end, g_start)):
                    return loc
                break
        start = group[0][1]
        # A meeting named by its city (قمة هلسنكي، مؤتمر ميونخ الأمني، اجتماع مكة المكرمة، محادثات جنيف).
        for _, g_start, g_end in group:
            named = next((l for l in self.locs_in(g_end, right) if l.place and not self.text[g_end:l.start].strip()), None)
            if named is not None and self.normalized_word(g_start, g_end).lstrip("وف").startswith(_EVENT_WORD):
                return named
        places = [l for l in self.locs_in(start, right) if self.is_meeting_place(l, left)]
        held = [l for l in self.locs_in(start, right) if HELD.search(self.norm(max(left, l.start - 30), l.start))
                and (l in places or _HELD_RIGHT_BEFORE.search(self.norm(max(left, l.start - 30), l.start) + " "))]
        if held:
            return held[0]
        for loc in places:
            last = max((g for g in group if g[2] <= loc.start), key=lambda g: g[2])
            reach = _MEETING_REACH if loc.place else _COUNTRY_REACH  # "بحثا الأوضاع في سوريا" is a topic
            # The participants, days and appositions between (قمة 12 يونيو بين الرئيس دونالد ترامب
            # والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة؛ يلتقي الرئيس الأمريكي، دونالد ترامب،
            # نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية) neither lengthen the gap nor end the clause.
            gap = re.sub(r"\([^()]{0,40}\)", " ", self.gap_text(last[2], loc.start))  # قمة مجموعة العشرين (G20) في
            if SUBJECT_MATTER.search(normalize_key(gap)):
                continue  # "أجريا محادثات تناولت الإصلاحات في السعودية"، "لبحث الأوضاع في غزة"
            if len(gap) <= reach and not re.search(r"[،,:؛(]", gap) \
                    and not TOPIC_BEFORE.search(self.norm(max(left, loc.start - 30), loc.start) + " "):
                return loc
        fronted = [l for l in self.locs_in(left, start) if l.start - left < 20 and self.is_meeting_place(l, left)
                   and not re.search(r"[،,]\s*و", self.text[l.end:start])]  # "، و" ends the place's clause
        return fronted[0] if fronted else None

    def listed_parties(self, a: int, b: int, group) -> list[Actor]:
        """Countries listed as a meeting's parties in text[a:b]: after a plural office (وزراء خارجية
        روسيا وإيران وتركيا), after يضم/بين/بحضور/بمشاركة, or after a meeting noun with لـ (اجتماع
        ثلاثي لمصر والسودان وإثيوبيا); each an unnamed delegation of its country."""
        countries = [l for l in self.locs if l.place is None and a <= l.start and l.end <= b]
        offices = [x for x in self.actors if x.person is None and x.country and x.title and a <= x.start and x.end <= b
                   and _PLURAL_OFFICE.match(normalize_key(x.title))]
        out, taken = [], set()
        heads = [(x.end, Actor(x.start, x.end, x.country, title=x.title)) for x in offices]
        for loc in countries:
            before = self.norm(max(a, loc.start - 30), loc.start)
            near_group = any(0 <= loc.start - g[2] <= 60 and not _OTHER_MEETING.search(self.norm(g[2], loc.start))
                             for g in group)
            if (near_group and _PARTY_BEFORE.search(before)) or any(
                    _MEETING_LIST.search(self.norm(g[1], loc.start)) for g in group if g[2] <= loc.start <= g[2] + 25):
                heads.append((loc.end, Actor(loc.start, loc.end, loc.iso2)))
        for end, first in sorted(heads, key=lambda h: h[0]):
            chain = [first] + [Actor(l.start, l.end, l.iso2) for l in
                               self.coordinated(Loc(first.start, end, first.country, None),
                                                [l for l in countries if l.start >= end])[1:]]
            if len(chain) < 2 and first.title is None:
                continue  # one country after بين/يضم is a topic as often as a party
            for actor in chain:
                if actor.country not in taken:
                    taken.add(actor.country)
                    out.append(actor)
        return out

    def meet_frame(self, group: list[tuple[Trigger, int, int]], left: int, right: int, sentence, s_index,
                   frames) -> Frame | None:
        t, start, end = group[0]
        frame = Frame(t, start, end, sentence)
        meeting_nouns = [g for g in group if g[0].kind == "meet"]
        pointing = any(g[0].kind == "attend" and re.match(r"^\s*(?:فيه|فيها|به|بها)(?!\w)", self.norm(g[2], right))
                       and EVENT_BEFORE.search(self.norm(max(left, g[1] - 45), g[1])) for g in group)
        if not meeting_nouns and not pointing:
            return None  # taking part in what? (شاركت بها بلاده في العملية العسكرية) — not a meeting
        # What is reported after "إن/أن" is another clause (قال غني خلال اجتماع ... إن استراتيجية ترامب).
        after_group = REPORTED.search(self.text, group[-1][2], right)
        if after_group:
            right = after_group.start()
        host = self.meeting_place(group, left, right)
        where_clause = host is not None and host.end <= start
        inherited = self.visitors_before(frames, sentence[0], start, s_index, False) if where_clause else []
        definite_forms = {g[0].form for g in group if g[0].form in EVENT_NOUNS
                          and self.norm(g[1], g[2]).lstrip("وف").startswith(("ال", "لل", "بال"))}
        definite = bool(definite_forms)
        event = self.last_event
        # "المؤتمر" points back to the last located conference (not to a summit), a few sentences back.
        if (host is None and event is not None and s_index - event[4] <= _ANAPHORA_SENTENCES
                and (event[3] in definite_forms or (pointing and not definite_forms))):
            host, event_date = event[0], event[1]
            frame.via_event = True
            frame.date_value = event_date
        # Participants: the actors of the clause, not a speaker reporting it (قال X إن اجتماع ...).
        clause_start = left
        reported = list(REPORTED.finditer(self.text[left:start]))
        if reported:
            clause_start = left + reported[-1].end()
        # "... للرئيس الأميركي دونالد ترامب، الذي سيجتمع ...": the relative clause is about its antecedent.
        antecedents = self.actors_in(clause_start, start)
        if antecedents and re.fullmatch(r"[،,]?\s*(?:الذي|التي|اللذان|اللتان|الذين)\s*(?:كان|كانت|قد)?\s*",
                                        self.norm(antecedents[-1].end, start)):
            clause_start = antecedents[-1].start
        # ... and not the actors of a clause after the place (قمة في أديس أبابا، قد ندد بتصريحات ترامب).
        participant_end = right
        if host is not None and host.start > start:
            # A comma or "أن" after the place opens another clause (مؤتمر صحفي في موسكو أن ترامب سيلتقي ...).
            # ... but "، مع الرئيس الصربي" after the place names a participant (في مؤتمر صحافي بأنقرة، مع ...).
            # A comma inside a participant's own phrase (الرئيس الصربي، ألكسندر فوسيتش) cuts nothing either.
            cut = next((c for c in re.finditer(r"[،,](?!\s*و?مع(?!\w))|(?<!\w)(?:أن|بأن|أنه|أنها)(?!\w)",
                                               self.text[host.end:right])
                        if not any(a.start <= host.end + c.start() < a.end for a in self.actors)), None)
            if cut:
                participant_end = host.end + cut.start()
        elif host is not None:
            # A place told before the meeting word (كندا، حيث شارك ترامب في اجتماعات مجموعة السبع، ومن
            # المقرر أن يلتقي ...): a comma and و open the next clause, whose people are elsewhere.
            cut = re.search(r"[،,]\s*و", self.text[group[-1][2]:right])
            if cut:
                participant_end = group[-1][2] + cut.start()
        participants = self.actors_in(clause_start, participant_end)
        # A name far after the place is another clause's (... في بروكسل اليوم ... تهديدا جديدا للمستشارة ميركل).
        if host is not None and host.start > start:
            participants = [a for a in participants if a.start < host.start or a.start - host.end <= _AFTER_PLACE]
        # The traveller of a visit told just before, with "عشية/قبل/بعد" between, is at that visit, not at
        # this meeting (زيارة بومبيو إلى أفغانستان عشية المؤتمر ... في جدة).
        earlier = {id(a) for f in frames if f is not None for a in f.visitors}
        participants = [a for a in participants if not (id(a) in earlier and a.end <= start
                                                        and OTHER_EVENT.search(self.norm(a.end, start)))]
        if frame.via_event and not any(g[0].kind == "attend" for g in group) and not any(
                AT_EVENT.search(self.norm(max(left, g[1] - 25), g[1])) for g in group):
            participants = []  # "علق المبعوث على الاجتماع": talking about it is not being there
        recent = self.pending_event is not None and s_index - self.pending_event[1] <= 3
        if definite and recent and host is not None:
            # "القمة" names the meeting told before with its people (قمة بين ترامب وكيم ... القمة في سنغافورة).
            own = [a for a in participants if 0 <= a.start - end <= 25]
            participants = own + [a for a in self.pending_event[0] if a not in own]
        if host is None:
            # A meeting with its people but no place yet: a later "القمة ... في سنغافورة" may place it.
            if participants and any(g[0].form in EVENT_NOUNS for g in group) and not is_excluded(
                    self.norm(max(sentence[0], start - 60), start), self.norm(end, min(sentence[1], end + 60))):
                self.pending_event = (participants, s_index)
            return None
        frame.hosts = [host]
        # The traveller of a trip told before in the sentence to another country is on that trip, not
        # at this meeting (بزيارة نيكسون إلى الصين عام 1972 وقمة ريغان مع غورباتشوف في ريكيافيك).
        elsewhere = {id(a) for f in frames if f is not None and f.hosts and f.hosts[0].iso2 != host.iso2
                     for a in f.visitors}
        participants = [a for a in participants if id(a) not in elsewhere]
        if not participants and not inherited:
            # شارك / مشاركته: the one told before takes part; "بمشاركة 36 دولة" names its own
            # participants after the noun, and the traveller told before is at another event.
            if any(g[0].kind == "attend" and (g[0].pos == "verb" or g[0].pronoun) for g in group):
                inherited = self.visitors_before(frames, sentence[0], start, s_index, False)
        frame.visitors = [a for a in inherited + [a for a in participants if a not in inherited]
                          if is_visitor(a, host.iso2)]
        # Countries listed as taking part (شاركت فيه 41 دولة من بينها الولايات المتحدة وروسيا).
        attend = [g for g in group if g[0].kind == "attend"]
        if attend:
            listed = [l for l in self.locs_in(attend[0][2], right) if l.place is None and l is not host]
            if listed and COUNTRY_LIST_CUES.search(self.norm(attend[0][2], listed[0].start)):
                for loc in self.coordinated(listed[0], listed[1:]):
                    if loc.iso2 != host.iso2:
                        frame.visitors.append(Actor(loc.start, loc.end, loc.iso2))
        # Countries named as the meeting's parties (اجتماع ثلاثي لمصر والسودان وإثيوبيا في الخرطوم؛
        # اجتمع وزراء خارجية روسيا وإيران وتركيا في أستانة؛ اجتماع رباعي ... يضم السعودية والإمارات).
        list_end = participant_end
        if host.start > start:  # a list may follow the place, past a verb of inclusion (في مكة المكرمة يضم ...)
            cut = re.search(r"[،,.؛:]|(?<!\w)(?:أن|بأن|أنه|أنها)(?!\w)", self.text[host.end:sentence[1]])
            list_end = max(participant_end, host.end + cut.start() if cut else sentence[1])
        for party in self.listed_parties(clause_start, list_end, group):
            if party.country != host.iso2 and not any(a.country == party.country for a in frame.visitors):
                frame.visitors.append(party)
        if not frame.visitors:
            # A summit of unnamed leaders (قمة للتكتل في بروكسل، اجتماع لوزراء الخارجية العرب في ...).
            near = self.norm(max(sentence[0], start - 40), min(right, group[-1][2] + 40))
            press = re.search(r"(?<!\w)(?:صحفي|صحافي|الصحفي|الصحافي|صحفيا|صحافيا)(?!\w)", self.norm(end, end + 12))
            domestic = any(a.country == host.iso2 for a in participants)  # استقالته خلال اجتماع مع الملك
            # A verb of meeting with a plural of offices as its subject (يجتمع ممثلو 50 دولة في لندن).
            plural_subject = any(g[0].pos == "verb" and GATHERING_CUES.match(self.norm(g[2], g[2] + 20)) for g in group)
            # The Security Council's members meet where they are posted (التقى أعضاء مجلس الأمن في نيويورك).
            at_post = re.search(r"مجلس الامن|الجمعيه العامه", near)
            if ({g[0].form for g in group} & EVENT_NOUNS or plural_subject) and GATHERING_CUES.search(near) \
                    and not press and not domestic and not at_post:
                frame.anonymous = True
        return frame

    def presence_frames(self, sentence, s_index: int, taken: list[Frame], is_private) -> list[Frame]:
        """A named official followed at once by "في <city>" is there (طالب رئيس حكومة الوفاق
        الليبية فايز السراج في واشنطن الخميس ...): a visit when the city is abroad."""
        frames = []
        for actor in self.actors_in(*sentence):
            person = actor.person
            if person is None or not actor.country or is_private(person.get("title_ar")):
                continue
            # "في <city>" at once, or past "الموجود/المتواجد" (بومبيو، الموجود في أنقرة، الأربعاء).
            gap = re.match(r"\s*[،,]?\s*(?:ال(?:موجود|موجودة|متواجد|متواجدة)\s+)?في\s+", self.text[actor.end:actor.end + 20])
            word = self.text[max(0, actor.start - 3):actor.start + 1]
            if re.search(r"(?:^|\s)[وف]?[لب]\S$", word):
                continue  # "مشروع عقاري لترامب في موسكو"، "الخاضعة لفيلق الرحمن في الغوطة": a genitive, not a presence
            if not gap or re.search(r"مقيم|يقيم|تقيم|المولود|ولد", self.text[max(actor.start, actor.end - 12):actor.end]):
                continue  # living or born there is not visiting (المنشق المقيم في سيول)
            at = actor.end + gap.end()
            # The city right after the preposition (its span may or may not hold the clitic بـ).
            loc = next((l for l in self.locs if l.place and l.start in (at - 1, at) and l.end <= sentence[1]
                        and not self._in_actor(l)), None)
            if loc is None or loc.iso2 == actor.country:
                continue
            if any(actor in f.visitors for f in taken):
                continue
            trigger = Trigger(start=actor.end, end=loc.end, form="في", kind="presence", pos="noun",
                              tense="noun", pronoun=False, adjacent=True)
            word_at = actor.end + self.text[actor.end:at].index("في")
            frame = Frame(trigger, word_at, loc.end, sentence, hosts=[loc], visitors=[actor])
            frame.s_index = s_index
            near = [t for t in self.times if loc.end <= t["char_start"] <= loc.end + 25
                    and not re.search(r"[،,]", self.text[loc.end:t["char_start"]])]
            frame.date_value = near[0].get("value") if near else None
            self.finish(frame)
            frames.append(frame)
        return frames

    # ---- driving -------------------------------------------------------------------------
    def date_for(self, frame_spans: list[tuple[int, int]], sentence,
                 other_spans: list[tuple[int, int]] = ()) -> list[str | None]:
        """Each time expression of the sentence goes to the nearest frame; a frame keeps the most
        specific value it receives. A date right next to a trigger that made no frame is that
        other event's (بعد أن زارها في مايو/أيار من عام 2015) and goes to no frame."""
        values: list[str | None] = [None] * len(frame_spans)
        for te in self.times:
            if not (sentence[0] <= te["char_start"] < sentence[1]) or not frame_spans:
                continue
            if re.search(r"(?<!\w)منذ\s*$", self.text[max(sentence[0], te["char_start"] - 8):te["char_start"]]):
                continue  # "منذ يوليو 2013" starts a period; it is no visit's day
            distance = [max(s - te["char_end"], te["char_start"] - e, 0) for s, e in frame_spans]
            i = distance.index(min(distance))
            other = min((max(s - te["char_end"], te["char_start"] - e, 0) for s, e in other_spans), default=None)
            if other is not None and other < distance[i] and other <= _OWN_DATE_REACH:
                continue
            lo, hi = sorted((te["char_start"], frame_spans[i][0]))
            if re.search(r"[\"«»“”]", self.text[lo:hi]):
                continue  # a date inside a quotation is the speaker's, not the visit's
            if _specificity(te.get("value")) > _specificity(values[i]):
                values[i] = te.get("value")
        return values

    def sentence_frames(self, sentence, s_index: int, triggers: list[tuple[Trigger, int, int]]) -> list[Frame]:
        frames: list[Frame] = []
        spans_for_dates: list[tuple[int, int]] = []
        unframed: list[tuple[int, int]] = []  # triggers that made no frame keep their own dates
        i = 0
        while i < len(triggers):
            t, start, end = triggers[i]
            if t.kind in ("meet", "attend"):
                j = i
                while j + 1 < len(triggers) and triggers[j + 1][0].kind in ("meet", "attend") \
                        and len(self.gap_text(triggers[j][2], triggers[j + 1][1])) <= _GROUP_GAP \
                        and not OTHER_EVENT.search(self.norm(triggers[j][2], triggers[j + 1][1])) \
                        and not re.search(r"[،,]\s*و", self.text[triggers[j][2]:triggers[j + 1][1]]):
                    j += 1
                group = triggers[i:j + 1]
                left = triggers[i - 1][2] if i > 0 else sentence[0]
                right = triggers[j + 1][1] if j + 1 < len(triggers) else sentence[1]
                frame = self.meet_frame(group, left, right, sentence, s_index, frames)
                span = (start, group[-1][2])
                i = j + 1
            else:
                left = triggers[i - 1][2] if i > 0 else sentence[0]
                right = triggers[i + 1][1] if i + 1 < len(triggers) else sentence[1]
                if t.kind in ("go", "tour"):
                    beyond = triggers[i + 2][1] if i + 2 < len(triggers) else sentence[1]
                    frame = self.go_frame(t, start, end, left, right, sentence, s_index, frames, beyond)
                elif t.kind == "delegation":
                    frame = self.delegation_frame(t, start, end, sentence, s_index)
                else:
                    frame = self.receive_frame(t, start, end, left, right, sentence, s_index, frames)
                span = (start, end)
                i += 1
            if frame is not None:
                frame.s_index = s_index
                # A frame reaches to its place: "يزور الرئيس الأمريكي بريطانيا يوم 13 يوليو".
                reach = max([span[1]] + [h.end for h in frame.hosts if span[0] < h.start < sentence[1]])
                span = (span[0], reach)
                spans_for_dates.append(span)
                frames.append(frame)
            else:
                unframed.append(span)
        dates = self.date_for(spans_for_dates, sentence, unframed)
        kept = []
        for frame, value in zip(frames, dates):
            if not frame.via_event:  # a meeting pointed back to keeps that meeting's day
                frame.date_value = value
            self.finish(frame)
            # A clause in the present after a planned one continues the plan
            # (سيسافر إلى الأردن حيث يشارك ...).
            if frame.trigger.tense in ("present", "noun") and any(k.status == "planned" for k in kept):
                frame.status = "planned"
            # A meeting at the place of the article's located meeting, with no day of its own, is
            # part of it (the conference in Rome; received in the Italian capital).
            if (frame.date_value is None and self.last_event is not None and frame.hosts
                    and frame.trigger.kind in ("meet", "attend", "receive")
                    and self.last_event[0].iso2 == frame.hosts[0].iso2):
                frame.date_value = self.last_event[1]
            if frame.via_event and self.last_event is not None:
                frame.status = self.last_event[2]
            if frame.lead is not None:
                frame.date_value, frame.status = frame.lead.date_value, frame.lead.status
            if frame.visitors and frame.hosts and not frame.excluded and frame.lead is None:
                self.last_frame = (frame, s_index)
            kept.append(frame)
        # A match or a private stay in a place makes the sentence's other meetings there the same
        # event (وفي لقاء الفريقين في كييف ... صلاح الذي غادر اللقاء في الدقيقة 30).
        private = {f.hosts[0].iso2 for f in kept if f.excluded == "not official" and f.hosts}
        for frame in kept:
            if not frame.excluded and frame.trigger.kind in ("meet", "attend") and frame.hosts \
                    and frame.hosts[0].iso2 in private:
                frame.excluded = "not official"
        return kept

    def _recent_date_in(self, sentence) -> bool:
        """A time expression in the sentence that is not long before publication."""
        return any(sentence[0] <= t["char_start"] < sentence[1] and t.get("value")
                   and not is_background("", "", t["value"], self.published) for t in self.times
                   if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", t.get("value") or ""))

    def finish(self, frame: Frame):
        before = self.norm(max(frame.sentence[0], frame.start - 100), frame.start)
        after = self.norm(frame.end, min(frame.sentence[1], frame.end + 60))
        # Only a trip or taking part can be demanded or invited (دعاه لزيارة، دعوة للمشاركة في قمة);
        # "دعا البيان الختامي للمؤتمر" is not.
        demandable = self.norm(frame.start, frame.end) if frame.trigger.kind in ("go", "tour", "attend") else ""
        frame.excluded = is_excluded(before, after, demandable)
        if not frame.excluded and frame.hosts and all(
                h.start > frame.end and is_private_stay(self.norm(max(frame.end, h.start - 60), h.start),
                                                        self.norm(h.end, min(frame.sentence[1], h.end + 50)))
                for h in frame.hosts):
            frame.excluded = "not official"
        if not frame.excluded and is_cancelled_later(self.norm(frame.end, min(frame.sentence[1], frame.end + 180))):
            frame.excluded = "negated"
        if not frame.excluded and frame.trigger.kind == "meet" and is_interview(after):
            frame.excluded = "interview"
        # A date tells a memory only on a past verb or a noun, and only when the sentence has no
        # recent date of its own (يزور ظريف بكين ... الاتفاق المبرم عام 2015: 2015 is the deal's).
        dated = frame.date_value if frame.trigger.tense in ("past", "noun") and not self._recent_date_in(
            frame.sentence) else None
        # A past visit told as background is still a visit (GUIDELINES: reported as having happened);
        # only when a named official makes it, since an old trip of nobody named is mostly a life
        # story or a flight (سافر إلى لندن ودرس اللغة الإنجليزية، وصل عبد الرحمان إلى ليبيا في 2016).
        background = not frame.excluded and is_background(after, before, dated, self.published)
        if background and not any(a.person is not None and a.person.get("title_ar") and a.country
                                  for a in frame.visitors):
            frame.excluded = "background"
        if frame.trigger.kind == "tour" and re.match(r"^\s*(?:\S+\s+)?(?:تشمل|ستشمل|ستقوده|تقوده)", after):
            tense = "future"
        else:
            tense = frame.trigger.tense
        frame.status = visit_status(before, after, tense, _as_date(frame.date_value), self.published)
        if background:
            frame.status = "occurred"  # "قبيل قمة إقليمية في لاوس قبل سنتين": long done, whatever came before
        if frame.trigger.kind == "tour":
            frame.date_value = frame.date_value if len(frame.hosts) == 1 else None
        if frame.hosts and not frame.excluded and frame.trigger.kind in ("meet", "attend") and not frame.via_event:
            form = next((g for g in [frame.trigger.form] if g in EVENT_NOUNS), None)
            if form is not None:
                self.last_event = (frame.hosts[0], frame.date_value, frame.status, form, frame.s_index)


def _specificity(value: str | None) -> int:
    if not value:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


def _as_date(value: str | None) -> date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
