"""extract_aid: quantified aid transfers in one article, one record per donor, with the sentence.

A record is a sum of money (amount + currency) in a sentence where an aid word (مساعدات، منحة،
قرض، دعم، تمويل …) is nearer to the sum than any not-aid word (صفقة، استثمارات، ميزانية، تكلفة …).
Donor and recipient come from the country and organisation mentions the entities step found in
that sentence, by the words around them (see parties.py). A sentence that continues the previous
aid record without naming anyone (واستحوذت المساعدات التنموية على … 9.14 مليار درهم) inherits its
donor, recipient and since-year.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from itertools import accumulate

from transforms.aid import cues
from transforms.aid.currencies import CurrencyLexicon
from transforms.aid.numbers import find_amounts, parse_digits
from transforms.aid.parties import ByFirstToken, Party, party_mentions, sentence_sum_parties
from transforms.arabic_text import normalize
from transforms.sentences import split_sentences

_TOKEN = re.compile(r"[\u0621-\u064A]+|\d+(?:[.,،]\d+)*")  # 3،3 مليارات: an Arabic comma between digits is a decimal mark
# The same tokens as one group of a split: the pieces alternate the text between tokens and a token.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def aid_tokens(ntext: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each token of the normalised text: one split in C and the running sum of
    the pieces' lengths, with no match object per token."""
    pieces = _TOKEN_SPLIT.split(ntext)
    bounds = list(accumulate(map(len, pieces)))
    return list(zip(bounds[0:-1:2], bounds[1::2], pieces[1::2]))
# How far (in words) a cue may stand from the sum it qualifies.
_BEFORE, _AFTER = 12, 8
_PERIOD_BEFORE, _PERIOD_AFTER = 4, 4
_LOAN_BEFORE = 8
_YEAR = re.compile(r"(?:19|20)\d\d")
# منذ توقيعها معاهدة سلام مع إسرائيل عام 1979 / من بداية عام 2018 / منذ أبريل 2015: the words of since are the rows
# of class aid_since of seeds/cue_words.csv (cues.since_pattern, AidWords.since).
_SINCE_THIS_YEAR = re.compile(r"منذ بدايه (?:العام|السنه) (?:الحالي|الجاري)")


@dataclass(frozen=True)
class Money:
    start: int  # normalised-text offsets of amount + currency
    end: int
    value: float
    currency: str
    first_token: int  # index of the amount's first token
    last_token: int  # index of the currency's last token
    # The same sum in another currency, as the sentence restates it right after (55 مليار ريال قطري، أي ما
    # يعادل 15 مليار دولار → (15e9, "USD")): that second sum is no sum of its own.
    restated: tuple[float, str] | None = None


