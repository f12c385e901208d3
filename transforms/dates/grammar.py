"""The Arabic date grammar as one compiled regex over normalised text (see transforms.arabic_text).

Each production is a named group `p_<name>`; `match.lastgroup` says which one matched. Inner groups
are prefixed with the production's letter. Words are written as in print and normalised here
(أ→ا, ة→ه, ى→ي), so the regex meets the text in the same form.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import ahocorasick_rs

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import trie_alternation
from transforms.dates.first_chars import first_char_guard, first_chars

if TYPE_CHECKING:
    from transforms.dates.lexicon import DateLexicon


# The trie alternation of words (factored so the regex engine does not try each word in turn) and the alternation of a
# cue class with its unseen words live with the cue lexicon (transforms.cue_lexicon), which every reader of a class uses.
_alt = trie_alternation


# The adjectives of a kind of year (see compile_grammar's YEAR_KIND) whose leaving out changes no date row of an ANT
# article in no gold file (العام الجامعي، العام القضائي، العام الميلادي، العام الهجري), so that no row can carry a real
# example of them, stay here.
YEAR_KIND_UNSEEN = ("الجامعي", "القضائي", "الميلادي", "الهجري")


# The words besides the prepositions after which a bare number is a year (bareyear: مطلع 2018، بحلول 2030): the rows
# of class `date_year_lead` of seeds/cue_words.csv (DateLexicon.year_lead); those whose leaving out changes no date
# row of an ANT article in no gold file, so that no row can carry a real example of them, stay in YEAR_LEAD_UNSEEN
# (بحلول: a year after it is read the same as a lone year there).
YEAR_LEAD_UNSEEN = ("بحلول",)


# Ordinal day words (masculine, agreeing with يوم): الأول … الحادي والثلاثين.
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
ORDINAL_DAYS: dict[str, int] = {normalize_key(w): i + 1 for i, w in enumerate(_UNITS)}
for _i, _w in enumerate(_UNITS[:9]):
    _teen = "الحادي" if _i == 0 else _w
    ORDINAL_DAYS[normalize_key(f"{_teen} عشر")] = 11 + _i
    for _tens, _base in (("العشرين", 20), ("الثلاثين", 30)):
        if _base + _i + 1 <= 31:
            ORDINAL_DAYS[normalize_key(f"{_teen} و{_tens}")] = _base + _i + 1
            ORDINAL_DAYS[normalize_key(f"{_teen} و {_tens}")] = _base + _i + 1
ORDINAL_DAYS[normalize_key("العشرين")] = 20
ORDINAL_DAYS[normalize_key("الثلاثين")] = 30
ORDINAL_DAYS[normalize_key("الواحد والعشرين")] = 21
ORDINAL_DAYS[normalize_key("الواحد والثلاثين")] = 31
ORDINAL_DAYS[normalize_key("الفاتح")] = 1  # الفاتح من أيار (Maghreb and Gulf press): the first
# Day words of the grammar: also أول (أول مارس, the first day of the month), which is no trigger (a
# common word; the month after it triggers, and أول is a lead word).
DAY_WORDS: dict[str, int] = {**ORDINAL_DAYS, normalize_key("أول"): 1}
# An ordinal day with a preposition glued on (أجلت الجلسة للرابع من نوفمبر، احتفالا بالأول من أبريل): ب
# before the article, ل in place of its alif. The day word is read without it (see glued_day_word).
GLUED_ORDINALS = {**{"ب" + w: n for w, n in ORDINAL_DAYS.items() if w.startswith("ال")},
                  **{"ل" + w[1:]: n for w, n in ORDINAL_DAYS.items() if w.startswith("ال")}}


def glued_day_word(word: str) -> str:
    """The ordinal day word of GLUED_ORDINALS' form (للرابع → الرابع, بالرابع → الرابع), else word."""
    if word.startswith("لل"):
        return "ا" + word[1:]
    if word.startswith("بال"):
        return word[1:]
    return word

# Relative modifiers after a month, year or weekday, by direction (-1 past, 0 current, +1 next): the rows of the
# classes `date_relative_past`, `date_relative_this` and `date_relative_next` of seeds/cue_words.csv (الماضي،
# الجاري، المقبل, and the forms agreeing with two dates: من 14 يونيو حتى 15 يوليو المقبلين; DateLexicon.relative,
# relative_words). Those whose leaving out changes no date row of an ANT article in no gold file, so that no row can
# carry a real example of them, stay in RELATIVE_UNSEEN.
RELATIVE_CLASSES = {"date_relative_past": -1, "date_relative_this": 0, "date_relative_next": 1}
RELATIVE_UNSEEN: dict[str, int] = {}


def relative_words(cues) -> dict[str, int]:
    """Normalised relative modifier -> its direction, from the cue lexicon's rows and RELATIVE_UNSEEN."""
    words = {normalize_key(w): n for w, n in RELATIVE_UNSEEN.items()}
    for cls, direction in RELATIVE_CLASSES.items():
        if cues is not None and cues.word_alternation(cls):
            words.update((normalize_key(w), direction) for w in cues.lists[cls])
    return words


def plural_relative_words(relative: dict[str, int]) -> frozenset[str]:
    """The relative modifiers that agree with two dates or more (المقبلين، الماضيين: the dual and the plural of
    a masculine noun end in ين or ان), which date every day of the list they close (extract.list_relative)."""
    return frozenset(w for w in relative if w.endswith(("ين", "ان")))
# "نفسه/ذاته" after الشهر, اليوم or العام: the same as the date the text just named. The words are the rows of class
# `date_same` of seeds/cue_words.csv (DateLexicon.same); those whose leaving out changes no date row of an ANT
# article in no gold file (ذاتها: السنة ذاتها is written nowhere there), so that no row can carry a real example of
# them, stay in SAME_UNSEEN.
SAME_UNSEEN = ("ذاتها",)

# Words that may lead a month or year expression; prepositions are trimmed from the surface. The prepositions, the
# words of a part of a period and the parts of a day are the rows of classes date_lead_preposition (في، خلال، منذ),
# date_lead_period (شهر، مطلع، نهاية) and date_day_part (صباح، مساء، ليلة يوم) of seeds/cue_words.csv, read as written
# (lead_words: DateLexicon.prepositions, period_words, day_parts and lead_tokens); those whose leaving out changes no
# date row of an ANT article in no gold file, so that no row can carry a real example of them, stay here (left out one
# by one over the 11,719 articles: إلى، حلول، طوال، غضون، أعقاب، ختام and the day parts with يوم, whose يوم the grammar
# reads by itself, change none; اعتبارا من changes one, where it is glued to the year, «اعتبارا من2015», which no row's
# example test reads as the word).
PREPOSITIONS_UNSEEN = ("إلى", "حلول", "طوال", "اعتبارا من")
PERIOD_WORDS_UNSEEN = ("غضون", "أعقاب", "ختام")
DAY_PARTS_UNSEEN = ("مساء يوم", "صباح يوم", "فجر يوم", "ليلة يوم", "ظهر يوم")


