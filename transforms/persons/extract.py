"""extract_persons: the persons one text names, each once, with the fullest name, the title as
stated (without its country adjective) and the country they serve."""
from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from transforms.persons.coref import FullerNames, resolve_names, shorter_form_of
from transforms.persons.lexicon import (_JOINED_PREFIXES, _KEY_LETTERS, CHAIN_KINDS, CONNECTORS, NAMER_KINDS, REGNAL_ORDINALS, KnownPerson,
                                        PersonLexicon, canonical_name_key, is_manner_adverb, spelt_alike, surname_forms, words_key,
                                        words_of)
from transforms.persons.names import (_NAME, PARTICLES, _final_w_surname, _is_title, _word_class, clause_verb, derived_past_verb, family_extension, in_name_lists, is_verb,
                                      final_ya_surname, future_verb, known_name_at, past_feminine_verb, past_verb, prayer_formula_at, read_name, read_name_before)
from transforms.persons.tagger import continues_marginal, inside_marginal, tag_spans
from transforms.persons.titles import TitleMatch, _title_at, glued_given_name_after_demonym, kin_name_word, match_title, named_name_end
from transforms.persons.tokens import Tokens, from_words, stems, tokenize
from transforms.sentences import split_sentences
from transforms.span_cover import SpanCover

# Offices whose holder serves the country the sentence has just named when no adjective says so
# (إلى باكستان حيث يعتزم الاجتماع مع رئيس الوزراء شاهد خان عباسي، الأردن ... الملك عبد الله الثاني).
# Heads of bodies (رئيس المفوضية الأوروبية) and envoys are not.
_CONTEXT_KINDS = frozenset({"head_of_government", "minister", "royal"})
_REGNAL_KINDS = frozenset({"royal", "religious"})
# A counterpart (نظيره المصري) names the country, never the office; a relative (ابنته إيفانكا،
# وزوجته انتصار) is named after the kinship noun, which is no office.
_NO_TITLE_KINDS = frozenset({"counterpart"}) | NAMER_KINDS


def person_id(name_ar: str) -> str:
    """Stable id of a person: a short hash of the canonical key of the fullest name."""
    return hashlib.sha1(canonical_name_key(name_ar).encode("utf-8")).hexdigest()[:16]


@dataclass
class _Mention:
    words: tuple[str, ...]
    char_start: int
    char_end: int
    title: TitleMatch | None = None
    known: KnownPerson | None = None
    tok_end: int = -1  # token after the mention (for a title that follows it)
    single: bool = False  # a name of one word the tagger is sure of (ميلانيا)


def _first_words(m: _Mention, n: int, items, last: int) -> _Mention:
    """The mention cut to its first n words, the last of them the token items[last]; itself when
    nothing is cut. A cut name is no longer the known person's name."""
    if n == len(m.words):
        return m
    return _Mention(m.words[:n], m.char_start, items[last].oend, m.title, None, last + 1, m.single)


def _char_span(tokens: Tokens, first: int, cut: int, last: int) -> tuple[int, int]:
    items = tokens.items
    if cut:
        return tokens.norm.span_to_original(items[first].start + cut, items[last].end)
    return items[first].ostart, items[last].oend


def _country_index(tokens: Tokens, text: str, country_mentions: list[dict]) -> dict[int, dict]:
    """Token index → the country mention covering it (a copy flagged when a preposition is glued
    to it: لليمن، بليبيا)."""
    out: dict[int, dict] = {}
    if not country_mentions:
        return out
    spans = []
    for mention in country_mentions:
        start = mention["char_start"]
        glued = start > 0 and text[start - 1] in "لب"
        spans.append((start, mention["char_end"], dict(mention, glued_preposition=bool(glued))))
    spans.sort(key=lambda s: s[0])
    items = tokens.items
    n = len(items)
    k = 0
    index = 0
    while index < n:
        token = items[index]
        s, e = token.ostart, token.oend
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        if k == len(spans):
            break
        if spans[k][0] < e:
            out[index] = spans[k][2]
            index += 1
        else:
            # No token before the one ending past the span's start can touch it: go there.
            index = bisect_right(items, spans[k][0], lo=index + 1, key=_token_end)
    return out


def _token_end(token) -> int:
    return token.oend


def _title_text(text: str, tokens: Tokens, match: TitleMatch) -> str | None:
    if match.kind in _NO_TITLE_KINDS:
        return None
    parts = []
    for index in match.words:
        token = tokens.items[index]
        start = token.start + (match.cut if index == match.start else 0)
        end = token.start + match.head_cut_end if index == match.start else token.end
        s, e = tokens.norm.span_to_original(start, end)
        part = text[s:e]
        if index == match.start and tokens.items[index].text[match.cut:].startswith("ل") \
                and not part.startswith("ل" * 2) and part.startswith("ل"):
            part = "ا" + part  # للرئيس → ل + الرئيس
        parts.append(part)
    return " ".join(" ".join(parts).split()) or None


# Which title to keep when a person has several: the office (وزير الخارجية) before a rank (العميد)
# before an honorific (الشيخ، الدكتور); the first in the text among equals.
_TITLE_RANK = {"honorific": 2, "rank": 1}


def _best_title(text: str, tokens: Tokens, titled: list) -> str | None:
    candidates = [(_TITLE_RANK.get(m.title.kind, 0), n, _title_text(text, tokens, m.title))
                  for n, m in enumerate(titled)]
    candidates = [c for c in candidates if c[2]]
    return min(candidates)[2] if candidates else None


# A diplomat's office names the post it is sent to after في، لدى or إلى (السفير في هولندا، السفير
# لدى إسرائيل، المبعوث الأممي إلى اليمن): that is the host, never the state he serves, which a name
# or an adjective gives (سفير لبنان في فرنسا، السفير الأميركي لدى). A glued ل is left as it was: it
# is the post (المبعوث الأممي لليمن) as often as the state served (المندوب الدائم لقطر لدى).
_POSTED_KINDS = frozenset({"diplomat"})


def _title_country(match: TitleMatch) -> str | None:
    """The state an office serves: its nationality adjective or institution (وزير الدفاع الأميركي)
    before a country it merely sits in (السفير في كوريا الشمالية)."""
    pairs = zip(match.countries, match.country_via_preposition, match.country_after_preposition_word)
    if match.kind in _POSTED_KINDS:
        pairs = [(c, via, word) for c, via, word in pairs if not word]
    ranked = sorted(pairs, key=lambda c: (c[1], c[0].get("via") == "name"))
    return ranked[0][0]["iso2"] if ranked else None


# Kinds of seeds/organisations.csv that belong to one state: its government, ministries, parliament,
# forces and state agencies, and its parties and armed groups (حركة حماس PS, حزب الله LB). A news
# agency or a university is a company, not an office of the state.
_STATE_BODY_KINDS = frozenset({"government", "ministry", "parliament", "military", "agency_state", "party", "group"})


def _body_country(match: TitleMatch, tokens: Tokens, organisations) -> str | None:
    """The state of the body an office belongs to, named inside the title or as its complement
    right after it (رئيس المكتب السياسي لحماس → PS): the first such body with a state."""
    if not organisations:
        return None
    last = min(match.end, len(tokens.items) - 1)
    start = tokens.norm.to_original(tokens.items[match.start].start)
    end = tokens.norm.to_original(tokens.items[last].end)
    if match.end < len(tokens.items) and not tokens.soft_gap(match.end - 1):
        end = tokens.norm.to_original(tokens.items[match.end - 1].end)
    inside = [o for o in organisations if o.get("iso2") and o.get("kind") in _STATE_BODY_KINDS
              and start <= o["char_start"] and o["char_start"] < end]
    return min(inside, key=lambda o: o["char_start"])["iso2"] if inside else None


def _context_country(match: TitleMatch, char_start: int, sentences, country_mentions) -> str | None:
    """The country named last before the title in its sentence (الكويت ... أميرها)."""
    sentence = next(((s, e) for s, e in sentences if s <= char_start < e), None)
    if sentence is None:
        return None
    before = [m for m in country_mentions
              if m.get("via") == "name" and sentence[0] <= m["char_start"] and m["char_end"] <= char_start]
    return max(before, key=lambda m: m["char_start"])["iso2"] if before else None


def _all_name_parts(extra, lexicon: PersonLexicon) -> bool:
    """Whether words after a known name continue it (علي بن محمد + الرميحي، جان إيف + لو دريان)
    rather than the sentence."""
    if len(extra) == 2 and extra[0].text in PARTICLES:
        return True  # the reader bound the particle to a name word already
    return all(t.text in lexicon.name_parts or t.text in lexicon.person_words for t in extra)


_COMMAS = frozenset("،,")  # the Arabic comma and the Latin one, which Arabic news also types
_CLOSING_PUNCTUATION = _COMMAS | frozenset(":؛.")


def _family_name_closed_by_punctuation(tokens: Tokens, k: int, lexicon: PersonLexicon) -> bool:
    """Token k is a bare word of a name's shape that punctuation closes (مدير الشرطة الماليزية،
    محمد فوزي هارون، تصريحات; وزير خارجيتها الجديد، كارلوس هولمز تروجيلو، أن): the family name
    ending a name in apposition, not a word of the sentence going on (مايك بومبيو ناقش مع)."""
    items = tokens.items
    token = items[k]
    if k + 1 < len(items) and not any(c in _CLOSING_PUNCTUATION for c in tokens.gap_text(k)):
        return False
    return len(token.text) >= 3 and not token.article and token.key not in lexicon.stop_words \
        and not _phrase_shaped(token) and not token.final_ha and not is_verb(token.text, lexicon) \
        and not _not_a_name_word(token, lexicon)


def _continues_full_name(extra, lexicon: PersonLexicon) -> bool:
    """Words after a known name of two words or more: a family name (definite: الرميحي), a word of
    a known name or a connector's phrase, not a bare word the name parts merely list (مايك بومبيو
    ناقش، جون بولتون اتصل: the mined parts count whatever follows names)."""
    if not _all_name_parts(extra, lexicon):
        return False
    if len(extra) == 2 and extra[0].text in PARTICLES:
        return True
    return all(t.article or t.text in lexicon.person_words or t.text in lexicon.given_names or t.text in CONNECTORS
               or (k > 0 and extra[k - 1].text in CONNECTORS) for k, t in enumerate(extra))


def _skip_leading_proper_noun(items, j: int, end: int, lexicon: PersonLexicon) -> int:
    """رئيس مجلس إدارة ستارباكس كيفن جونسون: an unknown word before a known first name, in a
    name of three words or more, belongs to the title (a company, a club), not to the name."""
    first, second = items[j].text, items[j + 1].text if j + 1 < end else ""
    known_word = first in lexicon.name_parts or first in lexicon.person_words or first in lexicon.stop_words \
        or (first.startswith(_JOINED_PREFIXES) and len(first) > 4)  # عبدربه، أبوبكر: a name word
    if end - j >= 3 and second in lexicon.name_parts and second not in CONNECTORS \
            and not known_word and first not in CONNECTORS:
        return j + 1
    return j


def _phrase_shaped(token) -> bool:
    """يدعم، سيلتقي (a present-tense verb), صلى، أدى (a verb in ى), ولاعب (a conjunct), بتسريحة،
    بعقلانية (a preposition and a noun in ة): not a family name."""
    word = token.text
    if len(word) >= 4 and (word[0] in "يو" or word.startswith("سي") or word.startswith("ست")):
        return True
    if token.key.endswith("ى"):
        return True
    return len(word) >= 6 and word[0] in "بلك" and word.endswith("ه")


def _future_letters_only(token, lexicon: PersonLexicon) -> bool:
    """A word opening with سي or ست that is no future verb of the corpus nor a verb or a frequent
    word (سينجاي، ستيفن; not سيلتقي، ستعقد): the letters are a name's own."""
    word = token.text
    return word.startswith(("سي", "ست")) and not future_verb(word, lexicon) and not is_verb(word, lexicon) \
        and token.key not in lexicon.stop_words and not token.key.endswith("ى") and not word.endswith(("ه", "ها"))


# Given names spelt like a preposition when a text writes ى as ي (علي / على).
PREPOSITION_HOMOGRAPHS = frozenset({"علي"})


def _given_name_at(token, lexicon: PersonLexicon, name_words: frozenset) -> tuple[str | None, int]:
    """(given name, clitic length) when the token is a given name, bare or glued to و: the second of
    two coordinated persons (محمد وأحمد ألتان، بين محمد مرسي وأحمد شفيق وحمدين صباحي). A word that
    is itself a name or a frequent word (وسام، وليد، وزير) is not و + a given name."""
    word = token.text
    if word in lexicon.given_names:
        return word, 0
    # A frequent و + given name is a stop word, as it ends the name before it (العريان ومحمد
    # البلتاجي): it still opens the next one (conjunct_given_names).
    if len(word) > 3 and word[0] == "و" and word[1:] in lexicon.given_names \
            and word[1:] not in lexicon.ambiguous_given_names and word not in name_words \
            and word not in lexicon.name_parts and (token.key not in lexicon.stop_words
                                                    or token.key in lexicon.conjunct_given_names):
        return word[1:], 1
    return None, 0


# Verbs that report speech (وقال، قالت: PersonLexicon.speech_forms): the subject after them, two or three name-like words
# then a comma, a colon or «إن» and its pronoun forms (PersonLexicon.speech_complements), is a person (وقال مارفين هير ...
# إن، وقالت باميلا أنومينيز إنها).


def _speech_subject_end(tokens: Tokens, i: int, lexicon: PersonLexicon, country_at: dict,
                        name_words: frozenset, closed: bool = True) -> int:
    """End of an untitled name of two or three words right after a speech verb, closed by
    punctuation or «إن» (وقال مارفين هير، وأبراهام كوبر); i when there is none. The first word is
    a bare word that is neither frequent nor definite (not وقال مسؤول، وقالت الوزارة). With
    `closed` False anything may follow the name."""
    items = tokens.items
    token = items[i]
    if token.article or token.key in lexicon.stop_words or len(token.text) < 3 or i in country_at \
            or token.text in CONNECTORS or (_phrase_shaped(token) and not _future_letters_only(token, lexicon)) \
            or token.final_ha:
        return i
    # لكرة القدم، بتسريحة: a clitic and a noun; حذت الحذو، يقولون الكراهية: a verb and its object.
    if token.text not in lexicon.given_names and (
            (token.text[0] in "لب" and token.text[1:] in lexicon.stop_words)
            or (i + 1 < len(items) and items[i + 1].article)):
        return i
    end = _given_name_end(tokens, i, lexicon, country_at, name_words, token.text, speech_subject=True)
    if not 2 <= end - i <= 3:
        return i
    if closed and end < len(items) and tokens.soft_gap(end - 1) and items[end].text not in lexicon.speech_complements:
        return i
    return end


