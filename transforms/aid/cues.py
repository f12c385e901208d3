"""The words that make a sum of money aid, or not aid, and that set its type, period and status.

Every set holds normalised words (ة→ه, أإآ→ا, ى→ي), with and without the article; `is_in` tries
each reading of a text token with its proclitics stripped, so وللمساعدات, المساعدات and مساعدات
all find مساعدات, while ودائع still reads as ودائع first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from transforms.arabic_text import normalize_key
from transforms.clitics import proclitic_splits
from transforms.cue_lexicon import CueLexicon, class_and_unseen_alternation, class_and_unseen_words

_ENCLITICS = ("هما", "هم", "ها", "ه", "نا")


@lru_cache(maxsize=1 << 16)
def readings(token: str) -> tuple[str, ...]:
    """The ways a normalised token may split into proclitics, a word and a pronoun, most literal
    first: وللمساعدات → [وللمساعدات, للمساعدات, مساعدات, …]; ودائع keeps ودائع as its first
    reading; خصصته gives خصصه (a noun's possessive) and خصصت (a verb's object); ستعلق gives تعلق."""
    out = [token]
    # (unlike transforms.clitics.readings: the aid lists hold each word with and without ال, ك is read before
    # any word, and a verb's future, dual and plural are read off too)
    for _, prep, word in proclitic_splits(token):
        if prep == "ل" and word.startswith("ل"):
            word = "ال" + word[1:]  # للمساعدات = ل + المساعدات
        for form in (word, word[2:] if word.startswith("ال") else None):
            if form and len(form) >= 2 and form not in out:
                out.append(form)
    # A pronoun on the word: a noun's possessive (مساعداتها، دعمه، قروضهم، دعوته → دعوة) or a
    # verb's object (خصصته، منحتها → خصصت، منحت): a final ت before the pronoun is read both ways.
    for form in list(out):
        for enclitic in _ENCLITICS:
            if form.endswith(enclitic) and len(form) - len(enclitic) >= 3:
                stem = form[: -len(enclitic)]
                stems = (stem[:-1] + "ه", stem) if stem.endswith("ت") and not stem.endswith("ات") else (stem,)
                out.extend(s for s in stems if s not in out)
    # The future prefix on a present verb (ستعلق، سيجمد، سنقدم): the present verb.
    for form in list(out):
        if len(form) >= 5 and form[0] == "س" and form[1] in "يتن":
            if form[1:] not in out:
                out.append(form[1:])
    # A verb's dual or plural ending (وتعهدتا بتأمين، منحتا بسخاء، تعهدوا): the verb's singular.
    for form in list(out):
        for ending, keep in (("تا", 1), ("وا", 0)):
            if form.endswith(ending) and len(form) >= 5:
                stem = form[: len(form) - len(ending) + keep]
                if stem not in out:
                    out.append(stem)
    return tuple(out)


def is_in(token: str, words: frozenset[str]) -> bool:
    """Whether any reading of the normalised token is one of `words` (one set operation in C, no
    generator: the aid rules ask this about half a million times over a 600,000-character text)."""
    return not words.isdisjoint(readings(token))


def _forms(words: str) -> frozenset[str]:
    out = set()
    for word in words.split():
        key = normalize_key(word)
        out.add(key)
        if key.startswith("ال") and len(key) > 4:
            out.add(key[2:])
    return frozenset(out)


# Nouns and verbs that name a transfer of aid or finance (مساعدات، قرض، تبرعت): the words of class aid_transfer
# of seeds/cue_words.csv (AidWords.transfer), and the verbs of lending no real ANT sentence shows in its use.
TRANSFER_UNSEEN = ("أقرض", "أقرضت", "يقرض", "تقرض")
# Sums that are not aid: purchases, trade, investment, budgets, costs, prices, pay, penalties, payments made
# in exchange for something (نظير، مقابل), appeals and needs (not yet transfers): the words of class
# aid_not_aid (AidWords.not_aid), and a verb of costing no real ANT sentence shows.
NOT_AID_UNSEEN = ("تتكلف",)
# Period: per year or per month: the word lists of classes aid_annual and aid_monthly of seeds/cue_words.csv
# (AidWords.annual, AidWords.monthly).
# Aid type, by the adjective or noun beside the sum: the word lists of classes aid_military,
# aid_humanitarian, aid_development, aid_economic and aid_loan of seeds/cue_words.csv (AidWords.aid_types).
AID_TYPE_CLASSES = ("military", "humanitarian", "development", "economic", "loan")
# Words that tell an aid figure's type only (never a party's role, unlike AidWords.aid_types, which parties.py
# skips between a head noun and its party): the people aid reaches (للمدنيين المتأثرين بالنزاع، للمتضررين)
# and the relief agencies it goes to (لأونروا، للأونروا، اليونيسف، برنامج الأغذية العالمي) make it
# humanitarian (class aid_humanitarian_hint); rebuilding (لإعادة بناء جامع النوري، لإعادة بناء اليمن) makes it
# development (class aid_development_hint): AidWords.type_hints.
AID_TYPE_HINT_CLASSES = {"humanitarian": "aid_humanitarian_hint", "development": "aid_development_hint"}
# Words that tell an aid figure's status only (never a model feature, unlike AidWords.cut and .pledged,
# which the aid model reads as fitted): the present of the verbs of cutting with ت, which class aid_cut lists only with ي
# (لكنها ستعلق تسليم 65 مليون دولار، تجمد، تقطع، تحجب، تلغي، تقلص: class aid_cut_status), and the announcing or
# ready giver (معلنا عن حزمة ودائع … بقيمة 15 مليار دولار، مستعدة لتقديم قرض آخر بقيمة نحو 150 مليون دولار: class
# aid_pledge_status).
# A promise after a verb of cutting makes a pledge, not a cut (قطع وعودا، بقطع وعود بتقديم، قطعت تعهدات، قطع عهدا):
# the words of class aid_promise (AidWords.promises).
# Status: a cut (reduced, frozen, stopped, withheld) or a pledge (promised, to be given): the word
# lists of classes aid_cut and aid_pledge of seeds/cue_words.csv (AidWords.cut, AidWords.pledged).
# Verbs that make a sum given (قدمت، منحت، دفعت، تسلمت، بلغت، أفرجت): class aid_provided (AidWords.provided).
# Verbs whose subject gives (فرنسا تعهدت، قدمت دولة الإمارات): the word list of class aid_give of
# seeds/cue_words.csv (AidWords.give; سلم hands over, تسلم receives: AidWords.receive). The verbal nouns of
# giving (class aid_give_noun: تقديم، تخصيص; AidWords.give_nouns) take their giver after them (تقديم المملكة
# العربية السعودية لـ100 مليون دولار).
# Words before a party that make it the recipient (إلى اليمن، لصالح الأونروا، لدعم الجيش اللبناني): class
# aid_to (AidWords.to_party). تمويل and دعم take what they fund after them (وقف تمويل الأونروا), unlike تقديم
# (تقديم المملكة).
# Head nouns of an institution named as a recipient without quotes at the end of the sum's clause
# (لصالح شبكة مستشفيات القدس الشرقية، لدعم الأوقاف الإسلامية في القدس، لمؤسسة كلينتون): frames._plain_body.
# The head nouns are class aid_institution_head (AidWords.institution_heads), normalised, without the article
# (the pattern allows it).
# Lenders: an organisation whose name opens with a bank (البنك الدولي، البنك الإسلامي للتنمية، بنك
# الاستثمار الأوروبي) or with صندوق النقد (صندوق النقد الدولي، صندوق النقد العربي): class aid_lender_opening
# (AidWords.lender_openings). A lender gives; a state does not lend to it (candidates._lender_lends).


def is_lender(name: str, openings: tuple[str, ...]) -> bool:
    """Whether an organisation's name opens with one of `openings` (AidWords.lender_openings)."""
    return (normalize_key(name) + " ").startswith(openings)


