"""Is the clause before a date about the future? Arabic marks it with سـ/سوف on the verb, with
words of scheduling (من المقرر، يعتزم، المرتقب) or with a present-tense verb of meeting or holding."""
from __future__ import annotations

import re
from dataclasses import dataclass

from typing import TYPE_CHECKING

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import class_alternation, class_and_unseen_alternation, trie_alternation
from transforms.sentences import END_MARKS

if TYPE_CHECKING:
    from transforms.cue_lexicon import CueLexicon

# سـ + imperfective prefix, but not the common nouns and names that start the same way (سنوات، سياسة، سيارة،
# سيطرة، سيول، سيدة، ستة، سنغافورة، سيناء …): their openings are the rows of class `date_not_future_stem` of
# seeds/cue_words.csv, read as written at a word's opening, and the words that would open real future verbs too
# (سيول: سيولد; سيتي: سيتيح; ستة: ستهاجم; سيطر: سيطرح) are the rows of class `date_not_future_word`, whole words.
# سينت stays here though no ANT article in no gold file writes it but as the opening of a verb (سينتهي، سينتقل):
# reading those verbs as the future moves two rows wrong for one right on non-gold ANT (a future verb's tense
# then reaches a past weekday of a relative clause after it: سينتقل الثلاثاء … الإصابة التي تعرض لها السبت).
_NOT_VERBS_UNSEEN = ("سينت",)
# The future cues (class `date_future` of seeds/cue_words.csv: سوف، المقرر، المرتقب، المقبل، يعتزم، بحلول، يتطلع،
# الإعدادات جارية …; the present-tense verbs among them, with a day named, schedule it) and the past cues (class
# `date_past`: كان، الماضي، المنصرم، سبق and the perfect verbs of news and of statements, أعلن، قال، عقدت، اتهم،
# نفى، أدان …; not دعا، حذر، هدد، طالب, whose dates are often of what is to come: دعت إلى اجتماع الثلاثاء) are
# rows of the seed, read as written (tense_words). Those of class date_future that no ANT article writes (the two
# phrases of preparation under way: none of the ANT articles, in a gold file or not, holds them), so that no row can
# carry a real example of them, stay here.
_FUTURE_UNSEEN = ["التحضيرات جارية", "الترتيبات جارية"]
# The perfect cues that carry no subject or object suffix here: those whose suffixed form is written like a
# noun once normalised (عقده، عقدها after المقرر: holding it; وزاره: وزارة, ministry; اضافه، اشاره، افاده، ادانه:
# إضافة، إشارة، إفادة، إدانة; نفيه: his denial; كانه: كأنه; وقعه: its impact); nor the adjectives. They are the rows
# of class `date_past_unsuffixed` of seeds/cue_words.csv, read as written (tense_words); those whose leaving out
# changes no date row of an ANT article in no gold file, so that no row can carry a real example of them, stay here
# (عقده after a word of plan is already passed over as a verbal noun; اضافه، اشاره، افاده، ادانه، نفيه stand in no
# clause whose date they would turn; the adjectives and the copula are read whole).
# (the subject and object suffixes a perfect cue is read with: قتلوا، أعلنوه، أصدرته، زارها)
PRONOUN_SUFFIXES = ("وا", "وه", "ه", "ها", "هم", "هما")
UNSUFFIXED_UNSEEN = ("عقد", "أضاف", "أشار", "أفاد", "كان", "كانت", "وقع", "الماضي", "الماضية", "المنصرم", "نفى", "أدان")
# The past cues that are no perfect verb, read as written (tense_words): the adjectives of a time gone by (class
# `date_past_adjective` of seeds/cue_words.csv: الماضي، الماضية، المنصرم), not read as a perfect verb right before or
# right after a date, and the copula and سبق (class `date_not_news`: كان، كانت، سبق), with the adjectives no perfect
# verb of news right before اليوم. Those whose leaving out changes no date row of an ANT article in no gold file, so
# that no row can carry a real example of them, stay here.
# (الماضية، المنصرم; كان، سبق: left out one by one, none changes a date row of the 11,719 articles.)
PAST_ADJECTIVE_UNSEEN = ("الماضية", "المنصرم")
NOT_NEWS_UNSEEN = ("كان", "سبق")
# "كان من المقرر" was scheduled: the plan lies in the past. The words of a plan after كان (من) are the rows of
# class `date_was_planned` (مقرر، مفترض، متوقع; read with ال and any ending: المقرر، مفترضا، متوقعة); those whose
# leaving out changes no date row of an ANT article in no gold file stay in WAS_PLANNED_UNSEEN (each of the three
# changes one, so none stays).
WAS_PLANNED_UNSEEN: tuple[str, ...] = ()


