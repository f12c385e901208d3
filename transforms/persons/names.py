"""Where a name ends, and known names found in running text.

A name after a title is 1-4 units (a unit is a word, or a connector and its word: عبد الفتاح،
بن سلمان، آل خليفة، أبو بكر). It ends at punctuation, a frequent non-name word of the corpus
(a verb, a preposition, a day: seeds/name_stopwords.csv), another title, a country word, or a
conjunct glued to و (ووزير الدفاع، وماتيس). A less frequent stop word (شاهد، خان، صباح) may stand
inside a name, but a name never ends on one.
"""
from __future__ import annotations

import re

from transforms.persons.lexicon import (CONNECTORS, GOD, PARTICLES, REGNAL_ORDINALS, PersonLexicon, is_manner_adverb,
                                        particle_reading)
from transforms.persons.tokens import Tokens, stems

MAX_UNITS = 4
_HARD, _SOFT, _NAME = 0, 1, 2


def _is_title(tokens: Tokens, j: int, lexicon: PersonLexicon) -> bool:
    return any(s in lexicon.titles_by_first for _, s in stems(tokens.items[j].text))


def _has_pronoun_suffix(token) -> bool:
    """استقالته، حملته، بمنعها، وجعلهم: a noun or verb with "his/her/their", never a name."""
    word = token.text
    if len(word) < 5 or word.startswith("ال"):
        return False
    if word.endswith("هم") or word.endswith("هما") or word.endswith("ها"):
        return True
    return token.final_ha and not word.endswith("الله") and not word.startswith("عبد")  # عبدالله, سيف الله, عبدربه


def opens_another_person(word: str, lexicon: PersonLexicon, given: bool = True) -> bool:
    """A word after a hyphen that names someone by itself: a known person's one-word name (ترامب،
    بوتين), or, after a known person's name (`given`), a given name no common word shares (كيم).
    Summits are written so (قمة كيم-ترامب، ترامب-كيم، ترمب-بوتين), while a hyphen inside one name
    joins syllables (مون جاي-إن، كيم جونغ-أون، كانج كيونج-هوا)."""
    return any(len(words) == 1 for words, _ in lexicon.names_by_first.get(word, ())) or (
        given and word in lexicon.given_names and word not in lexicon.ambiguous_given_names)


def prayer_formula_at(tokens: Tokens, j: int) -> bool:
    """Token j opens a prayer formula after a name or a title (أمير دولة الكويت حفظه الله، الملك
    رحمه الله، صاحب السمو رعاه الله): a verb with the pronoun ه (written ه, not ة: هبة الله is a
    name) before الله."""
    items = tokens.items
    return j + 1 < len(items) and items[j].final_ha and len(items[j].text) >= 4 \
        and items[j + 1].text == GOD and tokens.soft_gap(j)


# Subject endings of a present verb in the dual and plural (سيعقدان، سيلتقون، ستبحثان).
_PRESENT_SUBJECT_ENDINGS = ("ان", "ون", "ين")