# Words that name a report's source (بحسب وزارة الخزانة الأميركية، وفقا لمكتب الأمم المتحدة، نقلا عن;
# class aid_source, AidWords.source): a party a few words after them reports the sum, it neither gives
# nor receives it.
SOURCE_REACH = 3


def after_source(tokens, first_token: int, t0: int, source: frozenset[str]) -> bool:
    """Whether a source word (`source`, AidWords.source) stands within SOURCE_REACH words before the
    token `first_token` in the sentence starting at token `t0`."""
    return any(is_in(tokens[i][2], source) for i in range(max(t0, first_token - SOURCE_REACH), first_token))


# Words before a party that make it the donor (من صندوق النقد الدولي، من المملكة): class aid_from
# (AidWords.from_party). Nouns a donor or recipient adjective may follow without changing its role (الجيش
# اللبناني): class aid_party_head (AidWords.heads). The donors as a body, named by no state (وكان المانحون قد
# تعهدوا، تعهدت الجهات المانحة), a donor that is unknown (null): a plural of مانح (class aid_donor_body), or a
# plural noun (class aid_donor_group) with the adjective المانحة (class aid_donor_adjective).
# Words of needing, requiring and hoping (seeds/cue_words.csv class need): a sum they govern is asked
# for, not given (قدرت الأمم المتحدة حاجاتها بـ3,5 مليار دولار، خطة … التي تتطلب 2.96 بليون دولار،
# يأمل في الحصول على تعهدات بقيمة 8 مليارات دولار). An appeal governs the sum through إلى / على (دعا …
# المانحين إلى تقديم 1,4 مليار دولار), not a sum a lender asked a price for (طالب بها صندوق النقد مقابل
# قرض). Nouns that make the sum they name a price, a penalty, a payment owed or a trade figure (class
# price), whatever aid word stands nearer (ودفعه كفالة تبلغ 50 ألف يورو، أن تدفع قطر لهم مبلغ … دولار
# "تعويضا"): the noun right before the sum (past the sum_link words) or right after it. Budgets and
# deficits are not prices: budget support is aid (لدعم الموازنة بمبلغ). Words between a noun and the
# sum it names (class sum_link: كفالة تبلغ، قرض بقيمة، مبلغ قدره). Verbs and nouns of appeal (class
# appeal: دعا، حث، ناشد، طالب، حض، دعوة، مناشدة، نداء): the donors they name are asked to give, not
# giving (دعا الجهات المانحة).
# Money for an election campaign is a political donation, not aid between states (ليبيا قدمت مبلغا
# ماليا لدعم الحملة الانتخابية للرئيس الفرنسي؛ أنفقت رابطة الأسلحة 11.4 مليون دولار لدعم حملة ترامب
# الرئاسية): a campaign noun (class campaign) with an election adjective after it (class electoral).


