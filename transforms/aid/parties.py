"""Donor and recipient of a sum, from the mentions in its sentence and the words around them.

Recipient: a party after إلى / لصالح / لدعم, carrying the preposition ل (لليمن، للفلسطينيين),
the head of such a phrase (للاقتصاد التركي، لدعم الجيش اللبناني), or the subject of a verb of
receiving (وتحصل مصر على …). Donor: a party after من (قرض من صندوق النقد الدولي), an adjective on
the aid noun (مساعدات عسكرية أميركية، تبرع قطري), or the subject of a verb of giving (فرنسا
تعهدت، قدمت دولة الإمارات). A party joined to a donor or recipient by و takes its role (من
السعودية والإمارات والكويت). With no donor so marked, the nearest other party before the sum in
the reported clause is the donor (ألغى الرئيس الأميركي … 200 مليون دولار).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from transforms.aid import cues
from transforms.arabic_text import normalize_key

# Organisations that can give or receive aid: not news agencies (their credit is no party).
_PARTY_KINDS_EXCLUDED = {"agency"}
# Institutions the entities step already reports as their country.
_STATE_KINDS = {"ministry", "government", "parliament", "agency_state", "military"}
# A capital stands for its government (باريس منحت لبنان، واشنطن تقدم); a territory is its state's
# (قطاع غزة → PS). Other cities are only places.
_PLACES_FOR_STATES = {"capital", "territory"}
# The nearest party before a sum is its giver only this close (in words).
_SUBJECT_REACH = 15
_LOOK_BACK = 3
# Words before the donors as a body within which a verb of appeal makes them its object.
_APPEAL_REACH = 12
# Words after a sum within which states named together are its recipient.
_GROUP_REACH = 3
# Number words after دول: the states meant were named before (الدول الثلاث): no group.
_GROUP_COUNTS = cues._forms("الثلاث الأربع الخمس الست السبع الثماني التسع العشر الثلاثة الأربعة الخمسة الستة")
# Words between a sum and a party marked by من for the party to be its source.
_NEAR = 8
# A list of givers and sums: the next giver within this many words after the sum before, and
# its own sum within this many words after it.
_LIST_AFTER = 5
_LIST_BEFORE = 3
# Words before a capital that make it the place of a meeting, not its government (تعهدوا في مؤتمر في
# بروكسل بتقديم 4,4 مليار دولار؛ مؤتمر بروكسل للجهات المانحة): no donor, no recipient.
_VENUE = cues._forms("في مؤتمر قمة اجتماع منتدى")
# Words of belonging before ل (class aid_belonging, AidWords.belonging: القوات التابعة للاتحاد الأفريقي): ل names
# an owner, not a recipient. Nouns of rebuilding (class aid_rebuilding, AidWords.rebuilding): the country
# after them (in construct) is the one rebuilt (إعادة إعمار سوريا).
# كان before a verb (class aid_kana, AidWords.kana): the subject before it still stands right before the
# verb (إيران كانت تمد).
# A preposition with a pronoun between a verb and its subject (تعهد بها المانحون، قدمها له).
_OBJECT_PRONOUNS = frozenset({"بها", "به", "بهم", "بهما", "لها", "له", "لهم"})


@dataclass(frozen=True)
class Party:
    iso2: str | None
    name_ar: str | None

    @property
    def key(self) -> str:
        return self.iso2 or normalize_key(self.name_ar or "")

    @property
    def unnamed(self) -> bool:
        """The donors as a body (المانحون، الجهات المانحة): a party the text names by no state."""
        return self.iso2 is None and not self.name_ar


# The donors as a body: a donor, never a recipient, written as null (class aid_donor_body, AidWords.donor_bodies).
DONOR_BODY = Party(None, None)


@dataclass(frozen=True)
class Mention:
    party: Party
    first_token: int
    last_token: int
    prefix_length: int  # letters the first token carries before the name (ل of لليمن, و of والكويت)
    via: str  # name | adjective | organisation


class ByFirstToken:
    """Items (mentions) indexed once per text by their first token, so that each sentence reads only
    its own: a filter over every mention of the text for every sentence costs the square of a long
    text's length."""

    def __init__(self, items: list, first_tokens: list[int]):
        self._items = items
        self._order = sorted(range(len(items)), key=first_tokens.__getitem__)
        self._keys = [first_tokens[i] for i in self._order]

    def between(self, lo: int, hi: int) -> list:
        """The items whose first token is in [lo, hi), in their original order."""
        a, b = bisect.bisect_left(self._keys, lo), bisect.bisect_left(self._keys, hi)
        if a >= b:
            return []
        return [self._items[i] for i in sorted(self._order[a:b])]


def _prefix_length(token: str, words: frozenset[str]) -> int:
    """Letters a token carries before the word of `words` it reads as (و of والمانحين, ل of للجهات)."""
    for form in cues.readings(token):
        if form in words:
            if token.endswith(form):
                return len(token) - len(form)
            if form.startswith("ال") and token.endswith(form[1:]):
                return len(token) - len(form) + 1  # للجهات = ل + الجهات
    return 0


