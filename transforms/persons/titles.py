"""Titles before a name: the office (وزير الدفاع), what continues it (حكومة الوفاق الوطني، باسم
الرئاسة، للشؤون العامة), the country adjective inside it (الأميركي), and honorifics chained after
it (أميرها الشيخ، ولي العهد الأمير)."""
from __future__ import annotations

from dataclasses import dataclass, field

from transforms.persons.lexicon import CHAIN_KINDS, NAMER_KINDS, POSSESSIVE, PersonLexicon, is_then_adverb
from transforms.persons.names import is_verb, known_name_at, past_verb
from transforms.persons.tokens import Tokens, stems

# Prepositions that attach a place to an office (السفير في كوريا الشمالية، السفير لدى اليمن).
_PLACE_PREPOSITIONS = frozenset({"في", "لدي", "الي"})
# A title is rarely longer than this many words (المتحدث باسم وزارة الخارجية الإيرانية).
_MAX_TITLE_WORDS = 9


@dataclass
class TitleMatch:
    start: int                 # first token of the title
    cut: int                   # characters of clitics before the title in its first token (والرئيس)
    head_cut_end: int          # characters kept of the head token (أميرها → أمير), from its start
    end: int                   # token after the whole phrase, chained honorifics included
    kind: str
    possessive: bool           # أميرها: "its emir", the country named just before
    words: list[int] = field(default_factory=list)      # tokens of the title text (no country words)
    countries: list[dict] = field(default_factory=list)  # country mentions inside the phrase
    country_via_preposition: list[bool] = field(default_factory=list)
    # في/لدى/إلى as a word before the country (السفير لدى إسرائيل), not a glued ل, which may also
    # be the genitive of the state served (المندوب الدائم لقطر لدى مكتب الأمم المتحدة).
    country_after_preposition_word: list[bool] = field(default_factory=list)


def _title_at(tokens: Tokens, i: int, lexicon: PersonLexicon):
    """(Title, cut, head_length, possessive) of a title starting at token i, or None."""
    items = tokens.items
    for cut, stem in stems(items[i].text):
        forms = [(stem, False)]
        if stem.endswith(POSSESSIVE) and not stem.startswith("ال") and len(stem) > 4:
            forms.append((stem[: -len(POSSESSIVE)], True))
        for form, possessive in forms:
            kin = lexicon.kin_nouns.get(form, ()) if not possessive else ()
            for title in (*lexicon.titles_by_first.get(form, ()), *kin):
                n = len(title.words)
                if i + n > len(items):
                    continue
                if all(items[i + k].text == title.words[k] and tokens.soft_gap(i + k - 1) for k in range(1, n)):
                    return title, cut, len(form), possessive
    return None


def _country_tokens(country_at: dict[int, dict], j: int) -> tuple[dict, int] | None:
    mention = country_at.get(j)
    if mention is None:
        return None
    end = j
    while country_at.get(end) is mention:
        end += 1
    return mention, end


def glued_given_name_after_demonym(tokens: Tokens, j: int, lexicon: PersonLexicon, country_at: dict) -> bool:
    """Token j is a given name of four letters opening with ل (لحسن، لجين) right after a title closed
    by a nationality adjective (الوزير المغربي لحسن الداودي، وزير الشؤون العامة والحكامة المغربي لحسن
    الدوادي): the office is complete, so the word is the holder's name, not ل and a complement
    (المحامي الخاص لترامب)."""
    word = tokens.items[j].text
    mention = country_at.get(j - 1)
    return len(word) == 4 and word[0] == "ل" and word[1:] in lexicon.given_names and mention is not None \
        and mention.get("via") == "adjective" and j not in country_at


_CLOSING_MARKS = frozenset("،,.:؛")
# Pronoun suffixes (normalised) that end a noun or a verb, never a name (لقريبها، خدعها، ارتاداهما).
_PRONOUNS = ("ها", "هم", "هما", "هن", "كم")
# What may close a relative's one-word name: punctuation, a bracket or a quotation mark.
_KIN_NAME_CLOSERS = _CLOSING_MARKS | frozenset('("«»')


