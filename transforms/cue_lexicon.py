"""Cue words as data: one row per lemma (seeds/cue_words.csv), its written forms generated here.

A row names a lemma, its class (travel, meeting, give …) and a real example sentence. A verb row
gives its past (3rd person masculine singular) and its present (يزور); the conjugations Arabic
news uses are generated from those two. A noun row may give its broken plural; duals, the
accusative alif and the construct ت are generated. Clitics (و، ف، ب، ل، ك، ال، س and pronouns)
are read off each token by transforms.clitics, so no row lists them. A class or part of speech
the engine does not know is an error when the lexicon is built, never a silent fall-through.
A verb of a visit class (travel, arrival, meeting, reception, attend) is a visit trigger with all
its forms (transforms.visits.triggers) unless its row's `trigger` column says 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from transforms.arabic_text import normalize_key
from transforms.clitics import Reading, may_read_as, readings, written_forms

# Every class a cue may have, and what it signals (the seed's `class` column).
CLASSES = {
    "travel": "a trip to a place (زار، سافر، توجه، زيارة)",
    "arrival": "reaching a place (وصل، حل، وصول)",
    "departure": "leaving a place (غادر، مغادرة)",
    "tour": "a trip through several places (جولة)",
    "reception": "receiving a visitor (استقبل، استقبال)",
    "meeting": "meeting or talks (التقى، اجتمع، محادثات، مباحثات)",
    "event_noun": "a gathering held somewhere (قمة، مؤتمر، منتدى)",
    "attend": "taking part in a gathering (شارك، حضر، مشاركة)",
    "speech": "a speech given before a body or an audience, one written form a row (خطاب أمام، كلمته أمام): its "
              "sentence may be a visit to the venue it names (خطابه أمام الجمعية العامة للأمم المتحدة), yet it tells "
              "no gathering again",
    "reporting_verb": "a verb of saying that opens a reported clause (قال، أكد، أعلن)",
    "complementiser": "a particle that opens a clause of its own (أن، إن، بأن)",
    "clause_opener": "a word after which a comma opens a clause, not an apposition (بعد، حيث، لكن، الذي)",
    "own_clause_opener": "a conjunction opening the clause of the word after it (عندما، حين، لدى)",
    "clause_break": "a word that ends a verb's reach over the words after it (ثم، خلال، في، مع)",
    "relative": "a relative pronoun: the clause after it is about the name before it (الذي، اللذان)",
    "sequence": "a word that puts an event before or after another (قبل، بعد، عقب، تمهيدا، عشية)",
    "earlier": "a word that tells an event as earlier than the story's news: the lead's day is not its day (كان ... قد، الأسبوع الماضي، في وقت سابق)",
    "week_past": "the week before the story's (الأسبوع الماضي): a visit it dates falls in that week's month",
    "week_this": "the story's own week (هذا الأسبوع، الأسبوع الجاري): a visit it dates falls in the month of publication",
    "week_next": "the week after the story's (الأسبوع المقبل): a visit it dates falls in that week's month",
    "time_adverb": "an adverb of time that may stand between a verb and its object (حاليا، اليوم، غدا، مساء)",
    "team": "an unnamed team or mission sent somewhere (فريق، بعثة، خبراء، مفتشون)",
    "relation": "a word that ties the name after it to someone else's side: that name is whose side, not who acts (مقرب من، منتقدي، أنصار)",
    "plan": "a future or scheduled event (يعتزم، المقرر، المرتقبة)",
    "cancel": "an event called off or put back (ألغى، أرجأ، إلغاء)",
    "deny": "a denial (نفى، نفي)",
    "purpose": "a phrase of purpose, read whole so that its words are no other cue (من أجل: no postponement)",
    "aid_noun": "a transfer of aid or finance (مساعدات، منحة، قرض)",
    "give": "giving (قدم، منح، تبرع)",
    "receive": "receiving (تلقى، حصل)",
    "pledge": "a promise of money (تعهد، وعد)",
    "cut": "aid reduced, frozen or withheld (خفض، جمد، علق)",
    "not_aid": "money that is not aid (صفقة، استثمار، تعويض، ميزانية)",
    "need": "a word of needing, requiring or hoping: a sum it governs is asked for, not given (حاجات، تحتاج، يأمل)",
    "price": "a noun that makes the sum it names a price, penalty, payment owed or trade figure (كفالة، فدية، ثمن)",
    "sum_link": "a word between a noun and the sum it names (تبلغ، بقيمة، قدرها، نحو)",
    "campaign": "a campaign noun: with an electoral adjective after it, money for it is a political donation (حملة)",
    "electoral": "an adjective of elections that makes a campaign electoral (الانتخابية، الرئاسية)",
    "party_group": "a noun of several states taken together: a party that names no one state (دول الخليج، الدول الأوروبية، لدول قارة أفريقيا)",
    "appeal": "a call on others to give or act (دعا، حث، ناشد، طالب، نداء): donors it names are asked to give, not giving",
    "collect": "collecting or raising money from others: the sum raised is the donors' as a body, not the collector's gift (جمع، حشد)",
    "ransom": "a ransom, a bribe or hostages: a sum in a sentence that names one is no aid (فدية، رشوة، رهائن)",
    "accusation": "an accusation or allegation: a sum in a sentence that names one is what someone is accused of paying or taking, not aid (اتهم، اتهامات، مزاعم، بتهمة)",
    "accusation_denial": "a verb or noun of denying: a sum in its sentence whose party is the denier (لا يمكن للدوحة أن تنفي ذلك) is what that party is accused of, not aid (نفى، ينفي)",
    "accusation_court": "a court: what a speaker sets out before one (أمام المحكمة) is a party's case, and a sum in it an allegation, not aid (محكمة)",
    "assets": "a holder's own funds or assets: a sum that is part of them (من أموالها، من الأموال المجمدة) is held, not given (أموال، أصول، أرصدة)",
    "aid_give": "a written form of a verb whose subject gives aid, the party after it receiving (قدمت، منح، تعهدت، يمنح); read as written, the forms the aid model was fitted on",
    "aid_receive": "a written form of a verb whose subject receives the aid (تحصل، تلقت، تسلمت، يستفيد); read as written",
    "aid_cut": "a written form of a word of aid cut, frozen, suspended or withheld (خفض، تجميد، علقت، يجمد); read as written",
    "aid_pledge": "a written form of a word that makes a sum promised or announced, not yet given (تعهد، ستقدم، يعتزم، إعلان); read as written",
    "aid_military": "a word near a sum that makes its aid military (عسكرية، تسليح، الجيش)",
    "aid_humanitarian": "a word near a sum that makes its aid humanitarian (إنسانية، إغاثة، غذائية، اللاجئين)",
    "aid_development": "a word near a sum that makes its aid development aid (تنموية، الإعمار، البنية التحتية)",
    "aid_economic": "a word near a sum that makes its aid economic (اقتصادية، مالية، وديعة، الموازنة)",
    "aid_loan": "a word near a sum that makes it a loan (قرض، ائتمان، تسهيلات)",
    "aid_total": "a noun of a whole after من: the sum after it is the total a sum before it is part of (من المبلغ الإجمالي، من أصل، من مجموع)",
    "aid_each": "كل before a noun of one of a group: a sum it governs is paid to each one (منح كل واحد منهم مبلغ 3500 دولار)",
    "aid_not_each": "a word after كل that makes it no 'each one': كل من (both or all of those named), كل هذه (all of), كل شيء، كل عام (a period)",
    "aid_sum_noun": "a noun of a sum (مبلغ): read with and without ال between من and a noun of a whole (من المبلغ الإجمالي)",
    "aid_frozen": "a participle of freezing right after funds: they are frozen assets, a sum from them is released, not given (من الأموال المجمدة)",
    "aid_benefit": "a noun that with ل marks the party a sum goes to (لصالح، لحساب): the word after it is the one paid",
    "aid_against": "a word of fighting or opposing, with or without ل (ضد، لمكافحة، محاربة): the party right after it is an enemy, it receives nothing (التحالف الدولي ضد داعش)",
    "aid_receive_link": "the preposition a verb of receiving takes, with or without its pronoun (حصلت عليه تونس، حصلت على): the party after it may be the verb's subject",
    "aid_appeal_to": "the preposition an appeal takes before what it asks for (دعا المانحين إلى تقديم، حث على): an appeal governs a sum only through it",
    "aid_source": "a word that names a report's source (بحسب، وفق، وفقا ل، طبقا ل، نقلا عن): a party a few words after it reports the sum, it neither gives nor receives it",
    "aid_quantity_particle": "a particle between a word that links a noun to its sum and the sum (تزيد قيمتها عن، أكثر من، ما قيمته، تصل إلى)",
    "aid_annual": "an adjective of a year near a sum: the sum is paid per year (سنويا، سنوية، السنوي)",
    "aid_monthly": "an adjective of a month near a sum: the sum is paid per month (شهريا، شهرية، الشهري)",
    "aid_give_noun": "a verbal noun of giving, its giver after it (تقديم المملكة لـ100 مليون دولار، تخصيص مبلغ 5 ملايين دولار)",
    "aid_agent_noun": "a verbal noun of granting or supporting that takes its giver right after it and then its receiver (بمنح بروكسل أنقرة نحو 3 مليارات دولار، دعم الأمم المتحدة لميليشيات الحوثي): the first party gives, the second receives",
    "aid_own_country": "«his / her country» as written (بلاده، بلادها): as the subject of a verb of receiving it is the country of the person the sentence names (وأشار خليل إلى أن بلاده حصلت على تعهدات)",
    "aid_dual_relative": "a relative pronoun of the dual, as written (اللذان، اللتان، اللذين، اللتين): after two parties joined by و it opens their clause, and a verb of giving in the dual after that clause has both as givers (السعودية والإمارات، اللتين تشاركان …، منحتا 930 مليون دولار)",
    "aid_impersonal": "a verb that makes the verbal noun of giving after it impersonal (تم تحويل، تم تخصيص): the sentence names no giver, so the speaker quoted before may be the one who gives (وبين أنه تم تخصيص مبلغ …)",
    "aid_kana": "كان and its forms as written (كان، كانت، كانوا): between a giver and its verb of giving the giver still stands right before the verb (إيران كانت تمد حزب الله، التمويل الذي كانت تدفعه واشنطن)",
    "aid_locative": "a preposition of place before a state (في، داخل): a state after it is where the aid is spent or the conference met, not the one other party the aid goes to (توزيع المساعدات البريطانية في سوريا)",
    "aid_rebuilding": "a noun of rebuilding right before a country: the country rebuilt receives (إعادة إعمار سوريا، لإعمار العراق)",
    "aid_belonging": "a participle of belonging or allegiance before ل: the party after it owns the forces named, it receives nothing (القوات التابعة للاتحاد الأفريقي، القوات الموالية للحكومة)",
    "payee": "a noun of individuals paid: a sum for them is a payment, not aid to a state or a body (سياسيين، مسؤول، لمن)",
    "phone": "contact without travel (اتصال هاتفي، هاتف)",
    "sport": "a match, a championship or its players: a sporting trip, no visit (مباراة، بطولة، كأس العالم)",
    "held": "a verb or participle of holding an event: a place right after it is where it is held (يعقد، انعقد، تستضيف، المقامة)",
    "call": "a word of a call or a video link: a visit word next to it is no meeting in person (هاتفيا، مكالمة، عبر الفيديو)",
    "media": "a channel, paper or programme: a meeting with it is an interview (قناة، صحيفة، برنامج، صحفيين)",
    "crowd": "unnamed travellers in numbers: their travel is no official visit (مواطنين، عمال، سياح، لاجئين)",
    "comparison": "a word of comparing: an event named after it is named for comparison, not hedged (مقارنة، غرار، يشبه)",
    "attack": "an attack: a meeting it strikes is no visit (قصف، صواريخ، استهدف، غارة)",
    "proposal": "a proposal: an event proposed is not held yet (اقترح، اقتراح، مقترح)",
    "rank": "topping a chart or a ranking: القمة after it is no summit (احتل، تصدر، تربع)",
    "travel_rule": "a rule about travel: travel after it is a rule, not a trip (حظر، قيود، تأشيرة، يسمح)",
    "negation": "a particle of negation: a visit word after it is denied (لم، لن، لا، عدم، دون)",
    "absence": "staying away or boycotting: an event it names is not attended (غاب، غياب، قاطع، مقاطعة)",
    "rumour": "a rumour: a visit it tells is not reported as made (إشاعة، شائعات)",
    "refusal": "refusing or forbidding: the visit it governs is not made (رفض، منع، حظر)",
    "hedge": "a word of maybe or if: the visit it governs is a guess (ربما، يمكن، احتمال، لو، إذا)",
    "withdrawal": "pulling out of or declining an event (انسحب، انسحاب، اعتذر)",
    "wish": "a wish, hope or demand that a visit be made: it is not made yet (يرغب، رغبة، يأمل، مطالبة)",
    "private_trip": "flight, exile, defection, treatment, holiday, family or pilgrimage: a trip for it is private (فرار، لجوء، علاج، عطلة، حج)",
    "private_purpose": "an adjective of a private purpose, never with ال (الخاصة ب is 'concerning'): زيارة خاصة، رحلة سياحية، عائلية",
    "pastime": "a match, a team, a club or a festival: a trip for it is sporting or cultural (مباراة، منتخب، نادي، مهرجان)",
    "companion": "accompanying: a verb of it with a pronoun (يرافقه، رافقته) or its noun after ب (برفقة، بمرافقة) names who travels with the one before it",
    "mission": "a diplomatic mission (سفارة، قنصلية): a trip to one is an errand to a building, not a visit to the country",
    "official_team": "a word after فريق that makes it a team on official work, not a side in a match (تحقيق، أممي، دولي)",
    "possessor_plural": "a plural head of an official's title, one written form a row (قادة، وزراء، مسؤولون، مسؤولي): a possessed visit noun's plural pronoun (زيارتهم) agrees with it",
    "mission_visit": "a word of visiting, entering or reaching that takes a diplomatic mission as its goal, one written form a row (زار، زيارته، دخل، وصول): the trip is to the building",
    "arriving_thing": "what arrives that is no traveller, one written form a row (مساعدات، قوات، لاجئين، شحنة): وصول before it is no visit",
    "possibility": "a particle of possibility, one written form a row (قد): a present verb of visiting right after it (قد يزور) is a visit that may come, planned, never occurred",
    "possessor_collective": "a collective head of an official's title (وفد، فريق): a possessed visit noun's pronoun agrees with it as masculine or plural (الوفد ... محادثاتهم)",
}
POS = ("verb", "noun", "particle")
# Classes read as word lists (CueLexicon.word_pattern), not as cues of the document: their words are
# too common to be a layer of every text. Separate lists, since their users read clauses differently:
# an apposition ends at a clause_opener (visits' gap_text), a negation before a visit word is cut
# off by an own_clause_opener (عندما التقى), a verb of calling off reaches its object only up to a
# clause_break, prepositions included (ألغى جدول أعماله خلال زيارته), a relative ties its
# clause to the name before it (ماكرون الذي يزور), a sequence word sets a second event apart (لقاء
# بومبيو في كوريا الشمالية قبل قمة ...), and a time adverb is skipped between a verb and its place.
# A verb of holding (يعقد، المنعقدة) places the event before it (transforms.visits.cues.PlaceWords).
# A call (هاتفيا، مكالمة) rules a visit word next to it out, and so do the words of a channel, a
# crowd, a comparison, an attack, a proposal, a ranking or a travel rule, and one of negation, absence,
# rumour, refusal, hedging, withdrawal or wish before it, or a private or sporting purpose next to it
# (transforms.visits.exclusions).
# The aid word lists (need, price, sum_link, campaign, electoral, payee, ransom, accusation, assets, collect, party_group, appeal,
# aid_give, aid_receive, aid_cut, aid_pledge, the aid types aid_military … aid_loan, aid_total, aid_each, aid_not_each, aid_sum_noun, aid_frozen, aid_benefit, aid_against,
# aid_receive_link, aid_appeal_to, aid_quantity_particle, aid_source, aid_annual, aid_monthly, aid_give_noun, aid_agent_noun,
# aid_rebuilding and aid_belonging) are read word by word
# (transforms.aid.cues): each row with the forms list_forms makes of it (a noun's dual and accusative, a verb
# row's conjugations when it gives its present); the date classes (DATE_CLASSES), aid_own_country and aid_dual_relative are
# read as written.
WORD_LIST_CLASSES = frozenset({"clause_opener", "own_clause_opener", "clause_break", "relative", "sequence", "earlier",
                               "week_past", "week_this", "week_next", "time_adverb", "team", "relation", "need", "price", "sum_link", "campaign", "electoral",
                               "payee", "ransom", "accusation", "accusation_denial", "accusation_court", "assets", "collect", "party_group", "aid_give", "aid_receive", "aid_cut", "aid_pledge",
                               "aid_military", "aid_humanitarian", "aid_development", "aid_economic", "aid_loan", "aid_total", "aid_each", "aid_not_each", "aid_sum_noun", "aid_frozen", "aid_benefit",
                               "aid_against", "aid_receive_link", "aid_appeal_to", "aid_quantity_particle", "aid_source",
                               "aid_annual", "aid_monthly", "aid_give_noun", "aid_agent_noun", "aid_rebuilding", "aid_belonging", "aid_own_country", "aid_dual_relative", "aid_kana", "aid_impersonal", "aid_locative", "call", "held", "appeal", "media", "crowd", "comparison",
                               "attack", "proposal", "rank", "travel_rule", "mission", "negation", "absence", "rumour",
                               "refusal", "hedge", "withdrawal", "wish", "private_trip", "private_purpose", "pastime",
                               "official_team", "possessor_plural", "possessor_collective", "arriving_thing", "mission_visit", "possibility"})


@dataclass(frozen=True)
class Cue:
    lemma: str  # normalised lemma
    cls: str
    pos: str
    tense: str  # past, present, future (present with س), or noun/particle
    reading: Reading  # the clitic reading of the token that matched


class CueTags(NamedTuple):
    """What the cue lexicon says of one normalised word form (CueLexicon.tags_of)."""
    cue: Cue | None
    cue_ta: Cue | None  # the word's cue when it was written with a final ة (وزارة: no و + زار + ه)
    phrase_head: bool  # a cue phrase may open at it

    @property
    def opens_cue(self) -> bool:
        """A cue or a cue phrase may start at the word: cues_in reads only such words."""
        return self.phrase_head or self.cue is not None or self.cue_ta is not None


_OPENS_CUE = attrgetter("opens_cue")  # of a CueTags or a WordTags (transforms.word_table)


def _past_forms(past: str, hamza_final: bool = False) -> list[str]:
    """`hamza_final`: the lemma ends with أ (أرجأ), normalised to ا: a sound verb (أرجأت), not دعا."""
    if past.endswith(("ي", "ا")) and not hamza_final:  # التقى، دعا: the last letter gives way before a suffix
        base = past[:-1]
        return [past, base + "ت", base + "يا", base + "تا", base + "وا", base + "ينا", base + "يتم", base + "يت"]
    # The dual of أرجأ (أرجآ) is its lemma once normalised.
    return [past, past + "ت"] + ([] if hamza_final else [past + "ا"]) + [past + "تا", past + "وا", past + "نا", past + "تم"]


def _present_forms(present: str) -> list[str]:
    stem = present[1:]
    # Not the first person singular: أ + stem spells other words (يصل → اصل "origin", يقدم → اقدم).
    forms = [p + stem for p in "يتن"]
    if stem.endswith(("ي", "و")):  # يلتقي: يلتقيان، يلتقون; يدعو: يدعوان، يدعون
        forms += ["ي" + stem + "ان", "ت" + stem + "ان", "ي" + stem[:-1] + "ون", "ي" + stem[:-1] + "وا"]
    else:
        forms += ["ي" + stem + "ان", "ت" + stem + "ان", "ي" + stem + "ون", "ي" + stem + "وا", "ت" + stem + "ون"]
    return forms


def _noun_forms(lemma: str, plural: str) -> list[str]:
    base = lemma[:-1] + "ت" if lemma.endswith("ه") else lemma
    forms = [lemma, base + "ان", base + "ين"]
    if not lemma.endswith("ه"):
        forms.append(lemma + "ا")  # اجتماعا: the accusative alif
    if plural:
        forms.append(plural)
    return forms


def list_forms(lemma: str, pos: str, plural: str = "", present: str = "", hamza_final: bool = False) -> list[str]:
    """The written forms a word-list row stands for (normalised): a particle as written; a verb with
    a present with its conjugations and its future (سينعقد); a noun with its dual, accusative and
    plural, and a sound plural in ون with its construct forms (مفتشو، مفتشي)."""
    if pos == "verb" and present:
        forms = _present_forms(present)
        return _past_forms(lemma, hamza_final) + forms + ["س" + f for f in forms]
    if pos != "noun":
        return [lemma]
    forms = _noun_forms(lemma, plural)
    if plural.endswith("ون"):
        forms += [plural[:-1], plural[:-2] + "ي"]
    return forms


def _fits(r: Reading, lemma: str, pos: str, tense: str) -> bool:
    """Whether a clitic reading suits the part of speech: a verb takes no preposition or
    article, only a present verb takes the future س, a particle takes only a conjunction (and
    أن its pronoun: أنه، إنها), and no noun takes the pronoun ي (الاجتماعي is an adjective)."""
    if pos == "verb":
        return not (r.prep or r.article) and (not r.future or tense == "present") and r.pronoun not in ("ي", "نا")
    if r.future:
        return False
    if pos == "particle":
        return not (r.prep or r.article) and (not r.pronoun or lemma == "ان")
    return r.pronoun != "ي"


@dataclass(frozen=True)
class CueLexicon:
    # written stem (no clitics) -> (lemma, class, pos, tense); several lemmas may share a stem
    forms: dict
    phrases: dict  # first word of a multi-word cue -> list of (rest words, lemma, class)
    lists: dict = field(default_factory=dict)  # a class of WORD_LIST_CLASSES -> its normalised words
    # Verb lemmas whose row says `trigger` 0: a cue of its class, but no visit trigger (تباحث، رحب).
    not_triggers: frozenset = frozenset()
    # A class read on the raw text (VISIT_RAW_CLASSES) -> its words as the rows write them, hamza kept.
    written: dict = field(default_factory=dict)
    # (class, conjunctions, noun_clitics) -> its word_pattern, compiled once
    _patterns: dict = field(default_factory=dict, compare=False, repr=False)
    _sets: dict = field(default_factory=dict, compare=False, repr=False)  # class -> its word_set, built once

    @cached_property
    def _written_forms(self) -> frozenset[str]:
        """How the stems of `forms` may be written after a token's proclitics (may_read_as)."""
        return written_forms(self.forms)

    def cue(self, token: str, ta_marbuta: bool = False) -> Cue | None:
        """The cue a normalised token is, read with the fewest clitics its part of speech allows.
        `ta_marbuta`: the token was written with a final ة, so its final ه is no pronoun
        (وزارة is a ministry, not و + زار + ه)."""
        if not may_read_as(token, self._written_forms):  # most words: no reading to make
            return None
        for r in readings(token):
            if ta_marbuta and r.pronoun == "ه":
                continue
            for lemma, cls, pos, tense in self.forms.get(r.stem, ()):
                if not _fits(r, lemma, pos, tense):
                    continue
                return Cue(lemma, cls, pos, "future" if r.future else tense, r)
        return None

    def tags_of(self, token: str) -> CueTags:
        """What this lexicon says of one normalised token: its cue, its cue when written with a final ة
        (only a final ه can differ), and whether a phrase may open at it, bare or behind one or two
        clitic letters (ومن، وبحسب)."""
        heads = self.phrases
        cue = self.cue(token)
        return CueTags(cue, self.cue(token, True) if token.endswith("ه") else cue,
                       token in heads or token[1:] in heads or token[2:] in heads)

    def cues_in(self, tokens: list[str], ta_marbuta: list[bool] | None = None,
                tags: list | None = None) -> list[tuple[int, int, Cue]]:
        """(first token, end token, cue) for every cue in a list of normalised tokens, in order.
        A phrase's first word may carry a conjunction or a preposition (ومن المقرر، باتصال هاتفي).
        `tags`: each token's tags_of (the analysed document's word table, transforms.word_table, holds
        them per worker); read here when not given."""
        if tags is None:
            tags = [self.tags_of(token) for token in tokens]
        found = []
        after_phrase = 0  # the words of a phrase found are read no further
        # only the words a cue may start at (a few of a text's), picked in C
        for i in compress(range(len(tokens)), map(_OPENS_CUE, tags)):
            if i < after_phrase:
                continue
            tag = tags[i]
            if tag.phrase_head:
                phrase = self._phrase_at(tokens, i)
                if phrase is not None:
                    found.append(phrase)
                    after_phrase = phrase[1]
                    continue
            cue = tag.cue_ta if ta_marbuta and ta_marbuta[i] else tag.cue
            if cue is not None:
                found.append((i, i + 1, cue))
        return found

    def word_pattern(self, cls: str, conjunctions: bool = False, noun_clitics: bool = False) -> re.Pattern:
        """A pattern over normalised text that finds the words of a word-list class as whole words
        (after و or ف too when `conjunctions`; after و/ف, ب/ل and ال when `noun_clitics`)."""
        key = (cls, conjunctions, noun_clitics)
        pattern = self._patterns.get(key)
        if pattern is None:
            prefix = "[وفبل]?(?:ال)?" if noun_clitics else "[وف]?" if conjunctions else ""
            end = "" if cls in STEM_CLASSES else r"(?!\w)"  # (a stem class: the opening of a word)
            pattern = self._patterns[key] = re.compile(rf"(?<!\w){prefix}(?:{self.word_alternation(cls)}){end}")
        return pattern

    def word_set(self, cls: str) -> frozenset[str]:
        """The normalised words of a word-list class as a set, for a word read whole (built once)."""
        words = self._sets.get(cls)
        if words is None:
            _check_word_list_class(cls)
            words = self._sets[cls] = frozenset(self.lists.get(cls, ()))
        return words

    def word_alternation(self, cls: str) -> str:
        """The words of a word-list class as a regular-expression alternation, longest first."""
        _check_word_list_class(cls)
        return _longest_first_alternation(self.lists.get(cls, ()))

    def written_alternation(self, cls: str) -> str:
        """The words of a class read on the raw text (VISIT_RAW_CLASSES) as the rows write them, hamza kept, as a
        regular-expression alternation, longest first; "" without a row."""
        if cls not in VISIT_RAW_CLASSES:
            raise CueLexiconError(f"{cls!r} is not read on the raw text ({', '.join(sorted(VISIT_RAW_CLASSES))})")
        return _longest_first_alternation(self.written.get(cls, ()))

    def verb_forms(self, *classes: str) -> list[str]:
        """Every generated written form (no clitics) of the verbs of these classes, longest first."""
        found = {form for form, entries in self.forms.items()
                 if any(pos == "verb" and cls in classes for _, cls, pos, _ in entries)}
        return sorted(found, key=lambda w: (-len(w), w))

    def noun_forms(self, *classes: str) -> list[str]:
        """Every generated written form (no clitics) of the nouns of these classes, longest first."""
        found = {form for form, entries in self.forms.items()
                 if any(pos == "noun" and cls in classes for _, cls, pos, _ in entries)}
        return sorted(found, key=lambda w: (-len(w), w))

    def _phrase_at(self, tokens: list[str], i: int):
        for r in readings(tokens[i]):
            if r.future or r.pronoun or r.article:
                continue
            for rest, lemma, cls in self.phrases.get(r.stem, ()):
                if tuple(tokens[i + 1:i + 1 + len(rest)]) == rest:
                    return i, i + 1 + len(rest), Cue(lemma, cls, "phrase", "noun", r)
        return None