def future_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A present-tense verb of the corpus behind the future's س, bare or behind و/ف, its subject
    a dual or plural or not (سيعقدان، ستعقد، وسيلتقي): the present form, or its ي-form, is in
    seeds/imperfect_verbs.csv (يعقد، تعقد). ستيفان، سترو are no such verb."""
    if len(word) > 5 and word[0] in "وف" and word[1] == "س":
        word = word[1:]
    if len(word) < 4 or word[0] != "س" or word[1] not in "يتن" or word in lexicon.given_names \
            or word in lexicon.person_words:
        return False
    rest = word[1:]
    forms = [rest] + [rest[:-len(e)] for e in _PRESENT_SUBJECT_ENDINGS if rest.endswith(e) and len(rest) - len(e) >= 3]
    return any(f in lexicon.verbs or "ي" + f[1:] in lexicon.verbs for f in forms)


def _clause_word(token, lexicon: PersonLexicon, name_words: frozenset) -> bool:
    """A word that starts the sentence's next phrase although the mined name parts may list it
    (they count what follows names): a frequent word behind a preposition (بشار الأسد لرويترز،
    يعقوب الصراف لباريس، عادل عبد المهدي بتشكيل), a present-tense verb (عمر البشير يقيل), ل and a
    noun (هارولد بورنستين لقناة), a participle of manner (محمد السادس معلقا). Given names, and
    words of known full names unless clitic-glued, stay name words."""
    word = token.text
    if word in lexicon.given_names:
        return False
    if any(len(stem) >= 4 and stem in lexicon.stop_words for _, stem in stems(word)[1:]):
        return True
    if word in name_words:
        return False
    if future_verb(word, lexicon):
        return True  # دي ميستورا سيعقدان، ماتيس سيلتقي: the sentence's verb in the future
    if clause_verb(word, lexicon):
        return True  # مانويل نوير يواصلان، أندرياس وارتبطا، أحمد فاستقرت: the sentence's verb after its subject
    if word[0] == "ت" and is_verb(word, lexicon):
        return True  # الأمير هاري تطيح، الكاتبة أنيتا دورون تعكف: a present verb of a feminine subject
    # يقيل، يحرس، ينحدر; not ياسمين، يورك، يائير (a long vowel after the ي), nor a long word
    # that has no verb's shape (يلدريم، يفتالي، يسرائيل، يفتوشينكو: see _verb_shaped)
    if len(word) >= 4 and word[0] == "ي" and word[1] not in "اوي" and _verb_shaped(word):
        return True
    # لقناة، لصحيفة: ل and a noun (a known لويس is a word of a known name, and so is a word the
    # corpus writes after names whose rest is no word of its own: لافروف، ليبرمان، لودريان)
    if len(word) > 4 and word[0] == "ل" and not word.startswith("ال") and not (
            word in lexicon.name_parts and not word.startswith("لل") and word[1:] not in lexicon.name_parts
            and word[1:] not in lexicon.stop_words) and not _foreign_l_word(token, lexicon):
        return True  # (nor a word of a foreign name's shape in ل that no list holds: لوفرين، لابورت)
    # معلقا، مصمما، مخاطبا: a participle of manner after the subject; not ماريا، ميلانيا
    return len(word) >= 5 and word[0] == "م" and word[1] not in "اوي" and word[-1] == "ا"


# Endings of an imperfect verb: its object pronouns (يرافقه، يحضرها), plural and dual subjects
# (يقاتلون، يقدمان، يسافرا), the first person's object (يساعدني، يجعلنا).
_VERB_ENDING = re.compile(r"(?:ه|ها|هم|هما|هن|ون|ونه|ان|ني|نا|كم|ك|ين|وا|ا|ن)$")


def _verb_shaped(word: str) -> bool:
    """Whether a word opening with ي and a consonant may be a present-tense verb: any word of five
    letters or fewer (يناهز، يشيد، يرقد), a derived stem (يتوعد، يستنكر), a verb's ending; or a
    word without a long vowel inside. A longer word with none of these (يلدريم، يسرائيل) is a
    name's, which the corpus's verbs never are (seeds/imperfect_verbs.csv: none of its 5,400
    forms is left but typos: يصلروميلو)."""
    return len(word) <= 5 or word.startswith(("يت", "يست")) or bool(_VERB_ENDING.search(word)) \
        or not any(c in "اوي" for c in word[2:-1])


def _alef_maqsura_name(token, lexicon: PersonLexicon) -> bool:
    """A given name written with a final alef maqsura (يحيى، موسى، مصطفى، عيسى): the list of given
    names holds it normalised (يحيي), as it holds علي; the written form is a name part of the corpus
    (seeds/name_stopwords.csv) and no frequent word (على، إلى)."""
    return token.key != token.text and token.key in lexicon.name_parts and token.key not in lexicon.stop_words


def _word_class(tokens: Tokens, j: int, lexicon: PersonLexicon, country_at: dict, name_words: frozenset,
                first: bool = False) -> int:
    """_NAME: may be a name word; _SOFT: only inside a name; _HARD: ends any name."""
    token = tokens.items[j]
    if j in country_at or _is_title(tokens, j, lexicon):
        return _HARD
    if prayer_formula_at(tokens, j):
        return _HARD
    if first and token.text in lexicon.given_names and (token.key == token.text or _alef_maqsura_name(token, lexicon)) and (
            not token.final_ha or (token.text not in lexicon.ambiguous_given_names
                                   and token.text[:-1] not in lexicon.stop_words)):
        # a given name that is also a word opens a name after a title (الناشطة عهد التميمي), and
        # so does one ending in ه, which is no pronoun there (وزير الخارجية الروسي أندريه، ديدييه)
        # unless a common word carries the pronoun (ناديه "his club" and نادية)
        return _NAME
    if _has_pronoun_suffix(token):
        return _HARD
    if token.key in lexicon.stop_words:
        # A rare word glued to و or ل is a conjunct or a phrase even inside a long name (معين
        # عبدالملك ومجموعة مهندسين); a verb never stands inside one (تشارلز يحمل سيفا).
        soft = token.key in lexicon.soft_stop_words and (first or token.text[0] not in "ول") \
            and not is_verb(token.text, lexicon)
        return _SOFT if soft else _HARD
    if first:
        # A name opens with a bare word (not بكافة، بزيارة, nor a preposition on a verb's form,
        # a verbal noun: بتقاضي رشوة); a definite one only before بن (الوليد بن طلال).
        if token.text not in name_words and any(len(s) >= 4 and (s in lexicon.stop_words or (
                s in lexicon.verbs and s not in lexicon.given_names and s not in name_words))
                                                for _, s in stems(token.text)[1:]):
            return _HARD
        if token.text.startswith("وال") and len(token.text) > 5:
            return _HARD  # والموسيقي: a conjunct, not a name
        word = token.text
        if word not in name_words and len(word) >= 4 and word[0] == "ي" and word[1] not in "اوي" \
                and _verb_shaped(word):
            return _HARD  # الزعيم الكوري يرسم صورة: a present-tense verb, not a name (يحيى is a given name)
        # المدرب حقق فوزا، الذي قاد دورتموند: a past verb of three or four letters whose present
        # (يحقق، يقود) is a verb of the corpus; not a dual or plural present (شيران: يشيران).
        if word not in name_words and word not in lexicon.given_names and 3 <= len(word) <= 4 \
                and "ي" + word in lexicon.verbs and not word.endswith(("ان", "ون", "ين")):
            return _HARD
        if token.article and token.text not in name_words:
            following = tokens.items[j + 1].text if j + 1 < len(tokens.items) else ""
            return _NAME if following in CONNECTORS and following != "ال" else _HARD
        return _NAME
    if token.text.startswith("و") and (token.text[1:] in lexicon.name_parts or token.text[1:] in name_words) \
            and not _w_syllable(token.text):
        return _HARD  # ترامب وكيم: a second person
    if _final_w_surname(tokens, j, lexicon):
        return _NAME  # سارة ليا ويتسن، a family name's own و before punctuation
    if _clause_word(token, lexicon, name_words) and (j == 0 or tokens.items[j - 1].text not in PARTICLES):
        return _HARD  # (دي مستورا: a particle's word is a name)
    if token.text in name_words or token.text in lexicon.name_parts:
        return _NAME
    # Inside a name, a word glued to و is a conjunct or a new clause (ترامب وكيم، ومجموعة، ويصادر);
    # وايت is a name part of the corpus and stays. A clitic glued to a frequent word starts a
    # phrase (بزيارة، للصحافيين).
    if token.text.startswith("لل"):
        return _HARD
    if token.text.startswith("و") and not _foreign_w_word(token.text, lexicon):
        return _HARD
    if token.text[0] == "ل" and len(token.text) > 4 and not _foreign_l_word(token, lexicon):
        return _HARD  # لصحفيين، لرويترز: a phrase after the name (a known لويس is a name part)
    for _, stem in stems(token.text)[1:]:
        if len(stem) >= 3 and (stem in name_words or stem in lexicon.stop_words):
            return _HARD
    return _NAME


def is_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A present-tense verb of the corpus, bare or behind و/ف (يحمل، ويرقص), that is no name word
    (يوسف، تامر، ياسر are verbs too)."""
    return bool(lexicon.verbs) and any(stem in lexicon.verbs and stem not in lexicon.given_names
                                       and stem not in lexicon.person_words for _, stem in stems(word)[:2])