@dataclass(frozen=True)
class AidWords:
    """The aid word lists kept as rows of seeds/cue_words.csv, read from the document's cue lexicon."""
    needs: frozenset[str]
    price: frozenset[str]
    sum_links: frozenset[str]  # matched as written (a token is a link word, not one of its readings)
    campaign: frozenset[str]
    electoral: frozenset[str]
    payee: frozenset[str]  # individuals paid (class payee): a sum for them is no aid
    ransom: frozenset[str]  # a ransom, a bribe or hostages (class ransom): a sum in their sentence is no aid
    assets: frozenset[str]  # a holder's own funds or assets (class assets): a sum that is part of them is held, not given
    collect: frozenset[str]  # collecting money from others (class collect): the sum raised has the donors as a body
    party_groups: frozenset[str]  # several states together (class party_group: دول، بلدان), with and without ال
    appeal: frozenset[str]  # calls on others to give (class appeal: دعا، يدعو، مناشدة), with their conjugations
    # The lists the aid model reads as fitted, each form as written in its row (class aid_give …):
    give: frozenset[str] = frozenset()  # verbs whose subject gives (قدمت، تعهدت، يمنح)
    receive: frozenset[str] = frozenset()  # verbs whose subject receives (class aid_receive: وتحصل مصر على مساعدات)
    cut: frozenset[str] = frozenset()  # aid cut, frozen or withheld (خفض، تجميد، علقت)
    pledged: frozenset[str] = frozenset()  # aid promised (تعهد، ستقدم، يعتزم)
    aid_types: dict = field(default_factory=dict, compare=False)  # type -> its words (class aid_military …)
    type_words: dict = field(default_factory=dict, compare=False)  # aid_types with classes aid_humanitarian_hint / aid_development_hint: the words that tell the type
    cut_status: frozenset[str] = frozenset()  # cut with class aid_cut_status: the words that tell a cut
    pledge_status: frozenset[str] = frozenset()  # pledged with class aid_pledge_status
    rank: frozenset[str] = frozenset()  # verbs of ranking (class rank: تصدرت، احتلت): تصدرت الدول المانحة
    total: frozenset[str] = frozenset()  # nouns of a whole after من (class aid_total: الإجمالي، أصل، مجموع, with the forms the lexicon makes of each row)
    each: frozenset[str] = frozenset()  # كل of a sum per head (class aid_each); candidates._each_one also reads it after و
    not_each: frozenset[str] = frozenset()  # words after كل that make it no sum per head (class aid_not_each: من، هذه، عام)
    sum_nouns: frozenset[str] = frozenset()  # nouns of a sum (class aid_sum_noun: مبلغ) and their forms, with and without ال
    frozen: frozenset[str] = frozenset()  # participles of freezing (class aid_frozen: مجمدة) and their forms, with and without ال
    benefit: frozenset[str] = frozenset()  # nouns that with ل mark the party paid (class aid_benefit: صالح، حساب) and their forms
    against: frozenset[str] = frozenset()  # words of fighting (class aid_against: ضد، مكافحة، محاربة) and their forms; candidates reads them with ل too
    receive_links: frozenset[str] = frozenset()  # the preposition of a verb of receiving (class aid_receive_link: على), bare and with each pronoun (عليه، عليها)
    appeal_to: frozenset[str] = frozenset()  # the prepositions of an appeal (class aid_appeal_to: إلى، على), as written
    source: frozenset[str] = frozenset()  # words that name a report's source (class aid_source: حسب، وفق، طبقا، نقلا) and their forms
    quantity_particles: frozenset[str] = frozenset()  # particles between a link word and its sum (class aid_quantity_particle: عن، من، ما، إلى), as written
    annual: frozenset[str] = frozenset()  # adjectives of a year (class aid_annual: سنويا، سنوية) and their forms
    monthly: frozenset[str] = frozenset()  # adjectives of a month (class aid_monthly: شهريا، شهرية) and their forms
    give_nouns: frozenset[str] = frozenset()  # verbal nouns of giving (class aid_give_noun: تقديم، تخصيص) and their forms
    # verbal nouns of granting or supporting (class aid_agent_noun: منح، دعم) and their forms: the party right after one
    # gives where another party follows it (بمنح بروكسل أنقرة، دعم الأمم المتحدة لميليشيات الحوثي; parties._agent_of_noun)
    agent_nouns: frozenset[str] = frozenset()
    rebuilding: frozenset[str] = frozenset()  # nouns of rebuilding (class aid_rebuilding: إعمار) and their forms
    belonging: frozenset[str] = frozenset()  # participles of belonging (class aid_belonging: تابع، موال) and their forms, with and without ال
    relatives: frozenset[str] = frozenset()  # relative pronouns (class relative: الذي، التي، الذين، اللذان …), as written
    own_country: frozenset[str] = frozenset()  # «his / her country» (class aid_own_country: بلاده، بلادها), as written and after و
    dual_relatives: frozenset[str] = frozenset()  # relative pronouns of the dual (class aid_dual_relative: اللذان، اللتين), as written
    kana: frozenset[str] = frozenset()  # كان، كانت، كانوا (class aid_kana: verb rows without a present, so as written)
    impersonal: frozenset[str] = frozenset()  # تم (class aid_impersonal), as written and after و
    locative: frozenset[str] = frozenset()  # prepositions of place (class aid_locative: في، داخل)
    # The words the rules read as written, each with and without ال (_forms):
    transfer: frozenset[str] = frozenset()  # aid or finance (class aid_transfer: مساعدات، قرض) and TRANSFER_UNSEEN
    not_aid: frozenset[str] = frozenset()  # money that is no aid (class aid_not_aid: صفقة، استثمار) and NOT_AID_UNSEEN
    promises: frozenset[str] = frozenset()  # a promise after a verb of cutting (class aid_promise: وعود، تعهدات)
    cut_nouns: frozenset[str] = frozenset()  # verbal nouns of cutting, no finite verb (class aid_cut_noun: تجميد، تعليق)
    to_party: frozenset[str] = frozenset()  # before the recipient (class aid_to: إلى، لصالح، لدعم)
    from_party: frozenset[str] = frozenset()  # before the donor (class aid_from: من، قبل)
    heads: frozenset[str] = frozenset()  # nouns a party's adjective follows (class aid_party_head: الحكومة، الجيش)
    donor_bodies: frozenset[str] = frozenset()  # the donors as a body (class aid_donor_body: المانحون)
    donor_groups: frozenset[str] = frozenset()  # a plural noun the donors' adjective follows (class aid_donor_group: الجهات)
    donor_adjective: frozenset[str] = frozenset()  # the donors' adjective (class aid_donor_adjective: المانحة)
    provided: frozenset[str] = frozenset()  # verbs that make a sum given (class aid_provided: قدمت، دفعت، بلغت)
    form: frozenset[str] = frozenset()  # nouns of the form aid takes after على / في (class aid_form: شكل، هيئة)
    kingdom: frozenset[str] = frozenset()  # "the kingdom" said bare (class aid_kingdom: المملكة)
    # Read exactly as written (normalised), no ال variant made:
    institution_heads: frozenset[str] = frozenset()  # heads of an institution's name (class aid_institution_head: مؤسسة، جمعية)
    lender_openings: tuple[str, ...] = ()  # a lender's name opens so, each with a space after (class aid_lender_opening: البنك، صندوق النقد)
    complementisers: frozenset[str] = frozenset()  # words that end the speaker's clause (class aid_complementiser: أن، بأنه)
    stems: tuple[str, ...] = ()  # pieces of an aid word, found anywhere in a text by the quick look (class aid_stem: مساعد، قرض)
    equivalent: frozenset[str] = frozenset()  # words before a sum that restate another (class aid_equivalent: يعادل; equivalent_words)
    # a word of since, eight words at most, then a year (class aid_since: منذ; SINCE_UNSEEN: من بداية، اعتبارا من; since_pattern)
    since: re.Pattern | None = None
    # Read exactly as written (normalised), each with the words of its *_UNSEEN tuple:
    # a preposition that governs the party right after it, or the noun its adjective follows (class aid_party_preposition:
    # في، على، مع; PARTY_PREPOSITION_UNSEEN): the party is no subject of its clause (parties._after_preposition)
    party_prepositions: frozenset[str] = frozenset()
    # what may stand between the donors as a body and their verb of giving (class aid_gives_between: قد، الذين;
    # GIVES_BETWEEN_UNSEEN): المانحون الذين تعهدوا (parties._gives_next)
    gives_between: frozenset[str] = frozenset()
    # the words after which a state is the leader of the body before it (class aid_led_by: تقوده، بقيادة;
    # LED_BY_UNSEEN): للتحالف الدولي الذي تقوده الولايات المتحدة names no party of the sum (parties.party_mentions)
    led_by: frozenset[str] = frozenset()
    # An accusation (class accusation: اتهم، اتهامات، مزاعم، بتهمة): a sum in its sentence is what someone is
    # accused of paying or taking, not aid.
    accusation: frozenset[str] = frozenset()
    # A denial (class accusation_denial: نفى، ينفي) whose denier is a party of the sum, and a court named after أمام
    # (class accusation_court: محكمة): the sum is what an accuser says that party paid (candidates._accused).
    denial: frozenset[str] = frozenset()
    court: frozenset[str] = frozenset()


