"""Time expressions in Arabic news text, resolved against the publication day or the text itself."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from transforms.arabic_text import NormalizedText, normalize, normalize_key
from transforms.cue_lexicon import class_alternation, class_and_unseen_alternation, class_and_unseen_words, trie_alternation
from transforms.dates.calendar_math import (UPCOMING_MONTHS, day_value, day_year_untensed, month_year_untensed,
                                            shift_day, valid_day, weekday_date, year_of_day, year_of_month)
from transforms.dates.grammar import (COUNTS, DAY_WORDS, ORDINAL_DAYS, GLUED_DAY_UNITS, GLUED_YEAR_PREFIXES,
                                      glued_day_word,
                                      SMALL_COUNTS, YEAR_NUMBER_WORDS, word_year_pattern,
                                      month_token_pattern)
from transforms.dates.hijri import hijri_to_gregorian, hijri_year_of
from transforms.dates.event_anchor import anchored_day, eve_words_alone
from transforms.dates.lexicon import DateLexicon
from transforms.dates.tense import (clause_before, clause_opens_with_imperfect, future_verb, future_verb_right_before, opens_with_imperfect, past_plan, said_that_before,
                                   OPENER_REACH, holds_perfect, in_with_conjunction, last_match, past_verb_right_before,
                                   perfect_verb_right_before, reported_at_end, tense, will_in_clause)

if TYPE_CHECKING:
    from transforms.cue_lexicon import CueLexicon

# Leading words kept out of the surface (the date is what follows them): the rows of class `date_surface_trim` of
# seeds/cue_words.csv (في، منذ، اعتبارا من; trim_pattern, DateLexicon.trim), any run of them, each with و or ف
# glued on or not; and يوم before another يوم (يوم يوم الأحد: the grammar's own doubling, no word of a list).
# (Every word of the list opens a date in an ANT article in no gold file, so _TRIM_UNSEEN is empty.)
_TRIM_UNSEEN: tuple[str, ...] = ()


def trim_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A run of leading words (class date_surface_trim, and _TRIM_UNSEEN) at the start of a date's match."""
    words = class_and_unseen_alternation(cues, "date_surface_trim", _TRIM_UNSEEN)
    words = f"{words}|" if words else ""
    return re.compile(rf"(?:[وف]?(?:{words}يوم(?=\s+يوم))\s+)+")
_YEAR = re.compile(r"\d{4}")
_EARLY_YEAR = re.compile(r"\d{3,4}")
# After a year: "before Christ" (قبل الميلاد، ق.م، ق م)
_BEFORE_CHRIST = re.compile(r"\s*(?:قبل\s+الميلاد|ق\s*\.?\s*م(?!\w))")
# The two last digits of a span's end glued right after its last year (2016-17، 2017/18; grammar.SHORT_END).
_SHORT_END = re.compile(r"(?<=\d{4})[/\-–](\d\d)$")
# How many years at most a span written so runs on (a season, a fiscal year, a war: 1912-13، 1950-53).
SHORT_SPAN_YEARS = 10


def _list_years(years_text: str) -> list[int]:
    """The years of a list or span of years (2011 و2014، 2016 – 2017), with the end of a span written with its last two
    digits (موسم 2017/18: 2017 and 2018), when it comes SHORT_SPAN_YEARS at most after the year before it."""
    years = [int(y) for y in _YEAR.findall(years_text)]
    short = _SHORT_END.search(years_text)
    if short is not None:
        end = years[-1] // 100 * 100 + int(short.group(1))
        end += 100 if end <= years[-1] else 0
        if end - years[-1] <= SHORT_SPAN_YEARS:
            years.append(end)
    return years
# A day and month, or a month alone, after these names an event (ثورة 25 يناير، هجمات 11 سبتمبر، حرب
# أكتوبر), not a day or month of this story (but الجمعة 30 مارس is the weekday: جمعة names a protest
# only without the article, جمعة الغضب). The names are rows of seeds/cue_words.csv: class `date_event_day`,
# the events that name a day of history (ثورة، حرب، هجمات، مجزرة، انقلاب، حدود الرابع من حزيران 1967),
# `date_event_name`, the others (an agreement, an anniversary, a statement, the coalitions named by a day: قوى 14
# آذار، طرفي 14 و8 آذار) and `date_event_bare`, the names only without the article (جمعة); see event_patterns.
# These, which no ANT article in no gold file writes before a date (ثورتي: of the two revolutions; the
# coalitions تكتل، فريق، معسكر of 8 and 14 آذار), so that no row can carry a real example of them, stay here.
_EVENT_DAY_UNSEEN = ("ثورتي",)
_EVENT_NAME_UNSEEN = ("تكتل", "تكتلي", "فريق", "معسكر", "معسكري")


def event_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern, re.Pattern]:
    """(event_noun, event_of_a_day): an event's name right before the end of the text searched, and of those
    the names of a day of history (read on what event_noun found)."""
    day = class_and_unseen_alternation(cues, "date_event_day", _EVENT_DAY_UNSEEN)
    name = class_and_unseen_alternation(cues, "date_event_name", _EVENT_NAME_UNSEEN)
    bare = class_alternation(cues, "date_event_bare")
    bare = rf"|(?<!ال)(?:{bare})" if bare else ""
    # (a quotation mark or a hashtag may open the name, and a hashtag's underscore end its word: نكتة "كذبة أبريل"،
    # #كذبة_إبريل; كـ is a clitic too: ستكون كحرب تموز)
    return (re.compile(rf"(?:^|\s)[\"“«#]?[وفبلك]?(?:ال)?(?:{day}|{name}{bare})[\s_]*$"),
            re.compile(rf"(?:{day})\s*$"))


# مطلع/نهاية … before a bare العام or الشهر makes it this year's or this month's.
# (the words are the rows of class `date_period_lead` of seeds/cue_words.csv, period_lead_pattern,
# DateLexicon.period_lead; those no ANT article in no gold file writes so stay in _PERIOD_LEAD_UNSEEN)
_PERIOD_LEAD_UNSEEN = ("اوائل", "اواخر", "منتصف", "اواسط", "ختام")


def period_lead_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A word of a part of a period (class date_period_lead, and _PERIOD_LEAD_UNSEEN) right before the end of the
    lead words searched; without a word, none (a pattern that never matches)."""
    words = class_and_unseen_alternation(cues, "date_period_lead", _PERIOD_LEAD_UNSEEN)
    return re.compile(rf"(?:{words})\s+$") if words else re.compile(r"(?!)")
# An ordinal of a part before من العام makes it this year's (النصف الأول من السنة، الأشهر التسعة الأولى من
# العام، الأسابيع الأخيرة من العام).
# (the ordinals are the rows of class `date_part_ordinal` of seeds/cue_words.csv, part_of_pattern,
# DateLexicon.part_of; those no ANT article in no gold file writes before «من العام» stay in _PART_OF_UNSEEN)
_PART_OF_UNSEEN = ("الاولي", "الثانيه", "الثالثه", "الرابع", "الاخيره")


def part_of_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """An ordinal of a part (class date_part_ordinal, and _PART_OF_UNSEEN) right before the end of the text searched."""
    words = class_and_unseen_alternation(cues, "date_part_ordinal", _PART_OF_UNSEEN)
    return re.compile(rf"(?:^|\s)(?:{words})\s+$")
# So does a time of it before من العام / من الشهر (في وقت سابق من العام، في وقت مبكر من الشهر): this year's, this month's.
# (the adjectives of وقت are the rows of class `date_time_of` of seeds/cue_words.csv, time_of_pattern,
# DateLexicon.time_of; those no ANT article in no gold file writes so stay in _TIME_OF_UNSEEN)
_TIME_OF_UNSEEN = ("متاخر",)


def time_of_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """وقت and an adjective of time (class date_time_of, and _TIME_OF_UNSEEN) right before the end of the text
    searched; without an adjective, none (a pattern that never matches)."""
    words = class_and_unseen_alternation(cues, "date_time_of", _TIME_OF_UNSEEN)
    return re.compile(rf"(?:^|\s)وقت\s+(?:{words})\s+$") if words else re.compile(r"(?!)")
# A year followed by هـ is a Hijri year: it spans two Gregorian years, so it stays unresolved.
_HIJRI_MARK = re.compile(r"\s*(?:ه|هجري|هجريه|للهجره)(?!\w)")
# A number after these counts something (أكثر من 1800 دعوى، نحو 2000، القرار 2254), it is no year.
# (and the count with its pronoun, البالغ عددها 2000 قاعة; the item of a numbered series, والقضيتين 1000 و2000)
# The words are the rows of class `date_quantity` of seeds/cue_words.csv (quantity_pattern,
# DateLexicon.quantity_before); these two, which no ANT article of a part we may read writes before a
# number, so that no row can carry a real example of them, stay here.
_QUANTITY_UNSEEN = ("عدده", "القضايا")


def quantity_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A word of quantity (class date_quantity, and _QUANTITY_UNSEEN), من at most, right before the end of
    the text searched: the number after it counts something."""
    words = class_and_unseen_alternation(cues, "date_quantity", _QUANTITY_UNSEEN)
    return re.compile(rf"(?:^|\s)[وفب]?(?:{words})\s+(?:من\s+)?[وف]?$")
# «إلى/حتى» and three digits after a number (DateLexicon.counted), and في right before the number: a year, then a count
# it went to (وانحسر العدد قليلا في 2007 إلى 135 قتيلا), not a range of counts.
_TO_A_COUNT = re.compile(r"\s*(?:الي|حتي)\s*\d{3}")
_IN_BEFORE = re.compile(r"(?:^|\s)[وف]?في\s*$")
# Nouns an ordinal after them agrees with (الأسبوع الأول، النصف الثاني): then it is no day of the month. They are
# the rows of class `date_ordinal_noun` of seeds/cue_words.csv (ordinal_noun_pattern, DateLexicon.ordinal_noun);
# these two, which no ANT article in no gold file writes before an ordinal, so that no row can carry a real
# example of them, stay here.
_ORDINAL_NOUN_UNSEEN = ("شطر", "اسبوعين")


def ordinal_noun_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A noun an ordinal agrees with (class date_ordinal_noun, and _ORDINAL_NOUN_UNSEEN) right before the end
    of the text searched."""
    words = class_and_unseen_alternation(cues, "date_ordinal_noun", _ORDINAL_NOUN_UNSEEN)
    return re.compile(rf"(?:^|\s)[وفبل]?(?:ال)?(?:{words})\s+$")
# Between a weekday and the day-and-month right after it (حتى الاثنين 25 يونيو، الخميس، 15 مارس).
_THEN_DATE = re.compile(r"[\"”»]?\s*[،,]?\s*(?:الموافق\s+)?(?=\d|ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|"
                        r"حادي|عشرين|ثلاثين|واحد|فاتح))")
# What separates a weekday from the date that says which it is (الخميس، 15 مارس; الأربعاء في الرابع من تموز).
_WEEKDAY_THEN_DATE = re.compile(r"[،,\"”»]|الموافق|(?:^|\s)في\s+$")
# The particles of foreign surnames (دي مايو، دو مارس): a month name after them is the surname.
# (the particles are the rows of class `date_name_particle` of seeds/cue_words.csv, name_particle_pattern,
# DateLexicon.name_particle; these, which no ANT article in no gold file writes before a month's name, stay here)
_NAME_PARTICLE_UNSEEN = ("دو", "دا", "ديل", "ديلا", "فان", "فون")


def name_particle_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A particle of a family name (class date_name_particle, and _NAME_PARTICLE_UNSEEN) right before the end of
    the text searched."""
    words = class_and_unseen_alternation(cues, "date_name_particle", _NAME_PARTICLE_UNSEEN)
    return re.compile(rf"(?:^|\s)(?:{words})\s+$")
# What ends a sentence.
_SENTENCE_BREAK = re.compile(r"[.!?؟؛\n]")
# The ends of sentences (a run of marks and line breaks is one).
_SENTENCES_BETWEEN = re.compile(r"[.!?؟؛\n][\s.!?؟؛]*")
# Where a phrase ends: punctuation or the end of the text.
_CLAUSE_END = re.compile(r"\s*(?:[،,.؛:!?؟\"“”«»()]|$)")
# The words of "until" (حتى، لغاية، إلى غاية 31 تشرين الأول: the Maghreb press's "until") are the rows of class
# `date_until` of seeds/cue_words.csv, read as written (until_patterns, DateLexicon.until and until_before); those
# whose leaving out changes no date row of an ANT article in no gold file stay in _UNTIL_UNSEEN (each of the three
# changes one, so none stays).
_UNTIL_UNSEEN: tuple[str, ...] = ()


def until_words(cues: "CueLexicon | None") -> str:
    """The words of until (class date_until, and _UNTIL_UNSEEN) as an alternation; "" without one."""
    return class_and_unseen_alternation(cues, "date_until", _UNTIL_UNSEEN)


def until_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern | None, re.Pattern | None, tuple[str, ...]]:
    """A word of until, و or ف glued on or not, at the start of a date's match and right before the end of the
    text searched, and the last word of each (normalised; a lead without one is read without a regex); None, None,
    () without one."""
    words = until_words(cues)
    if not words:
        return None, None, ()
    written = class_and_unseen_words(cues, "date_until", _UNTIL_UNSEEN)
    return (re.compile(rf"[وف]?(?:{words})\s"), re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+$"),
            tuple(sorted({w.split()[-1] for w in written})))
# An imperfect verb of lasting right before حتى (تستمر حتى، يبقى مغلقا حتى): what goes on until a day. The verbs
# are the rows of class `date_lasting` of seeds/cue_words.csv (lasting_pattern, DateLexicon.goes_on_until); this
# one, which no ANT article in no gold file writes before حتى, so that no row can carry a real example of it,
# stays here.
_LASTING_UNSEEN = ("يتواصل",)


def lasting_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A verb of lasting (class date_lasting, and _LASTING_UNSEEN), two words at most, then حتى right before the
    end of the text searched."""
    words, until = class_and_unseen_alternation(cues, "date_lasting", _LASTING_UNSEEN), until_words(cues)
    if not until:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})(?:\s+\S+){{0,2}}\s+[وف]?(?:{until})\s+$")
# The words of "since" (منذ) are the rows of class `date_since` of seeds/cue_words.csv, read as written
# (since_patterns, DateLexicon.since, since_before and since_words); those whose leaving out changes no date row of
# an ANT article in no gold file stay in _SINCE_UNSEEN (none: منذ changes many).
_SINCE_UNSEEN: tuple[str, ...] = ()


def since_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern | None, re.Pattern | None, tuple[str, ...]]:
    """A word of since, و or ف glued on or not, at the start of a date's match and right before the end of the
    text searched, and the words themselves (normalised; a text without one is read without a regex); None, None,
    () without one."""
    words = class_and_unseen_alternation(cues, "date_since", _SINCE_UNSEEN)
    if not words:
        return None, None, ()
    written = class_and_unseen_words(cues, "date_since", _SINCE_UNSEEN)
    return (re.compile(rf"[وف]?(?:{words})\s"), re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+$"),
            tuple(sorted({w.split()[0] for w in written})))
def not_tomorrow_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A word of negation right before غدا (class date_not_tomorrow: ليس), و or ف glued on or not, right before the
    end of the text searched; None without one."""
    words = class_alternation(cues, "date_not_tomorrow")
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+$") if words else None


# بحلول and the words of its date before the date's last word (بحلول صباح الاثنين، بحلول نهاية مارس), a quotation
# mark opening what is quoted before it or not (وأضاف المكتب أنه "بحلول منتصف نهار الأحد، كان …).
_BY_THEN = re.compile(r"(?:^|\s)[\"“«]?[وف]?بحلول(?:\s+\S+){0,2}\s+$")
# "9 يونيو من كل عام": a yearly day, not a day of this story. The words of a yearly recurrence after a day and
# month (كل عام، كل سنة، سنويا، من كل; من before them or not) are the rows of class `date_recurring` of
# seeds/cue_words.csv, read as written at the words' opening (recurring_pattern, DateLexicon.recurring); those whose
# leaving out changes no date row of an ANT article in no gold file stay in _RECURRING_UNSEEN (كل سنة، سنويا، من كل:
# no ANT article in no gold file writes one after a day and month that a date row turns on).
_RECURRING_UNSEEN = ("كل سنه", "سنويا", "من كل")


def recurring_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A word of a yearly recurrence (class date_recurring, and _RECURRING_UNSEEN), من before it or not, at the
    position matched; None without one."""
    words = class_and_unseen_alternation(cues, "date_recurring", _RECURRING_UNSEEN)
    return re.compile(rf"\s*(?:من\s+)?(?:{words})") if words else None
# The leads that make a guarded name (مارس، ماي، آب) a month: في مارس، خلال مارس، شهر مارس، مطلع آب. They are the
# rows of class `date_guard_lead` of seeds/cue_words.csv (guard_lead_pattern, DateLexicon.guard_lead); those no ANT
# article in no gold file writes right before a guarded name that has no year, modifier or pair (أوائل، أواخر،
# منتصف، بداية، أواسط: leaving any of them out changes no date row of those 11,719 articles) stay in _GUARD_LEAD_UNSEEN.
_GUARD_LEAD_UNSEEN = ("اوائل", "اواخر", "منتصف", "بدايه", "اواسط")


def guard_lead_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A lead word (class date_guard_lead, and _GUARD_LEAD_UNSEEN), و or ف glued on or not, at the end of the
    lead words of a month; without a word, none (a pattern that never matches)."""
    words = class_and_unseen_alternation(cues, "date_guard_lead", _GUARD_LEAD_UNSEEN)
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})$") if words else re.compile(r"(?!)")
# Nouns that take العام as the adjective "general" (الأمين العام الحالي is not "this year") are the rows of class
# `date_general_noun` of seeds/cue_words.csv (DateLexicon.general_nouns); these, which no ANT article writes
# before العام yet, so that no row can carry a real example of them, stay here.
_GENERAL_UNSEEN = frozenset(("حاكم", "خير", "طابع", "مراقب", "مشهد", "مقرر", "موقف", "نفع"))
# A bare 4-digit number after a preposition is a count, not a year, when a counted noun follows (class
# `date_counted` of seeds/cue_words.csv, with a conjunction or ب, an article and the accusative alif a
# count of 11-99 ends with: طفلا، ارهابيا), or a unit whose name opens with كيلو (كيلومتر، كيلوغرام).
# A number followed by «من» and a plural of people or of units counted (class `date_counted_of`: قتل 2000
# من عناصر طالبان، شمل 2002 من كبار السن، و1949 من القوات الجوية) counts them (not جيل 1986 من لاعبي
# المنتخب، نسخة 2030 من نهائيات كأس العالم).
# The counted nouns that no ANT article in no gold file writes after a four-digit number alone (team CN-middleEast-432:
# لديها 2000 عسكري في سوريا; BB-middleEast-677: بإرسال 2000 تهديد; FR-internationalNews-683: عينة من 2008 نساء).
_COUNTED_UNSEEN = ("عسكري", "تهديد", "نساء")