def lead_words(cues) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(prepositions, period words, day parts, lead tokens): the words of classes date_lead_preposition,
    date_lead_period and date_day_part of the cue lexicon, each with its unseen words (normalised, sorted), and the
    words that can stand before a trigger inside one expression (theirs, those of class date_lead_token and
    LEAD_TOKENS)."""
    def words(cls: str, unseen: tuple[str, ...]) -> tuple[str, ...]:
        found = {normalize_key(w) for w in unseen}
        if cues is not None and cues.word_alternation(cls):
            found.update(cues.lists[cls])
        return tuple(sorted(found))

    prepositions = words("date_lead_preposition", PREPOSITIONS_UNSEEN)
    period_words = words("date_lead_period", PERIOD_WORDS_UNSEEN)
    day_parts = words("date_day_part", DAY_PARTS_UNSEEN)
    tokens = frozenset(w for phrase in [*prepositions, *period_words, *day_parts, *words("date_lead_token", ())]
                       for w in phrase.split()) | LEAD_TOKENS
    return prepositions, period_words, day_parts, tokens
# The words of a year before its number (عام 1979، بين عامي 1980 و1988، موسم 2017) are the rows of classes
# date_year_word (عام، عامي، سنة، سنتي: three digits after them are a year too, عام 841) and date_year_word_other
# (عامين، سنوات، أعوام، موسم) of seeds/cue_words.csv, read as written (year_words: DateLexicon.year_words and
# singular_year_words); those whose leaving out changes no date row of an ANT article in no gold file stay here.
YEAR_WORD_UNSEEN: tuple[str, ...] = ()
YEAR_WORD_OTHER_UNSEEN: tuple[str, ...] = ()


def year_words(cues) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(every word of a year, the singular ones): the words of classes date_year_word and date_year_word_other of the
    cue lexicon with their unseen words, normalised and sorted."""
    def words(cls: str, unseen: tuple[str, ...]) -> set[str]:
        found = {normalize_key(w) for w in unseen}
        if cues is not None and cues.word_alternation(cls):
            found.update(cues.lists[cls])
        return found

    singular = words("date_year_word", YEAR_WORD_UNSEEN)
    return tuple(sorted(singular | words("date_year_word_other", YEAR_WORD_OTHER_UNSEEN))), tuple(sorted(singular))
SMALL_COUNTS = {normalize_key(w): n for n, w in enumerate(
    ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]) if w}
# Counts before a unit of time (قبل ثلاث سنوات، قبل عشرين عاما), also glued to ب (بعد ذلك بثلاثة أعوام).
COUNTS = {**SMALL_COUNTS, **{normalize_key(w): n for w, n in (
    ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثماني", 8), ("ثمان", 8), ("تسع", 9),
    ("عشر", 10), ("عشرين", 20), ("ثلاثين", 30), ("أربعين", 40), ("خمسين", 50), ("ستين", 60), ("سبعين", 70),
    ("ثمانين", 80), ("تسعين", 90), ("مئة", 100), ("مائة", 100), ("مئتي", 200), ("مائتي", 200))}}
# Compound counts (قبل ثلاثة عشر عاما، قبل خمسة وعشرين عاما): the teens, and a unit with its tens.
_UNIT_WORDS = {normalize_key(w): n for w, n in (
    ("واحد", 1), ("إحدى", 1), ("أحد", 1), ("اثنين", 2), ("اثني", 2), ("اثنتي", 2), ("اثنا", 2), ("ثلاث", 3),
    ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7),
    ("سبعة", 7), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9))}
for _unit, _n in _UNIT_WORDS.items():
    if _n > 1 or _unit in ("احد", "احدي"):
        for _ten in ("عشر", "عشره"):
            COUNTS[f"{_unit} {_ten}"] = 10 + _n
    for _tens, _t in (("عشرين", 20), ("ثلاثين", 30), ("اربعين", 40), ("خمسين", 50), ("ستين", 60), ("سبعين", 70),
                      ("ثمانين", 80), ("تسعين", 90)):
        COUNTS[f"{_unit} و{_tens}"] = _t + _n
        COUNTS[f"{_unit} و {_tens}"] = _t + _n
# Units counted back or ahead (قبل عامين، قبل 14 شهرا، قبل أسبوع): unit word → (unit, count it carries
# alone: 1 or 2, or 0 for a plural that needs a number). The words are the rows of the classes of TIME_UNIT_CLASSES of
# seeds/cue_words.csv, read as written (time_units, DateLexicon.time_units): a class names the unit and the count, the
# singular (date_ago_year_one: عام، سنة), the dual (date_ago_year_two: عامين) and the forms that need a number
# (date_ago_year: عاما، أعوام، سنوات). Those whose leaving out changes no date row of an ANT article in no gold file, so
# that no row can carry a real example of them, stay in TIME_UNITS_UNSEEN (عقد، عقدين: left out one by one over the
# 11,388 articles, 677 texts hold them and none changes); so does أسبوعا, whose one change there is a wrong row (بعد
# 12 أسبوعا من الحمل: a length of pregnancy, no date), kept so that the output stays as it was.
TIME_UNIT_CLASSES = {
    "date_ago_year_one": ("year", 1), "date_ago_year_two": ("year", 2), "date_ago_year": ("year", 0),
    "date_ago_decade": ("decade", 0),
    "date_ago_month_one": ("month", 1), "date_ago_month_two": ("month", 2), "date_ago_month": ("month", 0),
    "date_ago_week_one": ("week", 1), "date_ago_week_two": ("week", 2), "date_ago_week": ("week", 0),
    "date_ago_day": ("day", 0)}
TIME_UNITS_UNSEEN = {"عقد": ("decade", 1), "عقدين": ("decade", 2), "أسبوعا": ("week", 0)}


