"""The person lexicon: titles, the words that continue a title, the words that end a name, and the
persons mined from the corpus (seeds/persons.csv), each keyed by its normalised words."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from transforms.clitics import CONJUNCTIONS, PREPOSITIONS
from transforms.persons.tokens import stems, tokenize

# Words that bind to the next word inside a name and never end one: بن سلمان، آل خليفة، عبد الله،
# أبو بكر، أم كلثوم. Normalised (أبو → ابو).
CONNECTORS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "ابي", "عبد", "ام", "ولد"})
# Particles of European names (جان إيف لو دريان، ستافان دي ميستورا، فان دايك) bind to the word
# after them when that word is itself a name word; alone they are Arabic words (لو: "if").
PARTICLES = frozenset({"لو", "دي", "دو", "فان", "فون", "دا", "ديل", "دل"})


def particle_reading(word: str) -> tuple[tuple[int, str], ...]:
    """و glued to a particle too short for tokens.stems to strip (ودي، ولو، ودا): ((1, particle),),
    the second of two persons (غوتيريش ودي ميستورا، مبابي ودي ماريا); () otherwise."""
    return ((1, word[1:]),) if len(word) <= 4 and word[0] == "و" and word[1:] in PARTICLES else ()


# Theophoric names are one unit: عبد الله، نصر الله، فتح الله.
GOD = "الله"
HOUSE = "ال"  # آل after normalisation: آل سعود، آل خليفة
# Regnal and papal ordinals end a name (عبد الله الثاني، يوحنا بولس الثاني، محمد السادس) but are
# never a name on their own.
# Known names a definite word must stand inside (never first or last) to be read as no name alone.
INNER_WORD_NAMES = 3
REGNAL_ORDINALS = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                             "الثامن", "التاسع", "العاشر", "الاولي", "الثانيه"})
# Stop words less widespread than this (in documents of the corpus) may stand inside a name of
# three words or more that ends in a real name word: شاهد خان عباسي، صباح الأحمد الجابر الصباح.
# Commoner ones (في، قال، السبت) always end a name.
SOFT_STOP_MAX_DOCS = 800
# How often a mined name must have been seen for its last word alone to stand for it.
SURNAME_MIN_COUNT = 5
# ... and, when known persons share it, how many times more often the one it stands for is seen.
SURNAME_DOMINANCE = 5
# ... and a family name that is also a common word or another person's name (القدرة "capacity",
# فوكس of فوكس نيوز، حسين، منصور) stands alone for no one: the corpus writes it in more than this
# many times as many articles as it names the known persons whose family name it is.
SURNAME_AMBIGUITY = 5
# Title kinds that are honorifics or ranks: after another title they start a new chain
# (أميرها الشيخ صباح، ولي العهد الأمير محمد) rather than continuing it (نائب الرئيس).
CHAIN_KINDS = frozenset({"honorific", "royal", "rank", "military", "religious"})
# Kinds of titles.csv rows that name a person right after them but are no office, so the person
# takes no title from them: a kinship noun with its pronoun (ابنته إيفانكا) and a verb or participle
# of naming (ويدعى رضوان لقديم، المدعو إبراهيم الجضران).
NAMER_KINDS = frozenset({"kin", "naming"})
# A title's head may carry "her/its" (أميرها: the emir of the country just named).
POSSESSIVE = "ها"


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]   # normalised
    kind: str


@dataclass(frozen=True)
class KnownPerson:
    words: tuple[str, ...]   # normalised words of the full name
    name_ar: str
    title_ar: str | None
    country_iso2: str | None
    count: int


@dataclass
class PersonLexicon:
    titles_by_first: dict[str, list[Title]] = field(default_factory=dict)
    # Kinship nouns with a pronoun (ابنته، وزوجته، شقيقه) and words of naming (يدعى، المدعو): rows of
    # titles.csv of a kind in NAMER_KINDS, which name a person right after them but are no office.
    # Kept apart, so that the tagger's title feature and the checks for an office that closes a name
    # do not see them.
    kin_nouns: dict[str, list[Title]] = field(default_factory=dict)
    office_nouns: frozenset[str] = frozenset()
    # Office nouns whose complement is the name of the body or building (مستشفى ميراويس، فيلق
    # الرحمن، شبكة فوكس نيوز), never a person's, unlike حكومة or قوات (حكومة شمعون بيريس).
    body_nouns: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    soft_stop_words: frozenset[str] = frozenset()
    name_parts: frozenset[str] = frozenset()
    # Name parts opening with و that the corpus writes whole at least GLUED_RATIO times as often as
    # without the و (وليام 52 documents, ليام 6): a name as written, not و and a name.
    whole_w_names: frozenset[str] = frozenset()
    # first word → known persons and surname forms (suffixes of a known full name), longest first
    names_by_first: dict[str, list[tuple[tuple[str, ...], KnownPerson]]] = field(default_factory=dict)
    # The same, split: names of two words or more by their first two words (longest first), names
    # of one word by that word. A name is looked up by the word it opens with and the word after.
    names_by_two: dict[tuple[str, str], list[tuple[tuple[str, ...], KnownPerson]]] = field(default_factory=dict)
    single_names: dict[str, list[tuple[tuple[str, ...], KnownPerson]]] = field(default_factory=dict)
    persons: dict[tuple[str, ...], KnownPerson] = field(default_factory=dict)
    person_words: frozenset[str] = frozenset()  # every word of a known full name
    first_words: frozenset[str] = frozenset()  # the first word of a known name of two words or more
    # Definite words that known names hold only inside, never first or last, in INNER_WORD_NAMES
    # names or more: the second half of a compound given name (نور الدين بدوي، سعد الدين العثماني),
    # never a person's name alone (رجال الدين، يوم الدين).
    inner_words: frozenset[str] = frozenset()
    # Words that open persons' names (seeds/given_names.csv): a given name and a name-like word
    # after it are a person without a title (قال مايك هوكابي). Those that are also common words
    # (أمين، سلام، تركي) need the next word to be a known name word.
    given_names: frozenset[str] = frozenset()
    ambiguous_given_names: frozenset[str] = frozenset()
    # و glued to a given name that the stop words list because it ends the name before it (ترامب
    # وكيم، العريان ومحمد البلتاجي) while the corpus writes the name bare at least GLUED_RATIO times
    # as often: the next person of a list, not a word of its own (ورود "arrival" is one: رود is rarer).
    conjunct_given_names: frozenset[str] = frozenset()
    # Present-tense verbs of the corpus (seeds/imperfect_verbs.csv): never a word of a name, even
    # a rare one (الأمير تشارلز يحمل سيفا ويرقص).
    verbs: frozenset[str] = frozenset()
    # The verbs that report speech with و/ف or bare (وقال، قالت) and the complementisers that close a speaker's name
    # after one (إن، إنها): classes person_speech_verb and person_speech_complement of seeds/cue_words.csv.
    speech_forms: frozenset[str] = frozenset()
    speech_complements: frozenset[str] = frozenset()
    # The words that open a description after a name (ذو الأصول، ذات الصيت): class person_description_opener.
    description_openers: frozenset[str] = frozenset()
    # The kinship nouns in construct (ابنة، زوجة، نجل), normalised: class person_kin_construct. The relative named in
    # apposition after «<noun> <title with a country> <name>،» takes the title's country.
    kin_construct_nouns: frozenset[str] = frozenset()
    # The learned tagger of untitled names (transforms/persons/tagger.py; a pycrfsuite.Tagger
    # opened on seeds/models/persons.crfsuite), or None: rules only.
    tagger: object = field(default=None, repr=False, compare=False)
    # The least confidence of a tagged span of two words or more, and of one word (a name alone:
    # ميلانيا، الخميني) that no fuller name of the text explains; cross-validated
    # (scripts/train_person_tagger.py --cv).
    tagger_threshold: float = 0.7
    tagger_single_threshold: float = 0.8
    tagger_cache: dict = field(default_factory=dict, repr=False, compare=False)  # word → its features
    # The attributes `tagger`'s model knows, and each word's features among them as bytes
    # (tagger.ModelVocabulary, made where the tagger is attached: flows.lexicons.attach_person_tagger).
    tagger_vocabulary: object = field(default=None, repr=False, compare=False)
    # (the title, name and kinship tables open_forms was built from, then its words): built with the
    # lexicon, and again only for tables that replaced them
    _open_forms: tuple = field(default=(), repr=False, compare=False)

    def may_open(self, word: str) -> bool:
        """Whether a title or a known name may start at this word, bare or with its clitics
        (والرئيس، أميرها، لترامب): most words open neither, and need no closer look."""
        return word in self.open_forms()

    def may_open_each(self, words) -> list[bool]:
        """may_open of each word of a text, in one pass in C (the scan of names asks every word)."""
        return list(map(self.open_forms().__contains__, words))

    def open_forms(self) -> frozenset[str]:
        """The words may_open holds, as they are written: _forms_opening of the title, name and
        kinship tables, made once for them (a word is then one look-up, where reading its clitics
        cost the first sight of every new word of the corpus)."""
        held = self._open_forms  # (asked for every word: the tables compared one by one, no generator)
        if not held or held[0] is not self.titles_by_first or held[1] is not self.names_by_first \
                or held[2] is not self.kin_nouns:
            held = self._open_forms = (self.titles_by_first, self.names_by_first, self.kin_nouns,
                                       _forms_opening(self.titles_by_first, self.names_by_first, self.kin_nouns))
        return held[3]


def _forms_opening(titles_by_first: dict, names_by_first: dict, kin_nouns: dict) -> frozenset[str]:
    """Every word whose clitic readings (tokens.stems, particle_reading) hold a head: the first word
    of a title, a known name or a kinship noun, or a title's with ها (أميرها: not a definite word,
    more than four letters). A word reads a head only as the head itself or behind a conjunction, a
    preposition or both (ل before ال drops the alef: للرئيس), so those forms of each head are
    all tried, and each is kept where its readings give the head back."""
    heads = set(titles_by_first) | set(names_by_first) | set(kin_nouns)
    heads.update(f for f in (title + POSSESSIVE for title in titles_by_first)
                 if not f.startswith("ال") and len(f) > 4)
    read = stems.__wrapped__  # (the tried forms are no words of a text: kept out of its cache)
    forms = set()
    for head in heads:
        glued = [head, *(p + head for p in PREPOSITIONS)] + (["ل" + head[1:]] if head.startswith("ال") else [])
        glued += [c + word for word in glued for c in CONJUNCTIONS]
        forms.update(word for word in glued if any(stem == head for _, stem in read(word) + particle_reading(word)))
    return frozenset(forms)


@lru_cache(maxsize=65536)  # the same names recur across the articles of a batch
def words_of(name: str) -> tuple[str, ...]:
    """Normalised words of a name or phrase (hyphens and dots dropped): the key of lexicons."""
    return tuple(t.text for t in tokenize(name).items)


# Spellings news writers vary in one name: hamza seats (ؤ، ئ), and the غ/ج of foreign names
# (كيم جونغ أون / كيم جونج أون). After normalize(): أإآ→ا, ى→ي, ة→ه already.
_KEY_LETTERS = str.maketrans({"ؤ": "و", "ئ": "ي", "غ": "ج", "گ": "ج", "ڤ": "ف", "پ": "ب"})
# Name words written apart or joined to the next word: عبد الفتاح / عبدالفتاح, أبو بكر / أبوبكر.
_JOINED_PREFIXES = ("عبد", "ابو", "ابي", "ابا")


def canonical_name_key(name_ar: str) -> str:
    """The key two spellings of one person share: normalised words, عبد/أبو joined to the next
    word, hamza seats and the غ/ج of transliteration folded."""
    return words_key(words_of(name_ar))


@lru_cache(maxsize=65536)  # the names of a batch recur, and every mention's name is keyed twice
def words_key(words: tuple[str, ...]) -> str:
    """canonical_name_key of a name's normalised words (عبد ربه منصور هادي / عبدربه منصور هادي)."""
    joined: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in _JOINED_PREFIXES and i + 1 < len(words):
            joined.append(words[i] + words[i + 1])
            i += 2
            continue
        joined.append(words[i])
        i += 1
    return " ".join(joined).translate(_KEY_LETTERS)