def extract_aid(text: str, entities: dict, currencies: CurrencyLexicon,
                published_year: int | None = None, normalized=None, sentences=None, mentions=None,
                words: cues.AidWords | None = None, tokens=None) -> list[dict]:
    """Aid records of one text. `entities` is find_entities' result for the same text; `currencies`
    the lexicon from build_currency_lexicon; `words` the aid word lists of the cue lexicon
    (cues.aid_words: the verbs of giving, cutting and pledging, the type words). `published_year`
    resolves منذ بداية العام الحالي.
    `mentions`: the text's party mentions when the caller has them (candidates.AidContext.mentions);
    else they are read here, with `words.appeal` to tell donors called upon to give.
    `tokens`: the (start, end, word) tokens of the normalised text when the caller has them
    (candidates.AidContext.tokens, made by the same pattern), else they are made here.

    Each record: donor_iso2, donor_name_ar, recipient_iso2, recipient_name_ar, amount, currency,
    period, aid_type, since_year, status, evidence, evidence_start, evidence_end, amount_surface.
    """
    if words is None:
        raise ValueError("extract_aid reads the aid word lists of the cue lexicon: pass words=cues.aid_words(lexicon)")
    norm = normalized if normalized is not None else normalize(text)
    ntext = norm.text
    if not _has_aid_word(ntext, words):
        return []  # most articles: no aid word, nothing to parse
    to_norm = norm.to_normalised
    if tokens is None:
        tokens = aid_tokens(ntext)
    starts = [t[0] for t in tokens]
    named = {c["iso2"] for c in entities.get("countries", ())}
    main_country = _main_country(entities)
    if mentions is None:
        mentions = party_mentions(entities, to_norm, starts, tokens, words)
    by_token = ByFirstToken(mentions, [m.first_token for m in mentions])  # once per text, read by sentence
    records: list[dict] = []
    seen: set[tuple] = set()
    previous: dict | None = None
    givers: set[Party] = set()
    previous_sentence = -2
    for index, (s, e) in enumerate(sentences if sentences is not None else split_sentences(text)):
        ns, ne = to_norm(s), to_norm(e)
        t0, t1 = bisect.bisect_left(starts, ns), bisect.bisect_left(starts, ne)
        sums = money_in(ntext, ns, ne, tokens, starts, currencies, named, words.equivalent)
        if not sums:
            continue
        in_sentence = by_token.between(t0, t1)
        since = _since_year(ntext[ns:ne], published_year, words.since)
        for money, (donors, recipient) in zip(sums, sentence_sum_parties(tokens, in_sentence, sums, t0, t1, words)):
            # Without a word of aid, a sum is aid only where the sentence names its giver and gives it
            # (_given_to, _announced_giving).
            if not _is_aid(tokens, money, t0, t1, words) and not (
                    any(not d.unnamed and d != recipient for d in donors) and (
                        (recipient is not None
                         and _given_to(tokens, money, t0, words, [m for m in in_sentence if m.party == recipient]))
                        or _announced_giving(tokens, money, t0, t1, words))):
                continue
            named_body = _quoted_body_after(text, ntext, norm, money.end, words)
            if named_body is not None:
                recipient = Party(None, named_body)
            inherited = not donors and recipient is None
            if inherited:
                if previous is None or index - previous_sentence > 2:
                    continue
                donors = [previous["donor"]]
                recipient = previous["recipient"]
            elif not donors:
                # Only the recipient named: the giver is the previous sentence's, if it gave to the
                # same party or to no one named (a part of its total: … منها 100 ألف دولار لمنظمة "…").
                if previous is not None and index - previous_sentence <= 2 and previous["recipient"] in (None, recipient):
                    donors = [previous["donor"]]
                elif len(givers) == 1:
                    donors = list(givers)  # the article's only giver so far
                else:
                    continue
            continues = previous is not None and index - previous_sentence <= 1 and (
                inherited or (donors[0] == previous["donor"] and recipient == previous["recipient"]))
            year = since if since is not None else (previous["since_year"] if continues else None)
            if recipient is None and donors[0].iso2 is None and main_country not in (None, donors[0].key):
                recipient = Party(main_country, None)  # an IMF loan in an article about Egypt is Egypt's
            for donor in donors:
                if recipient is not None and donor.key == recipient.key:
                    recipient_use = None
                else:
                    recipient_use = recipient
                key = (donor.key, recipient_use.key if recipient_use else None, round(money.value), money.currency)
                if key in seen:
                    continue
                seen.add(key)
                a, b = norm.span_to_original(money.start, money.end)
                records.append({
                    "donor_iso2": donor.iso2, "donor_name_ar": donor.name_ar,
                    "recipient_iso2": recipient_use.iso2 if recipient_use else None,
                    "recipient_name_ar": recipient_use.name_ar if recipient_use else None,
                    "amount": money.value, "currency": money.currency,
                    "period": _period(tokens, money, t0, t1, words),
                    "aid_type": _aid_type(tokens, money, t0, t1, words),
                    "since_year": year,
                    "status": _status(tokens, money, t0, t1, words),
                    "evidence": text[s:e], "evidence_start": s, "evidence_end": e,
                    "amount_surface": text[a:b],
                })
            if donors:
                previous = {"donor": donors[0], "recipient": recipient, "since_year": year}
                givers.update(donors)
                previous_sentence = index
    return records


# The quick look before any parsing: a text holds no aid word (class aid_transfer, AidWords.transfer) unless one
# of the pieces of class aid_stem (AidWords.stems: مساعد، قرض، قروض، تبرع، ودائع …) stands anywhere in it.
_STEM_PATTERNS: dict[tuple[str, ...], re.Pattern] = {}


def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern:
    pattern = _STEM_PATTERNS.get(stems)
    if pattern is None:
        pattern = _STEM_PATTERNS[stems] = re.compile("|".join(re.escape(s) for s in stems))
    return pattern