# Endings of a past verb's dual and plural subject: شددا، شددتا، شددوا (the sentence's verb after
# two subjects: السيسي وماتيس شددا على), longest first.
_PAST_SUBJECT_ENDINGS = ("تا", "وا", "ا")


def past_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A past verb with a dual or plural subject, bare or behind و/ف (شددا، اتفقا، بحثتا، وشددوا):
    its stem with ي before it is a present-tense verb of the corpus (seeds/imperfect_verbs.csv:
    يشدد، يتفق، يبحث). Given names and words of known names are not verbs (ماريا)."""
    if word[-1:] != "ا" or not lexicon.verbs:  # every ending of _PAST_SUBJECT_ENDINGS ends with ا
        return False
    for stem in (word, word[1:]) if len(word) > 4 and word[0] in "وف" else (word,):
        if stem in lexicon.given_names or stem in lexicon.person_words:
            return False
        for ending in _PAST_SUBJECT_ENDINGS:
            if stem.endswith(ending) and len(stem) - len(ending) >= 3:
                base = stem[:-len(ending)]
                if "ي" + base in lexicon.verbs or (base[0] == "ا" and "ي" + base[1:] in lexicon.verbs):
                    return True
                break
    return False


def _present_forms(base: str) -> list[str]:
    """The present-tense forms a past verb's stem (its word without the subject's ending) may have:
    يكشف of كشف، يعلن of أعلن، يؤسس of أسس، يقول/يزور of قال/زار، يقيم of أقام، يدعو of دعا،
    يلتقي of التقى."""
    forms = ["ي" + base, "ت" + base]
    if len(base) >= 3 and base[0] == "ا":  # أعلن، استقبل، أكد، أسس
        forms += ["ي" + base[1:], "يو" + base[1:], "يؤ" + base[1:], "ي" + base[1:] + "ي"]
    if len(base) == 3 and base[1] == "ا":  # قال، زار، باع
        forms += ["ي" + base[0] + "و" + base[2], "ي" + base[0] + "ي" + base[2]]
    if len(base) == 4 and base[0] == "ا" and base[2] == "ا":  # أقام، أشار، أضاف
        forms.append("ي" + base[1] + "ي" + base[3])
    forms += ["ي" + base + "و", "ي" + base + "ي"]  # رمت، بقيت: a verb whose last letter the ت replaces
    return forms


def past_feminine_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A past verb of a feminine subject (أقامت، أسست، أنكرت، زارت): a word in ت whose stem has a
    present-tense form in seeds/imperfect_verbs.csv (_present_forms). Given names and words of known
    names in ت are names (مدحت، طلعت، نصرت، بنيت), and so are the words of three letters, whose
    stem of two is as often a name's (عزت، عفت، بنت) as a verb's (شنت، دعت). After a name it ends
    the name (الملكة إليزابيث أقامت مأدبة)."""
    if len(word) < 4 or word[-1] != "ت" or not lexicon.verbs or word in lexicon.given_names \
            or word in lexicon.person_words or word in CONNECTORS:
        return False
    base = word[:-1]
    # A stem in ي is a name's (بنيت، غريت): the feminine past of a verb in ى drops it (بنت، أغرت).
    return not base.endswith("ي") and any(form in lexicon.verbs for form in _present_forms(base))


