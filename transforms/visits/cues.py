"""Arabic cue words around a visit frame, as compiled patterns over normalised text (أإآ→ا، ى→ي، ة→ه).

Each pattern is a fact about Arabic news: which prepositions introduce a destination (إلى، نحو)
or a meeting place (في، بـ + مدينة/العاصمة), which verbs say a meeting is held somewhere (يعقد،
انعقد، تستضيف), which nouns make "في <place>" a topic rather than a venue (الأوضاع في سوريا).
"""
import re
from dataclasses import dataclass
from typing import NamedTuple

from transforms.arabic_text import normalize_key
from transforms.cue_lexicon import CueLexicon, class_alternation, class_and_unseen_alternation, class_and_unseen_words



def to_place_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A preposition of destination (class visit_to_preposition: إلى، نحو، صوب), a head noun after it (classes
    visit_destination_head and visit_destination_area: مدينة، العاصمة، المنطقة) and a word at most, or a head noun of
    visit_destination_head with لـ or بـ glued to it (للعاصمة، بقاعدة) and a word at most, at the end of the normalised
    words before a place: the place is where a trip goes. Without a row, it never matches."""
    prepositions = class_alternation(cues, "visit_to_preposition")
    heads = class_alternation(cues, "visit_destination_head")
    after_preposition = "|".join(filter(None, (heads, class_alternation(cues, "visit_destination_area"))))
    if not prepositions:
        return re.compile("(?!)")
    head_then_word = rf"(?:[وفبل]?(?:ال)?(?:{after_preposition})\s+(?:[^\s]+\s+)?)?" if after_preposition else ""
    glued = rf"|(?<!\w)[وف]?[لب](?:ل|ال)?(?:{heads})\s+(?:[^\s]+\s+){{0,1}}" if heads else ""
    return re.compile(rf"(?:(?<!\w)(?:{prepositions})\s+{head_then_word}{glued})$")


def in_place_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A preposition of place (class visit_prep_in: في، داخل), a compass word (class visit_compass: شمال، وسط) and a
    head noun (class visit_place_head: مدينة، فندق، مقر) and a word at most after it, or a head noun with بـ glued to it
    (بالعاصمة) and a word at most, at the end of the normalised words before a place: the place is where a meeting is
    held. Without a row, it never matches."""
    prepositions = class_alternation(cues, "visit_prep_in")
    heads, compass = class_alternation(cues, "visit_place_head"), class_alternation(cues, "visit_compass")
    if not prepositions:
        return re.compile("(?!)")
    compass_word = rf"(?:(?:{compass})\s+)?" if compass else ""
    head_then_word = rf"(?:[وفبل]?(?:ال)?(?:{heads})\s+(?:[^\s]+\s+)?)?" if heads else ""
    glued = rf"|(?<!\w)[وف]?ب(?:ال)?(?:{heads})\s+(?:[^\s]+\s+)?" if heads else ""
    return re.compile(rf"(?:(?<!\w)(?:{prepositions})\s+{compass_word}{head_then_word}{glued})$")


# "المغفور له" before a facility's name (مستشفى المغفور له ...): no non-gold ANT sentence writes it after a facility noun.
FACILITY_HONORIFICS_UNSEEN = ("المغفور له",)


@dataclass(frozen=True)
class ActorWords:
    """The word lists of seeds/cue_words.csv that keep a name from acting (transforms.visits.mentions.build_actors), as
    patterns over the normalised words before the name. Without a row, none matches."""

    # A facility, street or prize named after a person, an honorific between at most (مطار الملك عبد العزيز): classes
    # visit_named_facility and visit_facility_honorific.
    facility_before: re.Pattern
    # A noun whose genitive is someone else than the actor, two definite words between at most (صهر الرئيس الأمريكي،
    # اختفاء الصحفي): class visit_genitive_relation.
    relation_before: re.Pattern
    # An office noun right before such a noun, which makes it part of a title (رئيس الحكومة، قائد القوات): class
    # visit_relation_office_head.
    office_head: re.Pattern
    # A preposition or a noun between an official noun and a country that makes the country where he is or what he talks
    # about, not whose official he is (المبعوث الأممي الخميس في سلطنة عمان، بحث تطورات الأزمة في سوريا): classes
    # visit_title_place_preposition and visit_title_not_word.
    place_preposition: re.Pattern
    not_title_word: re.Pattern
    # The words between a title and the name after it that keep the title the name's: nothing or an honorific (class
    # visit_title_honorific: ولي عهد أبوظبي الشيخ محمد بن زايد), matched on the whole of them.
    honorific_gap: re.Pattern
    # An official's or a delegation's noun with its clitics (وزير، الرئيس، لنظيره، ولي العهد), a whole word: it opens an
    # actor phrase: class visit_official_noun.
    official_noun: re.Pattern
    # An envoy of an international body (مبعوث الأمم المتحدة لليمن، المبعوث الأممي إلى سوريا): the country his title names
    # is where he is sent, not his own: classes visit_envoy_head (and ENVOY_HEADS_UNSEEN) and visit_envoy_body, three
    # words between at most.
    international_envoy: re.Pattern


# The envoy's nouns of visit_envoy_head that no non-gold ANT sentence shows before a word of visit_envoy_body.
ENVOY_HEADS_UNSEEN = ("وسيط",)