# A body named in quotes right after the sum: … 100 ألف دولار لمنظمة "جنودنا يتكلمون".
_QUOTED_BODY = re.compile(
    r"[\s\u00A0]*،?[\s\u00A0]*(?:ل|لصالح |الي )(?:منظمه|جمعيه|مؤسسه|حمله|صندوق|مجموعه|حركه|هيئه|مبادره)"
    r"[\s\u00A0]*[\"«“]([^\"»”\n]{2,60})[\"»”]")


# A body named without quotes at the end of the sum's clause, after لصالح / لدعم / ل and a few words
# of the clause (… وقف دعم قيمته 25 مليون دولار من المخطط دفعه مسبقاً لصالح شبكة مستشفيات القدس
# الشرقية؛ متعهدا بالتبرع بـ150 مليون دولار لدعم الأوقاف الإسلامية في القدس): an institution's head
# noun (class aid_institution_head, AidWords.institution_heads) and at most four more words before the clause
# ends. A longer phrase (لمنظمة شيعية إرهابية في العراق متهمة بقتل …) is no name: nothing is read.
_WORD = r"[^\s\u00A0.,،؛;:!?\"«»“”()]+"
_PLAIN_BODIES: dict[frozenset[str], re.Pattern] = {}


def _plain_body(heads: frozenset[str]) -> re.Pattern:
    pattern = _PLAIN_BODIES.get(heads)
    if pattern is None:
        pattern = _PLAIN_BODIES[heads] = re.compile(
            rf"[\s\u00A0]*(?:{_WORD}[\s\u00A0]+){{0,5}}?(?:لصالح[\s\u00A0]+|لدعم[\s\u00A0]+|ل(?=[^ا]))"
            rf"((?:ال)?(?:{'|'.join(sorted(heads, key=len, reverse=True))})(?:[\s\u00A0]+{_WORD}){{0,4}})"
            r"[\s\u00A0]*(?=[.,،؛;:!?]|$)")
    return pattern


def _quoted_body_after(text: str, ntext: str, norm, end: int, words: cues.AidWords) -> str | None:
    """The name, as written, of an organisation right after the sum: quoted (_QUOTED_BODY) or, at the
    end of the sum's clause, led by an institution's head noun (_plain_body); else None."""
    match = _QUOTED_BODY.match(ntext, end) or _plain_body(words.institution_heads).match(ntext, end)
    if not match:
        return None
    a, b = norm.span_to_original(match.start(1), match.end(1))
    return text[a:b].strip()


def _has_aid_word(ntext: str, words: cues.AidWords) -> bool:
    return _stem_pattern(words.stems).search(ntext) is not None