def derived_past_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A past verb of a derived form, its subject masculine (استبق، انتقد، اعتبر، استدعى): a word of
    five letters or more opening with ا whose present, ي for the ا, is a verb of the corpus
    (seeds/imperfect_verbs.csv: يستبق، ينتقد). Given names and words of known names are names
    (إبراهيم، إسماعيل). After a name it ends the name (وكان مهاتير استبق الإعلان)."""
    return len(word) >= 5 and word[0] == "ا" and bool(lexicon.verbs) and word not in lexicon.given_names \
        and word not in lexicon.person_words and ("ي" + word[1:] in lexicon.verbs
                                                  or (word[-1] == "ي" and "ي" + word[1:] in lexicon.verbs))


def present_dual_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A present-tense verb with a dual or plural subject (يواصلان، تواصلون): ي or ت, a stem whose ي-form
    is a verb of the corpus (seeds/imperfect_verbs.csv: يواصل) and ان or ون. The list holds the bare
    forms; its duals and plurals are rarer than names written after أن, and so are missing. Given
    names and words of known names are names (عثمان، سلمان open no verb's stem)."""
    if len(word) < 6 or word[0] not in "يت" or not word.endswith(("ان", "ون")) or not lexicon.verbs \
            or in_name_lists(word, lexicon):
        return False
    return "ي" + word[1:-2] in lexicon.verbs