def _after_described_demonym(tokens: Tokens, i: int, country_at: dict) -> bool:
    """Token i follows a definite noun and a nationality adjective, the news's way of introducing
    someone without a listed title (الملياردير الصيني جاك ما، المفكر الإسلامي طارق رمضان is
    not a country; اللاعب البرازيلي نيمار)."""
    mention = country_at.get(i - 1)
    if mention is None or i < 2 or mention.get("via") != "adjective" or i in country_at \
            or not tokens.soft_gap(i - 1):
        return False
    k = i - 1
    while k > 0 and country_at.get(k - 1) is mention:
        k -= 1
    # والروسي كيريل سيريبرينيكوف, after الإيراني جعفر بناهي: a nationality adjective joined by و
    # goes on a list of people, its noun given once before.
    if tokens.items[k].text.startswith("وال"):
        return True
    if not tokens.items[k].article:
        return False
    return k > 0 and tokens.soft_gap(k - 1) and tokens.items[k - 1].article and (k - 1) not in country_at


def _nisba_family_name(tokens: Tokens, j: int, end: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """A given name alone after a title, then a nationality adjective: the adjective is the family
    name (اللواء منصور التركي، الفنان محمد المصري), not the country of the title."""
    items = tokens.items
    if end != j + 1 or end >= len(items) or not tokens.soft_gap(j) or items[j].text not in lexicon.given_names \
            or items[j].text in lexicon.ambiguous_given_names:
        return end
    mention = country_at.get(end)
    if mention is None or mention.get("via") != "adjective" or country_at.get(end + 1) is mention \
            or not items[end].article:
        return end
    return end + 1


# From this probability (the tagger's) that a word of the stop list closing a name of two words is a
# name word, it is the name's last word (اللواء عباس مصطفى كامل، طه ياسين رمضان الذي، ري يونغ هو في).
_CLOSING_STOP_MIN = 0.8


def _closing_stop_word(tokens: Tokens, j: int, end: int, lexicon: PersonLexicon, country_at: dict) -> bool:
    """Whether token `end`, a word of the stop list (seeds/name_stopwords.csv) right after a name of
    two words or more (tokens j..end-1), is the name's last word: a bare word that is no verb, title
    or country, closed by punctuation, a frequent word or a title, and that the learned tagger reads
    inside the name (اللواء عباس مصطفى كامل، ; مولاي حفيظ العلمي على; علي محسن الأحمر،), where a
    word that qualifies the name is not (أحمد أبو الغيط المقرب من، سامح شكري الجديد في). Three-word
    names of the region and Korean names end so (كامل، رمضان، العلمي، الذهب، هو). A word of the
    stop list so frequent that it never stands inside a name (SOFT_STOP_MAX_DOCS: الأربعاء) must be
    a word of a known name (الحوثي) or a syllable of two letters (ري يونغ هو، بارك غيون هي); a
    clitic and a word (باستخدام، لترامب) is never one."""
    items = tokens.items
    n = len(items)
    if lexicon.tagger is None or end - j < 2 or end >= n or not tokens.soft_gap(end - 1) \
            or tokens.hyphen_gap(end - 1):
        return False
    token = items[end]
    word = token.text
    if token.key not in lexicon.stop_words or word[0] in "وف" or word.startswith(("لل", "بال", "كال")) \
            or end in country_at or len(word) < 2 or token.final_ha or items[end - 1].text in CONNECTORS \
            or not (token.key in lexicon.soft_stop_words or word in lexicon.person_words or len(word) == 2) \
            or any(len(stem) >= 3 and "ك" not in word[:cut] and (stem in lexicon.stop_words or stem in lexicon.person_words)
                   for cut, stem in stems(word)[1:]) \
            or _is_title(tokens, end, lexicon) or is_verb(word, lexicon) or past_verb(word, lexicon) \
            or past_feminine_verb(word, lexicon) or word in REGNAL_ORDINALS:
        return False
    if end + 1 < n and tokens.soft_gap(end):
        after = items[end + 1]
        if not ((after.key in lexicon.stop_words and after.key not in lexicon.soft_stop_words)
                or _is_title(tokens, end + 1, lexicon)):
            return False
    return inside_marginal(tokens, end, lexicon.tagger, lexicon, country_at) >= _CLOSING_STOP_MIN


_FUNCTION_WORD_MAX = 5  # letters of the frequent words that close a lone given name
# At or above this probability (the tagger's) one word after a definite royal title is a given name.
_REGAL_ONE_WORD_MIN = 0.5


def _regal_name_word(tokens: Tokens, j: int, lexicon: PersonLexicon, country_at: dict) -> bool:
    """One word after a definite royal title that names the royal though no given-name list holds it
    (الأمير ألبرت، الملكة إليزابيث): no definite word (الملك الراحل), no country, no word of the
    sentence's, and read as a name by the tagger. The title stands right before it, spaces only between
    (not الأمير، فإليزابيث كولا), and is no part of a given name (عبد الملك ريغي)."""
    items = tokens.items
    token = items[j]
    if j < 1 or not tokens.soft_gap(j - 1) or (j >= 2 and (items[j - 2].key in CONNECTORS
                                                          or items[j - 2].text in CONNECTORS)):
        return False
    return lexicon.tagger is not None and not token.article and j not in country_at \
        and token.key not in lexicon.stop_words and not is_verb(token.text, lexicon) \
        and inside_marginal(tokens, j, lexicon.tagger, lexicon, country_at) >= _REGAL_ONE_WORD_MIN


def _lone_given_name(tokens: Tokens, j: int, lexicon: PersonLexicon, regal: bool = False, named: bool = False,
                     country_at: dict | None = None) -> bool:
    """A given name standing alone after a title names a person (الأمير هاري وميغان، وابنته
    يوليا، إذ) unless it is also a common word (أمين، سلام). It must stand alone: punctuation or a
    conjunct follows, not a word the name reader merely stopped at (مصطفى لهبيري، جورج واشنطن),
    except after a royal title (`regal`), where a given name alone is the usual name. `named`: the
    word opens a full name the text gave before (هاكان فيدان ... هاكان), listed as a given name or not.
    After a royal title a foreign given name no list holds is one too (الأمير ألبرت، الملكة إليزابيث)
    when it is no definite word and the learned tagger reads it as a name (`country_at` given)."""
    items = tokens.items
    token = items[j]
    regal_word = regal and country_at is not None and token.text not in lexicon.given_names and not named \
        and _regal_name_word(tokens, j, lexicon, country_at)
    if (token.text not in lexicon.given_names and not named and not regal_word) \
            or token.text in lexicon.ambiguous_given_names \
            or token.key in lexicon.stop_words:
        return False
    if j + 1 >= len(items) or not tokens.soft_gap(j):
        return True
    after = items[j + 1]
    if _is_title(tokens, j + 1, lexicon):
        return True  # another office closes it (الأمير تشارلز أمير ويلز، الأمير وليام دوق كامبريدج)
    if regal and not tokens.hyphen_gap(j) and after.text not in lexicon.person_words \
            and after.text not in lexicon.name_parts and after.text not in lexicon.given_names:
        return True  # a royal's given name, then a phrase the reader stopped at (الأمير تشارلز والد العريس)
    if is_verb(after.text, lexicon) or is_manner_adverb(after.text, lexicon.stop_words, lexicon.given_names):
        # a present-tense verb follows its subject (الأمير تشارلز يحمل سيفا), an adverb its name
        # (البابا فرنسيس شخصيا)
        return True
    if after.key in lexicon.stop_words and after.key not in lexicon.soft_stop_words and not after.article \
            and len(after.text) <= _FUNCTION_WORD_MAX and not tokens.hyphen_gap(j) \
            and after.text not in lexicon.person_words and after.text not in lexicon.name_parts:
        # a short word so frequent it never stands inside a name (البابا فرنسيس خلال، الأمير ألبرت
        # عام، الملكة فيكتوريا واحدة), not a definite family name (عبدالملك الحوثي), a place (جورج
        # واشنطن) or a hyphen's syllable (كيم سي-يون)
        return True
    # وكيت، وميغان: a conjunct; واشنطن، وليد: a word of its own
    return after.text[0] == "و" and after.key not in lexicon.stop_words and after.text not in lexicon.name_parts \
        and after.text not in lexicon.person_words and after.text not in lexicon.given_names


def _given_name_end(tokens: Tokens, i: int, lexicon: PersonLexicon, country_at: dict,
                    name_words: frozenset, given: str | None = None, ambiguous: bool = False,
                    speech_subject: bool = False) -> int:
    """End of an untitled name opening with a known given name at token i (قال مايك هوكابي، الناشطة
    عهد التميمي): the given name and one to three name-like words; i when there is none. A given
    name that is also a common word (أمين عام، سلام دائم) needs a known name word after it.
    `given` is the given name when token i carries a conjunction (وأحمد); `ambiguous` treats it
    as a common word too; `speech_subject`: token i opens a speech verb's subject, which vets it as
    a name's first word."""
    items = tokens.items
    token = items[i]
    given = given or token.text
    ambiguous = ambiguous or given in lexicon.ambiguous_given_names
    if token.key in lexicon.stop_words and given in lexicon.ambiguous_given_names:
        return i
    if i > 0 and items[i - 1].text in CONNECTORS and tokens.soft_gap(i - 1):
        return i  # أبو محمد، بن علي: inside a name
    end = read_name(tokens, i, lexicon, country_at, name_words)
    closing = _closing_stop_word(tokens, i, end, lexicon, country_at)
    end += closing
    # Without a title, only name-like words follow: no rarer stop word (عن عمر يناهز، أردوغان ادعاء
    # كاذب), no verb (ستيفن هوكينغ يدعم، مون سيلتقي كيم), no spaced dash (معز حسن - في الدفاع).
    # An unknown word is the family name: nothing unknown follows it (محمد شطح بعقلانية، مارين
    # شيليتش المصنف), but known first names may precede it (جان فيليب دورنت، عبدالله علي الوحيشي)
    # and a connector binds its word (سامي أبو زهري).
    family_seen = False
    for k in range(i + 1, end):
        word = items[k]
        if items[k - 1].text in CONNECTORS:
            continue  # a connector binds its word whatever it means (آل الشيخ، أبو الغيط)
        named = word.text in name_words or word.text in lexicon.given_names or (closing and k == end - 1)
        known = named or word.text in lexicon.name_parts
        # a family name's own و closing the name (سارة ليا ويتسن المديرة، جاستن بورتال ويلبي،)
        w_surname = k == end - 1 and (_final_w_surname(tokens, k, lexicon, after_opening=speech_subject and k == i + 1)
                                      or final_ya_surname(tokens, k, lexicon))
        if (word.key in lexicon.stop_words and not known) or (not named and not w_surname and _phrase_shaped(word)) \
                or ("-" in tokens.gap_text(k - 1) and " " in tokens.gap_text(k - 1)) \
                or (family_seen and not known and items[k - 1].text not in CONNECTORS and not w_surname
                    and not (k == end - 1 and _family_name_closed_by_punctuation(tokens, k, lexicon))):
            end = k
            break
        family_seen = family_seen or not (known or word.text in CONNECTORS)
    while end > i and (items[end - 1].text in CONNECTORS or items[end - 1].text in PARTICLES):
        end -= 1  # محمد أبو، ميشيل دي: a connector or a particle never ends a name
    if end - i < 2:
        return i
    second = items[i + 1].text
    if ambiguous and not (
            second in name_words or second in lexicon.given_names or second in CONNECTORS):  # تركي آل الشيخ
        return i
    return end


# From this probability (the tagger's) that the word after a known person's surname form is a
# name word, the two words are someone else's name (مراد كمون is not نادية مراد).
_OWN_NAME_MIN = 0.5


def _followed_by_own_name_word(tokens: Tokens, known, lexicon: PersonLexicon, country_at: dict) -> bool:
    """A known person's surname form, standing for a fuller name (شوقي for طارق شوقي، عبد الرحمن
    for رامي عبد الرحمن), or a known name that is a given name alone, then a word the learned tagger reads inside a name: the two open
    someone else's name (مفتي مصر شوقي علام، الأمين العام لمنظمة العفو، كومي نايدو، عبد الرحمن
    فوزي سجل), not the surname alone (الرئيس ترامب رسوما، عباس مساء أمس). A title, a country or a
    verb after it is no name word."""
    end, _, words, person = known
    items = tokens.items
    # A known name that is a given name alone (الملك عبد الله) opens a fuller name as a surname does
    # (المسعف عبد الله القططي).
    given_alone = (len(words) == 2 and words[0] in CONNECTORS) or (len(words) == 1 and words[0] in lexicon.given_names)
    if lexicon.tagger is None or person is None or (len(person.words) <= len(words) and not given_alone) \
            or end >= len(items) or not tokens.soft_gap(end - 1) or end in country_at \
            or _is_title(tokens, end, lexicon) or is_verb(items[end].text, lexicon) \
            or past_verb(items[end].text, lexicon):
        return False
    return inside_marginal(tokens, end, lexicon.tagger, lexicon, country_at) >= _OWN_NAME_MIN


# From this probability (the tagger's) that a name part before a known surname is a name word, the two
# are another person of that family.
_OWN_GIVEN_MIN = 0.9


def _unlisted_word(token, lexicon: PersonLexicon) -> bool:
    """A word of three letters or more that no list of the lexicon holds (no name word, given name,
    stop word, title or verb of the corpus), not shaped like a verb in ى or a noun in ة (اكتفى،
    ماكينة): a rare word, often a foreign name (أرتورو، فريدريكا)."""
    word = token.text
    return len(word) >= 3 and word not in lexicon.person_words and word not in lexicon.given_names \
        and word not in lexicon.name_parts and token.key not in lexicon.stop_words and word not in CONNECTORS \
        and word not in PARTICLES and not lexicon.may_open(word) and not is_verb(word, lexicon) \
        and not past_verb(word, lexicon) and not token.key.endswith(("ى", "ه"))


def _spelt_near(a: str, b: str) -> bool:
    """Whether two words may be one name spelt twice (جوناتان / جوناثان، شيمعون / شمعون، هيذرر / هيذر،
    يونج / يونغ): the same first letter, and the same letters once the long vowels inside are left
    out and the transliteration letters folded, but for one letter more, less or other."""
    if a[:1] != b[:1]:
        return False
    x, y = _vowel_skeleton(a.translate(_KEY_LETTERS)), _vowel_skeleton(b.translate(_KEY_LETTERS))
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) <= 1
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