def _main_country(entities: dict) -> str | None:
    """The country an article is about: named most often, at least twice, and alone at the top."""
    counts: dict[str, int] = {}
    for c in entities.get("countries", ()):
        counts[c["iso2"]] = counts.get(c["iso2"], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def money_mentions(text: str, norm, sentences, currencies: CurrencyLexicon, named: set[str],
                   words: list[str] | None = None, arabic=None) -> list[dict]:
    """Every sum of money (an amount with its currency) in the text, sentence by sentence, as rows
    with original offsets: {char_start, char_end, surface, amount, currency}. `words` and `arabic`
    are the analysed document's tokens of norm.text and whether each is Arabic letters only: the
    currency names are then looked for among them (CurrencyLexicon.text_may_hold_money)."""
    ntext = norm.text
    rows: list[dict] = []
    if not (currencies.may_hold_money(ntext, 0, len(ntext)) if words is None
            else currencies.text_may_hold_money(ntext, words, arabic)):
        return rows  # most texts name no currency: no sum to read
    tokens = aid_tokens(ntext)
    starts = [t[0] for t in tokens]
    for s, e in sentences:
        ns, ne = norm.to_normalised(s), norm.to_normalised(e)
        for money in money_in(ntext, ns, ne, tokens, starts, currencies, named):
            a, b = norm.span_to_original(money.start, money.end)
            rows.append({"char_start": a, "char_end": b, "surface": text[a:b], "amount": money.value,
                         "currency": money.currency})
    return rows


def money_in(ntext, ns, ne, tokens, starts, currencies, named, equivalent: frozenset[str] | None = None) -> list[Money]:
    """Sums of money in the sentence [ns, ne): an amount with a currency after it (or a symbol
    before it), skipping a sum that restates the one before it (… درهم (1.02 مليار دولار); `equivalent`:
    the words before a sum that restate another, class aid_equivalent, cues.equivalent_words; without it, the
    words kept in code)."""
    sums: list[Money] = []
    if not currencies.may_hold_money(ntext, ns, ne):
        return sums
    amounts = find_amounts(ntext[ns:ne])
    high_end = -1  # the amount that closes a range already read as one sum
    for k, amount in enumerate(amounts):
        if k == high_end:
            continue
        start, end = ns + amount.start, ns + amount.end
        found = currencies.match_after(ntext, end, named)
        code = found[0] if found else currencies.match_before(ntext, start)
        value = amount.value
        if not code and k + 1 < len(amounts):
            # A range is one sum, read at its low end with the scale and currency of its high end
            # (ما بين 700 إلى 800 مليون دولار → 700 مليون دولار، بين 2 و3 مليارات دولار).
            value, found = _range_start(ntext, ns, amount, amounts[k + 1], currencies, named)
            code, high_end = (found[0], k + 1) if found else (None, high_end)
        if not code and sums and _carries_currency(ntext, start, end, ne):
            # A second sum of the sentence that names no currency takes the one before it (ووعدت
            # فرنسا بـ1.1 مليار يورو …، بينما 850 مليونا من القروض).
            code = sums[-1].currency
        if not code:
            continue
        money_end = found[1] if found else end
        first = bisect.bisect_left(starts, start)
        last = max(first, bisect.bisect_left(starts, money_end) - 1)
        if sums and _restates(ntext, sums[-1].end, start, tokens, first, equivalent):
            if sums[-1].restated is None and code != sums[-1].currency:
                sums[-1] = replace(sums[-1], restated=(value, code))
            continue
        sums.append(Money(start, money_end, value, code, first, last))
    return sums


# The scale of an amount that stands for a sum whose currency was named before: the accusative of
# the tamyiz (مليونا، مليارا، ألفا) or a scale the clause ends on (… و300 مليون.); a plural scale
# or a noun after it counts something else (ستة ملايين طفل).
_CARRIED_SCALE = re.compile(r"(?:مليونا|مليارا|الفا|مليار|مليون|الف)(?=[\s\u00A0]*(?:[،,.;:)]|$|من ال))")


def _carries_currency(ntext: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether the amount [start, end) ends on a scale that takes the currency of an earlier sum of
    its sentence: an accusative scale (850 مليونا) or a bare scale before a comma or the end."""
    m = _CARRIED_SCALE.search(ntext, max(start, end - 7), sentence_end)
    return m is not None and m.end() == end


_RANGE_GAP = re.compile(r"[\s\u00A0]*(?:الي|-|–|و)[\s\u00A0]*")
_RANGE_OPENERS = frozenset({"بين", "من"})


def _range_start(ntext, ns, low, high, currencies, named) -> tuple[float, tuple | None]:
    """(value, the currency match after the high end) of a bare number that opens a range whose
    high end has a scale and a currency: بين / من, the number, إلى / و / a dash, the higher number
    with its scale; (its own value, None) for any other number."""
    a, b = ns + low.start, ns + low.end
    lead = re.match(r"\d[\d.,]*", ntext[ns + high.start:ns + high.end])
    before = ntext[max(0, a - 12):a].split()
    digits = re.fullmatch(r"\d+", ntext[a:b]) is not None
    # A low end in words (بين ستة إلى سبعة مليارات، بين خمسة وعشرة ملايين) is a whole number under
    # a thousand with no scale of its own; its high end is read without its scale.
    words = not digits and lead is None and low.value == int(low.value) and low.value < 1000
    if (not (digits and lead is not None or words) or not before or before[-1] not in _RANGE_OPENERS
            or not (_RANGE_GAP.fullmatch(ntext[b:ns + high.start])
                    or words and not ntext[b:ns + high.start].strip() and ntext[ns + high.start] == "و")):
        return low.value, None
    found = currencies.match_after(ntext, ns + high.end, named)
    top = parse_digits(lead.group().rstrip(".,")) if lead else _count_of(high.value)
    if found is None or not 0 < low.value < top or high.value <= top:
        return low.value, None
    return low.value * (high.value / top), found


def _count_of(value: float) -> float:
    """The count an amount gives its largest scale (عشرة ملايين → 10, سبعة مليارات → 7)."""
    for scale in (1e12, 1e9, 1e6, 1e3):
        if value >= scale:
            return value / scale
    return value


def _restates(ntext, previous_end, start, tokens, first, equivalent: frozenset[str] | None = None) -> bool:
    gap = ntext[previous_end:start]
    if re.fullmatch(r"[\s\u00A0]*[(\[][\s\u00A0]*(?:ما يعادل|اي|نحو|حوالي)?[\s\u00A0]*", gap):
        return True
    # "13.85 مليار درهم (3.77) مليار دولار": the number in brackets, its scale after them.
    if re.fullmatch(r"[\s\u00A0]*[(\[][\s\u00A0]*[\d.,]+[\s\u00A0]*[)\]][\s\u00A0]*", gap):
        return True
    # أي ما يعادل 30 مليون restates; وما يعادل 30 مليون من ألمانيا adds another sum.
    if equivalent is None:
        equivalent = cues.equivalent_words(None)
    for back in (1, 2):
        if first - back >= 0 and cues.is_in(tokens[first - back][2], equivalent):
            opener = tokens[first - back - 1][2] if first - back - 1 >= 0 else ""
            return not opener.startswith("و")
    return False


def _nearest(tokens, money: Money, t0, t1, words, before=_BEFORE, after=_AFTER) -> int | None:
    """Distance in words from the sum to the nearest token that is one of `words`, or None."""
    hit = words.at if isinstance(words, (_AidWord, _CutWord)) else (lambda i: cues.is_in(tokens[i][2], words))
    best = None
    for i in range(money.first_token - 1, max(t0, money.first_token - before) - 1, -1):
        if hit(i):
            best = money.first_token - i
            break
    for i in range(money.last_token + 1, min(t1, money.last_token + 1 + after)):
        if hit(i):
            distance = i - money.last_token
            if best is None or distance < best:
                best = distance
            break
    return best


def _is_aid(tokens, money: Money, t0, t1, words: cues.AidWords) -> bool:
    aid = _nearest(tokens, money, t0, t1, _AidWord(tokens, words.transfer, words.form))
    if aid is None:
        return False
    not_aid = _nearest(tokens, money, t0, t1, words.not_aid)
    return not_aid is None or aid < not_aid


_GIVEN_REACH = 5  # words from a verb of giving to the sum it gives (كانت تمد حزب الله بنحو 100 مليون دولار)


def _given_to(tokens, money: Money, t0: int, words: cues.AidWords, receivers: list) -> bool:
    """Whether the sum is what a verb of giving gives to its object: a finite verb of giving (words.give:
    تمد، منحت), not a verbal noun (تقديم) nor a noun of aid, then a mention of the receiver the rules read
    (`receivers`), then the sum, within five words and with no number nor word of not-aid between (وذكر
    التقرير أن إيران كانت تمد حزب الله بنحو 100 مليون دولار سنوياً). extract_aid reads it where the sentence
    also names the giver; a sum with its receiver after it (منحتا بسخاء 930 مليون دولار لخطة الاستجابة) or
    with the giver between (قدم الاتحاد الأوروبي 107 ملايين يورو) is no such sum."""
    for i in range(money.first_token - 1, max(t0, money.first_token - _GIVEN_REACH) - 1, -1):
        word = tokens[i][2]
        if word[:1].isdigit() or cues.is_in(word, words.not_aid):
            return False
        if (not word.startswith("ال") and cues.is_in(word, words.give)
                and not cues.is_in(word, words.give_nouns) and not cues.is_in(word, words.transfer)):
            return any(i < m.first_token and m.last_token < money.first_token for m in receivers)
    return False


_ANNOUNCE_REACH = 10  # words from a verb of announcing to the verbal noun of giving (its subject between)
_GIVING_NOUN_REACH = 3  # words from the verbal noun of giving to its sum (مبلغ، بقيمة، نحو)


def _announced_giving(tokens, money: Money, t0: int, t1: int, words: cues.AidWords) -> bool:
    """Whether the sum is what a verbal noun of giving (words.give_nouns, class aid_give_noun: تقديم، تخصيص، منح)
    governs, right before it past a noun of a sum, a link word or a particle (تخصيص مبلغ 5 ملايين دولار), with a
    finite verb of announcing or pledging before it in the clause (words.pledged: أعلنت، تعهدت), its subject
    between them: أعلنت دولة الإمارات … تخصيص مبلغ 5 ملايين دولار؛ وأعلنت بريطانيا تقديم 450 مليون جنيه.
    No number between verb and noun (the subject and a day may stand there: أعلنت الجمعة تقديم); no word of
    not-aid within three words after the sum. extract_aid reads it where the sentence also names the giver."""
    i = money.first_token - 1
    while i >= t0 and i >= money.first_token - _GIVING_NOUN_REACH and (
            tokens[i][2] in words.sum_nouns or cues.is_in(tokens[i][2], words.sum_links)
            or tokens[i][2] in words.quantity_particles):
        i -= 1
    if i < t0 or tokens[i][2].startswith("ال") or not cues.is_in(tokens[i][2], words.give_nouns):
        return False
    for k in range(money.last_token + 1, min(t1, money.last_token + 4)):
        if cues.is_in(tokens[k][2], words.not_aid):
            return False
    for k in range(i - 1, max(t0, i - _ANNOUNCE_REACH) - 1, -1):
        word = tokens[k][2]
        if word[:1].isdigit():
            return False
        if not word.startswith("ال") and cues.is_in(word, words.pledged) and not cues.is_in(word, words.give_nouns):
            return True
    return False


_SUBJECT_GIVES_LINKS = 3  # link words between the verb (or its subject) and the sum (بـ، بقيمة، أكثر من)


def _subject_gives(tokens, money: Money, t1: int, words: cues.AidWords, mentions: list) -> bool:
    """Whether a finite verb of giving governs the sum with no noun between them: the verb right before
    the sum, past link words and particles (words.sum_links, sum_nouns, quantity_particles: ستقدم أكثر من
    مليار يورو), or with its subject, one party mention, between (تقدمت الكويت بـ250 مليون دولار لخطة
    الاستجابة الإنسانية في اليمن؛ قدم الاتحاد الأوروبي 107 ملايين يورو). Such a sum is given even with no
    word of aid. Any other word between (قدمت الشركة عرضا بقيمة، دفعت … ثمن), a word of not-aid before the
    verb (its form is then its verbal noun: مقابل دفع 330 ألف دولار) or within three words after the sum
    (… مليون دولار تعويضات) make it no such sum. candidates.decide_aid keeps such a sum as the frame rules'
    records are kept (above the aid model's veto), its parties read by the party models: as a frame rule it
    reads the parties of a list of givers wrong (قدم الاتحاد الأوروبي 107 ملايين يورو: to the giver of the
    sum before)."""
    return giving_verb_subject(tokens, money, t1, words, mentions) is not False


def _before_sum_links(tokens, money: Money, words: cues.AidWords) -> int:
    """The index of the word before the sum and the link words, sum nouns and particles right before it
    (بحجم، نحو، مبلغ), at most _SUBJECT_GIVES_LINKS of them: where a verb or a party governing the sum stands."""
    i = money.first_token - 1
    while i >= 0 and i >= money.first_token - _SUBJECT_GIVES_LINKS and (
            tokens[i][2] in words.sum_links or tokens[i][2] in words.sum_nouns or tokens[i][2] in words.quantity_particles):
        i -= 1
    return i


def _not_aid_follows(tokens, money: Money, t1: int, words: cues.AidWords) -> bool:
    """Whether a word of not-aid stands within three words after the sum, inside its clause (… و300 مليون
    تعويضات، خفض 200 مليون دولار من الميزانية): the sum measures that, not a transfer."""
    return any(cues.is_in(tokens[k][2], words.not_aid) for k in range(money.last_token + 1, min(t1, money.last_token + 4)))


def _governor_of_sum(tokens, money: Money, words: cues.AidWords, mentions: list):
    """(index, subject): where the word that may govern the sum stands, past the sum's link words and, if one
    party mention ends there with no preposition on it (not لليمن، بالسعودية), past that mention, its subject
    after its verb; the subject is None when there is none."""
    i = _before_sum_links(tokens, money, words)
    subject = next((m for m in mentions if m.last_token == i and not m.party.unnamed), None)
    if subject is not None and not tokens[subject.first_token][2][:subject.prefix_length].rstrip("وف"):
        return subject.first_token - 1, subject
    return i, None


def giving_verb_subject(tokens, money: Money, t1: int, words: cues.AidWords, mentions: list):
    """The subject the verb of giving of _subject_gives names between itself and the sum (a Mention), or the
    party a pronoun before the verb stands for (_said_subject), None where the verb stands right before the sum
    with neither, False where no such verb governs the sum."""
    i, subject = _governor_of_sum(tokens, money, words, mentions)
    if i < 0 or tokens[i][2].startswith("ال") or not cues.is_in(tokens[i][2], words.give) \
            or cues.is_in(tokens[i][2], words.give_nouns) or cues.is_in(tokens[i][2], words.transfer) \
            or (i > 0 and cues.is_in(tokens[i - 1][2], words.not_aid)):
        return False
    if _not_aid_follows(tokens, money, t1, words):
        return False
    return subject if subject is not None else _said_subject(tokens, i, words, mentions)


_PRONOUN_ENDINGS = ("ه", "ها")


def _said_subject(tokens, verb: int, words: cues.AidWords, mentions: list):
    """The party that says it gives: a complementiser carrying a pronoun (class aid_complementiser: أنها، بأنه)
    right before the verb of giving, and right before it the party the pronoun stands for, the subject of the
    verb of saying (قالت ألمانيا إنها ستقدم أكثر من مليار يورو، أكدت الكويت أنها ستقدم). None where there is none."""
    said = verb - 1
    if said < 1 or tokens[said][2] not in words.complementisers or not tokens[said][2].endswith(_PRONOUN_ENDINGS):
        return None
    return next((m for m in mentions if m.last_token == said - 1 and not m.party.unnamed
                 and not tokens[m.first_token][2][:m.prefix_length].rstrip("وف")), None)


def gapped_giver(tokens, money: Money, previous: Money | None, t1: int, words: cues.AidWords, mentions: list):
    """The giver (a Mention) of a sum that shares the verb of giving of the sum right before it in a list of
    givers and sums (سيساهم الاتحاد الأوروبي بحجم 150 مليون يورو، وهولندا بـ300 مليون، والمملكة المتحدة بـ130
    مليون): Arabic names the verb once and each later giver with و, its sum after it past link words (بـ،
    بحجم). `previous` is the sum before in the sentence, given only when a verb of giving governs it
    (giving_verb_subject) or it is itself such a later sum; None where this sum is no such one. The giver
    must stand right after the sum before (nothing else between) and carry و alone, and no word of not-aid
    may follow the sum (… و300 مليون تعويضات): a list of what others pay or buy is no list of givers."""
    if previous is None:
        return None
    i = _before_sum_links(tokens, money, words)
    giver = next((m for m in mentions if m.last_token == i and not m.party.unnamed), None)
    if giver is None or giver.first_token != previous.last_token + 1 \
            or tokens[giver.first_token][2][:giver.prefix_length] != "و":
        return None
    if _not_aid_follows(tokens, money, t1, words):
        return None
    return giver


def cut_governs_sum(tokens, money: Money, t1: int, words: cues.AidWords, mentions: list) -> bool:
    """Whether a word of cutting aid (words.cut: a finite verb or its verbal noun, class aid_cut) governs the
    sum with no noun between them: right before the sum, past link words and particles (بحجب نحو 305 ملايين
    دولار، بتجميد 200 مليون دولار), or with its subject, one party mention, between (علقت الولايات المتحدة
    200 مليون دولار). GUIDELINES.md counts a cut, frozen or withheld sum as aid (status cut, the amount the
    amount cut), and the aid model, fitted where most such sums also carry a word of aid, ranks it low
    without one. The word with ال (a noun named, not governing: بعد التخفيض), a word of not-aid before it or
    within three words after the sum (خفض 200 مليون دولار من الميزانية) make it no such sum."""
    i, _ = _governor_of_sum(tokens, money, words, mentions)
    if i < 0 or tokens[i][2].startswith("ال") or not cues.is_in(tokens[i][2], words.cut) \
            or (i > 0 and cues.is_in(tokens[i - 1][2], words.not_aid)):
        return False
    return not _not_aid_follows(tokens, money, t1, words)


class _AidWord:
    """Membership in `transfer` (AidWords.transfer) for the token at an index, except the verbal noun of
    helping with a task (للمساعدة في بناء سد، لمساعدتها على سد عجز), which names no transfer, unless a noun
    of the form of aid (`form`, AidWords.form: على شكل معدات) follows."""

    def __init__(self, tokens, transfer: frozenset[str], form: frozenset[str]):
        self.tokens, self.transfer, self.form = tokens, transfer, form

    def at(self, i: int) -> bool:
        word = self.tokens[i][2]
        if not cues.is_in(word, self.transfer):
            return False
        readings = cues.readings(word)
        helping = (("المساعده" in readings or "مساعده" in readings) and i + 1 < len(self.tokens)
                   and self.tokens[i + 1][2] in ("في", "علي")
                   and not (i + 2 < len(self.tokens) and cues.is_in(self.tokens[i + 2][2], self.form)))
        return not helping


class _CutWord:
    """A word of cutting in `cut` (قطع، تقطع) that is (`promise` False) or is not (`promise` True)
    followed by a promise (`promises`, AidWords.promises): قطع وعودا، بقطع وعود بتقديم 3،3 مليارات دولار، قطعت
    تعهدات make a pledge."""

    def __init__(self, tokens, cut: frozenset[str], promises: frozenset[str], promise: bool = False):
        self.tokens, self.cut, self.promises, self.promise = tokens, cut, promises, promise

    def at(self, i: int) -> bool:
        if not cues.is_in(self.tokens[i][2], self.cut):
            return False
        promise = i + 1 < len(self.tokens) and cues.is_in(self.tokens[i + 1][2], self.promises)
        return promise == self.promise


def _period(tokens, money, t0, t1, words: cues.AidWords) -> str:
    if _nearest(tokens, money, t0, t1, words.annual, _PERIOD_BEFORE, _PERIOD_AFTER) is not None:
        return "annual"
    if _nearest(tokens, money, t0, t1, words.monthly, _PERIOD_BEFORE, _PERIOD_AFTER) is not None:
        return "monthly"
    return _noun_period(tokens, money, t0, words) or "once"


_NOUN_PERIOD_REACH = 24  # words from the noun of aid a sum measures to the sum


def _noun_period(tokens, money, t0: int, words: cues.AidWords) -> str | None:
    """The period of the noun of aid the sum measures: the nearest noun of aid before the sum in its
    sentence (class aid_transfer), when an adjective of a year or a month stands right after it
    (تتلقى … معونات سنوية من عدد من دول القارة، منها نحو 62 مليون إسترليني من بريطانيا؛ تقليص مساهمتها
    السنوية في ميزانية الأونروا من 360 مليون دولار): the sums it is told in are per year or per month."""
    aid_word = _AidWord(tokens, words.transfer, words.form)
    for i in range(money.first_token - 1, max(t0, money.first_token - _NOUN_PERIOD_REACH) - 1, -1):
        if aid_word.at(i):
            after = tokens[i + 1][2] if i + 1 < money.first_token else ""
            if cues.is_in(after, words.annual):
                return "annual"
            if cues.is_in(after, words.monthly):
                return "monthly"
            return None
    return None


def _aid_type(tokens, money, t0, t1, words: cues.AidWords) -> str:
    """The type word nearest the sum; failing one close by, the nearest earlier in the sentence
    (ويغطي التقرير المساعدات الإنسانية المقدمة لليمن … مبلغا قدره 3.75 مليار درهم)."""
    if _nearest(tokens, money, t0, t1, words.aid_types["loan"], _LOAN_BEFORE, 2) is not None:
        return "loan"  # a loan is a loan whatever it finances (قرض … لإنعاش الاقتصاد)
    for before, after in ((_BEFORE, _AFTER + 2), (len(tokens), 0)):
        best, best_type = None, "unspecified"
        for aid_type, type_words in words.type_words.items():
            distance = _nearest(tokens, money, t0, t1, type_words, before, after)
            if distance is not None and (best is None or distance < best):
                best, best_type = distance, aid_type
        if best is not None:
            return best_type
    return "unspecified"


def _status(tokens, money, t0, t1, words: cues.AidWords) -> str:
    best, status = None, "provided"
    # Only a cut may follow the sum (… 200 مليون دولار تم تجميدها); a later أعلنت reports it.
    for name, status_words, after in (("cut", _CutWord(tokens, words.cut_status, words.promises), 3),
                                      ("pledged", words.pledge_status, 0),
                                      ("pledged", _CutWord(tokens, words.cut_status, words.promises, promise=True), 0),
                                      ("provided", words.provided, 0)):
        distance = _nearest(tokens, money, t0, t1, status_words, _BEFORE, after)
        if distance is not None and (best is None or distance < best):
            best, status = distance, name
    return status


def _since_year(sentence: str, published_year: int | None, since: re.Pattern | None = None) -> int | None:
    match = since.search(sentence) if since is not None else None
    if match:
        return int(match.group(2))
    if published_year and _SINCE_THIS_YEAR.search(sentence):
        return published_year
    return None
