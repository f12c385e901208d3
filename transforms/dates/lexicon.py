"""The date lexicon: month and weekday names from seed rows, and the one regex built over them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import class_and_unseen_words

# The adjectives after a weekday that make it a day's name (class date_weekday_epithet of seeds/cue_words.csv) that no
# sentence of an ANT article in no gold file shows deciding a row (الأربعاء الأحمر, the Yazidi new year, is in gold only).
# (Not الأسود، الدامية: «الاثنين الأسود» of a market's fall and «هجمات الجمعة الدامية» are as often the last such day.)
WEEKDAY_EPITHET_UNSEEN = ("الأحمر",)

if TYPE_CHECKING:
    from transforms.cue_lexicon import CueLexicon


@dataclass(frozen=True)
class DateLexicon:
    """Normalised calendar names and the compiled grammar (see grammar.py)."""

    # normalised month name → (calendar, month number 1-12)
    months: dict[str, tuple[str, int]]
    # normalised weekday name → Python weekday (0 = Monday)
    weekdays: dict[str, int]
    # normalised month names that are also common words: months only in a date context
    guarded: frozenset[str]
    # of those, the ones a preposition is not enough for (في إب is the city Ibb): a day, a year,
    # a modifier (آب الماضي) or the paired name must come with them
    strict: frozenset[str] = frozenset()
    pattern: re.Pattern = field(repr=False, default=None)
    # the grammar in two passes (grammar.grammar_passes): the match of the first, which names the production that
    # matches by its lastgroup q_<name>, and the match of each production alone
    grammar_find: object = field(repr=False, default=None)
    grammar_productions: dict = field(repr=False, default_factory=dict)
    # (the trigger regex itself, `trigger`, is built on first use: see the property)
    # its two halves (grammar.compile_trigger_halves): what confirms a word, and a number, the index found
    trigger_word: re.Pattern = field(repr=False, default=None)
    trigger_number: re.Pattern = field(repr=False, default=None)
    # a year alone glued to the word before it (كأس العالم2018), tried where the trigger scan finds one
    glued_year: re.Pattern = field(repr=False, default=None)
    # first words of the triggers and the digits, for a fast pass that finds where `trigger` may match
    trigger_index: object = field(repr=False, default=None)
    # what may follow a trigger day of 1-2 digits, after spaces (grammar.day_next_chars)
    day_next: frozenset[str] = field(repr=False, default=frozenset())
    # normalised imperfect verb forms (يزور، تعقد، نعمل): what may follow the future prefix سـ (tense.py)
    future_verbs: frozenset[str] = frozenset()
    # the first-person forms of those verbs (يعلن -> نعلن، أعلن; يكشف -> أكشف): a speaker's own present, right
    # before a quoted اليوم ("نعلن اليوم رحيل فيرن"), tells the day of the speech (extract._Extractor.today)
    first_person_verbs: frozenset[str] = frozenset()
    # the third-person perfect forms of those verbs that no noun shares (يعقد -> عقدت، عقدوا; يجتمع -> اجتمع): a
    # perfect verb that is no tense cue row, a few words before a quoted اليوم, still tells the day of the speech
    # (extract._Extractor.perfect_just_before)
    perfect_verbs: frozenset[str] = frozenset()
    # the clause words of seeds/cue_words.csv that tense.py reads (see tense.clause_patterns): a
    # relative and the verb opening its clause; a word opening a clause of its own
    relative_verb: re.Pattern | None = field(repr=False, default=None)
    own_clause: re.Pattern | None = field(repr=False, default=None)
    # what follows a number that counts, no year: a counted noun, or «من» and a plural counted (the classes
    # date_counted and date_counted_of of seeds/cue_words.csv; see extract.counted_patterns)
    counted: re.Pattern | None = field(repr=False, default=None)
    counted_of: re.Pattern | None = field(repr=False, default=None)
    # a perfect verb of saying (class date_reporting; tense.reported_pattern, read by tense.reported_at_end)
    reported: re.Pattern | None = field(repr=False, default=None)
    # a word of calling for and what it calls for (classes date_call, date_called; extract.call_for_pattern)
    call_for: re.Pattern | None = field(repr=False, default=None)
    # an event noun (class date_called) and its few words right up to a weekday (extract.event_named_pattern)
    event_named: re.Pattern | None = field(repr=False, default=None)
    # the same with the لـ of purpose glued on (لجلسة، للقمة; extract.purpose_event_pattern)
    purpose_event: re.Pattern | None = field(repr=False, default=None)
    # the future and past cues (classes date_future, date_past; tense.tense_words)
    tense_words: object = field(repr=False, default=None)
    # the nouns that take العام as "general" (class date_general_noun: الأمين العام، الرأي العام)
    general_nouns: frozenset[str] = frozenset()
    # a word of quantity right before a number (class date_quantity; extract.quantity_pattern)
    quantity_before: re.Pattern | None = field(repr=False, default=None)
    # a noun of an activity that goes on (class date_ongoing; extract.ongoing_pattern)
    ongoing_after: re.Pattern | None = field(repr=False, default=None)
    # an event's name right before a day and month (classes date_event_day, date_event_name, date_event_bare;
    # extract.event_patterns), and of those the names of a day of history
    event_noun: re.Pattern | None = field(repr=False, default=None)
    event_of_a_day: re.Pattern | None = field(repr=False, default=None)
    # what tells the story goes on before a bare month (classes date_story_on, date_story_unit; extract.story_pattern)
    story_goes_on: re.Pattern | None = field(repr=False, default=None)
    # what turns a sentence away from the year its word named before (class date_story_turn; extract.story_turn_pattern)
    story_turn: re.Pattern | None = field(repr=False, default=None)
    # a word of after opening the phrase of an event the clause comes after (class date_background_after: بعد;
    # extract.background_after_pattern)
    background_after: re.Pattern | None = field(repr=False, default=None)
    # what lists the events of one calendar day across the years (class date_history_list; extract.history_list_pattern)
    history_list: re.Pattern | None = field(repr=False, default=None)
    # its phrases as written (normalised), looked for in the whole text first: a substring search costs far less
    # than the pattern tried at every position
    history_words: tuple[str, ...] = field(repr=False, default=())
    # a word of an appointed time before a day or month (class date_appointed; extract.appointed_pattern)
    appointed: re.Pattern | None = field(repr=False, default=None)
    # a verb of lasting before حتى (class date_lasting; extract.lasting_pattern) and a noun an ordinal agrees with
    # (class date_ordinal_noun; extract.ordinal_noun_pattern)
    goes_on_until: re.Pattern | None = field(repr=False, default=None)
    ordinal_noun: re.Pattern | None = field(repr=False, default=None)
    # what before الاثنين makes it "the two" (class date_of_the_two; extract.the_two_pattern)
    the_two: re.Pattern | None = field(repr=False, default=None)
    # the words before a weekday that make it no day (class date_weekday_habit: أيام، كل، أول، سوق), the press
    # before اليوم (class date_press; extract.press_pattern), a unit of time after منذ and a number (class
    # date_time_unit; extract.time_unit_pattern)
    weekday_habit: frozenset[str] = frozenset()
    # the adjectives right after a weekday that make it a day's name (class date_weekday_epithet: الأبيض، الأسود)
    weekday_epithet: frozenset[str] = frozenset()
    press_before: re.Pattern | None = field(repr=False, default=None)
    # a noun of what is told right before اليوم (class date_told_noun; extract.told_noun_pattern)
    told_before: re.Pattern = field(repr=False, default=re.compile(r"(?!)"))
    time_unit_after: re.Pattern | None = field(repr=False, default=None)
    # a particle of a family name before a month (class date_name_particle; extract.name_particle_pattern), a verb of
    # birth before a span counted back (class date_born; extract.born_pattern), and أمس/غدا before a weekday
    # (classes date_told_yesterday, date_told_tomorrow; extract.told_days)
    name_particle: re.Pattern | None = field(repr=False, default=None)
    born_before: re.Pattern | None = field(repr=False, default=None)
    # a word of what may or will not be and its verb before a span counted from publication (class date_hypothetical;
    # extract.hypothetical_pattern)
    hypothetical_before: re.Pattern = field(repr=False, default=re.compile(r"(?!)"))
    told_day: dict[str, int] = field(repr=False, default_factory=dict)
    # a word of a part of a period before a bare العام/الشهر (class date_period_lead: مطلع، نهاية;
    # extract.period_lead_pattern) and وقت with an adjective of time before من العام/الشهر (class date_time_of:
    # سابق، لاحق; extract.time_of_pattern)
    period_lead: re.Pattern | None = field(repr=False, default=None)
    time_of: re.Pattern | None = field(repr=False, default=None)
    # an ordinal of a part before من العام (class date_part_ordinal: الأول، الأخير; extract.part_of_pattern)
    part_of: re.Pattern | None = field(repr=False, default=None)
    # the words before a guarded month name that make it a month (class date_guard_lead: في، خلال، شهر، مطلع;
    # extract.guard_lead_pattern) and the leading words kept out of a date's surface (class date_surface_trim:
    # في، منذ، اعتبارا من; extract.trim_pattern)
    guard_lead: re.Pattern | None = field(repr=False, default=None)
    trim: re.Pattern | None = field(repr=False, default=None)
    # the characters a match of `trim` can start with (first_chars): a match starting with none has nothing to trim
    trim_first: frozenset[str] = field(repr=False, default=frozenset())
    # the adjectives that make a bare العام a kind of year (class date_year_kind: الدراسي، المالي), as an
    # alternation read by the grammar's relyear production ("" for none)
    year_kind: str = field(repr=False, default="")
    # the words of "the same" after الشهر، اليوم، العام (class date_same: نفسه، ذاته), normalised
    same: frozenset[str] = frozenset()
    # the relative modifiers after a month, year or weekday and their direction (-1, 0, +1: classes
    # date_relative_past, date_relative_this, date_relative_next; grammar.relative_words)
    relative: dict[str, int] = field(repr=False, default_factory=dict)
    # those of them that agree with two dates or more (المقبلين، الماضيين; grammar.plural_relative_words)
    plural_relative: frozenset[str] = frozenset()
    # the words besides the prepositions after which a bare number is a year (class date_year_lead: مطلع، بحلول)
    year_lead: frozenset[str] = frozenset()
    # a word of a night (class date_night: ليل، ليلة; extract.night_patterns) among the words before a weekday,
    # and right before a day's number
    night: re.Pattern | None = field(repr=False, default=None)
    night_before: re.Pattern | None = field(repr=False, default=None)
    # a word of starting and من right before a weekday (class date_starting_from: اعتبارا من، بدءا من;
    # extract.starting_from_pattern)
    starting_from: re.Pattern | None = field(repr=False, default=None)
    # a third-person imperfect verb opening a clause, not a verb of reporting or belief nor a name (class
    # date_not_opening_verb: يذكر، يقول، يونيو، يوسف; tense.opening_imperfect_pattern)
    opening_imperfect: re.Pattern | None = field(repr=False, default=None)
    # a word of until (class date_until: حتى، لغاية، إلى غاية; extract.until_patterns) at the start of a date and
    # right before it, and the last word of each; a word of since (class date_since: منذ; extract.since_patterns) at
    # the start of a date and right before it, and the first word of each; a yearly recurrence after a day and month
    # (class date_recurring: من كل عام، سنويا; extract.recurring_pattern); a word after a month that makes it the
    # next one (class date_next_after: التالي، اللاحق; extract.next_after_pattern)
    until: re.Pattern | None = field(repr=False, default=None)
    until_before: re.Pattern | None = field(repr=False, default=None)
    until_words: tuple[str, ...] = ()
    since: re.Pattern | None = field(repr=False, default=None)
    since_before: re.Pattern | None = field(repr=False, default=None)
    # a word of negation right before غدا (class date_not_tomorrow: ليس; extract.not_tomorrow_pattern): no day
    not_tomorrow: re.Pattern | None = field(repr=False, default=None)
    since_words: tuple[str, ...] = ()
    recurring: re.Pattern | None = field(repr=False, default=None)
    next_after: re.Pattern | None = field(repr=False, default=None)
    # the grammar's lead words (classes date_lead_preposition: في، خلال; date_lead_period: مطلع، نهاية; date_day_part:
    # صباح، مساء يوم; grammar.lead_words), normalised, and the words that can stand before a trigger inside one
    # expression (grammar.LEAD_TOKENS and theirs)
    prepositions: tuple[str, ...] = ()
    period_words: tuple[str, ...] = ()
    day_parts: tuple[str, ...] = ()
    lead_tokens: frozenset[str] = frozenset()
    # the words of a year before its number (classes date_year_word: عام، سنة; date_year_word_other: سنوات، موسم;
    # grammar.year_words), normalised, and the singular ones (date_year_word)
    year_words: tuple[str, ...] = ()
    singular_year_words: tuple[str, ...] = ()
    # the units counted back or ahead (قبل عامين، بعد 10 سنوات: classes date_ago_year, date_ago_year_one … of
    # grammar.TIME_UNIT_CLASSES; grammar.time_units), normalised word -> (unit, the count it carries alone)
    time_units: dict[str, tuple[str, int]] = field(repr=False, default_factory=dict)
    # the first word of each Levantine month name (seeds/months.csv rows of source cldr:ar_SY: كانون، شباط، آذار …),
    # normalised: the press pairs them with the others (مارس/ آذار), and a pair names one month (extract._month_numbers_of)
    levantine: frozenset[str] = frozenset()
    # a word of likeness (class date_like: مثل; extract.like_patterns) before هذا اليوم/الشهر and a span counted back,
    # and before هذا الشهر
    like_this: re.Pattern | None = field(repr=False, default=None)
    like: re.Pattern | None = field(repr=False, default=None)
    # a plural of days counted only after ذلك or a pronoun (class date_days_after_that: أيام; extract.days_after_that_words)
    days_after_that: frozenset[str] = frozenset()
    # a word that names the day after or before an event (classes date_eve_after: غداة, +1; date_eve_before: عشية, -1;
    # extract.eve_words) and the words of an anniversary between it and the event's day (class date_eve_anniversary and
    # extract._EVE_ANNIVERSARY_UNSEEN: ذكرى), normalised
    eve: dict = field(default_factory=dict)
    eve_anniversary: frozenset[str] = frozenset()
    # the words that make an event another of its kind (class date_event_other and event_anchor.EVENT_OTHER_UNSEEN:
    # آخر، جديد), normalised: no day the text gives an event of that noun is its day (event_anchor.anchored_day)
    event_other: frozenset[str] = frozenset()
    # a yearly day named by its name (seeds/annual_days.csv: يوم الأرض، عيد العمال), ب or ل glued on or not, with the
    # word before it that places something on it (class date_annual_day_lead) as group `lead`, and each name's
    # (month, day) (extract.annual_day_patterns, _Extractor.annual)
    annual_day: re.Pattern | None = field(repr=False, default=None)
    annual_name: re.Pattern | None = field(repr=False, default=None)  # a name alone, group p_annual
    annual_days: dict = field(repr=False, default_factory=dict)

    @cached_property
    def trigger(self) -> re.Pattern:
        """The trigger regex (grammar.compile_triggers), which the extractor never runs (its index and the two halves
        do its work, extract._scan) and the tests compare the scan with: compiled on first use, not at every build of
        the lexicon (~20 ms of it)."""
        from transforms.dates.grammar import compile_triggers  # (grammar reads this module's names)
        return compile_triggers(self)

    def month_of(self, name: str) -> tuple[str, int] | None:
        return self.months.get(" ".join(name.split()))


def first_person_forms(verbs) -> frozenset[str]:
    """The first-person imperfect forms (نـ، أـ, and أ folded to ا) of the third-person ي-verbs among `verbs`
    (seeds/imperfect_verbs.csv: يعلن -> نعلن، أعلن، اعلن). The caller passes the verbs seen at least twice after a
    particle: a form seen once is as often a noun's look-alike (يفيه: نفيه, his denial)."""
    forms: set[str] = set()
    for verb in verbs:
        if verb.startswith("ي") and len(verb) >= 4:
            forms.update(prefix + verb[1:] for prefix in ("ن", "أ", "ا"))
    return frozenset(forms)