def _was_planned(cues: CueLexicon | None) -> str:
    """كان، كانت or كانا, من at most, then a word of a plan (class date_was_planned, and WAS_PLANNED_UNSEEN) with
    ال and any ending; a pattern that never matches without one."""
    words = class_and_unseen_alternation(cues, "date_was_planned", WAS_PLANNED_UNSEEN)
    return rf"كان[تا]?\s+(?:من\s+)?(?:ال)?(?:{words})\w*" if words else _NEVER


def _class_and_unseen(cues: CueLexicon | None, cls: str, unseen: tuple[str, ...]) -> frozenset[str]:
    """The written forms of a word-list class of the cue lexicon and its unseen words, normalised."""
    words = {normalize_key(w) for w in unseen}
    if cues is not None and class_alternation(cues, cls):
        words.update(cues.lists[cls])
    return frozenset(words)


_NEVER = r"(?!)"


@dataclass(frozen=True)
class TenseWords:
    """The patterns of the tense cues, built once from the cue lexicon (tense_words, DateLexicon.tense_words)."""
    cue: re.Pattern  # a future or a past cue (tense, _has_future_proper)
    past_right_before: re.Pattern  # a perfect verb right before a date (past_verb_right_before)
    perfect_then: re.Pattern  # a perfect verb of news right before اليوم (perfect_verb_right_before)
    perfect_after: re.Pattern  # a perfect verb right after a date (PERFECT_AFTER's reading)
    scheduling: frozenset  # the present-tense verbs of scheduling among the future cues (future_verb_right_before)
    said_that: re.Pattern  # a complementiser after a verb of saying, a whole word (said_that_pattern)


def suffixed_forms(verb: str) -> list[str]:
    """A perfect cue (normalised) with its subject or object suffixes (PRONOUN_SUFFIXES): أصدر -> أصدرته، أصدروا. A
    verb ending in ى (normalised to ي) writes it ا before an object pronoun and drops it before the plural's وا
    (أجرى -> أجراها، أجراه، أجروا; جرى -> جروا): the ي would never match."""
    if not verb.endswith("ي") or len(verb) < 3:
        return [verb + suffix for suffix in PRONOUN_SUFFIXES]
    stem = verb[:-1]
    return [stem + ("" if suffix.startswith("و") else "ا") + suffix for suffix in PRONOUN_SUFFIXES]