def counted_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern, re.Pattern]:
    """(counted, counted_of): the patterns, at a number's end, of what makes it a count (see bareyear,
    loneyear); without the cue lexicon only the signs, digits and كيلو-units count, and no «من» plural."""
    counted = class_and_unseen_alternation(cues, "date_counted", _COUNTED_UNSEEN) if cues is not None else ""
    nouns = "|".join(filter(None, (r"كيلو\w*", counted)))
    counted = re.compile(r"\s*(?:%|٪|[\d]|(?:-|–|و)\s*\d|(?:الي|حتي)\s*\d{3}|(?!كما(?!\w))(?:[وب]?(?:ال)?"
                         rf"(?:{nouns})ا?(?!\w)))")
    plurals = class_alternation(cues, "date_counted_of")
    counted_of = re.compile(rf"\s*من\s+[وف]?(?:ال)?(?:{plurals})(?!\w)" if plurals else r"(?!)")
    return counted, counted_of


# A round count or a number of 2-3 digits right before a year alone, joined to it (والقضيتين 1000 و 2000، ما بين
# 200-2000 كلم): the two count something (but 1798-1801، 1392-1897 are years).
# A unit of time right after a number after منذ: منذ 2000 عام is a length of time, no year.
# (the units are the rows of class `date_time_unit` of seeds/cue_words.csv, time_unit_pattern, DateLexicon.time_unit_after;
# these, which no ANT article in no gold file writes after منذ and a number, stay here)
_TIME_UNIT_UNSEEN = ("يوم", "شهر", "اشهر", "قرن", "قرون")


def time_unit_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A unit of time (class date_time_unit, and _TIME_UNIT_UNSEEN) right at the position matched."""
    words = class_and_unseen_alternation(cues, "date_time_unit", _TIME_UNIT_UNSEEN)
    return re.compile(rf"\s*(?:{words})(?!\w)")
_COUNT_JOINED_BEFORE = re.compile(r"(?:^|[^\d.,/])(\d{2,4})\s*(?:و|او|-|–)\s*[وف]?$")


@dataclass
class _TextAnchor:
    """The latest day and month the text has named, for اليوم التالي and الشهر الجاري."""

    day: tuple[int | None, int, int] | None = None
    month: tuple[int | None, int] | None = None
    year: int | None = None  # the latest year the text has named (for بعد ذلك بعامين)


def _result(value, granularity, against, calendar="gregorian"):
    return {"value": value, "granularity": granularity if value else None,
            "resolved_against": against if value else "unresolved", "calendar": calendar}


_WORD_YEAR = re.compile(word_year_pattern())


def _word_year(words: str) -> int:
    """The year a run of number words says (الفين وثلاثه وعشرين → 2023): the sum of its words."""
    return sum(YEAR_NUMBER_WORDS.get(w, YEAR_NUMBER_WORDS.get(w[1:], 0) if w[:1] == "و" else 0)
               for w in words.split() if w != "و")


def _day_number(token: str) -> int | None:
    token = " ".join(token.split())
    if token.isdigit():
        return int(token)
    return DAY_WORDS.get(token)


_DAY_WORDS_LONGEST_FIRST = sorted(DAY_WORDS, key=len, reverse=True)


_DAY_NUMBER = re.compile(r"\d{1,2}(?!\d)")


def _split_days(days: str) -> list[int]:
    numbers = _DAY_NUMBER.findall(days)
    if numbers:
        return [int(n) for n in numbers]
    rest = glued_day_word(" ".join(days.split()))
    if rest in DAY_WORDS:
        return [DAY_WORDS[rest]]  # (one day word, the common case)
    found = []
    for key in _DAY_WORDS_LONGEST_FIRST:
        if key in rest:
            found.append((rest.index(key), DAY_WORDS[key]))
            rest = rest.replace(key, " " * len(key), 1)
    return [n for _, n in sorted(found)]


def _relative(lexicon: DateLexicon, word: str | None) -> int | None:
    return lexicon.relative.get(word) if word else None


# What joins the two ends of a span of months inside a month sequence (من يناير إلى مارس، يناير - مارس).
_MONTH_SPAN = re.compile(r"\s(?:الي|حتي)\s|[\-–—]")
# What stands between the two names of a pair: a slash, brackets or spaces (not و، إلى، - of a range).
_PAIR_SEPARATOR = re.compile(r"[\s/\\()]*")


# _month_numbers' answers, by lexicon (its id, the lexicon kept alive beside them) and month sequence:
# the few hundred distinct sequences of a corpus come back again and again.
_MONTH_NUMBERS: dict[int, tuple[DateLexicon, dict[str, tuple[list[int], bool, bool]]]] = {}


def _month_numbers(seq: str, lexicon: DateLexicon) -> tuple[list[int], bool, bool]:
    """Distinct months of a month sequence in order (a pair like مارس/آذار is one month), whether
    every name in it is guarded (also an ordinary word), and whether every one is strictly guarded.
    (Computed once per sequence and lexicon; callers read the list, never change it.)"""
    entry = _MONTH_NUMBERS.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        entry = _MONTH_NUMBERS[id(lexicon)] = (lexicon, {})
    cache = entry[1]
    answer = cache.get(seq)
    if answer is None:
        answer = cache[seq] = _month_numbers_of(seq, lexicon)
    return answer


def _month_numbers_of(seq: str, lexicon: DateLexicon) -> tuple[list[int], bool, bool]:
    found = list(month_token_pattern(lexicon).finditer(seq))
    if len(found) == 1:  # one name (the common case)
        name = " ".join(found[0].group(0).split())
        return [lexicon.months[name][1]], name in lexicon.guarded, name in lexicon.strict
    numbers, all_guarded, all_strict = [], True, True
    last_end, last_levantine = None, None
    for m in found:
        name = " ".join(m.group(0).split())
        number = lexicon.months[name][1]
        all_guarded &= name in lexicon.guarded
        all_strict &= name in lexicon.strict
        levantine = name.split()[0] in lexicon.levantine  # (seeds/months.csv, source cldr:ar_SY)
        # the second name of a pair (one Levantine, one not, side by side): a mismatched pair
        # (أكتوبر/ تشرين الثاني, يونيو/تموز) still names one month, and the first leads
        paired = (last_levantine is not None and levantine != last_levantine
                  and _PAIR_SEPARATOR.fullmatch(seq, last_end, m.start()) is not None)
        if not numbers or (numbers[-1] != number and not paired):
            numbers.append(number)
        last_end, last_levantine = m.end(), (None if paired else levantine)
    return numbers, all_guarded, all_strict


# Before الاثنين, what makes it "the two": "one of" (واحدة من الاثنين).
# The nouns whose complement الاثنين is "the two" are the rows of class `date_of_the_two` of seeds/cue_words.csv
# (جثماني، تسميم، نجاة، إنقاذ، باستثناء); these, which no ANT article in no gold file writes before الاثنين, so that no row can
# carry a real example of them, stay here.
_OF_THE_TWO_UNSEEN = ("كلا", "كلتا", "حاله", "صحه", "مصير", "هويه", "جثتي", "جثث", "اسماء", "سوي", "عدا")


def the_two_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """What before الاثنين makes it "the two" (see _Extractor.weekday), right before the end of the text searched."""
    words = class_and_unseen_alternation(cues, "date_of_the_two", _OF_THE_TWO_UNSEEN)
    return re.compile(r"(?:^|\s)[وف]?(?:واحد|واحده|اي|كلا|احد|احدي)\s+من\s+$"
                      # كلا الاثنين: both; and the nouns whose complement is a person, not a day (حالة الاثنين
                      # متردية، منذ تسميم الاثنين بغاز أعصاب، جثماني الاثنين، باستثناء الاثنين): their state,
                      # fate, identity, body, poisoning or rescue, and "except"
                      rf"|(?:^|\s)[وفبل]?(?:{words})\s+$"
                      # على الاثنين، بين الاثنين: a day takes neither (the span بين الاثنين والأربعاء aside)
                      r"|(?:^|\s)[وف]?(?:علي|بين)\s+$"
                      # إن الاثنين، لأن الاثنين: the subject of إن/أن, "the two" (a day after them is told with
                      # its يوم or الماضي/المقبل: قال إن الاثنين في "منطقة مجهولة"; not a class's words: و/ف may
                      # stand before إن and لأن here, and neither بأن (complementiser) nor إنه (date_said_that) is read)
                      r"|(?:^|\s)[وف]?ل?ان\s+$"
                      # شيئا من الاثنين، المأخوذة من الاثنين: "of the two" (a day is "from" only as a start,
                      # اعتبارا/ابتداء/بدءا من الاثنين, as a span, من الاثنين إلى الخميس, or as a time of it,
                      # في وقت متأخر من الاثنين، في وقت سابق من الاثنين)
                      r"|(?:^|\s)(?!(?:[وف]?(?:اعتبارا|ابتداء|ابتداءا|بدءا|انطلاقا|اليوم|يوم|وقت|متاخر|مبكر|سابق|لاحق|ساعات|الساعات|ساعه|الساعه)\s))\S+\s+[وف]?من\s+$")


# The quotation marks that may wrap a day and month used as a name (see _Extractor.date).
_OPENING_QUOTES = ('"', "“", "«")
# The rest of a short name in quotation marks after its first word: three words at most, no digit, then the closing mark.
_QUOTED_NAME_REST = re.compile(r'(?:\s+[^\s"”»\d]+){0,3}\s*["”»]')
_CLOSING_QUOTES = ('"', "”", "»")
# A dual right after الاثنين (المتهمين الاثنين يقومان، الاثنين يعيشان، الاثنين هما، ونجاة الاثنين الآخرين، الاثنين
# اللذين), a dual verb denied too (إن المستهدفين الاثنين لا يزالان في حالة خطيرة): "the two", no Monday.
_DUAL_AFTER = re.compile(r"\s+[وف]?(?:(?:لا|لم|لن|ما)\s+[يت]\w{2,}ان|[يت]\w{2,}ان|هما|كلاهما|الاخرين|الاخران|الاخيرين|المذكورين|اللذين|اللذان)(?!\w)")
# After اليوم التالي/السابق, an event with ل glued on (لوصولها، للهجوم، لإعلان، لاختفائه; not a verb: لحق، ليفتح),
# or a verbal noun of the shape تفعيل (لتكليف، لتوقيع، لتسليم; not a verb: لتصبح، لتعود).
_OF_EVENT = re.compile(r"\s+ل(?:(?:ل|ا|م|و|ذ)\w{2,}|ت\w\wي\w)")
# After بعد/قبل <length> من, an activity that goes on (in the plural): the length is how long it went
# on, not a day counted from an event (بعد 11 يوما من الاحتجاجات الشعبية، بعد يومين من المحادثات في
# بيونغيانغ انتهت أمس السبت; but بعد يوم من الإضراب الشامل الذي عم، السبت counts from the strike).
# (its words are the rows of class `date_ongoing` of seeds/cue_words.csv: ongoing_pattern, DateLexicon.ongoing_after)


def ongoing_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A noun of an activity that goes on (class date_ongoing: محادثات، مفاوضات، معارك، غارات) right after
    the text read; None without the cue lexicon (no span is read as its length)."""
    words = class_alternation(cues, "date_ongoing")
    return re.compile(rf"\s+[وب]?(?:ال)?(?:{words})(?!\w)") if words else None


# "Starting from" before a weekday (اعتبارا من الأربعاء، ابتداء من يوم الجمعة، بدءا من مساء الأحد): what starts
# then is under way since a day or two at most, or yet to come. The words of starting are the rows of class
# `date_starting_from` of seeds/cue_words.csv, read as written (starting_from_pattern, DateLexicon.starting_from);
# those whose leaving out changes no date row of an ANT article in no gold file, so that no row can carry a real
# example of them, stay here (ابتداءا، بدءا: no ANT article in no gold file writes them before a weekday
# more than REPORT_DAYS gone by).
_STARTING_FROM_UNSEEN = ("ابتداءا", "بدءا")


def starting_from_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A word of starting and من right before a position (اعتبارا من، بدءا من); None without one."""
    words = class_and_unseen_alternation(cues, "date_starting_from", _STARTING_FROM_UNSEEN)
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+من\s+$") if words else None
# The start of a sentence or paragraph right before a position, what ends the sentence before it, and a
# comma right after a span.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?؟\n])\s*$")
_BOUNDARY_CHARS = " \t\n.!?؟؛"
_COMMA_AFTER = re.compile(r"\s*[،,]")
# What joins a weekday to the next of a span (الاثنين والأربعاء، الاثنين إلى الخميس، الاثنين-الثلاثاء).
_SPAN_ON = re.compile(r"\s*(?:و|-|–|الي|حتي)")
# A weekday right after أمس or غدا names the same day (أمس السبت، غداً الأحد).
# The words are the rows of classes `date_told_yesterday` (أمس، الأمس) and `date_told_tomorrow` (غدا، غد) of
# seeds/cue_words.csv (told_days, DateLexicon.told_day); these, which no ANT article in no gold file writes right
# before a weekday, stay here.
_TOLD_DAY_UNSEEN = {"بالامس": -1, "البارحه": -1}


def told_days(cues: "CueLexicon | None") -> dict[str, int]:
    """The word → -1 (yesterday) or +1 (tomorrow) of the classes date_told_yesterday and date_told_tomorrow, and
    _TOLD_DAY_UNSEEN."""
    told = dict(_TOLD_DAY_UNSEEN)
    for cls, shift in (("date_told_yesterday", -1), ("date_told_tomorrow", 1)):
        if cues is not None and cues.word_alternation(cls):
            told.update((word, shift) for word in cues.lists[cls])
    return told


def _told_day(before: list[str], told: dict[str, int]) -> int | None:
    """-1 or +1 when the words before a weekday end with أمس or غدا (and يوم): أمس السبت، غداً يوم الأحد
    (`told`: DateLexicon.told_day)."""
    if before and before[-1] == "يوم":
        before = before[:-1]
    if not before:
        return None
    word = before[-1].rstrip("،,")
    if word not in told and word[:1] in ("و", "ف"):
        word = word[1:]
    return told.get(word)
# What joins a weekday to the weekday of a habit before it (أيام الأحد والاثنين، كل سبت وأحد): و، أو، a comma.
# The word right after a weekday, a quotation mark or a space between (see weekday_epithet).
_DAY_AFTER_DAY = re.compile(r"(?<!\S)[وف]?يوما?\s+$")  # (يوما بعد يوم: day after day, no span)
_WORD_AFTER_COMMA = re.compile(r"\s*[،,]?\s*(\w+)")
_WORD_AFTER = re.compile(r"\s*[\"“”«»]?\s*(\w+)")
_HABIT_JOINED = re.compile(r"\s*[،,]?\s*(?:و|او)?\s*")
# What joins the two ends of a span of days (و، إلى، حتى، -).
_RANGE_JOINT = re.compile(r"\s*(?:و|الي|حتي|-|–)\s*")
# What joins two weekdays of one span (من الاثنين إلى الأربعاء، يومي الأحد والاثنين، السبت - الأحد).
_WEEKDAY_RANGE = re.compile(r"\s*(?:(?:الي|حتي|و|او|-|–)\s*)?(?:يوم\s+)?")
# What joins the weekdays of a list one modifier closes (الاثنين والثلاثاء القادمين، السبت، الأحد والاثنين الماضيين).
_WEEKDAY_LIST_JOINT = re.compile(r"\s*[،,]?\s*(?:(?:الي|حتي|و(?=\s)|او|-|–)\s*)?(?:يوم\s+)?")
# How many weekdays a list may hold after the first (a week has seven).
WEEKDAY_LIST_MAX = 6
# Everything up to the last sentence break.
_SENTENCE_BREAK_LAST = re.compile(r".*" + _SENTENCE_BREAK.pattern, re.S)


_WORD_BEFORE = re.compile(r"(?:^|[\s\"«“])(\w+)\s+$")


# What makes اليوم no day after a perfect verb: a preposition or a demonstrative right before it (إلى اليوم، في اليوم،
# بعد اليوم، ذلك اليوم), and the phrase after the last comma (see _Extractor.perfect_just_before).
_NOT_DAY_BEFORE = frozenset(("الي", "في", "بعد", "منذ", "حتي", "وحتي", "ذلك", "تلك", "نهايه"))
_LAST_COMMA_TAIL = re.compile(r"[^،,]*$")


def _in_quote(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened in its sentence (a speaker's اليوم is the day of
    the speech, which need not be the publication's)."""
    lo = max(0, at - 300)
    last = _SENTENCE_BREAK_LAST.match(text, lo, at)
    chunk = text[last.end() if last else lo:at]
    return chunk.count('"') % 2 == 1 or chunk.count("«") > chunk.count("»") or chunk.count("“") > chunk.count("”")


# The press before اليوم, an adjective or a word between at most (صحف اليوم، الصفحات الأولى للصحف اليوم،
# على واجهة الصحف الفرنسية اليوم، قراءة في الصحافة العالمية" اليوم): today's papers, the publication day.
# The nouns of the press are the rows of class `date_press` of seeds/cue_words.csv (press_pattern, DateLexicon.press_before).


def press_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A noun of the press (class date_press), an adjective or a word at most, right before the end of the text
    searched; without the cue lexicon, none (a pattern that never matches)."""
    return _class_word_before_end(cues, "date_press", r'(?:\s+[^\s.،,:؛!?؟"“”«»]+)?["”»]?')


def _class_word_before_end(cues: "CueLexicon | None", cls: str, after: str) -> re.Pattern:
    """A word of class `cls` (و/ف/ب/ل and ال glued on or not), then `after`, right before the end of the text
    searched; without a row, none (a pattern that never matches)."""
    words = class_alternation(cues, cls)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:^|\s)[وفبل]{{0,2}}(?:ال)?(?:{words}){after}\s+$")
# A noun of what is told or ruled on a day (a statement, a press conference, a ruling), five words after it at most
# (its teller's words: في بيان لمتحدثة باسم وزارة الخارجية الأمريكية اليوم), right before اليوم (بيان له اليوم، مؤتمر
# صحفي اليوم، هذا الحكم اليوم): the day it was told on, the publication day.
# The nouns are the rows of class `date_told_noun` of seeds/cue_words.csv (told_noun_pattern, DateLexicon.told_before).


def told_noun_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A noun of what is told (class date_told_noun), five words after it at most, right before the end of the text
    searched; without the cue lexicon, none (a pattern that never matches)."""
    return _class_word_before_end(cues, "date_told_noun", r'(?:\s+[^\s.،,:؛!?؟"“”«»]+){0,5}')
# A verb of birth right before a span counted back, two words between at most (ولد قبل 41 عاما، ولدت في
# أوسلو قبل 25 عاما، الحي الذي ولدت فيه قبل 44 سنة): the span tells an age.
# (the verbs are the rows of class `date_born` of seeds/cue_words.csv, born_pattern, DateLexicon.born_before; these,
# which no ANT article in no gold file writes before such a span, stay here)
_BORN_UNSEEN = ("ولدت", "ولدوا", "ولدا", "ولدتا")