def clause_verb(word: str, lexicon: PersonLexicon) -> bool:
    """A verb that follows its subject's name and so ends it, which the name reader took for a
    foreign name word: a present of a dual or plural subject (يواصلان), and, behind و or ف, a past
    verb of a dual or plural or feminine subject or of a derived form (وارتبطا، فاستقرت، فانتقد).
    Bare, a past form is as often a foreign name's word (جان بينوا كاسترمان، جوردي ألبا: بين، ألب) and
    is left to its own checks. A word the name lists hold is a name word (ماريا)."""
    if in_name_lists(word, lexicon):
        return False
    if present_dual_verb(word, lexicon):
        return True
    stem = word[1:]
    return len(word) > 5 and word[0] in "وف" and not in_name_lists(stem, lexicon) and (
        past_verb(stem, lexicon) or past_feminine_verb(stem, lexicon) or derived_past_verb(stem, lexicon)
        or present_dual_verb(stem, lexicon))


def _w_syllable(word: str) -> bool:
    """A word of three letters opening with وو (ووي، ووك، وود): a syllable of a foreign name (منغ هونغ
    ووي، كيم هيون ووك، روبرت وود), not the conjunction و before a word of two letters opening with
    و, which the language has not (a Chinese وي after و is far rarer than the syllable)."""
    return len(word) == 3 and word.startswith("وو")


def in_name_lists(word: str, lexicon: PersonLexicon) -> bool:
    """Whether a list of names holds the word: a known person's word, a given name or a part of names."""
    return word in lexicon.person_words or word in lexicon.given_names or word in lexicon.name_parts


def _no_corpus_word(rest: str, lexicon: PersonLexicon) -> bool:
    """Whether what follows a و or ل is no word of the corpus: no frequent word, verb or name-list word, nor such a
    word behind a clitic of its own, so the letter is a foreign name's own (ويليامسون، لوفرين)."""
    return rest not in lexicon.stop_words and rest not in lexicon.verbs and not in_name_lists(rest, lexicon) \
        and not any(len(stem) >= 3 and stem in lexicon.stop_words for _, stem in stems(rest)[1:])


def _foreign_w_word(word: str, lexicon: PersonLexicon) -> bool:
    """A word opening with و that is a foreign name's own letter, not the conjunction: what follows
    the و is no word of the corpus (غافن ويليامسون، مايك ويد، روبرت وود), where a conjunct's rest is
    one (ومجموعة، ويقول، وكيم)."""
    rest = word[1:]
    if _w_syllable(word):
        return True
    return len(rest) >= 3 and rest[0] in "يوا" and _no_corpus_word(rest, lexicon)


_W_CONJUNCT_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ة", "ى", "ات", "ون", "ين", "ان")