def time_units(cues) -> dict[str, tuple[str, int]]:
    """Normalised unit word -> (unit, the count it carries alone), from the cue lexicon's rows of TIME_UNIT_CLASSES
    and TIME_UNITS_UNSEEN."""
    units = {normalize_key(w): v for w, v in TIME_UNITS_UNSEEN.items()}
    for cls, value in TIME_UNIT_CLASSES.items():
        if cues is not None and cues.word_alternation(cls):
            units.update((w, value) for w in cues.lists[cls])
    return units

# A day counted after ب from the date last named (بعد ذلك بيوم، قبلها بيومين): the units of a day that
# are no unit of time_units (قبل يومين is an offset from publication), read only right after that ب.
# (and أيام after a count with ب glued on, بعد ذلك بأربعة أيام، قبلها بثلاثة أيام: read only after ذلك or the pronoun,
# قبل ثلاثة أيام being an offset from publication)
GLUED_DAY_UNITS = {"يوم": ("day", 1), "يومين": ("day", 2), "ايام": ("day", 0)}
GLUED_DAY = r"(?<=ب)(?:يومين|يوم)|(?<=\s)ايام"
# بعدها، قبلها، بعده، قبله: before and after with the pronoun glued on (the trigger index's words)
_GLUED_THAT = ("بعدها", "قبلها", "بعده", "قبله")

# Years written in words (transcribed speech: العام ألفين وستة، مارس ألفين وأحد عشر، عام ألف وتسعمائة
# وتسعة وسبعين): the value of each word; a year's value is their sum.
YEAR_NUMBER_WORDS = {normalize_key(w): n for w, n in (
    ("ألفين", 2000), ("ألفان", 2000), ("ألف", 1000), ("تسعمائة", 900), ("تسعمئة", 900), ("تسعماية", 900),
    ("واحد", 1), ("أحد", 1), ("إحدى", 1), ("اثنين", 2), ("اثنان", 2), ("اثني", 2), ("اثنا", 2),
    ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6),
    ("سبع", 7), ("سبعة", 7), ("ثماني", 8), ("ثمانية", 8), ("ثمان", 8), ("تسع", 9), ("تسعة", 9),
    ("عشر", 10), ("عشرة", 10), ("عشرين", 20), ("ثلاثين", 30), ("أربعين", 40), ("خمسين", 50), ("ستين", 60),
    ("سبعين", 70), ("ثمانين", 80), ("تسعين", 90))}


def word_year_pattern(whole: bool = False) -> str:
    """A year in words (ألفين وستة، ألف وتسعمائة وتسعين); `whole`: only one of the 2000s with its 1-99 after the
    thousands (ألفين واثنين), which is no round count."""
    units = [w for w, n in YEAR_NUMBER_WORDS.items() if n < 10]
    tens = [w for w, n in YEAR_NUMBER_WORDS.items() if 20 <= n < 100]
    # 1-99 after the thousands: a teen (تسعة عشر), a unit and its tens (ثلاثة وعشرين), a unit, ten or tens
    num = (rf"(?:(?:{_alt(units)})\s+عشره?|(?:{_alt(units)})(?:\s+و\s*(?:{_alt(tens)}))?|عشره?|(?:{_alt(tens)})){E}")
    if whole:
        return rf"(?:الفين|الفان){E}\s+و\s*{num}"
    return (rf"(?:الفين|الفان|الف\s+و\s*(?:تسعمائه|تسعمئه|تسعمايه)){E}(?:\s+و\s*{num})?")


B = r"(?<!\w)"   # a token starts here
E = r"(?!\w)"    # a token ends here
GREG_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# Gregorian years in a list or range (بين 2011 و2014، 2016 – 2017), and what may not follow a year alone
# A list's last year may end a span written with its last two digits only, glued on (العام المالي 2016-17، موسم 2017/18،
# حروب البلقان بين 1912-13): see extract._list_years.
SHORT_END = r"(?:[/\-–]\d\d(?![\d/.\-]))?"
YEAR_LIST = rf"{GREG_YEAR}(?:\s*(?:و|-|–|/|الى|الي|حتى|حتي|او)\s*{GREG_YEAR})*{SHORT_END}"
LONE_YEAR_END = r"(?!\s*[/\-.:]\s*\d|[.,،٫]\d)"
# After a month or a year word a 4-digit number is a year whatever its century (الرابع من تموز 1776).
ANY_YEAR = r"(?:1\d\d\d|20\d\d)(?!\d)"
# After a singular year word (عام، سنة، عامي) three digits are a year too (بين عامي 841 و849، سنة 632).
EARLY_YEAR = r"(?:[1-9]\d\d|1\d\d\d|20\d\d)(?!\d|[.,٫]\d)"
# In a range after بين/من, a year before 1800 may open it when a year of the grammar's ends it (بين 1555 و1865).
EARLY_RANGE = rf"1[0-7]\d\d\s*(?:و|-|–|الى|الي|حتى|حتي)\s*{GREG_YEAR}"
# Two years alone in brackets, the first before 1800 (دافينشي (1452-1519)، عصر مينغ (1368ـ 1644)، حملة نابليون
# على مصر (1798-1801)): the span of a life or an era; the second year is the first's or later and of four digits
# too (the tatweel between them is gone from the normalised text, a space is left).
EARLY_BRACKET = r"(?<=\()\s*1[0-7]\d\d(?:\s*[-–]\s*|\s+)1\d\d\d(?!\d)(?=\s*\))"
CLITIC = r"(?:[وف])?"
# The mark of the Common Era after a year (70م، 70 ميلادي، 70 بعد الميلاد، 70 للميلاد), on normalised text.
ERA_MARK = r"\s*(?:م|ميلادي|ميلاديه|للميلاد|بعد\s+الميلاد)(?!\w)"


def _year_word_forms(bases) -> list[str]:
    forms = []
    for base in bases:
        forms += [base, "ال" + base, "لل" + base, "ل" + base, "ب" + base, "بال" + base]
    return [c + f for f in forms for c in ("", "و", "ف")]