def _check_word_list_class(cls: str) -> None:
    if cls not in WORD_LIST_CLASSES:
        raise CueLexiconError(f"{cls!r} is not a word-list class ({', '.join(sorted(WORD_LIST_CLASSES))})")


class CueLexiconError(ValueError):
    """A seed row the engine cannot use (unknown class or part of speech, a verb with no present)."""


def build_cue_lexicon(rows: list[dict]) -> CueLexicon:
    forms: dict[str, list] = {}
    phrases: dict[str, list] = {}
    lists: dict[str, list] = {}
    raw_words: dict[str, list] = {}  # a class of VISIT_RAW_CLASSES -> its words as written
    not_triggers = set()
    for n, row in enumerate(rows, 2):
        cls, pos = row.get("class", "").strip(), row.get("pos", "").strip()
        if cls not in CLASSES:
            raise CueLexiconError(f"cue_words.csv line {n}: unknown class {cls!r} (known: {', '.join(CLASSES)})")
        if pos not in POS:
            raise CueLexiconError(f"cue_words.csv line {n}: unknown pos {pos!r}")
        lemma = normalize_key(row["lemma"])
        trigger = (row.get("trigger") or "").strip()
        if trigger not in ("", "0"):
            raise CueLexiconError(f"cue_words.csv line {n}: trigger is empty or 0, not {trigger!r}")
        if trigger == "0":
            not_triggers.add(lemma)
        if cls in VISIT_RAW_CLASSES and row["lemma"].strip() not in raw_words.get(cls, ()):
            raw_words.setdefault(cls, []).append(row["lemma"].strip())
        if cls in WORD_LIST_CLASSES:
            lists.setdefault(cls, []).extend(
                f for f in ([lemma] if cls in AS_WRITTEN_CLASSES else
                            list_forms(lemma, pos, normalize_key(row.get("plural") or ""),
                                       normalize_key(row.get("present") or ""), row["lemma"].strip().endswith("أ")))
                if f not in lists.get(cls, ()))
            continue
        if " " in lemma:
            first, *rest = lemma.split()
            phrases.setdefault(first, []).append((tuple(rest), lemma, cls))
            continue
        present = normalize_key(row.get("present") or "")
        if pos == "verb":
            if not present:
                raise CueLexiconError(f"cue_words.csv line {n}: verb {row['lemma']} has no present")
            written = [(f, "past") for f in _past_forms(lemma, row["lemma"].strip().endswith("أ"))] + [(f, "present") for f in _present_forms(present)]
        elif pos == "noun":
            written = [(f, "noun") for f in _noun_forms(lemma, normalize_key(row.get("plural") or ""))]
        else:
            written = [(lemma, "particle")]
        for form, tense in written:
            entry = (lemma, cls, pos, tense)
            if entry not in forms.setdefault(form, []):
                forms[form].append(entry)
    for first in phrases:  # longest phrase first
        phrases[first].sort(key=lambda p: -len(p[0]))
    return CueLexicon({k: tuple(v) for k, v in forms.items()}, phrases, {k: tuple(v) for k, v in lists.items()},
                      frozenset(not_triggers), {k: tuple(v) for k, v in raw_words.items()})