def _final_w_surname(tokens: Tokens, j: int, lexicon: PersonLexicon, after_opening: bool = False) -> bool:
    """A word opening with و that ends a name before punctuation (سارة ليا ويتسن، جاستن بورتال ويلبي،) or
    before the definite title the name's holder bears, written bare (وقالت سارة ليا ويتسن المديرة التنفيذية:
    the title after a name is its own, as _titles_before_comma reads it):
    a foreign family name's own letter, though what follows the و reads as a verb or a frequent word
    (يتسن، يلبي). A conjunct's word before punctuation is a second name the lists hold (وبوتين، وكيم),
    a word with a hamza (وأحمد، وآخرون), a definite word of the corpus (والوفد; not والترز), a word with a pronoun or a plural or
    feminine ending (وغيره، ونظيره، ومرافقين، ووزارة), or a word of the corpus as it stands (وحسب).
    The hamza is read in the source, as normalisation writes وأليكس like والترز. The word closes a
    foreign name's third word, after a given name and a bare name word, or its second, right after
    a listed given name (تود وولترز، جيمي ويلز،) or, `after_opening`, right after a first word its
    context vetted, as a speech verb's subject (وقالت ليندزي والترز،)."""
    items = tokens.items
    word = items[j].text
    if len(word) < 4 or word[0] != "و" or word[1] in "ؤئء" or tokens.original_second_letter(j) in "أإآ" \
            or (word.startswith("وال") and not _no_corpus_word(word[1:], lexicon)) or word.endswith(_W_CONJUNCT_ENDINGS) or items[j].key in lexicon.stop_words:
        return False
    if j + 1 < len(items) and (tokens.soft_gap(j) or not _PUNCT_GAP.search(tokens.gap_text(j))) \
            and not (tokens.soft_gap(j) and items[j + 1].article and items[j + 1].text in lexicon.titles_by_first):
        # (not before a clitic's title nor a bare one: أحمد قطان ومعالي رئيس هيئة الأركان، فهد العيسى ومعالي
        # وزير الدولة: معالي is the honorific of the next person)
        return False
    if j < 1 or not tokens.soft_gap(j - 1):
        return False
    if not after_opening and not _given_name_word(items[j - 1], lexicon) and (
            j < 2 or not tokens.soft_gap(j - 2) or not _given_name_word(items[j - 2], lexicon)
            or items[j - 1].key in lexicon.stop_words or items[j - 1].text.startswith("ال")):
        return False
    rest = word[1:]
    if rest in lexicon.titles_by_first or rest in lexicon.kin_nouns:
        return False  # فهد العيسى ومعالي وزير الدولة: a title of the next person
    return not in_name_lists(rest, lexicon) and word not in lexicon.given_names and word not in lexicon.person_words


def _given_name_word(token, lexicon: PersonLexicon) -> bool:
    """A listed given name that is no common word too (جيمي، سارة; not أمين، سلام), bare or behind
    the و of a list (وجيمي)."""
    word = token.text
    if word not in lexicon.given_names and word[0] == "و" and word not in lexicon.name_parts:
        word = word[1:]
    return word in lexicon.given_names and word not in lexicon.ambiguous_given_names \
        and token.key not in lexicon.stop_words and word not in lexicon.stop_words


def final_ya_surname(tokens: Tokens, j: int, lexicon: PersonLexicon) -> bool:
    """A word opening with يا that ends a name of two words or more before punctuation (سينجاي ياداف،):
    a foreign family name, not a present-tense verb, which has no bare alef after its ي: the source
    writes يأتي، يأخذ with a hamza; a verb of the corpus (ياتي written without one) stays a verb."""
    items = tokens.items
    word = items[j].text
    if len(word) < 4 or not word.startswith("يا") or tokens.original_second_letter(j) != "ا" \
            or items[j].key in lexicon.stop_words or is_verb(word, lexicon) or j < 1 or not tokens.soft_gap(j - 1):
        return False
    return j + 1 >= len(items) or (not tokens.soft_gap(j) and bool(_PUNCT_GAP.search(tokens.gap_text(j))))


_PUNCT_GAP = re.compile(r"[.،,:;؛!?؟()\"«»]")


def _foreign_l_word(token, lexicon: PersonLexicon) -> bool:
    """A word opening with ل that is a foreign name's own letter, not the preposition: a long vowel
    follows the ل (ديجان لوفرين، أمريك لابورت، ليونز) and what follows the ل is no word of the
    corpus, as _foreign_w_word reads a و; a preposition's word is one (لوزير، لاجتماع), or a verbal
    noun (لاستعادة، لاستقبال)."""
    rest = token.text[1:]
    if rest[:1] == "ي" and rest[1:2] not in ("ا", "و", "ي"):
        return False  # ليخترق، ليعلن: ل of purpose and a present verb (ي and a consonant)
    return len(rest) >= 4 and rest[0] in "يوا" and not rest.startswith("است") and not token.key.endswith(("ه", "ى")) \
        and _no_corpus_word(rest, lexicon)