def compile_grammar(lexicon: "DateLexicon", passes: dict | None = None) -> re.Pattern:
    """The grammar (see the module's docstring); with `passes`, also the grammar read in two passes,
    put into it (see grammar_passes)."""
    greg = [n for n, (cal, _) in lexicon.months.items() if cal == "gregorian"]
    hijri = [n for n, (cal, _) in lexicon.months.items() if cal == "hijri"]
    MN = rf"(?:{_alt(greg)})(?![^\W\d])"  # a year may be glued on: تشرين الأول/أكتوبر2016
    HM = rf"(?:{_alt(hijri)}){E}"
    WD = rf"(?:{_alt(lexicon.weekdays)}){E}"
    ORD = rf"(?:{_alt(DAY_WORDS)}){E}"
    REL = rf"(?:{_alt(lexicon.relative) or '(?!)'}){E}"
    DAY = rf"(?:(?:ال)?(?<!\d)[0-3]?\d(?![\d.,/%])|{ORD})"
    # Month names in a row: a pair (مارس/ آذار, أبريل (نيسان)) or a list or range (يناير أبريل).
    MSEQ = rf"{MN}(?:\s*\)?\s*(?:[/\\\-–—(]|و|او|الى|الي|حتى|حتي)?\s*\(?\s*{MN})*(?:\s*\))?"
    # a weekday before a full date only names the date's day: (مساء يوم) الخميس، 15 مارس
    # (also "الأربعاء في الرابع من تموز": the date says which Wednesday)
    DAY_PARTS = _alt(lexicon.day_parts) or "(?!)"
    WD_PREFIX = rf"(?:{CLITIC}(?:{DAY_PARTS})\s+)?(?:يوم\s+)?{CLITIC}{WD}[\"”»]?\s*[،,]?\s*(?:في\s+)?(?:الموافق\s+)?"
    LEAD = rf"(?:{CLITIC}(?:{_alt(lexicon.prepositions) or '(?!)'})\s+)?(?:{CLITIC}(?:{_alt(lexicon.period_words) or '(?!)'})\s+)?"
    YLIST = YEAR_LIST
    ANY_YLIST = rf"{ANY_YEAR}(?:\s*(?:و|-|–|/|الى|الي|حتى|حتي|او)\s*{ANY_YEAR})*{SHORT_END}"
    WORD_YEAR = word_year_pattern()
    SAME = _alt(lexicon.same) or "(?!)"  # (no word: nothing is "the same")
    # (not right after a unit that needs a count: عاما، أعوام، أشهر … and أيام, each a lookbehind of its own width)
    COUNTED_UNIT_BEHIND = "".join(f"(?<!{w})" for w, (_, alone) in sorted({**lexicon.time_units, **GLUED_DAY_UNITS}.items())
                                  if not alone)
    # an adjective that makes a bare العام a kind of year, no year of the story (العام الدراسي، العام المالي): the
    # rows of class date_year_kind of seeds/cue_words.csv, and _YEAR_KIND_UNSEEN (DateLexicon.year_kind)
    YEAR_KIND = rf"|\s+(?:{lexicon.year_kind}){E}" if lexicon.year_kind else ""

    def year_tail(p: str) -> str:
        # 2016, عام 2016, من العام 2016, في عام 2016 (هجمات الحادي عشر من سبتمبر/ أيلول في عام 2001), /2017 (أبريل/نيسان/ 2017), glued (أكتوبر2016); العام الماضي …
        return (rf"(?:(?:\s+(?:من\s+|في\s+(?=(?:ال)?(?:عام|سنه)\s*(?:19|20)\d\d(?!\d)))?(?:(?:{_alt(['عام', 'العام', 'سنة', 'السنة', 'لعام', 'للعام', 'لسنة'])})\s*)?"
                # (a month's second name misspelt, its year after it: أبريل/ نسيان 2017، كانون الأول/دسيمبر 2013)
                rf"|\s*/\s*(?:[^\W\d]{{3,}}\s+)?|(?=\d))(?P<{p}_y>{ANY_YEAR})"
                rf"|\s+(?:من\s+)?(?:(?:{_alt(['عام', 'العام', 'سنة', 'السنة'])})\s+)?(?P<{p}_wy>{WORD_YEAR})"
                rf"|\s+(?:من\s+)?(?:(?:العام|السنه)\s+(?:(?P<{p}_ry>{REL})|(?P<{p}_same>{SAME}){E})"
                rf"|(?P<{p}_this>هذا\s+العام|هذه\s+السنه)|(?P<{p}_same2>(?:نفس|ذات|ذلك|تلك)\s+(?:العام|السنه)){E}(?!\s+(?:{REL}){E})))")

    productions = {
        # 2/12/2017, 02-12-2017, 2017-12-02
        "numeric": rf"(?<![\d/.\-])(?:(?P<n_d>[0-3]?\d)\s*(?P<n_sep>[/.\-])\s*(?P<n_m>[01]?\d)\s*(?P=n_sep)\s*(?P<n_y>(?:19|20)\d\d)"
                   rf"|(?P<n_iy>(?:19|20)\d\d)(?P<n_isep>[/\-])(?P<n_im>[01]?\d)(?P=n_isep)(?P<n_id>[0-3]?\d))(?![\d/.\-]\d)",
        # (يوم) الخميس 15 مارس 2018 ; الثاني من كانون الأول/ديسمبر ; 25 و28 مايو / أيار الجاري ; الثالث من الشهر الجاري
        # (not منه before a year: الجزء الأول منه عام 2014 is the first part of it, and the year a date of its own)
        # (a preposition may be glued to the day's digits: المؤرخ بـ8 تموز، ينتهي بـ20 مارس)
        "date": rf"(?:{CLITIC}(?:في|ب|ل)(?=\d)|{CLITIC})"
                rf"(?P<d_days>(?:{DAY}|(?:{_alt(GLUED_ORDINALS)}){E})(?:\s*(?:و|-|–|الى|الي|حتى|حتي|او|ل(?=\d))\s*{DAY})?)\s*(?:من\s+)?(?:شهر\s+)?"
                # (a day's digits, then the first name of a pair misspelt and the second right: 4 أكنوبر/تشرين الأول)
                rf"(?:(?:(?<=\d\s)(?!{MSEQ})[^\W\d]{{3,}}\s*/\s*)?(?P<d_ms>{MSEQ})|(?:الشهر)\s+(?P<d_rel0>{REL}|{SAME})|(?P<d_cur>الجاري|الحالي){E}|(?P<d_of>منه){E}(?!\s+(?:من\s+)?(?:ال)?(?:عام|سنه){E}|\s*\d))"
                rf"(?:\s+(?P<d_rel>{REL}))?{year_tail('d')}?",
        # ١٤ ربيع الأول ١٤٣٩ هـ
        "hijri": rf"(?:(?P<h_day>{DAY})\s*(?:من\s+)?)?(?:شهر\s+)?(?P<h_m>{HM})"
                 rf"(?:\s+(?:من\s+)?(?:ل?هذا\s+)?(?:عام|سنه|العام|لعام)?\s*(?P<h_y>1[34]\d\d)(?!\d))?"
                 rf"(?P<h_mark>\s*(?:ه|هجريه|هجري|للهجره){E})?",
        # في اليوم التالي ; اليوم نفسه ; (و)بنفس اليوم من عام 2017 (ب glued on: "on the same day")
        "nextday": rf"{B}(?:{CLITIC}في\s+)?(?:(?:{DAY_PARTS})\s+)?(?:اليوم\s+(?P<x_rel>التالي|الموالي|اللاحق|السابق|{SAME})|الليله\s+(?P<x_night>السابقه|التاليه)"
                   rf"|(?:{CLITIC}ب)?(?:نفس|ذات)\s+اليوم(?:\s+من\s+(?:عام|العام|سنه)\s+(?P<x_y>{ANY_YEAR}))?){E}",
        # قبل 3 أيام، بعد يومين (من …)
        "offset": rf"{B}{CLITIC}(?P<o_dir>قبل|بعد)\s+(?P<o_n>يوم(?:\s+واحد)?|يومين|(?:\d{{1,2}}|{_alt(SMALL_COUNTS)})\s+ايام){E}(?!\s+ونصف)"
                  # (قبل يوم 24 يونيو، بعد يوم الجمعة، قبل يوم الاقتراع: before or after the day named, no span)
                  r"(?!(?<=يوم)\s+(?:\d|ال))"
                  rf"(?P<o_from>\s+(?:من|علي)(?=\s))?",
        # قبل عامين، قبل 14 شهرا، قبل أسبوع، قبل عامين ونصف العام، بعد ذلك بعامين (a unit counted from
        # publication, or from the date the text last named after ذلك)
        # (and بعدها بشهر، قبلها بيوم: the pronoun glued on is ذلك, the date last named)
        # (a number right after the unit makes it a year's word, قبل عام 2016, unless the unit needs a count of its own and
        # the number is no year: قبل ثلاثة أعوام 4.2 مليون مشاهدة, but بعد أعوام 1994 و1998)
        "ago": rf"{B}{CLITIC}(?P<a_dir>قبل|بعد)(?:(?P<a_it>ها|ه)\s+ب|\s+(?:(?P<a_that>ذلك|ذاك)\s+ب)?)"
               # (a unit glued to its digits counts too: قبل 25عاما، منذ 17عاما)
               rf"(?:(?P<a_n>\d{{1,3}}|{_alt(COUNTS)})(?:\s+|(?<=\d)(?=\w)))?(?P<a_u>{_alt(lexicon.time_units)}|{GLUED_DAY}){E}(?!{COUNTED_UNIT_BEHIND}\s*\(?\s*\d|\s*\(?\s*\d{{3,4}}(?![\d.,])|\s+(?:من\s+)?(?:{_alt([*greg, *hijri])}){E})"
               rf"(?P<a_half>\s+ونصف(?:\s+(?:العام|عام|السنه|الشهر))?{E})?(?:(?:\s+(?P<a_about>تقريبا)|\s+(?:واحد|واحده|فقط|اضافيه|اضافي|اخري|اخر)){E})?"
               # (على يد، على أيدي is "at the hands of", not "before the event")
               rf"(?P<a_from>\s+(?:من|علي(?!\s+(?:يد|يدي|ايدي){E}))(?=\s))?",
        # السبت، يوم الأحد، صباح الخميس، الاثنين الماضي، الأربعاء المقبل
        "weekday": rf"{B}(?P<w_pre>(?:{CLITIC}(?:اليوم|يوم|يومي|منذ|حتى|حتي|{DAY_PARTS})\s+)*){CLITIC}(?P<w_day>{WD})"
                   rf"(?!\s*عشر{E})(?:\s+(?P<w_rel>{REL}))?",
        # أمس، أول أمس، غدا، بعد غد، صباح اليوم
        "relday": rf"{B}{CLITIC}(?:(?P<r_part>{DAY_PARTS})\s+)?(?P<r_w>(?:بال|ال)?امس(?:\s+الاول)?|اول\s+(?:من\s+)?امس"
                  rf"|البارحه|غدا|الغد|بعد\s+غد|غد(?=\s+{CLITIC}{WD})|يوم\s+غد"
                  # اليوم alone where news idioms make it the publication day: في وقت لاحق/سابق (من) اليوم،
                  # في الصحف اليوم، في بيان اليوم، يدخل حيز التنفيذ اليوم
                  rf"|(?P<r_today>(?<=لاحق\s)اليوم|(?<=لاحق\sمن\s)اليوم|(?<=سابق\s)اليوم|(?<=سابق\sمن\s)اليوم|(?<=الصحف\s)اليوم|(?<=بيان\s)اليوم"
                  # (and الصحف … الصادرة اليوم: the papers issued today, the press review's opening)
                  rf"|(?<=التنفيذ\s)اليوم|(?<=الصادره\s)اليوم)"
                  rf"|اليوم|الليله\s+(?P<r_past>الماضيه|البارحه|الفائته)){E}",
        # عام 1979، العام 2012، بين عامي 1980 و1988، عام 2013-2014
        "year": rf"(?:{_alt(_year_word_forms(lexicon.year_words)) or '(?!)'})\s*(?:(?P<y_list>{ANY_YLIST})"
                rf"|(?P<y_words>{WORD_YEAR}(?:\s+(?:و|الي|حتي)\s*{WORD_YEAR})*))"
                # (three digits only after a singular year word: عام 841، سنة 632، بين عامي 841 و849)
                rf"|(?:{_alt(_year_word_forms(lexicon.singular_year_words)) or '(?!)'})\s*"
                rf"(?:(?P<y_early>{EARLY_YEAR}(?:\s*(?:و|-|–|الى|الي|حتى|حتي)\s*{EARLY_YEAR})*)"
                # (one or two digits when an era mark says so: في العام 70م، سنة 70 بعد الميلاد)
                rf"|(?P<y_era>[1-9]\d?)(?={ERA_MARK}))",
        # العام الماضي/الجاري/المقبل، هذا العام، بداية العام
        "relyear": rf"(?:(?P<ry_w>(?:[وفب]?ال|لل)(?:عام|سنه))\s+(?P<ry_rel>{REL}|قبل\s+الماضي|(?P<ry_same>{SAME}){E}"
                   rf"|(?P<ry_prev>السابق|السابقه|الذي\s+سبقه|التي\s+سبقتها)|(?P<ry_next>التالي|التاليه|الذي\s+تلاه|التي\s+تلتها))"
                   rf"|(?:[وف]?ل?(?:هذا\s+العام|هذه\s+السنه))|(?P<ry_same_pre>(?:نفس|ذات|ذلك|تلك)\s+(?:العام|السنه))(?!\s+(?:{REL}){E})"
                   rf"|(?P<ry_bare>(?:العام|السنه))(?!\s*(?:\d|{REL}){YEAR_KIND})){E}",
        # الشهر الماضي/الجاري/المقبل، هذا الشهر
        # (and الشهر السابق/التالي، الشهر الذي سبقه/تلاه: next to the month the text last named)
        "relmonth": rf"(?:(?:(?:[وفب]?ال|لل)شهر)\s+(?:(?P<rm_rel>{REL}|{SAME})"
                    rf"|(?P<rm_prev>السابق|الذي\s+سبقه)|(?P<rm_next>التالي|اللاحق|الذي\s+تلاه))|(?:هذا\s+الشهر)"
                    rf"|(?P<rm_bare>الشهر)(?!\s*(?:{REL}|{SAME}))){E}",
        # في مارس الماضي، مارس/ آذار عام 2016، نهاية يونيو/ حزيران 2017، بين يناير أبريل 2018
        "month": rf"{CLITIC}(?P<m_ms>{MSEQ})(?:\s+(?P<m_rel>{REL}))?{year_tail('m')}?",
        # في 2015، منذ 1979، بين 2011 و2014 (a bare number is a year only after such a word)
        # (and a year of the 2000s in words standing alone, with its units, as a year in digits stands with a name:
        # كأس العالم ألفين واثنين، كاس القارات الفين وتسعة)
        "bareyear": rf"{B}(?:{CLITIC}(?:{_alt([*lexicon.prepositions, *lexicon.year_lead])})(?:\s+|(?=\d))"
                    rf"|{CLITIC}(?={word_year_pattern(whole=True)}))(?:(?P<b_list>{YLIST}|(?<=بين\s){EARLY_RANGE}|(?<=من\s){EARLY_RANGE})(?!\s*[/\-.]\s*\d)"
                    # (a year in words after such a word, no year word: في ألفين وستة، منذ ألفين وثلاثة عشر; not a
                    # count that goes on in digits or hundreds, or runs to another: أكثر من ألفين و200، ألفين ومائتين،
                    # ما بين ألفين إلى ثلاثة آلاف)
                    rf"|(?P<b_words>(?>{WORD_YEAR}(?:\s+(?:و|الي|حتي)\s*{WORD_YEAR})*))"
                    rf"(?!\s*و\s*(?:\d|\S*(?:مائه|مئه|مايه|مائتين|مئتين))|\s+(?:الي|حتي|او)\s+\S+\s+(?:الاف|الف){E}"
                    # (nor a count of thousands, بين الفين وثلاثة آلاف)
                    rf"|\s+(?:الاف|الف|مليون|مليار){E}))",
        # a year standing with a name or alone: كأس العالم 2018، رؤية 2030، حرب 1948، (1945-1989)، 2016 – 2017، (1452-1519);
        # its preposition or article may be glued on (بـ2020، لـ2019، الـ2019)
        "loneyear": rf"{B}{CLITIC}(?:ب|ل|ال|بال|لل)?(?P<l_list>{YLIST}|{EARLY_BRACKET}){LONE_YEAR_END}",
    }
    # (Inner groups capture only what extract.py reads: every capturing group costs each match.)
    # Each production behind a guard of its first characters (see first_chars.py).
    # A full date and a Hijri date share the weekday that may lead them (الخميس 15 مارس، الجمعة 5 رمضان):
    # it is matched once, atomically, and the two productions are tried after it, then without it. (The
    # prefix is tried whole or not at all: a shorter reading of it leaves a space, في or الموافق at the
    # date's start, which neither production can start with. Apart, each production tried the prefix
    # and backtracked through it at every weekday that leads no date, the most common weekday.)
    dated = {name: productions.pop(name) for name in ("date", "hijri")}
    # Likewise the lead words of a year, month or relative year or month (في، منذ، نهاية، في بداية): the
    # group `lead` (empty when there is none), matched once and whole, before the four productions.
    # (A shorter reading of the lead leaves one of its words at the production's start, which none of the
    # four can start with.)
    led = {name: productions.pop(name) for name in ("year", "relyear", "relmonth", "month")}
    rest = list(productions.items())  # numeric first
    at = [name for name, _ in rest].index("relday") + 1  # (the four came after relday, before bareyear)
    body = _productions_body(dated, led, rest, at, WD_PREFIX, rf"(?P<lead>(?>{LEAD}))", _production)
    if passes is not None:
        passes.update(grammar_passes(dated, led, rest, at, WD_PREFIX, LEAD))
    # Every production starts a token: one check here rejects the positions inside words fast.
    return re.compile(rf"(?<!\w)(?:{body})")