def born_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A verb of birth (class date_born, and _BORN_UNSEEN), two words after it at most, right before the end of
    the text searched."""
    words = class_and_unseen_alternation(cues, "date_born", _BORN_UNSEEN)
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})(?:\s+[^\s.،,؛:]+){{0,2}}\s+$")
# A word of what may or will not be (قد، لن، لا), لا after it or not, then an imperfect verb (opening with ي), or لا alone,
# right before a span counted from publication (قد يلغيه بعد ثلاث سنوات، قد لا ينجز قبل 10 سنوات، لن تسمح اليوم ولا بعد
# 10 أعوام): a time that may come or is denied, no date. (Only a verb opening with ي is read: after قد, a perfect tells what
# is done, قد توفيا قبل يومين, and the perfects opening with ت or ن are many.)
# (the words are the rows of class `date_hypothetical` of seeds/cue_words.csv, hypothetical_pattern,
# DateLexicon.hypothetical_before; these, which no ANT article in no gold file writes before such a span with a value,
# stay here: team FR-internationalNews-1129-20180508, BB-internationalNews-890-20180729, BB-middleEast-1016-20180928)
_HYPOTHETICAL_UNSEEN = ("قد", "لن", "لا")


def hypothetical_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A word of what may or will not be (class date_hypothetical, and _HYPOTHETICAL_UNSEEN), لا after it or not, and an
    imperfect verb opening with ي, or لا alone, right before the end of the text searched."""
    words = class_and_unseen_alternation(cues, "date_hypothetical", _HYPOTHETICAL_UNSEEN)
    return re.compile(rf"(?:^|\s)[وف]?(?:(?:{words})(?:\s+لا)?\s+ي[^\s.،,؛:]+|لا)\s+$")
# How far (in characters) a غدا may follow an اليوم of "nowadays" and pair with it (see relday).
_PAIR_REACH = 30
# A definite word after اليوم: an adjective of the day (اليوم الختامي) or a subject, not "today".
_DEFINITE_NEXT = re.compile(r"\s+(?:ال|لل)")
# A night named by the two days it spans (ليل 15-16 تموز، ليل السبت- الأحد، ليل الجمعة السبت، منتصف ليل الخميس
# الجمعة، ليل الأربعاء إلى الخميس) is dated by its evening (the first day) only.
# The words of a night are the rows of class `date_night` of seeds/cue_words.csv, read as written (night_patterns,
# DateLexicon.night and night_before); each changes date rows of ANT articles in no gold file when left out, so
# none stays here.
_NIGHT_UNSEEN: tuple[str, ...] = ()


def night_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern | None, re.Pattern | None]:
    """A word of a night before a day (ليل السبت- الأحد), within the words before a weekday and right before a
    day's number; None without one."""
    words = class_and_unseen_alternation(cues, "date_night", _NIGHT_UNSEEN)
    if not words:
        return None, None
    return re.compile(rf"(?:^|\s)[وف]?(?:{words})\s"), re.compile(rf"(?:^|\s)[وف]?(?:{words})\s+$")
# The night named as an evening before its day (ليلة الخميس), with a clitic: see _Extractor.weekday (ruling 6).
_EVE_WORD = re.compile(r"[وفب]?ليله")
# A night's first day and a slash right before its second day (ليل 15/16 تموز، ليلة 25/26 يوليو/تموز).
_NIGHT_SLASHED = re.compile(r"(?:^|\s)[وف]?(?:ليل|ليله)\s+(\d{1,2})\s*/\s*$")
# What joins the two days of such a night: a space, a dash, الى or a و on the second day (ليلة الاثنين والثلاثاء);
# not a second day with its own word (ليل الجمعة وصباح السبت، ليل الأربعاء ويوم الخميس، من ليل الأربعاء حتى فجر الخميس).
_NIGHT_JOIN = re.compile(r"\s*(?:(?:-|–|الي)\s*)?")
# A word of calling for or demanding, a few words, then إلى/لـ/بـ and the meeting, vote or act called for, and
# its few words right up to a weekday (دعت البعثة الكويتية إلى اجتماع طارئ لمجلس الأمن الدولي صباح الثلاثاء; دعا بوتن
# … الناخبين الروس إلى التصويت في الاقتراع الرئاسي، الأحد); not across a relative clause or an event told
# after بعد/قبل (دعا مجلس الأمن إلى إجراء تحقيق في الهجوم الذي شهدته صعدة، الخميس: the attack's day).
# The words of calling are the rows of class `date_call` of seeds/cue_words.csv, what is called for those of
# `date_called`, both as written (call_for_pattern, DateLexicon.call_for).
def call_for_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """The pattern of a call (class date_call) and what it calls for (date_called) up to the end of the
    text searched (see _Extractor.called_for); None without the cue lexicon (no call is read)."""
    calls, called = class_alternation(cues, "date_call"), class_alternation(cues, "date_called")
    if not calls or not called:
        return None
    return re.compile(rf"(?<!\S)[وف]?(?:{calls})"
                      r"(?:\s+\S+){0,8}?\s+(?:الي\s+[\"“«]?(?:ال)?|لل|ل|بال|ب|ال)"
                      rf"(?:{called})"
                      r"(?:\s+(?!(?:الذي|التي|الذين|اللذين|بعد|قبل|عندما)(?!\S))[^\s.،,؛:!?؟\"“”«»]+){0,7}"
                      r"[\"”»]?\s*[،,]?\s*(?:يوم\s+|صباح\s+|مساء\s+|ظهر\s+|بعد\s+ظهر\s+)?$")


CALL_REACH = 160


# An event noun's few words (no relative, no word of after or before opening a clause of their own) up to the end of
# the text searched, a comma and يوم at most between.
_EVENT_WORDS_TO_END = (r"(?:\s+(?!(?:الذي|التي|الذين|اللذين|بعد|قبل|عندما)(?!\S))[^\s.،,؛:!?؟\"“”«»]+){0,4}"
                       r"\s*[،,]?\s*(?:يوم\s+)?$")
# An event (a meeting, a summit, a vote, what is called for: class `date_called`) and its few words, no verb among
# them, right up to a bare weekday (قمة الاتحاد الأوروبي الخميس، مؤتمر صحفي يوم الاثنين): the weekday names the event,
# which has no verb of its own (see _Extractor.reported_event).
def event_named_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """An event noun (class date_called) and up to four words after it, up to the end of the text searched;
    None without the cue lexicon."""
    called = class_alternation(cues, "date_called")
    if not called:
        return None
    return re.compile(rf"(?<!\S)(?:[وف]?(?:بال|لل|ال|ب|ل))?(?:{called}){_EVENT_WORDS_TO_END}")


# The same event glued to the لـ of purpose (لجلسة، للقمة، للتصويت: أعلنت جامعة الدول العربية عقدها لجلسة طارئة، الثلاثاء;
# استعدادا للقمة مع ترمب، الثلاثاء; قبل إحالة النص إلى مجلس العموم للتصويت عليه الأربعاء): what a clause is for is still to
# come, whatever its verb's tense (see _Extractor.purpose_event). (لقاء is the noun itself, no لـ on قاء.)
def purpose_event_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """An event noun (class date_called) with لـ or للـ glued on, and up to four words after it, up to the end of the
    text searched; None without the cue lexicon."""
    called = class_alternation(cues, "date_called")
    if not called:
        return None
    return re.compile(rf"(?<!\S)[وف]?(?:لل|ل)(?:{called}){_EVENT_WORDS_TO_END}")


EVENT_REACH = 60
# «مثل هذا اليوم/الشهر» right before a span of years counted back (في مثل هذا الشهر قبل ثلاث سنوات), and مثل right
# before هذا الشهر: the word of likeness is class date_like (مثل), and _LIKE_UNSEEN (every word of it has a row).
_LIKE_UNSEEN: tuple[str, ...] = ()


def like_patterns(cues: "CueLexicon | None") -> tuple[re.Pattern | None, re.Pattern | None]:
    """A word of likeness (class date_like, and _LIKE_UNSEEN) then هذا اليوم/الشهر at the end of the text before a
    span of years counted back, its unit in group `unit`; and the word alone at the end of the text before هذا الشهر.
    (None, None) without one."""
    words = class_and_unseen_alternation(cues, "date_like", _LIKE_UNSEEN)
    if not words:
        return None, None
    return (re.compile(rf"(?:^|\s)[وفب]?(?:{words})\s+هذا\s+(?P<unit>اليوم|الشهر)\s*[،,]?\s+$"),
            re.compile(rf"(?:^|\s)[وفب]?(?:{words})\s+$"))
# Days of work after a count of days (بعدها بعشرة أيام عمل): no calendar days.
_WORKING = re.compile(r"\s+عمل(?!\w)")
# A plural of days after قبل or بعد and a count that counts only after ذلك or the pronoun (بعد ذلك بأربعة أيام) and
# never before عمل: class date_days_after_that (أيام), and _DAYS_AFTER_THAT_UNSEEN (every word of it has a row).
_DAYS_AFTER_THAT_UNSEEN: tuple[str, ...] = ()


def days_after_that_words(cues: "CueLexicon | None") -> frozenset[str]:
    """The normalised words of class date_days_after_that and _DAYS_AFTER_THAT_UNSEEN (ago reads them)."""
    return class_and_unseen_words(cues, "date_days_after_that", _DAYS_AFTER_THAT_UNSEEN)
# How many sentences on a bare month still takes the year the story was told in (see _Extractor.story_year).
STORY_SENTENCES = 2
# What tells, before a bare month in its sentence, that the story goes on from the date told before: وبعد ذلك،
# وبعدها، وبعد أيام (من ذلك)، ثم، لاحقا، في وقت لاحق (not بعدما/بعد أن, after an event, nor بعد 3 أيام من
# الهجوم: a span from an event the text may not have dated); or after it, «التالي» (وفي أغسطس/آب التالي).
# The words are rows of seeds/cue_words.csv: class `date_story_on` (بعد ذلك، ثم، لاحقا) and `date_story_unit`,
# the units of time of «بعد (count) unit» (أيام، أشهر، عامين); see story_pattern.


# The day after or before an event whose own day follows in the same clause: «غداة إعادة انتخابه الأحد» is the
# Monday, «عشية بدء القمة الجمعة» the Thursday. Classes date_eve_after (+1) and date_eve_before (-1) of
# seeds/cue_words.csv. Between the word and the day stand the event's words, one at least (عشية السبت, with none,
# is Saturday evening in the Maghreb's Arabic, not Friday) and at most _EVENT_WORDS, with no punctuation; an
# anniversary among them (عشية الذكرى الخامسة لاحتجاجات 25 يناير 2011) makes the day the event's first one, not the
# anniversary's, so nothing is counted (class date_eve_anniversary and _EVE_ANNIVERSARY_UNSEEN: ذكرى has no
# example in an article of no gold file where it stands that close to the day). A day given with its year is left
# alone: غداة اعتداءات 11 أيلول/سبتمبر 2001 says "in the aftermath of" a past event, no day (see extract_time_expressions).
_EVE_ANNIVERSARY_UNSEEN = ("ذكري",)
_EVE_CLASSES = {"date_eve_after": 1, "date_eve_before": -1}
_EVE_REACH = 80  # characters looked back from the event's day for the word (five words of the event and the word)


def eve_words(cues: "CueLexicon | None") -> dict[str, int]:
    """Normalised غداة/عشية -> the days from the event's day (+1 or -1), from the cue lexicon's rows."""
    if cues is None:
        return {}
    return {w: shift for cls, shift in _EVE_CLASSES.items() for w in class_and_unseen_words(cues, cls)}


def eve_anniversary_words(cues: "CueLexicon | None") -> frozenset[str]:
    """The normalised words of an anniversary (class date_eve_anniversary and _EVE_ANNIVERSARY_UNSEEN)."""
    return class_and_unseen_words(cues, "date_eve_anniversary", _EVE_ANNIVERSARY_UNSEEN)


def eve_of(text: str, start: int, value: str, lexicon: DateLexicon) -> tuple[int, int, dict] | None:
    """The span of غداة/عشية before the event's few words and the event's day `value` (a full day) starting at
    `start`, and its row's value: that day plus or minus one; None when no such word stands there."""
    lo = max(0, start - _EVE_REACH)
    best = None
    for word, shift in lexicon.eve.items():
        at = text.rfind(word, lo, start)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, at + len(word), shift)
    if best is None:
        return None
    at, end, shift = best
    # a word of its own (و or ف glued on or not), followed by the event's words
    if at > 0 and not text[at - 1].isspace() and not (
            text[at - 1] in "وف" and (at == 1 or text[at - 2].isspace())):
        return None
    gap = text[end:start]
    if not gap[:1].isspace() or _BREAK_IN_EVENT.search(gap):
        return None
    words = gap.split()
    if not 1 <= len(words) <= _EVENT_WORDS or any(a in w for w in words for a in lexicon.eve_anniversary):
        return None
    day = date.fromisoformat(value) + timedelta(days=shift)
    return at, end, _result(day.isoformat(), "day", "text")


def annual_day_patterns(cues: "CueLexicon | None", rows: list[dict] | None) -> dict:
    """The DateLexicon fields of the yearly days named by their name (seeds/annual_days.csv): `annual_days`, each
    normalised name's (month, day), and `annual_day`, a name with ب or ل glued on or not, right after a word of class
    date_annual_day_lead (group `lead`, ب or ل glued on it or not, ال or not, a quotation mark or # between);
    no field without rows or leads."""
    leads = class_alternation(cues, "date_annual_day_lead")
    days = {normalize_key(row["name"]): (int(row["month"]), int(row["day"])) for row in rows or ()}
    if not leads or not days:
        return {}
    names = "|".join(sorted((re.escape(n) for n in days), key=len, reverse=True))
    return {"annual_days": days, "annual_name": re.compile(rf"(?P<p_annual>{names})(?!\w)"), "annual_day": re.compile(
        rf"(?<!\w)(?P<lead>[وف]?(?:[بل]|لل)?(?:ال)?(?:{leads}))\s+[\"“«#]?\s*(?:[بل](?=\S))?(?P<name>{names})(?!\w)")}


def _annual_matches(text: str, lexicon: DateLexicon, matches: list[re.Match], named: bool) -> list[re.Match]:
    """`matches` with the yearly days named by their name after a lead (DateLexicon.annual_day) put in order, each as
    the match of the name alone (production p_annual), unless a grammar match overlaps it. `named`: whether a
    yearly day's name is in the text at all (_scan's trigger index finds them in its one pass)."""
    pattern = lexicon.annual_day
    if pattern is None or not named:
        return matches  # (the common case: no yearly day's name in the text, nothing searched again)
    spans = [m.span() for m in matches]
    added = [lexicon.annual_name.match(text, a.start("name")) for a in pattern.finditer(text)]
    added = [a for a in added if not any(s < a.end() and a.start() < e for s, e in spans)]
    return sorted(matches + added, key=lambda m: m.start()) if added else matches


def story_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """The words that tell the story goes on (classes date_story_on, date_story_unit); without the cue
    lexicon, none (a pattern that never matches)."""
    on, units = class_alternation(cues, "date_story_on"), class_alternation(cues, "date_story_unit")
    parts = ([on] if on else []) + ([rf"بعد\s+(?:\S+\s+)?(?:{units})(?:\s+من\s+ذلك|(?=\s*[،,]))"] if units else [])
    if not parts:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\S)[وف]?(?:{'|'.join(parts)})(?=[\s،,])")


def story_turn_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """The words that turn a sentence away from the year its word named before (class date_story_turn: لكن،
    عندما، قبل، حتى، إلا أن; see _Extractor.note_year); without the cue lexicon, none (a pattern that never
    matches)."""
    turn = class_alternation(cues, "date_story_turn")
    if not turn:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\S)[وف]?(?:{turn})(?!\S)")


def history_list_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A phrase that lists the events of one calendar day across the years (class date_history_list: في مثل هذا
    اليوم، أحداث التاريخ، الأحداث التاريخية); None without the cue lexicon or a row."""
    words = class_alternation(cues, "date_history_list")
    return re.compile(rf"(?<!\w)[وفل]?(?:{words})(?!\w)") if words else None


# A word of after and an event (ويعتزم ترمب استقبال بوتين …، بعد قمتهما الأولى في هلسنكي، الاثنين; وسيحظى أردوغان
# بسلطات معززة بعد فوزه في الانتخابات التركية، الأحد; … الأربعاء المقبل، بعد رفض الحكومة … خلال اجتماعها مع النقابات
# السبت): the phrase tells the event the clause comes after, which has happened, whatever that clause looks ahead to; a
# future cue before the word of after does not reach a weekday in the phrase (see _Extractor.in_background). Checked
# on all the ANT articles in no gold file: of the weekdays a future cue before such a phrase read as coming, every one
# (4) is the one gone by. The words of after are the rows of class `date_background_after` of seeds/cue_words.csv, as
# written. Not بعد أن، بعدما (a clause with its own verb and tense), بعد ظهر (a part of the day: سيلتقي … ماكرون بعد
# ظهر الثلاثاء), بعد غد (a day), nor a span counted after it (بعد يومين من، بعد نحو 36 ساعة من، بعد 3 أيام: a date
# of its own, counted from an event).
_AFTER_NOT_EVENT = ("ان", "ما", "ذلك", "ظهر", "الظهر", "غد", "يوم", "يومين", "ساعه", "ساعتين", "ساعات", "دقائق", "قليل",
                    "نحو", "حوالي")
BACKGROUND_WORDS = 12  # words at most from the word of after to the weekday


def background_after_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A word of after (class date_background_after) opening an event's phrase, not a clause, a part of the day nor a
    counted span (_AFTER_NOT_EVENT and the units of class date_story_unit); None without a row."""
    words = class_alternation(cues, "date_background_after")
    if not words:
        return None
    units = class_alternation(cues, "date_story_unit")
    not_event = "|".join(filter(None, (trie_alternation(_AFTER_NOT_EVENT), units)))
    return re.compile(rf"(?<!\S)[وف]?(?:{words})\s+(?!(?:{not_event})(?!\w))(?=[^\W\d])")


def appointed_pattern(cues: "CueLexicon | None") -> re.Pattern:
    """A word of an appointed time (class date_appointed: موعد، موعدا، موعدها) right before a day or month,
    يوم، في or شهر between at most, up to the end of the searched text; without the cue lexicon, none."""
    words = class_alternation(cues, "date_appointed")
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\S)[وفب]?(?:{words})\s+(?:(?:يوم|في|شهر)\s+){{0,2}}$")


# What leads «<day> منه», the day of the month last named: a preposition (في 19 منه، حتى 25 منه).
_OF_IT_LEAD = re.compile(r"(?:^|\s)[وف]?(?:في|حتي|الي|لغايه)\s*$")
# «الآن» right after «قبل/بعد <length> من»: the span is counted from now (see _Extractor.from_now).
_NOW = re.compile(r"\s*الان(?!\w)")
# The words after a month that make it the one after the month told before (الشهر التالي، الذي تلاه، اللاحق) are
# the rows of class `date_next_after` of seeds/cue_words.csv, read as written (next_after_pattern,
# DateLexicon.next_after); those whose leaving out changes no date row of an ANT article in no gold file stay in
# _NEXT_AFTER_UNSEEN (الذي تلاه، اللاحق: none changes a date row of the 11,719 articles).
_NEXT_AFTER_UNSEEN = ("الذي تلاه", "اللاحق")


def next_after_pattern(cues: "CueLexicon | None") -> re.Pattern | None:
    """A word of the next (class date_next_after, and _NEXT_AFTER_UNSEEN) right after the position matched; None
    without one."""
    words = class_and_unseen_alternation(cues, "date_next_after", _NEXT_AFTER_UNSEEN)
    return re.compile(rf"\s+(?:{words})(?!\w)") if words else None