def actor_words(cues: CueLexicon | None) -> ActorWords:
    never = re.compile("(?!)")
    facilities = class_alternation(cues, "visit_named_facility")
    honorifics = class_and_unseen_alternation(cues, "visit_facility_honorific", FACILITY_HONORIFICS_UNSEEN)
    relations = class_alternation(cues, "visit_genitive_relation")
    offices = class_alternation(cues, "visit_relation_office_head")
    prepositions = class_alternation(cues, "visit_title_place_preposition")
    not_title = class_alternation(cues, "visit_title_not_word")
    honorifics_gap = class_alternation(cues, "visit_title_honorific")
    officials = class_alternation(cues, "visit_official_noun")
    envoys = class_and_unseen_alternation(cues, "visit_envoy_head", ENVOY_HEADS_UNSEEN)
    bodies = class_alternation(cues, "visit_envoy_body")
    return ActorWords(
        re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{facilities})(?:\s+(?:{honorifics}))?\s*$") if facilities else never,
        re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{relations})(?:\s+(?!ال(?:تي|ذي)\b)ال\S+){{0,2}}\s*$") if relations else never,
        re.compile(rf"(?:^|\s)[وفبل]?(?:ال|لل)?(?:{offices})\s*$") if offices else never,
        re.compile(rf"(?<!\w)(?:{prepositions})(?!\w)") if prepositions else never,
        re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{not_title})(?!\w)") if not_title else never,
        re.compile(rf"^(?:{honorifics_gap})?$" if honorifics_gap else "^$"),
        re.compile(rf"(?<!\w)[وفبلك]?(?:لل|ال)?(?:{officials})(?!\w)") if officials else never,
        re.compile(rf"(?<!\w)(?:ال)?(?:{envoys})(?:\s+\S+){{0,3}}?\s+(?:ال)?(?:{bodies})(?!\w)") if bodies else never)


# الماضي، الحالي، الجاري right after an international body keep it international too: no non-gold ANT sentence writes one
# there.
INTERNATIONAL_ADJECTIVES_UNSEEN = ("الماضي", "الحالي", "الجاري")


@dataclass(frozen=True)
class SeatWords:
    """The word lists of seeds/cue_words.csv that make a seat a place (transforms.visits.mentions.build_locs), as
    patterns over normalised text. Without a row, none matches."""

    # A word right before a state's seat (class visit_seat_preposition: في الكرملين، أمام البيت الأبيض) or a glued بـ/لـ.
    preposition: re.Pattern
    # A speech noun and في right before an international body (class visit_body_speech: كلمة له في مجلس الأمن).
    speech_in: re.Pattern
    # A definite adjective in ي right after a body that makes it national, not one of class visit_international_adjective
    # (مجلس الأمن القومي; not الدولي).
    national: re.Pattern


def seat_words(cues: CueLexicon | None) -> SeatWords:
    never = re.compile("(?!)")
    prepositions = class_alternation(cues, "visit_seat_preposition")
    speeches = class_alternation(cues, "visit_body_speech")
    international = class_and_unseen_alternation(cues, "visit_international_adjective", INTERNATIONAL_ADJECTIVES_UNSEEN)
    return SeatWords(
        re.compile(rf"(?:(?<!\w)(?:{prepositions})\s*|(?<!\w)[وف]?[بل])$") if prepositions else never,
        re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{speeches})(?:\s+(?:له|لها))?\s+في\s*$") if speeches else never,
        re.compile(rf"^\s*(?!(?:{international})(?!\w))ال\w+(?:ي|يه)(?!\w)"))


@dataclass(frozen=True)
class PlaceWords:
    """The word lists of seeds/cue_words.csv that tell where a meeting is held, as patterns over
    normalised text."""

    # A verb of holding right before a meeting's place (مؤتمر يعقد بالأردن، انتهى مساء الخميس بروما):
    # class held, with و/ف, ال on a participle (المنعقدة), an object pronoun (تحتضنه).
    held: re.Pattern
    # An event a relative "شاركت فيه" can point back to (وترأست المؤتمر ... وشاركت فيه): the nouns of
    # classes event_noun and meeting with their generated forms, after و/ف/ب/ل and ال or لل.
    event: re.Pattern


def place_words(cues: CueLexicon) -> PlaceWords:
    events = "|".join(re.escape(w) for w in cues.noun_forms("event_noun", "meeting"))
    return PlaceWords(re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:{cues.word_alternation('held')})(?:ه|ها)?(?!\w)"),
                      re.compile(rf"(?<!\w)[وفبل]?(?:ال|لل)?(?:{events})(?!\w)"))
# Nouns of a meeting's subject before "في <place>": the place is what was discussed, not where. Class visit_topic_noun
# (صراع، نزاع، أمن، اقتصاد، الضربات، التهدئة، حقوق، التعاون) and these, which no row has yet (topic_before_pattern):
# each left out in turn over the first 100 non-gold ANT articles that write it before في (fewer where fewer do), none
# changes a visit row.
TOPIC_NOUNS_UNSEEN = ("أوضاع", "وضع", "أزمة", "حرب", "تطورات", "سلام", "استقرار", "تسوية", "عمليات",
                      "انتخابات", "إعمار", "مصالحة", "ملف", "قضية", "تدخل", "وجود", "هجوم", "معارك", "استثمار",
                      "استثمارات", "النار", "القتال", "العنف", "الغارات", "القصف", "الهدنة", "التصعيد",
                      "الهجمات", "إصلاحات", "الإصلاحات", "إصلاح", "الإصلاح", "الحريات", "الاستثمار",
                      "العلاقات", "الاحتجاجات", "المظاهرات", "الانتهاكات", "الأوضاع")


def topic_before_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A noun of a meeting's subject (class visit_topic_noun and TOPIC_NOUNS_UNSEEN), up to three definite words and
    في at the end of the normalised words before a place (الأوضاع في سوريا)."""
    nouns = class_and_unseen_alternation(cues, "visit_topic_noun", TOPIC_NOUNS_UNSEEN)
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{nouns})(?:\s+(?:و)?ال\S+){{0,3}}\s+في\s+$")
# Words that put someone at a meeting named before (خلال القمة، على هامش المؤتمر، أمام القمة): class visit_at_event and
# these, which no row has yet (at_event_pattern).
AT_EVENT_UNSEEN = ("خلال", "أثناء", "إثر", "أمام", "ختام", "مستهل", "افتتاح", "بداية", "نهاية", "اختتام", "قبيل")


def at_event_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word that puts someone at a meeting (class visit_at_event and AT_EVENT_UNSEEN), a word after it at most, at
    the end of the normalised words before the meeting word."""
    words = class_and_unseen_alternation(cues, "visit_at_event", AT_EVENT_UNSEEN)
    return re.compile(rf"(?<!\w)(?:{words})\s*(?:[^\s]+\s*)?$")