def _production(name: str, rx: str) -> str:
    """One production of the grammar, in its group p_<name>, behind the check of its first characters."""
    return f"{first_char_guard(rx)}(?P<p_{name}>{rx})"


def _productions_body(dated: dict, led: dict, rest: list, at: int, wd_prefix: str, lead_prefix: str, part) -> str:
    """The grammar's alternation of productions, each written by `part(name, regex)`, in the grammar's order:
    numeric (rest[0]); date and hijri behind the weekday prefix, read once and whole; the rest up to relday;
    year, relyear, relmonth and month behind `lead_prefix` (the lead words, once and whole); the others."""
    lead_dated = rf"{B}(?:(?>{wd_prefix}))?(?:{'|'.join(part(name, rx) for name, rx in dated.items())})"
    lead_led = rf"{B}{lead_prefix}(?:{'|'.join(part(name, rx) for name, rx in led.items())})"
    return "|".join([part(*rest[0]), f"{first_char_guard(lead_dated)}{lead_dated}",
                     *(part(name, rx) for name, rx in rest[1:at]),
                     f"{first_char_guard(lead_led)}{lead_led}",
                     *(part(name, rx) for name, rx in rest[at:])])


# The groups the grammar's first pass keeps: those its productions refer back to ((?P=n_sep)).
_BACK_REFERENCED = re.compile(r"\(\?P<(?!n_sep>|n_isep>)\w+>")