def _opens_two_word_name(tokens: Tokens, j: int, lexicon: PersonLexicon, name_words: frozenset) -> bool:
    """A rare word, bare, then a name word of the corpus that is no word of it otherwise."""
    first, second = tokens.items[j], tokens.items[j + 1]
    return first.text[0] not in "ولبف" and not first.article and len(first.text) >= 3 \
        and (second.text in name_words or second.text in lexicon.name_parts) and second.key not in lexicon.stop_words


def read_name(tokens: Tokens, j: int, lexicon: PersonLexicon, country_at: dict,
              name_words: frozenset = frozenset(), regnal: bool = False) -> int:
    """Index after the name that starts at token j (j itself when there is none)."""
    items = tokens.items
    n = len(items)
    k, units, end = j, 0, j
    soft_at = None
    while k < n and units < MAX_UNITS:
        if k > j and not tokens.soft_gap(k - 1):
            break
        if k > j and tokens.hyphen_gap(k - 1):
            if opens_another_person(items[k].text, lexicon, given=False):
                break  # قمة كيم-ترامب، بوتن-ترامب: two persons, not one name
            kind = _NAME  # a hyphen joins name parts whatever they are (مون جاي-إن)
            k += 1
            units += 1
            end = k
            continue
        # A particle binds to a name word after it, even one that is also an Arabic word (لو: "if"):
        # برونو لو مير، جان إيف لو دريان.
        if k > j and items[k].text in PARTICLES and k + 1 < n and tokens.soft_gap(k) \
                and _word_class(tokens, k + 1, lexicon, country_at, name_words) == _NAME:
            k += 2
            units += 1
            end = k
            continue
        if k > j and (past_feminine_verb(items[k].text, lexicon) or derived_past_verb(items[k].text, lexicon)):
            break  # الملكة إليزابيث أقامت، رونالد ريغان أسست، مهاتير استبق: the sentence's verb
        if k > j and is_manner_adverb(items[k].text, lexicon.stop_words, lexicon.given_names):
            break  # سيف شخصيا، رئيس منتخب ديمقراطيا: an adverb after the name or the title
        kind = _word_class(tokens, k, lexicon, country_at, name_words, first=k == j)
        if kind == _HARD:
            break
        if items[k].text in CONNECTORS:
            # The word after a connector is a name whatever else it means (عبد الله، آل الشيخ،
            # أبو بكر) when it is definite or a name word; never a country or a title.
            # ... but آل names a family whatever its word is (تركي آل الشيخ).
            if k + 1 >= n or not tokens.soft_gap(k) or k + 1 in country_at or (
                    _is_title(tokens, k + 1, lexicon) and not (items[k].text == "ال" and k > j)):
                break
            after = items[k + 1].text
            if not (after.startswith("ال") or after in lexicon.name_parts or after in name_words
                    or _word_class(tokens, k + 1, lexicon, country_at, name_words) == _NAME):
                # آبي في فلوريدا: أبي is a name (Abe) here, not "father of"
                if _word_class(tokens, k, lexicon, country_at, name_words) != _HARD:
                    k += 1
                    units += 1
                    end = k
                break
            kind = _NAME
            k += 2
        else:
            k += 1
        units += 1
        if kind == _NAME:
            end = k
        elif soft_at is None:
            soft_at = k - 1
    # Rare non-name words only inside longer names (شاهد خان عباسي), not قطعت شوطا.
    # ... but a rare word may open a two-word name when a name word closes it at a boundary
    # (المتحدث باسم الرئاسة الروسية ديميتري بيسكوف الاثنين).
    if soft_at is not None and soft_at < end and end - j < 3 and not (
            soft_at == j and end == j + 2 and _opens_two_word_name(tokens, j, lexicon, name_words)):
        end = soft_at
    if regnal and end > j and end < n and items[end].text in REGNAL_ORDINALS and tokens.soft_gap(end - 1):
        end += 1
    return end