def _inside_another_name(tokens: Tokens, known, lexicon: PersonLexicon, country_at: dict) -> bool:
    """A known person's one-word form (عباس، حسين، شريف) opening a longer name of someone else:
    a given name or a connector follows it (عباس كامل، صلاح عبد السلام، شريف شيخ أحمد), or a
    word the tagger reads as a name word (_followed_by_own_name_word)."""
    end, cut, words, _ = known
    items = tokens.items
    if len(words) == 2 and words[0] in CONNECTORS:
        return _followed_by_own_name_word(tokens, known, lexicon, country_at)
    if len(words) != 1:
        return False
    start = end - 1
    if cut == 0 and start > 0 and tokens.soft_gap(start - 1) and items[start - 1].text in CONNECTORS:
        return True  # جمال ولد عباس، زين العابدين بن علي
    before = items[start - 1] if start > 0 and tokens.soft_gap(start - 1) else None
    if before is not None and cut == 0 and before.key not in lexicon.stop_words and (
            any(stem in lexicon.given_names and stem not in lexicon.ambiguous_given_names
                for _, stem in stems(before.text))  # a clitic on it too: لريتشارد برانسون، لنوري المالكي
            or (before.text in lexicon.first_words and not before.article)
            or (words[0].startswith("ال") and before.text in lexicon.person_words)):
        # إيناس بيريز، وائل عباس; والتشيلي أليكسيس سانشيز (أليكسيس opens a known name, تسيبراس's);
        # نيمار الأب، ترامب الابن (an epithet of the name before)
        return True
    person = known[3]
    unlisted = before is not None and _unlisted_word(before, lexicon) and not (
        person is not None and len(person.words) >= 2 and _spelt_near(before.text, person.words[0]))
    # A frequent word right after a speech verb is its subject's given name as well when the tagger
    # reads it so (ويقول إيدي سانشيز، مدير: أيدي «hands» is frequent; not بيدرو سانشيز).
    subject = before is not None and start >= 2 and tokens.soft_gap(start - 2) \
        and items[start - 2].text in lexicon.speech_forms
    if before is not None and cut == 0 and (before.text in lexicon.name_parts or unlisted or subject) \
            and not before.article and (before.key not in lexicon.stop_words or subject) and lexicon.tagger is not None \
            and not tokens.hyphen_gap(start - 1) and (start - 1) not in country_at \
            and not any(len(w) == 1 for w, _ in lexicon.names_by_first.get(before.text, ())) \
            and inside_marginal(tokens, start - 1, lexicon.tagger, lexicon, country_at) >= _OWN_GIVEN_MIN:
        # a word the corpus writes in names, which the tagger reads as a name word: another given
        # name of the family (يوليا سكريبال is not سيرغي سكريبال); not a hyphen's syllable (كيم كاي-غوان)
        # nor a known surname, a subject before its object (شبه كومي ترامب). So is a word no list
        # holds that the tagger reads as a name word: the given name of another person of that
        # family name (وأوضح أرتورو سانشيز is not بيدرو سانشيز، فريدريكا ويلسون not بيتر ويلسون).
        return True
    if end >= len(items) or not tokens.soft_gap(end - 1):
        return False
    after = items[end].text
    if (after in lexicon.given_names and after not in lexicon.ambiguous_given_names) or after in CONNECTORS:
        return True
    # A family name that is also a given name opens someone else's name when a name word follows
    # (عباس عراقجي، حسين العزي، هادي العامري، فيليب لاليو).
    # A word in ى closed by punctuation is a family name as some outlets spell it (نائب وزير
    # الخارجية الإيراني، عباس عراقجى، قال), not a verb in ى (أدى، صلى) going on with its object.
    if _followed_by_own_name_word(tokens, known, lexicon, country_at):
        return True
    closed = end + 1 >= len(items) or not tokens.soft_gap(end)
    return words[0] in lexicon.given_names and _word_class(tokens, end, lexicon, country_at, lexicon.person_words) == _NAME \
        and items[end].key not in lexicon.stop_words and (not _phrase_shaped(items[end]) or (
            closed and items[end].key.endswith("ى") and len(items[end].text) >= 5
            and not _phrase_shaped(items[end]._replace(key=items[end].text))))


def _preposition_on_name(token, lexicon: PersonLexicon) -> int:
    """Length of a preposition ل or ب glued to a name word (لدونالد، لترامب، بميشيل): the stem, of
    four letters or more, is a given name no common word shares or a known name word, and the word as
    it stands is no name word of its own (لبنى، بسام، بريت); 0 otherwise. A word frequent as it
    stands (بحسن نية، لصالح، بعمر، لسان) takes only a known family name of five letters or more
    that is no common word (لترامب، لخاشقجي)."""
    word = token.text
    stem = word[1:]
    if len(word) < 5 or word[0] not in "لب" or word in lexicon.given_names or word in lexicon.person_words:
        return 0  # a short stem may be a name's own letters (لجين، لحسن، برون)
    if token.key in lexicon.stop_words:
        return 1 if len(stem) >= 5 and stem in lexicon.person_words and stem not in lexicon.given_names \
            and stem not in lexicon.stop_words else 0
    return 1 if _sure_name(stem, lexicon) else 0


# Below this probability of being inside a name (the tagger's), a word no name list holds does not
# continue an untitled given name.
_UNLISTED_INSIDE_MIN = 0.02


def _end_before_unlisted_word(tokens: Tokens, first: int, end: int, lexicon: PersonLexicon,
                              country_at: dict, cut: int = 0) -> int:
    """Where an untitled name read from a given name (tokens first..end-1) ends: before the first
    word that the learned tagger reads as no name word and that no list of the corpus's name words
    holds, a noun in construct or an adjective after a given name that is also a word (حسن الضيافة،
    سعيد بلقائكم، بارك موقوفة، عمرو دياب بفارغ الصبر), not a family name (خالد العطية، أحمد
    معيتيق). The opening word is asked too unless a known name holds it: the given-name list, built
    partly from other corpora, holds clubs (بايرن ميونيخ) and verbs (حذروا ترامب) too. first when the
    opening word is no name word. `cut`: letters of a conjunction glued to the opening word; when
    the corpus writes the glued word often as و and a given name (conjunct_given_names: ومحمد), the
    word is asked as the name reads it (ومحمد عساف: محمد), as the tagger reads the glued form as no
    name word (not وبارك بن دغر, «and blessed»)."""
    items = tokens.items
    for k in range(first, end):
        word = items[k].text
        if k == first and cut and items[k].key in lexicon.conjunct_given_names:
            word = word[cut:]
        if word in lexicon.person_words or word in CONNECTORS or word in PARTICLES \
                or (k > first and items[k - 1].text in CONNECTORS) \
                or (k > first and (word in lexicon.given_names or word in lexicon.name_parts)):
            continue
        if inside_marginal(tokens, k, lexicon.tagger, lexicon, country_at) < _UNLISTED_INSIDE_MIN:
            return k
    return end


# Below this probability (the tagger's) the word after a royal's given name is no name word.
_REGAL_SECOND_MIN = 0.5


def _regal_given_name(tokens: Tokens, m: _Mention, lexicon: PersonLexicon) -> bool:
    """A name read right after a royal title (_regal_title) that opens with a given name no common
    word shares."""
    return m.title is not None and m.title.start < m.tok_end and _regal_title(tokens, m.title, lexicon) \
        and m.words[0] in lexicon.given_names and m.words[0] not in lexicon.ambiguous_given_names


def _kin_given_name(m: _Mention, lexicon: PersonLexicon) -> bool:
    """A name of two words or more read right after a kinship noun with its pronoun (titles.csv kind
    kin: ابنته، والدتها) that opens with a given name."""
    return len(m.words) >= 2 and m.title is not None and m.title.kind in NAMER_KINDS \
        and m.title.start < m.tok_end and m.words[0] in lexicon.given_names


def _regal_title(tokens: Tokens, title: TitleMatch, lexicon: PersonLexicon) -> bool:
    """A royal title written definite (الأمير، الملكة: not ملكة جمال, a construct), and not the name of
    a body or a building after a noun naming it (مركز الملك سلمان، مطار الملك خالد)."""
    items = tokens.items
    return title.kind == "royal" and items[title.start].text[title.cut:].startswith("ال") and not (
        title.start > 0 and title.cut == 0 and _office_noun(items[title.start - 1].text, lexicon))


# «Possessor of» opens a description (صادق آلبيراق ذو التوجهات الإسلامية، ليمار ذو الأعوام الـ22): a name
# never ends on it (ذو الفقار opens one). PersonLexicon.description_openers: class person_description_opener.
# Below this probability (the tagger's) a word of a derived verb's shape after a name is that verb.
_VERB_AFTER_NAME_MIN = 0.5
_WEAK_LETTERS = frozenset("اويىءئؤةه")


def _derived_verb_shape(word: str) -> bool:
    """The shape of a past verb of form VIII (افتعل: استبق، انتقد، اعتبر) or X (استفعل: استنكر، استقبل),
    its root of three strong letters: a word no name of the news has (a name in است has a long vowel:
    استيفان)."""
    if len(word) == 5 and word[0] == "ا" and word[2] == "ت":
        root = (word[1], word[3], word[4])
    elif len(word) == 6 and word.startswith("است"):
        root = (word[3], word[4], word[5])
    else:
        return False
    return not any(c in _WEAK_LETTERS for c in root)


# Below this probability (the tagger's) a common word inflected as no name is (_common_word_inflected)
# after a name is the sentence's.
_COMMON_INFLECTED_MIN = 0.1


# At or above this probability (the tagger's) an indefinite accusative of a common word after a name
# (_common_accusative) is a name word: the tagger is unsure of such a word after a name (عباس كلاما
# 0.59, أورين هاتش سؤالا 0.02, جريمي هانت خلفا 0.22), and a family name of that shape is rare.
_COMMON_ACCUSATIVE_MIN = 0.95


def _common_accusative(token, lexicon: PersonLexicon) -> bool:
    """An indefinite accusative noun or ḥāl of a common word of the corpus (كلاما، سؤالا، خلفا، فائزا:
    كلام، سؤال، خلف، فائز) that no known person's name and no given name holds. The mined list of name
    parts does not clear it: its miner took such words after names (خلفا، سؤالا، تعويضا are rows of it)."""
    word, key = token.text, token.key
    if word in lexicon.person_words or word in lexicon.given_names:
        return False
    return _accusative_of_common_word(key, lexicon.stop_words)


def _accusative_of_common_word(key: str, stop) -> bool:
    """An indefinite accusative (five letters or more ending in ا after a consonant) whose stem the corpus
    uses as a common word, bare, definite or feminine (كلاما: كلام; هادئا: الهادئ)."""
    if not (len(key) >= 5 and key.endswith("ا") and key[-2] not in "اوي"):
        return False
    stem = key[:-1]
    return stem in stop or "ال" + stem in stop or stem + "ه" in stop


def _common_word_inflected(token, lexicon: PersonLexicon) -> bool:
    """A common word of the corpus in a form a family name does not take: indefinite and accusative
    (أحمد أبو دوح تحليلا، أوماروسا كتابا: تحليل، كتاب; a ḥāl whose adjective the corpus uses
    definite or feminine: بشير حسين هادئا: الهادئ), or definite and feminine (صوفي سلامة الباحثة; a
    nisba adjective frequent undefined: نية المدرب أوسكار تاباريز الهجومية: هجومية)."""
    word, key = token.text, token.key
    if in_name_lists(word, lexicon):
        return False
    stop = lexicon.stop_words
    return _accusative_of_common_word(key, stop) or (len(key) >= 6 and key.startswith("ال") and key.endswith("ه") and (
        key in stop or (key.endswith("يه") and key[2:] in stop)))


def _opens_no_name_word(word: str, lexicon: PersonLexicon) -> bool:
    """A word after a title's two-word name that may still be the sentence's: a description's opening
    (ذو), a derived verb's shape (وكان مهاتير استبق), or a word behind a glued ب or ل (الرئيس مون
    بذكاء، ليتفيننكو بمادة) that no list of names holds; the tagger still decides the last two."""
    if word in lexicon.description_openers or _derived_verb_shape(word):
        return True
    # A consonant right after the letter: a foreign name in ب or ل has a long vowel or an r or l there
    # (درو باريمور، فرنك بالون، توني بلير، غوردون براون).
    return len(word) >= 5 and word[0] in "بل" and word[1] not in "اويرل" and not in_name_lists(word, lexicon)


def _without_trailing_non_name(tokens: Tokens, m: _Mention, lexicon: PersonLexicon, country_at: dict) -> _Mention:
    """A name the rules read, without the words at its end that no known name holds and that the
    learned tagger reads as no name word: an adverb, an adjective or a noun after the name (عبد
    الفتاح السيسي آنذاك، نافتالي بنيت المنتمي، ديمي مور اللون). A known person's name, a given
    name and a connector's word stay."""
    items = tokens.items
    last = m.tok_end - 1
    n = len(m.words)
    # A name read with no title or before a title in apposition (read_name_before: كريس كوكس،
    # الرئيس التنفيذي) may lose every word but its first. After a title two words stay a name
    # whatever the tagger reads (الكاتب الفلسطيني عزمي بشارة: it is unsure there; a connector's
    # unit is one: عبد القادر مساهل), a third goes as elsewhere (عبد الفتاح السيسي آنذاك).
    before_title = m.title is None or m.title.start >= m.tok_end
    keep = 1 if before_title else 2 + (m.words[0] in CONNECTORS)
    least = _UNLISTED_INSIDE_MIN
    # A royal is named by a given name alone (الأمير تشارلز، الأميرة يوجيني): after a royal title a
    # given name and a word no list of names holds are the name and the phrase after it (الأمير هاري
    # حفيد ملكة إنجلترا، جدة الأمير تشارلز المدفونة بالقدس) unless the tagger reads the word as a name.
    if n == 2 and _regal_given_name(tokens, m, lexicon) and m.words[1] not in lexicon.name_parts:
        keep, least = 1, _REGAL_SECOND_MIN
    # After a kinship noun (ابنته إيفانكا، ووالدتها ناريمان) the relative's given name alone is a name:
    # the words after it that no list of names holds and that the tagger reads as no name word are the
    # sentence's (ووالدتها ناريمان سجن شارون), a family name stays (وحكم على صهره محمد صفدر أعوان).
    elif _kin_given_name(m, lexicon):
        keep = 1
    # A family name's own و before punctuation (ليندزي والترز، جيمي ويلز،) closes a name the rules
    # read, which vetted its first word: the tagger, trained on few such names, reads a conjunct there.
    while n > 1 and m.known is None and 0 < last < len(items) and items[last].text == m.words[n - 1]:
        word = m.words[n - 1]
        if n <= keep and not _opens_no_name_word(word, lexicon):
            break
        if word in lexicon.description_openers:  # صادق آلبيراق ذو التوجهات، ليمار ذو الأعوام
            n -= 1
            last -= 1
            continue
        if word in lexicon.person_words or word in CONNECTORS or word in PARTICLES \
                or tokens.gap_text(last - 1) == "-" \
                or items[last - 1].text in CONNECTORS or word in REGNAL_ORDINALS \
                or (word in lexicon.given_names and word not in lexicon.ambiguous_given_names) \
                or (n == len(m.words) and (_final_w_surname(tokens, last, lexicon, after_opening=True)
                                           or final_ya_surname(tokens, last, lexicon))) \
                or inside_marginal(tokens, last, lexicon.tagger, lexicon, country_at) >= (
                    _VERB_AFTER_NAME_MIN if _derived_verb_shape(word)
                    else _COMMON_ACCUSATIVE_MIN if _common_accusative(items[last], lexicon)
                    else _COMMON_INFLECTED_MIN if _common_word_inflected(items[last], lexicon) else least):
            break
        n -= 1
        last -= 1
    return _first_words(m, n, items, last)


