"""What looks like a visit but is not one (GUIDELINES, visits): phone calls, denied, cancelled,
postponed or merely demanded visits, flight, exile and defection, private, sporting or cultural
trips. Each test reads the normalised words around one trigger, so a cancelled meeting does not
cancel another visit in the same sentence.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from transforms.cue_lexicon import CueLexicon, class_alternation, class_and_unseen_alternation
from transforms.visits.cues import ClauseWords

# The words of class visit_called_off_after that no non-gold ANT sentence has in the six words after a visit word, so
# that no row can carry a real example of them, stay here.
CALLED_OFF_AFTER_UNSEEN = ("أجلت", "الملغاة", "الملغى")
# "وكان البنتاغون يعمل على زيارة لماتيس إلى بكين ... لكن الصين رفضت": the host refused the plan.
_REFUSED_LATER = re.compile(r"(?<!\w)(?:لكن|ولكن|لكنه|لكنها|غير ان)\s+(?:\S+\s+){0,3}?(?:رفض|رفضت|رفضا|الغي|الغيت|الغت|"
                            r"اعتذر|اعتذرت)(?!\w)")
# The words of class visit_may_be_held that no non-gold ANT sentence has after قد in the words after a visit word, so
# that no row can carry a real example of them, stay here.
MAY_BE_HELD_UNSEEN = ("تقام", "يقام")
# The meeting noun's own predicate, past a relative clause: "اللقاء الذي كان مقررا ... قد ألغي".
_CANCELLED_PREDICATE = re.compile(r"(?<!\w)(?:قد|تم)\s+(?:الغي|الغيت|الغاؤه|الغاؤها|الغاء|تاجل|تاجلت|تاجيله|ارجئ|ارجئت|ارجاؤه)(?!\w)")
@dataclass(frozen=True)
class ExclusionWords:
    """The word lists of seeds/cue_words.csv the exclusions read, as patterns over normalised text,
    with the clause words that bound their reach."""

    clauses: ClauseWords
    # A verb of calling off or putting back, with و/ف (the verbs of class cancel: ألغى، أرجأ، أجّل).
    cancel_verb: re.Pattern
    # Its verbal noun, with its clitics (the nouns of class cancel: إلغاء، تأجيل، إرجاء).
    cancel_noun: re.Pattern
    # A call or a video link, with its clitics (class call: هاتفيا، مكالمة، بالهاتف، عبر الفيديو).
    call: re.Pattern
    # Negation, absence, rumour, denial, calling off, refusal, a hedge or a withdrawal, with و/ف and
    # a preposition (لم، بعدم، غياب، نفت، لإلغاء، رفض، ربما، انسحب; classes negation … withdrawal, deny, cancel).
    negated: re.Pattern
    # A demand, an invitation or a wish to visit (طالب بزيارة، دعاه لزيارة، يرغب في زيارة; classes appeal, wish).
    demand: re.Pattern
    # A private or sporting purpose (classes private_trip, pastime): flight, exile, treatment, holiday,
    # pilgrimage, a match, a team, a club, a festival; فريق and its dual unless a team word follows.
    not_official: re.Pattern
    # A channel, a paper or a programme (class media): a meeting with it is an interview.
    media: re.Pattern
    # Unnamed travellers in numbers, matched at the start of the words after a trigger (class crowd).
    crowd: re.Pattern
    # A word of comparing, with a pronoun (مقارنتها، بمقارنة، على غرار; class comparison).
    comparison: re.Pattern
    # An attack (class attack: صواريخ، قصف، استهداف).
    attack: re.Pattern
    # A proposal, with a pronoun (اقتراحه; class proposal).
    proposal: re.Pattern
    # Topping a chart, as a whole word (class rank: احتل، تتصدر).
    rank: re.Pattern
    # A rule about travel (class travel_rule: حظر، قيود، تأشيرة، يسمح).
    travel_rule: re.Pattern
    # A word that calls a visit off, puts it back or makes it only likely, after the visit word (class
    # visit_called_off_after: ألغيت، تأجلت، المحتملة), as a whole word.
    called_off_after: re.Pattern = re.compile("(?!)")
    # "القمة ... قد تجري في منزل السلام": a particle of possibility (class possibility: قد) and a verb of being held (class
    # visit_may_be_held: تجري، يعقد، تنعقد): where or whether it is held is a guess.
    may_be_held: re.Pattern = re.compile("(?!)")
    # How long ago (قبل سنتين، منذ ثلاثة أعوام), next to a visit word: the visit is told as background (is_background;
    # classes visit_long_ago_lead, visit_long_ago_counted, with LONG_AGO_COUNTED_UNSEEN, and visit_long_ago_span).
    long_ago: re.Pattern = re.compile("(?!)")


def _with_pronoun(words: str) -> str:
    """An alternation's words with a pronoun ه or ها after them; a noun in ة takes it on its ت (مقارنتها)."""
    construct = "|".join(w[:-1] + "ت" for w in words.split("|") if w.endswith("ه"))
    return rf"(?:(?:{words})(?:ه|ها)?" + (rf"|(?:{construct})(?:ه|ها)" if construct else "") + ")"