# A complementiser after a verb of saying (قال إن، أعلنت أنها، وأضاف أنه), or of cause or consequence (لأنه، فإن):
# what follows is what was said, whose tense is its own. Its words are the rows of class `date_said_that` of
# seeds/cue_words.csv, as written, each a whole word between spaces: not class `complementiser`, read with its
# clitics (وأن، بأن), which has بأن and lacks فإن.
def said_that_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word of class `date_said_that` (إن، إنها، لأنه، فإن …) standing alone between spaces; a pattern that never
    matches without the cue lexicon."""
    words = class_alternation(cues, "date_said_that")
    return re.compile(rf"(?<!\S)(?:{words})(?!\S)" if words else _NEVER)


def tense_words(cues: CueLexicon | None) -> TenseWords:
    """The tense cues of the classes date_future and date_past of the cue lexicon; without it, only the
    future prefix, لن، لم and the two phrases of _FUTURE_UNSEEN are read."""
    future = list(cues.lists.get("date_future", ())) if cues is not None and class_alternation(cues, "date_future") else []
    past = list(cues.lists.get("date_past", ())) if cues is not None and class_alternation(cues, "date_past") else []
    unsuffixed = {normalize_key(w) for w in UNSUFFIXED_UNSEEN}
    if cues is not None and class_alternation(cues, "date_past_unsuffixed"):
        unsuffixed.update(cues.lists["date_past_unsuffixed"])
    suffixed = [form for w in past if w not in unsuffixed for form in suffixed_forms(w)]
    suffixed += ["كانوا"] if past else []
    adjectives = _class_and_unseen(cues, "date_past_adjective", PAST_ADJECTIVE_UNSEEN)
    not_news = adjectives | _class_and_unseen(cues, "date_not_news", NOT_NEWS_UNSEEN)

    def alt(words) -> str:
        return trie_alternation(words) if words else _NEVER

    stems, words = class_alternation(cues, "date_not_future_stem"), class_alternation(cues, "date_not_future_word")
    not_verbs = "|".join(filter(None, (stems, trie_alternation(_NOT_VERBS_UNSEEN), rf"(?:{words})(?!\w)" if words else "")))

    # The word lists are factored as tries (trie_alternation): tried at every token of the clause, a
    # flat alternation of a hundred words is the slow part of the scan.
    cue = re.compile(
        r"(?<!\w)[وف]?(?:"
        # (a final ا or و marks a foreign name far more often than a verb: سيسيليا، سيستوسو)
        # (but سيعقدها، ستبدأ end so as verbs: an object pronoun, a hamza written ا)
        rf"(?P<fut>{f'(?!{not_verbs})' if not_verbs else ''}س[يتن]\w{{2,}}(?:(?<![او])|(?<=ها)|(?<=بدا))"
        rf"|لن\s+[يتن]\w+|علي\s+ان\s+[يتن]\w+|{alt(future + _FUTURE_UNSEEN)})"
        # لم يبدأ is a past denied (read before يبدأ as a future verb)
        # (a perfect verb may carry its subject or object: قتلوا، أعلنوه، أصدرته، كانوا)
        rf"|(?P<past>(?P<planned>{_was_planned(cues)})|لم\s+[يتن]\w+|{alt(past + suffixed)})"
        r")(?!\w)"
    )
    # A perfect verb right before a date, with at most a preposition between (عقدت في 29 مارس): told as past.
    past_right_before = re.compile(
        rf"(?<!\w)[وف]?(?:{alt([w for w in past if w not in adjectives])})"
        r"\s+(?:[وف]?(?:في|يوم|منذ)\s+)?$")
    # A perfect verb of news right before اليوم (أعلنت اليوم، عقدت اليوم، بدأت اليوم), or with its suffix (مقابلة
    # أجراها اليوم، أصدروا اليوم): the day it is told on.
    news = [w for w in past if w not in not_news]
    news_suffixed = [form for w in news if w not in unsuffixed for form in suffixed_forms(w)]
    perfect_then = re.compile(rf"(?<!\w)[وف]?(?:{alt(news + news_suffixed)})\s+$")
    # A perfect verb right after a date, a comma or قد between at most (بحلول الخميس، وصل; بحلول نهاية مارس كان قد):
    # the date is told as gone by.
    perfect_after = re.compile(
        rf"\s*[،,]?\s*(?:قد\s+)?[وف]?(?:{alt([w for w in past if w not in adjectives])})(?!\w)")
    # (not يجري, تجري: what goes on, ما يجري اليوم في الخليج, is as often "nowadays")
    scheduling = frozenset(w for w in future if w[0] in "يت") - {"يجري", "تجري"}
    return TenseWords(cue, past_right_before, perfect_then, perfect_after, scheduling, said_that_pattern(cues))


NO_WORDS = tense_words(None)


# Sentence ends and quotation marks bound the clause whose tense applies.
_SENTENCE_END = re.compile(r"[.!?؟؛\n\"“”«»]")
# Everything up to the last of them (greedy, so one match finds the last end without listing all).
_UP_TO_LAST_END = re.compile(".*" + _SENTENCE_END.pattern, re.S)
WINDOW = 220  # characters back from the date, within its sentence
# A verb never follows a preposition or a number: the سـ-word after them is a noun or a name (في سيول،
# إلى ستوكهولم، في سيناء، 3 سيارات). (Not من, which is also "who": من سيخلفه.)
_NO_VERB_AFTER = re.compile(r"(?:^|\s)[وفب]?(?:في|الي|علي|عن|مع|بين|نحو|حول|قرب|لدي|عند|منذ|خلال|\d{1,3})\s+$")


# غير before an adjective of plan (غير متوقعة، غير المقرر): unexpected, unplanned, no future.
_UN = re.compile(r"(?<!\w)(?<!من\s)غير\s+$")


def clause_before(text: str, start: int) -> str:
    """The sentence text before `start` (at most WINDOW characters)."""
    lo = max(0, start - WINDOW)
    chunk = text[lo:start]
    last_end = _UP_TO_LAST_END.match(chunk)
    return chunk[last_end.end():] if last_end else chunk


# The endings an imperfect verb may carry after its stem: its subject (يعلنون، يلتقيان) and its object
# (يعقدها، يزوره، يمنحهم), in that order.
_VERB_ENDINGS = re.compile(r"(?:ون|ان|ين)?(?:هما|هم|ها|ه|كم|نا)?$")


def future_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether `word` (سيزور، ستعقدها، سيعلنون) is the future prefix سـ on an imperfect verb of
    `verbs`: what follows the سـ, with or without its endings, is a verb form of the corpus. Names
    and nouns that begin with the same letters (سيول، سيناء، سيلتيكس، سيرك) are no verbs."""
    stem = word[1:]
    if stem in verbs:
        return True
    bare = _VERB_ENDINGS.sub("", stem)
    if bare != stem and bare[-1:] in ("ؤ", "و"):
        bare = bare[:-1] + "ا"  # (a final hamza sits on و before an ending: سيبدؤها is يبدأ, normalised يبدا)
    # the same verb in another person (سندعم: يدعم، تدعم), when what follows the prefix is a root's
    # length at least (a shorter rest, سيرك: ترك, is as often a noun's)
    return bare in verbs or (len(bare) >= 4 and any(p + bare[1:] in verbs for p in _PERSONS if p != bare[0]))