# At or above this probability (the tagger's) that a word goes on the name before it, a name the
# rules closed before that word takes it.
_CONTINUES_MIN = 0.9
# ... and at or above this one when the word reads as a present verb behind a glued و or ف.
_CLITIC_VERB_CONTINUES_MIN = 0.99


def _continued_by_tagger(tokens: Tokens, m: _Mention, lexicon: PersonLexicon, country_at: dict) -> _Mention:
    """A name the rules read, with the word right after it when the learned tagger reads that word
    as the same name's next (label I) at _CONTINUES_MIN or above: a family name no list holds
    after a given name and a word the rules cannot tell from one (وقال هانس جواكيم غروتي وزير
    الداخلية، سارة ليا ويتسن المديرة). Not a known person's name, and not a frequent word, a
    connector, a country, a verb or a title."""
    items = tokens.items
    k = m.tok_end
    # A known name of two words or more written whole may go on too: the mined lexicon holds names
    # read cut (محمد صالح for محمد صالح النظيف، منغ هونغ for منغ هونغ ووي).
    if (m.known is not None and (len(m.words) < 2 or m.known.words != m.words)) \
            or not 0 < k < len(items) or items[k - 1].oend != m.char_end \
            or not tokens.soft_gap(k - 1) or k in country_at:
        return m
    token = items[k]
    word = token.text
    # A definite nisba is a family name's shape (محمد علي الحوثي) though the corpus writes it often as
    # an adjective (القيادي الحوثي): the tagger tells them apart.
    nisba = token.article and word.endswith("ي")
    if (token.key in lexicon.stop_words and not nisba) or word in CONNECTORS or word in PARTICLES \
            or past_verb(word, lexicon) or past_feminine_verb(word, lexicon) \
            or (lexicon.may_open(word) and match_title(tokens, k, lexicon, country_at) is not None):
        return m
    continues = continues_marginal(tokens, k, lexicon.tagger, lexicon, country_at)
    # A word that is a present verb only behind a glued و or ف (فيشر: ف + يشر، وندي: و + ندي) goes on
    # the name when the tagger is all but sure (الممثلة الراحلة كاري فيشر التي); a bare one never does.
    verb = is_verb(word, lexicon)
    if continues < _CONTINUES_MIN or (verb and (word in lexicon.verbs or continues < _CLITIC_VERB_CONTINUES_MIN)):
        return m
    return _Mention(m.words + (word,), m.char_start, token.oend, m.title, None, k + 1, m.single)


# At or above this probability (the tagger's) a word after a family name standing alone is read as
# a name word.
_AFTER_FAMILY_NAME_MIN = 0.5
# ... and a word after a whole name of two words or more that the text gives elsewhere without it
# (تييري هنري ... تييري هنري الهداف): the text itself says where the name ends.
_AFTER_WHOLE_NAME_MIN = 0.9


def _may_be_name_word(tokens: Tokens, k: int, lexicon: PersonLexicon, country_at: dict,
                      also: frozenset = frozenset(), least: float = _AFTER_FAMILY_NAME_MIN) -> bool:
    """Whether the word at token k, beside a family name standing alone, may be part of the name: a
    list of names holds it, it is a connector or particle of names (or one of `also`), or the tagger
    reads it as a name word."""
    word = tokens.items[k].text
    return in_name_lists(word, lexicon) or word in CONNECTORS or word in PARTICLES or word in also \
        or inside_marginal(tokens, k, lexicon.tagger, lexicon, country_at) >= least


def _without_word_after_family_name(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon,
                                    country_at: dict) -> list[_Mention]:
    """A name of two words whose first is the family name of a fuller name the same text gives
    (انغيلا ميركل ... ميركل البافاري، دونالد ترامب ... ترامب تعويضا، علي سلمان ... سلمان حوكما) is that
    short form and a word of the sentence when no list of names holds the second word and the tagger
    does not read it as a name word: the name is its first word. So is a name whose words but its
    last are a whole name the text gives elsewhere (عصام الحضري ... عصام الحضري ضاحكا، تييري هنري
    الهداف): the name is those words. A word before a family name that another name of the text ends
    with (تيريزا ماي ... صرحت ماي، دونالد ترامب ... غرد ترامب), on the same terms, is the sentence's
    too."""
    family = {m.words[-1] for m in mentions if len(m.words) >= 2}
    whole_names = {m.words for m in mentions if len(m.words) >= 2}
    items = tokens.items
    out = []
    for m in mentions:
        last = m.tok_end - 1
        short = m.words[:-1]
        if len(m.words) >= 2 and m.known is None and (short[0] in family if len(short) == 1 else short in whole_names) \
                and 0 < last < len(items) and items[last].text == m.words[-1] and items[last - 1].text == short[-1]:
            if not _may_be_name_word(tokens, last, lexicon, country_at, REGNAL_ORDINALS,
                                     _AFTER_WHOLE_NAME_MIN if len(short) >= 2 else _AFTER_FAMILY_NAME_MIN):
                m = _Mention(short, m.char_start, items[last - 1].oend, m.title, None, last, m.single)
        first = m.tok_end - len(m.words)
        if len(m.words) == 2 and m.known is None and any(o[-1] == m.words[1] and o != m.words for o in whole_names) \
                and 0 <= first < last < len(items) and items[first].text == m.words[0] and items[last].text == m.words[1]:
            if not _may_be_name_word(tokens, first, lexicon, country_at):
                m = _Mention(m.words[1:], items[last].ostart, m.char_end, m.title, None, m.tok_end, m.single)
        out.append(m)
    return out


def _conjunction_on_name(token, lexicon: PersonLexicon) -> int:
    """1 when the token is و glued to a given name no common word shares or to a known name word of
    four letters or more (ومعتز، وجون، ويوسف), and is no name word as it stands (وليد، وائل، وجدي)
    nor a frequent word (وسام); 0 otherwise."""
    word = token.text
    if len(word) < 4 or word[0] != "و" or word in lexicon.given_names or word in lexicon.person_words \
            or token.key in lexicon.stop_words:
        return 0
    return 1 if _sure_name(word[1:], lexicon) else 0


_TEXT = itemgetter(0)  # a persons token's text (tokens.Token is a tuple)


def _scan_starts(texts: list[str], opening: list[bool], given_names: frozenset, country_at: dict,
                 speech_forms: frozenset) -> list[int]:
    """The words _scan reads, in order: those that may open a title or a known name (`opening`), a
    given name bare or glued to و, and a word after a speech verb or after a word of a country.
    Each test is one pass in C over the words (set membership), not a Python test per word."""
    n = len(texts)
    words = range(n)
    out = set(compress(words, opening))
    out.update(compress(words, map(given_names.__contains__, texts)))
    out.update(compress(words, map(_with_glued(given_names, ("و",)).__contains__, texts)))
    out.update(compress(range(1, n + 1), map(speech_forms.__contains__, texts)))
    out.update(k + 1 for k in country_at)
    out.discard(n)
    return sorted(out)


_GLUED: dict[tuple[int, tuple[str, ...]], tuple[frozenset, frozenset]] = {}


def _with_glued(words: frozenset, prefixes: tuple[str, ...]) -> frozenset:
    """Each word behind each of `prefixes` (("و",): و + each given name, a word whose first letter is
    و and whose rest is a given name; a prefix "" keeps the word itself), made once per set of
    words, so that a text's words are tested against it in one pass in C."""
    key = (id(words), prefixes)
    found = _GLUED.get(key)
    if found is None or found[0] is not words:
        found = _GLUED[key] = (words, frozenset(prefix + word for word in words for prefix in prefixes))
    return found[1]