def _negation(cues: CueLexicon) -> re.Pattern:
    """A particle of negation after و/ف and ب/ل (لم، بعدم، بدون); a word of absence, rumour, denial,
    calling off, refusal, hedging or withdrawal after و/ف, ب/ل and ال (الغائب، لإلغاء، برفض، الاحتمال)."""
    words = [cues.word_alternation(cls) for cls in ("absence", "rumour", "refusal", "hedge", "withdrawal")]
    words += ["|".join(cues.verb_forms("deny", "cancel")), "|".join(cues.noun_forms("deny", "cancel"))]
    return re.compile(rf"(?<!\w)[وف]?[بل]?(?:(?:{cues.word_alternation('negation')})|(?:ال)?(?:{'|'.join(words)}))(?!\w)")


def _not_official(cues: CueLexicon) -> re.Pattern:
    """A word of a private or sporting trip after و/ف, ل and ال (للعلاج); an adjective of a private
    purpose after و/ف/ل only. فريق (no ال: الفريق is also a rank) is a side in a match unless a team or an official
    word follows (فريق من الخبراء، فريق تحقيق، فريق أممي)."""
    purposes = cues.word_alternation("private_trip") + "|" + cues.word_alternation("pastime")
    official = cues.word_alternation("team") + "|" + cues.word_alternation("official_team")
    return re.compile(rf"(?<!\w)[وف]?(?:(?:لل|ل?(?:ال)?)(?:{purposes}|فريقين|فريقان)|ل?{cues.word_alternation('private_purpose')}|"
                      rf"ل?فريق(?!\s+(?:من\s+)?(?:ال)?(?:{official})(?!\w)))(?!\w)")


def exclusion_words(cues: CueLexicon, clauses: ClauseWords) -> ExclusionWords:
    return ExclusionWords(
        clauses,
        re.compile(rf"(?<!\w)[وف]?(?:{'|'.join(cues.verb_forms('cancel'))})(?!\w)"),
        re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{'|'.join(cues.noun_forms('cancel'))})(?!\w)"),
        cues.word_pattern("call", noun_clitics=True),
        _negation(cues),
        re.compile(rf"(?<!\w)[وف]?{_with_pronoun(cues.word_alternation('appeal') + '|' + cues.word_alternation('wish'))}(?!\w)"),
        _not_official(cues),
        cues.word_pattern("media", noun_clitics=True),
        re.compile(rf"\s*(?:ال)?(?:{cues.word_alternation('crowd')})(?!\w)"),
        re.compile(rf"(?<!\w)ب?{_with_pronoun(cues.word_alternation('comparison'))}(?!\w)"),
        cues.word_pattern("attack", noun_clitics=True),
        re.compile(rf"(?<!\w)[وف]?[بل]?(?:ال)?{_with_pronoun(cues.word_alternation('proposal'))}(?!\w)"),
        re.compile(rf"[وف]?(?:{cues.word_alternation('rank')})"),
        cues.word_pattern("travel_rule", noun_clitics=True),
        re.compile(rf"(?<!\w)(?:{class_and_unseen_alternation(cues, 'visit_called_off_after', CALLED_OFF_AFTER_UNSEEN)})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{cues.word_alternation('possibility')})\s+"
                   rf"(?:{class_and_unseen_alternation(cues, 'visit_may_be_held', MAY_BE_HELD_UNSEEN)})(?!\w)"),
        _long_ago(cues))


# The units of visit_long_ago_counted no non-gold ANT sentence counts back with قبل or منذ.
LONG_AGO_COUNTED_UNSEEN = ("سنين",)