# The word lists the aid rules read word by word as written (transforms.aid.cues.AidWords), one written form a
# row: no inflection is generated, and each is read with and without ال.
AID_AS_WRITTEN_CLASSES = {
    "aid_transfer": "a word that names a transfer of aid or finance, as written (مساعدات، منحة، قرض، تبرعات، ودائع، تمويلا): the nearest of it or of aid_not_aid to a sum tells whether the sum is aid",
    "aid_not_aid": "a word that names money that is no aid, as written (صفقة، استثمار، ميزانية، تعويضات، رواتب، مقابل): a sum nearer to it than to an aid word is no aid",
    "aid_promise": "a noun of a promise, as written (وعود، وعدا، تعهدات): after a verb of cutting it makes a pledge, no cut (قطع وعودا بتقديم)",
    "aid_cut_noun": "a verbal noun of cutting, as written (خفض، تجميد، تعليق، وقف، قطع): a word of cutting that is one is no finite verb, so no giver stands after it",
    "aid_to": "a word right before a party that makes it the recipient, as written (إلى، لصالح، لدعم، لمساعدة، تمويل)",
    "aid_from": "a word right before a party that makes it the donor when a sum or an aid noun stands just before it, as written (من، قبل: قرض من صندوق النقد الدولي)",
    "aid_party_head": "a noun a party's adjective or name may follow without changing its role, as written (الحكومة، الجيش، الاقتصاد، الشعب: لدعم الجيش اللبناني)",
    "aid_donor_body": "a plural of donor, as written (المانحون، المانحين): the donors as a body, a donor named by no state",
    "aid_donor_group": "a plural noun that with the adjective المانحة names the donors as a body, as written (الجهات، الدول، المؤسسات)",
    "aid_donor_adjective": "the adjective donor after a plural noun, as written (المانحة: الجهات المانحة، الدول المانحة)",
    "aid_provided": "a verb that makes a sum given, as written (قدمت، منحت، دفعت، تسلمت، بلغت، أفرجت): nearest the sum of the status words, the aid is provided",
    "aid_cut_status": "a present verb of cutting with ت, as written (تعلق، تجمد، تقطع، تحجب، تلغي، تقلص): a status word only, near a sum it makes a cut (no model feature)",
    "aid_pledge_status": "an announcing or ready giver, as written (معلنا، معلنة، مستعدة، مستعد): a status word only, near a sum it makes a pledge (no model feature)",
    "aid_humanitarian_hint": "the people aid reaches or a relief agency, as written (المدنيين، المتضررين، المنكوبين، الأونروا، اليونيسف، الأغذية): a type word only, it makes the aid humanitarian and never decides a party's role",
    "aid_development_hint": "a noun of building, as written (بناء: لإعادة بناء جامع النوري): a type word only, it makes the aid development aid",
    "aid_form": "a noun of the form aid takes, as written (شكل، هيئة، صورة، صيغة): المساعدة على شكل معدات names a transfer, المساعدة على a task helped with does not",
    "aid_kingdom": "«the kingdom» said bare, as written (المملكة): a mention of the kingdom the article names most",
    "aid_institution_head": "the head noun of an institution's name, as written (شبكة، مستشفى، أوقاف، مؤسسة، جمعية، منظمة): at the end of a sum's clause after لصالح / لدعم / ل it opens the recipient's name",
    "aid_lender_opening": "the opening of a lender's name, as written (البنك، بنك، المصرف، صندوق النقد): a lender lends to a state, never the reverse",
    "aid_complementiser": "a word that ends the speaker's clause, as written (أن، بأن، أنه، أنها، بأنه، بأنها): what follows is the reported fact, its parties are no speaker",
    "aid_equivalent": "a verb of being worth, as written (يعادل، يوازي، يساوي، يعادلها): a sum right after it (ما between at most) restates the sum before it in another currency, no sum of its own (أي ما يعادل 1.02 مليار دولار); after و it adds another sum",
    "aid_since": "a word of since before a year, as written (منذ، من بداية، ابتداء من، اعتبارا من): a year eight words after it at most is the year the aid has been paid since (منذ توقيعها معاهدة سلام مع إسرائيل عام 1979)",
    "aid_stem": "a piece of an aid word, as written (مساعد، معون، قرض، قروض، تبرع، ودائع، مانح): the quick look reads a text only if one stands in it, anywhere",
    "aid_party_preposition": "a preposition that governs a party right after it, or the noun its adjective follows, as written (في، على، مع): the party is no subject of its clause, so no giver by standing before the sum (التي تضعها في لبنان، يبلغ 400 مليون يورو: France gives, not Lebanon)",
    "aid_gives_between": "a word that may stand between the donors as a body and their verb of giving, as written (قد، الذين، التي): the donors still give, whatever appeal stood before (وكان المانحون قد تعهدوا)",
    "aid_led_by": "a word after which a state leads the body named before it, as written (تقوده، بقيادة): the state is no party of a sum, the body gives or receives (للتحالف الدولي الذي تقوده الولايات المتحدة)",
}
CLASSES.update(AID_AS_WRITTEN_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(AID_AS_WRITTEN_CLASSES)


# The word lists of the visit frames read as written (transforms.visits.cues.ClauseWords), one written form a row: no
# inflection is generated.
VISIT_AS_WRITTEN_CLASSES = {
    "visit_adjective": "an adjective of a visit, as written, read with ال or without (رسمية، رسمي، خاطفة، تاريخية، رفيعة المستوى): between a visit noun and a place glued to لـ or بـ it is left out of the words that keep the place from being the visit's (زيارة رسمية لروسيا)",
    "visit_length": "a word of a visit's length before the word of its count, as written (لمدة، تستغرق، استغرقت): with that word and a unit of time after it, left out of the words between a visit noun and a place glued to لـ or بـ (زيارة لمدة يومين لفرنسا)",
    "visit_length_unit": "a unit of time after a visit's length and its count, as written (أيام، يوما، يومين، أسابيع، ساعات): left out with the length (زيارة تستغرق ثلاثة أيام لمصر)",
    "visit_prep_in": "a preposition of place right before a host, as written (في، داخل): the visit model reads the host as where the actor is (feature prep_in: اجتماع حاسم في بروكسل), and a meeting's place after it, a compass word and a head noun between at most, is where the meeting is held (transforms.visits.cues.in_place_pattern: في شمال مدينة حلب)",
    "visit_to_preposition": "a preposition of destination, as written (إلى، نحو، صوب): a place after it, a head noun of visit_destination_head or visit_destination_area and a word between at most, is where a trip goes (transforms.visits.cues.to_place_pattern: متوجها إلى مدينة لوس أنجليس)",
    "visit_destination_head": "the head noun of a destination's name, as written, read with و/ف, ب/ل and ال (مدينة، عاصمة، جزيرة، مقر، قاعدة، دولة): after a preposition of destination (إلى مدينة) or with لـ or بـ glued to it (للعاصمة، بقاعدة), a word between at most, the place after it is where a trip goes",
    "visit_destination_area": "the head noun of a destination's name only after a preposition of destination, as written (منطقة): إلى المنطقة is where a trip goes, yet بالمنطقة with بـ glued to it is where one is, no destination",
    "visit_place_head": "the head noun of a meeting place's name, as written, read with و/ف, ب/ل and ال (مدينة، العاصمة، قصر، فندق، مقر، منزل، قرية): after a preposition of place (في مدينة، داخل مقر) or with بـ glued to it (بالعاصمة), a word between at most, the place after it is where a meeting is held",
    "visit_compass": "a word of a compass point between a preposition of place and a place, as written (شرق، شمال، وسط، شمالي، غربي): في شمال سوريا is still in Syria",
    "visit_named_facility": "a noun of a facility, street or prize that may be named after a person, as written, read with و/ف, ب/ل and ال (مطار، جامعة، شارع، مستشفى، جائزة، حي): a name right after it, an honorific of visit_facility_honorific between at most, is part of that name, nobody acting (مطار الملك عبد العزيز، مستشفى الشيخ خليفة بن زايد)",
    "visit_facility_honorific": "an honorific between a facility noun and the name it is named after, as written (الملك، الأمير، الشيخ، الإمام، الشهيد): جامعة الإمام محمد بن سعود is a university, no imam acting",
    "visit_genitive_relation": "a noun whose genitive is someone else than the one acting, as written, read with و/ف, ب/ل and ال: kin and staff, allies and forces, what happened to a person (صهر، ابنة، حليف، أنصار، قوات، نظام، اختفاء، مقتل): a name after it, two definite words between at most, is not the actor (صهر الرئيس التركي رجب طيب إردوغان)",
    "visit_relation_office_head": "an office noun right before a noun of visit_genitive_relation, as written, read with و/ف, ب/ل and ال or لل (رئيس، وزير، قائد، مسؤول): the noun is part of a title, the name after it acts (قائد قوات الاحتياط، رئيسة حكومة بريطانيا)",
    "visit_title_place_preposition": "a preposition between an official noun and a country, as written (في، إلى، داخل، على، عن، مع; not من: وفد من مصر is Egypt's): the country is where he is or what he acts on, not whose official he is (التقى المبعوث الأممي الخميس في سلطنة عمان)",
    "visit_title_not_word": "a noun between an official noun and a country, as written, read with و/ف, ب/ل and ال (تطورات، أزمة، أوضاع، ملف، علاقات، عدد، كل): the country is what is talked about or counted, not whose official he is (يقول نائب وزير الخارجية الإيراني إن الوضع في سوريا)",
    "visit_title_honorific": "an honorific that may stand between an official's title and his name, as written (الشيخ، الأمير، الملك، الدكتور، المشير): the name after it still takes the title (ولي عهد أبوظبي الشيخ محمد بن زايد)",
    "visit_seat_preposition": "a word right before a state's seat of government that makes it a place, as written (في، إلى، داخل، أمام، من، لدى، مقر، قصر; a glued بـ or لـ too): في البيت الأبيض is where one meets, أعلن البيت الأبيض is the body that speaks",
    "visit_body_speech": "a noun of a speech, as written, read with و/ف, ب/ل and ال (كلمة، كلمته، خطاب، خطابا): with في after it (له or لها between at most), the international body right after is where the speech is given, at its seat (ألقت كلمة في الأمم المتحدة)",
    "visit_international_adjective": "a definite adjective in ي right after an international body that leaves it international, as written (الدولي): مجلس الأمن الدولي sits in New York, مجلس الأمن القومي or الروسي is a national body",
    "visit_prep_from": "a word of coming from right before a host, as written (من، قادما): the visit model reads the host as where the actor comes from (feature prep_from: أولى جولاته من الرياض)",
    "visit_event_phase": "the phase or part of an event a word of sequence may name before it, as written (انتهاء، ختام، حضور، مشاركته): بعد انتهاء القمة puts the meeting word inside the clause of a trip",
    "visit_object_place_noun": "the head noun of a place between a verb of travel's subject and its object, as written (مدينة، العاصمة، جزيرة، منطقة): زار وفد أميركي رفيع المستوى، الخميس، مدينة منبج",
    "visit_topic_noun": "a noun of what a meeting is about, as written, read with ال or without (أوضاع، أزمة، حرب، سلام، الهدنة): with up to three definite words and في after it, the place after في is what is talked about, not where (بحثا تطورات الأوضاع في سوريا)",
    "visit_topic_of": "a word of subject matter right before a place, as written (الخاص، المكلف، لشؤون، بشأن، حول، بملف): the place is what the office or the talk is about, not a venue (مبعوث واشنطن الخاص بسوريا)",
    "visit_addressing_object": "what توجه turns to when it is words, as written (بالشكر، برسالة، بخطاب، فيه، بها): six words after it at most, توجه إلى X بالشكر is addressing someone, no trip",
    "visit_reached_stage": "a stage, deal or power reached, as written (دور، نهائي، مرحلة، اتفاق، سلطة، مليون): right after إلى or لـ after وصل it is no place reached (وصل إلى الدور النهائي)",
    "visit_country_list": "a word that introduces a list of countries, as written, read with و/ف and ال، بال، لل (دول، دولة، بلدان، بينها، منها): between a verb of taking part and the first country after it, the countries listed take part (شاركت فيه 41 دولة من بينها الولايات المتحدة)",
    "visit_country_list_office": "the head of an office's title right before a word of visit_country_list, as written (وزير، وزيرة): the word is the title's, no list of countries (وزير دولة: a minister of state)",
    "visit_at_event": "a word that puts someone at a meeting named right after it, a word between at most, as written (في، خلال، هامش، أمام، ختام، بعد): «على هامش القمة» is being there, «علق على الاجتماع» is not",
    "visit_gathering_head": "a plural of offices or of states, as written, read with و/ف and ال، بال، لل (قادة، زعماء، وزراء، ممثلو، دول، تكتل): near a meeting word it makes a gathering of unnamed leaders, a visit with no visitor named (اجتماع لوزراء الخارجية العرب في عمان)",
    "visit_summit_of": "a word of a bloc after قمة, as written, read with ال، لل or ل (عربية، خليجية، الاتحاد، حلف، مجموعة): قمة and it make a summit of a bloc, a gathering of unnamed leaders (القمة العربية في الظهران)",
    "visit_where_plan": "a word of a plan after حيث, من before it or not, as written (المقرر، المتوقع، يتوقع، ينتظر): «في تورونتو، حيث من المقرر أن يعقد اجتماع» places the meeting at the place before حيث",
    "visit_apart_unit": "a unit of days right after a word of sequence, a count between at most, and before من, as written (يوم، يومين، أسبوع): a day told right before بعد يومين من and an event (صرح ... الخميس بعد يومين من القمة) is a day apart from that event, so never a visit's day when the visit is that event",
    "visit_apart_sequence": "a word of sequence that is itself a day apart, as written (غداة، عشية): a day told right before it (الخميس عشية القمة) is the day after or before the event it names, never that event's day",
    "visit_international": "a word or name of an international body in a person's title, as written, read anywhere in it (الأمين العام، الأممي، مبعوث، حلف، صندوق النقد، اليونيسف): its holder has no country of his own, so he visits the country he goes to (المبعوث الأممي إلى اليمن مارتن غريفيث)",
    "visit_ambassador": "an ambassador's or a chargé's title, as written, read with و/ف, ب/ل and ال (سفير، سفيرة، سفراء، "
                        "القائم بأعمال): its holder lives where he is posted, so he is no visitor there (filter ambassador)",
    "visit_planned_before": "a word of a plan or of the future, as written, read with و/ف (سوف، المقرر، يعتزم، ينوي، سيقوم، "
                            "على أن): in the six words before a visit word, the visit is planned (transforms.visits.status)",
    "visit_planned_after": "a word of a plan or of a time to come, as written (المقبل، القادمة، المرتقبة، المقررة، غدا): in the "
                           "four words after a visit word, the visit is planned (transforms.visits.status)",
    "visit_called_off_after": "a word that calls a visit off, puts it back or makes it only likely, as written (أُلغيت، "
                              "تأجلت، أرجئت، المحتملة): in the six words after a visit word, the visit is negated "
                              "(transforms.visits.exclusions)",
    "visit_office_before": "an office or delegation noun, as written, read with و and ال (رئيس، وزيرة، نظيره، وفد، مسؤولين): "
                           "one of the two words before a nationality adjective, it makes the adjective say whose official "
                           "or delegation acts (الرئيس الفرنسي، وزير الخارجية الروسي، وفد أميركي)",
    "visit_official_noun": "an official's or a delegation's noun, as written, read with و/ف/ب/ل/ك and ال or لل (وزير، رئيسة، "
                           "وفد، مبعوثان، ولي العهد، نظيره): it opens an actor's phrase, an unnamed official of the country "
                           "after it (transforms.visits.mentions.build_actors), and after و it joins the next actor to a "
                           "list (موغريني ووزير خارجية الصين)",
    "visit_envoy_head": "an envoy's, a representative's or a coordinator's noun, as written, read with ال (مبعوث، ممثلة، "
                        "منسق): with a word of class visit_envoy_body three words after it at most, its holder serves an "
                        "international body, and the country his title names is where he is sent (مبعوث الأمم المتحدة "
                        "لليمن), not his own",
    "visit_envoy_body": "a word of the United Nations or of an international body after an envoy's noun, as written, read "
                        "with ال (الأمم، الأممي، الأممية، الدولي، للأمم): see visit_envoy_head (المبعوث الأممي إلى سوريا)",
    "visit_subject_matter": "a word of what is talked about or of a statement, as written, read with و/ف (حول، بشأن، تناولت، "
                            "لبحث، لمناقشة، ناقشا، تطرقت، أكد، قال، دعا، ضرورة، إنه): between a meeting word and a place "
                            "after it, the place is what the talks or a statement made there are about (محادثات تناولت "
                            "الإصلاحات في السعودية), not where the meeting is held (frames/meeting_place.py, features.py)",
    "visit_event_named_by_city": "a meeting noun, bare or with ب/ل, as written, read as a word's opening after و/ف (قمة، "
                                 "مؤتمر، محادثات، بقمة، لمحادثات): a city right after it names the meeting and is where "
                                 "it is held (قمة هلسنكي، مؤتمر ميونخ، اجتماع مكة المكرمة)",
    "visit_long_ago_lead": "a word that counts time back, as written (قبل، منذ، قبل نحو، منذ نحو): with a unit of time after it "
                           "(visit_long_ago_counted after a word at most, or visit_long_ago_span right after), next to a "
                           "visit word, it tells the visit as background (قبيل قمة إقليمية في لاوس قبل سنتين)",
    "visit_long_ago_counted": "a unit of time counted by a number, as written (سنوات، أعوام، عقود، عاما، سنة): a word at most "
                              "after visit_long_ago_lead (منذ 39 عاما، منذ ثلاثة عقود), see visit_long_ago_lead",
    "visit_long_ago_span": "a span of time of its own, as written (سنتين، عامين، عقد، عام، أشهر، عدة أشهر، بضعة أشهر): right "
                           "after visit_long_ago_lead (قبل سنتين، منذ عقد), see visit_long_ago_lead",
    "visit_sport_in_title": "a word of a sport, a club or a team, as written, read with و/ف/ب/ل and ال or لل (كرة، نادي، منتخب، "
                            "الفيفا، فريق، التنس): in a person's title it makes his trips sporting ones, no visits (رئيس "
                            "الاتحاد المغربي لكرة القدم; transforms.visits.triggers.VisitLexicon.is_private_title)",
    "visit_group_word": "a plural of leaders, delegations, members or countries, as written, a whole word (قادة، وزراء، وفود، "
                        "مسؤولون، الدول، المشاركين): in the words of a candidate visit it says a group acts (the visit "
                        "model's feature group_words, transforms.visits.features)",
    "visit_in_owner": "a visit's owner's لـ with its pronoun, as written (له، لها): between a visit noun of class "
                      "visit_noun_in_place and في, the place after في is where the owner's visit goes (خلال زيارة له في "
                      "لندن), and the visit has an owner (transforms.visits.frames.go)",
    "visit_in_adjective": "an adjective of a visit, as written, read with ال (رسمية، خاطفة، قصيرة، تاريخية، عمل): between a "
                          "visit noun of class visit_noun_in_place and في, the place after في is the visit's (زيارته الرسمية "
                          "في باريس; transforms.visits.frames.go)",
    "visit_may_be_held": "a present verb of taking place or being held, as written (تجري، يعقد، تنعقد، يتم، تكون): after a "
                         "particle of possibility (class possibility: قد) in the words after a meeting word, the meeting only "
                         "may be held, where or when told (القمة ... قد تجري في منزل السلام), no visit",
    "visit_party_office": "a plural office in construct, as written, read with و/ف, ب/ل and ال or لل at a title's start (وزراء، "
                          "قادة، زعماء، رؤساء، ممثلي، وفود، مسؤولي): its country and the countries joined to it are a "
                          "meeting's parties, each an unnamed delegation (اجتمع وزراء خارجية روسيا وإيران وتركيا في أستانة)",
}
CLASSES.update(VISIT_AS_WRITTEN_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(VISIT_AS_WRITTEN_CLASSES)

# The word lists of the visit frames read on the raw text, as written with their hamza (CueLexicon.written: أن is no إن
# there, and انه without its hamza is no complementiser), one written form a row.
VISIT_RAW_CLASSES = {
    "visit_reported_opener": "a complementiser that opens a reported clause by itself, as written with its hamza and read on the raw text (إن، إنه، إنها، أنه، أنها، بأنه، بأنها): what follows it is reported, its speaker no participant of a meeting told after it (قال غني خلال اجتماع ... إن استراتيجية ترامب)",
    "visit_reporting_verb": "a written form of a verb of saying, with its hamza, read on the raw text after و/ف or bare (قال، قالت، يقول، أكد، أعلنت، أوضح، نفى، شدد): with a complementiser of visit_reported_that four words after it at most, what follows is reported",
    "visit_reported_that": "a complementiser after a verb of saying, as written with its hamza and read on the raw text (أن، بأن، أنه، أنها): four words after a verb of visit_reporting_verb at most, it opens what is reported",
    "visit_told_press": "whom an official speaks to, as written and read on the raw text (للصحفيين، للصحافيين): between a named official and في right before a city, he spoke there, so he is there (وقال ماكرون للصحافيين في سيدني; transforms.visits.frames.presence)",
}
CLASSES.update(VISIT_RAW_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(VISIT_RAW_CLASSES)

# The word lists of the visit frames whose rows are lemmas: each row's forms are generated (list_forms: a verb row's
# conjugations and future, a noun row's dual, accusative and plural), none listed.
VISIT_FRAME_CLASSES = {
    "visit_receive_verb": "a verb of receiving whose subject is the host, its forms generated, read after و/ف or bare "
                          "(استقبل، يستقبل): in a sentence that tells a reception again with a possessed noun (غداة "
                          "استقباله), the subject of its last form before that noun is the sentence's host",
    "visit_noun_in_place": "a noun of a visit or a tour, its forms generated (زيارة، زيارات، زيارتين، جولة): the place "
                           "after it behind في or بـ, its owner's لـ or an adjective between at most, is where the visit "
                           "is (خلال زيارة له في لندن، بجولة في آسيا)",
    "visit_hosting_verb": "a verb of hosting, its forms generated (استضاف/يستضيف، احتضن/يحتضن): right before a place, its "
                          "object pronoun and a head noun between at most, the place is where the event a verb of holding "
                          "tells is held (استضافتها مدينة الظهران)",
    "visit_other_meeting": "a noun of a meeting, its forms generated, read with و/ف, ب/ل and ال or لل (قمة، اجتماع، لقاء، "
                           "محادثات، مفاوضات، مؤتمر): standing between a meeting word and a list of countries, it makes the "
                           "list that meeting's parties, not the first one's (اتفقا خلاله على عقد القمة بين ...)",
}
CLASSES.update(VISIT_FRAME_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(VISIT_FRAME_CLASSES)


# The word lists of the entities and the persons read as written (one written form a row; an adjective's inflections are
# generated where it is read).
NAME_AS_WRITTEN_CLASSES = {
    "country_common_adjective": "a masculine nationality adjective that is far more often another common word, as written (مالي: financial, صحراوي: desert, قمري: lunar): none of its inflected forms counts as the country's adjective (the country's name still does)",
    "person_speech_verb": "a written form of a verb that reports speech, as written, read bare or after و/ف (قال، قالت، يقول، أضاف، أكدت، صرح، كتب، غرد، حث): two or three name-like words after it closed by a comma or a complementiser are a person (وقال ربيع حيدر، مسؤول ...)",
    "person_speech_complement": "a complementiser that closes a speaker's name after a verb of person_speech_verb, as written (أن، أنه، أنها، أنهم، أنهما; إن is أن once normalised): وقال ترودو وماكرون إنهما",
    "person_description_opener": "a word that opens a description after a name, as written (ذو، ذات، ذوي، ذوو): it is no name word, so a name read before it ends there (جيفنشي ذو الأصول الأرستقراطية)",
    "person_kin_construct": "a kinship noun in construct, written with ة where it has one, as written, read bare or after و/ف (ابنة، زوجة، نجل): before a titled person with a country and that person's name, the name set off by a comma after them is the relative's, of that country (ابنة الرئيس الأمريكي دونالد ترامب، إيفانكا)",
}
CLASSES.update(NAME_AS_WRITTEN_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(NAME_AS_WRITTEN_CLASSES)


# The word lists of the dates (transforms.dates), read as written: a row is one written form, no
# inflection generated (a dual or an accusative is spelled in the date rule's own pattern, if at all).
DATE_CLASSES = {
    "date_counted": "a noun of a thing counted or a unit (مليون، دولار، شخص، قتيل، مرة): a number of four digits right before it counts, it is no year (2000 شخص)",
    "date_reporting": "a perfect verb of saying, as written (قال، أعلنت، ذكرت، تحدث): a weekday after a comma that ends a sentence it reports dates the report",
    "date_said_that": "a complementiser after a verb of saying, or of cause or consequence, as written, read as a whole word between spaces (إن، إنها، إنهم، لأنه، فإن; أن is إن once normalised): what follows is what was said, whose tense is its own (أعلنت المحكمة العليا في السعودية، أن الأحد، سيكون غرة شهر ذي الحجة), and a later month in it is of the year before the one the sentence dated (tense.said_that_pattern)",
    "date_call": "a word of calling for or demanding, as written (دعا، دعت، الدعوة، طالب): a weekday after what it calls for is the coming one",
    "date_called": "what a call calls for, after إلى/لـ/بـ, as written (اجتماع، جلسة، قمة، تصويت، إضراب): the weekday right after it is its day",
    "date_future": "a word that tells the clause before a date as to come, as written (سوف، المقرر، المرتقب، المقبل، يعتزم، بحلول، الإعدادات جارية): a weekday after it is the coming one",
    "date_past": "a word that tells the clause before a date as gone by, as written (كان، الماضي، أعلن، قالت، عقدت، اتهم، نفى): a weekday after it is the last one",
    "date_general_noun": "a noun that takes العام as the adjective general, as written (أمين، مدعي، رأي، قطاع): العام after it is no year",
    "date_quantity": "a word of quantity, as written (أكثر، نحو، حوالي، عدد، القرار، بلغت): a number right after it (من between at most) counts, it is no year",
    "date_ongoing": "a noun of an activity that goes on, as written (محادثات، مفاوضات، معارك، غارات): بعد يومين من it is how long it went on, no day counted from an event",
    "date_counted_of": "a plural of people or of units counted after «من» (2000 من عناصر طالبان): a number before «من» and it counts them, it is no year",
    "date_event_day": "a noun of an event that names a day of history, as written (ثورة، حرب، هجمات، مجزرة، انقلاب، حدود): a day and month after it is that day, its year left open; a month alone after it is no month of the story",
    "date_event_name": "a noun that names an agreement, an anniversary, a statement or a coalition by a date, as written (اتفاق، ذكرى، بيان، قوى، طرفي): a day or month after it is no date of the story",
    "date_event_bare": "a noun that names an event by a date only without the article, as written (جمعة الغضب; الجمعة is the weekday): a day or month after it is no date of the story",
    "date_eve_after": "a word that names the day after an event, as written (غداة): right before the event's few words and the event's own day, in one clause (غداة إعادة انتخابه الأحد), it is that day plus one",
    "date_eve_before": "a word that names the day before an event, as written (عشية): right before the event's few words and the event's own day, in one clause (عشية بدء القمة الجمعة), it is that day minus one; right before a day it is that day's evening (عشية السبت), no other day",
    "date_event_other": "a word that makes an event another of its kind, as written (آخر، جديد): after «بعد يوم من», غداة or عشية, «زلزال آخر»، «هجوم جهادي جديد» is not the quake or attack the article dates elsewhere, so no day is counted from it (dates.event_anchor)",
    "date_eve_anniversary": "a word of an anniversary, as written (ذكرى): between غداة/عشية and a day with its year, the event is the day's anniversary, not the day (عشية الذكرى الخامسة لاحتجاجات 25 يناير 2011), so no day is counted from it",
    "date_background_after": "a word of after that opens the phrase of an event the clause comes after, as written (بعد): a weekday in that phrase with no tense cue of its own is not looked ahead to by a future cue before it (ويعتزم ترمب استقبال بوتين لمحادثات بواشنطن …، بعد قمتهما الأولى في هلسنكي، الاثنين)",
    "date_history_list": "a phrase that lists the events of one calendar day across the years, as written (في مثل هذا اليوم، أحداث التاريخ، الأحداث التاريخية): a day and month named without a year in its sentence is that day of any year, its year left open",
    "date_story_on": "a word that tells the story goes on from the date told before, as written (بعد ذلك، بعدها، ثم، لاحقا، في وقت لاحق): a bare month after it in its sentence takes the year of the story",
    "date_story_turn": "a word that turns a sentence to another time, as written (لكن، لكنه، عندما، قبل، حتى، إلا أن): a bare month after it does not take the year a year word (عام 2017) named before it in its sentence",
    "date_appointed": "a noun of an appointed time, as written (موعد، موعدا، موعدها): a day or month right after it (يوم، في between at most) is the day set for a thing, read ahead as a future one is",
    "date_story_unit": "a unit of time after «بعد» and a count at most, as written (أيام، أشهر، عامين، سنوات): «بعد أربعة أيام،» and «بعد عامين من ذلك» tell the story goes on",
    "date_not_future_stem": "the opening of a noun or name that looks like a verb with the future prefix سـ, as written (سنو، سيا، سيط، سنغ، سيرغ): a word opening so is no future verb",
    "date_not_future_word": "a whole noun or name that is written like a verb with the future prefix سـ, as written (سيول، سيتي، ستة، سيطر): the word so written is no future verb, though a longer word opening so may be one (سيولد، سيتيح، ستهاجم، سيطرح)",
    "date_lasting": "an imperfect verb of lasting, as written (تستمر، يمتد، تبقى، يظل): what goes on until (حتى) a weekday goes on to the coming one, whatever the tense",
    "date_ordinal_noun": "a noun an ordinal after it agrees with, as written (أسبوع، نصف، ربع، فصل): الأسبوع الأول، النصف الثاني is no day of the month",
    "date_of_the_two": "a noun whose complement الاثنين is «the two», not Monday, as written (جثماني، تسميم، نجاة، إنقاذ، باستثناء): their body, poisoning or rescue; or a pronoun that الاثنين stands in apposition to (نحن الاثنين: we two)",
    "date_weekday_habit": "a word right before a weekday that makes it no day, as written: a habit (أيام الجمعة، كل سبت), an ordinal in the month (أول خميس، آخر جمعة) or a place (سوق الجمعة)",
    "date_weekday_epithet": "an adjective right after a weekday that makes it a day's name, as written (الأبيض، الأحمر): «الأربعاء الأبيض», a campaign, and الأربعاء الأحمر, a feast, are no date",
    "date_press": "a noun of the press, as written (صحف، صحافة): اليوم after it (a word between at most) is the publication day, today's papers",
    "date_told_noun": "a noun of what is told or ruled, as written (بيان، مؤتمر، حكم): اليوم after it (two words between at most) is the day it was told on",
    "date_time_unit": "a unit of time right after a number after «منذ», as written (عام، عاما، سنوات، يوما، شهرا): منذ 2000 عام is a length of time, no year",
    "date_name_particle": "a particle of a European family name, as written (دي): a month's name right after it is a surname (لويجي دي مايو), not the month",
    "date_born": "a perfect verb of being born, as written (ولد): a span counted back two words after it at most (ولد قبل 41 عاما) tells an age, no date",
    "date_hypothetical": "a word of what may or will not be, as written (قد، لن، لا): with لا or not, then an imperfect verb opening with ي, or لا alone, right before a span counted from publication (قد يلغيه بعد ثلاث سنوات، ولا بعد 10 أعوام), it makes the span a hypothesis, no date",
    "date_told_yesterday": "a word of yesterday, as written (أمس، الأمس): a weekday right after it (يوم between at most) is the day before publication's (أمس الثلاثاء)",
    "date_told_tomorrow": "a word of tomorrow, as written (غدا، غد): a weekday right after it (يوم between at most) is the day after publication's (غدا الاثنين)",
    "date_period_lead": "a word of a part of a period, as written (مطلع، أوائل، نهاية، منتصف، ختام): a bare العام or الشهر after it is this year or this month (مطلع العام، نهاية الشهر)",
    "date_time_of": "an adjective of time after وقت, as written (سابق، لاحق، مبكر، متأخر): «في وقت سابق من العام/الشهر» is this year or this month",
    "date_part_ordinal": "an ordinal of a part of a year, as written (الأول، الثاني، الأخير): «من العام» right after it (الربع الأول من العام، الأشهر التسعة الأولى من العام) is this year",
    "date_guard_lead": "a lead word, as written (في، خلال، منذ، شهر، مطلع، نهاية): a month name that is also a common word (مارس، ماي، آب) right after it is a month, with no year or modifier (في مارس، مطلع آب)",
    "date_year_kind": "an adjective of a kind of year, as written (الدراسي، المالي، الهجري): a bare العام or السنة right before it is that kind of year, no year of the story (العام الدراسي)",
    "date_same": "a word of the same, as written (نفسه، ذاته، نفسها، ذاتها): after الشهر، اليوم، العام or السنة it names the date the text just named (الشهر نفسه، العام ذاته)",
    "date_relative_past": "a modifier of a past date, as written (الماضي، الماضية، المنصرم، الفائت، الماضيين): after a month, a year word or a weekday it is the last one before publication (مارس الماضي، العام الماضي، الأحد الماضي)",
    "date_relative_this": "a modifier of the current date, as written (الجاري، الجارية، الحالي، الحالية): after a month or a year word it is publication's (الشهر الجاري، العام الحالي)",
    "date_relative_next": "a modifier of a coming date, as written (المقبل، المقبلة، القادم، القادمة، المقبلين): after a month, a year word or a weekday it is the next one after publication (مارس المقبل، العام القادم)",
    "date_year_lead": "a word of a part of a time or of reaching it, as written (مطلع، بداية، نهاية، منتصف، بحلول): a bare number of a year's shape right after it is a year (مطلع 2018، بحلول 2030), as after a preposition",
    "date_not_opening_verb": "a word of the imperfect's shape that opens no clause of what goes on or is to come, as written (يذكر، يقول، يعتقد، يأتي، يونيو، يوسف): a verb of reporting or belief that introduces a past event (يذكر أن، يأتي ذلك بعد), or a name or word that begins with ي; a date a few words after a sentence it opens is not read as ahead",
    "date_past_unsuffixed": "a past cue of class date_past, as written (عقد، زار، أضاف، نفى، كان، الماضي), whose forms with a subject or object pronoun (عقده، زاره، إضافة) are not read as past cues: once normalised they are written like a noun (عقده after المقرر: holding it; وزاره: وزارة) or it is an adjective",
    "date_starting_from": "a word of starting, as written (اعتبارا، ابتداء، بدءا): with من after it, right before a weekday with no modifier, a start that would be more than a few days gone by is the coming one (اعتبارا من الأربعاء)",
    "date_night": "a word of a night, as written (ليل، ليلة): a night named by the two days it spans after it (ليل السبت- الأحد، ليل 15-16 تموز) is dated by its evening, the first day, only",
    "date_past_adjective": "an adjective of a time gone by among the past cues, as written (الماضي، الماضية، المنصرم): it tells the clause before a date as gone by, yet it is no perfect verb, so a date right before or right after it is not told by it as past, and اليوم after it is no day of news",
    "date_not_news": "a past cue that tells no news of the day, as written (كان، كانت، سبق): اليوم right after it is not the day the news is told on, as after a perfect verb of news (أعلنت اليوم)",
    "date_was_planned": "a word of a plan or an expectation after كان (من between at most), as written, read with ال and any ending (مقرر، مفترض، متوقع: كان من المقرر، كانت متوقعة): the plan lies in the past, and what was planned is read as past",
    "date_until": "a word of until, as written (حتى، لغاية، إلى غاية): a day or month right after it with no tense cue is a forecast or a state going on, not yet past (حتى السبت، إلى غاية 31 تشرين الأول)",
    "date_since": "a word of since, as written (منذ): a date right after it is a start, before publication (منذ الأحد، منذ 30 آذار), and منذ 2000 عام a length",
    "date_recurring": "a word of a yearly recurrence right after a day and month, من before it or not, as written at the words' opening (كل عام، كل سنة، سنويا، من كل): 9 يونيو من كل عام is a day of every year, no date of the story",
    "date_next_after": "a word right after a month that makes it the one after a month told before, as written (التالي، الذي تلاه، اللاحق): the month takes the year of the story",
    "date_lead_preposition": "a preposition that may lead a date, as written (في، خلال، منذ، حتى، قبل، بعد، طوال، اعتبارا من): the grammar reads a month, a year or a bare year after it as one date with it, and a run of lead words before a date starts there",
    "date_lead_period": "a word of a part of a period that may lead a month or a year, after a preposition or not, as written (شهر، مطلع، أوائل، نهاية، بداية، غضون، أعقاب): the grammar reads it as part of the date (في مطلع آذار، نهاية 2017)",
    "date_day_part": "a part of a day before a weekday or a day word, as written (صباح، مساء، ليلة، فجر، ظهر، مساء يوم): the grammar reads it as part of the day's date (مساء الخميس، صباح يوم الأحد، ليل أمس)",
    "date_year_word": "a singular word of a year before its number, as written (عام، عامي، سنة، سنتي): the number after it, of four digits or three (عام 841، بين عامي 1980 و1988), or of one or two with an era mark (سنة 70م), is a year, with ال, لل، ب or و before it or not",
    "date_year_word_other": "another word of years before a year's number, as written (عامين، سنوات، أعوام، موسم): a number of four digits after it is a year (موسم 2017)",
    "date_surface_trim": "a leading word, as written (في، منذ، من، اعتبارا من): kept out of the surface of a date it opens (في 5 مارس: the surface is 5 مارس)",
    "date_ago_year_one": "a singular word of a year after قبل or بعد, as written (عام، سنة): alone it counts one year back or ahead (قبل عام), after a number that many (قبل 13 سنة)",
    "date_ago_year_two": "a dual word of years after قبل or بعد, as written (عامين، سنتين): alone it counts two years (قبل عامين)",
    "date_ago_year": "a word of years after قبل or بعد and a number, as written (عاما، أعوام، سنوات): the number is the years counted (بعد 10 سنوات); with none, no date (قبل سنوات)",
    "date_ago_decade": "a word of decades after قبل or بعد and a number, as written (عقود): the number is the decades counted (قبل 3 عقود)",
    "date_ago_month_one": "a singular word of a month after قبل or بعد, as written (شهر): alone it counts one month (قبل شهر)",
    "date_ago_month_two": "a dual word of months after قبل or بعد, as written (شهرين): alone it counts two months (بعد شهرين)",
    "date_ago_month": "a word of months after قبل or بعد and a number, as written (شهرا، أشهر، شهور): the number is the months counted (قبل 18 شهرا)",
    "date_ago_week_one": "a singular word of a week after قبل or بعد, as written (أسبوع): alone it counts one week (قبل أسبوع)",
    "date_ago_week_two": "a dual word of weeks after قبل or بعد, as written (أسبوعين): alone it counts two weeks (قبل أسبوعين)",
    "date_ago_week": "a word of weeks after قبل or بعد and a number, as written (أسابيع): the number is the weeks counted (قبل ستة أسابيع)",
    "date_ago_day": "a word of days after قبل or بعد and a number, as written (يوما): the number is the days counted (قبل 15 يوما)",
    "date_lead_token": "a word that may stand inside a date before the word that makes it one, as written (هذا، هذه، ذلك، تلك، لهذا، نفس، بنفس، ذات، أول، يومي): the grammar is tried from the first of a run of them, so the date takes it in (هذا العام، نفس اليوم، أول مايو، يومي الخميس والجمعة)",
    "date_days_after_that": "a plural of days after قبل or بعد and a count, as written (أيام): it counts days only after ذلك or a pronoun (بعد ذلك بأربعة أيام، بعدها بعشرة أيام) and never before عمل (days of work); قبل أربعة أيام alone is no date",
    "date_not_tomorrow": "a word of negation right before غدا, as written (ليس): «not tomorrow» sets the present "
                         "against a time to come and names no day (الآن وليس غدا، ليس الأسبوع المقبل وليس غدا، بل فورا)",
    "date_annual_day_lead": "a word right before a named yearly day (seeds/annual_days.csv) that places something on it, "
                            "as written, ب or ل glued on or not (في يوم الأرض، بمناسبة عيد العمال، مع يوم الأرض، "
                            "إحياء يوم الأرض): the day is a date; named alone it is the day's name or a theme, no date",
    "date_like": "a word of likeness, as written (مثل): «في مثل هذا اليوم قبل 3 أعوام» is this very day so many years back, and مثل right before هذا الشهر names the month of another year",
}
# The classes whose rows are a word's opening, not a whole word (date_not_future_stem: سيا is read in سياسة; aid_stem:
# مساعد in المساعدات, which the aid quick look searches for anywhere in a text).
STEM_CLASSES = frozenset({"date_not_future_stem", "aid_stem"})
CLASSES.update(DATE_CLASSES)
WORD_LIST_CLASSES = WORD_LIST_CLASSES | frozenset(DATE_CLASSES)
# aid_own_country: a noun with its pronoun, no noun forms of it; aid_dual_relative: pronouns, as written.
AS_WRITTEN_CLASSES = frozenset(DATE_CLASSES) | {"aid_own_country", "aid_dual_relative"} | frozenset(AID_AS_WRITTEN_CLASSES) \
    | frozenset(VISIT_AS_WRITTEN_CLASSES) | frozenset(NAME_AS_WRITTEN_CLASSES) | frozenset(VISIT_RAW_CLASSES)


def trie_alternation(words) -> str:
    """Alternation of words (normalised), factored as a trie so the regex engine does not try each
    word in turn; inner spaces match any run of spaces."""
    trie: dict = {}
    for word in {normalize_key(w) for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _longest_first_alternation(words) -> str:
    """Words as a regular-expression alternation, longest first (so a longer word wins over its prefix)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def class_alternation(cues: CueLexicon | None, cls: str) -> str:
    """The written forms of a word-list class of the cue lexicon (seeds/cue_words.csv) as a trie
    alternation (trie_alternation); "" without the cue lexicon or a row of that class. An unknown
    class is an error (CueLexicon.word_alternation)."""
    if cues is None or not cues.word_alternation(cls):
        return ""
    return trie_alternation(cues.lists[cls])


def class_and_unseen_words(cues: CueLexicon | None, cls: str, unseen=()) -> frozenset[str]:
    """The normalised words of a word-list class of the cue lexicon and of its `*_UNSEEN` words (normalised here), as a
    set; the unseen words alone without the cue lexicon. An unknown class is an error, as in CueLexicon.word_alternation."""
    if cues is None:
        return frozenset(normalize_key(w) for w in unseen)
    _check_word_list_class(cls)
    rows = cues.lists.get(cls, ())
    return frozenset(rows) | {normalize_key(w) for w in unseen}


def class_and_unseen_alternation(cues: CueLexicon | None, cls: str, unseen: tuple[str, ...]) -> str:
    """class_alternation of a word-list class, then the words of that list that no real ANT sentence
    shows in its use (kept in code beside their reader, as `*_UNSEEN`), as one alternation; "" when both
    are empty."""
    return "|".join(filter(None, (class_alternation(cues, cls), trie_alternation(unseen))))