def _with_definite_family_name(tokens: Tokens, i: int, end: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """The end of a name of two words at token i grown by a definite family name after them (ومحمد
    حمود الجنيد), a word no stop word and no country's."""
    items = tokens.items
    if end == i + 2 and end < len(items) and tokens.soft_gap(end - 1) and items[end].article \
            and items[end].key not in lexicon.stop_words and end not in country_at:
        return end + 1
    return end


_APPOSED_NAME_MAX = 4
_APPOSED_WORD_MIN = 0.9


def _to_closing_comma(tokens: Tokens, j: int, end: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """End of a name set off by commas after its title (وزير الخارجية الكندي السابق، جون بيرد، إن): the
    commas bound it, so it runs past the words the name reader stopped at (بيرد) to the closing comma
    when the learned tagger reads each of them as a name word, at most _APPOSED_NAME_MAX words; else
    `end` as read."""
    items, tagger = tokens.items, lexicon.tagger
    if tagger is None:
        return end
    k = end
    while k < len(items) and k - j < _APPOSED_NAME_MAX and (k == j or tokens.soft_gap(k - 1)):
        if k in country_at or inside_marginal(tokens, k, tagger, lexicon, country_at) < _APPOSED_WORD_MIN:
            return end
        k += 1
    closed = end < k < len(items) and tokens.gap_text(k - 1).strip() == "،"
    return k if closed else end


_TAKEN_NAME_MIN = 0.5


def _name_taken_into_title(tokens: Tokens, title: TitleMatch, lexicon: PersonLexicon, country_at: dict) -> int | None:
    """The token of a one-word definite name that the title matcher took for the office's complement
    (الإمام الخميني، العقيد المالكي،): the one word right after an honorific, royal, rank or religious
    title row, no country's, which the learned tagger reads as a name, not as an adjective (الداعية
    الإسلامي، الجنرال المتقاعد، القس الإنجيلي); None otherwise."""
    if title.kind not in CHAIN_KINDS or len(title.words) < 2 or lexicon.tagger is None:
        return None
    items = tokens.items
    last, first = title.words[-1], title.start
    row = _title_at(tokens, first, lexicon)
    if last != title.end - 1 or not items[last].article or last in country_at or row is None \
            or len(row[0].words) != len(title.words) - 1:
        return None
    # Not inside a name: عبد الملك الحوثي is no king; السيد السالك ولد سيدي محمود goes on after the word.
    if (first > 0 and tokens.soft_gap(first - 1) and items[first - 1].text in CONNECTORS) \
            or (last + 1 < len(items) and tokens.soft_gap(last) and items[last + 1].text in CONNECTORS):
        return None
    return last if inside_marginal(tokens, last, lexicon.tagger, lexicon, country_at) >= _TAKEN_NAME_MIN else None


# عبد and a definite word are a compound given name (عبد الرحمن، عبد السلام), which no list of single
# given names holds.
_SERVANT = "عبد"


def _servant_name_end(tokens: Tokens, i: int, lexicon: PersonLexicon, country_at: dict) -> int:
    """End of the next of a list of people opening with و and a compound given name at token i
    (ومحمد البلتاجي وعبد الرحمن البر وأسامة ياسين، ومحمد نجيب الربيعي وعبد السلام عارف): عبد, its
    definite word and one family name, closed by punctuation, a frequent word or the list's next و;
    i when the family name is no name-like word (a country's, a verb, a phrase going on)."""
    items = tokens.items
    family = i + 2
    if family >= len(items) or not (tokens.soft_gap(i) and tokens.soft_gap(i + 1)) or family in country_at:
        return i
    token = items[family]
    if not (_conjunct_word_ok(token, lexicon) or (token.article and token.key not in lexicon.stop_words)):
        return i
    end = family + 1
    if end < len(items) and tokens.soft_gap(end - 1) and items[end].key not in lexicon.stop_words \
            and items[end].text[:1] != "و":
        return i  # a fourth word may go on the name or the phrase
    return end


def _scan(text: str, tokens: Tokens, lexicon: PersonLexicon, country_at: dict) -> list[_Mention]:
    """Titled names and known names, left to right."""
    items = tokens.items
    name_words = lexicon.person_words
    given_names = lexicon.given_names
    # A text that writes no final ى (علي الرغم، الي، مستوي) may write the preposition على as
    # علي: there علي opens a name only before a known name word, like an ambiguous given name.
    writes_maqsura = None
    mentions: list[_Mention] = []
    texts = list(map(_TEXT, items))
    opening = lexicon.may_open_each(texts)
    # The words where anything may be read: a title's or a known name's opening, a given name bare
    # or glued to و, or a word after a speech verb or a country. Every other word is passed by.
    todo = _scan_starts(texts, opening, given_names, country_at, lexicon.speech_forms)
    h, n_todo = 0, len(todo)
    i = 0
    while i < len(items):
        while h < n_todo and todo[h] < i:
            h += 1
        if h == n_todo:
            break
        i = todo[h]
        word = texts[i]
        opens = opening[i]
        title = match_title(tokens, i, lexicon, country_at) if opens else None
        if title is not None:
            j = title.end
            # The name after the title may be its complement, not its holder (الطبيب السابق لدونالد
            # ترامب، المحامي الخاص لترامب), or the next of a list, the title the previous one's (دان
            # كوتس مدير المخابرات الوطنية، وجون بولتون مستشار الأمن القومي): then it is read on its
            # own, and the title may close a name before it.
            soft = j < len(items) and tokens.soft_gap(j - 1)
            joined = soft or (j < len(items) and tokens.gap_text(j - 1).strip() == "،")
            other = joined and (soft and _preposition_on_name(items[j], lexicon) and not glued_given_name_after_demonym(
                tokens, j, lexicon, country_at) or _conjunction_on_name(items[j], lexicon))
            if not other and joined:
                end = read_name(tokens, j, lexicon, country_at, name_words, regnal=title.kind in _REGNAL_KINDS)
                closing = _closing_stop_word(tokens, j, end, lexicon, country_at)
                end += closing
                if not soft:
                    end = _to_closing_comma(tokens, j, end, lexicon, country_at)
                nisba = _nisba_family_name(tokens, j, end, lexicon, country_at)
                known = known_name_at(tokens, j, lexicon) if nisba == end else None
                if known is not None and _inside_another_name(tokens, known, lexicon, country_at):
                    known = None  # نائب وزير الخارجية عباس عراقجي: not محمود عباس
                end = nisba
                # A known full name bounds the name better than the stop words do (الرئيس دونالد
                # ترامب رسوما جمركية); it only grows by its family name (محمد بن زايد آل نهيان).
                if known is not None and known[1] == 0 and (known[0] >= end or (
                        not tokens.hyphen_gap(known[0] - 1) and not (closing and end == known[0] + 1) and not (
                            _continues_full_name(items[known[0]:end], lexicon) if len(known[2]) >= 2
                            else _all_name_parts(items[known[0]:end], lexicon))
                        and not (end == known[0] + 1 and len(known[2]) >= 2
                                 and _family_name_closed_by_punctuation(tokens, known[0], lexicon)))):
                    end = family_extension(tokens, known[0], lexicon, country_at)
                    person = known[3] if end == known[0] else None
                else:
                    person = None
                    if title.kind != "naming":  # يدعى كاووس سيد إمامي: a word of naming has no complement
                        j = _skip_leading_proper_noun(items, j, end, lexicon)
                # One word after a title is a name only when known (الرئيس ماكرون) or a given name
                # (الأمير هاري، وابنته يوليا), else the title may close an earlier name (مارتن
                # غارنر، خبير تقني في ...).
                # ... or the one word after a kinship noun that names the relative (وزوجته ميلانيا).
                # ... or the name a word of naming gives, read by its own reader (ويدعى رضوان لقديم،
                # يدعى جاو), or by the name reader when that reads further.
                naming = title.kind == "naming" and known is None
                if naming:  # the name reader's one word alone is not enough (بلدة تدعى بسيون)
                    end = max(end if end - j >= 2 else j, named_name_end(tokens, j, lexicon, country_at))
                kin_one = title.kind == "kin" and j < len(items) and known is None and kin_name_word(tokens, j, lexicon)
                # A name word no given name list holds reads on only into another name word (وابنته
                # يوليا الراقدين، زوجته ميلانيا حطت: one word).
                kin_one = kin_one and (end - j < 2 or (
                    items[j].text not in lexicon.given_names and not _all_name_parts(items[j + 1:end], lexicon))) \
                    and not (j + 1 < len(items) and items[j + 1].text in REGNAL_ORDINALS)  # والده فيليب الثاني
                kin_one = kin_one or (naming and end == j + 1)
                if kin_one:
                    end = j + 1
                if kin_one or end - j >= 2 or (end > j and (known is not None or _lone_given_name(
                        tokens, j, lexicon, regal=_regal_title(tokens, title, lexicon), country_at=country_at))):
                    words = tuple(t.text for t in items[j:end])
                    if person is None and words in lexicon.persons:
                        person = lexicon.persons[words]
                    elif person is None and known is not None and known[0] == end and known[1] == 0:
                        person = known[3]
                    s, e = _char_span(tokens, j, 0, end - 1)
                    # A royal's one-word name no given-name list holds (الأمير ألبرت) stands as the
                    # kinship noun's does: _lone_given_name took it only on the tagger's word.
                    regal_one = end - j == 1 and known is None and not kin_one \
                        and items[j].text not in lexicon.given_names
                    mentions.append(_Mention(words, s, e, title, person, end, kin_one or regal_one))
                    i = end
                    continue
            # No name after the title: its last word may be the name (الإمام الخميني) ...
            taken = _name_taken_into_title(tokens, title, lexicon, country_at)
            if taken is not None:
                s, e = _char_span(tokens, taken, 0, taken)
                words = (items[taken].text,)
                title.words.pop()
                title.end = taken
                mentions.append(_Mention(words, s, e, title, lexicon.persons.get(words), taken + 1, True))
                i = taken + 1
                continue
            # ... or it may stand after one (كريس كوكس، الرئيس التنفيذي ...).
            if title.kind not in _NO_TITLE_KINDS and title.cut == 0:
                previous = mentions[-1] if mentions else None
                if previous is not None and previous.tok_end == i \
                        and (previous.title is None or previous.title.kind in NAMER_KINDS) \
                        and (tokens.soft_gap(i - 1) or tokens.gap_text(i - 1).strip() == "،"):
                    previous.title = title  # a known name, then its office
                else:
                    floor = previous.tok_end if previous is not None else 0
                    start = read_name_before(tokens, i, lexicon, country_at, name_words, floor)
                    if start < i:
                        # بحسن فران، مدير عام: the preposition is no part of the name, nor the
                        # conjunction of a list of officials (وجون بولتون مستشار الأمن القومي).
                        cut = _preposition_on_name(items[start], lexicon) or _conjunction_on_name(items[start], lexicon)
                        words = (items[start].text[cut:],) + tuple(t.text for t in items[start + 1:i])
                        s, e = _char_span(tokens, start, cut, i - 1)
                        mentions.append(_Mention(words, s, e, title, lexicon.persons.get(words), i))
            i = max(title.end, i + 1)
            continue
        known = known_name_at(tokens, i, lexicon) if opens else None
        if known is not None and _inside_another_name(tokens, known, lexicon, country_at):
            known = None
        if known is None:
            given, cut = (word, 0) if word in given_names else (
                _given_name_at(items[i], lexicon, name_words) if word[0] == "و" else (None, 0))
            end = i
            if given is not None:
                homograph = given in PREPOSITION_HOMOGRAPHS
                if homograph and writes_maqsura is None:
                    writes_maqsura = any(t.key[-1] == "ى" for t in items)
                end = _given_name_end(tokens, i, lexicon, country_at, name_words, given,
                                      homograph and not writes_maqsura)
                if cut:  # the next of a list (ومحمد حمود الجنيد), read as the list rule below reads it
                    end = _with_definite_family_name(tokens, i, end, lexicon, country_at)
                    if end < len(items) and tokens.hyphen_gap(end - 1):
                        end = i  # a name the reader could not close (وكيم سانغ-دوك): not half of it
            # A given name the reader could not close (أندرو لي، رئيس ...) may still be a speech
            # verb's subject.
            if end == i and i > 0:
                # A preposition glued to the name is no part of it (الانتخابات اللبنانية بحسن فران).
                if items[i - 1].text in lexicon.speech_forms and tokens.soft_gap(i - 1):
                    end = _speech_subject_end(tokens, i, lexicon, country_at, name_words)
                    cut = _preposition_on_name(items[i], lexicon)
                    given = word[cut:]
                elif word[0] == "و" and len(word) > 3 \
                        and (word[1:] in given_names or (word[1:] == _SERVANT and i + 1 < len(items) and items[i + 1].article)) \
                        and word[1:] not in lexicon.ambiguous_given_names and mentions and mentions[-1].tok_end == i \
                        and i + 1 < len(items) and tokens.soft_gap(i) and (i + 1) not in country_at \
                        and (items[i + 1].key not in lexicon.stop_words or word[1:] == _SERVANT) \
                        and not is_verb(items[i + 1].text, lexicon) \
                        and not past_verb(items[i + 1].text, lexicon):
                    # The next of a list of people, a given name joined by و right after a name
                    # (شكري بلعيد ومحمد البراهمي، عدنان العلي ومحمد القاطرجي): it and the word after it,
                    # which the tagger's gate below keeps only as a name word.
                    given, cut = word[1:], 1
                    nxt = items[i + 1].text
                    if given == _SERVANT:
                        end = _servant_name_end(tokens, i, lexicon, country_at)
                    else:
                        end = _given_name_end(tokens, i, lexicon, country_at, name_words, given)
                        if end == i and nxt not in CONNECTORS and nxt not in PARTICLES:
                            end = i + 2
                        end = _with_definite_family_name(tokens, i, end, lexicon, country_at)
                    # not a name the reader could not close (وكيم سانغ-دوك), nor the next conjunct (إريك وإيفانكا)
                    if (end < len(items) and tokens.hyphen_gap(end - 1)) \
                            or (nxt[:1] == "و" and (nxt[1:] in given_names or nxt[1:] in name_words)):
                        end = i
                elif (i - 1) in country_at and _after_described_demonym(tokens, i, country_at):
                    end = _speech_subject_end(tokens, i, lexicon, country_at, name_words, closed=False)
                    cut = _preposition_on_name(items[i], lexicon)
                    given = word[cut:]
            if end > i and lexicon.tagger is not None:
                end = _end_before_unlisted_word(tokens, i, end, lexicon, country_at, cut)
                if end - i < 2:
                    end = i
            if end > i:
                words = (given,) + tuple(t.text for t in items[i + 1:end])
                s, e = _char_span(tokens, i, cut, end - 1)
                mentions.append(_Mention(words, s, e, None, lexicon.persons.get(words), end))
                i = end
                continue
        if known is not None:
            end, cut, words, person = known
            end = family_extension(tokens, end, lexicon, country_at)
            if len(words) >= 2 and end == known[0]:
                end += _closing_stop_word(tokens, i, end, lexicon, country_at)  # ري يونغ + هو
            if end != known[0]:
                words, person = tuple(t.text for t in items[i:end]), None
            first = i - 1 if _own_spelling_of_given_name(tokens, i, known, mentions, lexicon) else i
            if first < i:
                words, cut = (items[first].text, *words), 0
            s, e = _char_span(tokens, first, cut, end - 1)
            mentions.append(_Mention(words, s, e, None, person, end))
            i = end
            continue
        i += 1
    return mentions


def _own_spelling_of_given_name(tokens: Tokens, i: int, known, mentions: list[_Mention], lexicon: PersonLexicon) -> bool:
    """Whether the word before a known person's lone family name at token i is that person's given
    name in the text's own spelling (إلون ماسك for إيلون ماسك، جستن ترودو for جاستن ترودو): spelt near
    it (_spelt_near) but not the same, right before the family name, no frequent word (مع، من بومبيو
    are a letter from مايك) and in no name read already. The name is then the text's two words."""
    end, cut, words, person = known
    if person is None or len(words) != 1 or len(person.words) != 2 or cut or i == 0 or end != i + 1 \
            or not tokens.soft_gap(i - 1) or (mentions and mentions[-1].tok_end > i - 1):
        return False
    before = tokens.items[i - 1]
    return len(before.text) >= 3 and before.key not in lexicon.stop_words and before.text != person.words[0] \
        and _spelt_near(before.text, person.words[0])


def _form_tails(first_words) -> tuple[str, ...]:
    """What a word must end with for one of its stems (tokens.stems) to be one of `first_words`:
    each word but its first letter. A stem is the word's end, or ا + the end but its first letter
    (للرئيس → الرئيس), so a word that ends with none of these has no such stem."""
    return tuple({word[1:] for word in first_words})


_FAMILY_WORD = "ال"  # آل after normalisation: آل نهيان is no given name's family


class _TakenSpans:
    """Character spans [start, end) already read, asked whether a new span overlaps one (a < e and
    s < b) without scanning them all: each character of a non-empty span is marked; an empty span
    or query (none in practice) is checked against the list."""

    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = []
        self._empty: list[tuple[int, int]] = []
        self._marked = bytearray()
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        self._spans.append((a, b))
        if 0 <= a < b:
            if b > len(self._marked):
                self._marked.extend(bytes(b - len(self._marked)))
            self._marked[a:b] = b"\x01" * (b - a)
        else:
            self._empty.append((a, b))

    def overlaps(self, s: int, e: int) -> bool:
        if not 0 <= s < e:
            return any(a < e and s < b for a, b in self._spans)
        return self._marked.find(1, s, e) != -1 or any(a < e and s < b for a, b in self._empty)


def _short_mentions(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon) -> list[_Mention]:
    """Bare mentions of persons this text has named in full (وايت، السراج، ووماتيس)."""
    forms: dict[str, list[tuple[str, ...]]] = {}
    for words in {m.words for m in mentions if len(m.words) >= 2}:
        for form in surname_forms(words):
            if len(form) == 1 and form[0] in lexicon.stop_words:
                continue
            forms.setdefault(form[0], []).append(form)
    # A given name alone after the full name it opens (هاكان فيدان ... قال هاكان، كيم جونغ أون ...
    # وكيم): that person, when one full name of the text opens with it.
    openers: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for m in mentions:
        if len(m.words) >= 2 and m.words[1] != _FAMILY_WORD and len(m.words[0]) >= 3 \
                and m.words[0] not in lexicon.ambiguous_given_names and m.words[0] not in lexicon.stop_words \
                and m.words[0] not in lexicon.titles_by_first and m.words[0] not in CONNECTORS:
            openers.setdefault(m.words[0], []).append((m.words, m.char_start))
    given_first = {w: min(start for _, start in full) for w, full in openers.items()
                   if len({words for words, _ in full}) == 1}
    if not forms and not given_first:
        return []
    for candidates in forms.values():
        candidates.sort(key=len, reverse=True)  # longest first (stable: equal lengths keep their order)
    taken = _TakenSpans((m.char_start, m.char_end) for m in mentions)
    items = tokens.items
    found = []
    tails = _form_tails(forms)
    # Only a word that opens a full name or ends like a form's first word may be read.
    for i in [i for i, token in enumerate(items) if token.text in given_first or token.text.endswith(tails)]:
        token = items[i]
        first = given_first.get(token.text)
        if first is not None and token.ostart > first and token.key not in lexicon.stop_words \
                and _lone_given_name(tokens, i, lexicon, named=True):
            s, e = _char_span(tokens, i, 0, i)
            if s > first and not taken.overlaps(s, e):
                found.append(_Mention((token.text,), s, e))
                taken.add(s, e)
                continue
        if not token.text.endswith(tails):
            continue  # no stem of this word is a form's first word
        for cut, stem in stems(token.text):
            hit = None
            for form in forms.get(stem, ()):
                n = len(form)
                if i + n <= len(items) and all(items[i + k].text == form[k] and tokens.soft_gap(i + k - 1)
                                               for k in range(1, n)):
                    hit = (form, n)
                    break
            if hit is None or (len(hit[0]) == 1 and ((cut == 0 and token.key in lexicon.stop_words)
                                                     or stem in lexicon.stop_words)):
                continue
            s, e = _char_span(tokens, i, cut, i + hit[1] - 1)
            if not taken.overlaps(s, e):
                found.append(_Mention(hit[0], s, e))
                taken.add(s, e)
            break
    return found


def _not_a_name_word(token, lexicon: PersonLexicon) -> bool:
    """A frequent word behind a clitic (ليهددوا، بالصبيان) or a word with a plural or feminine
    pronoun (حملتهم، بمنعها): never a word of a name the tagger reads."""
    word = token.text
    if word in lexicon.person_words or word in lexicon.given_names:
        return False
    if any(len(stem) >= 4 and stem in lexicon.stop_words for _, stem in stems(word)[1:]):
        return True
    return len(word) >= 5 and not word.startswith("ال") and (word.endswith("هم") or word.endswith("ها"))


class _BareWords:
    """The words a text writes with nothing glued before them, how often it writes each, and how
    often each pair of neighbouring words, gathered when first asked (once per text, not once per
    tagged name: counting the words again for each name cost the square of a long text's length)."""

    def __init__(self, items):
        self._items, self._words, self._pairs = items, None, None

    def __contains__(self, word: str) -> bool:
        return self.count(word) > 0

    def count(self, word: str) -> int:
        if self._words is None:
            self._words = Counter(t.text for t in self._items)
        return self._words[word]

    def pair_count(self, first: str, second: str) -> int:
        if self._pairs is None:
            self._pairs = Counter(zip((t.text for t in self._items), (t.text for t in self._items[1:])))
        return self._pairs[(first, second)]


def _name_behind_clitic(clitic: str, stem: str, lexicon: PersonLexicon, bare) -> bool:
    """Whether a word the tagger opens a name with (and that is no known name word itself) is a
    glued و، ل or ب and a name (وراسلان بوشيروف، لديدييه ديشان، وعلي معقل): what is left is a
    known name word, a given name, a name connector (وأبو عمر) or a word the same text writes
    bare elsewhere; or the clitic is و alone, since few names outside the given-name list begin
    with و (a name in a list: خلف محمد مرسي وأحمد شفيق وحمدين صباحي), while many begin with ل or
    ب (لوكاس، باميلا)."""
    if len(stem) < 3:
        return False
    # ل before a three-letter given name may be the first letter of a four-letter one (لجين الهذلول،
    # لحسن بن علي): the preposition is read off only when the text writes the short name bare too.
    # A family name is no such letters (أول تعليق لماي: تيريزا ماي).
    if clitic == "ل" and len(stem) == 3 and stem in lexicon.given_names and stem not in bare:
        return False
    if stem in lexicon.given_names or stem in CONNECTORS or (len(stem) >= 4 and stem in lexicon.person_words):
        return True
    # ل before a consonant (لروميلو، لميغن، لديليب): a foreign name never opens so, its L is
    # written with a long vowel (لوكاس، ليونيل، لاري); Arabic names that do are given names (لبنى).
    return stem not in lexicon.stop_words and (clitic == "و" or stem in bare
                                               or (clitic == "ل" and stem[0] not in "اوي"))


def _sure_name(word: str, lexicon: PersonLexicon) -> bool:
    """A given name no common word shares, or a known name word of four letters or more."""
    return (word in lexicon.given_names and word not in lexicon.ambiguous_given_names) or (
        len(word) >= 4 and word in lexicon.person_words)


def _next_conjunct(text: str, token, lexicon: PersonLexicon) -> bool:
    """Whether a word of a name after its first two is و opening the next of a list, which the rules or
    the tagger read on as the same name (رومان زوبنين وويوري جيركوف، أنخل دي ماريا وغونزالو): و glued to a
    given name or a known name word of four letters or more, to a word the text writes with a hamza on
    its alef (وأحمد، وأحرقوا: a name's own و is never followed by one, _without_glued_conjunction), to و and a
    given name, or to a frequent definite word (والابنة، والمحاميان). A family name in و stays (كايل والكر، داميان
    والمسلي), and so does a name word as it stands (وليد، ولد)."""
    word = token.text
    if len(word) < 4 or word[0] != "و" or word in lexicon.given_names or word in lexicon.person_words \
            or word in lexicon.name_parts or word in CONNECTORS:
        return False
    stem = word[1:]
    if stem in lexicon.given_names or (len(stem) >= 4 and (stem in lexicon.person_words or stem in lexicon.name_parts)):
        return True
    if token.ostart + 1 < len(text) and text[token.ostart] == "و" and text[token.ostart + 1] in _HAMZA_ALEFS:
        return True
    if stem[:1] == "و" and stem[1:] in lexicon.given_names:
        return True  # وويوري جيركوف: the conjunction before a name in و
    # a frequent definite word, or its dual or plural (والمحاميان، والمدافعان، واللاعبين: المحامي، المدافع)
    key = token.key[1:]
    return key[:2] == "ال" and (key in lexicon.stop_words or (
        key.endswith(("ان", "ين", "ون")) and len(key) >= 7 and key[:-2] in lexicon.stop_words))


def _without_next_conjunct(text: str, tokens: Tokens, m: _Mention, lexicon: PersonLexicon) -> list[_Mention]:
    """A name, read by the rules or the tagger, cut before a word after its first two that opens the
    next of a list (_next_conjunct: رومان زوبنين وويوري جيركوف → رومان زوبنين), and the next person
    when the words after the cut are a name of two words or more: the و-word's own word and the rest
    (ويوري جيركوف → يوري جيركوف), or, after a definite noun, the rest when it opens with a given name
    (إيغور أكينفييف والمدافعان ماريو فرنانديز → ماريو فرنانديز). After one word only, a و-word is as
    often the name's own syllable (تشونغ ويونغ, Chung Eui-yong). A known person's name stays."""
    if m.known is not None or len(m.words) < 3:
        return [m]
    items = tokens.items
    first = m.tok_end - len(m.words)
    if first < 0 or m.tok_end > len(items) or items[m.tok_end - 1].text != m.words[-1]:
        return [m]
    for n in range(2, len(m.words)):
        k = first + n
        if items[k].text != m.words[n] or not _next_conjunct(text, items[k], lexicon):
            continue
        head = _first_words(m, n, items, k - 1)
        if m.words[n][1:3] != "ال":
            cut = 2 if m.words[n][1] == "و" and m.words[n][2:] in lexicon.given_names else 1  # وويوري
            rest = (m.words[n][cut:],) + m.words[n + 1:]
            start = items[k].ostart + cut
        else:
            rest = m.words[n + 1:]
            start = items[k + 1].ostart if k + 1 < m.tok_end else m.char_end
            if rest and rest[0] not in lexicon.given_names:
                rest = ()
        if len(rest) < 2:
            return [head]
        return [head, _Mention(rest, start, m.char_end, None, lexicon.persons.get(rest), m.tok_end)]
    return [m]


def _tagged_mentions(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon,
                     country_at: dict) -> list[_Mention]:
    """Names the learned tagger reads where the rules found none (وقال المدرب ديدييه ديشان). A
    span the rules' mentions overlap is theirs. The first word loses a glued و، ل or ب only when
    what is left is a name (_name_behind_clitic: وترامب، لماتيس، وراسلان) and the word as it stands is not
    a known name word (وسام، ليون، كايلي)."""
    taken = [(m.char_start, m.char_end) for m in mentions]
    items = tokens.items
    starts = [t.ostart for t in items]
    inside = set()
    for a, b in taken:
        inside.update(range(max(bisect_right(starts, a) - 1, 0), bisect_left(starts, b)))
    taken_spans = _TakenSpans(taken)
    bare = _BareWords(items)
    # Words of the names the rules read: one of them opening a tagged name is that word, no
    # clitic (بفرلي لنزي ... وقالت لنزي).
    named = {w for m in mentions for w in m.words}
    spans = [span for span in tag_spans(tokens, lexicon.tagger, lexicon, country_at, inside)
             if span[2] >= lexicon.tagger_threshold
             or (span[2] >= _SET_OFF_MIN and _set_off_by_commas(tokens, span[0], span[1], lexicon, country_at))]
    # ... and so is a word the tagger reads inside a longer name of the same text, after its first
    # word (هارفي واينستين ... يقتاد فيه واينستين: not و + اينستين).
    named.update(items[k].text for first, end, _ in spans if end - first >= 2 for k in range(first + 1, end))
    found = []
    for first, end, confidence in spans:
        # A past verb with a dual or plural subject ends the name before it, whatever the tagger
        # read (السيسي وماتيس شددا على). Present forms are left to the rules (is_verb): the
        # corpus's list of them held names written after أن (يوليا، نيمار).
        # ... and so does one of a feminine subject after the first word (وزيرة الخارجية ... أنكرت).
        end = next((k for k in range(first, end) if past_verb(items[k].text, lexicon)
                    or (k > first and (past_feminine_verb(items[k].text, lexicon)
                                       or derived_past_verb(items[k].text, lexicon)
                                       or clause_verb(items[k].text, lexicon)))), end)
        if end == first:
            continue
        s, e = _char_span(tokens, first, 0, end - 1)
        if taken_spans.overlaps(s, e):
            continue
        cut, word = 0, items[first].text
        # A word the corpus writes whole as a name (وليام: lexicon.whole_w_names) keeps its و.
        if word not in lexicon.given_names and word not in lexicon.person_words and word not in named \
                and word not in lexicon.whole_w_names:
            # A name the text writes twice or more with the same first word (وهبي خزري ... وهبي
            # خزري) keeps that word's first letter, unless what is left is surely a name (وجبريل
            # سيديبيه in two lists of players).
            repeated = end - first >= 2 and bare.pair_count(word, items[first + 1].text) >= 2
            # ... and so does a word the text writes twice or more, never without its first letter
            # (غافين وليامسون ... وقال وليامسون): a conjunction or a preposition is not glued to one
            # name every time the text names it. Not when what is left opens with alef, which no
            # name's own first letter stands before (وأليكس), or is a name word of the corpus's lists
            # (ولوكاس هرنانديز ... ولوكاس دينيي: the next of two lists).
            repeated = repeated or (bare.count(word) >= 2 and all(
                stem not in bare and stem[:1] != "ا" and stem not in lexicon.name_parts
                and stem not in lexicon.given_names for _, stem in stems(word)[1:]))
            # A word the corpus writes often as it stands (وسام، ليون) is that word, not a clitic
            # and a name, unless the text writes the name bare too (لكيم ... كيم، لخاشقجي).
            frequent = items[first].key in lexicon.stop_words
            cut, word = next(((c, stem) for c, stem in stems(word)[1:]
                              if word[0] in "ولب" and word[c - 1] in "ولب"
                              and _name_behind_clitic(word[:c], stem, lexicon, bare)
                              and not (repeated and not _sure_name(stem, lexicon))
                              and not (frequent and stem not in bare)), (0, word))
        if any(_not_a_name_word(t, lexicon) for t in items[first:end]) \
                or any(prayer_formula_at(tokens, k) for k in range(first, end)):
            continue
        words = (word,) + tuple(t.text for t in items[first + 1:end])
        if not all(words) or words[-1] in CONNECTORS or words[-1] in PARTICLES:
            continue  # a name never ends on بن or دي
        if len(words) == 1 and word in lexicon.inner_words:
            continue  # the second half of a compound given name is no name alone (رجال الدين، يوم الدين)
        if len(words) == 1 and words not in lexicon.persons and _quoted_alone(tokens, first) \
                and not _title_ends_at(tokens, first, lexicon, country_at):
            continue  # و"كريم"، "أمازون": a company or a product the news quotes (not مغني الراب "دريك")
        s, e = _char_span(tokens, first, cut, end - 1)
        found.append(_Mention(words, s, e, None, lexicon.persons.get(words), end,
                              single=len(words) == 1 and word not in lexicon.given_names
                              and confidence >= lexicon.tagger_single_threshold))
    return found


_QUOTES = frozenset('"«»“”„\'')
# At or above this confidence (the tagger's) a span of two to four words set off by commas is a name.
_SET_OFF_MIN = 0.5
_SET_OFF_MAX_WORDS = 4


def _set_off_by_commas(tokens: Tokens, first: int, end: int, lexicon: PersonLexicon, country_at: dict) -> bool:
    """Tokens first..end-1, two to four words, stand between a comma or a title before them and a
    comma after them: a name in apposition, the news's way of naming someone after a description
    (وقالت الشرطة إن الشاب، آليك ميناسيان، وعمره؛ لاعب مانشستر سيتي، ليروي ساني،). A title phrase
    running up to the comma before them is _names_in_apposition's to read, with the title. Not a
    span opening with a frequent word (فإن حسين البكلي، أوصى ديفيز) nor one holding a word glued to
    و, two names of a list (شيردان شاكيري وغرانيت شاكا)."""
    items = tokens.items
    if not 2 <= end - first <= _SET_OFF_MAX_WORDS or first == 0 or end >= len(items) \
            or items[first].key in lexicon.stop_words or any(items[k].text[0] == "و" for k in range(first + 1, end)):
        return False
    if tokens.gap_text(end - 1).strip()[:1] not in _COMMAS:
        return False
    if tokens.gap_text(first - 1).strip() in _COMMAS:
        return _title_before_comma(tokens, first, lexicon, country_at) is None
    return _title_ends_at(tokens, first, lexicon, country_at)


def _quoted_alone(tokens: Tokens, k: int) -> bool:
    """Token k stands alone between quotation marks (تسمح "لأوبر" و"كريم" بمواصلة نشاطهما): the
    way news writes a company, a brand or a work, where a person's name goes bare."""
    items = tokens.items
    before = tokens.norm.text[items[k - 1].end:items[k].start] if k > 0 else tokens.norm.text[:items[k].start]
    after = tokens.gap_text(k) if k + 1 < len(items) else tokens.norm.text[items[k].end:]
    return bool(before.strip()) and before.rstrip()[-1:] in _QUOTES and after.lstrip()[:1] in _QUOTES


def _title_ends_at(tokens: Tokens, k: int, lexicon: PersonLexicon, country_at: dict) -> bool:
    """Whether a title phrase ends right before token k (ومغني الراب "دريك"، شقيقة العروس "بيبا")."""
    return _title_ending_at(tokens, k, lexicon, country_at) is not None


def _title_ending_at(tokens: Tokens, k: int, lexicon: PersonLexicon, country_at: dict) -> TitleMatch | None:
    """The first title phrase (of the six words before token k) that ends right before k, or None."""
    for i in range(max(0, k - 6), k):
        if lexicon.may_open(tokens.items[i].text):
            match = match_title(tokens, i, lexicon, country_at)
            if match is not None and match.end == k:
                return match
    return None


def _office_noun(word: str, lexicon: PersonLexicon) -> bool:
    """A noun naming a body or a building, bare or behind a clitic (مستشفى، لشبكة، بمدرسة): what
    follows it is the body's name (seeds/office_nouns.csv, names_body). A given name is not one."""
    return word not in lexicon.given_names and any(s in lexicon.body_nouns for _, s in stems(word))


# Pronoun suffixes (normalised) that end a noun or a verb (سيارتهم، يمتلكهما، جميعهن، ممثليها).
_PRONOUN_ENDINGS = ("ها", "هم", "هما", "هن", "كم")


def _conjunct_word_ok(token, lexicon: PersonLexicon) -> bool:
    """A bare word that may be a family name: three letters or more, no frequent word, verb of the
    corpus, noun in ة or verb in ى, not definite and not a conjunct (و)."""
    word = token.text
    return len(word) >= 3 and not token.article and token.key not in lexicon.stop_words \
        and word not in CONNECTORS and word not in PARTICLES and word[0] not in "و" \
        and not token.key.endswith(("ه", "ى")) and not is_verb(word, lexicon) and not past_verb(word, lexicon) \
        and not past_feminine_verb(word, lexicon) and not lexicon.may_open(word)


def _list_conjunct_names(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon,
                         country_at: dict) -> list[_Mention]:
    """The next of a list of people after a full name (two words or more) the rules or the tagger
    read: و glued to a word no list of names holds, then one more bare word, closed by punctuation
    or a frequent word (ناتالي بورتمان وميريل ستريب مؤسسة، غاري كينغ وناثانيل برسلي، ; لوبيتا
    نيونغو، وأوما ثورمان،). The tagger reads a foreign given name glued to و as no name word, so
    this is read by shape: the two words mirror the name before them. Repeated along the list."""
    items = tokens.items
    n = len(items)
    starts = {m.char_start for m in mentions}
    found: list[_Mention] = []
    queue = [m for m in mentions if len(m.words) >= 2]
    while queue:
        m = queue.pop()
        i = m.tok_end
        if i <= 0 or i + 1 >= n or i > n or items[i - 1].oend != m.char_end:
            continue
        gap = tokens.gap_text(i - 1).strip()
        if gap and gap not in _COMMAS:
            continue
        word = items[i].text
        stem = word[1:]
        if word[:1] != "و" or len(stem) < 4 or stem in lexicon.stop_words or word in lexicon.stop_words \
                or items[i].key in lexicon.stop_words or word in lexicon.given_names or word in lexicon.person_words \
                or word in lexicon.name_parts or stem in CONNECTORS or i in country_at or (i + 1) in country_at \
                or not tokens.soft_gap(i) or is_verb(stem, lexicon) or past_verb(stem, lexicon) \
                or past_feminine_verb(stem, lexicon) or stem.endswith(("ه", "ى")) or stem.startswith("ال") \
                or lexicon.may_open(stem) or lexicon.may_open(word):
            continue
        second = items[i + 1]
        # A definite nisba is a family name's shape (وحطان البحري، ورجاء الجداوي), as after a given name.
        nisba = second.article and second.text.endswith("ي") and second.key not in lexicon.stop_words
        if not (nisba or _conjunct_word_ok(second, lexicon)) or stem[0] == "و" or second.text.startswith("سي") \
                or stem in lexicon.given_names or "-" in second.text \
                or any(w.endswith(_PRONOUN_ENDINGS) for w in (stem, second.text)) \
                or (stem.endswith("ان") and second.text.endswith("ان")) \
                or (second.text[0] in "بل" and second.text[1:] in lexicon.stop_words):
            # وجميعهن، ولشركتين يمتلكهما: a pronoun ends a noun or a verb, never a name; ومحاميان
            # دوليان، وواجهتان براقتان: a dual noun and its adjective; سيتعين: a future verb;
            # بخدمات: a preposition and a frequent word. A listed given name (ومحمد) is _scan's to read.
            continue
        end = i + 2
        if end < n and (tokens.hyphen_gap(end - 1) or (
                tokens.soft_gap(end - 1) and items[end].key not in lexicon.stop_words
                and items[end].text[1:] not in lexicon.given_names)):
            # a third word that may go on the phrase, or a hyphen's syllable (وكيم سانغ-دوك); و and a
            # listed given name opens the next of the list instead (وحطان البحري ومهند عسيري)
            continue
        start = items[i].ostart + 1
        if start in starts:
            continue
        words = (stem, items[i + 1].text)
        mention = _Mention(words, start, items[i + 1].oend, None, lexicon.persons.get(words), end)
        starts.add(start)
        found.append(mention)
        queue.append(mention)
    return found


# Words a title's complement may run to before the comma that opens the name in apposition.
_APPOSITION_REACH = 10


def _title_before_comma(tokens: Tokens, p: int, lexicon: PersonLexicon, country_at: dict) -> TitleMatch | None:
    """The title whose phrase, with its complement, runs up to the comma before token p (قائد الشرطة في
    مانديلينج ناتال، ...): within _APPOSITION_REACH words, no punctuation and no verb between, and not a
    kinship noun or a counterpart."""
    items = tokens.items
    for i in range(p - 1, max(p - 1 - _APPOSITION_REACH, -1), -1):
        if i < p - 1 and not tokens.soft_gap(i):
            return None  # the phrase before the comma starts after another mark
        word = items[i].text
        if lexicon.may_open(word):
            match = match_title(tokens, i, lexicon, country_at)
            if match is not None and match.end <= p:
                return match if match.kind not in _NO_TITLE_KINDS else None
        if is_verb(word, lexicon) or past_verb(word, lexicon) or past_feminine_verb(word, lexicon):
            return None
    return None


def _names_in_apposition(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon,
                         country_at: dict) -> list[_Mention]:
    """A name of two or three words set off by commas after a title and its complement, or closed by
    «إن» (وقال قائد الشرطة في مانديلينج ناتال، إرسان سينوحاجي، لرويترز; وقال مدير مجموعة فولكسفاغن في
    الولايات المتحدة، هنريك ويبكن، إن): the apposition the news writes when the office is long, which
    the title's reader does not reach. Each word is one the name reader takes (_word_class), and the
    tagger's gate keeps only name words (_end_before_unlisted_word)."""
    items = tokens.items
    n = len(items)
    spans = SpanCover((m.char_start, m.char_end) for m in mentions) if mentions else None
    found = []
    marks = tokens.gaps[0]  # (the gaps with punctuation, read once: the commas are among them)
    for p in compress(range(1, n - 1), map("punct".__eq__, marks)):
        # (a name read inside it may be its shorter form: بشرى بلحاج حميدة after بلحاج حميدة)
        if tokens.gap_text(p - 1).strip() != "،" or (spans is not None and spans.overlaps(items[p].ostart, items[p].oend)):
            continue
        end = p
        while end < n and end - p < 3 and (end == p or tokens.soft_gap(end - 1)) \
                and _word_class(tokens, end, lexicon, country_at, lexicon.person_words, first=end == p) == _NAME \
                and items[end].text not in CONNECTORS and items[end].text not in PARTICLES \
                and (end > p or not items[end].article or items[end].text in lexicon.given_names):
            end += 1
            if end < n and not tokens.soft_gap(end - 1):
                break
        if end - p < 2:
            continue
        closed = end == n or tokens.gap_text(end - 1).strip()[:1] in ("،", ".") \
            or (tokens.soft_gap(end - 1) and items[end].text in lexicon.speech_complements)
        if not closed:
            continue
        title = _title_before_comma(tokens, p, lexicon, country_at)
        if title is None or _end_before_unlisted_word(tokens, p, end, lexicon, country_at) < end:
            continue
        # a title whose holder follows it is another's (لابن عمته النائبة بهية الحريري، نادر الحريري)
        if title.end < p and spans is not None and spans.overlaps(items[title.end].ostart, items[p - 1].oend):
            continue
        words = tuple(t.text for t in items[p:end])
        found.append(_Mention(words, items[p].ostart, items[end - 1].oend, title, lexicon.persons.get(words), end))
    return found


def _states_served(title: TitleMatch) -> bool:
    """Whether the title names a country other than by a glued ل alone: a glued ل deep in the complement
    is as often the place the office acts in (قائد قوات التحالف العربي في الساحل الغربي لليمن) as the
    state it serves."""
    return any(not via or word for via, word in
               zip(title.country_via_preposition, title.country_after_preposition_word))


def _complement_of_office(tokens: Tokens, title: TitleMatch, lexicon: PersonLexicon) -> bool:
    """Whether the title found before the comma is the complement of an office that governs it
    (ونائب القائد العام للقوات المسلحة: the deputy, not the commander): its text would be another's."""
    k = title.start - 1
    return k >= 0 and title.cut == 0 and tokens.soft_gap(k) and lexicon.may_open(tokens.items[k].text) \
        and match_title(tokens, k, lexicon, {}) is not None


def _titles_before_comma(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon,
                         country_at: dict) -> list[_Mention]:
    """A name already read with no office of its own, right after a comma that closes a title phrase
    (المبعوث الأمريكي الخاص بالشؤون الدينية، سام براونباك; ووزيرة الخارجية الكورية الجنوبية، كانغ
    كيونغ-هوا), or after such a comma and an honorific or rank (وزير الخارجية القطري، الشيخ محمد):
    the phrase is the holder's office in apposition, so the name takes it and the country inside it.
    Not when a name stands before the title too (ترامب، الرئيس الأميركي، ...: the office may be that
    name's), nor when the title phrase is another's whose holder follows it."""
    items = tokens.items
    first_token = {t.ostart: k for k, t in enumerate(items)}
    spans = SpanCover((m.char_start, m.char_end) for m in mentions) if mentions else None
    out = []
    for m in mentions:
        p = first_token.get(m.char_start)
        # A royal title keeps its place: it is how a royal is named (العاهل الأردني، الملك عبدالله الثاني;
        # ولي العهد السعودي، الأمير محمد بن سلمان), and the visit reader pairs sentences by it.
        if m.title is not None and m.title.kind in CHAIN_KINDS and m.title.kind != "royal" and not m.title.countries \
                and m.title.cut == 0 and m.title.start < (p if p is not None else -1):
            p = m.title.start  # ، الشيخ محمد: the comma stands before the honorific
        elif m.title is not None:
            out.append(m)
            continue
        if p is not None and m.title is None and 0 < p and tokens.gap_text(p - 1).strip() in _QUOTES:
            # الرئيسة الليتوانية "داليا غريبوسكايتي": a quoted name right after its whole title
            title = _title_ending_at(tokens, p, lexicon, country_at)
            out.append(m if title is None or title.kind in _NO_TITLE_KINDS or not _states_served(title) else
                       _Mention(m.words, m.char_start, m.char_end, title, m.known, m.tok_end, m.single))
            continue
        if p is None or p < 2 or tokens.gap_text(p - 1).strip() != "،":
            out.append(m)
            continue
        title = _title_before_comma(tokens, p, lexicon, country_at)
        # (the complement between the title and the comma names no one: قائد الشرطة في مانديلينج ناتال)
        if title is None or not _states_served(title) or spans is None \
                or _complement_of_office(tokens, title, lexicon) \
                or (title.end < p and spans.overlaps(items[title.end].ostart, items[p - 1].oend)) \
                or (title.start > 0 and tokens.gap_text(title.start - 1).strip() == "،"
                    and spans.overlaps(items[title.start - 1].ostart, items[title.start - 1].oend)):
            out.append(m)
            continue
        out.append(_Mention(m.words, m.char_start, m.char_end, title, m.known, m.tok_end, m.single))
    return out


def _kin_apposition_countries(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon) -> dict[int, str]:
    """The country of each untitled mention (by id) set off by a comma right after a titled person whose title a
    kinship noun in construct governs (وصلت ابنة الرئيس الأمريكي دونالد ترامب، إيفانكا، ...; زوجة الرئيس السوري،
    بشار الأسد، أسماء الأخرس): the apposition names the relative, who is of the titled person's country as a
    title's nationality would make them. The noun is written with ة (ابنته ends in the pronoun: no construct)."""
    nouns = _with_glued(lexicon.kin_construct_nouns, ("", "و", "ف"))  # a noun bare or behind و، ف
    items = tokens.items
    if nouns.isdisjoint(map(_TEXT, items)):
        return {}  # (most texts: no index of their tokens built for it)
    starts = [t.ostart for t in items]
    first_token = {t.ostart: k for k, t in enumerate(items)}
    titled_ending = {bisect_right(starts, r.char_end - 1) - 1: r for r in mentions if r.title is not None}
    out = {}
    for m in mentions:
        p = first_token.get(m.char_start)
        if m.title is not None or p is None or p < 1 or tokens.gap_text(p - 1).strip() != "،":
            continue
        relative = titled_ending.get(p - 1)
        if relative is None or relative.title.cut != 0:
            continue
        k = relative.title.start - 1
        if k < 0 or not tokens.soft_gap(k) or items[k].final_ha:
            continue
        if items[k].text in nouns:
            country = _title_country(relative.title)
            if country:
                out[id(m)] = country
    return out


def _drop_body_names(tokens: Tokens, mentions: list[_Mention], lexicon: PersonLexicon) -> list[_Mention]:
    """Names that name a body or a building, not a person: right after such a noun, a title's
    last word or not (مستشفى ميراويس، فيلق الرحمن، لشبكة فوكس نيوز، بمدرسة أسامة بن زيد، المتحدث
    باسم مستشفى دار الشفاء), or opening with one. Known persons stay (إدارة ترامب: Trump is named)."""
    items = tokens.items
    starts = None
    out = []
    for m in mentions:
        if m.known is None:
            if starts is None:
                starts = [t.ostart for t in items]
            k = bisect_right(starts, m.char_start) - 1
            if k >= 0 and (_office_noun(items[k].text, lexicon) and items[k].ostart == m.char_start
                           or k > 0 and tokens.soft_gap(k - 1) and _office_noun(items[k - 1].text, lexicon)):
                continue
        out.append(m)
    return out


def _past_title_complement(tokens: Tokens, mentions: list[_Mention], organisations: list[dict],
                           lexicon: PersonLexicon) -> list[_Mention]:
    """A name read after a title that opens with the body the title belongs to, a genitive
    complement with its preposition (رئيس المكتب السياسي لحماس إسماعيل هنية، رئيس المكتب السياسي
    لحركة حماس إسماعيل هنية): the name is what follows the body, when two words or a known name
    are left."""
    items = tokens.items
    starts = None
    out = []
    for m in mentions:
        if m.title is not None and m.title.start < m.tok_end:
            if starts is None:
                starts = [t.ostart for t in items]
            first = bisect_right(starts, m.char_start) - 1
            body = next((o for o in organisations if o["char_start"] < items[first].oend
                         and items[first].ostart < o["char_end"] < m.char_end), None) if first >= 0 else None
            if body is not None:
                k = bisect_left(starts, body["char_end"])
                if len(m.words) == m.tok_end - first and first < k < m.tok_end:
                    words = m.words[k - first:]
                    if len(words) >= 2 or words in lexicon.persons:
                        out.append(_Mention(words, items[k].ostart, m.char_end, m.title, lexicon.persons.get(words),
                                            m.tok_end))
                        continue
        out.append(m)
    return out


def _inside_place(m: _Mention, places: SpanCover) -> bool:
    """Whether a place's name covers the mention whole (خان يونس; توقيت بيونغيانغ)."""
    return places.covers(m.char_start, m.char_end)


_HAMZA_ALEFS = frozenset("أإ")


def _without_glued_conjunction(text: str, m: _Mention, lexicon: PersonLexicon) -> _Mention:
    """A name whose first word is و glued to a word the text writes with a hamza on its alef (وأحمد
    حسن، وإيرينا تساريغورودتسيفا) or to a connector of names (وعبد الكريم حسن، وأبو محمد): the و is the
    conjunction of a list, never a letter of the name (a foreign name in و writes its alef bare:
    والاس، وانغ)."""
    first = m.words[0]
    if len(first) < 3 or first[0] != "و" or first in lexicon.given_names or first in lexicon.person_words \
            or m.char_start + 1 >= len(text) or text[m.char_start] != "و":
        return m
    if text[m.char_start + 1] not in _HAMZA_ALEFS and first[1:] not in CONNECTORS:
        return m
    words = (first[1:],) + m.words[1:]
    return _Mention(words, m.char_start + 1, m.char_end, m.title, lexicon.persons.get(words), m.tok_end, m.single)


def _without_glued_hamza_word(text: str, tokens: Tokens, m: _Mention) -> _Mention:
    """A name the rules read whose last words are ب or ل glued to a word the text writes with a
    hamza on its alef (الممثلة أليسون جاني بأوسكار، رانيا بأسوان، جورج بأزهار): the preposition and
    its object, never a name word (a foreign name in ب or ل writes its alef bare: بالون، لافروف), as
    _without_glued_conjunction reads a و. A known person's name stays."""
    if m.known is not None:
        return m
    items = tokens.items
    n = len(m.words)
    last = m.tok_end - 1
    while n > 1 and 0 < last < len(items) and items[last].text == m.words[n - 1]:
        start = items[last].ostart
        if not (start + 1 < len(text) and text[start] in "بل" and text[start + 1] in _HAMZA_ALEFS):
            break
        n -= 1
        last -= 1
    return _first_words(m, n, items, last)


def extract_persons(text: str, country_mentions: list[dict], lexicon: PersonLexicon,
                    use_context: bool = True, normalized=None, sentences=None,
                    organisations: list[dict] = (), places: list[dict] = (), words=None) -> list[dict]:
    """[{person_id, name_ar, title_ar, country_iso2, mentions: [{surface, char_start, char_end}]}],
    one per person named in `text`, in order of first mention; offsets index into `text`.
    `country_mentions` are find_entities(text, gazetteer)["countries"], `organisations` its
    "organisations" (no name inside one is a person's), `places` its "places" (a word the
    tagger alone reads as a name is no person where it names a place: باريس). With `use_context` False a
    country comes only from the title itself or the lexicon, never from the sentence around it.
    `words` are the analysed document's tokens of `normalized` (transforms.document), read instead
    of tokenising the text again."""
    tokens = from_words(text, normalized, words) if words is not None and normalized is not None \
        else tokenize(text, normalized)
    country_at = _country_index(tokens, text, country_mentions)
    mentions = _scan(text, tokens, lexicon, country_at)
    place_spans = SpanCover((x["char_start"], x["char_end"]) for x in places) if places else None
    if lexicon.tagger is not None:
        mentions = [_continued_by_tagger(tokens, _without_trailing_non_name(tokens, m, lexicon, country_at), lexicon,
                                         country_at) for m in mentions]
        tagged = _tagged_mentions(tokens, mentions, lexicon, country_at)
        if places:  # قالت النيابة العامة في باريس، توقيت بيونغيانغ: a city, not a one-word name
            tagged = [m for m in tagged if len(m.words) > 1 or not _inside_place(m, place_spans)]
        mentions += tagged
        mentions = [part for m in mentions for part in _without_next_conjunct(text, tokens, m, lexicon)]
        mentions += _list_conjunct_names(tokens, mentions, lexicon, country_at)
        mentions += _names_in_apposition(tokens, mentions, lexicon, country_at)
        mentions = _titles_before_comma(tokens, mentions, lexicon, country_at)
        mentions = _without_word_after_family_name(tokens, mentions, lexicon, country_at)
    mentions = _drop_body_names(tokens, mentions, lexicon)
    mentions = [_without_glued_conjunction(text, m, lexicon) for m in mentions]
    mentions = [_without_glued_hamza_word(text, tokens, m) for m in mentions]
    if places:  # وفي خان يونس، جالت: an untitled name that a place's name covers whole is the place
        mentions = [m for m in mentions if m.title is not None or m.known is not None or not _inside_place(m, place_spans)]
    # A letter standing alone ends no name: it is a pronoun or a clitic some texts write apart
    # (علي ه for عليه, the preposition على written علي), never a family name.
    mentions = [m for m in mentions if len(m.words[-1]) > 1]
    if organisations:
        mentions = _past_title_complement(tokens, mentions, organisations, lexicon)
        # هيومن رايتس ووتش is a body, not رايتس ووتش
        bodies = SpanCover((x["char_start"], x["char_end"]) for x in organisations)
        mentions = [m for m in mentions if not bodies.overlaps(m.char_start, m.char_end)]
    mentions += _short_mentions(tokens, mentions, lexicon)
    mentions.sort(key=lambda m: m.char_start)

    # Names this text gives, and lexicon persons its short forms stand for.
    def full_words(m: _Mention) -> tuple[str, ...]:
        # a known person's name as the text spells it in full (إلون ماسك) stays so
        return m.known.words if m.known is not None and len(m.known.words) > len(m.words) else m.words

    # A known person's short form goes to the article's own fuller name if it gives one (وائل
    # عباس ... عباس), else to the lexicon's full name; two spellings of one name are one name
    # (عبدربه منصور هادي, and هادي standing for the lexicon's عبد ربه منصور هادي), spelt as the
    # text spells it.
    own_full: dict[str, set[tuple[str, ...]]] = {}  # by last word: a name ending with m.words ends with its last
    for m in mentions:
        if len(m.words) >= 2:
            own_full.setdefault(m.words[-1], set()).add(m.words)
    fulls = []
    for m in mentions:
        words = full_words(m)
        if words != m.words and m.words and any(len(w) > len(m.words) and w[-len(m.words):] == m.words
                                                for w in own_full.get(m.words[-1], ())):
            words = m.words
        fulls.append(words)
    spelling: dict[str, tuple[str, ...]] = {}
    for m, words in zip(mentions, fulls):
        if words == m.words:
            spelling.setdefault(words_key(words), words)
    for words in fulls:
        spelling.setdefault(words_key(words), words)
    fulls = [spelling[words_key(words)] for words in fulls]
    root = resolve_names(fulls)
    groups: dict[tuple[str, ...], list[_Mention]] = {}
    for m, words in zip(mentions, fulls):
        groups.setdefault(root[words], []).append(m)

    kin_country = _kin_apposition_countries(tokens, mentions, lexicon)
    persons = []
    for key, group in groups.items():
        known = next((m.known for m in group if m.known is not None
                      and (words_key(m.known.words) == words_key(key) or m.words == key)), None) or (lexicon.persons.get(key))
        titled = [m for m in group if m.title is not None]
        if known is not None and not titled and _common_word_surname(group, key, known, country_mentions):
            continue
        # A single word after a title is a name only when it is a known person (الرئيس ماكرون) or
        # a given name.
        if len(key) < 2 and known is None and not any(m.single for m in group) and not (
                titled and key[0] in lexicon.given_names and key[0] not in lexicon.ambiguous_given_names):
            continue
        if all(w in REGNAL_ORDINALS for w in key):
            continue
        # A one-word name every mention of which is a country's adjective (الرئيس التركي، التلفزيون
        # التركي) is the adjective, even when a known person's family name is that word (منصور التركي).
        if len(key) == 1 and all(any(c["char_start"] <= m.char_start and m.char_end <= c["char_end"]
                                     for c in country_mentions) for m in group):
            continue
        longest = max(group, key=lambda m: (len(m.words), -m.char_start))
        if longest.words == key:
            # Hashtag markup is not part of a name (#سعد_الحريري).
            surface = text[longest.char_start:longest.char_end].replace("_", " ").replace("#", " ")
            name_ar = " ".join(surface.split())
        else:
            name_ar = known.name_ar if known is not None else " ".join(key)
        title_ar = _best_title(text, tokens, titled)
        country = next((c for c in (_title_country(m.title) for m in titled) if c), None)
        possessive = next((m for m in titled if m.title.possessive), None)
        if possessive is not None and country is None and use_context:
            sentences = sentences if sentences is not None else split_sentences(text)
            country = _context_country(possessive.title, text_start(tokens, possessive.title), sentences,
                                       country_mentions)
        if country is None:
            country = next((c for c in (_body_country(m.title, tokens, organisations) for m in titled) if c), None)
        if country is None and known is not None:
            country = known.country_iso2
        if country is None:  # ابنة الرئيس الأمريكي دونالد ترامب، إيفانكا: the relative's country
            country = next((kin_country[id(m)] for m in group if id(m) in kin_country), None)
        if country is None:
            for m in titled if use_context else ():
                if m.title.kind in _CONTEXT_KINDS or (m.title.kind == "head_of_state" and len(m.title.words) == 1
                                                      and tokens.items[m.title.start].text[m.title.cut:].startswith("ال")):
                    sentences = sentences if sentences is not None else split_sentences(text)
                    country = _context_country(m.title, text_start(tokens, m.title), sentences, country_mentions)
                    if country:
                        break
        persons.append({
            "person_id": person_id(name_ar),
            "name_ar": name_ar,
            "title_ar": title_ar,
            "country_iso2": country,
            "mentions": [{"surface": text[m.char_start:m.char_end], "char_start": m.char_start,
                          "char_end": m.char_end} for m in group],
        })
    return persons


def _common_word_surname(group: list[_Mention], key: tuple[str, ...], known: KnownPerson,
                         country_mentions: list[dict]) -> bool:
    """A lexicon person the text names only by a definite one-word form of the family name that is
    also a noun or an adjective of the language (الصدر، الأسد، المعلم، الشاهد، الابن: في الصدر، حصة
    الأسد، المعلم السياحي), untitled, in a text that names no country of theirs: the word, not the
    person. A nisba (القذافي، الحوثي) is a family name's shape, and stays."""
    if known.country_iso2 is None or len(key) < 2:
        return False
    if any(len(m.words) != 1 or not m.words[0].startswith("ال") or m.words[0].endswith("ي") for m in group):
        return False
    return all(c["iso2"] != known.country_iso2 for c in country_mentions)


def text_start(tokens: Tokens, match: TitleMatch) -> int:
    return tokens.norm.to_original(tokens.items[match.start].start)


_LONG_VOWELS = str.maketrans("", "", "اوي")


def _vowel_skeleton(word: str) -> str:
    """A word without the long vowels inside it (first and last letters kept): the letters two
    transliterations of one foreign name share (ماركل / ميركل، دانيلز / دانييلز، بوتين / بوتن)."""
    return word if len(word) <= 2 else word[0] + word[1:-1].translate(_LONG_VOWELS) + word[-1]


def spelling_variants(a: tuple[str, ...], b: tuple[str, ...], given_names: frozenset = frozenset()) -> bool:
    """Whether two names of one article are two spellings of one name: as many words, the same
    first word, and every other word the same or the same but for long vowels inside it (ميغان
    ماركل / ميغان ميركل، ستورمي دانيلز / ستورمي دانييلز). Words that are given names are
    Arabic names with their own vowels (محمد / محمود): never variants."""
    if a == b or len(a) != len(b) or len(a) < 2 or a[0] != b[0]:
        return False
    for x, y in zip(a[1:], b[1:]):
        if x == y:
            continue
        if len(x) < 4 or len(y) < 4 or x in given_names or y in given_names \
                or _vowel_skeleton(x) != _vowel_skeleton(y):
            return False
    return True


def _merge_spelling_variants(persons: list[dict], given_names: frozenset) -> list[dict]:
    """Persons of one article whose names are spelling_variants of each other, or spelt_alike (ستافان
    دي ميستورا in a title, ستيفان دي ميستورا in the body), made one, under the
    spelling the article uses most (the first among equals); the other spelling stays as a mention."""
    words = [words_of(p["name_ar"]) for p in persons]
    out: list[dict] = []
    # Two names either test may join have as many words and the same first word (spelling_variants)
    # or words of the same lengths (spelt_alike): the persons kept so far are indexed by both keys
    # (and again under a name they take), so each person tries only those, first kept first.
    by_key: dict[tuple, list[int]] = {}

    def index(position: int, name: tuple[str, ...]) -> None:
        for key in (("first", len(name), name[:1]), ("lengths", tuple(map(len, name)))):
            by_key.setdefault(key, []).append(position)

    for k, person in enumerate(persons):
        name = words[k]
        tried = sorted(set(by_key.get(("first", len(name), name[:1]), ()))
                       | set(by_key.get(("lengths", tuple(map(len, name))), ())))
        at = next((j for j in tried if spelling_variants(words_of(out[j]["name_ar"]), name, given_names)
                   or spelt_alike(words_of(out[j]["name_ar"]), name, given_names)), None)
        if at is None:
            index(len(out), name)
            out.append(person)
            continue
        same = out[at]
        if len(person["mentions"]) > len(same["mentions"]):
            same["name_ar"], same["person_id"] = person["name_ar"], person["person_id"]
            index(at, name)
        same["mentions"].extend(person["mentions"])
        same["title_ar"] = same["title_ar"] or person["title_ar"]
        same["country_iso2"] = same["country_iso2"] or person["country_iso2"]
    return out


def _spelt_by_text(person: dict) -> bool:
    """Whether the person's name is spelt as one of its mentions writes it, not taken from the lexicon
    (السيسي alone in a title stands for the lexicon's عبد الفتاح السيسي)."""
    name = words_of(person["name_ar"])
    return any(words_of(m["surface"]) == name for m in person["mentions"])


def merge_persons(lists: list[list[dict]], given_names: frozenset = frozenset()) -> list[dict]:
    """Persons of several texts of one article (title, body) merged by person_id, and a short name
    in one text merged into a fuller name in another (ماتيس in a title, جيمس ماتيس in the body),
    and two spellings of one foreign name made one (spelling_variants; `given_names` are the
    lexicon's, never variants). The fullest name, the first title and the first country are
    kept; each mention gets `part`, the index of the list it came from."""
    merged: dict[str, dict] = {}
    for part, persons in enumerate(lists):
        for person in persons:
            mentions = [dict(m, part=part) for m in person["mentions"]]
            current = merged.get(person["person_id"])
            if current is None:
                merged[person["person_id"]] = dict(person, mentions=mentions)
                continue
            if _spelt_by_text(person) and not _spelt_by_text(current):
                current["name_ar"] = person["name_ar"]  # the body's عبدالفتاح السيسي, not the lexicon's spelling
            current["mentions"].extend(mentions)
            current["title_ar"] = current["title_ar"] or person["title_ar"]
            current["country_iso2"] = current["country_iso2"] or person["country_iso2"]
    out = _merge_spelling_variants(list(merged.values()), given_names)
    words = {p["person_id"]: words_of(p["name_ar"]) for p in out}
    index = FullerNames(())
    for p in out:
        index.add(words[p["person_id"]], p)
    for short in sorted(out, key=lambda p: len(words[p["person_id"]])):
        short_words = words[short["person_id"]]
        tried = index.candidates(short_words) if short_words else out
        fuller = [p for p in tried if p is not short and shorter_form_of(short_words, words[p["person_id"]])]
        if len(fuller) == 1:
            full = fuller[0]
            full["mentions"].extend(short["mentions"])
            full["title_ar"] = full["title_ar"] or short["title_ar"]
            full["country_iso2"] = full["country_iso2"] or short["country_iso2"]
            short["mentions"] = []
    return [p for p in out if p["mentions"]]