# Words at most between the imperfect verb opening a sentence and a bare weekday it looks ahead to (see
# _Extractor.opened_by_imperfect): a subject with its title and a name of three words is six (يستقبل الرئيس الكوري
# الجنوبي مون جاي إن السبت; ويرأس النائب البريطاني اجتماع مجلس الأمن القومي لاحقاً الاثنين), beyond tense.OPENER_REACH,
# which اليوم keeps (a verb further back reads it as "nowadays" as often as "today").
WEEKDAY_OPENER_REACH = 8
# A report is told within so many days of it (see tense.reported_at_end).
REPORT_DAYS = 2
# Characters at most read on either side of a date for the rest of its sentence (imperfect_in_sentence).
SENTENCE_REACH = 300
_WORD = re.compile(r"\w+")
_IMPERFECT_T = re.compile(r"ت(?:ست|ت)\w{2,}|ت\w[اي]\w")
# (لم يتمكن، كان يعمل: an imperfect after them tells the past)
_BEFORE_PAST = frozenset(("لم", "ولم", "كان", "كانت", "وكان", "وكانت"))
# Characters at most from a weekday to come to the next weekday that goes on from it (follows_coming_weekday).
SEQUENCE_REACH = 200
# From this local hour, a publication is "late in the evening".
LATE_HOUR = 19
# Before this local hour (noon), a publication reports the day before it: a weekday named for that day is
# that day, not six days ahead, whatever the tense (see _Extractor.weekday).
MORNING_HOUR = 12
_NEXT_WEEKDAY = re.compile(r"\s*[،,]?\s*\(?\s*(?:يوم\s+)?(الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)(?!\w)")


# The groups of a year after a day or month (grammar.year_tail) for the prefix of each production that has one.
_TAIL_GROUPS = {p: tuple(f"{p}_{g}" for g in ("y", "wy", "same", "same2", "ry", "this")) for p in ("d", "m")}