def grammar_passes(dated: dict, led: dict, rest: list, at: int, wd_prefix: str, lead: str) -> dict:
    """The grammar read in two passes, each match the same as the grammar's own: "find", the grammar with
    no group but those referred back to, each production (or, for date and hijri, year, relyear, relmonth
    and month, their group of productions) followed by an empty group q_<name>, so that its lastgroup names
    the production that matched; and "productions", for each such name the regex of that production alone
    (behind the lead words or weekday its group reads first), with its groups. Where the grammar matches,
    the first production that matches is `find`'s; the production alone matches there as it does in the
    grammar (for date and hijri, the weekday before them is read at once, whole or not at all, as in the
    grammar, and where date matches after it, hijri was not tried, nor date without it; likewise the lead
    words of the four). Its groups are numbered from 1: the regex engine copies every group's mark before
    it when it tries an alternative inside a repetition, which made a month, whose groups came after some
    60 others, cost 3 to 4 times its production alone."""
    def find_part(name: str, rx: str) -> str:
        return f"{first_char_guard(rx)}(?:{_BACK_REFERENCED.sub('(?:', rx)})(?P<q_{name}>)"

    body = _productions_body(dated, led, rest, at, wd_prefix, rf"(?>{lead})", find_part)
    productions = {f"q_{name}": re.compile(rf"(?<!\w)(?:{_production(name, rx)})").match for name, rx in rest}
    productions.update((f"q_{name}", re.compile(rf"(?<!\w)(?:{B}(?:(?>{wd_prefix}))?(?:{_production(name, rx)}))").match)
                       for name, rx in dated.items())
    productions.update((f"q_{name}", re.compile(rf"(?<!\w)(?:{B}(?P<lead>(?>{lead}))(?:{_production(name, rx)}))").match)
                       for name, rx in led.items())
    return {"find": re.compile(rf"(?<!\w)(?:{body})").match, "productions": productions}