# The words of classes aid_party_preposition and aid_gives_between whose leaving out changes no row of the non-gold ANT
# articles that hold one with an aid word and a currency (each left out in turn), so that no row can carry a real example
# of them, stay here.
# (Over 19 to 319 articles each: إلى 319, بين 179, حول 87, داخل 40, ضد 88, عن 270, لدى 48, منذ 157; قد 158, وقد 96,
# الذين 82, التي 294, كانوا 19.)
PARTY_PREPOSITION_UNSEEN = ("إلى", "عن", "داخل", "بين", "منذ", "حول", "ضد", "لدى")
GIVES_BETWEEN_UNSEEN = ("قد", "وقد", "الذين", "التي", "كانوا")
# The words of class aid_led_by that no row of a non-gold ANT article shows deciding anything (yet).
LED_BY_UNSEEN = ("بقيادة", "يقوده", "تقودها", "يقودها", "بزعامة", "تتزعمه", "يتزعمه", "تتزعمها", "يتزعمها")
_AID_WORDS: dict[int, tuple[CueLexicon, AidWords]] = {}
# The AidWords fields read from a class as written (one written form a row), each with and without ال.
_AS_WRITTEN_LISTS = {"promises": "aid_promise", "cut_nouns": "aid_cut_noun", "to_party": "aid_to", "from_party": "aid_from",
                     "heads": "aid_party_head", "donor_bodies": "aid_donor_body", "donor_groups": "aid_donor_group",
                     "donor_adjective": "aid_donor_adjective"}