class _Extractor:
    __slots__ = ("text", "pub", "late", "morning", "anchor_end", "weekday_end", "weekday_day", "weekday_night", "weekday_bare",
                 "lexicon", "anchor", "day_end", "dated", "tenses", "from_event", "nowadays_end",
                 "day_at", "named_month", "story", "habit_end", "worded_end", "day_dated", "history", "history_days",
                 "relday_told")

    def __init__(self, text: str, published: datetime | None, lexicon: DateLexicon):
        self.text = text  # normalised
        self.pub: date | None = published.date() if published else None  # the publication's local day
        # published late in its evening: a weekday named for the next day is usually that day
        self.late = published is not None and published.hour >= LATE_HOUR
        self.morning = published is not None and published.hour < MORNING_HOUR
        self.anchor_end: int | None = None  # where the last date with a value ended
        self.weekday_end: int | None = None  # where the last bare weekday ended, and its day
        self.weekday_day: date | None = None
        self.weekday_night = False  # whether it was named as a night (ليل السبت)
        self.weekday_bare = False  # whether it was named with no modifier (الجمعة; not الجمعة الماضي)
        self.lexicon = lexicon
        self.anchor = _TextAnchor()
        self.day_end: int | None = None  # where the last day-and-month date ended
        self.day_at: int | None = None  # where the span that set anchor.day ended
        # the last month given with its year (or العام ذاته): (year, month, where it ended)
        self.dated: tuple[int, int, int] | None = None
        self.tenses: dict[int, str | None] = {}  # tense at a position (see tense())
        # a span counted from an event (قبل يوم من محاولة الانقلاب، بعد شهرين من إحاطته): its sign,
        # count and unit, set by the handler, for the event's own date right after it (counted_from)
        self.from_event: tuple[int, int, str] | None = None
        self.nowadays_end: int | None = None  # where the last اليوم read as "nowadays" ended
        self.named_month: tuple[int, int, int] | None = None  # the last month named by its name: year, month, end
        # the year the story was last told in, by a date that gives it (في عام 2016، في آذار 2016، 5 مارس 2016;
        # not منذ 2003 nor a year standing with a name): (year, month or None, where it ended); forgotten at the
        # next date resolved against publication (see story_year)
        self.story: tuple[int, int | None, int] | None = None
        self.habit_end: int | None = None  # where the last weekday of a habit (أيام الأحد) ended
        self.worded_end: int | None = None  # where the year that set self.dated ended, when its word named another year
        self.day_dated = False  # whether self.dated was set by a day given with its year (see day_results)
        self.history: bool | None = None  # whether the text holds a phrase of a day's history (see in_history_list)
        self.history_days: set[int] = set()  # where the days of such a list start, their year left open for good
        # where the last أمس or الليلة الماضية outside a quotation ended, and its day: the day a quotation after it in
        # its sentence was spoken on (see spoken_day)
        self.relday_told: tuple[int, date] | None = None

    def tense(self, at: int) -> str | None:
        """tense.tense at `at`, computed once per position (a weekday asks it up to four times)."""
        tenses = self.tenses
        if at in tenses:
            return tenses[at]
        found = tenses[at] = tense(self.text, at, self.lexicon.future_verbs, self.lexicon.relative_verb,
                                   self.lexicon.tense_words)
        return found

    def since(self, m: re.Match) -> bool:
        """منذ 30 آذار، منذ الأحد: since, so not after publication."""
        around = self.text[max(0, m.start() - 8):m.end()]
        for word in self.lexicon.since_words:
            if word in around:
                break
        else:
            return False  # (the common case, without a regex)
        return bool(self.lexicon.since.match(m.group(0))
                    or self.lexicon.since_before.search(self.text, max(0, m.start() - 8), m.start()))

    def future(self, m: re.Match, at: int | None = None) -> bool:
        if self.since(m):
            return False  # منذ 30 آذار، منذ الأحد: since, so before publication
        if self.tense(m.start() if at is None else at) != "future":
            return False
        # بحلول الخميس، وصل …: by a day, then a perfect verb: by a day gone by (بحلول is no future then)
        return not (_BY_THEN.search(self.text, max(0, m.start() - 40), m.start())
                    and self.lexicon.tense_words.perfect_after.match(self.text, m.end()))

    def told_in_year(self, m: re.Match, at: int) -> int | None:
        """The year of a month named with its year (or of العام ذاته) earlier in the sentence of `m`,
        when that year is not the publication's and `m` is not said in the future."""
        if self.dated is None:
            return None
        year, month, end = self.dated
        if (year == self.pub.year and month != 12) or end > m.start() \
                or _SENTENCE_BREAK.search(self.text, end, m.start()) or self.future(m, at):
            # (a month of the publication's year leaves a bare month to the publication; a year
            # alone, even the publication's, holds the bare months after it: خلال 2018 (… في تشرين الأول))
            return None
        if end == self.worded_end and self.lexicon.story_turn.search(self.text, end, m.start()):
            return None  # (فتح هذا التحقيق عام 2017 لكنه تطور … عندما اعتقل إيلوفيتش في الثامن عشر من شباط)
        if year == self.pub.year and self.tense(at) == "past":
            return None  # (اكتسى هذه السنة صفة رسمية عندما أعلنه … في 27 كانون الأول: told in the past)
        return year

    def told_year(self, month: int, m: re.Match) -> int:
        """The year of a bare month (or day of it) that told_in_year gives: the dated month's year, the year
        before only for a later month inside what the sentence reports (كذب بقوله إنه التقى … قبل أن ينضم إلى
        فريق حملة ترامب في مارس, after يناير 2017: March 2016). A later month told on in the past is
        the same year (وفي يناير/كانون ثاني 1985 كشف أمر العملية فتوقفت، وفي أبريل/نيسان أطيح بنميري)."""
        year, dated_month, end = self.dated
        if month <= dated_month or not self.lexicon.tense_words.said_that.search(self.text, end, m.start()):
            return year
        return year - 1

    def story_year(self, m: re.Match, month: int, at: int) -> int | None:
        """The year of a bare month (or day of it) told in a later sentence of the same story: the year of
        the date that gave one last (self.story), one or two sentences back, with no date resolved against
        publication between («وقضت المحكمة العليا في مايو/أيار 2012 … | لكن أسانغ قال …، وبحلول يونيو/حزيران
        لجأ إلى سفارة الإكوادور»: June 2012), when that year is not the publication's, the month is not
        before the story's month, and `m` is not told in the future."""
        if self.story is None:
            return None
        year, story_month, end = self.story
        if year >= self.pub.year or end > m.start() or story_month is None or month < story_month:
            return None
        breaks = len(_SENTENCES_BETWEEN.findall(self.text, end, m.start()))
        if not 1 <= breaks <= STORY_SENTENCES or self.since(m) or self.future(m, at):
            return None
        last = _SENTENCE_BREAK_LAST.match(self.text, max(end, m.start() - 200), m.start())
        opened = last.end() if last else max(end, m.start() - 200)
        next_after = self.lexicon.next_after
        if not (self.lexicon.story_goes_on.search(self.text, opened, m.start())
                or (next_after is not None and next_after.match(self.text, m.end()))):
            return None
        return year

    def note_story(self, year: int, month: int | None, m: re.Match):
        """A date that gives its year (see story_year), unless it is a start (منذ مارس 2017: the story runs on
        to the present)."""
        self.story = None if self.since(m) else (year, month, m.end())

    def note_year(self, years: list[int], m: re.Match, worded: bool = False):
        """A year named alone (عام 2016، في 2018): the latest year; and when it is the publication's year,
        or any one year its word names (`worded`: في عام 2016، أوائل عام 2015), the year of a bare month or
        day later in its sentence (see told_in_year: «وأعلنت آبل عن سماعات AirPods في عام 2016، وكانت
        الشركة تخطط لطرحها في شهر أكتوبر»: October 2016). (A bare number does not carry so: منذ 2003،
        مونديال 2026، الاتفاق المبرم في 2015 name it for their own words, and the month after them is as
        often this year's.)"""
        self.anchor.year = years[-1]
        if len(years) == 1 and self.pub is not None and (years[0] == self.pub.year or (worded and not self.since(m))):
            self.dated, self.day_dated = (years[0], 12, m.end()), False
            self.worded_end = m.end() if years[0] != self.pub.year else None

    def called_for(self, m: re.Match) -> bool:
        """Whether a word of calling for or demanding (دعا، دعت، طالب، الدعوة، دعوات) stands before `m` in its
        sentence, within CALL_REACH characters, with its إلى/بـ after it: `m` dates what is called for."""
        lo = max(0, m.start() - CALL_REACH)
        last = _SENTENCE_BREAK_LAST.match(self.text, lo, m.start())
        call_for = self.lexicon.call_for
        return call_for is not None and call_for.search(self.text, last.end() if last else lo, m.start()) is not None

    def reported_event(self, m: re.Match) -> bool:
        """Whether `m` names an event (DateLexicon.event_named: a noun, no verb up to the weekday) in what a past verb
        of saying reports (tense.said_that_before: أعلن … أن إيطاليا ستقترح … خلال قمة الاتحاد الأوروبي الخميس; قالت
        سيول إن إسكات المكبرات قد يساعد في تهيئة الأجواء لمحادثات يوم الجمعة): the past is the saying's, and an event
        reported with no verb of its own is still to come (a past verb after إن/أن reads it as gone by)."""
        pattern = self.lexicon.event_named
        if pattern is None or pattern.search(self.text, max(0, m.start() - EVENT_REACH), m.start()) is None \
                or not said_that_before(self.text, m.start(), self.lexicon.tense_words, self.lexicon.reported):
            return False
        clause = clause_before(self.text, m.start())
        said = last_match(self.lexicon.tense_words.said_that, clause)
        # (طلبوا … خلال محادثات يوم الخميس: a perfect verb in what was said tells the event done)
        return said is not None and not holds_perfect(clause[said.end():], self.lexicon.perfect_verbs)

    def purpose_event(self, m: re.Match) -> bool:
        """Whether `m` names an event that the لـ of purpose glues to the clause (DateLexicon.purpose_event: عقدها لجلسة
        طارئة، الثلاثاء), EVENT_REACH characters before it at most: what the clause is for is yet to come."""
        pattern = self.lexicon.purpose_event
        return pattern is not None and pattern.search(self.text, max(0, m.start() - EVENT_REACH), m.start()) is not None

    def in_background(self, m: re.Match) -> bool:
        """Whether `m` stands in the phrase of an event its clause comes after (lexicon.background_after: ويعتزم ترمب استقبال
        بوتين …، بعد قمتهما الأولى في هلسنكي، الاثنين), BACKGROUND_WORDS words at most after its word of after, with no tense
        cue between: what the clause looks ahead to before the word of after is not the weekday's."""
        pattern = self.lexicon.background_after
        if pattern is None:
            return False
        clause = clause_before(self.text, m.start())
        last = last_match(pattern, clause)
        if last is None:
            return False
        phrase = clause[last.end():]
        return len(phrase.split()) <= BACKGROUND_WORDS and self.lexicon.tense_words.cue.search(phrase) is None

    def opened_by_imperfect(self, m: re.Match) -> bool:
        """No tense cue before `m` in its sentence, which an imperfect verb opens a few words before
        it (see tense.opens_with_imperfect); not after منذ (يشهد الأردن منذ الأربعاء)."""
        if self.since(m):
            return False
        return self.tense(m.start()) is None and opens_with_imperfect(self.text, m.start(), self.lexicon.future_verbs,
                                                                  self.lexicon.own_clause, self.lexicon.opening_imperfect,
                                                                  WEEKDAY_OPENER_REACH)

    def clause_opened_by_imperfect(self, m: re.Match) -> bool:
        """The last clause of its own before `m` (a relative, a conjunction of time) opens with an imperfect verb a few
        words before it, with no tense cue of its own (see tense.clause_opens_with_imperfect); not after منذ."""
        lexicon = self.lexicon
        return lexicon.own_clause is not None and not self.since(m) and clause_opens_with_imperfect(
            self.text, m.start(), lexicon.future_verbs, lexicon.own_clause, lexicon.opening_imperfect, lexicon.tense_words)

    def opened_by_imperfect_today(self, m: re.Match, start: int) -> bool:
        """A sentence opened by an imperfect verb a few words before اليوم (يدلي الناخبون في تونس اليوم بأصواتهم،
        ينظر مجلس الأمن الدولي اليوم في مشروع قرار): what goes on today; not حتى اليوم, to this day (يبقى حتى اليوم
        ولاء الشعب الأوكراني موزعاً), which is "nowadays"."""
        if self.lexicon.until_before is not None and self.lexicon.until_before.search(self.text, max(0, start - 12), start):
            return False
        if len(clause_before(self.text, start).split()) < 2:
            return False  # (وينقسم اليوم استثمار ألفابيت، "يتم اليوم استهداف الصحفيين: the verb right before, "nowadays")
        if self.since(m) or self.tense(m.start()) not in (None, "future"):
            return False
        # (a future tense too: the opening verb may itself be a cue of class date_future, a verb that looks ahead,
        # تستضيف المسابقة اليوم أيضا خامس فيلم فرنسي, whose future_verb_right_before reads it only right before اليوم)
        lexicon = self.lexicon
        return opens_with_imperfect(self.text, m.start(), lexicon.future_verbs, lexicon.own_clause,
                                    lexicon.opening_imperfect)

    def appointed(self, at: int) -> bool:
        """Whether a word of an appointed time stands right before the day or month that starts at `at`
        (فقد حدد لها موعدا يوم 15 أيلول/سبتمبر، ويأتي موعد 13 يوليو/تموز بعد قمة حلف شمال الأطلسي): the day
        set for a thing, read ahead as a future one is (within the same horizons: a day gone by this year
        stays this year's)."""
        return self.lexicon.appointed.search(self.text, max(0, at - 30), at) is not None

    def done_right_after(self, m: re.Match) -> bool:
        """Whether a perfect verb of the corpus (DateLexicon.perfect_verbs), و or ف glued on or not, follows `m`, a comma
        between at most (وفي تاريخ 27 كانون الأول/ديسمبر، اتصلت ناومي موسينغا برقم الطوارئ): what was done on the day,
        so no day appointed ahead."""
        after = _WORD_AFTER_COMMA.match(self.text, m.end())
        return after is not None and in_with_conjunction(after.group(1), self.lexicon.perfect_verbs)

    def planned_before(self, m: re.Match, at: int) -> bool:
        """A plan told in the past in the clause of `m` (كان من المقرر إجراؤها في شهر أغسطس/آب): a month
        up to UPCOMING_MONTHS after publication's is this year's coming one, planned, then perhaps called off."""
        return not self.since(m) and past_plan(self.text, at, self.lexicon.tense_words)

    def until(self, m: re.Match) -> bool:
        """حتى السبت، حتى نهاية حزيران with no tense cue: a forecast or a state going on, so a day
        or month not yet past (a month gone by this year stays this year's)."""
        lead = self.text[max(0, m.start() - 12):m.start()]
        if self.lexicon.until is None:
            return False
        inside = self.lexicon.until.match(m.group(0))
        if not (inside or (any(word in lead for word in self.lexicon.until_words) and self.lexicon.until_before.search(lead))):
            return False
        # (وتستمر حتى الاثنين: a state going on until the day, whatever the sentence told before)
        end = m.start() + (inside.end() if inside else 0)
        return self.tense(m.start()) is None or self.lexicon.goes_on_until.search(self.text, max(0, end - 48), end) is not None

    def in_history_list(self, m: re.Match) -> bool:
        """Whether the sentence of `m` lists the events of one calendar day across the years (lexicon.history_list: في 9
        سبتمبر/أيلول تم افتتاح المترو في دبي …، فيما يلي تسلسل الأحداث التي حدثت في مثل هذا اليوم): a day named there
        without its year is that day of any year. (The text is searched once; most hold no such phrase.)"""
        pattern = self.lexicon.history_list
        if pattern is None:
            return False
        if self.history is None:
            text = self.text
            self.history = any(word in text for word in self.lexicon.history_words)
        if not self.history:
            return False
        lo = max(0, m.start() - SENTENCE_REACH)
        last = _SENTENCE_BREAK_LAST.match(self.text, lo, m.start())
        after = _SENTENCE_BREAK.search(self.text, m.end(), m.end() + SENTENCE_REACH)
        return pattern.search(self.text, last.end() if last else lo, after.start() if after else m.end() + SENTENCE_REACH) is not None

    def anchor_near(self, m: re.Match) -> bool:
        """Whether the text named a date earlier in the sentence of `m`."""
        if self.anchor_end is None:
            return False
        return not _SENTENCE_BREAK.search(self.text, self.anchor_end, m.start())

    def opens_after_dated_sentence(self, m: re.Match) -> bool:
        """Whether `m` opens its sentence, the sentence before named a date, and a comma or a perfect verb
        follows `m` (وكان القذافي قد اتفق مع القوى الغربية عام 2003 على تفكيك برنامجه. وبعد ثماني سنوات، قتل
        …): the story goes on from that date (not فبعد عام حافل بالخسائر، a year described)."""
        if self.anchor_end is None or not _OPENS_SENTENCE.search(self.text, max(0, m.start() - 3), m.start()):
            return False
        if _SENTENCE_BREAK.search(self.text[self.anchor_end:m.start()].rstrip(_BOUNDARY_CHARS)):
            return False  # (a date further back)
        return _COMMA_AFTER.match(self.text, m.end()) is not None or self.lexicon.tense_words.perfect_after.match(self.text, m.end()) is not None

    def imperfect_in_sentence(self, m: re.Match) -> bool:
        """Whether the sentence of `m`, before it or after it, holds an imperfect verb of the corpus (lexicon.future_verbs;
        not one of the verbs of reporting or belief that open a past event, date_not_opening_verb) or a future verb, not
        after لم or كان (ويستهل المنتخب الألماني منافسته … في سبتمبر; وفي يونيو حزيران ستجرى مناقشات في مجلس الشيوخ):
        what goes on or is to come, where a perfect verb not among the tense cues tells a month gone by
        (واستقال شريف في يوليو/تموز)."""
        text, verbs, opener = self.text, self.lexicon.future_verbs, self.lexicon.opening_imperfect
        lo = max(0, m.start() - SENTENCE_REACH)
        last = _SENTENCE_BREAK_LAST.match(text, lo, m.start())
        after = _SENTENCE_BREAK.search(text, m.end(), m.end() + SENTENCE_REACH)
        previous = ""
        for word in _WORD.findall(text, last.end() if last else lo, after.start() if after else m.end() + SENTENCE_REACH):
            verb = word[1:] if word[0] in "وفل" and word[1:] in verbs else word
            # (a word of the list opening with ت or ن is as often a noun, تحقيق، تصريح، نحو: only the تـ-shapes no noun
            # or perfect has are read, as tense.opens_with_imperfect reads them)
            if previous not in _BEFORE_PAST and verb in verbs and (
                    (verb[0] == "ي" and (opener is None or opener.fullmatch(verb)))
                    or (verb[0] == "ت" and _IMPERFECT_T.fullmatch(verb))) \
                    or (verb[0] == "س" and future_verb(verb, verbs)):
                return True
            previous = word
        return False

    def list_relative(self, end: int) -> str | None:
        """The plural or dual modifier (القادمين، الماضيين) that closes the list of weekdays coordinated after the
        weekday ending at `end`, and so dates every weekday of it (الاثنين والثلاثاء القادمين: both next week); None
        if the list ends with no modifier or a singular one (الاثنين والثلاثاء المقبل: المقبل is the Tuesday's)."""
        pattern, weekday_alone = self.lexicon.pattern, self.lexicon.grammar_productions["q_weekday"]
        for _ in range(WEEKDAY_LIST_MAX):
            at = _WEEKDAY_LIST_JOINT.match(self.text, end).end()
            # (the weekday production alone first, the same regex the grammar holds: where it fails, the grammar
            # cannot end in p_weekday either; ~1 weekday in 60 of ANT texts is followed by another, and the whole
            # grammar costs ~5 times the production alone)
            if weekday_alone(self.text, at) is None:
                return None
            then = pattern.match(self.text, at)
            if then is None or then.lastgroup != "p_weekday":
                return None
            rel = then.group("w_rel")
            if rel:
                return rel if rel in self.lexicon.plural_relative else None
            end = then.end()
        return None

    def follows_coming_weekday(self, m: re.Match) -> bool:
        """Whether `m` goes on from a weekday still to come, the last date named, in its sentence or the one before
        it, with no tense cue of its own (دعت تسع نقابات للتظاهر الثلاثاء … والأربعاء إضراب جديد …، والجمعة، يلتقي
        رئيس الوزراء; ويلتقي المنتخبان الاثنين …، قبل لقاء "الديربي" … الثلاثاء): a programme told day by day."""
        end = self.weekday_end
        if self.weekday_day is None or self.weekday_day <= self.pub or end != self.anchor_end \
                or m.start() - end > SEQUENCE_REACH or self.since(m):
            return False
        between = self.text[end:m.start()]
        # (a clause of its own between, a relative or one of time, tells its own time: قافلة مساعدات … الخميس، لإكمال
        # عمليات توزيع المساعدات التي توقفت بسبب القصف الاثنين)
        own = self.lexicon.own_clause
        return "\n" not in between and len(_SENTENCE_BREAK.findall(between)) <= 1 and self.tense(m.start()) is None \
            and (own is None or own.search(between) is None)

    def spoken_day(self, m: re.Match) -> date | None:
        """The day a quotation was spoken on, for a day counted from it inside it (أبلغ … بوتن …، الثلاثاء، أن "العمل انتهى
        قبل يوم"; ونشر الاثنين … تغريدة "سأعلن عن قراري … غدا"): the weekday named earlier in its sentence, before the
        quotation opened, a day before publication; or the day and month named so (وفي 5 مارس/ آذار الجاري، كتبت …
        عبر صفحتها على فيسبوك: "بالأمس.. كنت أحاول"); None elsewhere."""
        if self.weekday_day is None or self.weekday_end is None or self.weekday_end >= m.start() \
                or _SENTENCE_BREAK.search(self.text, self.weekday_end, m.start()) or not _in_quote(self.text, m.start()) \
                or _in_quote(self.text, self.weekday_end):
            return self.spoken_date(m) or self.spoken_yesterday(m)
        return self.weekday_day if self.weekday_day < self.pub else None

    def spoken_yesterday(self, m: re.Match) -> date | None:
        """The day of a أمس or الليلة الماضية earlier in the sentence of `m`, outside the quotation that holds `m` (قال …
        في وقت متأخر الليلة الماضية: "أمس وافقت الحكومة": the day before last night), as spoken_day reads it."""
        if self.relday_told is None:
            return None
        end, day = self.relday_told
        if end >= m.start() or _SENTENCE_BREAK.search(self.text, end, m.start()) or not _in_quote(self.text, m.start()):
            return None
        return day

    def spoken_date(self, m: re.Match) -> date | None:
        """The day and month (a full date: 5 مارس/ آذار الجاري) that set the last day named, earlier in the sentence
        of `m` and before the quotation that holds `m` opened, when it is a day before publication (see spoken_day)."""
        end = self.day_end
        if end is None or end != self.day_at or end >= m.start() or self.anchor.day is None or self.anchor.day[0] is None \
                or _SENTENCE_BREAK.search(self.text, end, m.start()) or not _in_quote(self.text, m.start()) \
                or _in_quote(self.text, end):
            return None
        day = date(*self.anchor.day)
        return day if day < self.pub else None

    def after_day_told_before(self, m: re.Match, day: date) -> bool:
        """Whether a span of days counted ahead, told in the past in the sentence right after the one that named the
        last day (واعتقل مسلم في الرابع والعشرين من شباط/فبراير في براغ … | إلا أن السلطات التشيكية أطلقت سراحه بعد
        ثلاثة أيام), goes on from that day: the `day` it gives is gone by at publication (not a day ahead the story turned
        back from: المقرر عقدها في 12 يونيو … | وبعد يوم واحد قال ترامب), and no unit right before makes it a repetition
        (يوما بعد يوم: day after day)."""
        return self.pub is not None and day <= self.pub \
            and not _DAY_AFTER_DAY.search(self.text, max(0, m.start() - 12), m.start())

    def from_now(self, m: re.Match, from_group: str) -> bool:
        """Whether a span «قبل/بعد <length> من» (its من in `from_group`) is counted from now (قبل عام من الآن،
        بعد أسبوعين من الآن): from publication, whatever the tense, not from an event."""
        return bool(m.group(from_group)) and m.group(from_group).split() == ["من"] \
            and _NOW.match(self.text, m.end()) is not None

    def length_of_ongoing(self, m: re.Match, from_group: str) -> bool:
        """Whether a span «بعد/قبل <length> من» (its من in `from_group`) runs on into an activity that goes
        on (DateLexicon.ongoing_after: بعد يومين من المحادثات): how long it went on, no day counted from an event."""
        return bool(m.group(from_group)) and m.group(from_group).split() == ["من"] \
            and self.lexicon.ongoing_after is not None and self.lexicon.ongoing_after.match(self.text, m.end()) is not None

    def note_day(self, y, mo, d):
        self.anchor.day = (y, mo, d)
        self.anchor.month = (y, mo)
        if y is not None:
            self.anchor.year = y

    def note_month(self, y, mo):
        self.anchor.month = (y, mo)
        if y is not None:
            self.anchor.year = y

    def day_results(self, year, month, days, direction, m, against):
        out = []
        for d in days:
            if not valid_day(year, month, d):
                continue
            y, src = year, against
            if y is None and self.pub and direction is None and self.told_in_year(m, m.start()) is not None:
                y, src = self.told_year(month, m), "text"  # وخلال العام ذاته، قتل ثمانية أشخاص في 3 حزيران/يونيو
            elif y is None and self.pub and direction is None \
                    and (story := self.story_year(m, month, m.start())) is not None:
                y, src = story, "text"  # (a sentence or two after the date that gave its year)
            elif y is not None and against == "absolute":
                self.note_story(y, month, m)
                # a day given with its year holds the bare days and months after it in its sentence, as a month
                # with its year does (told_in_year: ونفذ جريمته في 29 يناير 2017، في اليوم التالي لإعلان ترودو … 28 يناير);
                # not a start (أدنى مستوى منذ 22 يونيو 2017 … بيانات التضخم لشهر يوليو: the story runs on to the present)
                if not self.since(m):
                    self.dated, self.day_dated = (y, month, m.end()), True
            if y is None and self.pub:
                if direction is None and day_year_untensed(month, d, self.pub):
                    y = year_of_day(month, d, self.pub, None, False)  # (no tense to read)
                else:
                    ahead = self.future(m) or ((month, d) >= (self.pub.month, self.pub.day) and self.until(m)) \
                        or (self.appointed(m.start()) and not self.done_right_after(m))
                    y = year_of_day(month, d, self.pub, direction, ahead,
                                    not ahead and past_verb_right_before(self.text, m.start(), self.lexicon.tense_words))
                src = "published"
            self.note_day(y, month, d)
            self.day_end = m.end()
            out.append(_result(day_value(y, month, d), "day", src))
        return out

    def tail_year(self, m, p):
        """The year after a day or month: 2016, العام الماضي, هذا العام (None when absent or unresolvable)."""
        y, wy, same, same2, ry, this = m.group(*_TAIL_GROUPS[p])  # (one call: the names are built once)
        if y:
            return int(y)
        if wy:
            return _word_year(wy)
        if (same or same2) and self.anchor.year:
            return self.anchor.year  # من العام نفسه، من نفس العام: the year the text last named
        if self.pub and (ry or this):
            return self.pub.year + (self.lexicon.relative[ry] if ry else 0)
        return None

    def range_end_year(self, m: re.Match) -> int | None:
        """The year of the day-and-month that ends a span begun by `m` (بين 23 أبريل/نيسان و 3
        مايو/أيار عام 1991; من 28 ديسمبر إلى 3 يناير 2016: the year before, when the span turns one)."""
        joint = _RANGE_JOINT.match(self.text, m.end())
        if not joint:
            return None
        end = self.lexicon.pattern.match(self.text, joint.end())
        if not end or end.lastgroup != "p_date" or not end.group("d_ms") or not end.group("d_y"):
            return None
        first = _month_numbers(m.group("d_ms"), self.lexicon)[0][0]
        last = _month_numbers(end.group("d_ms"), self.lexicon)[0][0]
        return int(end.group("d_y")) - (1 if first > last else 0)

    # --- productions -------------------------------------------------------------------------
    def numeric(self, m):
        if m.group("n_iy"):
            y, mo, d = int(m.group("n_iy")), int(m.group("n_im")), int(m.group("n_id"))
        else:
            y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
        if not (1 <= mo <= 12) or not valid_day(y, mo, d):
            return None
        self.note_day(y, mo, d)
        self.note_story(y, mo, m)
        return [_result(day_value(y, mo, d), "day", "absolute")]

    def date(self, m):
        days = [d for d in _split_days(m.group("d_days")) if 1 <= d <= 31]
        if not days:
            return None
        if len(days) == 2 and days[1] == days[0] + 1 and "-" in m.group("d_days") \
                and self.lexicon.night_before is not None \
                and self.lexicon.night_before.search(self.text, max(0, m.start("d_days") - 12), m.start("d_days")):
            days = days[:1]  # ليل 15-16 تموز: one night, dated by its evening
        elif len(days) == 1 and self.lexicon.night_before is not None \
                and (slashed := _NIGHT_SLASHED.search(self.text, max(0, m.start("d_days") - 20), m.start("d_days"))) \
                and int(slashed.group(1)) + 1 == days[0]:
            days = [days[0] - 1]  # ليل 15/16 تموز (the grammar's day starts after the slash): the evening's day
        year = self.tail_year(m, "d")
        direction = _relative(self.lexicon, m.group("d_rel"))
        if year is None and m.group("d_ms"):
            year = self.range_end_year(m)
        if m.group("d_ms") and year is None and self.text[m.start() - 1:m.start()] in _OPENING_QUOTES \
                and self.text[m.end():m.end() + 1] in _CLOSING_QUOTES and m.start() > 0:
            # حركات شبابية مثل "6 أبريل"، تظاهرات حركة "20 فبراير"، أحد وجوه "25 يناير": a day and month alone
            # in quotation marks is the name of a movement, a coalition or an event, not a day of the story
            return [_result(None, None, None)]
        if m.group("d_ms"):
            months, _, _ = _month_numbers(m.group("d_ms"), self.lexicon)
            event = self.lexicon.event_noun.search(self.text[max(0, m.start() - 25):m.start()]) if year is None else None
            if event:
                if self.lexicon.event_of_a_day.search(event.group(0)) and not m.group("d_rel"):
                    # هجمات 11 سبتمبر، ثورة 30 يونيو، حدود الرابع من حزيران: a day of history whose year
                    # the text leaves open
                    return [_result(day_value(None, months[0], d), "day", "unresolved") for d in days
                            if valid_day(None, months[0], d)]
                return [_result(None, None, None)]
            if year is None and not m.group("d_rel") and self.in_history_list(m):
                # في 9 سبتمبر/أيلول تم افتتاح المترو …، فيما يلي تسلسل الأحداث التي حدثت في مثل هذا اليوم; تسلسل لأبرز
                # الأحداث التاريخية في 3 سبتمبر: the day of a list of its events across the years, its year left open
                # (not the year of one of its events the text writes: في 7 سبتمبر/أيلول من عام 1923 تأسست الإنتربول)
                self.history_days.add(m.start())
                return [_result(day_value(None, months[0], d), "day", "unresolved") for d in days
                        if valid_day(None, months[0], d)]
            if not m.group("d_days")[:1].isdigit():
                # an ordinal that agrees with a noun before it is no day: الأسبوع الأول من شهر فبراير is
                # in February; الأربعاء الأول من أبريل is the first Wednesday of April
                # (nor is a و glued on right after a date: بين 18 تموز والثاني من آب, the second end of a span)
                lead = self.text[m.start():m.start("d_days")]
                joined = lead == "و" and self.anchor_end is not None and not self.text[self.anchor_end:m.start()].strip()
                if lead.strip() and not joined and not _WEEKDAY_THEN_DATE.search(lead):
                    return [_result(None, None, None)]
                noun = self.lexicon.ordinal_noun.search(self.text, max(0, m.start() - 16), m.start())
                if noun:
                    if year is None and self.pub is None:
                        return [_result(None, None, None)]
                    y = year if year is not None else year_of_month(months[0], self.pub, direction, self.future(m))
                    self.note_month(y, months[0])
                    return [_result(f"{y:04d}-{months[0]:02d}", "month", "absolute" if year else "published")]
            out = []
            if self.lexicon.recurring is not None and self.lexicon.recurring.match(self.text, m.end()):
                return [_result(None, None, None)]
            # one day-month: two different names in a row are a mismatched pair; the first leads
            return self.day_results(year, months[0], days, direction, m, "absolute")
        # الثالث من الشهر الجاري / المقبل / نفسه; 16 الحالي (this month's 16th); في 19 منه (the 19th of the month
        # last named: في 15 حزيران/يونيو، على أن تكون الثانية في 19 منه), after a preposition or right after a date
        rel = "الجاري" if m.group("d_cur") else m.group("d_rel0")
        if m.group("d_of"):
            if not (_OF_IT_LEAD.search(self.text, max(0, m.start() - 8), m.start("d_days"))
                    or (self.anchor_end is not None and not self.text[self.anchor_end:m.start()].strip()
                        and self.text[m.start():m.start("d_days")] == "و")):
                return None
            rel = next(iter(self.lexicon.same))
        # (an ordinal right after a noun it agrees with names a part of the month, as before a month's name: خلال
        # الأسبوع الأول من الشهر الجاري is this month; not one joined by و to a day before, أيام السادس عشر والسابع عشر)
        part_of_month = m.start() == m.start("d_days") and not m.group("d_days")[:1].isdigit() \
            and self.lexicon.ordinal_noun.search(self.text, max(0, m.start() - 16), m.start()) is not None
        if rel in self.lexicon.same or (self.pub is None and self.lexicon.relative.get(rel) == 0):
            if not self.anchor.month:
                return [_result(None, None, None)]
            y, month = self.anchor.month
            if part_of_month:
                return [_result(f"{y:04d}-{month:02d}" if y else None, "month", "text")]
            out = [r for r in self.day_results(y, month, days, None, m, "text")]
            for r in out:
                r["resolved_against"] = "text"
            return out
        if self.pub is None:
            return [_result(None, None, None)]
        first = date(self.pub.year, self.pub.month, 1)
        shift = self.lexicon.relative[rel]
        month_index = first.year * 12 + first.month - 1 + shift
        y, month = divmod(month_index, 12)
        if part_of_month:
            self.note_month(y, month + 1)
            return [_result(f"{y:04d}-{month + 1:02d}", "month", "published")]
        return self.day_results(y, month + 1, days, None, m, "published")

    def annual(self, m):
        """A yearly day named by its name after a word that places something on it (بمناسبة يوم المرأة العالمي،
        في يوم الأرض، خلال مسيرة عيد العمال): its day, in the year a day and month without one would take (the
        tense, the story's year, else the nearest to publication). Named alone (ما قصة يوم الأرض؟) it is the
        day's name or a theme, no date (ruling 2 of gold/team/dates_consistency_session32.md)."""
        month, day = self.lexicon.annual_days[m.group("p_annual")]
        return self.day_results(None, month, [day], None, m, "unresolved")

    def hijri(self, m):
        _, month = self.lexicon.months[" ".join(m.group("h_m").split())]
        day = _day_number(m.group("h_day")) if m.group("h_day") else None
        year = int(m.group("h_y")) if m.group("h_y") else None
        if day is None and year is None:
            return None
        if year is None and not m.group("h_mark") and " ".join(m.group("h_m").split()) in self.lexicon.guarded:
            return None  # فوزه 3 صفر: the word "zero", not the month
        if year is None and self.pub:
            year = hijri_year_of(self.pub)
        if year is None:
            return [_result(None, None, None, "hijri")]
        against = "absolute" if m.group("h_y") else "published"
        if day is None:
            g = hijri_to_gregorian(year, month, 15)
            return [_result(f"{g.year:04d}-{g.month:02d}", "month", against, "hijri")] if g else None
        g = hijri_to_gregorian(year, month, day)
        if not g:
            return None
        self.note_day(g.year, g.month, g.day)
        return [_result(g.isoformat(), "day", against, "hijri")]

    def nextday(self, m):
        rel = m.group("x_rel") or m.group("x_night")
        # (الليلة السابقة، الليلة التالية: the night before or after the day last named)
        shift = {"التالي": 1, "الموالي": 1, "اللاحق": 1, "السابق": -1, "السابقه": -1, "التاليه": 1}.get(rel, 0)
        if m.group("x_y"):  # في نفس اليوم من عام 1990: the day last named (or today) in that year
            base = self.anchor.day or ((self.pub.year, self.pub.month, self.pub.day) if self.pub else None)
            if not base or not valid_day(int(m.group("x_y")), base[1], base[2]):
                return [_result(None, None, None)]
            return [_result(day_value(int(m.group("x_y")), base[1], base[2]), "day", "text")]
        if shift and _OF_EVENT.match(self.text, m.end()):
            # اليوم السابق لوصولها، اليوم التالي للهجوم: the day before or after an event, not after the
            # date last named (the event's own date may follow it, see counted_from)
            self.from_event = (shift, 1, "day")
            return [_result(None, None, None)]
        if not self.anchor.day:
            return [_result(None, None, None)]
        y, mo, d = shift_day(*self.anchor.day, shift)
        self.note_day(y, mo, d)
        return [_result(day_value(y, mo, d), "day", "text")]

    def weekday(self, m):
        w_pre, w_day, w_rel = m.group("w_pre", "w_day", "w_rel")  # (one call)
        m_start, m_end = m.span()
        w_rel = w_rel or self.list_relative(m_end)
        lexicon = self.lexicon
        before = self.text[max(0, m_start - 16):m_start].split()
        if before and before[-1][:1] in _OPENING_QUOTES:
            before[-1] = before[-1][1:]  # ("سوق الاثنين": a quotation mark opens the name, its words are read as ever)
        if before and before[-1] in lexicon.weekday_habit \
                and before[-2:] != ["ال", "ثاني"]:
            # أيام الجمعة، كل سبت: a habit, not a day; سوق الخميس: a market's name (but آل ثاني, the
            # Qatari ruling family's name, is no ordinal: الشيخ تميم بن حمد آل ثاني الخميس)
            self.habit_end = m_end
            return None
        if self.habit_end is not None and not w_rel \
                and _HABIT_JOINED.fullmatch(self.text, self.habit_end, m_start):
            # أيام الأحد والاثنين والثلاثاء: the weekdays joined to a habit's are of the habit too
            self.habit_end = m_end
            return None
        if w_day == "الاثنين" and not w_pre.strip() and not w_rel \
                and (lexicon.the_two.search(self.text, max(0, m_start - 24), m_start) or _DUAL_AFTER.match(self.text, m_end)) \
                and not _SPAN_ON.match(self.text, m_end):
            return None  # واحدة من الاثنين، إن الاثنين، الاثنين يقومان: "the two"
        if not w_rel and lexicon.weekday_epithet \
                and (epithet := _WORD_AFTER.match(self.text, m_end)) and epithet.group(1) in lexicon.weekday_epithet:
            return [_result(None, None, None)]  # "الأربعاء الأبيض"، السبت الأسود: a day's name (a campaign, a disaster)
        weekday = lexicon.weekdays[w_day]
        then = _THEN_DATE.match(self.text, m_end)
        named = lexicon.pattern.match(self.text, then.end()) if then else None
        if named is not None and named.lastgroup == "p_date" and named.group("d_ms"):
            return None  # حتى الاثنين 25 يونيو: the date that follows says which Monday (and is a row)
        if self.pub is None:
            return [_result(None, None, None)]
        direction = lexicon.relative.get(w_rel) if w_rel else None  # (_relative)
        pre = w_pre.split()
        told = _told_day(before, lexicon.told_day)
        yesterday = (self.pub.weekday() + 6) % 7  # the weekday of the day before publication
        if direction is None and told:  # أمس السبت، غد السبت: the day before or after publication's
            day = weekday_date(self.pub, weekday, told, inclusive=True)
        elif direction == -1:
            day = weekday_date(self.pub, weekday, -1, inclusive=False)
            if self.weekday_bare and self.weekday_day is not None and self.weekday_day < day \
                    and self.weekday_end is not None and self.weekday_end < m_start \
                    and w_rel not in lexicon.plural_relative \
                    and not _SENTENCE_BREAK.search(self.text, self.weekday_end, m_start) \
                    and not _WEEKDAY_LIST_JOINT.fullmatch(self.text, self.weekday_end, m_start):
                # «<weekday> الماضي» after a bare weekday gone by in its sentence, told of a time before it (وجهت ميلانيا
                # ترامب … رسالة شكر …، الجمعة، على استضافتها خلال زيارتها إلى مصر، السبت الماضي, published on Sunday:
                # a Friday letter thanks for a Saturday before that Friday, not for the day before publication)
                day = weekday_date(self.weekday_day, weekday, -1, inclusive=False)
        elif direction == 1 and w_rel in lexicon.plural_relative and self.weekday_day is not None \
                and self.weekday_day > self.pub and _WEEKDAY_LIST_JOINT.fullmatch(self.text, self.weekday_end, m_start):
            # الثلاثاء والأربعاء القادمين, on a Tuesday: the days of a list to come follow one another
            day = weekday_date(self.weekday_day, weekday, 1, inclusive=False)
        elif direction == 1:
            day = weekday_date(self.pub, weekday, 1, inclusive=False)
        elif "اليوم" in pre or "واليوم" in pre:
            day = weekday_date(self.pub, weekday, -1, inclusive=True)
        elif self.weekday_day is not None and _WEEKDAY_RANGE.fullmatch(self.text, self.weekday_end, m.start()):
            # من الاثنين إلى الأربعاء، يومي الأحد والاثنين: the second day follows the first
            day = weekday_date(self.weekday_day, weekday, 1, inclusive=False)
            if self.weekday_night and not w_pre and self.text[m_start:m.start("w_day")] in ("", "و") \
                    and _NIGHT_JOIN.fullmatch(self.text, self.weekday_end, m_start):
                # ليل السبت- الأحد، ليل الجمعة السبت: one night, dated by its evening; a day that follows counts
                # on from that evening (بدءا من منتصف ليل الجمعة السبت حتى منتصف ليل السبت الأحد: that Saturday)
                self.weekday_end, self.weekday_night = m_end, False
                return [_result(None, None, None)]
        elif weekday == self.pub.weekday():
            day = self.pub  # (the publication's weekday: every branch below names that day, whatever the tense)
            if not self.late and pre and _EVE_WORD.fullmatch(pre[-1]) and self.tense(m.start()) != "future" \
                    and not self.opened_by_imperfect(m):
                # كانت ليلة الأربعاء الأشد برودة, published on a Wednesday before evening (ruling 6): the day's own
                # night has not come, so the night told (not looked ahead to) is the one before it (a ليل of the day, its small
                # hours, stays: ضرب زلزال … ليل الخميس, published on Thursday at 03:00)
                day = self.pub - timedelta(days=1)
        elif (self.pub - weekday_date(self.pub, weekday, -1, inclusive=True)).days <= REPORT_DAYS \
                and reported_at_end(self.text, m.start(), m.end(), self.lexicon.future_verbs,
                                    self.lexicon.reported, self.lexicon.tense_words):
            # إن عدد … من المتوقع أن يرتفع إلى 20 ألفا، الجمعة.: the day it was said, of the last few
            # (a weekday further back, or tomorrow, is the reported event's: … بعد أن ينهي زيارته، الأربعاء.)
            day = weekday_date(self.pub, weekday, -1, inclusive=True)
        elif weekday == yesterday and not self.since(m) \
                and (self.morning or not will_in_clause(self.text, m.start(), self.lexicon.future_verbs, self.lexicon.tense_words)):
            # the weekday of the day before publication is that day, not six days ahead: whatever the
            # tense in a story published in the morning (ومن أجل التحضير لقمة … مقررة في أخر أبريل، اقترحت
            # سيول الأربعاء; يجتمع وزراء مالية دول مجموعة السبع الجمعة, on Saturday morning), and later
            # in the day unless a verb of the future proper (سـ، سوف) stands in its sentence (ومن
            # المنتظر أن يصوت مجلس الشيوخ …، بعد أن صوت مجلس النواب على نسخته الخميس, on Friday
            # afternoon; but وسيزور المسدي قصر الأليزيه لأول مرة الجمعة, on Saturday evening, is next week)
            day = self.pub - timedelta(days=1)
        elif ((self.future(m) or self.follows_coming_weekday(m)) and not self.in_background(m)) or self.until(m):
            # (a weekday in the phrase of an event the clause comes after, opened by بعد, is not looked ahead to: ويعتزم
            # ترمب استقبال بوتين …، بعد قمتهما الأولى في هلسنكي، الاثنين, on a Friday, is the Monday gone by)
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        elif weekday != yesterday and (self.opened_by_imperfect(m) or self.clause_opened_by_imperfect(m)):
            # يصوت الناخبون الأحد، يستقبل الرئيس في واشنطن الثلاثاء: a sentence opened by an imperfect
            # verb looks ahead (but yesterday stays yesterday: يعلن بنس الاثنين, published on Tuesday
            # at 01:00 UTC, was written on Monday evening in Washington)
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        elif (self.pub.weekday() + 1) % 7 == weekday and not self.since(m) \
                and not self.corpus_perfect_right_before(m.start()) \
                and (self.late or self.tense(m.start()) != "past"
                     or said_that_before(self.text, m.start(), self.lexicon.tense_words, self.lexicon.reported)):
            # the day after publication's, with no past verb in its clause (تلتزم إيطاليا السبت حدادا,
            # يصوت الناخبون الأحد) or in a story published late in the evening: tomorrow, rarely six
            # days ago (which the story would call أمس الأول or give a date); nor is the past of a verb of saying
            # before إن/أن the date's (قالت نيكي هايلي … إنه لا يمكن …، وذلك في بيان يأتي عشية اجتماع مجلس الأمن
            # حول إدلب، الجمعة, on a Thursday: see tense.said_that_before)
            day = self.pub + timedelta(days=1)
        elif weekday != yesterday and not self.since(m) and (self.called_for(m) or self.reported_event(m) or self.purpose_event(m)):
            # دعت قادة عدة دول … إلى "اجتماع عمل غير رسمي"، الأحد; وطالب يلدرم بعقد "قمة طارئة" … الجمعة; أعلنت
            # الجامعة عقدها لجلسة طارئة، الثلاثاء: what is called for, or what the clause is for, is yet to come
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        else:
            day = weekday_date(self.pub, weekday, -1, inclusive=True)
        if direction is None and (self.pub - day).days > REPORT_DAYS \
                and self.lexicon.starting_from is not None \
                and self.lexicon.starting_from.search(self.text, max(0, m.start() - 16), m.start()):
            # إلغاء جولة كانت مقررة اعتبارا من الأربعاء (on a Tuesday), دعت إلى إضراب لثلاثة أيام بدءا من الأحد
            # (on a Thursday): a start days gone by would be told with its date or الماضي; it is the coming one
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        elif direction is None and (self.pub - day).days > REPORT_DAYS and not self.since(m) \
                and self.lexicon.until is not None \
                and (self.lexicon.until.match(m.group(0))
                     or self.lexicon.until_before.search(self.text, max(0, m.start() - 12), m.start())):
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        self.weekday_end, self.weekday_day, self.weekday_bare = m_end, day, direction is None and not told
        self.weekday_night = bool(w_pre) and lexicon.night is not None \
            and lexicon.night.search(w_pre) is not None
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def first_person_right_before(self, start: int) -> bool:
        """Whether the word right before `start` is a first-person imperfect verb (نعلن، أكشف, the forms of the
        verbs of seeds/imperfect_verbs.csv, DateLexicon.first_person_verbs), with و or ف glued on."""
        verbs = self.lexicon.first_person_verbs
        if not verbs:
            return False
        m = _WORD_BEFORE.search(self.text, max(0, start - 24), start)
        if m is None:
            return False
        return in_with_conjunction(m.group(1), verbs)

    def corpus_perfect_right_before(self, start: int) -> bool:
        """Whether the word right before `start` is a perfect verb of the corpus (DateLexicon.perfect_verbs, which
        holds verbs no tense cue row names: سيطرت، اندلع), و or ف glued on or not: the day after it is one gone by
        (بعدما سيطرت السبت), even in a story published late in the evening before that weekday."""
        m = _WORD_BEFORE.search(self.text, max(0, start - 24), start)
        return m is not None and in_with_conjunction(m.group(1), self.lexicon.perfect_verbs)

    def perfect_just_before(self, start: int) -> bool:
        """Whether a perfect verb of the corpus (DateLexicon.perfect_verbs) stands OPENER_REACH words at most before `start`
        in its phrase (no comma between), and no word of until, since or a preposition right before `start` (حتى اليوم،
        منذ … إلى اليوم، في اليوم: to this day, per day)."""
        phrase = _LAST_COMMA_TAIL.search(clause_before(self.text, start)).group(0)
        words = phrase.split()
        if not words or words[-1] in _NOT_DAY_BEFORE or (self.lexicon.until_before is not None
                                                         and self.lexicon.until_before.search(phrase)):
            return False
        return holds_perfect(" ".join(words[-OPENER_REACH - 1:]), self.lexicon.perfect_verbs)

    def today(self, m) -> bool:
        """Whether a bare اليوم names the publication day ("today") rather than "nowadays": after a
        perfect verb of news (أعلنت اليوم), a verb that looks ahead (ستعقد اليوم، ويجتمع اليوم) or the
        press (صحف اليوم، على واجهة الصحف الفرنسية اليوم); not when an adjective of the day follows
        (اليوم الختامي), nor in a quotation, whose اليوم is the speaker's day, unless a perfect verb stands
        right before it there ("أعلن اليوم انسحاب الولايات المتحدة"): then "quoted", the day of the speech
        (see relday)."""
        start = m.start("r_w")
        if self.lexicon.press_before.search(self.text, max(0, start - 32), start):
            return True  # (the press review: today's papers)
        if self.lexicon.told_before.search(self.text, max(0, start - 70), start) \
                and not _DEFINITE_NEXT.match(self.text, m.end()):
            return True  # (بيان له اليوم، مؤتمر صحفي اليوم: told today)
        perfect = perfect_verb_right_before(self.text, start, self.lexicon.tense_words)
        if not perfect and self.first_person_right_before(start) and not _DEFINITE_NEXT.match(self.text, m.end()) \
                and _in_quote(self.text, m.start()):
            return True  # ("نعلن اليوم رحيل فيرن"، "إنني أكشف اليوم": the speaker's own present, the day of the speech;
            # أعلن is a perfect too: "quoted" below)
        if not perfect and not _DEFINITE_NEXT.match(self.text, m.end()) and _in_quote(self.text, m.start()) \
                and self.perfect_just_before(start):
            return "quoted"  # ("اتخذت قراري اليوم"، "قامت إدارة السجن اليوم بتوزيع": a perfect verb a few words before
            # in the quoted phrase, the day of the speech)
        if not (perfect or future_verb_right_before(self.text, start, self.lexicon.future_verbs, self.lexicon.tense_words)
                or self.opened_by_imperfect_today(m, start)) \
                or _DEFINITE_NEXT.match(self.text, m.end()):
            return False
        if _in_quote(self.text, m.start()):
            return "quoted" if perfect else False
        return True

    def relday(self, m):
        word = " ".join(m.group("r_w").split())
        today = word == "اليوم" and not m.group("r_part") and not m.group("r_today") and self.today(m)
        if word in ("الغد", "اليوم") and not m.group("r_part") and not m.group("r_today") and not today:
            # صحيفة الغد; اليوم alone is as often "nowadays" as a day (صباح اليوم is a day), but not
            # right after a perfect verb of news (أعلنت اليوم، عقدت اليوم), unless an adjective follows
            # that makes it a day of something (شهد اليوم الختامي، اليوم الأول)
            if word == "اليوم":
                self.nowadays_end = m.end()
            return None
        if word == "اليوم" and m.group("r_part") and (after := _WORD_AFTER.match(self.text, m.end())) \
                and after.group(1) in ORDINAL_DAYS:
            return None  # فجر اليوم الثامن، صباح اليوم الأول: the eighth, the first day of something, not today
        if "غد" in word and not m.group("r_part") and self.lexicon.not_tomorrow is not None \
                and self.lexicon.not_tomorrow.search(self.text, max(0, m.start() - 12), m.start()):
            return None  # الآن وليس غدا، ليس الأسبوع المقبل وليس غدا، بل فورا: "now, not tomorrow", no day
        if "غد" in word and self.nowadays_end is not None and m.start() - self.nowadays_end <= _PAIR_REACH \
                and not _SENTENCE_BREAK.search(self.text, self.nowadays_end, m.start()):
            # اليوم … وغدا after an اليوم of "nowadays": the pair says "now and later" (أبناء اليوم وغدا،
            # يقولون اليوم شيئا ثم يقولون غدا شيئا مختلفا، اليوم وغدا وبعد غد سترجع درنة), no day
            return None
        if word.startswith("الليله"):  # الليلة: tonight; الليلة الماضية: last night
            shift = -1 if m.group("r_past") else 0
        else:
            shift = (-2 if ("اول" in word or "الاول" in word) else -1) if "امس" in word else \
                (2 if word.startswith("بعد") else 0 if word == "اليوم" else 1 if "غد" in word else -1)
        if self.pub is None:
            return [_result(None, None, None)]
        named = _NEXT_WEEKDAY.match(self.text, m.end())
        if named and abs(shift) in (1, 2) and named.group(1) in self.lexicon.weekdays:
            # أمس السبت، غداً الأحد، بعد غد الثلاثاء: the weekday says which day (a story written before
            # midnight and published after it says أمس of the day before publication's)
            day = weekday_date(self.pub, self.lexicon.weekdays[named.group(1)], shift, inclusive=True)
            if shift > 0 and (day - self.pub).days > shift + 3:
                # وقال "غدا (الجمعة) سنذهب إلى المطار", published on Saturday: the speaker's tomorrow, the day
                # before publication, not six days ahead
                day -= timedelta(days=7)
            self.note_day(day.year, day.month, day.day)
            return [_result(day.isoformat(), "day", "published")]
        if named and word == "اليوم" and named.group(1) in self.lexicon.weekdays and "(" in named.group(0):
            # التي عقدت اليوم (الخميس)، الوفد الذي وصل اليوم (الأربعاء): the weekday in brackets says which day
            day = weekday_date(self.pub, self.lexicon.weekdays[named.group(1)], -1, inclusive=True)
        elif today == "quoted" and self.morning:
            # قال ترامب "أعلن اليوم انسحاب …", published the next morning: the speaker's day, the day before
            day = self.pub - timedelta(days=1)
        elif (spoken := self.spoken_day(m)) is not None:
            # (اليوم and صباح اليوم too: وذكرت هيئة الأرصاد الجوية الجمعة "… رصدت سحابة دخان صباح اليوم", Friday morning)
            day = spoken + timedelta(days=shift)
        else:
            day = self.pub + timedelta(days=shift)
        if shift < 0 and not _in_quote(self.text, m.start()):
            self.relday_told = (m.end(), day)
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def offset(self, m):
        n_text = m.group("o_n").split()
        count = 1 if n_text[0] == "يوم" else 2 if n_text[0] == "يومين" else \
            int(n_text[0]) if n_text[0].isdigit() else SMALL_COUNTS.get(n_text[0], 0)
        sign = -1 if m.group("o_dir") == "قبل" else 1
        if self.length_of_ongoing(m, "o_from"):
            return None  # بعد يومين من المحادثات: a length of the talks, no date
        now = self.from_now(m, "o_from")
        if m.group("o_from") and not now:
            # بعد يومين من القمة: pinned to the date the text last named, when the story looks ahead;
            # told in the past it usually dates an event the text has not dated (unless its date
            # follows the event, see counted_from).
            if not self.anchor.day or not self.future(m) or (
                    self.day_at is not None and not _SENTENCE_BREAK.search(self.text, self.day_at, m.start())):
                # (a day named earlier in the same sentence is the day of its clause, which the span
                # says came after (or before) the event: قال … الثلاثاء، إن … وذلك بعد يوم من إدانتها; في 25 يونيو
                # المقبل، أي بعد يوم واحد من الانتخابات. The event's own day is not given.)
                self.from_event = (sign, count, "day")
                return [_result(None, None, None)]
            y, mo, d = shift_day(*self.anchor.day, sign * count)
            return [_result(day_value(y, mo, d), "day", "text")]
        if self.pub is None or (sign > 0 and not self.future(m) and not now):
            # told in the past, "بعد يومين" counts from an event, not from publication: from the day
            # named earlier in the same sentence (زار صنعاء في 17 يونيو الماضي وغادرها بعد يومين)
            if sign > 0 and self.anchor.day and self.anchor.day[0] and self.day_end is not None:
                y, mo, d = shift_day(*self.anchor.day, count)
                between = len(_SENTENCES_BETWEEN.findall(self.text, self.day_end, m.start()))
                if between == 0 or (between == 1 and self.after_day_told_before(m, date(y, mo, d))):
                    return [_result(day_value(y, mo, d), "day", "text")]
            return [_result(None, None, None)]
        spoken = self.spoken_day(m)
        if spoken is not None:
            day = spoken + timedelta(days=sign * count)
            self.note_day(day.year, day.month, day.day)
            return [_result(day.isoformat(), "day", "text")]
        day = self.pub + timedelta(days=sign * count)
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def year(self, m):
        if _HIJRI_MARK.match(self.text, m.end()):
            return [_result(None, None, None, "hijri")]
        if m.group("y_words"):
            years = [_word_year(w.group(0)) for w in _WORD_YEAR.finditer(m.group("y_words"))]
        elif m.group("y_era"):
            years = [int(m.group("y_era"))]  # في العام 70م: a year of one or two digits, its era written
        elif m.group("y_early"):
            # عام 841، بين عامي 841 و849 (not a count: عام 500 ألف، سنة 300 مليون; nor a year before Christ,
            # عام 323 قبل الميلاد, which no value of ours writes)
            if self.lexicon.counted.match(self.text, m.end()) or self.lexicon.counted_of.match(self.text, m.end()) \
                    or _BEFORE_CHRIST.match(self.text, m.end()):
                return None
            years = [int(y) for y in _EARLY_YEAR.findall(m.group("y_early"))]
        else:
            years = _list_years(m.group("y_list"))
        self.note_year(years, m, worded=True)
        if len(years) == 1:
            self.note_story(years[0], None, m)
        return [_result(f"{y:04d}", "year", "absolute") for y in years]

    def ago(self, m):
        """قبل عامين، قبل 14 شهرا، قبل أسبوع: the value at that unit, counted back from publication (or
        ahead, when the sentence looks ahead); after ذلك, counted from the date the text last named."""
        unit_word = " ".join(m.group("a_u").split())
        units = self.lexicon.time_units
        unit, alone = units[unit_word] if unit_word in units else GLUED_DAY_UNITS[unit_word]
        n_text = m.group("a_n")
        n = (int(n_text) if n_text.isdigit() else COUNTS.get(" ".join(n_text.split()), 0)) if n_text else alone
        if not n:
            return None  # قبل سنوات، قبل أشهر: no count, no date
        if unit_word in self.lexicon.days_after_that and (not (m.group("a_that") or m.group("a_it")) or _WORKING.match(self.text, m.end("a_u"))):
            # (أيام is a unit here only after ذلك or the pronoun, بعد ذلك بأربعة أيام; not days of work, بعدها بعشرة
            # أيام عمل, which no calendar counts)
            return None
        if unit == "decade" and not n_text and not _CLAUSE_END.match(self.text, m.end("a_u")):
            return None  # قبل عقد القمة، بعد عقد اجتماع: عقد is "holding", not a decade
        sign = -1 if m.group("a_dir") == "قبل" else 1
        if sign < 0 and self.lexicon.born_before.search(self.text, max(0, m.start() - 40), m.start()):
            return None  # ولد فيها قبل 67 عاما: an age, which is no date
        if not (m.group("a_from") or m.group("a_that") or m.group("a_it")) \
                and self.lexicon.hypothetical_before.search(self.text, max(0, m.start() - 32), m.start()):
            return [_result(None, None, None)]  # قد يلغيه بعد ثلاث سنوات، ولا بعد 10 أعوام: no date
        if self.length_of_ongoing(m, "a_from"):
            return None  # بعد أسبوع من المعارك: a length of the fighting, no date
        now = self.from_now(m, "a_from")
        if (m.group("a_from") and not now) or m.group("a_about"):
            # قبل عامين من الانتخابات: counted from an event (dated when its date follows it, see
            # counted_from); قبل شهر تقريبا: no date in particular
            if m.group("a_from") and not m.group("a_about") and unit != "decade":
                self.from_event = (sign, n, unit)
            return [_result(None, None, None)]
        half = 6 if m.group("a_half") and unit == "year" else 0
        like_this = self.lexicon.like_this.search(self.text, max(0, m.start() - 24), m.start()) \
            if sign < 0 and unit == "year" and not half and self.pub is not None and self.lexicon.like_this is not None \
            else None
        if like_this is not None:
            # في مثل هذا الشهر قبل ثلاث سنوات، في مثل هذا اليوم قبل 3 أعوام: this very month or day, so many years back
            y = self.pub.year - n
            if like_this.group("unit") == "الشهر":
                return [_result(f"{y:04d}-{self.pub.month:02d}", "month", "published")]
            if valid_day(y, self.pub.month, self.pub.day):
                return [_result(day_value(y, self.pub.month, self.pub.day), "day", "published")]
        told_after = sign > 0 and self.pub is not None and not self.future(m) and not now
        that = m.group("a_that") or m.group("a_it")
        if that or (told_after and (self.anchor_near(m) or self.opens_after_dated_sentence(m))):
            # بعد ذلك بعامين: from the text's last date; so is بعد سنتين told in the past right after a
            # date (وقّع في 2015 … لكنه انهار بعد سنتين)
            day, month, year = self.anchor.day, self.anchor.month, self.anchor.year
            if unit in ("week", "day"):
                base = date(*day) if day and day[0] else None
            elif unit == "month" or half:
                base = date(month[0], month[1], 1) if month and month[0] else None
            else:
                base = date(year, 1, 1) if year else None
            against = "text"
        else:
            if self.pub is not None and sign > 0 and not self.future(m) and not now:
                return [_result(None, None, None)]  # told in the past, بعد عامين counts from an event
            base, against = self.pub, "published"
        if base is None or (told_after and not that and base.year + n > self.pub.year):
            return [_result(None, None, None)]  # (told in the past, what came after a date is no later than now)
        if unit in ("week", "day"):
            day = base + timedelta(days=sign * n * (7 if unit == "week" else 1))
            return [_result(day.isoformat(), "day", against)]
        if unit == "month" or half:
            months = n if unit == "month" else 12 * n + half
            y, mo = divmod(base.year * 12 + base.month - 1 + sign * months, 12)
            return [_result(f"{y:04d}-{mo + 1:02d}", "month", against)]
        y = base.year + sign * n * (10 if unit == "decade" else 1)
        return [_result(f"{y:04d}", "year", against)]

    def loneyear(self, m):
        """A year standing with a name or alone (كأس العالم 2018، حرب 1948، تشيلسي 2016 – 2017), unless
        the number counts something (أكثر من 1800 دعوى، 2000 شخص)."""
        if self.lexicon.counted.match(self.text, m.end()) or self.lexicon.counted_of.match(self.text, m.end()) \
                or self.lexicon.quantity_before.search(self.text, max(0, m.start() - 24), m.start()) \
                or _joined_to_count(self.text, m.start("l_list")):
            return None
        years = _list_years(m.group("l_list"))
        if years[0] < 1800 and (years[1] < years[0] or self.lexicon.counted.match(self.text, self.text.index(")", m.end()) + 1)):
            return None  # (two years alone in brackets, the first before 1800, run forward and count nothing: (1200-1500) دولار)
        self.note_year(years, m)
        return [_result(str(y), "year", "absolute") for y in years]

    def relyear(self, m):
        if m.group("ry_bare") is not None and not self.lexicon.period_lead.search(m.group("lead")) and not (
                m.group("lead").split() == ["من"]
                and (self.lexicon.part_of.search(self.text, max(0, m.start() - 12), m.start())
                     or self.lexicon.time_of.search(self.text, max(0, m.start() - 14), m.start()))):
            return None
        if m.group("ry_w") and not m.group("lead").strip():
            before = self.text[max(0, m.start() - 20):m.start()].split()
            if before:
                stem = re.sub(r"^[وفبل]?(?:ال|ل)", "", before[-1])
                if stem in self.lexicon.general_nouns or stem in _GENERAL_UNSEEN:
                    return None
        if m.group("ry_prev") or m.group("ry_next"):
            # في العام السابق، العام الذي سبقه، العام التالي: next to the year the text last named
            # (else the publication's)
            base = self.anchor.year or (self.pub.year if self.pub else None)
            if base is None:
                return [_result(None, None, None)]
            return [_result(str(base + (1 if m.group("ry_next") else -1)), "year",
                            "text" if self.anchor.year else "published")]
        if m.group("ry_same") or m.group("ry_same_pre"):  # خلال العام ذاته، في نفس العام: the year last named
            if not self.anchor.year:
                return [_result(None, None, None)]
            self.dated, self.day_dated = (self.anchor.year, 12, m.end()), False
            return [_result(str(self.anchor.year), "year", "text")]
        if self.pub is None:
            return [_result(None, None, None)]
        rel = m.group("ry_rel")
        # العام قبل الماضي is two years back (and المقبل, which holds the letters قبل, one ahead)
        shift = -2 if rel and rel.startswith("قبل") else self.lexicon.relative.get(" ".join(rel.split()), 0) if rel else 0
        if shift == 0:  # (هذا العام … في تشرين الأول: this year's October, see note_year)
            self.dated, self.day_dated = (self.pub.year, 12, m.end()), False
        return [_result(str(self.pub.year + shift), "year", "published")]

    def relmonth(self, m):
        if m.group("rm_bare") is not None and not self.lexicon.period_lead.search(m.group("lead")) and not (
                m.group("lead").split() == ["من"] and self.lexicon.time_of.search(self.text, max(0, m.start() - 14), m.start())):
            return None  # الشهر alone is "the month" of anything; مطلع الشهر is this month's start
        if m.group("rm_prev") or m.group("rm_next"):
            # في الشهر الذي تلاه، الشهر السابق: next to the month the text last named by its name, in this
            # sentence or the one before (none so near: no value; على مدار الشهر التالي of a story told without
            # its month)
            if self.named_month is None or len(_SENTENCES_BETWEEN.findall(self.text, self.named_month[2], m.start())) > 1:
                return [_result(None, None, None)]
            y, mo = divmod(self.named_month[0] * 12 + self.named_month[1] - 1 + (1 if m.group("rm_next") else -1), 12)
            self.note_month(y, mo + 1)
            return [_result(f"{y:04d}-{mo + 1:02d}", "month", "text")]
        rel = m.group("rm_rel")
        if not rel and self.lexicon.like is not None and self.lexicon.like.search(self.text, max(0, m.start() - 8), m.start()):
            return None  # في مثل هذا الشهر (قبل ثلاث سنوات، من كل عام): the month of another year (see ago)
        if rel in self.lexicon.same:
            if self.anchor.month and self.anchor.month[0]:
                y, mo = self.anchor.month
                return [_result(f"{y:04d}-{mo:02d}", "month", "text")]
            return [_result(None, None, None)]
        if self.pub is None:
            return [_result(None, None, None)]
        shift = self.lexicon.relative.get(rel, 0) if rel else 0
        y, mo = divmod(self.pub.year * 12 + self.pub.month - 1 + shift, 12)
        self.note_month(y, mo + 1)
        return [_result(f"{y:04d}-{mo + 1:02d}", "month", "published")]

    def month(self, m):
        months, all_guarded, all_strict = _month_numbers(m.group("m_ms"), self.lexicon)
        year = self.tail_year(m, "m")
        rel = m.group("m_rel")
        lead = m.group("lead").strip()
        clitic_only = m.group(0)[: m.start("m_ms") - m.start()].strip() in ("", "و", "ف")
        if all_guarded and year is None and rel is None and (not lead) and len(months) < 2:
            # مارس as a verb, ماي as a surname: only a date with a date word around it
            return None
        if all_guarded and year is None and rel is None and len(months) < 2 and (
                clitic_only or not self.lexicon.guard_lead.search(lead) or (all_strict and not lead.endswith("شهر"))):
            return None
        if not lead and year is None and rel is None \
                and self.lexicon.name_particle.search(self.text, max(0, m.start() - 5), m.start()):
            return None  # لويجي دي مايو: a surname after its particle, not May
        if not lead and year is None and rel is None and self.lexicon.event_noun.search(self.text, max(0, m.start() - 25), m.start()):
            return [_result(None, None, None)]  # ثورة يناير، حرب أكتوبر: an event's name
        if not lead and year is None and rel is None and self.text[m.start("m_ms") - 1:m.start("m_ms")] in _OPENING_QUOTES \
                and _QUOTED_NAME_REST.match(self.text, m.end()):
            # حملة "سبتمبر بلا تصفح"، منظمة "أيلول الأسود"، موقع "سبتمبر نت"، بعيد "يناير": a month that opens a short name in
            # quotation marks names a campaign, a group, a site or a feast, no month of the story (as a day and month do)
            return [_result(None, None, None)]
        out = []
        # the ends of a span of months are in time order: the year given after the last is the year of
        # each month up to where the calendar turns back (بين أكتوبر/تشرين الأول وفبراير/شباط 2008: October
        # 2007); a list need not be (في شهري مارس ويناير هذا العام)
        years = [year] * len(months)
        if year is not None and len(months) > 1 and (lead.split()[-1:] == ["بين"] or _MONTH_SPAN.search(m.group("m_ms"))):
            for i in range(len(months) - 2, -1, -1):
                years[i] = years[i + 1] - (1 if months[i] > months[i + 1] else 0)
        for month, given in zip(months, years):
            if given is not None:
                self.named_month = (given, month, m.end())
                self.note_month(given, month)
                self.dated, self.day_dated = (given, month, m.end()), False
                self.note_story(given, month, m)
                out.append(_result(f"{given:04d}-{month:02d}", "month", "absolute"))
            elif self.pub is not None and rel is None and self.told_in_year(m, m.start("m_ms")) is not None:
                # قالت روسيا في حزيران/يونيو 2017 إنها قتلت البغدادي في نهاية أيار/مايو: a bare month
                # told in the past after a month with its year, in the same sentence, is of that year
                y = self.told_year(month, m)
                self.named_month = (y, month, m.end())
                self.note_month(y, month)
                out.append(_result(f"{y:04d}-{month:02d}", "month", "text"))
            elif self.pub is not None and rel is None \
                    and (y := self.story_year(m, month, m.start("m_ms"))) is not None:
                # وقضت المحكمة العليا في مايو/أيار 2012 … | لكن أسانغ قال …، وبحلول يونيو/حزيران لجأ …: the
                # story's year, told a sentence or two before
                self.named_month = (y, month, m.end())
                self.note_month(y, month)
                out.append(_result(f"{y:04d}-{month:02d}", "month", "text"))
            elif self.pub is not None:
                # (the lead is read too: اعتبارا من تموز; a sentence opened by an imperfect verb tells
                # what is going on or to come: ويواجه مانافورت محاكمة ثانية في سبتمبر/أيلول)
                if rel is None and month_year_untensed(month, self.pub):
                    y = year_of_month(month, self.pub, None, False)  # (no tense to read)
                else:
                    ahead = self.future(m, m.start("m_ms")) or (month >= self.pub.month and self.until(m)) \
                        or self.appointed(m.start("m_ms"))
                    # (an opening imperfect verb is read only where year_of_month reads it)
                    upcoming = rel is None and not ahead and 0 < month - self.pub.month <= UPCOMING_MONTHS \
                        and (self.opened_by_imperfect(m) or self.planned_before(m, m.start("m_ms"))
                             or (not self.since(m) and self.tense(m.start("m_ms")) is None
                                 and self.imperfect_in_sentence(m)))
                    y = year_of_month(month, self.pub, _relative(self.lexicon, rel), ahead, upcoming)
                self.named_month = (y, month, m.end())
                self.note_month(y, month)
                out.append(_result(f"{y:04d}-{month:02d}", "month", "published"))
            else:
                self.anchor.month = (None, month)
                out.append(_result(None, None, None))
        if year is None and len(months) > 1 and _MONTH_SPAN.search(m.group("m_ms")) \
                and all(r["resolved_against"] == "published" for r in out):
            # من حزيران/يونيو إلى أيلول/سبتمبر, no year: the span runs forward from its first month (or back
            # from its last when a modifier is on it: من يونيو إلى سبتمبر المقبل), not each end alone
            # (June this year, September last)
            ys = [int(r["value"][:4]) for r in out]
            if rel is not None:
                for i in range(len(ys) - 2, -1, -1):
                    ys[i] = ys[i + 1] - (1 if months[i] > months[i + 1] else 0)
            else:
                for i in range(1, len(ys)):
                    ys[i] = ys[i - 1] + (1 if months[i] < months[i - 1] else 0)
            out = [_result(f"{y:04d}-{mo:02d}", "month", "published") for y, mo in zip(ys, months)]
            self.named_month = (ys[-1], months[-1], m.end())
            self.note_month(ys[-1], months[-1])
        return out

    def bareyear(self, m):
        after = self.text[m.end():m.end() + 20]
        words = m.group("b_words")
        # (the quantity stands right before the number, its preposition between: عدده في 2016)
        number = m.start("b_words") if words else m.start("b_list")
        counted = self.lexicon.counted.match(after)
        if counted and _TO_A_COUNT.fullmatch(counted.group(0)) and _IN_BEFORE.search(self.text, max(0, m.start() - 1), number):
            counted = None  # وانحسر العدد في 2007 إلى 135 قتيلا: in a year, to a count
        if counted or self.lexicon.counted_of.match(after) or self.lexicon.quantity_before.search(self.text, max(0, number - 24), number) \
                or (self.lexicon.since is not None and self.lexicon.since.match(m.group(0))
                    and self.lexicon.time_unit_after.match(after)):
            return None  # (منذ 2000 عام، منذ 1400 سنة: a length, no year)
        if words:  # في ألفين وستة، بين ألفين وستة وألفين وعشرة
            years = [_word_year(w.group(0)) for w in _WORD_YEAR.finditer(words)]
            self.note_year(years, m)
            return [_result(f"{y:04d}", "year", "absolute") for y in years]
        years = _list_years(m.group("b_list"))
        if years[0] < 1800 and years[0] % 100 == 0:
            return None  # يتراوح بين 1600 و2000: a range of counts that opens round (not بين 1555 و1865)
        self.note_year(years, m)
        if len(years) == 1:
            self.note_story(years[0], None, m)
        return [_result(f"{y:04d}", "year", "absolute") for y in years]