def known_name_at(tokens: Tokens, i: int, lexicon: PersonLexicon):
    """(end, cut, words, KnownPerson) of the longest known name or surname form at token i, its
    first word possibly carrying a clitic (وماتيس، لترامب، للسيسي), or None."""
    items = tokens.items
    after = items[i + 1].text if i + 1 < len(items) else None
    for cut, stem in stems(items[i].text) + particle_reading(items[i].text):
        if stem not in lexicon.names_by_first:
            continue
        # The names of two words or more whose second word is the next word (longest first), then
        # those of one word: the order of names_by_first, without the names that cannot be here.
        longer = lexicon.names_by_two.get((stem, after), ()) if after is not None else ()
        for words, person in (*longer, *lexicon.single_names.get(stem, ())):
            n = len(words)
            if n == 1 and ((cut == 0 and items[i].key in lexicon.stop_words) or stem in lexicon.stop_words
                           or any(c in "فك" for c in items[i].text[:cut])):
                continue  # على is not علي; فلوريس، فبركات are not ف + a family name
            if i + n <= len(items) and all(
                    items[i + k].text == words[k] and tokens.soft_gap(i + k - 1) for k in range(1, n)):
                return i + n, cut, words, person
    return None


def family_extension(tokens: Tokens, end: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """A known name may be followed by more of itself: محمد بن زايد + آل نهيان, مون جاي + -إن."""
    items = tokens.items
    while end < len(items) and tokens.hyphen_gap(end - 1) and not (
            " " in tokens.gap_text(end - 1) and items[end].key in lexicon.stop_words) \
            and not opens_another_person(items[end].text, lexicon):
        end += 1  # a spaced dash before a clause is no hyphen (ترامب - وهو من أم اسكتلندية)
    while end + 1 < len(items) and items[end].text in CONNECTORS and tokens.soft_gap(end - 1) \
            and tokens.soft_gap(end) and _word_class(tokens, end + 1, lexicon, country_at, frozenset()) == _NAME:
        end += 2
    return end


def read_name_before(tokens: Tokens, t: int, lexicon: PersonLexicon, country_at: dict,
                     name_words: frozenset = frozenset(), floor: int = 0) -> int:
    """Start of a name of two to four words that ends right before token t, a title in apposition
    (قال أندرو غاردنر الباحث في ...، وقال كريس كوكس، الرئيس التنفيذي ...); t when there is none.
    The name must open after a word that is not a name (a verb, punctuation): never mid-name."""
    items = tokens.items
    if t == 0 or not (tokens.soft_gap(t - 1) or tokens.gap_text(t - 1).strip() == "،"):
        return t
    k = t - 1
    # A family name that is also a less frequent word (حجاب، خان) ends a name that a comma closes
    # before the title, right after a given name: نشر رياض حجاب، رئيس الوزراء السوري الأسبق.
    if k - 1 >= floor and tokens.gap_text(k).strip() == "،" and tokens.soft_gap(k - 1) \
            and items[k - 1].text in lexicon.given_names \
            and _word_class(tokens, k, lexicon, country_at, name_words) == _SOFT:
        k -= 1
    while k >= floor and t - k <= MAX_UNITS + 2:
        if k < t - 1 and not tokens.soft_gap(k):
            break
        if _word_class(tokens, k, lexicon, country_at, name_words) != _NAME:
            break
        k -= 1
    start = k + 1
    if k >= floor and tokens.soft_gap(k) and _word_class(tokens, k, lexicon, country_at, name_words) == _NAME:
        return t  # ran past the longest name: not a name's start
    while start < t and _word_class(tokens, start, lexicon, country_at, name_words, first=True) != _NAME:
        start += 1
    if t - start >= 3 and past_feminine_verb(items[start].text, lexicon):
        start += 1  # حضرت جاكيندا أردرن، رئيسة وزراء: the verb before the name (جاريت ماركيز is a name)
    if t - start < 2 or items[start].text in CONNECTORS or items[t - 1].text in CONNECTORS:
        return t
    return start