def donor_body_mentions(tokens, words: cues.AidWords) -> list[Mention]:
    """The donors named as a body (وكان المانحون قد تعهدوا، تعهدت الجهات المانحة، الدول المانحة),
    except the donors called upon to give (ودعا … الجهات المانحة إلى تقديم; words.appeal, class appeal): an
    appeal, no gift, unless a verb of giving (words.give) follows them. Nor the donors a party ranks among
    (أن المملكة تصدرت الدول المانحة … بمبلغ 530.4 مليون دولار; words.rank): the party ranked gives the sum.
    The body is a plural of donor (words.donor_bodies) or a plural noun (words.donor_groups) with the
    adjective donor (words.donor_adjective)."""
    appeal, give = words.appeal, words.give
    out = []
    last_appeal = -_APPEAL_REACH - 1  # the last token before i that is an appeal word
    for i, (_, _, word) in enumerate(tokens):
        appeal_before = i - last_appeal <= _APPEAL_REACH
        if cues.is_in(word, appeal):
            last_appeal = i
        if appeal_before and not _gives_next(tokens, i, give, words.gives_between):
            continue
        if _ranked_among(tokens, i, words):
            continue
        if cues.is_in(word, words.donor_bodies):
            out.append(Mention(DONOR_BODY, i, i, _prefix_length(word, words.donor_bodies), "donor_body"))
        elif i > 0 and cues.is_in(word, words.donor_adjective) and not word.startswith(("و", "ف")) \
                and cues.is_in(tokens[i - 1][2], words.donor_groups):
            head = tokens[i - 1][2]
            out.append(Mention(DONOR_BODY, i - 1, i, _prefix_length(head, words.donor_groups), "donor_body"))
    return out


def _ranked_among(tokens, i: int, words: cues.AidWords) -> bool:
    """Whether the donors as a body at token i (المانحين) or headed by token i - 1 (الدول المانحة)
    are the object of a verb of ranking (words.rank) right before them (تصدرت الدول المانحة، يحتل المانحين)."""
    head = i - 1 if i > 0 and cues.is_in(tokens[i][2], words.donor_adjective) else i
    return head > 0 and tokens[head - 1][2] in words.rank


def _ranks_first_among_donors(tokens, verb_at: int, words: cues.AidWords) -> bool:
    """Whether a verb of ranking (words.rank) at token `verb_at` has the donors as a body as its object
    (تصدرت الدول المانحة، يتصدر المانحين)."""
    if verb_at + 1 >= len(tokens) or tokens[verb_at][2] not in words.rank:
        return False
    word = tokens[verb_at + 1][2]
    return cues.is_in(word, words.donor_bodies) or (
        cues.is_in(word, words.donor_groups) and verb_at + 2 < len(tokens)
        and cues.is_in(tokens[verb_at + 2][2], words.donor_adjective))


def _gives_next(tokens, i: int, give: frozenset[str], between: frozenset[str]) -> bool:
    """Whether the body at token i is the subject of a verb of giving right after it (وكان المانحون
    قد تعهدوا، المانحون الذين تعهدوا): a giver, whatever appeal stood before it (an appeal ends
    the sentence before: هذه مناشدة عاجلة للمانحين … ". وكان المانحون قد تعهدوا …)."""
    j = i + 1
    while j < len(tokens) and j <= i + 2 and tokens[j][2] in between:  # (AidWords.gives_between: قد، الذين)
        j += 1
    return j < len(tokens) and not tokens[j][2].startswith("ال") and cues.is_in(tokens[j][2], give)


def token_span(starts: list[int], to_norm, char_start: int, char_end: int) -> tuple[int, int, int]:
    """A mention's character span of the raw text as (its normalised start, first token, last token)
    over the tokens starting at `starts`."""
    a, b = to_norm(char_start), to_norm(char_end)
    first = max(0, bisect.bisect_right(starts, a) - 1)
    return a, first, max(first, bisect.bisect_left(starts, b) - 1)


def party_mentions(entities: dict, to_norm, starts: list[int], tokens=None, words: cues.AidWords | None = None,
                   groups: frozenset[str] = frozenset()) -> list[Mention]:
    """Country and organisation mentions as token spans of the normalised text, in order; with
    `tokens` and the aid word lists `words`, the donors named as a body too (donor_body_mentions), and
    with `groups` (cues.AidWords.party_groups) the states named together (دول الخليج)."""
    mentions = donor_body_mentions(tokens, words) if tokens is not None else []
    rank = words.rank if words is not None else frozenset()

    def span(c):
        return token_span(starts, to_norm, c["char_start"], c["char_end"])

    for c in entities.get("countries", ()):
        a, first, last = span(c)
        mentions.append(Mention(Party(c["iso2"], None), first, last, a - starts[first], c.get("via", "name")))
    for o in entities.get("organisations", ()):
        if o.get("kind") in _PARTY_KINDS_EXCLUDED or (o.get("iso2") and o.get("kind") in _STATE_KINDS):
            continue  # a state institution already stands as its country
        a, first, last = span(o)
        mentions.append(Mention(Party(None, o["name_ar"]), first, last, a - starts[first], "organisation"))
    for p in entities.get("places", ()):
        if p.get("iso2") and p.get("kind") in _PLACES_FOR_STATES:
            a, first, last = span(p)
            if p.get("kind") == "capital" and tokens is not None and (
                    tokens[first][2][:a - starts[first]].endswith("ب")
                    or (first > 0 and a == starts[first] and cues.is_in(tokens[first - 1][2], _VENUE))):
                continue  # where a meeting is held (في مؤتمر في بروكسل، مؤتمر بروكسل للجهات المانحة، ببروكسل)
            mentions.append(Mention(Party(p["iso2"], None), first, last, a - starts[first], "place"))
    if tokens is not None:
        covered = {i for m in mentions for i in range(m.first_token, m.last_token + 1)}
        mentions += kingdom_mentions(entities, tokens, covered, words.kingdom) + head_noun_mentions(
            entities, tokens, covered, words.relatives, words.party_prepositions)
        if groups:
            mentions = group_mentions(tokens, groups, mentions, covered, rank)
        if words is not None and words.led_by:
            mentions = [m for m in mentions if not _leader(tokens, m, words.led_by)]
    mentions.sort(key=lambda m: (m.first_token, m.prefix_length))
    return mentions