# "في تورونتو، حيث من المقرر أن يعقد اجتماع": the words of a plan that may stand between حيث and what is held where it
# points, class visit_where_plan and these, which no row has yet (where_pattern).
WHERE_PLAN_UNSEEN = ("المنتظر", "المتوقع", "يتوقع", "ينتظر")


def where_pattern(cues: CueLexicon | None) -> re.Pattern:
    """The normalised words between a place and a meeting word after it that point back to the place: حيث and two
    words at most, or حيث, a word of a plan (class visit_where_plan), أن and a word."""
    plan = class_and_unseen_alternation(cues, "visit_where_plan", WHERE_PLAN_UNSEEN)
    return re.compile(r"^\s*[،,]?\s*حيث(?:\s+[^\s]+){0,2}\s*$"
                      rf"|^\s*[،,]?\s*حيث\s+(?:من\s+)?(?:{plan})\s+(?:ان\s+)?(?:\S+\s*)?$")
# A gathering of unnamed leaders (قمة للتكتل، اجتماع لوزراء الخارجية العرب، يجتمع ممثلو 50 دولة): a plural of offices or
# of states, class visit_gathering_head, and a summit of a bloc, قمة and a word of class visit_summit_of (القمة العربية،
# قمة الاتحاد الأفريقي); the words no row has yet are in GATHERING_HEADS_UNSEEN and SUMMIT_OF_UNSEEN (gathering_pattern).
GATHERING_HEADS_UNSEEN = ("قادة", "زعماء", "أعضاء", "ممثلي", "ممثلو")
SUMMIT_OF_UNSEEN = ("خليجية", "إسلامية", "رابطة", "منظمة", "دول")


def gathering_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A plural of offices or states (class visit_gathering_head), with و/ف and ال، بال، لل, or قمة and a bloc's word
    (class visit_summit_of) after it, in normalised text."""
    heads = class_and_unseen_alternation(cues, "visit_gathering_head", GATHERING_HEADS_UNSEEN)
    blocs = class_and_unseen_alternation(cues, "visit_summit_of", SUMMIT_OF_UNSEEN)
    return re.compile(rf"(?<!\w)[وف]?(?:لل|[بل]?(?:ال)?)(?:{heads})(?!\w)"
                      rf"|(?<!\w)[وفبل]?(?:ال|لل)?قمه\s+(?:ال|لل|ل)?(?:{blocs})(?!\w)")
# Words that introduce a list of taking-part countries (شاركت فيه 41 دولة من بينها ...): class visit_country_list and
# these, which no row has yet (country_list_pattern).
# (دولة's only example was the «وزير دولة» of a minister of state, which visit_country_list_office now keeps from opening a
# list: no real sentence shows it deciding a row yet.)
COUNTRY_LIST_UNSEEN = ("دولة", "بلدا", "بلدان", "بينها", "منها")
# The head of an office's title right before such a word, which makes the word part of the title, not a list (وزير دولة
# رئيس المجلس الوطني للإعلام: a minister of state): class visit_country_list_office and these, which no row has yet.
COUNTRY_LIST_OFFICE_UNSEEN = ("وزيرة",)


def country_list_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word that introduces a list of countries (class visit_country_list and COUNTRY_LIST_UNSEEN), with و/ف and ال,
    بال, لل."""
    words = class_and_unseen_alternation(cues, "visit_country_list", COUNTRY_LIST_UNSEEN)
    # (a word of the office's title right before is no list: «وزير دولة» is a minister of state)
    offices = class_and_unseen_words(cues, "visit_country_list_office", COUNTRY_LIST_OFFICE_UNSEEN)
    not_office = "".join(rf"(?<!{re.escape(office)} )" for office in sorted(offices))
    return re.compile(rf"(?<!\w){not_office}[وف]?(?:لل|[بل]?(?:ال)?)(?:{words})(?!\w)")
# Words of a title that make its holder an official of an international body, who has no country of his own and
# visits wherever he goes (الأمين العام، المبعوث الأممي، حلف الناتو), anywhere in the normalised title: class
# visit_international and these, which no row has yet (international_pattern).
INTERNATIONAL_UNSEEN = ("الأممي", "مبعوث", "المبعوث", "حلف", "الناتو", "الأطلسي", "البنك الدولي", "الوكالة الدولية",
                        "الجامعة العربية", "الاتحاد الأفريقي", "منظمة التعاون", "منظمة الصحة العالمية", "مجلس التعاون",
                        "منظمة حظر الأسلحة", "الوكالة الدولية للطاقة", "منظمة التجارة العالمية", "المفوضية السامي",
                        "اليونيسف", "اليونسكو", "برنامج الأغذية العالمي", "البنك الأوروبي", "المفوضية الأوروبية")


def international_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A title's words of an international body (class visit_international and INTERNATIONAL_UNSEEN), anywhere in it."""
    words = class_and_unseen_alternation(cues, "visit_international", INTERNATIONAL_UNSEEN)
    return re.compile(words or "(?!)")  # (no word: a title never is)


def reported_pattern(cues: CueLexicon | None) -> re.Pattern:
    """Over the raw text, hamza kept: a complementiser that opens a reported clause (class visit_reported_opener: إن،
    أنه), or a verb of saying (class visit_reporting_verb, with و/ف) and a complementiser (class visit_reported_that)
    four words after it at most: what follows is reported, its speaker no participant. Without a row, it never matches."""
    if cues is None:
        return re.compile("(?!)")
    openers, verbs = cues.written_alternation("visit_reported_opener"), cues.written_alternation("visit_reporting_verb")
    that = cues.written_alternation("visit_reported_that")
    pieces = ([rf"(?<!\w)(?:{openers})(?!\w)"] if openers else []) + (
        [rf"(?<!\w)[وف]?(?:{verbs})(?:\s+\S+){{0,4}}?\s+(?:{that})(?!\w)"] if verbs and that else [])
    return re.compile("|".join(pieces) or "(?!)")


# The words of a plan of classes visit_planned_before and visit_planned_after that no non-gold ANT sentence has near a
# visit word (six words before it, four after it), so that no row can carry a real example of them, stay here.
PLANNED_BEFORE_UNSEEN = ("مرتقب", "يعتزمون", "يزمع", "تزمع", "المزمعة")
PLANNED_AFTER_UNSEEN = ("المرتقبين",)