def kin_name_word(tokens: Tokens, j: int, lexicon: PersonLexicon) -> bool:
    """Whether the word at j, right after a kinship noun with its pronoun, is the relative's one-word
    name though no unambiguous given name: a word of the corpus's names that no common word shares
    (وزوجته ميلانيا توجهت، وابنته يوليا), a given name (شقيقه عبدالله إن), or a given name a common word
    shares or any name-like word standing alone before punctuation. Never a definite word (ابنته
    الكبرى), a verb (زوجته نظرت) or the start of a hyphenated name."""
    items = tokens.items
    token = items[j]
    word = token.text
    last = j + 1 >= len(items)
    if token.article or len(word) < 3 or (not last and tokens.hyphen_gap(j)) or is_verb(word, lexicon) \
            or past_verb(word, lexicon):
        return False
    if word in lexicon.given_names and token.key not in lexicon.stop_words:
        return True
    # A name word of the corpus, not glued to و (وشقيقتها، وصهره: the next relative) nor a future verb's
    # shape (ابنه سينضم).
    if token.key not in lexicon.stop_words and word in lexicon.name_parts and word[0] != "و" \
            and _no_verb_or_clitic_shape(word, lexicon) \
            and not (word[0] in "بل" and word not in lexicon.person_words):
        return True  # not a word behind a clitic either (وزوجته بحفاوة)
    closed = last or tokens.gap_text(j).strip()[:1] in _KIN_NAME_CLOSERS
    # Any word that may be a name's, standing alone before punctuation, is the relative's name though
    # no list holds it or the stop list does (وزوجته انتصار، ابنهما عمرو، الذي; وابنته يوليا.; وقال
    # صديقه مكسيم "التقينا), unless behind a clitic on a frequent word, shaped like a future verb, an
    # accusative of the stop list (وأصبحت زوجته حاملا) or carrying a pronoun (زوّج ابنته لقريبها،).
    return closed and (word in lexicon.given_names or (
        _named_word(tokens, j, lexicon) and _no_verb_or_clitic_shape(word, lexicon)
        and not (token.key in lexicon.stop_words and word.endswith("ا")) and not word.endswith(_PRONOUNS)))


def _no_verb_or_clitic_shape(word: str, lexicon: PersonLexicon) -> bool:
    """Neither a future verb's shape (ابنه سينضم) nor a frequent word behind a clitic (وزوجته بحفاوة)."""
    return not (word[0] == "س" and word[1] in "يتن") \
        and not any(stem in lexicon.stop_words for _, stem in stems(word)[1:])


# Words a name after a word of naming (يدعى، المدعو) runs to at most.
_NAMED_MAX_WORDS = 5


def _named_word(tokens: Tokens, k: int, lexicon: PersonLexicon) -> bool:
    """Whether token k may be a word of the name that a word of naming gives (ويدعى رضوان لقديم،
    تدعى بيا كيم): a bare word of two letters or more, no verb, and no frequent word unless a given
    name written as one (يدعى إلى الاجتماع: "is invited to"; يدعى لويس هلسينتيغر على القضية: على, not
    علي; the rarer words of the stop list are names as often: رضوان). Not definite (تدعى الجمعية الدينية), not glued to و (the next of a list), and no noun
    in ة but a given name (تدعى سفرة السينات، تدعى فاطمة)."""
    token = tokens.items[k]
    word = token.text
    return len(word) >= 2 and not token.article and word[0] != "و" and not token.final_ha \
        and (not token.key.endswith("ه") or word in lexicon.given_names) \
        and (token.key not in lexicon.stop_words or token.key in lexicon.soft_stop_words
             or (word in lexicon.given_names and not token.key.endswith("ى"))) \
        and not is_verb(word, lexicon) and not past_verb(word, lexicon)