def _joined_to_count(text: str, at: int) -> bool:
    """Whether the year at `at` is joined (و، أو، -) to a number before it that is no year of the grammar:
    2-3 digits, or a round hundred outside 1800-2099 (والقضيتين 1000 و 2000، ما بين 200-2000 كلم)."""
    joined = _COUNT_JOINED_BEFORE.search(text, max(0, at - 16), at)
    if joined is None:
        return False
    n = int(joined.group(1))
    return n < 1000 or (n % 100 == 0 and not 1800 <= n < 2100)


# What may stand between a span counted from an event and the event's date: the event's few words
# (قبل يوم من محاولة الانقلاب يوم 15 يوليو، بعد شهرين من إحاطته الأولى في 17 من أبريل), no punctuation.
_EVENT_WORDS = 5
_BREAK_IN_EVENT = re.compile(r"[.،,؛:!?؟\n\"“”«»()]")


def counted_from(text: str, end: int, spec: tuple[int, int, str], m: re.Match, value: str | None) -> dict | None:
    """The value of a span counted from an event (`spec`: sign, count, unit; the span ends at `end`)
    when the next date `m`, of value `value`, follows within the event's words: that date shifted."""
    gap = text[end:m.start()]
    if not value or value.startswith("X") or _BREAK_IN_EVENT.search(gap) or len(gap.split()) > _EVENT_WORDS:
        return None
    sign, n, unit = spec
    parts = [int(x) for x in value.split("-")]
    if unit in ("day", "week"):
        if len(parts) < 3:
            return None
        day = date(*parts) + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return _result(day.isoformat(), "day", "text")
    if unit == "month":
        if len(parts) < 2:
            return None
        y, mo = divmod(parts[0] * 12 + parts[1] - 1 + sign * n, 12)
        return _result(f"{y:04d}-{mo + 1:02d}", "month", "text")
    if unit == "year":
        return _result(f"{parts[0] + sign * n:04d}", "year", "text")
    return None