# The AidWords fields of the classes added later (session 31), each checked non-empty.
_LATER_LISTS = {"provided": "aid_provided", "form": "aid_form", "kingdom": "aid_kingdom",
                "institution_heads": "aid_institution_head", "lender_openings": "aid_lender_opening",
                "complementisers": "aid_complementiser", "stems": "aid_stem"}


def aid_words(lexicon: CueLexicon) -> AidWords:
    """The aid word lists of a cue lexicon (built once per lexicon)."""
    found = _AID_WORDS.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        lists = lexicon.lists
        give, receive, cut, pledged = (_forms(" ".join(lists.get(cls, ())))
                                       for cls in ("aid_give", "aid_receive", "aid_cut", "aid_pledge"))
        aid_types = {t: _forms(" ".join(lists.get("aid_" + t, ()))) for t in AID_TYPE_CLASSES}
        words = AidWords(*(_forms(" ".join(lists.get(cls, ()))) for cls in ("need", "price")),
                         frozenset(lists.get("sum_link", ())),
                         *(_forms(" ".join(lists.get(cls, ()))) for cls in ("campaign", "electoral", "payee", "ransom", "assets", "collect")),
                         _forms(" ".join(w for lemma in lists.get("party_group", ()) for w in (lemma, "ال" + lemma))),
                         _forms(" ".join(lists.get("appeal", ()))),
                         give=give, receive=receive, cut=cut, pledged=pledged, aid_types=aid_types,
                         type_words={t: w | _forms(" ".join(lists.get(AID_TYPE_HINT_CLASSES.get(t, ""), ())))
                                     for t, w in aid_types.items()},
                         cut_status=cut | _forms(" ".join(lists.get("aid_cut_status", ()))),
                         pledge_status=pledged | _forms(" ".join(lists.get("aid_pledge_status", ()))),
                         provided=_forms(" ".join(lists.get("aid_provided", ()))),
                         form=_forms(" ".join(lists.get("aid_form", ()))),
                         kingdom=_forms(" ".join(lists.get("aid_kingdom", ()))),
                         institution_heads=frozenset(lists.get("aid_institution_head", ())),
                         lender_openings=tuple(w + " " for w in lists.get("aid_lender_opening", ())),
                         complementisers=frozenset(lists.get("aid_complementiser", ())),
                         stems=tuple(lists.get("aid_stem", ())), equivalent=equivalent_words(lexicon),
                         since=since_pattern(lexicon),
                         rank=frozenset(lists.get("rank", ())), total=frozenset(lists.get("aid_total", ())),
                         each=frozenset(lists.get("aid_each", ())),
                         not_each=_forms(" ".join(lists.get("aid_not_each", ()))),
                         sum_nouns=frozenset(w for f in lists.get("aid_sum_noun", ()) for w in (f, "ال" + f)),
                         frozen=frozenset(w for f in lists.get("aid_frozen", ()) for w in (f, "ال" + f)),
                         benefit=frozenset(lists.get("aid_benefit", ())),
                         against=frozenset(lists.get("aid_against", ())),
                         receive_links=frozenset(f + e for f in lists.get("aid_receive_link", ()) for e in ("",) + _ENCLITICS),
                         appeal_to=frozenset(lists.get("aid_appeal_to", ())),
                         quantity_particles=frozenset(lists.get("aid_quantity_particle", ())),
                         source=frozenset(lists.get("aid_source", ())),
                         annual=_forms(" ".join(lists.get("aid_annual", ()))),
                         monthly=_forms(" ".join(lists.get("aid_monthly", ()))),
                         give_nouns=_forms(" ".join(lists.get("aid_give_noun", ()))),
                         agent_nouns=_forms(" ".join(lists.get("aid_agent_noun", ()))),
                         rebuilding=_forms(" ".join(lists.get("aid_rebuilding", ()))),
                         belonging=frozenset(w for f in lists.get("aid_belonging", ()) for w in (f, "ال" + f)),
                         relatives=frozenset(lists.get("relative", ())),
                         own_country=frozenset(w for f in lists.get("aid_own_country", ()) for w in (f, "و" + f)),
                         dual_relatives=frozenset(lists.get("aid_dual_relative", ())),
                         kana=frozenset(lists.get("aid_kana", ())),
                         impersonal=frozenset(w for f in lists.get("aid_impersonal", ()) for w in (f, "و" + f)),
                         locative=_forms(" ".join(lists.get("aid_locative", ()))),
                         transfer=_forms(" ".join(lists.get("aid_transfer", ()) + TRANSFER_UNSEEN)),
                         not_aid=_forms(" ".join(lists.get("aid_not_aid", ()) + NOT_AID_UNSEEN)),
                         party_prepositions=class_and_unseen_words(lexicon, "aid_party_preposition", PARTY_PREPOSITION_UNSEEN),
                         gives_between=class_and_unseen_words(lexicon, "aid_gives_between", GIVES_BETWEEN_UNSEEN),
                         led_by=class_and_unseen_words(lexicon, "aid_led_by", LED_BY_UNSEEN),
                         accusation=_forms(" ".join(lists.get("accusation", ()))),
                         denial=_forms(" ".join(lists.get("accusation_denial", ()))),
                         court=_forms(" ".join(lists.get("accusation_court", ()))),
                         **{name: _forms(" ".join(lists.get(cls, ()))) for name, cls in _AS_WRITTEN_LISTS.items()})
        if not all((words.needs, words.price, words.sum_links, words.campaign, words.electoral, words.payee,
                    words.ransom, words.assets, words.collect, words.party_groups, words.appeal,
                    words.give, words.receive, words.cut, words.pledged, words.total, words.each, words.not_each, words.sum_nouns, words.frozen, words.benefit,
                    words.against, words.receive_links, words.appeal_to, words.quantity_particles, words.source, words.annual, words.monthly, words.give_nouns, words.agent_nouns,
                    words.rebuilding, words.belonging, words.relatives, words.own_country, words.dual_relatives,
                    words.kana, words.impersonal, words.locative, words.accusation, words.denial, words.court,
                    *aid_types.values(),
                    *(getattr(words, name) for name in ("transfer", "not_aid", *_AS_WRITTEN_LISTS, *_LATER_LISTS)),
                    *(words.type_words[t] - aid_types[t] for t in AID_TYPE_HINT_CLASSES),
                    words.cut_status - cut, words.pledge_status - pledged)):
            raise ValueError("the cue lexicon lacks the need, price, sum_link, campaign, electoral, payee, ransom, assets, collect, party_group, "
                             "appeal, aid_give, aid_receive, aid_cut, aid_pledge, aid_total, aid_each, aid_not_each, aid_sum_noun, aid_frozen, aid_benefit, "
                             "aid_against, aid_receive_link, aid_appeal_to, aid_quantity_particle, aid_source, aid_annual, aid_monthly, "
                             "aid_give_noun, aid_agent_noun, aid_rebuilding, aid_belonging, aid_own_country, aid_dual_relative, aid_kana, aid_impersonal, aid_locative, accusation, accusation_denial, accusation_court, relative, aid type, "
                             "aid_transfer, aid_not_aid, " + ", ".join(_AS_WRITTEN_LISTS.values()) + ", " + ", ".join(_LATER_LISTS.values())
                             + ", aid_humanitarian_hint, aid_development_hint, aid_cut_status, aid_pledge_status words (seeds/cue_words.csv)")
        found = _AID_WORDS[id(lexicon)] = (lexicon, words)
    return found[1]