def planned_before_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word of a plan or of the future (class visit_planned_before: سوف، المقرر، يعتزم، على أن) with و/ف, as a whole
    word, over normalised text: before a visit word, the visit is planned (transforms.visits.status)."""
    words = class_and_unseen_alternation(cues, "visit_planned_before", PLANNED_BEFORE_UNSEEN)
    return re.compile(rf"(?<!\w)[وف]?(?:{words})(?!\w)")


def planned_after_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word of a plan or of a time to come (class visit_planned_after: المقبل، المرتقبة، غدا), as a whole word, over
    normalised text: after a visit word, the visit is planned (transforms.visits.status)."""
    words = class_and_unseen_alternation(cues, "visit_planned_after", PLANNED_AFTER_UNSEEN)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def ambassador_pattern(cues: CueLexicon | None) -> re.Pattern:
    """An ambassador's or a chargé's title (class visit_ambassador: سفير، القائم بأعمال) as a whole word, with و/ف, ب/ل and
    ال glued on or not, over normalised text. Without a row, it never matches."""
    if cues is None or not cues.lists.get("visit_ambassador"):
        return re.compile("(?!)")
    return cues.word_pattern("visit_ambassador", noun_clitics=True)


def reported_that_pattern(cues: CueLexicon | None, classes: tuple[str, ...] = ("visit_reported_that",)) -> re.Pattern:
    """Over the raw text, hamza kept: a complementiser of `classes` (visit_reported_that: أن، بأن، أنه، أنها; with
    visit_reported_opener: إن، إنه، إنها، بأنه) as a whole word, which opens another clause. Without a row, it never
    matches."""
    that = "|".join(filter(None, map(cues.written_alternation, classes))) if cues is not None else ""
    return re.compile(rf"(?<!\w)(?:{that})(?!\w)" if that else "(?!)")


def presence_gap_pattern(cues: CueLexicon | None) -> re.Pattern:
    """Over the raw text, from the end of a named official's name to the word after في (frames/presence.py): a comma,
    الموجود/المتواجد, or whom he speaks to (class visit_told_press: للصحفيين، للصحافيين) at most between. Without a
    row of the class, only the first two."""
    press = cues.written_alternation("visit_told_press") if cues is not None else ""
    told = rf"(?:(?:{press})\s+)?" if press else ""
    return re.compile(rf"\s*[،,]?\s*(?:ال(?:موجود|موجودة|متواجد|متواجدة)\s+)?{told}في\s+")


# "توجه إلى X بالشكر / برسالة"، "خطاب توجه فيه إلى الكويت": turning to someone with words, no travel. Class
# visit_addressing_object and these, which no row has yet (addressing_pattern): each left out in turn over the non-gold ANT
# articles that write it within twelve words after توجه (150 at most; به 114, فيه 24, بها 20, none for ten of them), none
# changes a visit row.
ADDRESSING_UNSEEN = ("فيه", "فيها", "به", "بها", "بالشكر", "بالتحية", "بالتهنئة", "بالتعازي", "بالدعوة", "بالسؤال", "بالنداء",
                     "بالحديث", "بكلمة", "بخطاب", "برسالة", "برسائل", "بسؤال", "بنداء", "بطلب", "بمناشدة", "بالشكوى", "بشكوى",
                     "بانتقادات", "بالانتقاد", "بالاعتذار", "باعتذار")


def addressing_pattern(cues: CueLexicon | None) -> re.Pattern:
    """What توجه turns to when it is words (class visit_addressing_object and ADDRESSING_UNSEEN), six words after it
    at most, with و/ف."""
    words = class_and_unseen_alternation(cues, "visit_addressing_object", ADDRESSING_UNSEEN)
    return re.compile(rf"^(?:\S+\s+){{0,6}}?[وف]?(?:{words})(?!\w)")


# Words before a place that make it a subject, not a venue (مبعوث واشنطن الخاص بسوريا، المكلف بملف ليبيا): class
# visit_topic_of and these, which no row has yet (each left out in turn over the first 200 non-gold ANT articles that hold
# it, fewer where fewer do: none changes a visit row); the noun علاقة with its clitics and endings stays in the pattern.
TOPIC_OF_UNSEEN = ("الخاص", "الخاصة", "المكلف", "المكلفة", "المعني", "المعنية", "لشؤون", "بشؤون", "بشأن", "حول", "بملف",
                   "ملف")