def _surface_span(text: str, m: re.Match, lexicon: DateLexicon) -> tuple[int, int]:
    start, end = m.span()
    if text[start] in lexicon.trim_first:  # (most dates start with a digit or a name: nothing to trim)
        trim = lexicon.trim.match(text, start, end)
        if trim and trim.end() < end:
            start = trim.end()
    # a closing bracket belongs to the surface only when its opening one does ("5 مارس آذار)")
    while end > start and text[end - 1] in ") " and text.count("(", start, end) < text.count(")", start, end):
        end -= 1
    return start, end


_TOKEN = re.compile(r"[^\s\"'“”«»()\[\]،,.:؛]+")
_NOT_TOKEN = re.compile(r"[\"'“”«»()\[\]،,.:؛]")
_NOT_TOKEN_CHARS = frozenset("\"'“”«»()[]،,.:؛")  # (the characters of _NOT_TOKEN, for a test without a regex)
_LEAD_WINDOW = 48  # characters looked back from a trigger for lead words


def _lead_starts(text: str, p: int, floor: int, lead_tokens: frozenset[str]) -> list[int]:
    """Token starts of the unbroken run of lead words (في، نهاية، مساء، يوم …) just before position p,
    earliest first, then p itself: at most 4 tokens (of _TOKEN, within _LEAD_WINDOW characters and
    after `floor`), each separated from the next by spaces only; `lead_tokens`: DateLexicon.lead_tokens)."""
    lo = max(floor, p - _LEAD_WINDOW)
    starts = [p]
    # Walk back a space-delimited word at a time; a word with punctuation inside holds several
    # tokens, which the token regex sorts out.
    while len(starts) <= 4:
        before = text[lo:starts[-1]].rstrip()
        if not before:
            break
        word = before[before.rfind(" ") + 1:]
        if not word.isalnum():  # (an alphanumeric word holds no space of another kind and no punctuation)
            word = before.rsplit(None, 1)[-1]
            if word[-1] in _NOT_TOKEN_CHARS:
                break  # (punctuation ends the word before, «قالت،»: the run stops there, as by tokens)
            if not _NOT_TOKEN_CHARS.isdisjoint(word):
                return _lead_starts_by_tokens(text, p, lo, lead_tokens)
        if not (word in lead_tokens or (word[:1] in "وف" and word[1:] in lead_tokens)):
            break
        starts.append(lo + len(before) - len(word))
    return starts[::-1]