def compile_glued_year() -> re.Pattern:
    """A year alone whose digits are glued to the word before them, a space left out (كأس العالم2018،
    بطل العالم1998، أبطال1966): the loneyear production from its digits on, tried only where the
    trigger scan found such a year (see extract._scan)."""
    return re.compile(rf"(?P<p_loneyear>(?P<l_list>{YEAR_LIST}){LONE_YEAR_END})")


def compile_triggers(lexicon: "DateLexicon") -> re.Pattern:
    """The words every production contains one of (a number, a month or weekday name, a word of
    day, month or year). The grammar is tried only from the lead words before each, which keeps the
    scan linear and fast; the trigger index is one regex, like the grammar. Words that are common
    outside dates (عام "general", الثاني "second", small numbers) trigger only with what makes them
    part of a date right after them."""
    words, number = _trigger_parts(lexicon)
    # Anchored on the separator before the word; the text is scanned with a space prepended.
    return re.compile(rf"[^\w](?=[وفبل]{{0,2}}(?:{words})|{number})")


def compile_trigger_halves(lexicon: "DateLexicon") -> tuple[re.Pattern, re.Pattern]:
    """The trigger regex (compile_triggers) as its two halves, the words and the numbers: at a separator
    the whole matches where either half does (a lookahead of an alternation). extract._scan confirms a
    word the index found with the first half alone and a number with the second: at a token of letters
    ended by a separator, no number can start within it (each needs a digit after at most four letters),
    and at a token of at most four letters and then a digit, no word can end (each ends at a separator,
    or ago's قبل/بعد needs a space after). Each half skips the other's failing alternatives (1000 ANT
    articles, 5.2 confirmations an article: 7.0 us an article with the whole regex, 5.8 with the halves)."""
    words, number = _trigger_parts(lexicon)
    return re.compile(rf"[^\w](?=[وفبل]{{0,2}}(?:{words}))"), re.compile(rf"[^\w](?={number})")


def _trigger_parts(lexicon: "DateLexicon") -> tuple[str, str]:
    """The two alternatives of the trigger regex's lookahead: its words (after [وفبل]{0,2}) and its numbers."""
    month_next = _month_next(lexicon)
    free = _free_trigger_words(lexicon)
    year_words = _year_trigger_words(lexicon)
    ago = (rf"(?:قبل|بعد)(?:(?:ها|ه)\s+ب|\s+(?:(?:ذلك|ذاك)\s+ب)?)(?:(?:\d{{1,3}}|{_alt(COUNTS)})(?:\s+|(?<=\d)(?=\w)))?"
           rf"(?:{_alt(lexicon.time_units)}|{GLUED_DAY}){E}")
    words = (rf"(?:{_alt(free)}){E}|(?:{_alt(year_words)}){E}(?=\s*\(?\s*\d|\s+(?:الفين|الفان|الف\s+و)){E}|{ago}"
             # (and منه after it: في التاسع منه, the ninth of the month last named, as في 9 منه)
             rf"|(?:{_alt(ORDINAL_DAYS)}){E}(?={month_next}|\s*(?:و|-|–|الي|حتي|او)\s*ال|\s*منه{E})"
             # (للرابع من نوفمبر: ل in place of the ordinal's alif; بالرابع is ب and the ordinal)
             rf"|(?:{_alt(w for w in GLUED_ORDINALS if w[:1] == 'ل')}){E}(?={month_next}|\s*(?:و|-|–|الي|حتي|او)\s*ال)")
    # numbers: a year (4 digits, Gregorian or Hijri); a day (1-2 digits) followed by a month, a date
    # separator, another day or أيام. "في12" and "الـ22" carry their preposition or article glued on.
    day_next = _day_next(lexicon)
    # a year may also have its year word or preposition glued on (عام2012، سنة2004، ما بين1995)
    number = (rf"(?:(?:[وف]?(?:في|ال)?|{_alt(GLUED_YEAR_PREFIXES)})(?:1[3489]|20)\d\d(?!\d)"
              # (an early year opening a range: بين 1555 و1865)
              rf"|{EARLY_RANGE}|{EARLY_BRACKET}"
              rf"|[وف]?(?:في|ال|ب|ل)?[0-9]\d?(?!\d)(?={day_next}))")
    return words, number


def _month_next(lexicon: "DateLexicon") -> str:
    greg = [n for n, (cal, _) in lexicon.months.items() if cal == "gregorian"]
    hijri = [n for n, (cal, _) in lexicon.months.items() if cal == "hijri"]
    return rf"\s*(?:من\s+)?(?:شهر\s+)?(?:{_alt([*greg, *hijri, 'الشهر'])}){E}"


def _day_next(lexicon: "DateLexicon") -> str:
    """What makes a day of 1-2 digits a trigger when it follows them (see compile_triggers)."""
    # (من 13 لـ21 أكتوبر: ل glued to the second day, "to")
    return (rf"\s*(?:[/.\-]\s*\d|(?:و|-|–|الي|حتي|او|ل(?=\d))\s*(?:ال)?\d|{_month_next(lexicon)}|\s*ايام{E}"
            rf"|\s[^\W\d]{{3,}}\s*/{_month_next(lexicon)}"
            rf"|\s*(?:الجاري|الحالي|منه){E})")