_PERSONS = ("ي", "ت", "ن")


def clause_patterns(cues: CueLexicon) -> tuple[re.Pattern, re.Pattern]:
    """The clause words of the cue lexicon (seeds/cue_words.csv) as tense.py reads them:
    - a relative pronoun (class `relative`) and the verb that opens its clause (التهم التي وجهتها له
      اللجنة، القانون الذي أقره البرلمان): when that verb is no imperfect of `verbs`, it is a perfect,
      and the date after it is told in the past (see tense);
    - a word that opens a clause of its own, a relative or a conjunction of time (classes `relative`
      and `own_clause_opener`: الذي، عندما، حين، بعدما): an opening verb does not reach a date after it
      (see opens_with_imperfect)."""
    relative = cues.word_alternation("relative")
    own = "|".join(filter(None, (relative, cues.word_alternation("own_clause_opener"))))
    return (re.compile(rf"(?<!\w)[وف]?(?:{relative})\s+[وف]?(?P<verb>\w{{3,}})(?!\w)"),
            re.compile(rf"(?<!\w)[وف]?(?:{own})(?!\w)"))


# (Each word of the three lists _NOT_PERFECT, _NO_VERB_AFTER and _NOT_AHEAD was tried as a cue row, issue 8: left
# out one by one, none changes a date row of the 11,719 ANT articles in no gold file, so no row can carry a real
# example and they stay here. The two-letter words of _NOT_PERFECT cannot match the relative's verb of three
# letters at least, and those opening with س، ي، ت، ن are left out by their first letter anyway.)
_NOT_PERFECT = frozenset(("كان", "كانت", "كانوا", "سبق", "سوف", "لم", "لن", "قد", "لا", "ما", "هي", "هو", "هم", "من", "في",
                          "علي", "عن", "الي", "مع", "منذ", "بين", "حيث", "ليس", "ليست", "لها", "له", "لهم", "فيها", "فيه",
                          "منها", "منه", "عليها", "عليه", "يتم", "تتم", "نحن", "انا", "انت", "تعرف", "يعرف", "باتت", "بات",
                          "اصبح", "اصبحت", "ظل", "ظلت", "مازال", "مازالت", "لازال", "لازالت"))