def perfect_forms(verbs) -> frozenset[str]:
    """The third-person perfect forms of the ي-verbs among `verbs` (seeds/imperfect_verbs.csv) that are written like
    no noun: the feminine and the plural, ت and وا on the stem (يعقد -> عقدت، عقدوا; يعلن -> أعلنت، اعلنوا), and the
    masculine and the dual of the forms whose imperfect opens with ين، يست or a تـ second (ينسحب، يستقبل، يجتمع ->
    انسحب، استقبل، اجتمع، اجتمعا). Not the bare stem of the others, which is as often a noun (قتل، عمل، تعاون، تحرك),
    nor ا before it, the elative (أكبر) or the first person (أتحدث، أستطيع); not a stem ending in ا, whose ت makes a
    plural noun (يتوجها: توجهات), nor a form with a subject ending already (يتحدثون). The caller passes the verbs seen at least twice after a
    particle (see first_person_forms)."""
    forms: set[str] = set()
    for verb in verbs:
        stem = verb[1:]
        if not verb.startswith("ي") or len(stem) < 3 or stem.endswith(("ا", "ون", "ان", "ين", "وا")):
            continue
        forms.update(base + ending for base in (stem, "ا" + stem) for ending in ("ت", "وا"))
        if (len(stem) >= 4 and (stem.startswith(("ن", "ست")) or stem[1] == "ت") and "ي" not in stem[:-1]
                and stem[1] != "ا") or (len(stem) == 3 and stem[0] == "ت"):
            # (a hollow stem, استطيع، استفيد, or ين before a long vowel, ينافس، يناقش: the first person, I can, I compete;
            # a تـ stem of three letters is the eighth form of a root opening with و or ت: يتفق، يتخذ -> اتفق، اتخذ)
            forms.update(("ا" + stem, "ا" + stem + "ا"))  # (and the dual: اجتمعا، اتفقا)
    return frozenset(forms)