def named_name_end(tokens: Tokens, j: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """End of the name right after a word of naming (kind naming of titles.csv: يدعى، تدعى، المدعو):
    the words that may be a name's (_named_word), up to punctuation, a country, a title or
    _NAMED_MAX_WORDS words; j when there is none. The word of naming vouches for a name of two words
    or more, so a foreign one no list holds is read (أن المرأة تدعى بيا كيم، امرأة تدعى كانغ يينغ);
    one word alone must be a given name or a name word of the lists (ويدعى علاء), since things are named
    so too (بلدة صغيرة تدعى بسيون، عنصر مشع يدعى بلوتينيوم 210)."""
    items = tokens.items
    end = j
    while end < len(items) and end - j < _NAMED_MAX_WORDS and (end == j or tokens.soft_gap(end - 1)) \
            and end not in country_at:
        if _named_word(tokens, end, lexicon) and not (lexicon.may_open(items[end].text) and _title_at(tokens, end, lexicon)):
            end += 1
            continue
        if end > j and _definite_family_name(tokens, end, lexicon):
            end += 1  # ويدعى عبدالخالق الحوثي: a definite family name ends the name
        break
    word = items[j].text
    if end == j + 1 and (not (word in lexicon.given_names or word in lexicon.name_parts or word in lexicon.person_words)
                         or (end < len(items) and tokens.soft_gap(j) and end in country_at)):
        return j  # one word and no name of the lists, or one running into a country's word (يُدعى إيفريت روس)
    return end


def _definite_family_name(tokens: Tokens, k: int, lexicon: PersonLexicon) -> bool:
    """Whether the definite word k may close a name: a word of a known name, a name word of the
    corpus or a rare word, or any definite word punctuation closes (ويدعى عبدالخالق الحوثي.); not a
    frequent word the sentence goes on with (يدعى محمد الذي)."""
    token = tokens.items[k]
    closed = k + 1 >= len(tokens.items) or tokens.gap_text(k).strip()[:1] in _CLOSING_MARKS
    return token.article and (closed or token.text in lexicon.person_words or token.text in lexicon.name_parts
                              or token.key not in lexicon.stop_words)


def _kin_match(tokens: Tokens, i: int, title, cut: int, head_len: int, lexicon: PersonLexicon) -> TitleMatch | None:
    """A kinship noun with its pronoun (ابنته إيفانكا، وزوجته انتصار، شقيقه روبرت) names the relative
    when a given name or a known name follows it right away. Written with ة it is a noun in
    construct (شقيقة الزعيم، ابنة الملك): the name after it is the other one's. Before an adjective,
    a verb or a noun (زوجته نظرت، وابنته بضعف عقلي، شقيقه اللواء) it is no title. A word of naming
    (يدعى، المدعو) names whatever name-like word follows it (_named_word)."""
    items = tokens.items
    j = i + 1
    if not items[i].final_ha and items[i].text.endswith("ه") or j >= len(items) or not tokens.soft_gap(i):
        return None
    word = items[j].text
    # يدعى "is called", not يدعي "claims" (تدّعي براءة المتهمين): the text writes its final ى. A word
    # of naming no name follows is no title at all, and leaves the words after it to the other readers.
    if title.kind == "naming" and (items[i].key.endswith("ي") and title.words[0].endswith("ي")
                                   or named_name_end(tokens, j, lexicon, {}) == j):
        return None
    if title.kind != "naming" and (word not in lexicon.given_names or word in lexicon.ambiguous_given_names
            or items[j].key in lexicon.stop_words) and known_name_at(tokens, j, lexicon) is None \
            and not kin_name_word(tokens, j, lexicon):
        return None
    match = TitleMatch(i, cut, cut + head_len, j, title.kind, False)
    match.words = [i]
    return match


def match_title(tokens: Tokens, i: int, lexicon: PersonLexicon, country_at: dict[int, dict]) -> TitleMatch | None:
    """The title phrase starting at token i, with the country it names, or None."""
    found = _title_at(tokens, i, lexicon)
    if found is None:
        return None
    title, cut, head_len, possessive = found
    items = tokens.items
    if title.kind in NAMER_KINDS:
        return _kin_match(tokens, i, title, cut, head_len, lexicon)
    match = TitleMatch(i, cut, cut + head_len, i + len(title.words), title.kind, possessive)
    match.words = list(range(i, i + len(title.words)))
    j = match.end
    while j < len(items) and j - i < _MAX_TITLE_WORDS and tokens.soft_gap(j - 1):
        word = items[j].text
        country = _country_tokens(country_at, j)
        if country is not None:
            mention, after = country
            match.countries.append(mention)
            if mention.get("via") != "adjective":
                match.words.extend(range(j, after))  # السفير في إسرائيل keeps its place
            previous = items[j - 1].text
            # لليمن، بليبيا (glued), في/لدى اليمن: a place the office is in, not the state it serves.
            via_prep = previous in _PLACE_PREPOSITIONS or mention.get("glued_preposition", False)
            match.country_via_preposition.append(bool(via_prep))
            match.country_after_preposition_word.append(previous in _PLACE_PREPOSITIONS)
            j = after
            continue
        if is_then_adverb(word):
            j += 1  # الرئيس الأميركي آنذاك جورج بوش: the office as it was then, not part of its text
            continue
        other = _title_at(tokens, j, lexicon)
        # An office without the article takes what follows as its complement, rank or not
        # (نائب القائد الأعلى، قائد الجيش); after a complete office a rank starts a chain.
        needs_complement = not items[j - 1].text.startswith("ال") and match.words[-1] == j - 1 \
            and not (possessive and j - 1 == i) and _title_at(tokens, j - 1, lexicon) is not None
        if other is not None and word.startswith("ال") and needs_complement and other[1] == 0:
            match.words.extend(range(j, j + len(other[0].words)))
            j += len(other[0].words)
            continue
        if other is not None and (other[0].kind in CHAIN_KINDS or other[1] > 0 or other[0].kind == "naming"):
            break  # an honorific or rank starts a chain; والرئيس starts another person; يدعى names one
        if other is not None and not word.startswith("ال"):
            match.words.extend(range(j, j + len(other[0].words)))  # مدير مكتب رئيس الوزراء
            j += len(other[0].words)
            continue
        known = known_name_at(tokens, j, lexicon) if word.startswith("ال") else None
        if known is not None and known[1] == 0:
            break  # a known family name right after the office: الرئيس السيسي، الرئيس الحريري
        if items[j].article or word in lexicon.office_nouns \
                or any(s in lexicon.office_nouns for _, s in stems(word)[1:]):
            match.words.append(j)
            j += 1
            continue
        # A genitive with ل: الأمين العام للاتحاد العالمي لعلماء المسلمين، وزير الدولة لشؤون الخليج.
        if word.startswith("ل") and len(word) >= 4 and j + 1 < len(items) and tokens.soft_gap(j) \
                and items[j + 1].text.startswith("ال") and (j + 1) not in country_at \
                and not glued_given_name_after_demonym(tokens, j, lexicon, country_at):
            match.words.append(j)
            j += 1
            continue
        if word in _PLACE_PREPOSITIONS and j + 1 < len(items) and tokens.soft_gap(j) and (
                j + 1 in country_at or items[j + 1].text.startswith("ال")):
            match.words.append(j)
            j += 1
            continue
        break
    match.end = j
    # Honorifics and ranks after the office: أميرها الشيخ صباح، العاهل الأردني الملك عبد الله.
    for _ in range(2):
        if j >= len(items) or not tokens.soft_gap(j - 1):
            break
        chained = _title_at(tokens, j, lexicon)
        if chained is None or chained[1] > 0 or chained[3]:
            break
        j += len(chained[0].words)
        # The country adjective may follow the chained title: الرئيس السيسي is rare, but
        # الملك الأردني عبد الله is not.
        country = _country_tokens(country_at, j) if j < len(items) and tokens.soft_gap(j - 1) else None
        if country is not None:
            match.countries.append(country[0])
            match.country_via_preposition.append(False)
            match.country_after_preposition_word.append(False)
            j = country[1]
    match.end = j
    return match