def _lead_starts_by_tokens(text: str, p: int, lo: int, lead_tokens: frozenset[str]) -> list[int]:
    starts = [p]
    for t in reversed(list(_TOKEN.finditer(text, lo, p))[-4:]):
        word = t.group(0)
        if text[t.end():starts[-1]].strip() or not (
                word in lead_tokens or (word[:1] in "وف" and word[1:] in lead_tokens)):
            break
        starts.append(t.start())
    return starts[::-1]


# The letters the trigger's number may carry glued on ([وف]?(?:في|ال)?) and a year's first digits.
_NUMBER_PREFIXES = frozenset(c + a for c in ("", "و", "ف") for a in ("", "في", "ال"))
# The letters a day of 1-2 digits may carry glued on: those, and a preposition (بـ8 تموز، لـ20 سبتمبر).
_DAY_PREFIXES = _NUMBER_PREFIXES | frozenset(c + a for c in ("", "و", "ف") for a in ("ب", "ل"))
_YEAR_STARTS = frozenset(("13", "14", "18", "19", "20"))
# The letters a year alone may carry glued on (بـ2020، لـ2019، وبالـ2019), besides those of a number.
_YEAR_PREFIXES = frozenset(c + a for c in ("", "و", "ف") for a in ("ب", "ل", "بال", "لل"))
# All the letters a trigger number may carry glued on: the regex's own number or year.
_GLUED_TO_NUMBER = _NUMBER_PREFIXES | frozenset(GLUED_YEAR_PREFIXES) | _YEAR_PREFIXES


# The letters of the clitics a trigger word may carry glued on ([وفبل]{0,2}).
_CLITIC_LETTERS = frozenset("وفبل")


def _trigger_positions(text: str, lexicon: DateLexicon) -> list[int]:
    """Where lexicon.trigger matches in " " + text, ascending (see _scan)."""
    return _scan(text, lexicon)[0]


def _scan(text: str, lexicon: DateLexicon) -> tuple[list[int], set[int], bool, bool]:
    """Where lexicon.trigger matches in " " + text (the index of the separator there is the trigger
    word's index in text), ascending; and apart, where a year's digits are glued to the word before
    them (كأس العالم2018), which no trigger regex match marks; and whether a yearly day's name
    (DateLexicon.annual_days) is in the text, and whether an eve word (DateLexicon.eve) is, which the same index
    finds (grammar.ANNUAL_NAME_HIT, EVE_WORD_HIT). The trigger index finds the words that could start a trigger
    and the digits; only the token starts they belong to are tried with the regex, and not even
    those where a whole trigger word follows nothing but clitics. (A character is a word character
    for the regex when it is alphanumeric or "_".)"""
    sure, candidates, glued = set(), set(), set()
    numbers = set()  # (the candidates of a number, confirmed by the trigger's half of numbers; the others by its words')
    named = eve = False
    last = len(text) - 1
    day_next = lexicon.day_next
    values = lexicon.trigger_index.values
    for pattern, _, stop in lexicon.trigger_index.hits(text):
        end = stop - 1  # (the match's last character)
        length, whole = values[pattern]
        if length:  # a word: it ends its token, at most 2 clitics (وفبل) into it
            if end < last:
                ch = text[end + 1]
                if ch != " " and (ch.isalnum() or ch == "_"):
                    continue
            word_start = p = end - length + 1
            if not p or (ch := text[p - 1]) == " " or not (ch.isalnum() or ch == "_"):
                # (the common case: the word starts its token, no clitic glued on)
                if whole:
                    sure.add(p)
                else:
                    candidates.add(p)
                continue
            if ch not in _CLITIC_LETTERS:
                continue  # (a letter no clitic is glued to the word: ارهاب، الانتخاب hold اب, no trigger)
            # one or two clitics (وفبل) glued on, the token starting right before them; else no trigger here
            # (the regex's [وفبل]{0,2}: الذي، العام hold ذي، عام after ال, whose alif no clitic is). Read letter by
            # letter, not by the walk back a digit's token needs below.
            p -= 1
            if p and (ch := text[p - 1]) != " " and (ch.isalnum() or ch == "_"):
                if ch not in _CLITIC_LETTERS:
                    continue
                p -= 1
                if p and (ch := text[p - 1]) != " " and (ch.isalnum() or ch == "_"):
                    continue
            if whole:
                sure.add(p)  # what the regex's [وفبل]{0,2}(?:words)(?!\w) matches
            else:
                candidates.add(p)
            continue
        # a digit: the first of its run, at most 4 letters (وفي، ال، وبال) into its token
        if whole:  # (no digit: a yearly day's name, ANNUAL_NAME_HIT, which _annual_matches reads; or an eve word)
            if whole is True:
                named = True
            else:
                eve = True
            continue
        if end and text[end - 1].isdecimal():
            continue
        p, lowest = end, end - 4
        while p > lowest and p and (ch := text[p - 1]) != " " and (ch.isalnum() or ch == "_"):
            p -= 1
        # (whether the token starts at p: the loop above stopped there on a space, a non-word character or
        # the start of the text, or at `lowest` on a word character)
        starts_token = not p or (ch := text[p - 1]) == " " or not (ch.isalnum() or ch == "_")
        if end and "\u0621" <= text[end - 1] <= "\u064a" and text[end:end + 2] in _YEAR_STARTS \
                and not (starts_token and text[p:end] in _GLUED_TO_NUMBER) \
                and text[end + 2:end + 4].isdecimal() \
                and not text[end + 4:end + 5].isdecimal():
            # a year glued to the word before it, a space left out (كأس العالم2018، حتى2013، نهاية2018):
            # read as if the space were there (lexicon.glued_year, or its lead word's production)
            glued.add(end)
            continue
        if starts_token:
            if text[p:end] in _GLUED_TO_NUMBER:  # (_NUMBER_PREFIXES, GLUED_YEAR_PREFIXES or _YEAR_PREFIXES)
                # the regex's number: a year (13xx, 14xx, 18xx, 19xx, 20xx) or a day of 1-2 digits
                # followed by what makes it a date; other numbers are no trigger
                digits = end + 1
                while digits <= last and text[digits].isdecimal():
                    digits += 1
                digits -= end
                if digits == 4 and text[end:end + 2] in _YEAR_STARTS:
                    sure.add(p)
                elif digits == 4 and "10" <= text[end:end + 2] <= "17":
                    numbers.add(p)  # (the regex's early year opening a range: بين 1555 و1865)
                elif digits <= 2 and text[p:end] in _DAY_PREFIXES:
                    # (what follows must start as the regex's day_next does, after its spaces)
                    after = end + digits
                    while after <= last and text[after].isspace():
                        after += 1
                    if after <= last and text[after] in day_next:
                        numbers.add(p)
    candidates -= sure
    numbers -= sure
    if candidates or numbers:  # (the regex only where no whole word made the position sure; no copy of the text without one)
        # (each candidate tried with the half of the trigger regex that can match at it: see grammar.compile_trigger_halves)
        padded, word, number = " " + text, lexicon.trigger_word.match, lexicon.trigger_number.match
        for p in candidates:
            if word(padded, p):
                sure.add(p)
        for p in numbers:
            if number(padded, p):
                sure.add(p)
    return sorted(sure), glued, named, eve


def _matches(text: str, lexicon: DateLexicon) -> list[re.Match]:
    """Leftmost grammar matches, tried only from the lead words before each trigger word."""
    return _grammar_matches(text, lexicon)[0]


def _grammar_matches(text: str, lexicon: DateLexicon) -> tuple[list[re.Match], bool, bool]:
    """Leftmost grammar matches (_matches), and whether a yearly day's name and an eve word are in the text (_scan)."""
    last_end = 0
    found = []
    positions, glued, named, eve = _scan(text, lexicon)
    if glued:  # (years glued to the word before them: rare)
        positions = sorted(glued.union(positions))
    # (the grammar in two passes, each match the grammar's own: which production matches, then that
    # production alone, whose groups come first; see grammar.grammar_passes)
    find, alone = lexicon.grammar_find, lexicon.grammar_productions
    for p in positions:
        if p < last_end:
            continue
        for s in _lead_starts(text, p, last_end, lexicon.lead_tokens):
            if glued and s == p and p in glued:
                m = lexicon.glued_year.match(text, s)
            elif (m := find(text, s)) is not None and m.end() > p:
                m = alone[m.lastgroup](text, s)
            if m and m.end() > p:
                last_end = m.end()
                found.append(m)
                break
    return found, named, eve


def extract_time_expressions(text: str, published: datetime | None, lexicon: DateLexicon,
                             normalized: NormalizedText | None = None) -> list[dict]:
    """Every date expression in `text`: dicts with surface, char_start, char_end (offsets into `text`),
    value ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | 'XXXX-MM-DD' | None), granularity ('day' | 'month' |
    'year' | None), resolved_against ('absolute' | 'published' | 'text' | 'unresolved') and calendar
    ('gregorian' | 'hijri'). `published` is tz-aware in its own offset; its local day is the anchor.
    `normalized` may pass normalize(text) when the caller already has it (it is half the cost)."""
    if not text:
        return []
    norm = normalized if normalized is not None else normalize(text)
    # (every match first, then the productions: the grammar's matches depend on the text alone, and
    # the two phases each keep their own working set hot)
    matches, named, eve_possible = _grammar_matches(norm.text, lexicon)
    if named:  # (a yearly day's name in the text: rare)
        matches = _annual_matches(norm.text, lexicon, matches, named)
    if not matches:
        return []  # (half the texts, most titles: no trigger, nothing to set up)
    normed = norm.text
    extractor = _Extractor(normed, published, lexicon)
    anchor = extractor.anchor  # (the extractor's one anchor, never replaced)
    productions, trim_first = _PRODUCTIONS, lexicon.trim_first
    found = []
    waiting = None  # (its row in found, where it ended, its spec): a span counted from an event
    # whether a row's value leaves its year open (XXXX-MM-DD), noted as the rows are made (counted_from later fills
    # only a row that has no value, never with an open year), for the pass at the end
    open_year = False
    kept_open: set[int] = set()  # the rows of the days of a list of history (see _Extractor.in_history_list)
    shifted = bool(norm.dropped)  # (without dropped characters, offsets are those of `text`)
    # (eve_possible: غداة or عشية, which stands in one text in forty, is in the text: the trigger index said so)
    undated = []  # (its row, where it ended, its spec): a span counted from an event no date follows
    eve_taken: set[int] = set()  # where the eve words read with the day after them start
    for m in matches:
        day_before = anchor.day
        results = productions[m.lastgroup](extractor, m)
        start, end = m.span()
        if anchor.day is not day_before:
            extractor.day_at = end
        if not results:
            extractor.from_event = None
            continue
        spec, extractor.from_event = extractor.from_event, None
        if waiting is not None:
            row, gone, counted = waiting
            value = counted_from(normed, gone, counted, m, results[0]["value"])
            if value is not None:
                found[row].update(value)
            else:
                undated.append(waiting)
            waiting = None
        for r in results:
            if r["value"]:
                extractor.anchor_end = end
                break
        if (extractor.story is not None or extractor.day_dated) \
                and any(r["resolved_against"] == "published" for r in results):
            # (the story came back to the present; so has the sentence after a day with its year: المشتبه به في
            # اعتداءات 13 نوفمبر 2015، وأودع السجن الجمعة في إطار تحقيق حول سطو جرى في نهاية يناير: this January)
            extractor.story = None
            if extractor.day_dated:
                extractor.dated, extractor.day_dated = None, False
        # (_surface_span, inline: most dates start with a digit or a name and end with neither ")" nor " ")
        if normed[start] in trim_first or normed[end - 1] in ") ":
            start, end = _surface_span(normed, m, lexicon)
        if shifted:
            start, end = norm.span_to_original(start, end)
        surface = text[start:end]
        if eve_possible and len(results) == 1 and (value := results[0]["value"]) and len(value) == 10 \
                and value[0] != "X" and results[0]["resolved_against"] != "absolute" \
                and (eve := eve_of(normed, m.start(), value, lexicon)) is not None:
            # غداة إعادة انتخابه الأحد: the day after the event's day, a row of its own before the day's (not after a
            # day with its year: غداة اعتداءات 11 أيلول/سبتمبر 2001 is "in the aftermath of" a past event, no day)
            eve_start, eve_end, eve_row = eve
            eve_taken.add(eve_start)
            if shifted:
                eve_start, eve_end = norm.span_to_original(eve_start, eve_end)
            found.append({"surface": text[eve_start:eve_end], "char_start": eve_start, "char_end": eve_end, **eve_row})
        if extractor.history_days and m.start() in extractor.history_days:
            kept_open.update(range(len(found), len(found) + len(results)))
        for r in results:
            found.append({"surface": surface, "char_start": start, "char_end": end, **r})
            if not open_year and (value := r["value"]) and value[0] == "X":
                open_year = True
        if spec is not None and len(results) == 1 and not results[0]["value"]:
            waiting = (len(found) - 1, m.end(), spec)
    if waiting is not None:
        undated.append(waiting)
    if undated or eve_possible:
        # (a span counted from an event, or an eve word, whose event's day no date right after gives: in one text
        # in twenty)
        _date_from_event_elsewhere(text, norm, found, undated, eve_taken if eve_possible else None, lexicon)
    if open_year:
        # a day whose year the sentence leaves open (أحداث 11 سبتمبر) that the text writes elsewhere with its
        # year (هجمات الحادي عشر من سبتمبر عام 2001) is that day: one value, said twice (not a year the text
        # does not write: ذكرى 25 يناير, resolved against publication)
        years: dict[str, set] = {}
        for r in found:
            value = r["value"]
            if value and len(value) == 10 and value[0] != "X" and r["resolved_against"] == "absolute":
                years.setdefault(value[4:], set()).add(value)
        for i, r in enumerate(found):
            value = r["value"]
            if value and value[0] == "X" and len(years.get(value[4:], ())) == 1 and i not in kept_open:
                r["value"], r["resolved_against"] = next(iter(years[value[4:]])), "text"
    return found


def _date_from_event_elsewhere(text: str, norm: NormalizedText, found: list[dict], undated: list,
                               eve_taken: set[int] | None, lexicon: DateLexicon) -> None:
    """The spans counted from an event (`undated`: their row, where they end in the normalised text, their spec) and
    the eve words no day follows (when `eve_taken` is not None: the starts of the eve words read already) dated by
    the day the text gives the event elsewhere (event_anchor.anchored_day): rows filled in, and a row added for each
    eve word so dated."""
    normed = norm.text
    eves = eve_words_alone(normed, lexicon, eve_taken) if eve_taken is not None else []
    if not undated and not eves:
        return
    shifted = bool(norm.dropped)
    days = []
    for r in found:
        value = r["value"]
        if value and len(value) == 10 and value[0] != "X" and r["resolved_against"] != "text":
            # (a day counted from another, اليوم التالي، بعد يوم من الاجتماع, has its event's words beside it, not its own)
            start, end = r["char_start"], r["char_end"]
            if shifted:
                start, end = norm.to_normalised(start), norm.to_normalised(end)
            days.append((start, end, value, r["resolved_against"]))
    if not days:
        return
    for row, gone, spec in undated:
        value = anchored_day(normed, gone, spec, days, lexicon, eve=False)
        if value is not None:
            found[row].update(_result(value, "day", "text"))
    for start, end, shift in eves:
        value = anchored_day(normed, end, (shift, 1, "day"), days, lexicon, eve=True)
        if value is not None:
            if shifted:
                start, end = norm.span_to_original(start, end)
            found.append({"surface": text[start:end], "char_start": start, "char_end": end,
                          **_result(value, "day", "text")})


class _Productions(dict):
    """The handler of each production (its group p_<name>: _Extractor.<name>), looked up once."""

    def __missing__(self, group: str):
        handler = self[group] = getattr(_Extractor, group[2:])
        return handler


_PRODUCTIONS = _Productions()