def is_prayer_formula(name: str) -> bool:
    """A prayer formula written where a name stands (حفظه الله، رحمه الله): a verb with the pronoun
    ه, written ه and not ة (هبة الله، نعمة الله are names), then الله."""
    parts = name.split()
    return len(parts) == 2 and parts[0].endswith("ه") and len(parts[0]) >= 4 and words_of(parts[1]) == (GOD,)


def surname_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Proper suffixes of a full name that may stand for it later on: the last word (ماتيس، السيسي),
    a family name with its connector (آل خليفة، بن سلمان), never a bare father's name (سلمان of
    محمد بن سلمان) nor a connector alone."""
    forms = []
    for start in range(1, len(words)):
        previous = words[start - 1]
        if previous in CONNECTORS or words[start] == GOD:
            continue  # a suffix starts at a unit boundary, not inside عبد الله / آل خليفة / نصر الله
        suffix = words[start:]
        if len(suffix) == 1 and (len(suffix[0]) < 3 or suffix[0] in REGNAL_ORDINALS):
            continue
        forms.append(suffix)
    return forms


_LONG_VOWELS = frozenset("اوي")


def spelt_alike(a: tuple[str, ...], b: tuple[str, ...], given_names: frozenset[str] = frozenset()) -> bool:
    """Whether two names are one name transliterated twice: as many words, each the same, or of as
    many letters (four or more) that differ only where both write a long vowel (ستافان / ستيفان،
    ماركل / ميركل). محمد / محمود (a vowel more) are two names, and so are two `given_names` of an
    Arabic pattern that differ in its vowel (arabic_pattern_pair: سعيد / سعود، جميل / جمال)."""
    if len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b):
        if x != y and (len(x) != len(y) or len(x) < 4 or any(
                c != d and not (c in _LONG_VOWELS and d in _LONG_VOWELS) for c, d in zip(x, y))
                or arabic_pattern_pair(x, y, given_names)):
            return False
    return True


def arabic_pattern_pair(x: str, y: str, given_names: frozenset[str]) -> bool:
    """Two given names of four letters, three root consonants and a long vowel third (فعيل، فعول،
    فعال: سعيد / سعود، رشيد / رشود، جميل / جمال), that differ only in that vowel: the vowel is the
    Arabic pattern, and another pattern is another name, not another transliteration. A foreign
    name's vowels are spelt either way (ستافان / ستيفان، ميشال / ميشيل، دانيال / دانييل: longer words,
    with more than one vowel letter)."""
    return len(x) == len(y) == 4 and x in given_names and y in given_names and x[:2] == y[:2] \
        and x[3] == y[3] and x[2] != y[2] and x[2] in _LONG_VOWELS and y[2] in _LONG_VOWELS \
        and not any(c in _LONG_VOWELS for c in x[:2] + x[3])


# A preposition is glued to a name word that the corpus writes bare at least this many times as often.
GLUED_RATIO = 2
# A time adverb of "then" (آنذاك، حينذاك، وقتذاك، مذاك، حينئذ، يومئذ): a demonstrative ذاك or إذ glued
# to a noun of time. It qualifies the title before a name (الرئيس الأميركي آنذاك باراك أوباما) and
# is never a word of the name.
_THEN_ADVERB = re.compile(r"^(?:ان|حين|وقت|يوم|ساعت|م)(?:ذاك|ئذ)$")


def is_then_adverb(word: str) -> bool:
    """True for a normalised time adverb of "then" (انذاك، حينئذ): see _THEN_ADVERB."""
    return bool(_THEN_ADVERB.match(word))


def is_manner_adverb(word: str, stop_words: frozenset[str], given_names: frozenset[str] = frozenset()) -> bool:
    """An adverb made of an adjective in ي and the accusative ا (شخصيا، ديمقراطيا، رسميا): a normalised
    word of five letters or more in يا whose definite adjective (الشخصي، الديمقراطي، الرسمي) is a
    frequent word of the corpus (`stop_words`), and no given name (ماريا، جوليا). It follows a name
    or a title (التقى ترامب شخصيا، أول رئيس منتخب ديمقراطيا) and is never a word of the name."""
    return len(word) >= 5 and word.endswith("يا") and "ال" + word[:-1] in stop_words and word not in given_names


# The letters of a mined name's words after normalisation (hamza seats folded; a hyphen joins a
# name's syllables: مون جيه-إن). A word of one letter (ز يد بن رعد) or in Latin letters (ومقدم
# برنامج GPS) is a slip of the text or of the mining.
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+(?:-[\u0621-\u064a]+)*")
# Connectors of a father's or a family's name, which make one name unit with the next word (بن سحيم،
# آل نهيان) and never open a person's name alone. عبد and أبو open given names a monarch or a
# president is called by after his title (الملك عبد الله، الرئيس عبد الفتاح), and ابن a famous
# one-word name (ابن خلدون); أبي is left out too: آبي أحمد folds to ابي.
_UNIT_OPENERS = frozenset({"بن", "بنت", "ال"})


def mined_name_defect(words: tuple[str, ...], *, verbs: frozenset[str], given_names: frozenset[str],
                      name_words: frozenset[str], doc_freq: dict[str, int],
                      places: frozenset[tuple[str, ...]] = frozenset(),
                      known: frozenset[tuple[str, ...]] = frozenset(),
                      strong_given: frozenset[str] = frozenset(),
                      stop_words: frozenset[str] = frozenset()) -> str | None:
    """Why a name mined after a title (seeds/persons.csv) is no person's name, or None. The classes
    of slips of the mining: a present-tense verb after the name (ستورمي دانيلز تسخر) or before it
    (يتمتع مادورو); a time adverb that qualifies the title (نائبه آنذاك مشار); an adverb of manner
    after its first word (رئيس منتخب ديمقراطيا: is_manner_adverb); a preposition glued to
    the first word, the title's complement (المدرب السابق لبوروسيا دورتموند: the bare word is a name
    word the corpus writes bare at least GLUED_RATIO times as often; براين/راين is no such pair); a place that opens it (حاكم ولاية فلوريدا ريك سكوت،
    مدرب ريال مدريد زين الدين: the place or a name of two words or more made of it); a name of one unit,
    a father's or family connector and its word or a word and الله (السلطان بن سحيم، آل نهيان، زعيم
    حركة فضل الله): one name word, not a full name, which would stand for one person wherever the
    text writes it; a word of one letter or not in Arabic letters (ز يد بن رعد، ومقدم برنامج GPS); a
    common noun of the corpus (a stop word, no given name) and a definite stop word after it, a
    construct naming an office or a body (مديرة مكتب مكافحة الجرائم المعلوماتية); a word the title's phrase ends with, read before another mined full name (روى حسن
    نصرالله، طليقة يوسف القرضاوي، وزيرة ... فاجأت كارين كنايسل، زعيم كتلة سائرون مقتدى الصدر): the first
    word is no given name that opens names of the corpus twice or more (strong_given: محمد جواد ظريف، طارق
    محمد صالح stay), and the rest is a name of `known`, not a father's (بن) or family's (آل) name."""
    if len(words) == 2 and (words[0] in _UNIT_OPENERS or (words[1] == GOD and words[0] not in CONNECTORS)):
        return f"one unit {' '.join(words)}"
    for word in words:
        if word in verbs and word not in given_names:
            return f"verb {word}"
        if is_then_adverb(word):
            return f"adverb {word}"
        if word != words[0] and is_manner_adverb(word, stop_words, given_names):
            return f"adverb of manner {word}"
    first = words[0]
    if len(first) > 4 and first[0] in "لب" and not (first in given_names and first in doc_freq):
        bare = first[1:]
        if bare in name_words and doc_freq.get(bare, 0) >= GLUED_RATIO * max(doc_freq.get(first, 0), 1):
            return f"glued preposition {first}"
    for start in range(len(words) - 2):
        for end in range(start + 1, len(words) - 1):
            if words[start:end] in places and words[start] not in given_names:
                return f"place {' '.join(words[start:end])}"
    if any(len(word) == 1 or not _ARABIC_LETTERS.fullmatch(word) for word in words):
        return f"no name's letters {' '.join(words)}"
    if len(words) >= 2 and first in stop_words and first not in given_names \
            and words[1].startswith("ال") and words[1] in stop_words:
        return f"construct {words[0]} {words[1]}"
    if len(words) >= 3 and words[1:] in known and words[0] not in strong_given \
            and words[0] not in CONNECTORS and words[1] not in CONNECTORS:
        return f"word before a known name {words[0]}"
    return None


def build_person_lexicon(title_rows: list[dict], person_rows: list[dict], word_rows: list[dict] = (),
                         office_rows: list[dict] = (), given_rows: list[dict] = (),
                         verb_rows: list[dict] = (), *, cues=None) -> PersonLexicon:
    """Rows of seeds/titles.csv (title_ar, kind), seeds/persons.csv (name_ar, title_ar, country_iso2,
    count), seeds/name_stopwords.csv (word_ar, doc_freq, kind: stop|name_part),
    seeds/office_nouns.csv (word_ar, names_body), seeds/given_names.csv (given_ar, ambiguous) and
    seeds/imperfect_verbs.csv (verb_ar); `cues`, the cue lexicon of seeds/cue_words.csv (its classes
    person_speech_verb, person_speech_complement, person_description_opener and person_kin_construct), or None for none of its words."""
    lexicon = PersonLexicon()
    if cues is not None:
        lexicon.speech_forms = frozenset(c + v for v in cues.lists.get("person_speech_verb", ()) for c in ("", "و", "ف"))
        lexicon.speech_complements = frozenset(cues.lists.get("person_speech_complement", ()))
        lexicon.description_openers = frozenset(cues.lists.get("person_description_opener", ()))
        lexicon.kin_construct_nouns = frozenset(w for v in cues.lists.get("person_kin_construct", ()) for w in words_of(v))
    lexicon.verbs = frozenset(w for r in verb_rows for w in words_of(r["verb_ar"]))
    lexicon.given_names = frozenset(r["given_ar"] for r in given_rows)
    lexicon.ambiguous_given_names = frozenset(r["given_ar"] for r in given_rows if r.get("ambiguous") == "1")
    for row in title_rows:
        words = words_of(row["title_ar"])
        if words:
            table = lexicon.kin_nouns if row["kind"] in NAMER_KINDS else lexicon.titles_by_first
            table.setdefault(words[0], []).append(Title(words, row["kind"]))
    for titles in lexicon.titles_by_first.values():
        titles.sort(key=lambda t: -len(t.words))
    lexicon.office_nouns = frozenset(w for r in office_rows for w in words_of(r["word_ar"]))
    lexicon.body_nouns = frozenset(w for r in office_rows if r.get("names_body") == "1" for w in words_of(r["word_ar"]))
    # An adverb of then follows titles and names as often as a name part does (الرئيس الأميركي
    # آنذاك جورج بوش، بن علي آنذاك), and the mined list may call it one: it ends a name.
    stop_rows = [r for r in word_rows if r.get("kind", "stop") == "stop" or is_then_adverb(r["word_ar"])]
    lexicon.stop_words = frozenset(r["word_ar"] for r in stop_rows)
    lexicon.soft_stop_words = frozenset(r["word_ar"] for r in stop_rows
                                        if int(r.get("doc_freq") or 0) < SOFT_STOP_MAX_DOCS
                                        and not is_then_adverb(r["word_ar"]))
    lexicon.name_parts = frozenset(r["word_ar"] for r in word_rows if r.get("kind") == "name_part"
                                   and not is_then_adverb(r["word_ar"]))
    doc_freq = {r["word_ar"]: int(r.get("doc_freq") or 0) for r in word_rows}
    lexicon.conjunct_given_names = frozenset(
        w for w in lexicon.stop_words if len(w) >= 4 and w[0] == "و" and w[1:] in lexicon.given_names
        and w[1:] not in lexicon.ambiguous_given_names
        and doc_freq.get(w[1:], 0) >= GLUED_RATIO * max(doc_freq.get(w, 0), 1))
    lexicon.whole_w_names = frozenset(w for w in lexicon.name_parts if len(w) >= 4 and w[0] == "و"
                                      and doc_freq.get(w, 0) >= GLUED_RATIO * max(doc_freq.get(w[1:], 0), 1))
    for row in person_rows:
        words = words_of(row["name_ar"])
        if not words:
            continue
        if is_prayer_formula(row["name_ar"]):
            continue  # حفظه الله mined after a title (أمير دولة الكويت حفظه الله) is no name
        person = KnownPerson(words, row["name_ar"], row.get("title_ar") or None,
                             row.get("country_iso2") or None, int(row.get("count") or 0))
        lexicon.persons[words] = person
    # A mined name that is a better-known name plus words that are not name parts (or a far
    # better-known name plus anything but a family name: آل نهيان) is a boundary slip of the mining
    # (مايك بومبيو ناقش): drop it. A hyphen joins a name's own syllables (مون جيه-إن): no slip.
    for words in [w for w in lexicon.persons if len(w) > 2]:
        for cut in range(2, len(words)):
            shorter = lexicon.persons.get(words[:cut])
            count = lexicon.persons[words].count
            if shorter is not None and shorter.count >= count and words[cut] not in CONNECTORS \
                    and "-" not in lexicon.persons[words].name_ar and (
                    shorter.count >= SURNAME_DOMINANCE * count
                    or not all(w in lexicon.name_parts for w in words[cut:])):
                del lexicon.persons[words]
                break
    # ... and so is a mined name opening with the family name of a far better-known person
    # (أردوغان أعلنا، ترامب يقيل).
    family = Counter()
    for words, person in lexicon.persons.items():
        if len(words) >= 2 and words[-2] not in CONNECTORS:  # not a father's name (تميم بن حمد)
            family[words[-1]] = max(family[words[-1]], person.count)
    for words in [w for w in lexicon.persons if len(w) >= 2]:
        if family[words[0]] >= SURNAME_DOMINANCE * lexicon.persons[words].count:
            del lexicon.persons[words]
    lexicon.person_words = frozenset(w for words in lexicon.persons for w in words)
    lexicon.first_words = frozenset(words[0] for words in lexicon.persons if len(words) >= 2)
    inside = Counter(w for words in lexicon.persons for w in words[1:-1])
    edges = {w for words in lexicon.persons for w in (words[0], words[-1])}
    lexicon.inner_words = frozenset(w for w, n in inside.items() if n >= INNER_WORD_NAMES and w.startswith("ال")
                                    and w not in edges and w not in CONNECTORS)
    # Given names: words that open known names more often than they close them (علي، محمد), and
    # at least twice.
    opens = Counter(words[0] for words in lexicon.persons)
    closes = Counter(words[-1] for words in lexicon.persons)
    given_names = frozenset(w for w, n in opens.items() if n >= 2 and n > closes[w])
    # How often the corpus names the known persons of each family name.
    named = Counter()
    for words, person in lexicon.persons.items():
        named[words[-1]] += person.count
    # Surname forms stand for a known person only when no other known person shares them.
    owners: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for words, person in lexicon.persons.items():
        for form in surname_forms(words):
            if form[0] == HOUSE:
                continue  # آل سعود alone names the ruling house, not the one member the lexicon knows
            # A lone family name is trusted only for names seen often (السيسي، ماتيس), not for a
            # rare mined phrase whose last word is a common noun, nor when the word opens other
            # known names (علي، محمد: given names), nor a short word (بري: "by land").
            if len(form) == 1 and (form[0] in lexicon.stop_words or form[0] in given_names
                                   or len(form[0]) < 4 or person.count < SURNAME_MIN_COUNT
                                   or doc_freq.get(form[0], 0) > SURNAME_AMBIGUITY * named[form[0]]):
                continue
            owners.setdefault(form, set()).add(words)
    entries: list[tuple[tuple[str, ...], KnownPerson]] = [(w, p) for w, p in lexicon.persons.items()]
    for form, full in owners.items():
        if form in lexicon.persons:
            continue
        # A surname shared by known persons stands for the one the news names far more often
        # (أردوغان: رجب طيب أردوغان, not a relative seen a few times).
        # Two spellings of one name are one person (ستافان دي ميستورا، ستيفان دي ميستورا; عبد الفتاح
        # السيسي، عبدالفتاح السيسي and انجيلا ميركل، انغيلا ميركل share their canonical key).
        ranked = sorted((lexicon.persons[w] for w in full), key=lambda p: -p.count)
        first_key = words_key(ranked[0].words)
        others = [p for p in ranked[1:] if not spelt_alike(p.words, ranked[0].words, lexicon.given_names)
                  and words_key(p.words) != first_key]
        if not others or ranked[0].count >= SURNAME_DOMINANCE * others[0].count:
            entries.append((form, ranked[0]))
    for words, person in entries:
        lexicon.names_by_first.setdefault(words[0], []).append((words, person))
    for candidates in lexicon.names_by_first.values():
        candidates.sort(key=lambda c: -len(c[0]))
        for words, person in candidates:
            if len(words) == 1:
                lexicon.single_names.setdefault(words[0], []).append((words, person))
            else:
                lexicon.names_by_two.setdefault(words[:2], []).append((words, person))
    lexicon.open_forms()  # made with the lexicon, not at the first text read
    return lexicon