# Relative pronouns (class relative of seeds/cue_words.csv, AidWords.relatives): a party before الذي/الذين
# تعهدوا is the subject of the verb that follows.
# Words that end the speaker's clause: what follows is the reported fact (كشف أن الحرس الثوري صرف): class
# aid_complementiser (AidWords.complementisers), matched as written. The shared class complementiser (أن، بأن،
# لأن) is another list: it has لأن and lacks the pronoun forms (أنه، أنها) this one reads.
# What follows في / على after المساعدة when it names the form of the aid, not a task helped with
# (وستكون المساعدة على شكل معدات): class aid_form (AidWords.form).
# Words before a sum that restate another sum (… درهم (1.02 مليار دولار)، أي ما يعادل …): the rows of class
# aid_equivalent of seeds/cue_words.csv, read as written (equivalent_words, AidWords.equivalent, which money_in reads
# for the aid rules and candidates; the analysed document's money layer, which only tells which sentences hold a sum,
# reads EQUIVALENT_UNSEEN: a restated sum never stands alone in its sentence). Those whose leaving out changes no row
# of an ANT article in no gold file, so that no row can carry a real example of them, stay in EQUIVALENT_UNSEEN: each
# of the four, left out in turn, changes no row of the non-gold articles that hold it and a currency, so the class has
# no row yet.
EQUIVALENT_UNSEEN = ("يعادل", "يوازي", "يعادلها", "يساوي")
_EQUIVALENT_UNSEEN_FORMS = _forms(" ".join(EQUIVALENT_UNSEEN))