def day_next_chars(lexicon: "DateLexicon") -> frozenset[str]:
    """The characters what follows a trigger day (_day_next) can start with once its leading spaces
    are skipped: a cheap test before the trigger regex, for the many numbers that are no day."""
    first = first_chars(_day_next(lexicon))
    assert first is not None and set(first[1]) <= {str.isspace}, "a trigger day's follower starts with any"
    return first[0]


# Words a year's digits may be glued to (عام2012): at most 3 letters, as the trigger index looks back.
GLUED_YEAR_PREFIXES = ("عام", "سنه", "بين", "منذ")


def _free_trigger_words(lexicon: "DateLexicon") -> list[str]:
    return [*lexicon.months, *lexicon.weekdays, "امس", "الامس", "غدا", "الغد", "غد", "اليوم", "يومين", "ايام", "الفين", "الفان",
            "الشهر", "للشهر", "البارحه", "الليله الماضيه", "الليله البارحه", "الليله الفائته", "الليله السابقه",
            "الليله التاليه", "العام", "السنه",
            "للعام", "للسنه", "قبل يوم", "بعد يوم"]


def _year_trigger_words(lexicon: "DateLexicon") -> list[str]:
    return [w for w in _year_word_forms(lexicon.year_words) if w not in ("العام", "السنه", "للعام", "للسنه")] + ["لعام"]


# The trigger index's values for a yearly day's name (DateLexicon.annual_days) and an eve word (DateLexicon.eve: غداة،
# عشية): a length of 0 as a digit's, but "whole", which no digit is (extract._scan tells the three apart).
ANNUAL_NAME_HIT = (0, True)
EVE_WORD_HIT = (0, "eve")


class TriggerIndex:
    """The trigger index: one automaton over every word it marks, and each word's value by its pattern number.
    `hits(text)` gives (pattern number, start, end) of every match, overlapping ones too, in one C pass."""

    __slots__ = ("values", "hits")

    def __init__(self, words: dict[str, tuple[int, bool]]):
        self.values = list(words.values())
        # (a DFA: about twice as fast a pass as pyahocorasick's trie walk, measured over 3,000 ANT texts, 21 -> 12 us a
        # text with the unpacking, the same matches for every text; the build takes longer, once per worker)
        automaton = ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.Standard,
                                               implementation=ahocorasick_rs.Implementation.DFA)
        self.hits = functools.partial(automaton.find_matches_as_indexes, overlapping=True)


def compile_trigger_index(lexicon: "DateLexicon") -> TriggerIndex:
    """A superset of the trigger positions, found in one C pass: every first word of a trigger
    phrase (value: its length, and whether it is a whole trigger word by itself) and every digit
    (value: (0, False)); and every yearly day's name (value: ANNUAL_NAME_HIT) and eve word (EVE_WORD_HIT). The trigger regex, tried at every separator, is the slow part of the scan;
    it is then confirmed only where this index points (see extract._trigger_positions).
    (Measured, 6000 ANT texts: the digits that continue a number are ~3 of the index's ~14 hits a text. Taking the
    digits out and finding their runs with re [0-9]\\d* made the scan slower, 21 -> 24 us: the extra pass over the text
    costs more than the hits saved.)"""
    whole = {w for w in map(normalize_key, _free_trigger_words(lexicon)) if " " not in w}
    glued_l = [w for w in GLUED_ORDINALS if w[:1] == "ل"]  # (بالرابع holds الرابع, which the index finds)
    firsts = {normalize_key(phrase).split()[0]
              for phrase in [*_free_trigger_words(lexicon), *_year_trigger_words(lexicon), *ORDINAL_DAYS, *glued_l, *_GLUED_THAT]}
    words = {first: (len(first), first in whole) for first in sorted(firsts)}
    for digit in "0123456789":  # normalize() leaves every digit 0-9; the trigger reads only those
        words[digit] = (0, False)
    # The yearly days' names, in the same pass: their check was a str search per name on every text, ~2.5 us of
    # the extractor's ~100 us a text (6000 ANT texts), for the ~1 text in 200 that holds one.
    for name in lexicon.annual_days if lexicon.annual_day is not None else ():
        if name in words:  # (a one-word name that is a trigger's first word: its hit could not say both)
            raise ValueError(f"yearly day's name {name!r} is also a trigger word: the trigger index cannot mark it")
        words[name] = ANNUAL_NAME_HIT
    # The eve words likewise (a str search per word on every text with a date was ~1.6 us of the ~100 us a text; one
    # text in forty holds one): where the index finds one, the extractor looks for the eve's day.
    for word in lexicon.eve:
        if word in words:
            raise ValueError(f"eve word {word!r} is also a trigger word or a yearly day's name: the trigger index cannot mark it")
        words[word] = EVE_WORD_HIT
    return TriggerIndex(words)


# Words that can stand before a trigger inside one expression (في نهاية يونيو، مساء يوم الأحد، قبل 3 أيام):
# the grammar is tried from the earliest of an unbroken run of them: the words of the lead words' classes
# (lead_words, DateLexicon.lead_tokens), the rows of class date_lead_token of seeds/cue_words.csv (هذا، هذه، ذلك،
# تلك، لهذا، نفس، بنفس، ذات، أول، يومي), read as written, and these. Here stay the small counts and the words whose
# leaving out changes no date row of an ANT article in no gold file, so that no row can carry a real example of them
# (اليوم، الموافق، شهري، بذات: left out one by one over the 11,388 articles, none changes; يوم، قبل، بعد، من are words
# of the lead classes as well).
LEAD_TOKENS = frozenset({"يوم", "اليوم", "قبل", "بعد", "الموافق", "شهري", "من", "بذات"}) | set(SMALL_COUNTS)


MONTH_TOKEN_CACHE: dict[int, re.Pattern] = {}


def month_token_pattern(lexicon: "DateLexicon") -> re.Pattern:
    """Finds the month names inside a matched month sequence."""
    key = id(lexicon)
    if key not in MONTH_TOKEN_CACHE:
        greg = [n for n, (cal, _) in lexicon.months.items() if cal == "gregorian"]
        MONTH_TOKEN_CACHE[key] = re.compile(rf"(?:{_alt(greg)}){E}")
    return MONTH_TOKEN_CACHE[key]