def _perfect_after_relative(verb: str) -> bool:
    # (a verb opening with ي، ت، ن is read as an imperfect: التي تعقد، الذي يتألف، التي تحتضنها; the
    # perfects تفعّل (تحدث) are left too)
    return not (verb in _NOT_PERFECT or verb.startswith(("ال", "لل", "بال")) or verb[0] in "سيتن"
                or verb[0].isdigit())


def tense(text: str, start: int, verbs: frozenset[str] = frozenset(),
          relative_verb: re.Pattern | None = None, words: TenseWords = NO_WORDS) -> str | None:
    """"future" or "past" by the nearest tense cue before `start` in its sentence; None without one.
    With `verbs` (imperfect forms), a سـ-word is a future cue only on one of them (future_verb); with
    `relative_verb` as well (clause_patterns), a perfect verb opening a relative clause is a past cue.
    `words`: the future and past cue words (tense_words, DateLexicon.tense_words); without them only the
    future prefix, لن and لم are read."""
    last, planned = None, False
    clause = clause_before(text, start)
    for m in words.cue.finditer(clause):
        fut = m.group("fut")
        if fut and fut[0] == "س" and fut != "سوف" and (
                _NO_VERB_AFTER.search(clause, max(0, m.start() - 8), m.start())
                or (verbs and not future_verb(fut, verbs))):
            continue  # في سيراليون، إلى ستراسبورغ، فوز سيلتيكس: a name or a noun, no verb
        if fut and not fut.startswith("ال") and _UN.search(clause, max(0, m.start() - 8), m.start()):
            continue  # عملية غير متوقعة: unexpected, no plan (but من غير المتوقع أن: not expected to, ahead)
        if m.group("past") and last is not None and last.group("fut") and not clause[last.end():m.start()].strip():
            continue  # من المتوقع عقد قمة، المقرر توجه: a verbal noun right after the plan, no perfect verb
        last = m
        planned |= m.group("planned") is not None or (
            fut is not None and not _WILL.match(fut) and _WAS_BEFORE.search(clause, 0, m.start()) is not None)
    if verbs and relative_verb is not None:
        # (only a relative after the last cue and after the last comma counts, and no match holds a
        # comma: the scan starts past both; a match still starts only at a token start)
        for r in relative_verb.finditer(clause, max(clause.rfind("،"), clause.rfind(","),
                                                    last.start() if last is not None else -1) + 1):
            if (last is None or r.start() > last.start()) and _perfect_after_relative(r.group("verb")) \
                    and "،" not in clause[r.end():] and "," not in clause[r.end():]:
                return "past"  # (the last cue is the perfect verb of a relative clause the date is in)
    if last is None:
        return None
    if planned and last.group("fut") and not _WILL.match(last.group("fut")):
        # كان من المقرر أن يبدأ تنفيذها الأحد: the verbs after a past plan are the plan's
        return "past"
    return "future" if last.group("fut") else "past"


def in_with_conjunction(word: str, words: frozenset[str]) -> bool:
    """Whether `word`, with و or ف glued on at most, is one of `words` (وعقدت، فأعلن)."""
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


def last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    """The last match of `pattern` in `text`, or None."""
    last = None
    for last in pattern.finditer(text):
        pass
    return last


def holds_perfect(span: str, perfects: frozenset[str]) -> bool:
    """Whether a word of `span`, with و or ف glued on at most, is a perfect verb of `perfects` (DateLexicon.perfect_verbs:
    عقدت، اجتمع، تظاهروا): a perfect verb no tense cue row names."""
    return any(in_with_conjunction(word, perfects) for word in span.split())


def past_plan(text: str, start: int, words: TenseWords = NO_WORDS) -> bool:
    """Whether the clause before `start` tells a plan in the past (كان من المقرر، كان مفترضا، كانت متوقعة:
    class date_was_planned), with no cue after it but the plan's own: what was planned, which tense() reads as past,
    whether or not its time has come."""
    last = None
    for m in words.cue.finditer(clause_before(text, start)):
        last = m
    return last is not None and last.group("planned") is not None