def _leader(tokens, m: Mention, led_by: frozenset[str]) -> bool:
    """Whether the mention is the leader of the body named before it (للتحالف الدولي الذي تقوده الولايات
    المتحدة; التحالف بقيادة السعودية: class aid_led_by), not a party of a sum: the coalition gives or
    receives, its leader does not."""
    return m.prefix_length == 0 and m.first_token > 0 and tokens[m.first_token - 1][2] in led_by


def group_mentions(tokens, groups: frozenset[str], mentions: list[Mention], covered: set[int],
                   rank: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions with states named together (دول الخليج، الدول الأوروبية، لدول قارة أفريقيا)
    added as one party that names no state (the donors as a body): as a donor it gives a record
    with no donor state, as a recipient one with no recipient, never a state named nearby. Not
    where an organisation within three words after the noun names the group (دول الاتحاد الأوروبي،
    الدول الأعضاء في الاتحاد الأوروبي: the union stands for its members), nor before a number (الدول الثلاث: states the text named). دولة
    (normalised دوله) is one state, not دول + a pronoun."""
    organisations = {m.first_token for m in mentions if m.via == "organisation"}
    out = []
    for i, (_, _, word) in enumerate(tokens):
        if i in covered or word.endswith("ه") or not cues.is_in(word, groups):
            continue
        if i > 0 and tokens[i - 1][2] in rank:
            continue  # تصدرت الدول المانحة: the states a party ranks among (donor_body_mentions)
        if organisations.intersection(range(i + 1, i + 4)) or (i + 1 < len(tokens) and tokens[i + 1][2] in _GROUP_COUNTS):
            continue
        out.append(Mention(DONOR_BODY, i, i, _prefix_length(word, groups), "group"))
    return mentions + out


def kingdom_mentions(entities: dict, tokens, covered: set[int], kingdom_words: frozenset[str]) -> list[Mention]:
    """"The kingdom" said bare (وذكر الجبير تخصيص المملكة لـ 1.5 مليار دولار) as a mention of the
    kingdom the article names most (cues.KINGDOMS, its capital counting as itself); none when it names
    no kingdom.
    A المملكة inside a country's name (المملكة العربية السعودية، المملكة المتحدة) is that name's."""
    counts: dict[str, int] = {}
    named = list(entities.get("countries", ())) + [
        p for p in entities.get("places", ()) if p.get("kind") in _PLACES_FOR_STATES]
    for c in named:
        if c.get("iso2") in cues.KINGDOMS:
            counts[c["iso2"]] = counts.get(c["iso2"], 0) + 1
    if not counts:
        return []
    kingdom = Party(max(counts, key=lambda iso2: (counts[iso2], -cues.KINGDOMS.index(iso2))), None)
    out = []
    for i, (_, _, word) in enumerate(tokens):
        if "مملك" in word and i not in covered and cues.is_in(word, kingdom_words) and _definite(word):
            out.append(Mention(kingdom, i, i, _prefix_length(word, kingdom_words), "name"))
    return out


def head_noun_mentions(entities: dict, tokens, covered: set[int], relatives: frozenset[str] = frozenset(),
                       prepositions: frozenset[str] = frozenset()) -> list[Mention]:
    """An organisation named again by the bare head noun of its name (الـ 14 مليار دولار التي خصصها
    التحالف after التحالف العربي; الصندوق after صندوق النقد الدولي), when the article names one
    organisation only with that head and no definite word follows the noun (البنك المركزي is
    another bank). A preposition or a relative pronoun that opens with ال is no such word (ما حصلت
    عليه تونس من الصندوق إلى 1.5 مليار دولار: إلى, normalised الي; `relatives`, AidWords.relatives:
    الصندوق الذي)."""
    by_head: dict[str, set[str]] = {}
    for o in entities.get("organisations", ()):
        if o.get("kind") in _PARTY_KINDS_EXCLUDED or (o.get("iso2") and o.get("kind") in _STATE_KINDS):
            continue
        words = (o.get("name_ar") or "").split()
        if len(words) < 2:
            continue  # a one-word name (الأونروا) is its own head
        head = normalize_key(words[0])
        head = head if head.startswith("ال") else "ال" + head
        by_head.setdefault(head, set()).add(o["name_ar"])
    heads = {head: next(iter(names)) for head, names in by_head.items() if len(names) == 1}
    if not heads:
        return []
    words = cues._forms(" ".join(heads))
    out = []
    for i, (_, _, word) in enumerate(tokens):
        if i in covered or "ال" not in word or not cues.is_in(word, words):
            continue
        if i + 1 < len(tokens) and _definite_next(tokens[i + 1][2], relatives, prepositions):
            continue
        head = next((f for f in cues.readings(word) if f in heads), None)
        if head is None:
            continue
        out.append(Mention(Party(None, heads[head]), i, i, _prefix_length(word, words), "organisation"))
    return out


def _definite_next(word: str, relatives: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether the word after a head noun is a definite word of its name (المركزي، السيادي), not a
    preposition (الي: إلى normalised; `prepositions`, AidWords.party_prepositions) nor a relative
    pronoun (الذي، التي) that merely opens with ال."""
    return word.startswith("ال") and word not in prepositions and word not in relatives


def _definite(word: str) -> bool:
    """المملكة، للمملكة، بالمملكة, not مملكة (a kingdom, or the head of مملكة البحرين)."""
    return "المملك" in word or "للمملك" in word


def _source_of_sum(tokens, i: int, money: tuple[int, int], transfer: frozenset[str]) -> bool:
    """Whether the من at token i says where the sum or the aid comes from: the sum or an aid noun
    (`transfer`, AidWords.transfer) stands just before it (not اللاجئين من سوريا)."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if money[0] <= j <= money[1] or cues.is_in(tokens[j][2], transfer):
            return True
    return False


_RECEIVED_FROM_REACH = 3  # words from a verb of receiving to the من of its giver (حصلت عليه تونس من)


def _received_from(tokens, i: int, money: tuple[int, int], words: cues.AidWords) -> bool:
    """Whether the من at token i names whom a sum was received from: a finite verb of receiving
    (words.receive: حصلت، تلقت) stands at most three words before it, before the sum, with no sum
    between (ليصل بذلك إجمالي ما حصلت عليه تونس من الصندوق إلى 1.5 مليار دولار)."""
    for j in range(i - 1, max(-1, i - 1 - _RECEIVED_FROM_REACH), -1):
        if money[0] <= j <= money[1]:
            return False
        word = tokens[j][2]
        if not word.startswith("ال") and cues.is_in(word, words.receive):
            return True
    return False


def _role(tokens, m: Mention, previous_role: str | None, joined: bool, near: bool,
          mention_ends: dict[int, Mention], money: tuple[int, int], words: cues.AidWords) -> str | None:
    """The role the words around mention `m` give it; `near` says it stands close to the sum;
    `mention_ends`: the sentence's mentions by their last token; `words` the aid word lists of the
    cue lexicon (give, cut, aid types)."""
    prefix = tokens[m.first_token][2][:m.prefix_length]
    before_m = mention_ends.get(m.first_token - 1)
    if not prefix and before_m is not None and _agent_of_noun(tokens, before_m, mention_ends, words):
        return "recipient"  # بمنح بروكسل أنقرة: the object after the noun's agent receives
    if prefix.endswith("ل"):
        if m.first_token > 0 and tokens[m.first_token - 1][2] in words.belonging:  # التابعة، الموالية (class aid_belonging)
            return None  # القوات التابعة للاتحاد الأفريقي: whose forces, not who receives
        return "recipient"  # لليمن، للفلسطينيين
    if joined and previous_role:
        return previous_role
    if m.first_token > 0 and m.via != "adjective" and cues.is_in(tokens[m.first_token - 1][2], words.rebuilding):
        return "recipient"  # إعادة إعمار سوريا، لإعمار العراق: the country rebuilt receives
    head_skipped = False
    head_with_to = False
    i = m.first_token - 1
    steps = 0
    while i >= 0 and steps < _LOOK_BACK:
        word = tokens[i][2]
        if cues.is_in(word, words.heads):
            head_skipped = True
            if word.startswith(("لل", "ل", "ول")) and not word.startswith("لدي"):
                head_with_to = True
            i -= 1
            steps += 1
            continue
        if any(cues.is_in(word, type_words) for type_words in words.aid_types.values()) and not cues.is_in(word, words.transfer):
            i -= 1
            steps += 1
            continue
        break
    if head_with_to:
        return "recipient"  # للاقتصاد التركي، لحكومة لبنان
    if _agent_of_noun(tokens, m, mention_ends, words, i):
        return "donor"  # بمنح بروكسل أنقرة، دعم الأمم المتحدة لميليشيات الحوثي: the noun's agent gives
    word = tokens[i][2] if i >= 0 else ""
    if word in _OBJECT_PRONOUNS and i > 0 and cues.is_in(tokens[i - 1][2], words.give):
        return "donor"  # تعهد بها المانحون: the verb, its pronoun object, then its subject
    if word:
        if m.via == "adjective" and not head_skipped and cues.is_in(word, words.transfer):
            return "donor"  # مساعدات عسكرية أميركية، تبرع قطري
        if cues.is_in(word, words.to_party):
            return "recipient"
        if cues.is_in(word, words.from_party) and near and (
                _source_of_sum(tokens, i, money, words.transfer) or _received_from(tokens, i, money, words)):
            return "donor"  # قرض من صندوق النقد الدولي، 10 مليارات دولار، من المملكة؛ ما حصلت عليه تونس من الصندوق
        if cues.is_in(word, words.receive):
            return "recipient"  # وتحصل مصر على
        if cues.is_in(word, words.give) or cues.is_in(word, words.give_nouns):
            before = i - 2 if i > 1 and tokens[i - 1][2] in words.kana else i - 1
            if (before >= 0 and before in mention_ends and not word.startswith(("و", "ف"))
                    and tokens[i][0] - tokens[before][1] <= 1 + (i - 1 - before) * 6):
                # فرنسا منحت لبنان، إيران كانت تمد حزب الله: the giver stands right before the verb
                return "recipient"
            return "donor"  # قدمت دولة الإمارات، تقديم المملكة
        if _cut_verb(word, words) and not word.startswith("ال"):
            return "donor"  # علقت الولايات المتحدة … مساهمتها: who cuts the aid gave it
    if _relative_giver(tokens, m, words.give, words.relatives):
        return "donor"  # المانحين الدوليين الذين تعهدوا بتقديم
    after = m.last_token + 1
    if after < len(tokens) and tokens[after][0] - tokens[m.last_token][1] <= 1:
        verb = tokens[after][2]  # the verb right after its subject, not a verbal noun
        if not verb.startswith("ال") and cues.is_in(verb, words.receive):
            return "recipient"  # مصر تحصل
        if not verb.startswith("ال") and cues.is_in(verb, words.give) and not first_person_give(verb, words.give):
            return "donor"  # فرنسا تعهدت (not موانئ اليمن وخصصنا: "we" gave)
        if not verb.startswith("ال") and _cut_verb(verb, words):
            return "donor"  # إدارة ترامب علقت … 200 مليون دولار: who cuts the aid gave it
        if _ranks_first_among_donors(tokens, after, words):
            return "donor"  # المملكة تصدرت الدول المانحة … بمبلغ 530.4 مليون دولار
    return None


def _agent_of_noun(tokens, m: Mention, mention_ends: dict[int, Mention], words: cues.AidWords,
                   noun_at: int | None = None) -> bool:
    """Whether mention `m` is the agent of a verbal noun of granting or supporting (class aid_agent_noun:
    منح، دعم) that stands right before it (or before the head noun of its adjective: `noun_at`), with another
    party right after it, bare or marked by ل: بمنح بروكسل أنقرة نحو 3 مليارات دولار، دعم الأمم المتحدة
    لميليشيات الحوثي. In construct the noun takes its giver first and its receiver after; named alone after
    it (لدعم الجيش اللبناني، تمويل الأونروا) a party is what the noun supports, and so it is after a noun with
    ل (a purpose: لدعم) or the article, which take no agent in construct."""
    i = m.first_token - 1 if noun_at is None else noun_at
    if i < 0 or m.prefix_length or not _bare_noun(tokens[i][2], words.agent_nouns):
        return False
    j = m.last_token + 1
    if j >= len(tokens):
        return False
    starts = {x.first_token for x in mention_ends.values()}
    word = tokens[j][2]
    if word.startswith("ل") and not word.startswith("لا"):
        return j in starts or j + 1 in starts  # لميليشيات الحوثي، للحكومة اليمنية
    return j in starts and tokens[j][0] - tokens[m.last_token][1] <= 1  # أنقرة right after بروكسل


def _bare_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether the token is one of `nouns` with at most و / ف and ب before it (دعم، بمنح، وبدعم), not with ل
    (لدعم: a purpose, its object after it) nor the article."""
    for conj in ("و", "ف", ""):
        rest = word[len(conj):] if word.startswith(conj) else None
        if rest is None:
            continue
        if rest in nouns and not rest.startswith("ال"):
            return True
        if rest.startswith("ب") and rest[1:] in nouns and not rest[1:].startswith("ال"):
            return True
    return False


def _cut_verb(word: str, words: cues.AidWords) -> bool:
    """A finite verb of cutting aid (علقت، جمدت، خفضت، ستوقف; words.cut), not its verbal noun (تعليق، تجميد;
    words.cut_nouns, class aid_cut_noun)."""
    return cues.is_in(word, words.cut) and not cues.is_in(word, words.cut_nouns)


def _relative_giver(tokens, m: Mention, give: frozenset[str], relatives: frozenset[str]) -> bool:
    """Whether a relative clause on the party says it gives: the party, up to two adjectives, then
    الذي / الذين and a verb of giving (المانحين الدوليين الذين تعهدوا، الدولة التي قدمت)."""
    j = m.last_token + 1
    while j < len(tokens) and j <= m.last_token + 2 and tokens[j][2].startswith("ال") and tokens[j][2] not in relatives:
        j += 1
    if j + 1 >= len(tokens) or tokens[j][2] not in relatives:
        return False
    verb = tokens[j + 1][2]
    return cues.is_in(verb, give) or (verb.endswith("وا") and cues.is_in(verb[:-2], give))  # تعهدوا


def assign_parties(tokens, mentions: list[Mention], first: int, last: int, t0: int, t1: int, words: cues.AidWords,
                   previous_sum_end: int | None = None, next_sum_start: int | None = None,
                   respective: Mention | None = None) -> tuple[list[Party], Party | None]:
    """(donors, recipient) of the sum at tokens [first, last] in the sentence [t0, t1); `words`: the
    aid word lists of the cue lexicon (cues.aid_words). `previous_sum_end`: the last token of the
    sum before this one in the sentence, if any (a list of givers and sums, see _listed_giver);
    `next_sum_start`: the first token of the sum after it, if any (see _gives_the_next_sum);
    `respective`: the party of a list that this sum belongs to «على التوالي» (respective_parties)."""
    listed = _listed_giver(tokens, mentions, first, previous_sum_end, words.not_aid, words.party_prepositions)
    roles: list[tuple[Mention, str | None]] = []
    mention_ends = {m.last_token: m for m in mentions}
    previous: tuple[Mention, str | None] | None = None
    for m in mentions:
        joined = previous is not None and _joined(tokens, previous[0], m)
        near = m.first_token - last <= _NEAR and first - m.last_token <= _NEAR
        role = _role(tokens, m, previous[1] if previous else None, joined, near, mention_ends, (first, last), words)
        if role == "recipient" and m.party.unnamed and not (m.via == "group" and 0 < m.first_token - last <= _GROUP_REACH):
            # مؤتمر بروكسل للجهات المانحة: the donors are never the recipient; states named together
            # receive the sum right before them (60 مليار دولار لدول قارة أفريقيا), not another of its clause
            role = None
        roles.append((m, role))
        previous = (m, role)
    # A list takes the role of its last member too (الإمارات والكويت والسعودية قدمت).
    for k in range(len(roles) - 2, -1, -1):
        if roles[k][1] is None and roles[k + 1][1] and _joined(tokens, roles[k][0], roles[k + 1][0]):
            roles[k] = (roles[k][0], roles[k + 1][1])
    roles = [(m, None if role == "donor" and _gives_the_next_sum(tokens, m, last, next_sum_start, words.give) else role)
             for m, role in roles]
    donors: list[Party] = []
    for m, role in roles:
        if role == "donor" and m.party not in donors:
            donors.append(m.party)
    # A giver named between the sum before and this one gives this one; a giver before the sum before gave
    # that sum (كما تقدمت الكويت بـ250 مليون دولار …، فيما قدم الاتحاد الأوروبي 107 ملايين يورو: not Kuwait).
    own = [m.party for m, role in roles
           if role == "donor" and previous_sum_end is not None and previous_sum_end < m.first_token and m.last_token < first]
    if own:
        donors = list(dict.fromkeys(own))
    recipients = [(abs(m.first_token - first), m.party) for m, role in roles if role == "recipient"]
    recipient = min(recipients, key=lambda item: item[0])[1] if recipients else None
    if recipient is None:
        recipient = _receiver(tokens, roles, first, t0, words.receive)
    boundary = _clause_start(tokens, first, t0, words.complementisers)
    if not donors:
        donors = _dual_givers(tokens, mentions, first, boundary, words.give, words.dual_relatives)
    if not donors:
        fallback = _subject_before(tokens, roles, first, boundary, recipient, words.give, words.source, words.not_aid,
                                   words.party_prepositions)
        if fallback is not None:
            donors.append(fallback)
    if listed is not None and listed != recipient:
        donors = [listed]
    if respective is not None:
        if dict(roles).get(respective) == "recipient":
            recipient = respective.party  # حصلت مصر والأردن على 100 و50 مليون دولار على التوالي
        elif respective.party != recipient:
            donors = [respective.party]
        listed = respective.party
    donors = [d for d in donors if d != recipient] or donors
    # The first sum of a list of givers and sums (من البنك الدولي بأربعة مليارات … والمملكة العربية
    # السعودية مليار دولار والكويت 680 مليون): the party after it gives the next sum, not receives this one.
    opens_list = next_sum_start is not None and _listed_giver(tokens, mentions, next_sum_start, last, words.not_aid,
                                                                     words.party_prepositions) is not None
    if recipient is None and donors and listed is None and not opens_list:
        # (in a list of givers and sums the other parties named are givers of the other sums)
        recipient = _only_other_party(tokens, roles, boundary, last + _NEAR, donors, words.locative)
    return donors, recipient


def sentence_sum_parties(tokens, mentions: list[Mention], sums: list, t0: int, t1: int, words: cues.AidWords
                         ) -> list[tuple[list[Party], Party | None]]:
    """(donors, recipient) of each sum of the sentence [t0, t1) (`sums`: its sums in order, each with
    first_token and last_token), read with the sums beside it: a list of givers and sums, the giver
    of the next sum, and the parties of a list «على التوالي» (assign_parties)."""
    respective = respective_parties(tokens, mentions, [(x.first_token, x.last_token) for x in sums], t0, t1)
    return [assign_parties(tokens, mentions, money.first_token, money.last_token, t0, t1, words,
                           sums[k - 1].last_token if k else None,
                           sums[k + 1].first_token if k + 1 < len(sums) else None, respective.get(k))
            for k, money in enumerate(sums)]


_RESPECTIVELY = ("علي", "التوالي")
# Words between «على التوالي» and the sums it pairs (تبلغان على التوالي 50 مليون دولار و100 مليون دولار).
_RESPECTIVE_REACH = 3
# Words between two sums of the run (و100 مليون دولار: none; ، و: one).
_RESPECTIVE_GAP = 3


def respective_parties(tokens, mentions: list[Mention], sums: list[tuple[int, int]], t0: int, t1: int) -> dict[int, Mention]:
    """The sums of a sentence paired in order with the parties of a list «على التوالي» (respectively):
    {index of the sum in `sums` (their first and last tokens): its party}. The sums are the run
    of two or more right after the phrase or right before it; the parties the last list of as
    many parties joined by و before the first of them (الإمارات العربية المتحدة والسعودية اللتان
    أعلنتا عن أكبر مساهمتين تبلغان على التوالي 50 مليون دولار و100 مليون دولار)."""
    out: dict[int, Mention] = {}
    for p in range(t0, t1 - 1):
        if (tokens[p][2], tokens[p + 1][2]) != _RESPECTIVELY:
            continue
        after = [k for k, (a, _) in enumerate(sums) if p + 1 < a]
        before = [k for k, (_, b) in enumerate(sums) if b < p]
        run: list[int] = []
        if after and sums[after[0]][0] - p - 1 <= _RESPECTIVE_REACH:
            run = [after[0]]
            while run[-1] + 1 < len(sums) and sums[run[-1] + 1][0] - sums[run[-1]][1] <= _RESPECTIVE_GAP:
                run.append(run[-1] + 1)
        elif before and p - sums[before[-1]][1] <= _RESPECTIVE_REACH:
            run = [before[-1]]
            while run[0] > 0 and sums[run[0]][0] - sums[run[0] - 1][1] <= _RESPECTIVE_GAP:
                run.insert(0, run[0] - 1)
        if len(run) < 2:
            continue
        start = min(sums[run[0]][0], p)
        chain: list[Mention] = []
        for m in mentions:
            if m.last_token >= start or m.party.unnamed:
                continue
            chain = chain + [m] if chain and _joined(tokens, chain[-1], m) else [m]
        if len(chain) >= len(run):
            out.update(zip(run, chain[-len(run):]))
    return out


def _gives_the_next_sum(tokens, m: Mention, last: int, next_sum_start: int | None, give: frozenset[str]) -> bool:
    """Whether mention `m`, after the sum ending at token `last`, is the subject of a verb of giving
    that stands after that sum, with the next sum of the sentence still to come (كما تقدمت الكويت بـ250
    مليون دولار لخطة الاستجابة، فيما قدم الاتحاد الأوروبي 107 ملايين يورو): the giver of that next sum."""
    if next_sum_start is None or not last < m.first_token - 1 or m.last_token >= next_sum_start:
        return False
    return cues.is_in(tokens[m.first_token - 1][2], give)


def _listed_giver(tokens, mentions: list[Mention], first: int, previous_sum_end: int | None,
                  not_aid: frozenset[str], prepositions: frozenset[str]) -> Party | None:
    """In a list of givers and sums (الاتحاد الاوروبي سيساهم بـ150 مليون، وهولندا بـ300، والمملكة المتحدة
    بـ130، والمملكة العربية السعودية مليار دولار) each later sum takes the one party named between it
    and the sum before it, when that party opens with و close after the sum before (_LIST_AFTER words)
    and stands close before its own sum (_LIST_BEFORE words: بـ، بحجم، بمبلغ), not after a
    preposition (a recipient: و300 لمصر). A clause between the two (ووسعنا قدرات الموانئ اليمنية
    … وخصصنا عشرة مليارات) is no list."""
    if previous_sum_end is None:
        return None
    between = [m for m in mentions if previous_sum_end < m.first_token and m.last_token < first]
    if len(between) != 1 or between[0].party.unnamed or _after_preposition(tokens, between[0], not_aid, prepositions):
        return None
    m = between[0]
    if (m.first_token - previous_sum_end > _LIST_AFTER or first - m.last_token > _LIST_BEFORE
            or "و" not in tokens[m.first_token][2][:m.prefix_length]):
        return None
    return m.party


def _receiver(tokens, roles, first: int, t0: int, receive: frozenset[str]) -> Party | None:
    """The subject of a verb of receiving before the sum: the nearest party before the verb
    (حكومة مملكة البحرين … اتفاقية تحصل بموجبها على دعم) or right after it (وتحصل مصر)."""
    for i in range(first - 1, t0 - 1, -1):
        if cues.is_in(tokens[i][2], receive):
            after = [m for m, role in roles if role is None and i < m.first_token <= i + 2 and not m.party.unnamed]
            if after:
                return after[0].party
            before = [m for m, role in roles if role is None and i - _NEAR <= m.last_token < i and not m.party.unnamed]
            return before[-1].party if before else None
    return None


def _clause_start(tokens, first: int, t0: int, complementisers: frozenset[str]) -> int:
    """Where the reported clause of the sum begins: after the last أن before it, else the sentence."""
    for i in range(first - 1, t0 - 1, -1):
        if tokens[i][2] in complementisers:
            return i
    return t0


def _after_preposition(tokens, m: Mention, not_aid: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether a preposition governs the mention (or the noun its adjective follows); `not_aid`: AidWords.not_aid;
    `prepositions`: AidWords.party_prepositions (class aid_party_preposition: في، على، مع)."""
    if tokens[m.first_token][2][:m.prefix_length].rstrip("وف"):
        return True  # بالسعودية، لليمن
    back = 2 if m.via == "adjective" else 1
    for j in range(m.first_token - 1, max(-1, m.first_token - 1 - back), -1):
        if tokens[j][2] in prepositions:
            return True
        if m.via == "adjective" and tokens[j][2].startswith("لل"):
            return True  # للتأمين الصحي البريطاني: the noun the adjective follows is marked by ل, what the money is for
    # The owner of a budget, a deal or a cost after a preposition (في ميزانية الأونروا): the
    # construct's noun is a not-aid noun (a verbal noun such as إعلان takes its agent there instead).
    j = m.first_token - 1
    if m.via != "adjective" and j > 0 and tokens[j - 1][2] in prepositions and cues.is_in(tokens[j][2], not_aid):
        return True
    return False


def _listed_after_preposition(tokens, roles, k: int, not_aid: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether the k-th mention of `roles` is a later member of a list whose first member a preposition
    governs (تدفق اللاجئين من سوريا والعراق: العراق is as much after من as سوريا is)."""
    while k > 0 and _joined(tokens, roles[k - 1][0], roles[k][0]):
        k -= 1
        if _after_preposition(tokens, roles[k][0], not_aid, prepositions):
            return True
    return False


def _only_other_party(tokens, roles, boundary: int, reach: int, donors: list[Party], locative: frozenset[str]) -> Party | None:
    """The one state other than the donors named in the clause (not after في، داخل: `locative`, class aid_locative), if there is one:
    a sentence naming a donor and one other state is about aid to that state."""
    others = {m.party for m, role in roles
              if role is None and m.party.iso2 and boundary <= m.first_token <= reach and m.party not in donors
              and not (m.first_token > 0 and cues.is_in(tokens[m.first_token - 1][2], locative))}
    return others.pop() if len(others) == 1 else None


def _joined(tokens, a: Mention, b: Mention) -> bool:
    """b follows a in a list: only و / a comma between them, or و on b's first word."""
    gap = b.first_token - a.last_token
    if gap == 1:
        return tokens[b.first_token][2].startswith("و")
    return gap == 2 and tokens[a.last_token + 1][2] == "و"


def first_person_give(word: str, give: frozenset[str]) -> bool:
    """A verb of giving (`give`: cues.AidWords.give) in the first person plural (خصصنا، قدمنا، نقدم،
    سنقدم): the speaker gives."""
    for form in cues.readings(word):
        if form.endswith("نا") and cues.is_in(form[:-2], give):
            return True
        if form.startswith(("سن", "ن")) and len(form) > 3 and cues.is_in("ي" + form.lstrip("س")[1:], give):
            return True
    return False


_DUAL_REACH = 3  # words between a verb of giving in the dual and the sum (منحتا بسخاء 930 مليون دولار)


def _dual_givers(tokens, mentions: list[Mention], first: int, boundary: int, give: frozenset[str],
                 dual_relatives: frozenset[str]) -> list[Party]:
    """The two givers of a verb of giving in the dual that stands just before the sum (قدمتا، منحتا،
    تعهدتا): the last two parties joined by و before the verb, the second right before the verb or
    before a relative pronoun of the dual (`dual_relatives`, class aid_dual_relative: إن السعودية والإمارات، اللتين تشاركان في الصراع لإعادة الحكومة
    اليمنية المعترف بها دوليا إلى السلطة، "منحتا بسخاء" 930 مليون دولار): both give the sum, and no party
    named inside their relative clause does."""
    verb = next((i for i in range(first - 1, max(boundary, first - 1 - _DUAL_REACH) - 1, -1)
                 if tokens[i][2].endswith("تا") and len(tokens[i][2]) >= 5 and cues.is_in(tokens[i][2][:-1], give)), None)
    if verb is None:
        return []
    before = [m for m in mentions if boundary <= m.first_token and m.last_token < verb and not m.party.unnamed]
    for k in range(len(before) - 1, 0, -1):
        a, b = before[k - 1], before[k]
        after = b.last_token + 1
        if _joined(tokens, a, b) and a.party != b.party and (
                after == verb or (after < verb and tokens[after][2] in dual_relatives)):
            return [a.party, b.party]
    return []


def _subject_before(tokens, roles, first: int, boundary: int, recipient: Party | None, give: frozenset[str],
                    source: frozenset[str], not_aid: frozenset[str], prepositions: frozenset[str]) -> Party | None:
    """The nearest party without a role before the sum, in its reported clause; none across a
    verb in the first person (فتحنا موانئ اليمن وخصصنا مساعدات: the speaker gives), nor one a few
    words after a word that names a report's source (`source`, class aid_source)."""
    for i in range(first - 1, max(boundary, first - _SUBJECT_REACH) - 1, -1):
        if first_person_give(tokens[i][2], give):
            boundary = i + 1
            break
    for k in range(len(roles) - 1, -1, -1):
        m, role = roles[k]
        if role is None and max(boundary, first - _SUBJECT_REACH) <= m.first_token < first and m.party != recipient:
            if m.via == "adjective" and not tokens[m.first_token][2][m.prefix_length:].startswith("ال"):
                continue  # مليوني سوري: a count of people, not a state acting
            if _after_preposition(tokens, m, not_aid, prepositions) \
                    or _listed_after_preposition(tokens, roles, k, not_aid, prepositions):
                continue  # من سوريا، في القاهرة، مع إسرائيل، من سوريا والعراق: not the subject
            if cues.after_source(tokens, m.first_token, boundary, source):
                continue  # بحسب وزارة الخزانة الأميركية: the report's source, not the giver
            return m.party
    return None