# The words before a year that make it the year a sum has been paid since (منذ توقيعها معاهدة سلام مع إسرائيل عام
# 1979، من بداية عام 2018، اعتبارا من 2019), and a span of years, which counts from its first (خلال الفترة من أبريل 2015
# إلى مايو 2018، في الفترة ما بين عامي 2006 و2009): the rows of class aid_since of seeds/cue_words.csv, read as written
# (since_pattern, AidWords.since); those whose leaving out changes no row of an ANT article in no gold file stay in
# SINCE_UNSEEN. Each of these six was left out in turn over the 332 non-gold articles that hold one (من بداية 15, ابتداء
# من 40, اعتبارا من 143, الفترة من 66, الفترة ما بين 34, الفترة بين 41): no aid row changes, so no row can carry a real
# example of them. (The spans came with issue 9's since-year, merged from main with aid/frames.py's _SINCE.)
SINCE_UNSEEN = ("من بداية", "ابتداء من", "اعتبارا من", "الفترة من", "الفترة ما بين", "الفترة بين")


def since_pattern(lexicon: CueLexicon) -> re.Pattern | None:
    """A word of since (class aid_since and SINCE_UNSEEN, cue_lexicon.class_and_unseen_alternation), eight words at
    most, then a year (group 2); None without one."""
    words = class_and_unseen_alternation(lexicon, "aid_since", SINCE_UNSEEN)
    if not words:
        return None
    return re.compile(rf"(?:{words})((?:\s+\S+){{0,8}}?)\s+\D{{0,3}}((?:19|20)\d\d)(?!\d)")


def equivalent_words(lexicon: CueLexicon | None) -> frozenset[str]:
    """The words of class aid_equivalent (and EQUIVALENT_UNSEEN), as written; aid_words keeps them per lexicon."""
    if lexicon is None:
        return _EQUIVALENT_UNSEEN_FORMS
    return _forms(" ".join(tuple(lexicon.lists.get("aid_equivalent", ())) + EQUIVALENT_UNSEEN))


# "The kingdom" said bare (تخصيص المملكة لـ 1.5 مليار دولار، أن المملكة تصدرت الدول المانحة): class aid_kingdom
# (AidWords.kingdom), the state the article names that calls itself a kingdom (المملكة العربية السعودية، المملكة
# الأردنية الهاشمية، المملكة المغربية، مملكة البحرين، المملكة المتحدة). Where two are named equally, the
# earlier in this list, the order in which the Arab press most often means them by المملكة.
KINGDOMS = ("SA", "MA", "JO", "BH", "GB")