# The copula and what goes on: سيكون اليوم قادرا (will he now be able), no day of an event.
_NOT_AHEAD = frozenset(("يكون", "تكون", "يكونون", "يجري", "تجري"))


def future_verb_right_before(text: str, start: int, verbs: frozenset[str] = frozenset(),
                             words: TenseWords = NO_WORDS) -> bool:
    """True when the word right before `start` is a verb that looks ahead: سوف and a verb, the future
    prefix on an imperfect of `verbs` (ستعقد، سيلتقي), or a present-tense verb of scheduling (يجتمع،
    تعقد): the اليوم after it is the day the thing is done (القمة التي ستعقد اليوم، ويجتمع اليوم مجلس الأمن)."""
    before = text[max(0, start - 30):start].split()
    if not before:
        return False
    if len(before) > 1 and before[-2] in ("سوف", "وسوف", "فسوف"):
        return True
    word = before[-1]
    for verb in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        if verb in words.scheduling or (verb[:1] == "س" and verb[1:] not in _NOT_AHEAD and verbs and future_verb(verb, verbs)):
            return True
    return False


def perfect_verb_right_before(text: str, start: int, words: TenseWords = NO_WORDS) -> bool:
    """True when the word right before `start` is a perfect verb of news (قال، أعلنت، عقدت، بدأت …)."""
    return words.perfect_then.search(text, max(0, start - 16), start) is not None


def past_verb_right_before(text: str, start: int, words: TenseWords = NO_WORDS) -> bool:
    """True when a perfect verb stands right before `start` (وقعت في 29 مارس، عقدت يوم 5 أيار)."""
    return words.past_right_before.search(text, max(0, start - 24), start) is not None


_WILL = re.compile(r"س[يتن]|سوف")
# كان، كانت or كانا and a subject of three words at most, no comma, right before a word of plan (وكانت الشركة تخطط
# لطرحها في أكتوبر; كان ترامب يريد): a plan of the past, as after date_was_planned. من is no subject: «كان من
# المقرر» is date_was_planned's own row
_WAS_BEFORE = re.compile(r"(?<!\w)[وف]?كان[تا]?(?:\s+(?!من\s)[^\s،,]+){0,3}\s+$")


# A sentence opened by a third-person imperfect verb (يعقد، يسعى، يتوجه: news puts the verb first)
# tells what is going on or to come; the verbs of reporting and of belief, which introduce a past
# event (يذكر أن، يقول ناشطون إن، يأتي ذلك بعد، يتهم … بقتل), and the names and words that begin
# with the same letter are not such verbs: they are the rows of class `date_not_opening_verb` of
# seeds/cue_words.csv, read as written (opening_imperfect_pattern); those whose leaving out changes no date row
# of an ANT article in no gold file, so that no row can carry a real example of them, stay here (most open a
# sentence whose date has a tense cue before it, or lies beyond OPENER_REACH, or opens the date itself: يوم، يونيو).
NOT_OPENING_UNSEEN = ("يشار", "يقول", "يري", "يعتقد", "يبدو", "يعد", "يعتبر", "يوم", "يونيو", "يونيه", "يوليو",
                      "يوليه", "يناير", "يوسف", "ياسر", "يحيي", "يعرف", "يتهم", "يشتبه", "يقدر", "يوجد", "يمكن",
                      "يجب", "يزعم", "ينفي", "يؤكد", "يقر", "يضيف", "يوضح", "يلفت", "ينقل", "يتحدث", "يحمل",
                      "يعيش", "يتعلق", "يصف", "يروي", "يكشف", "يظهر", "يشير", "يفيد", "يعود", "يتبين", "يبلغ",
                      "يعاني", "يصادف", "ينس", "يان", "يونس", "يوهان", "يوري", "ياسين", "يحيا")