def build_date_lexicon(month_rows: list[dict], curated_rows: list[dict],
                       verb_rows: list[dict] | None = None, cues: "CueLexicon | None" = None,
                       annual_rows: list[dict] | None = None) -> DateLexicon:
    """Lexicon from seeds/months.csv rows (CLDR/hijridate names), seeds/months_curated.csv rows
    (spelling variants and the names that are also ordinary words), seeds/imperfect_verbs.csv rows
    (the verbs a سـ may make future; without them any سـ-word of a verb's shape is read so) and the
    cue lexicon of seeds/cue_words.csv (its relatives and clause openers bound the clause a tense
    reaches; without it no clause word is read) and seeds/annual_days.csv rows (the yearly days read
    by their name; without them, or without the cue lexicon's leads, none is)."""
    from transforms.dates.grammar import (compile_glued_year, compile_grammar, compile_trigger_halves,  # they need the names
                                          compile_trigger_index, day_next_chars)
    from transforms.dates.extract import (call_for_pattern, event_named_pattern, purpose_event_pattern, counted_patterns, event_patterns, ongoing_pattern,
                                          lasting_pattern, ordinal_noun_pattern, quantity_pattern, story_pattern, story_turn_pattern, history_list_pattern,
                                          background_after_pattern,
                                          appointed_pattern,
                                          press_pattern, told_noun_pattern, the_two_pattern, time_unit_pattern, name_particle_pattern,
                                          born_pattern, hypothetical_pattern, told_days, period_lead_pattern, time_of_pattern, not_tomorrow_pattern,
                                          part_of_pattern, guard_lead_pattern, trim_pattern, starting_from_pattern, night_patterns,
                                          until_patterns, since_patterns, recurring_pattern, next_after_pattern,
                                          like_patterns, days_after_that_words, annual_day_patterns, eve_words,
                                          eve_anniversary_words)
    from transforms.dates.tense import clause_patterns, opening_imperfect_pattern, reported_pattern, tense_words
    from transforms.dates.first_chars import first_chars
    from transforms.dates.grammar import relative_words, plural_relative_words, SAME_UNSEEN, YEAR_LEAD_UNSEEN, YEAR_KIND_UNSEEN
    from transforms.cue_lexicon import class_and_unseen_alternation
    from transforms.dates.event_anchor import EVENT_OTHER_UNSEEN
    from transforms.dates.grammar import lead_words, time_units, year_words

    months: dict[str, tuple[str, int]] = {}
    weekdays: dict[str, int] = {}
    guarded: set[str] = set()
    strict: set[str] = set()
    for row in [*month_rows, *curated_rows]:
        kind, name = row["kind"].strip(), normalize_key(row["name"])
        number = int(row["number"])
        if kind == "month":
            months.setdefault(name, (row["calendar"].strip(), number))
        elif kind == "weekday":
            weekdays[name] = number
        elif kind in ("guard", "guard_strict"):
            guarded.add(name)
            if kind == "guard_strict":
                strict.add(name)
    relative_verb, own_clause = clause_patterns(cues) if cues is not None else (None, None)
    relative = relative_words(cues)
    # (the verbs seen at least twice after a particle: a form seen once is as often a noun's look-alike)
    particle_verbs = [row["verb_ar"].strip() for row in verb_rows or () if int(row.get("uses_after_particle") or 0) >= 2]
    counted, counted_of = counted_patterns(cues)
    event_noun, event_of_a_day = event_patterns(cues)
    night, night_before = night_patterns(cues)
    until, until_before, until_words = until_patterns(cues)
    since, since_before, since_words = since_patterns(cues)
    like_this, like = like_patterns(cues)
    year_lead = set(YEAR_LEAD_UNSEEN)
    if cues is not None and cues.word_alternation("date_year_lead"):
        year_lead.update(cues.lists["date_year_lead"])
    same = set(SAME_UNSEEN)
    if cues is not None and cues.word_alternation("date_same"):
        same.update(cues.lists["date_same"])
    trim = trim_pattern(cues)
    first = first_chars(trim.pattern)
    assert first is not None and not first[1], "a leading word starts with a letter"
    prepositions, period_words, day_parts, lead_tokens = lead_words(cues)
    all_year_words, singular_year_words = year_words(cues)
    # Every field but the compiled grammar and its trigger scan, which read the lexicon's words.
    words = DateLexicon(
        months, weekdays, frozenset(guarded), frozenset(strict),
        future_verbs=frozenset(row["verb_ar"].strip() for row in verb_rows or ()),
        first_person_verbs=first_person_forms(particle_verbs), perfect_verbs=perfect_forms(particle_verbs),
        relative_verb=relative_verb, own_clause=own_clause, counted=counted, counted_of=counted_of,
        reported=reported_pattern(cues), call_for=call_for_pattern(cues), event_named=event_named_pattern(cues), purpose_event=purpose_event_pattern(cues), tense_words=tense_words(cues),
        opening_imperfect=opening_imperfect_pattern(cues), quantity_before=quantity_pattern(cues),
        ongoing_after=ongoing_pattern(cues), event_noun=event_noun, event_of_a_day=event_of_a_day,
        story_goes_on=story_pattern(cues), story_turn=story_turn_pattern(cues), history_list=history_list_pattern(cues),
        background_after=background_after_pattern(cues),
        history_words=tuple(cues.lists.get("date_history_list", ())) if cues is not None else (),
        appointed=appointed_pattern(cues),
        goes_on_until=lasting_pattern(cues), ordinal_noun=ordinal_noun_pattern(cues), the_two=the_two_pattern(cues),
        weekday_habit=frozenset(cues.lists["date_weekday_habit"])
        if cues is not None and cues.word_alternation("date_weekday_habit") else frozenset(),
        weekday_epithet=class_and_unseen_words(cues, "date_weekday_epithet", WEEKDAY_EPITHET_UNSEEN),
        press_before=press_pattern(cues), told_before=told_noun_pattern(cues), time_unit_after=time_unit_pattern(cues),
        name_particle=name_particle_pattern(cues), born_before=born_pattern(cues), hypothetical_before=hypothetical_pattern(cues), told_day=told_days(cues),
        period_lead=period_lead_pattern(cues), time_of=time_of_pattern(cues), part_of=part_of_pattern(cues),
        guard_lead=guard_lead_pattern(cues), trim=trim, trim_first=first[0], night=night, night_before=night_before,
        starting_from=starting_from_pattern(cues), until=until, until_before=until_before, until_words=until_words,
        since=since, since_before=since_before, since_words=since_words, not_tomorrow=not_tomorrow_pattern(cues), recurring=recurring_pattern(cues),
        next_after=next_after_pattern(cues), relative=relative,
        plural_relative=plural_relative_words(relative), year_lead=frozenset(year_lead),
        same=frozenset(normalize_key(w) for w in same),
        year_kind=class_and_unseen_alternation(cues, "date_year_kind", YEAR_KIND_UNSEEN),
        general_nouns=frozenset(cues.lists["date_general_noun"])
        if cues is not None and cues.word_alternation("date_general_noun") else frozenset(),
        prepositions=prepositions, period_words=period_words, day_parts=day_parts, lead_tokens=lead_tokens,
        year_words=all_year_words, singular_year_words=singular_year_words, time_units=time_units(cues),
        levantine=frozenset(normalize_key(row["name"]).split()[0] for row in month_rows
                            if row["kind"].strip() == "month" and (row.get("source") or "").strip() == "cldr:ar_SY"),
        like_this=like_this, like=like, days_after_that=days_after_that_words(cues),
        eve=eve_words(cues), eve_anniversary=eve_anniversary_words(cues),
        event_other=class_and_unseen_words(cues, "date_event_other", EVENT_OTHER_UNSEEN),
        **annual_day_patterns(cues, annual_rows))
    passes: dict = {}
    pattern = compile_grammar(words, passes)
    trigger_word, trigger_number = compile_trigger_halves(words)
    return replace(words, pattern=pattern, grammar_find=passes["find"], grammar_productions=passes["productions"],
                   trigger_word=trigger_word, trigger_number=trigger_number,
                   glued_year=compile_glued_year(), trigger_index=compile_trigger_index(words),
                   day_next=day_next_chars(words))