def topic_of_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A word of subject matter (class visit_topic_of and TOPIC_OF_UNSEEN, or علاقة) at the end of the normalised words
    before a place (المبعوث الخاص بسوريا)."""
    words = class_and_unseen_alternation(cues, "visit_topic_of", TOPIC_OF_UNSEEN)
    return re.compile(rf"(?<!\w)(?:{words}|[وبل]?(?:ال)?علاق(?:ه|ات|اته|اتها|اتهم|ته|تها|تهم))\s*$")
# "وصل إلى الدور النهائي / إلى اتفاق / إلى السلطة": reaching a stage, a deal or power, not a place. Class
# visit_reached_stage and these, which no row has yet, or a number (reached_pattern): each left out in turn over the
# non-gold ANT articles that write it within five words after وصل (150 at most; حد، اتفاق، حل، ألف 150, مليون 71 …), none
# changes a visit row.
REACHED_UNSEEN = ("دور", "مرحلة", "نهائي", "نهائيات", "مركز", "مستوى", "مستويات", "نسبة", "حد", "ذروة", "طريق", "اتفاق",
                  "تفاهم", "تسوية", "سلطة", "حكم", "رئاسة", "نتيجة", "نتائج", "حل", "قناعة", "مرتبة", "صدارة", "رقم", "أعلى",
                  "أدنى", "مليار", "مليون", "ألف")


def reached_pattern(cues: CueLexicon | None) -> re.Pattern:
    """A stage, deal or power reached (class visit_reached_stage and REACHED_UNSEEN) or a number right after إلى or
    لـ, at the start of the normalised words after وصل."""
    words = class_and_unseen_alternation(cues, "visit_reached_stage", REACHED_UNSEEN)
    return re.compile(rf"^\s*(?:الي|لل|ل)\s*(?:ال)?(?:{words}|\d)")


# "و" glued to a verb of travel, arrival or meeting (seeds/cue_words.csv) starts a clause of its own
# (ألغى ... وزار).
_AND_VERB_CLASSES = ("travel", "arrival", "meeting")


# The phase or part of an event a word of sequence may name before it (بعد انتهاء القمة، عقب مشاركته في): class
# visit_event_phase and these, which no row has yet: each left out in turn over the non-gold ANT articles that hold it
# (انتهاء 259, ختام 103, اختتام 19, انتهت 168, انتهى 86, حضور 149, مشاركته 79, مشاركتها 46), none changes a row.
EVENT_PHASES_UNSEEN = ("انتهاء", "ختام", "اختتام", "انتهت", "انتهى", "حضور", "مشاركته", "مشاركتها")
# The head noun of a place between a verb of travel's subject and its object (زار وفد أميركي رفيع المستوى، الخميس،
# مدينة منبج): class visit_object_place_noun and these, left out in turn likewise (مدينة 2,100 articles, العاصمة 1,247,
# بلدة 381 …), none changes a row.
OBJECT_PLACE_UNSEEN = ("مدينة", "بلدة", "العاصمة", "عاصمة", "جزيرة", "منطقة", "قرية", "ولاية", "إقليم")


class ThatClauses(NamedTuple):
    """Over normalised text, from the complementisers of class complementiser (ان، بان، لان) as an alternation."""

    # A complementiser and its pronoun (أنه، بأنها) right before a verb, a future or قد between at most.
    that_he: re.Pattern
    # A bare one opens a clause with a subject of its own; after بعد/قبل/منذ it is a conjunction of time whose subject
    # is the sentence's (ماكرون، بعد أن زار ...).
    opens_clause: re.Pattern
    # "إنه/أنها + verb (+ title) + name": the name is the verb's object, the subject is the pronoun.
    pronoun_subject_verb: re.Pattern


def that_clauses(complementisers: str) -> ThatClauses:
    """The clauses `complementisers` (an alternation) open, compiled once per lexicon (clause_words)."""
    return ThatClauses(re.compile(rf"(?<!\w)(?:{complementisers})(?:ه|ها)(?:\s+(?:قد|سوف))?\s*$"),
                       re.compile(rf"(?<!بعد )(?<!قبل )(?<!منذ )(?<!حتي )(?<!\w)(?:{complementisers})(?!\w)"),
                       re.compile(rf"(?<!\w)(?:{complementisers})(?:ه|ها)\s+(?!ال)\S+(?:\s+ال\S+){{0,3}}\s*$"))


@dataclass(frozen=True)
class ClauseWords:
    """The word lists of seeds/cue_words.csv the frames read (most bound a clause), as patterns over
    normalised text."""

    opener: re.Pattern  # after a comma it opens a clause (بعد، حيث، الذي), with و/ف
    own_opener: re.Pattern  # opens the clause of the words after it (عندما، حين، لدى)
    breaks: re.Pattern  # ends a verb's reach over the words after it (ثم، خلال، في، مع)
    # All that may stand between a subject and its verb of travel: a relative, an auxiliary (ماكرون
    # الذي يزور، بومبيو، الذي وصل، كوشنير وغرينبلات اللذان توجها، وكان ... قد).
    subject_then_verb: re.Pattern
    # A relative right after a name, an auxiliary after it at most (ترامب، الذي سيجتمع).
    relative_after_name: re.Pattern
    # A second event set apart from a first (لقاء بومبيو في كوريا الشمالية قبل قمة ...: not the same one).
    other_event: re.Pattern
    # Adverbs of time that may stand between a verb of travel and its place (يزور حالياً إسرائيل).
    time_adverbs: re.Pattern
    # A word of sequence that puts a meeting word inside the clause of a trip (بعد انتهاء القمة، عقب
    # الاجتماع), at the end of the words read.
    after_event: re.Pattern
    # What may stand between a verb of travel's subject and its object (normalised, times taken out):
    # رفيع المستوى، a time adverb, a head noun (زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج).
    object_filler: re.Pattern
    # A team or mission of experts or inspectors, unnamed and of no country (فريق، بعثة، خبراء، مفتشون).
    team: re.Pattern
    # A word of someone's side right before a name, a title between at most (مسؤول كوري شمالي مقرب من الزعيم
    # كيم جونغ أون؛ أحد منتقدي ولي العهد): the name is whose side, not who travels or meets. At the end of
    # the normalised words before the name.
    relation: re.Pattern
    # Who travels with the one named before: a verb of accompanying with its pronoun (يرافقه، رافقته) or
    # its noun after ب (برفقة، بمرافقة), after و at most (class companion).
    companion: re.Pattern
    # The written forms of the verbs of accompanying (رافق، رافقت، يرافق; class companion), an alternation.
    companion_verbs: str
    # A diplomatic mission's nouns (سفارة، قنصلية and their plurals; class mission), an alternation.
    missions: str
    # The words of visiting that reach a diplomatic mission (زار، زيارته، دخل، وصول; class mission_visit), an
    # alternation of written forms.
    mission_visits: str
    # What arrives that is no traveller (وصول المساعدات، وصول القوات، وصول اللاجئين; class arriving_thing),
    # at the start of the words after the noun وصول.
    things_arriving: re.Pattern
    # A particle of possibility (قد; class possibility), with و/ف: a present verb of visiting right after it
    # is a visit that may come (status.py).
    possible: re.Pattern
    # A relative pronoun (الذي، التي، الذين; class relative), a whole word.
    relative: re.Pattern | None = None
    # A complementiser (أن، إن، بأن; class complementiser, with its pronoun: أنها، إنه) and a verb in the
    # future: the prefix سـ on an imperfect (ستعيد، سيزور) or سوف and a verb, at most three words of its
    # subject between (أن الرئيس الأميركي سيزور). What is told after it is still to come when it is said
    # (frames/dating.py, finish.py). The سـ-words that are no verb are the date stage's (classes
    # date_not_future_stem, date_not_future_word).
    future_complement: re.Pattern | None = None
    # The words that describe a visit between its noun and the place it is to, each with the spaces after it
    # (frames/go.py: زيارة رفيعة المستوى لمدة ثلاثة أيام لبيونغ يانغ): an adjective of a visit (class visit_adjective:
    # رسمية، خاطفة، تاريخية، رفيعة المستوى, with ال or without) or a word of its length, the word after it and
    # a unit of time at most (class visit_length: لمدة، تستغرق; class visit_length_unit: أيام، ساعات).
    light: re.Pattern | None = None
    # The words right before a host that the visit model reads as a preposition of place (class visit_prep_in: في،
    # داخل; feature prep_in) and of coming from (class visit_prep_from: من; and PREP_FROM_UNSEEN: قادما; prep_from).
    prep_in: frozenset = frozenset()
    prep_from: frozenset = frozenset()
    # A noun of a meeting's subject and the words before في right before a place (class visit_topic_noun: الأوضاع في
    # سوريا), and a word of subject matter right before it (class visit_topic_of: الخاص بسوريا): the place is what is
    # talked about (topic_before_pattern, topic_of_pattern).
    topic_before: re.Pattern = topic_before_pattern(None)
    topic_of: re.Pattern = topic_of_pattern(None)
    # What توجه turns to when it is words (class visit_addressing_object: توجه إلى X بالشكر) and what وصل reaches when it
    # is no place (class visit_reached_stage: وصل إلى الدور النهائي).
    addressing: re.Pattern = addressing_pattern(None)
    reached: re.Pattern = reached_pattern(None)
    # A word that introduces a list of countries taking part (class visit_country_list: شاركت فيه 41 دولة من بينها ...).
    country_list: re.Pattern = country_list_pattern(None)
    # A day apart from the event named after it, at the opening of the words read: a sequence word, a count at
    # most, a unit of days and من (بعد يومين من، قبل أسبوع من; class visit_apart_unit), or a sequence word that is
    # a day apart itself (غداة، عشية; class visit_apart_sequence). A date right before it is no day of that event.
    day_apart: re.Pattern | None = None
    # A word that puts someone at a meeting named before (class visit_at_event: خلال القمة، على هامش المؤتمر).
    at_event: re.Pattern = at_event_pattern(None)
    # A gathering of unnamed leaders (classes visit_gathering_head and visit_summit_of: قمة للتكتل، القمة العربية).
    gathering: re.Pattern = gathering_pattern(None)
    # The words between a place and a meeting word after it that point back to the place (حيث، حيث من المقرر أن).
    where: re.Pattern = where_pattern(None)
    # A title's words of an international body (class visit_international: الأمين العام، المبعوث الأممي).
    international: re.Pattern = international_pattern(None)
    # A preposition of destination and a head noun before a place (إلى مدينة، للعاصمة): the place is where a trip goes
    # (classes visit_to_preposition, visit_destination_head, visit_destination_area).
    to_place: re.Pattern = to_place_pattern(None)
    # A preposition of place, a compass word and a head noun before a place (في شمال مدينة، بالعاصمة): the place is where a
    # meeting is held (classes visit_prep_in, visit_compass, visit_place_head).
    in_place: re.Pattern = in_place_pattern(None)
    # A complementiser, or a verb of saying and one, over the raw text: what follows is reported (reported_pattern).
    reported: re.Pattern = reported_pattern(None)
    # A complementiser alone over the raw text (class visit_reported_that: أن، بأن): a meeting's participants and parties
    # end before it (frames/meeting.py).
    reported_that: re.Pattern = reported_that_pattern(None)
    # A complementiser of either class over the raw text (visit_reported_that and visit_reported_opener: أن، إن، بأنه): a
    # trip's destination is not looked for past it (frames/go.py).
    opens_clause: re.Pattern = reported_that_pattern(None)
    # The clauses the complementisers of class complementiser (ان، بان، لان) open, over normalised text (never matching
    # without a row): frames/visitors.py reads in them the clause a bare one opens and the pronoun of one.
    that_clauses: ThatClauses = that_clauses("(?!)")
    # What may stand between a named official and في right before a city he is in (frames/presence.py: الموجود،
    # للصحفيين).
    presence_gap: re.Pattern = presence_gap_pattern(None)
    # The head nouns of a place's name (class visit_place_head: مدينة، العاصمة), normalised, without ال.
    place_heads: frozenset = frozenset()
    # An ambassador's or a chargé's title (class visit_ambassador): he is at post, no visitor (filters.py, extract.py).
    ambassador: re.Pattern = ambassador_pattern(None)
    # The words of a plan before and after a visit word (classes visit_planned_before, visit_planned_after): the visit is
    # planned (status.py).
    planned_before: re.Pattern = planned_before_pattern(None)
    planned_after: re.Pattern = planned_after_pattern(None)
    # The words before a name that keep it from acting (a facility named after it, a relation noun: ActorWords).
    actor_words: ActorWords = actor_words(None)
    # The words that make a seat of government or of an international body a place (SeatWords).
    seat_words: SeatWords = seat_words(None)
    # A verb of receiving, its forms generated, with و/ف (class visit_receive_verb: استقبل، يستقبلون): the subject of its
    # last form before a possessed noun of receiving (غداة استقباله) is the sentence's host (frames/receive.py).
    receive_verb: re.Pattern = re.compile("(?!)")
    # The nouns of a visit or a tour whose place may follow في (class visit_noun_in_place: زيارة له في لندن, frames/go.py),
    # their forms generated and normalised.
    visit_in_nouns: frozenset = frozenset()
    # A verb of hosting right before a place, its object pronoun and a head noun between at most (class visit_hosting_verb:
    # استضافتها مدينة الظهران), at the end of the normalised words before the place (frames/meeting_place.py).
    hosting_right_before: re.Pattern = re.compile("(?!)")
    # A noun of a meeting with its clitics (class visit_other_meeting: القمة، لاجتماع): between a meeting word and a list of
    # countries, the list is that other meeting's (frames/meeting_parties.py).
    other_meeting: re.Pattern = re.compile("(?!)")
    # A word of what is talked about or of a statement, with و/ف (class visit_subject_matter: حول، بشأن، تناولت، لبحث،
    # أكد، قال): between a meeting word and a place, the place is what is talked about (frames/meeting_place.py).
    subject_matter: re.Pattern = re.compile("(?!)")
    # The openings of a meeting noun a city right after it names, with ب/ل (class visit_event_named_by_city: قمة، بقمة،
    # لمحادثات): قمة هلسنكي is held in Helsinki (frames/meeting_place.py).
    event_named_by_city: tuple = ()
    # A word of a sport, a club or a team with its clitics (class visit_sport_in_title: لكرة، نادي، المنتخب، الفيفا): in a
    # title it makes its holder's trips sporting ones (triggers.VisitLexicon.is_private_title).
    sport_in_title: re.Pattern = re.compile("(?!)")
    # Between a visit noun of class visit_noun_in_place and the place it is in: its owner's لـ (class visit_in_owner, named
    # group `owner`), an adjective (class visit_in_adjective), then في or ب (له في لندن، الرسمية في; frames/go.py).
    visit_in_gap: re.Pattern = re.compile("(?!)")
    # A plural office at a title's start (class visit_party_office: وزراء، قادة، ممثلي), with و/ف, ب/ل and ال or لل: its
    # country and those joined to it are a meeting's parties (frames/meeting_parties.py).
    party_office: re.Pattern = re.compile("(?!)")


def ends_in_topic(clauses: ClauseWords | None, left: str) -> bool:
    """Whether the normalised words before a place make it what is talked about, not where: a noun of a meeting's
    subject and في (الأوضاع في سوريا) or a word of subject matter (المبعوث الخاص بسوريا). Without the cue lexicon's
    clause words, the classes' unseen words alone (ClauseWords' defaults)."""
    clauses = clauses or ClauseWords
    return bool(clauses.topic_before.search(left + " ") or clauses.topic_of.search(left))


# The words of those classes whose leaving out changes no row of an ANT article in no gold file (over the 11,719 articles,
# each left out in turn), so that no row can carry a real example of them, stay here.
VISIT_ADJECTIVE_UNSEEN = ("رفيع المستوى", "رفيعة المستوى", "رسمي", "خاطفة", "تاريخية")
VISIT_LENGTH_UNSEEN = ("لمدة", "استغرقت")
VISIT_LENGTH_UNIT_UNSEEN = ("أيام", "يوما", "يومين", "أسابيع", "ساعات")
# (Left out in turn over the non-gold ANT articles that hold one, قادما 40, قادمة 62, قادمين 19, none changes a row.)
PREP_FROM_UNSEEN = ("قادما", "قادمة", "قادمين")


def _light(cues: CueLexicon) -> re.Pattern | None:
    def alternation(cls: str, unseen: tuple[str, ...]) -> str:
        # (longest first; a row of two words, رفيع المستوى, takes any run of spaces between them)
        words = set(cues.lists.get(cls, ())) | {normalize_key(w) for w in unseen}
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))

    adjectives = alternation("visit_adjective", VISIT_ADJECTIVE_UNSEEN)
    length = alternation("visit_length", VISIT_LENGTH_UNSEEN)
    units = alternation("visit_length_unit", VISIT_LENGTH_UNIT_UNSEEN)
    pieces = ([rf"(?:ال)?(?:{adjectives})"] if adjectives else []) + (
        [rf"(?:{length})\s+\S+" + (rf"(?:\s+(?:{units}))?" if units else "")] if length else [])
    return re.compile(rf"(?:{'|'.join(pieces)})\s+") if pieces else None


def _day_apart(cues: CueLexicon) -> re.Pattern | None:
    """ClauseWords.day_apart: a sequence word, a count at most, a unit of days and من; or a sequence word that is a
    day apart itself; at the opening of the words read (a comma before at most)."""
    pieces = []
    if cues.lists.get("visit_apart_unit"):
        pieces.append(rf"[وف]?(?:{cues.word_alternation('sequence')})\s+(?:\S+\s+)?"
                      rf"(?:{cues.word_alternation('visit_apart_unit')})(?:\s+\S+)?\s+من")
    if cues.lists.get("visit_apart_sequence"):
        pieces.append(rf"[وف]?(?:{cues.word_alternation('visit_apart_sequence')})")
    return re.compile(rf"^[\s،,]*(?:{'|'.join(pieces)})(?!\w)") if pieces else None


def _sport_in_title(cues: CueLexicon) -> re.Pattern:
    sports = class_alternation(cues, "visit_sport_in_title")
    return re.compile(rf"(?<!\w)[وفبل]?(?:ال|لل)?(?:{sports})(?!\w)") if sports else re.compile("(?!)")


# The words of classes visit_in_owner and visit_in_adjective no non-gold ANT sentence shows between a visit noun and في.
VISIT_IN_OWNERS_UNSEEN = ("لهم", "لهما")
VISIT_IN_ADJECTIVES_UNSEEN = ("أولى",)


def _visit_in_gap(cues: CueLexicon) -> re.Pattern:
    owners = class_and_unseen_alternation(cues, "visit_in_owner", VISIT_IN_OWNERS_UNSEEN)
    adjectives = class_and_unseen_alternation(cues, "visit_in_adjective", VISIT_IN_ADJECTIVES_UNSEEN)
    return re.compile(rf"(?:(?P<owner>{owners})\s+)?(?:(?:ال)?(?:{adjectives})\s+)?(?:في|ب)")


def clause_words(cues: CueLexicon) -> ClauseWords:
    relative = cues.word_alternation("relative")
    and_verb = rf"(?<!\w)و(?:{'|'.join(cues.verb_forms(*_AND_VERB_CLASSES))})(?!\w)"
    return ClauseWords(cues.word_pattern("clause_opener", conjunctions=True), cues.word_pattern("own_clause_opener"),
                       re.compile(cues.word_pattern("clause_break").pattern + "|" + and_verb),
                       re.compile(rf"[،,\-–]?\s*(?:(?:{relative}|وكان|كان|قد|وقد)\s*)*"),
                       re.compile(rf"[،,\-–]?\s*(?:{relative})\s*(?:كان|كانت|قد)?\s*"),
                       cues.word_pattern("sequence"), cues.word_pattern("time_adverb", conjunctions=True),
                       re.compile(rf"(?<!\w)(?:{cues.word_alternation('sequence')})"
                                  rf"(?:\s+(?:{class_and_unseen_alternation(cues, 'visit_event_phase', EVENT_PHASES_UNSEEN)}))?\s*\S*$"),
                       re.compile(rf"(?:(?:رفيع|رفيعه|الرفيع|الرفيعه)\s+(?:المستوي)\s+|(?:{cues.word_alternation('time_adverb')})\s+)*"
                                  rf"(?:(?:{class_and_unseen_alternation(cues, 'visit_object_place_noun', OBJECT_PLACE_UNSEEN)})\s+)?"),
                       cues.word_pattern("team", noun_clitics=True),
                       re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{cues.word_alternation('relation')})(?:\s+من)?(?:\s+ال\S+){{0,2}}\s*$"),
                       _companion(cues), "|".join(cues.verb_forms("companion")), cues.word_alternation("mission"),
                       cues.word_alternation("mission_visit"),
                       re.compile(rf"^(?:ال)?(?:{cues.word_alternation('arriving_thing')})(?!\w)"),
                       cues.word_pattern("possibility", conjunctions=True),
                       re.compile(rf"(?<!\w)(?:{relative})(?!\w)"),
                       _future_complement(cues), _light(cues),
                       frozenset(cues.lists.get("visit_prep_in", ())),
                       class_and_unseen_words(cues, "visit_prep_from", PREP_FROM_UNSEEN),
                       topic_before_pattern(cues), topic_of_pattern(cues), addressing_pattern(cues), reached_pattern(cues),
                       country_list=country_list_pattern(cues), at_event=at_event_pattern(cues),
                       gathering=gathering_pattern(cues), where=where_pattern(cues),
                       international=international_pattern(cues), to_place=to_place_pattern(cues),
                       in_place=in_place_pattern(cues), actor_words=actor_words(cues), day_apart=_day_apart(cues),
                       reported=reported_pattern(cues), reported_that=reported_that_pattern(cues),
                       opens_clause=reported_that_pattern(cues, ("visit_reported_that", "visit_reported_opener")),
                       that_clauses=that_clauses(_complementisers(cues) or "(?!)"),
                       presence_gap=presence_gap_pattern(cues),
                       place_heads=frozenset(cues.lists.get("visit_place_head", ())),
                       ambassador=ambassador_pattern(cues), planned_before=planned_before_pattern(cues),
                       planned_after=planned_after_pattern(cues), seat_words=seat_words(cues),
                       receive_verb=cues.word_pattern("visit_receive_verb", conjunctions=True),
                       visit_in_nouns=frozenset(cues.lists.get("visit_noun_in_place", ())),
                       hosting_right_before=_hosting_right_before(cues),
                       other_meeting=_other_meeting(cues), party_office=_party_office(cues),
                       subject_matter=cues.word_pattern("visit_subject_matter", conjunctions=True),
                       event_named_by_city=tuple(cues.lists.get("visit_event_named_by_city", ())),
                       sport_in_title=_sport_in_title(cues),
                       visit_in_gap=_visit_in_gap(cues))


def _other_meeting(cues: CueLexicon) -> re.Pattern:
    """A noun of a meeting (class visit_other_meeting) as a whole word, after و/ف, ب/ل and ال or لل; never without a row."""
    return _with_noun_clitics(cues, "visit_other_meeting", r"(?<!\w)")


def _party_office(cues: CueLexicon) -> re.Pattern:
    """A plural office (class visit_party_office) at the start of a normalised title, after و/ف, ب/ل and ال or لل;
    never without a row."""
    return _with_noun_clitics(cues, "visit_party_office", "^")


def _with_noun_clitics(cues: CueLexicon, cls: str, opening: str) -> re.Pattern:
    """A word of class `cls` after `opening`, و/ف, ب/ل and ال or لل glued on or not, as a whole word; a pattern that
    never matches without a row."""
    words = cues.word_alternation(cls)
    return re.compile(rf"{opening}[وفبل]?(?:ال|لل)?(?:{words})(?!\w)") if words else re.compile("(?!)")


def _hosting_right_before(cues: CueLexicon) -> re.Pattern:
    """A verb of hosting (class visit_hosting_verb) with its object pronoun, and a head noun at most, at the end of the
    words before a place; never without a row."""
    verbs = cues.word_alternation("visit_hosting_verb")
    if not verbs:
        return re.compile("(?!)")
    return re.compile(rf"(?:{verbs})(?:ه|ها|هم)?\s+(?:(?:مدينه|العاصمه|عاصمه|جزيره|منطقه)\s+)?$")


def _complementisers(cues: CueLexicon) -> str:
    """The normalised forms of class complementiser as an alternation, longest first; "" without a row."""
    return "|".join(sorted((form for form, entries in cues.forms.items()
                            if any(e[1] == "complementiser" for e in entries)), key=lambda w: (-len(w), w)))


def _future_complement(cues: CueLexicon) -> re.Pattern | None:
    complementiser = _complementisers(cues)
    if not complementiser:
        return None
    stems, words = cues.word_alternation("date_not_future_stem"), cues.word_alternation("date_not_future_word")
    not_verb = "|".join(filter(None, (stems, rf"(?:{words})(?!\w)" if words else "")))
    future = rf"(?:سوف\s+[يتن]\w+|{f'(?!{not_verb})' if not_verb else ''}س[يتن]\w{{2,}})"
    return re.compile(rf"(?<!\w)[وف]?(?:{complementiser})(?:ه|ها|هم|هما)?\s+(?:[^\s،,.؛:]+\s+){{0,3}}?"
                      rf"[وف]?{future}(?!\w)")


def _companion(cues: CueLexicon) -> re.Pattern:
    nouns = "|".join(cues.noun_forms("companion"))
    verbs = "|".join(cues.verb_forms("companion"))  # its past in ت takes the pronoun too (رافقته، رافقتها)
    return re.compile(rf"(?<!\w)و?(?:ب(?:{nouns})|(?:{verbs})(?:ه|ها|هم))(?!\w)")