def opening_imperfect_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A third-person imperfect verb opening a clause, not one of the words of class `date_not_opening_verb`
    (and NOT_OPENING_UNSEEN); without the cue lexicon only NOT_OPENING_UNSEEN are left out."""
    words = list(cues.lists.get("date_not_opening_verb", ())) if cues is not None and class_alternation(cues, "date_not_opening_verb") else []
    words += [normalize_key(w) for w in NOT_OPENING_UNSEEN if normalize_key(w) not in words]
    not_verbs = rf"(?!(?:{trie_alternation(words)})(?!\w))" if words else ""
    return re.compile(rf"\s*[وف]?{not_verbs}ي\w{{2,}}(?<![او])(?!\w)")


_OPENING_IMPERFECT = opening_imperfect_pattern(None)


OPENER_REACH = 5  # words at most between the opening verb and the date (the subject, an object, a place)


# A sentence opened by a تـ-word that only an imperfect is shaped like (the perfects تفعّل، تفاعل share
# the others' letters: تحدث، تظاهر، تناول، تولى، تبنى): تـ + ست or تـ + ت (تستضيف، تتواصل), or four
# letters with ا or ي second to last (تقام، تعيش).
_OPENING_T = re.compile(r"\s*[وف]?(?P<verb>ت(?:ست|ت)\w{2,}|ت\w[اي]\w)(?!\w)")


def opens_with_imperfect(text: str, start: int, verbs: frozenset[str] = frozenset(),
                         own_clause: re.Pattern | None = None, opener: re.Pattern | None = None,
                         reach: int = OPENER_REACH) -> bool:
    """True when the sentence before `start` opens with a third-person imperfect verb and the date
    follows it within its clause (يصوت الناخبون الأحد، يستقبل الرئيس الأمريكي في واشنطن الثلاثاء;
    with `verbs`, also a تـ-verb of a shape no perfect has: وتقام الجولة الثالثة الأخيرة الأربعاء;
    تحتفل is not read: تـ opens as many perfect verbs, تسبب، تظاهر)."""
    return _opened_by_imperfect(clause_before(text, start), verbs, own_clause, opener, reach)


def clause_opens_with_imperfect(text: str, start: int, verbs: frozenset[str], own_clause: re.Pattern,
                                opener: re.Pattern | None = None, words: TenseWords = NO_WORDS) -> bool:
    """True when the last clause of its own before `start` (after a relative or a conjunction of time, `own_clause`:
    التي، عندما، حيث) opens with a third-person imperfect verb a few words before `start`, with no tense cue nor comma in it
    (ويأمل الألمان في التعويض عندما يواجهون السويد السبت; في المباراة التي تجمع الفريقين الأحد): what goes on or is to
    come, whatever the sentence told before the clause opened (see opens_with_imperfect)."""
    clause = clause_before(text, start)
    last = last_match(own_clause, clause)
    if last is None or words.cue.search(clause, last.end()) or "،" in clause[last.end():] or "," in clause[last.end():]:
        return False  # (a comma closes the clause: الذي يقيم علاقات وثيقة مع الرياض، الثلاثاء, the main clause's day)
    return _opened_by_imperfect(clause[last.end():], verbs, own_clause, opener)


def _opened_by_imperfect(clause: str, verbs: frozenset[str], own_clause: re.Pattern | None,
                         opener: re.Pattern | None, reach: int = OPENER_REACH) -> bool:
    """Whether `clause` opens with a third-person imperfect verb (see opens_with_imperfect) OPENER_REACH words at most
    before its end, no clause of its own between."""
    verb = (opener or _OPENING_IMPERFECT).match(clause)
    if verb is None and verbs:
        verb = _OPENING_T.match(clause)
        if verb is not None and not future_verb("س" + verb.group("verb"), verbs):
            verb = None
    if verb is None:
        return False
    between = clause[verb.end():]
    # What stops the opening verb from reaching the date: a word opening a clause of its own
    # (`own_clause`, see clause_patterns: الذي أقره البرلمان الأحد، عندما وصل الأحد).
    return len(between.split()) <= reach and (own_clause is None or own_clause.search(between) is None)


def said_that_before(text: str, start: int, words: TenseWords = NO_WORDS, reported: re.Pattern | None = None) -> bool:
    """True when the last tense cue in the clause before `start` is a perfect verb of saying (`reported`, see
    reported_pattern: قال، أعلنت) with إن/أن after it before `start`: the past is the saying's, not the date's
    (أعلنت المحكمة العليا في السعودية، أن الأحد، سيكون غرة شهر ذي الحجة), unless قد and a perfect verb tell what
    was said as done (أعلن … أنه شارك …، وقد أدت واحدة منها إلى مقتل نحو 10 متشددين السبت)."""
    if reported is None:
        return False
    clause = clause_before(text, start)
    last = last_match(words.cue, clause)
    if last is None or not last.group("past") or reported.match(clause, last.start()) is None:
        return False
    said = words.said_that.search(clause, last.end())
    return said is not None and _PAST_QAD.search(clause, said.end()) is None


# قد before a perfect verb (وقد أدت، قد وصل): what was said is told as done.
_PAST_QAD = re.compile(r"(?<!\S)[وف]?قد\s+(?![يتن])\w")


# A weekday that ends its sentence after a comma, in a sentence of reported speech (وقال الصليب الأحمر
# إن عدد … أن يرتفع إلى 20 ألفا، الجمعة. / حسبما تحدث … لـCNN، الخميس.), dates the report, whatever the
# tense of what is reported.
# The verbs of saying are the rows of class `date_reporting` of seeds/cue_words.csv, as written (reported_pattern).


def reported_pattern(cues: CueLexicon | None) -> re.Pattern | None:
    """A perfect verb of saying (class `date_reporting`: قال، أعلنت، ذكرت، تحدث …), after حسبما or كما at
    most; None without the cue lexicon (no sentence is read as reported, see reported_at_end)."""
    verbs = class_alternation(cues, "date_reporting")
    return re.compile(rf"(?<!\w)[وف]?(?:حسبما\s+|كما\s+)?(?:{verbs})(?!\w)") if verbs else None
_COMMA_BEFORE = re.compile(r"[،,]\s*$")
# (the sentence's end marks are those of transforms.sentences, or a line break)
_ENDS_SENTENCE = re.compile(rf"\s*(?:[{re.escape(END_MARKS)}\n]|$)")
_SENTENCE_START = re.compile(rf".*[{re.escape(END_MARKS)}\n]", re.S)
REPORT_REACH = 400  # characters back to the sentence's start at most


_LAST_COMMA = re.compile(r".*[،,]", re.S)


def reported_at_end(text: str, start: int, end: int, verbs: frozenset[str] = frozenset(),
                    reported: re.Pattern | None = None, words: TenseWords = NO_WORDS) -> bool:
    """True when the date at start:end ends its sentence after a comma and the sentence reports speech
    with a perfect verb of saying before it (`reported`, see reported_pattern: قال، أعلنت، ذكرت، تحدث …), unless the words between the
    comma before and the date hold a future verb (سـ، سوف), whose day the date then is (وسيسمح لهم
    بمغادرة المستشفى، الخميس.)."""
    comma = _COMMA_BEFORE.search(text, max(0, start - 4), start)
    if not _ENDS_SENTENCE.match(text, end) or comma is None:
        return False
    lo = max(0, start - REPORT_REACH)
    last = _SENTENCE_START.match(text, lo, start)
    sentence_start = last.end() if last else lo
    if reported is None or reported.search(text, sentence_start, start) is None:
        return False
    before = _LAST_COMMA.match(text, sentence_start, comma.start())
    return not _has_future_proper(text[before.end() if before else sentence_start:comma.start()], verbs, words)


def will_in_clause(text: str, start: int, verbs: frozenset[str] = frozenset(), words: TenseWords = NO_WORDS) -> bool:
    """True when the sentence before `start` (clause_before) holds a verb of the future proper: سوف, or
    the prefix سـ on an imperfect of `verbs` (وسيزور، ستجمع), not only a word of plan or an imperfect."""
    return _has_future_proper(clause_before(text, start), verbs, words)


def _has_future_proper(span: str, verbs: frozenset[str], words: TenseWords = NO_WORDS) -> bool:
    """Whether `span` holds a future cue that is a verb of the future proper: سوف, or سـ on an
    imperfect of `verbs` (any سـ-word of a verb's shape without them)."""
    for m in words.cue.finditer(span):
        fut = m.group("fut")
        if fut and (fut == "سوف" or (fut[0] == "س" and (not verbs or future_verb(fut, verbs)))):
            return True
    return False