def _long_ago(cues: CueLexicon) -> re.Pattern:
    """A word counting back and a unit of time, a counted unit a word after it at most (قبل سنتين، منذ 39 عاما)."""
    counted = class_and_unseen_alternation(cues, "visit_long_ago_counted", LONG_AGO_COUNTED_UNSEEN)
    return re.compile(rf"(?<!\w)(?:{class_alternation(cues, 'visit_long_ago_lead')})\s+"
                      rf"(?:(?:\S+\s+)?(?:{counted})|{class_alternation(cues, 'visit_long_ago_span')})(?!\w)")


_DEMAND_CLAUSE = 20  # words of the trigger's own clause read for a verb of calling or inviting


def is_excluded(before: str, after: str, trigger: str, words: ExclusionWords) -> str | None:
    """The reason a trigger (its normalised surface `trigger`, with `before`/`after` normalised
    context) is not a visit, or None. Between a verb of calling off and the visit word, a clause
    break (another clause, or a preposition: ألغى جدول أعماله خلال ... زيارته) means the schedule
    was called off, not the visit."""
    clauses = words.clauses
    near_before = " ".join(before.split()[-4:])
    # An event named for comparison is named, not hedged (ويمكن مقارنتها بزيارة نيكسون إلى الصين).
    near_before = words.comparison.split(near_before)[-1]
    # A word opening the trigger's own clause cuts off the words before it (وحث ماكرون ترمب على عدم
    # الانسحاب عندما التقى به في واشنطن: the negation is the withdrawal's).
    opener = None
    for opener in clauses.own_opener.finditer(near_before):
        pass
    if opener is not None:
        near_before = near_before[opener.end():]
    # دعاه لزيارة / لم يدعوا الرئيس إلى زيارة سنغافورة / دعوة للمشاركة في قمة.
    invited = trigger.lstrip("وف")[:1] in ("ل", "ب") or before.split()[-1:] == ["الي"]
    # The verb of calling may stand further back when its subject and object are long names (دعا زعيم
    # كوريا الشمالية كيم جونغ أون الرئيس الكوري الجنوبي مون جيه-إن إلى زيارة بيونغيانغ), with no
    # punctuation between.
    clause = " ".join(re.split(r"[،,.؛:]", before)[-1].split()[-_DEMAND_CLAUSE:])
    if trigger and invited and (words.demand.search(" ".join(before.split()[-12:])) or words.demand.search(clause)):
        return "demanded"
    if words.call.search(near_before) or words.call.search(" ".join(after.split()[:3])):
        return "phone"
    # The cancelled meeting's own verb may come after its relative clause (اللقاء الذي كان مقررا ... قد ألغي).
    if words.negated.search(near_before) or words.called_off_after.search(" ".join(after.split()[:6])):
        return "negated"
    if words.rank.fullmatch(" ".join(before.split()[-1:])):
        return "not official"
    if words.attack.search(near_before):
        return "not a visit"  # "أطلق سبعة صواريخ على مقر اجتماع قادة جماعة": a meeting attacked
    # The verb of calling off, its subject between (ألغى وزير الاقتصاد الإيطالي جيوفاني تريا لقاء ...).
    clause = " ".join(re.split(r"[،,.؛:]", before)[-1].split()[-8:])
    cancel = None
    for cancel in words.cancel_verb.finditer(clause):
        pass
    if cancel is not None and not clauses.breaks.search(clause[cancel.end():]):
        return "negated"
    # The masdar of calling off, its subject set off by commas (أعلن البيت الأبيض إلغاء الرئيس الأمريكي
    # دونالد ترامب، لزيارته إلى البيرو); a visit merely proposed (اقترح أن تعقد القمة في بانمونجوم).
    last = " ".join(before.replace("،", " ").replace(",", " ").split()[-8:])
    for pattern, reason in ((words.cancel_noun, "negated"), (words.proposal, "demanded")):
        found = None
        for found in pattern.finditer(last):
            pass
        if found is not None and not clauses.breaks.search(last[found.end():]):
            return reason
    if words.not_official.search(near_before) or words.not_official.search(" ".join(after.split()[:3])):
        return "not official"
    # A rule about travel, not a trip (حظرا مؤقتا على سفر عمال بلاده إلى الكويت؛ القيود على سفر الأمريكيين
    # إلى كوبا؛ قانونا يسمح لمسؤولين أميركيين كبار بالسفر إلى تايوان), and the travel of a crowd.
    if trigger and (words.travel_rule.search(" ".join(before.split()[-6:])) or words.crowd.match(after)):
        return "not a trip"
    return None



def is_cancelled_later(after: str, words: ExclusionWords) -> bool:
    """The meeting noun's predicate, past its relative clause, says it was called off
    (اللقاء الذي كان مقررا أن يجمعه بنظيره ... بعد ظهر الأربعاء، قد ألغي) or only may be held
    (القمة ... والتي من المفترض أن تعقد بحلول حزيران/يونيو، قد تجري في ...; words.may_be_held). `after` is normalised."""
    clause = " ".join(re.split(r"[.؛]", after)[0].split()[:24])
    return bool(_CANCELLED_PREDICATE.search(clause) or words.may_be_held.search(clause) or _REFUSED_LATER.search(clause))


def is_private_stay(words: ExclusionWords, before_place: str, after_place: str = "") -> bool:
    """A place told right after treatment, flight or holiday (بعد فترة علاج ... في باريس): the stay
    there is private, whatever the visit word of the clause; so is one followed by its private purpose
    (إلى إسبانيا لتمضية فترة علاجية). `before_place`/`after_place` are normalised."""
    clause = re.split(r"[،,.؛:]", before_place)[-1]
    following = re.split(r"[،,.؛:]", after_place)[0]
    return bool(words.not_official.search(" ".join(clause.split()[-8:])) or
                words.not_official.search(" ".join(following.split()[:4])))


# A visit word whose destination is a diplomatic mission, then the mission's seat (زيارته القنصلية
# السعودية في إسطنبول، دخل قنصلية بلاده في إسطنبول، توجه إلى مقر القنصلية ... في اسطنبول): a trip to
# a building, an errand (a citizen's papers, a protest, an attack, an inquiry), not a visit to the
# country; over all ANT articles not one such phrase tells an official's trip abroad. Normalised. The
# mission's nouns are the rows of class mission (ClauseWords.missions), a noun in ة also in its construct
# form, with what clitic or suffix it takes.
@lru_cache(maxsize=4)
def _mission_errand(missions: str, visits: str) -> re.Pattern:
    construct = "|".join(w[:-1] + "ت" for w in missions.split("|") if w.endswith("ه"))
    return re.compile(
        rf"(?<!\w)[وف]?[بل]?(?:ال)?(?:{visits})\s+(?:(?:الي|نحو|صوب)\s+)?(?:(?:ال)?(?:مقر|مبني)\s+)?"
        rf"(?:ال|لل|ل)?(?:{missions}|{construct})\S*(?:\s+\S+){{0,6}}\s*$")


_CLAUSE_MARKS = ("،", ",", ".", "؛", ":")


def is_mission_errand(before_place: str, missions: str, visits: str) -> bool:
    """A place told as the seat of a mission a visit word reaches (…زيارته القنصلية السعودية في): the
    trip is to the building, not to the country. `before_place` is the normalised text before the
    place; only its own clause is read. `missions` is ClauseWords.missions, `visits` the words of
    visiting that reach a mission (ClauseWords.mission_visits: زار، زيارته، دخل، وصول …)."""
    clause = before_place[max(map(before_place.rfind, _CLAUSE_MARKS)) + 1:]  # after the last mark (a scan from the end)
    return bool(_mission_errand(missions, visits).search(" ".join(clause.split()[-14:])))


def is_interview(after: str, words: ExclusionWords) -> bool:
    """A meeting word followed within a few words by a channel, paper or programme (normalised)."""
    return bool(words.media.search(" ".join(after.split()[:5])))


_FORMER = re.compile(r"^(?:السابقه|السابق|السابقتين|السابقين)(?!\w)")
_BACKGROUND_DAYS = 183  # a dated visit older than this at publication is background
_NEVER = re.compile("(?!)")


def is_background(after: str, before: str, value: str | None, published, long_ago: re.Pattern = _NEVER) -> bool:
    """A visit told as a memory: dated long before publication (a month or day more than half a year
    before; a year before the publication's year), or with a cue of long ago next to it.

    `after`/`before` are the normalised words after/before the visit word, `value` the visit's date
    (YYYY, YYYY-MM or YYYY-MM-DD), `published` a date or None, `long_ago` ExclusionWords.long_ago."""
    clause_after = re.split(r"[،,.؛:]", after, maxsplit=1)[0]
    if long_ago.search(" ".join(clause_after.split()[:8])) or long_ago.search(" ".join(before.split()[-4:])):
        return True
    if _FORMER.match(after.strip()):
        return True
    if not value or published is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return False
    year = int(value[:4])
    if len(value) == 4:
        return year < published.year
    month = int(value[5:7])
    day = int(value[8:10]) if len(value) == 10 else 28
    return (published.year - year) * 365 + (published.month - month) * 30 + (published.day - day) > _BACKGROUND_DAYS
