"""Aid extraction in three steps over the analysed body: candidates, features, decisions.

1. Candidates: every sum of money (an amount with its currency) in the body, each with the
   parties of its sentence (states, capitals and territories, organisations) as possible donors
   and recipients. The frame rules of frames.py and parties.py give their reading of each sum
   (aid or not; donors; recipient), kept as features, never as the only way in.
2. Features, named: aid and not-aid words near the sum (seeds/cue_words.csv classes aid_noun,
   give, pledge, cut, receive, not_aid and the aid cue lists), the size of the sum, and for each
   party the words that mark its role (من، إلى، لصالح، ل…), its distance and side, its kind.
3. Decisions: the `aid` model says whether a sum is an aid figure; the `aid-donor` and
   `aid-recipient` models score each party. Donors are the parties at or above the donor
   threshold (a joint package gives one record per donor), else the best one; the recipient
   is the best party above the recipient threshold, else none. Period, type, status and the
   year the flow began come from frames.py's rules.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from transforms.aid import cues
from transforms.aid.frames import (
    Money, _aid_type, _AidWord, _is_aid, _main_country, _nearest, _period, _since_year,
    _status, _subject_gives, aid_tokens, cut_governs_sum, extract_aid, gapped_giver, giving_verb_subject, money_in)
from transforms.aid.parties import DONOR_BODY, ByFirstToken, Mention, Party, _clause_start, _joined, _role, first_person_give, party_mentions, sentence_sum_parties, token_span
from transforms.document import Document

_AID_CLASSES = ("aid_noun", "give", "pledge", "cut", "receive", "not_aid")
_WINDOW = 12
_VETO = 0.1  # below this probability a sum the frame rules took is dropped


@dataclass
class PartyCandidate:
    mention: Mention
    features: dict = field(default_factory=dict)
    p_donor: float = 0.0
    p_recipient: float = 0.0

    @property
    def party(self) -> Party:
        return self.mention.party


@dataclass
class AidCandidate:
    sentence: int
    money: Money
    char_start: int
    char_end: int
    parties: list[PartyCandidate]
    rule_donors: list[Party]
    rule_recipient: Party | None
    rule_is_aid: bool
    rule_records: list[dict] = field(default_factory=list)  # extract_aid's records for this sum
    features: dict = field(default_factory=dict)
    probability: float = 0.0
    # The giver of a later sum in a list that shares the verb of giving of the sum before (وهولندا بـ300
    # مليون after سيساهم الاتحاد الأوروبي بحجم 150 مليون يورو): frames.gapped_giver.
    gapped_giver: Mention | None = None


@dataclass
class AidContext:
    doc: Document
    tokens: list  # (start, end, text) over the normalised text, the frames' tokens
    starts: list[int]
    mentions: list[Mention]
    main_country: str | None
    published_year: int | None
    words: cues.AidWords  # the word lists of seeds/cue_words.csv (need, price, sum_link)
    # Built once per text, read sentence by sentence: the party mentions by first token, and the
    # persons that carry a country (Party, first token), by first token.
    by_token: ByFirstToken = field(default=None)
    persons: ByFirstToken = field(default=None)


def build_aid_context(doc: Document, published_year: int | None) -> AidContext:
    ntext = doc.norm.text
    tokens = aid_tokens(ntext)
    starts = [t[0] for t in tokens]
    if doc.cue_lexicon is None:
        raise ValueError("aid reads its word lists from the document's cue lexicon: analyse the text with lexicons")
    words = cues.aid_words(doc.cue_lexicon)
    mentions = party_mentions(doc.entities, doc.to_normalised, starts, tokens, words, words.party_groups)
    persons = [(Party(m.row["country_iso2"], None), max(0, bisect.bisect_right(starts, doc.to_normalised(m.char_start)) - 1))
               for m in doc.mentions.get("person", ()) if m.row.get("country_iso2")]
    return AidContext(doc, tokens, starts, mentions, _main_country(doc.entities), published_year, words,
                      ByFirstToken(mentions, [m.first_token for m in mentions]),
                      ByFirstToken(persons, [first for _, first in persons]))


def sentence_tokens(ctx: AidContext, index: int) -> tuple[int, int]:
    """The first token of sentence `index` and the first token after it (the frames' tokens)."""
    s, e = ctx.doc.sentences[index]
    return bisect.bisect_left(ctx.starts, ctx.doc.to_normalised(s)), bisect.bisect_left(ctx.starts, ctx.doc.to_normalised(e))


def aid_candidates(ctx: AidContext, currencies, rule_records: list[dict] = ()) -> list[AidCandidate]:
    doc, tokens, starts = ctx.doc, ctx.tokens, ctx.starts
    named = {c["iso2"] for c in doc.entities.get("countries", ())}
    out = []
    # The document's money layer already found the sums: only their sentences are read again.
    money_starts = sorted(m.char_start for m in doc.mentions.get("money", ()))
    for index, (s, e) in enumerate(doc.sentences):
        first = bisect.bisect_left(money_starts, s)
        if first == len(money_starts) or money_starts[first] >= e:
            continue
        ns, ne = doc.to_normalised(s), doc.to_normalised(e)
        t0, t1 = sentence_tokens(ctx, index)
        sums = money_in(doc.norm.text, ns, ne, tokens, starts, currencies, named, ctx.words.equivalent)
        if not sums:
            continue
        in_sentence = ctx.by_token.between(t0, t1)
        extra = _context_parties(ctx, index, t0, t1, in_sentence)
        given_before = None  # the sum before, when a verb of giving governs it (or the list it opens)
        for money, (donors, recipient) in zip(sums, sentence_sum_parties(tokens, in_sentence, sums, t0, t1, ctx.words)):
            a, b = doc.norm.span_to_original(money.start, money.end)
            c = AidCandidate(index, money, a, b, [PartyCandidate(m) for m in in_sentence + extra], donors, recipient,
                             _is_aid(tokens, money, t0, t1, ctx.words))
            c.rule_records = [r for r in rule_records if r["evidence_start"] == s and r["amount"] == money.value
                              and r["amount_surface"] == doc.text[a:b]]
            c.features = _money_features(c, ctx, t0, t1)
            c.gapped_giver = gapped_giver(tokens, money, given_before, t1, ctx.words, in_sentence)
            # No model reads it (not refitted): decide_aid keeps such a sum as it keeps verb_gives_sum.
            c.features["gapped_gives_sum"] = float(c.gapped_giver is not None)
            given_before = money if c.features["verb_gives_sum"] or c.gapped_giver is not None else None
            for p in c.parties:
                p.features = _party_features(p, c, ctx, in_sentence, t0, t1)
            out.append(c)
    return out


def _context_parties(ctx: AidContext, index: int, t0: int, t1: int, in_sentence: list[Mention]) -> list[Mention]:
    """Parties a sentence may mean without naming them as states: the country of a person it
    names (وقالت ميركل "سنقدم"، إدارة ترامب), the parties of the two sentences before it, and the
    country the article is about."""
    doc, starts = ctx.doc, ctx.starts
    have = {m.party for m in in_sentence}
    out: list[Mention] = []

    def add(party: Party, first: int, via: str) -> None:
        if party not in have:
            have.add(party)
            out.append(Mention(party, first, first, 0, via))

    p0 = bisect.bisect_left(starts, doc.to_normalised(doc.sentences[max(0, index - 2)][0]))
    for party, first in ctx.persons.between(t0, t1):
        add(party, first, "person")
    # A speaker named just before ("وقال الجبير ... خصصنا"): the speaker's country.
    for party, first in ctx.persons.between(p0, t0):
        add(party, first, "speaker")
    if index > 0:
        for m in ctx.by_token.between(p0, t0):
            add(m.party, m.first_token, "previous")
    if ctx.main_country:
        add(Party(ctx.main_country, None), t0, "main")
    return out


def _scaled(d: int | None) -> float:
    if d is None:
        return 1.0
    return math.log1p(min(d, 30)) / math.log1p(30)


def _money_features(c: AidCandidate, ctx: AidContext, t0: int, t1: int) -> dict[str, float]:
    tokens, money = ctx.tokens, c.money
    f = {"rule_record": float(bool(c.rule_records)),
         "rule_is_aid": float(c.rule_is_aid), "rule_has_donor": float(bool(c.rule_donors)),
         "rule_has_recipient": float(c.rule_recipient is not None)}
    aid = _nearest(tokens, money, t0, t1, _AidWord(tokens, ctx.words.transfer, ctx.words.form), _WINDOW, _WINDOW)
    not_aid = _nearest(tokens, money, t0, t1, ctx.words.not_aid, _WINDOW, _WINDOW)
    f["aid_word_dist"] = _scaled(aid)
    f["not_aid_dist"] = _scaled(not_aid)
    f["aid_nearer"] = float(aid is not None and (not_aid is None or aid < not_aid))
    # A verb of giving that governs the sum, alone or with its subject (تقدمت الكويت بـ250 مليون دولار، ستقدم
    # أكثر من مليار يورو): given, where no word of aid stands near.
    f["verb_gives_sum"] = float(_subject_gives(tokens, money, t1, ctx.words, ctx.by_token.between(t0, t1)))
    # A word of cutting that governs the sum (بحجب نحو 305 ملايين دولار): aid cut, where no word of aid stands near.
    # No model reads it (not refitted): decide_aid keeps such a sum as it keeps verb_gives_sum.
    f["cut_governs_sum"] = float(cut_governs_sum(tokens, money, t1, ctx.words, ctx.by_token.between(t0, t1)))
    for name, words in (("give", ctx.words.give), ("pledge", ctx.words.pledged), ("cut", ctx.words.cut), ("receive", ctx.words.receive)):
        f[f"{name}_dist"] = _scaled(_nearest(tokens, money, t0, t1, words, _WINDOW, _WINDOW))
    doc = ctx.doc
    first, end = doc.sentence_tokens[c.sentence]
    in_sentence = {x.cue.cls for x in doc.cues_in(first, end)}  # one look-up, not one per class
    for cls in _AID_CLASSES:
        f[f"sent_{cls}"] = float(cls in in_sentence)
    f["log_amount"] = min(max(math.log10(max(money.value, 1.0)) - 3, 0), 9) / 9
    f[f"currency_{money.currency if money.currency in ('USD', 'EUR') else 'other'}"] = 1.0
    f["n_parties"] = min(len({p.party for p in c.parties}), 4) / 4
    f["has_state"] = float(any(p.party.iso2 for p in c.parties))
    f["lead_sentence"] = float(c.sentence <= 1)
    return f


def _party_features(p: PartyCandidate, c: AidCandidate, ctx: AidContext, in_sentence: list[Mention],
                    t0: int, t1: int) -> dict[str, float]:
    tokens, m, money = ctx.tokens, p.mention, c.money
    mention_ends = {x.last_token: x for x in in_sentence}
    near = m.first_token - money.last_token <= 8 and money.first_token - m.last_token <= 8
    role = _role(tokens, m, None, False, near, mention_ends, (money.first_token, money.last_token), ctx.words)
    before = m.last_token < money.first_token
    distance = money.first_token - m.last_token if before else m.first_token - money.last_token
    prefix = tokens[m.first_token][2][:m.prefix_length]
    word_before = tokens[m.first_token - 1][2] if m.first_token > t0 else ""
    f = {
        "rule_role_donor": float(role == "donor"), "rule_role_recipient": float(role == "recipient"),
        "rule_donor": float(p.party in c.rule_donors), "rule_recipient": float(p.party == c.rule_recipient),
        "before_sum": float(before), "dist": _scaled(max(distance, 0)),
        "prefix_l": float(prefix.endswith("ل")), "prefix_b": float(prefix.endswith("ب")),
        "after_from": float(cues.is_in(word_before, ctx.words.from_party)) if word_before else 0.0,
        "after_to": float(cues.is_in(word_before, ctx.words.to_party)) if word_before else 0.0,
        # Aid for people or work in a country (للمدنيين المتأثرين بالنزاع في سوريا) goes to that country.
        "after_in": float(word_before == "في" and m.last_token > money.last_token),
        # The enemy of a coalition or a campaign (التحالف الدولي ضد داعش) receives nothing.
        "after_against": float(word_before in ctx.words.against or (  # ضد، مكافحة، لمحاربة (class aid_against)
            word_before[:1] == "ل" and word_before[1:] in ctx.words.against)),
        f"via_{m.via}": 1.0,
        "is_state": float(p.party.iso2 is not None),
        "main_country": float(p.party.iso2 is not None and p.party.iso2 == ctx.main_country),
        "first_party": float(bool(in_sentence) and in_sentence[0] is m),
        # A party of the reporting clause (كشف الرئيس الأميركي أن …) is its speaker, not the recipient.
        "reporting_clause": float(m.last_token < _clause_start(tokens, money.first_token, t0, ctx.words.complementisers) and m.via not in ("previous", "main")),
        # وقال الجبير … "خصصنا" / "سنقدم للأردن": a speaker's first-person gift is the speaker's country's.
        "speaker_we_give": float(m.via in ("speaker", "person") and any(
            first_person_give(tokens[i][2], ctx.words.give) for i in range(max(t0, money.first_token - _WINDOW), money.first_token))),
    }
    return f


def decide_aid(candidates: list[AidCandidate], ctx: AidContext, models: dict) -> list[dict]:
    """Aid rows from scored candidates; `models` maps 'aid', 'aid-donor', 'aid-recipient' to
    LinearModels (or is empty: then the frame rules' reading decides)."""
    aid_model, donor_model, recipient_model = models.get("aid"), models.get("aid-donor"), models.get("aid-recipient")
    doc = ctx.doc
    rows, seen = [], set()
    restated: list[tuple[float, str] | None] = []  # each row's sum as its sentence restates it in another currency
    for c in candidates:
        flow_cut = None  # the row of the flow a cut sum cuts (_flow_told_before)
        if aid_model is None:
            c.probability = float(bool(c.rule_records))
            keep = c.probability >= 0.5
        else:
            c.probability = aid_model.probability(c.features)
            # The frame rules' records are kept unless the model all but rules them out (a fine, a
            # deadline granted: منح مهلة); the model adds the sums they miss.
            # So is a sum a verb of giving governs (تقدمت الكويت بـ250 مليون دولار): the model, fitted where
            # most such sums also carry a word of aid, ranks it low without one.
            # So is a sum a word of cutting governs (بتجميد نحو 200 مليون دولار … إلى سوريا): a cut sum is aid
            # (status cut), where the frame rules read its receiver (إلى سوريا). Not with the receiver left to the
            # recipient model: a sum withheld from a body (بحجب نحو 305 ملايين دولار إلى دخول "أونروا" في أزمة …
            # خدماتها للاجئين الفلسطينيين) went to the people it serves (PS), not to the body.
            governed = bool(c.features.get("verb_gives_sum")) or c.gapped_giver is not None or (
                bool(c.features.get("cut_governs_sum")) and c.rule_recipient is not None)
            # Or with the flow of that sum told before (أفرجت الولايات المتحدة عن مساعدة عسكرية لمصر بقيمة 195 مليون
            # دولار … قررت إدارة ترامب تجميد 195 مليون دولار): the cut of that flow, whose parties it takes.
            flow_cut = _flow_told_before(rows, c)
            governed = governed or flow_cut is not None
            keep = ((bool(c.rule_records) or governed) and c.probability >= _VETO) \
                or c.probability >= aid_model.threshold
        if keep and _for_a_campaign(ctx, c):
            keep = False  # a political donation, whatever the aid words around it
        if keep and _asked_for(ctx, c):
            keep = False  # a need, an appeal or a hope: the sum is asked for, not given
        if keep and _priced(ctx, c):
            keep = False  # a bail, a compensation, a bill: the noun the sum measures is no aid
        if keep and not c.rule_records and c.gapped_giver is None and _measures_no_aid(c):
            # investments, a deal: the sentence names no aid, only money that is none. Not a later giver's sum
            # in a list: the verb of giving before was read (gapped_giver), and the word of not-aid near it is
            # mostly the first sum's link (سيساهم … بحجم 150 مليون يورو، وهولندا بـ300 مليون: حجم).
            keep = False
        if keep and not c.rule_records and _given_by_person(ctx, c):
            keep = False  # a private person's payment (a financier's transfers), no aid of a state or a body
        if keep and (_paid_to_person(ctx, c) or _each_one(ctx, c)):
            keep = False  # a payment to a person or to individuals, or to each one, not aid to a state or a body
        if keep and _ransom_or_bribe(ctx, c):
            keep = False  # a ransom or a bribe: a payment for hostages or favours, not aid
        if keep and _accused(ctx, c):
            keep = False  # an accusation or an allegation: money someone is accused of paying or taking, not aid
        if keep and _own_funds(ctx, c):
            keep = False  # a part of its holder's own funds or frozen assets: held, not given
        if not keep:
            continue
        # Raised from others, or the total a sum before it is part of: the donors as a body, not the
        # collector nor the giver of that part.
        collected = _collected(ctx, c) or _part_of_total(ctx, c) or (
            bool(c.rule_records) and not c.rule_donors and not _giver_of_its_sentence(candidates, c)
            and _told_as_a_total(ctx, c))
        decided = ("frame rules" if aid_model is None else
                   f"model {aid_model.name} p={c.probability:.2f} (" + ", ".join(aid_model.reasons(c.features)) + ")")
        if aid_model is not None and c.probability < aid_model.threshold and not c.rule_records:
            if c.features.get("verb_gives_sum"):
                decided = "kept below the model's threshold: a sum a verb of giving governs; " + decided
            elif c.gapped_giver is not None:
                decided = "kept below the model's threshold: a later giver's sum sharing the verb of giving before; " + decided
            elif c.features.get("cut_governs_sum") and c.rule_recipient is not None:
                decided = "kept below the model's threshold: a sum a word of cutting governs; " + decided
            elif flow_cut is not None:
                decided = "kept below the model's threshold: a sum a word of cutting governs, its flow told before; " + decided
        if c.rule_records:
            # The frame rules read the parties of this sum (with the discourse before it): they come first.
            for record in c.rule_records:
                how = "parties by frame rules; "
                if collected:
                    record = {**record, "donor_iso2": None, "donor_name_ar": None}
                spread = record["recipient_iso2"] is not None and _spread_over_states(ctx, c, record["recipient_iso2"])
                if spread:
                    record = {**record, "recipient_iso2": None, "recipient_name_ar": None}
                    how = "parties by frame rules, the recipient one of several states; "
                if (not spread and record["recipient_iso2"] is None and not record["recipient_name_ar"] and recipient_model is not None
                        and not _group_recipient(c)):
                    # Aid almost always has a recipient: the model's best party where the rules found none.
                    donor = Party(record["donor_iso2"], record["donor_name_ar"])
                    alone = not any(x is not c and x.sentence == c.sentence for x in candidates)
                    best = _best_recipient(c, [donor, *_other_givers(candidates, c)], recipient_model, in_clause=True,
                                           own_sentence_first=alone)
                    if best is not None and best.iso2 is not None and _spread_over_states(ctx, c, best.iso2):
                        spread, how = True, "parties by frame rules, the recipient one of several states; "
                    elif best is not None:
                        record = {**record, "recipient_iso2": best.iso2, "recipient_name_ar": best.name_ar}
                        how = "donor by frame rules, recipient by model; "
                if not _named_party(record):
                    continue  # the donors as a body giving to no one named: no flow to record
                if record["recipient_iso2"] is None and not record["recipient_name_ar"] and not _group_recipient(c) and not spread:
                    continue  # a giver and no receiver: spending at home (a budget, a bill), no flow to record
                key = (record["donor_iso2"] or record["donor_name_ar"], record["recipient_iso2"] or record["recipient_name_ar"],
                       round(record["amount"]), record["currency"], _cut(record["status"]))
                if key not in seen:
                    seen.add(key)
                    rows.append({**record, "confidence": round(c.probability, 4), "decided_by": how + decided})
                    restated.append(c.money.restated)
            continue
        if flow_cut is not None:
            donors = [Party(flow_cut["donor_iso2"], flow_cut["donor_name_ar"])]
            recipient = Party(flow_cut["recipient_iso2"], flow_cut["recipient_name_ar"])
        elif donor_model is None or recipient_model is None:
            donors, recipient = c.rule_donors, c.rule_recipient
        else:
            score_donors(ctx, c, donor_model)
            donors = _donors(c, donor_model.threshold)
            if aid_model is not None and c.probability < aid_model.threshold:
                # Kept for its verb of giving alone: the one giver of that verb, the subject it names before the
                # sum (فيما قدم الاتحاد الأوروبي 107 ملايين يورو) or else the likeliest, never the joint package
                # the frame rules may read over a list of givers (أما ايطاليا فستقدم 120 مليونا: not the EU too).
                t0, t1 = sentence_tokens(ctx, c.sentence)
                subject = c.gapped_giver or giving_verb_subject(ctx.tokens, c.money, t1, ctx.words, ctx.by_token.between(t0, t1))
                donors = [subject.party] if subject else donors[:1]
            recipient = None if _group_recipient(c) else _best_recipient(c, [*donors, *_other_givers(candidates, c)],
                                                                         recipient_model)
            if aid_model is not None and c.probability < aid_model.threshold and recipient is not None and not any(
                    p.party == recipient and p.mention.via not in _TOLD_AROUND_VIAS for p in c.parties):
                # and its receiver named in its own sentence, or else the country the article is about where the two
                # sentences before do not name it (via main): a sum allocated with no receiver there is mostly spent at
                # home (المغرب يرصد مبلغ 15,8 مليار دولار لاستضافة مونديال 2026), whatever state the sentences before
                # name; a conference's pledges told giver by giver (قالت ألمانيا إنها ستقدم أكثر من مليار يورو) go to the
                # country the article is about.
                recipient = None
        if collected and donors:
            recipient = recipient if recipient is not None and recipient not in donors else None
            donors = [DONOR_BODY]
        if not donors:
            continue
        s, e = doc.sentences[c.sentence]
        t0, t1 = sentence_tokens(ctx, c.sentence)
        money = c.money
        spread = recipient is not None and recipient.iso2 is not None and _spread_over_states(ctx, c, recipient.iso2)
        for donor in donors:
            use = recipient if recipient is not None and recipient.key != donor.key and not spread else None
            if use is None and not _group_recipient(c) and not spread:
                continue  # a giver and no receiver: spending at home (a budget, a bill), no flow to record
            status = _status(ctx.tokens, money, t0, t1, ctx.words)
            key = (donor.iso2 or donor.name_ar, use.iso2 or use.name_ar if use else None, round(money.value), money.currency,
                   _cut(status))
            if key in seen:
                continue
            seen.add(key)
            rows.append({
                "donor_iso2": donor.iso2, "donor_name_ar": donor.name_ar,
                "recipient_iso2": use.iso2 if use else None, "recipient_name_ar": use.name_ar if use else None,
                "amount": money.value, "currency": money.currency,
                "period": _period(ctx.tokens, money, t0, t1, ctx.words), "aid_type": _aid_type(ctx.tokens, money, t0, t1, ctx.words),
                "since_year": _since_year(doc.norm.text[doc.to_normalised(s):doc.to_normalised(e)], ctx.published_year,
                                          ctx.words.since),
                "status": status,
                "evidence": doc.text[s:e], "evidence_start": s, "evidence_end": e,
                "amount_surface": doc.text[c.char_start:c.char_end],
                "confidence": round(c.probability, 4), "decided_by": decided,
            })
            restated.append(c.money.restated)
    return _one_direction([_lender_lends(row, ctx.words.lender_openings) for row in _restatements_folded(rows, restated)])


def _flow_told_before(rows: list[dict], c: AidCandidate) -> dict | None:
    """The earlier row (a sum before c's in the article) of the same amount and currency, with a named donor and
    recipient and not itself cut, where a word of cutting governs c's sum and no frame rule read c (its record or its
    receiver): c's sentence tells that flow cut though it names neither party again (أفرجت الولايات المتحدة عن مساعدة
    عسكرية لمصر بقيمة 195 مليون دولار … لكن إدارة ترامب قررت … تجميد195 مليون دولار). None where there is none; a flow
    told only after the cut is not read (not yet measured)."""
    if not c.features.get("cut_governs_sum") or c.rule_records or c.rule_recipient is not None:
        return None
    return next((row for row in rows if row["amount"] == c.money.value and row["currency"] == c.money.currency
                 and row["evidence_start"] < c.char_start and not _cut(row["status"])
                 and (row["donor_iso2"] or row["donor_name_ar"]) and (row["recipient_iso2"] or row["recipient_name_ar"])), None)


def _cut(status: str) -> bool:
    """Whether a row tells its sum cut. Rows of one donor, recipient and sum are one row, told twice, except
    a cut one and a given (or promised) one: a sum frozen and later released (تجميد 195 مليون دولار … الإفراج
    عن مساعدة عسكرية بقيمة 195 مليون دولار) is two events, each a row of its own status (GUIDELINES.md:
    status cut, the amount the amount cut). A pledge told again as given stays one row: the sentences
    of one transfer read those two statuses more often than they tell two."""
    return status == "cut"


def _restatements_folded(rows: list[dict], restated: list[tuple[float, str] | None]) -> list[dict]:
    """A sum its sentence restates in another currency (55 مليار ريال قطري، أي ما يعادل 15 مليار دولار)
    is the sum another row of the article gives in that currency (تعهدت قطر … بقيمة 15 مليار دولار)
    when both go from the same donor to the same recipient: one transfer, told twice, is one row, the
    one in the currency the article also names it in, whatever status each sentence reads (two rows of one
    sum in one currency are one unless one tells it cut and the other given: _cut; a restatement across
    currencies still folds whatever the statuses: left as it was, untested on a cut). The article's own equivalence decides,
    no rate table: a sum with no restatement, or restated as no other row, stays."""
    def parties(row: dict) -> tuple:
        return (row["donor_iso2"] or row["donor_name_ar"], row["recipient_iso2"] or row["recipient_name_ar"])

    dropped: set[int] = set()
    for i, row in enumerate(rows):
        other = restated[i]
        if other is not None and any(
                j != i and j not in dropped and r["currency"] == other[1] and parties(r) == parties(row)
                and abs(r["amount"] - other[0]) <= 0.01 * other[0]
                for j, r in enumerate(rows)):
            dropped.add(i)  # two rows that restate each other: the later stays
    return [row for i, row in enumerate(rows) if i not in dropped]


def _lender_lends(row: dict, openings: tuple[str, ...]) -> dict:
    """A lender (صندوق النقد الدولي، البنك الدولي) lends to a state, never the reverse: a row from a state
    to a lender reads the sentence's parties backwards (اتفاقية وقعتها مصر … مع صندوق النقد الدولي
    للحصول على قرض … بقيمة 12 مليار دولار), and is turned round."""
    if row["donor_iso2"] is None or not row["recipient_name_ar"] or not cues.is_lender(row["recipient_name_ar"], openings):
        return row
    return {**row, "donor_iso2": None, "donor_name_ar": row["recipient_name_ar"],
            "recipient_iso2": row["donor_iso2"], "recipient_name_ar": row["donor_name_ar"],
            "decided_by": row["decided_by"] + "; a lender lends: donor and recipient turned round"}


def _one_direction(rows: list[dict]) -> list[dict]:
    """One sum of one article does not flow both ways: where the same amount and currency go from A
    to B in one row and from B to A in another (a sum told again later, its parties read in reverse),
    the more confident row is kept; and so where a row turned round (_lender_lends) repeats another.
    A cut row and a given one of the same sum are two events (_cut), neither drops the other."""
    def parties(row: dict) -> tuple:
        return (row["donor_iso2"] or row["donor_name_ar"], row["recipient_iso2"] or row["recipient_name_ar"])

    kept: set[tuple] = set()
    dropped: set[int] = set()
    for i in sorted(range(len(rows)), key=lambda i: -rows[i]["confidence"]):
        donor, recipient = parties(rows[i])
        money = (round(rows[i]["amount"]), rows[i]["currency"], _cut(rows[i]["status"]))
        if recipient is not None and (recipient, donor, *money) in kept or (donor, recipient, *money) in kept:
            dropped.add(i)
            continue
        kept.add((donor, recipient, *money))
    return [row for i, row in enumerate(rows) if i not in dropped]


def _measures_no_aid(c: AidCandidate) -> bool:
    """Whether the sum's sentence names no aid (no noun of class aid_noun in it, no aid or finance word in
    the sum's window) while a word of money that is no aid stands in that window (class aid_not_aid:
    استثمارات، صفقة): إعلان قطر عن ضخ استثمارات مباشرة بـ15 مليار دولار في الاقتصاد التركي is an
    investment, not presented as support. Read for the sums the model alone keeps."""
    f = c.features
    return not f.get("sent_aid_noun") and f.get("aid_word_dist", 1.0) >= 1.0 and f.get("not_aid_dist", 1.0) < 1.0


def _receives(ctx: AidContext, c: AidCandidate, m) -> bool:
    """Whether mention `m` of the sum's sentence is the subject of a finite verb of receiving: the
    verb right after it (مصر تحصل) or right before it, past the preposition with its pronoun that
    the verb takes (وتلقى رزاق، حصلت عليه تونس)."""
    tokens = ctx.tokens
    t0, t1 = sentence_tokens(ctx, c.sentence)
    if not t0 <= m.first_token < t1:
        return False

    def verb(i: int) -> bool:
        return t0 <= i < t1 and not tokens[i][2].startswith("ال") and cues.is_in(tokens[i][2], ctx.words.receive)

    before = m.first_token - 1
    if before >= t0 and tokens[before][2] in ctx.words.receive_links:  # على، عليه (class aid_receive_link)
        before -= 1
    if verb(m.last_token + 1) or verb(before):
        return True
    # A person's or a speaker's country said as «his country» (وأشار خليل … إلى أن بلاده حصلت على
    # تعهدات): the country of the person named in or just before the sentence receives.
    return m.via in ("person", "speaker") and any(
        tokens[i][2] in ctx.words.own_country and (verb(i + 1) or verb(i - 1)) for i in range(t0, t1))  # بلاده (class aid_own_country)


def _for_a_campaign(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether an election campaign is named within the sum's window: a campaign noun with an
    election adjective after it (حملة … الانتخابية / الرئاسية) or a person's campaign, the campaign
    noun right before a person's name (سيدفعه "المانحون الصغار" لحملة ترامب)."""
    tokens, money, doc = ctx.tokens, c.money, ctx.doc
    t0, t1 = sentence_tokens(ctx, c.sentence)
    persons = None
    for i in range(max(t0, money.first_token - _WINDOW), min(t1, money.last_token + 1 + _WINDOW)):
        if not cues.is_in(tokens[i][2], ctx.words.campaign):
            continue
        if any(cues.is_in(tokens[j][2], ctx.words.electoral) for j in range(i + 1, min(t1, i + 4))):
            return True
        if persons is None:
            persons = {token_span(ctx.starts, doc.to_normalised, m.char_start, m.char_end)[1]
                       for m in doc.mentions.get("person", ())}
        if i + 1 in persons:
            return True
    return False


_ASKED_REACH = 16


def _asked_for(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether a word of need, hope or appeal (class need, class appeal with إلى / على after it)
    governs the sum: it stands before the sum in its sentence with no finite verb of giving between
    them (قدرت … حاجاتها بـ3,5 مليار دولار; دعا … المانحين إلى تقديم 1,4 مليار دولار), and no
    verb of giving follows the sum (11 مليار دولار؛ تعهد بها المانحون: a pledge made)."""
    tokens, money = ctx.tokens, c.money
    t0, t1 = sentence_tokens(ctx, c.sentence)
    for i in range(money.last_token + 1, min(t1, money.last_token + 4)):
        if _gives(tokens[i][2], ctx.words):
            return False
    to_seen = False
    for i in range(money.first_token - 1, max(t0, money.first_token - _ASKED_REACH) - 1, -1):
        word = tokens[i][2]
        if _gives(word, ctx.words):
            return False
        if cues.is_in(word, ctx.words.needs) or (to_seen and cues.is_in(word, ctx.words.appeal)):
            return True
        to_seen = to_seen or word in ctx.words.appeal_to  # إلى، على (class aid_appeal_to)
    return False


def _priced(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the noun the sum measures is a price, penalty, debt or trade figure (class price):
    the noun right before the sum, past the words that link a noun to its amount and an adjective
    of the noun (كفالة تبلغ 50 ألف يورو، فواتير مستحقة بقيمة 1 مليار دولار، صفقة عسكرية بقيمة), or
    right after the currency (مبلغ مئة وخمسين مليون دولار "تعويضا")."""
    tokens, money = ctx.tokens, c.money
    t0, t1 = sentence_tokens(ctx, c.sentence)
    i = money.first_token - 1
    words = ctx.words
    while i >= t0 and i >= money.first_token - 3 and tokens[i][2] in words.sum_links:
        i -= 1
    if i > t0 and i < money.first_token - 1 and _adjective(tokens[i][2]):
        i -= 1  # the noun's adjective, between the noun and its link word
    if i >= t0 and cues.is_in(tokens[i][2], words.price):
        return True
    after = money.last_token + 1
    if after < t1 and cues.is_in(tokens[after][2], words.price):
        return True
    return _price_linked(ctx, c, t0)


_LINK_REACH = 4  # link words and particles before the sum
_PRICE_REACH = 5  # words of the noun's phrase between the noun and its link word
_CLAUSE_ENDS = frozenset(".:;؛!?")


def _price_linked(ctx: AidContext, c: AidCandidate, t0: int) -> bool:
    """Whether a link word before the sum (class sum_link: بقيمة، قيمتها، تزيد، أكثر) ties it to a
    price noun (class price) a few words back, across that noun's complements and with no aid noun,
    verb of giving, other number, أن or end of clause between them: عقد لمدة عشر سنوات، بقيمة 15
    مليار دولار؛ بعقود تزيد قيمتها عن 13 مليار دولار. The sum is the value of the contract or the
    deal, no aid. A noun of aid nearer the link keeps it (قروض وهبات بقيمة أكثر من 11 مليار دولار)."""
    tokens, money, words, text = ctx.tokens, c.money, ctx.words, ctx.doc.norm.text
    j, linked = money.first_token - 1, False
    while j >= t0 and j >= money.first_token - _LINK_REACH and (
            cues.is_in(tokens[j][2], words.sum_links) or tokens[j][2] in words.quantity_particles):  # عن، من، ما، إلى (class aid_quantity_particle)
        linked = linked or cues.is_in(tokens[j][2], words.sum_links)  # بأكثر من، وبقيمة: with its clitics
        j -= 1
    if not linked:
        return False
    aid_word = _AidWord(tokens, words.transfer, words.form)
    for k in range(j, max(t0, j - _PRICE_REACH) - 1, -1):
        if any(ch in _CLAUSE_ENDS for ch in text[tokens[k][1]:tokens[k + 1][0]]):
            return False
        word = tokens[k][2]
        if (word[:1].isdigit() or word in words.complementisers or aid_word.at(k) or _gives(word, words)
                or cues.is_in(word, words.give_nouns)):
            return False
        if cues.is_in(word, words.price):
            return True
    return False


_COLLECT_REACH = 4


def _collected(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether a word of collecting (class collect) stands just before the sum, past link words
    (أعلن ماكرون عن جمع نحو 11 مليار دولار، أن المؤتمر جمع 10,2 مليار دولار، تم جمع ما مجمله 7,5
    مليارات دولار): the sum is raised from donors as a body, and the collector or the speaker is
    none of them."""
    t0, _ = sentence_tokens(ctx, c.sentence)
    return any(_collects(ctx.tokens[i][2], ctx.words.collect)
               for i in range(max(t0, c.money.first_token - _COLLECT_REACH), c.money.first_token))


def _collects(word: str, collect: frozenset[str]) -> bool:
    """A verb or verbal noun of collecting (جمع، جمعت، بجمع، لجمع), not Friday (الجمعة، جمعة): no
    article, no feminine ending."""
    return "ال" not in word[:3] and not word.endswith("ه") and cues.is_in(word, collect)


def _ransom_or_bribe(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum's sentence names a ransom, a bribe or hostages (class ransom): a payment for
    hostages or favours, whatever aid words stand around it (بعد دفع الدوحة نحو 770 مليون دولار
    للمليشيات المسلحة … الإفراج عن الرهائن؛ تقديم رشوة بقيمة 30 ألف دولار إلى ضابط الجمارك)."""
    return _sentence_names(ctx, c, ctx.words.ransom)


def _accused(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum's sentence names an accusation or an allegation (class accusation): the sum is what
    someone is accused of paying, taking or diverting, whatever aid words stand around it (وتحاصر نجيب مزاعم
    فساد تتضمن حصوله على حوالي 700 مليون دولار؛ متهمة إياها باحتجاز ملياري دولار)."""
    return _sentence_names(ctx, c, ctx.words.accusation) or _denied_by_its_party(ctx, c) or _before_a_court(ctx, c)


# Words from a denial to its denier: before it (لا يمكن للدوحة أن تنفي ذلك) or right after it (نفت قطر).
_DENIER_BEFORE, _DENIER_AFTER = 3, 1


def _denied_by_its_party(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether a party of the sum is the subject of a denial in its sentence (class accusation_denial): the
    sum is what an accuser says that party paid, told with the denial it cannot make (من 700 مليون دولار إلى
    مليار دولار دفعتها الحكومة القطرية إلى … الجماعات الإرهابية، لا يمكن للدوحة أن تنفي ذلك). A denial by
    someone who is no party of the sum (a spokesman, a lawyer) tells nothing of who paid."""
    tokens = ctx.tokens
    t0, t1 = sentence_tokens(ctx, c.sentence)
    denials = [i for i in range(t0, t1) if cues.is_in(tokens[i][2], ctx.words.denial)]
    return any(t0 <= p.mention.first_token and p.mention.last_token < t1 and (
        i - _DENIER_BEFORE <= p.mention.last_token < i or i < p.mention.first_token <= i + _DENIER_AFTER)
        for i in denials for p in c.parties)


def _before_a_court(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum's sentence names a court after أمام (class accusation_court): what a speaker sets out
    before a court is a party's case against another, and the sum in it an allegation (كما استعرض النويس أمام
    المحكمة الدولية، سلسة أمثلة تكشف علاقة قطر مع الإرهاب … بينها تقديم نظام الدوحة مليار دولار نقدا)."""
    tokens = ctx.tokens
    t0, t1 = sentence_tokens(ctx, c.sentence)
    return any(tokens[i - 1][2] == "امام" and cues.is_in(tokens[i][2], ctx.words.court) for i in range(t0 + 1, t1))


def _sentence_names(ctx: AidContext, c: AidCandidate, words) -> bool:
    """Whether a token of the sum's sentence is one of `words` (a word class of AidWords)."""
    t0, t1 = sentence_tokens(ctx, c.sentence)
    return any(cues.is_in(ctx.tokens[i][2], words) for i in range(t0, t1))


# Nouns of a whole after من (بمبلغ 530.4 مليون دولار من المبلغ الإجمالي 1.54 مليار دولار): class aid_total of
# seeds/cue_words.csv (AidWords.total); a noun of a sum may stand between (class aid_sum_noun: من المبلغ الإجمالي).
_TOTAL_REACH = 5


def _part_of_total(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum is the whole that a sum right before it is part of: من and a noun of a whole
    (الإجمالي، أصل، مجموع) stand between the two, within a few words (تصدرت الدول المانحة … بمبلغ 530.4
    مليون دولار من المبلغ الإجمالي 1.54 مليار دولار؛ فأمنت 686 مليار دولار من أصل مبلغ إجمالي قدره 957
    مليار دولار): the total of all the givers (the donors as a body), not the gift of the party named."""
    tokens, money = ctx.tokens, c.money
    t0, _ = sentence_tokens(ctx, c.sentence)
    for i in range(money.first_token - 1, max(t0, money.first_token - _TOTAL_REACH) - 1, -1):
        if tokens[i][2] == "من":
            j = i + 2 if tokens[i + 1][2] in ctx.words.sum_nouns else i + 1  # من المبلغ الإجمالي
            return j < money.first_token and tokens[j][2] in ctx.words.total and i > t0 and any(
                ch.isdigit() for ch in "".join(t[2] for t in tokens[max(t0, i - 3):i]))
    return False


_TOTAL_NOUN_REACH = 8  # words from a noun of a whole (إجمالي التمويل … بلغ) to the sum it measures


def _giver_of_its_sentence(candidates: list[AidCandidate], c: AidCandidate) -> bool:
    """Whether the frame rules read a named giver for another sum of c's sentence (ليصل بذلك إجمالي ما
    حصلت عليه تونس من الصندوق إلى 1.5 مليار دولار، من القرض البالغ قيمته الإجمالية 2.8 مليار دولار): a total
    told in the sentence that names the giver is that giver's, not the donors' as a body (_told_as_a_total
    reads a giver carried over from the sentences before)."""
    return any(x is not c and x.sentence == c.sentence and any(not d.unnamed for d in x.rule_donors)
               for x in candidates)


def _told_as_a_total(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum is told as a total: a noun of a whole (class aid_total: إجمالي، مجموع) stands
    before it in its sentence, within a few words, with no party named and no other number between
    (مشيراً إلى أن إجمالي التمويل داخل وخارج خطة الاستجابة الإنسانية بلغ 2.010.3 مليون دولار). Read where the
    frame rules found no giver in the sentence and carried one over from the sentences before: a total
    of all the givers is the donors' as a body, not the giver told of before. A total that names its
    giver (إجمالي المساعدات السعودية) has a party between, and one whose sentence names its giver (وقدمت
    السعودية مساعدات بإجمالي …) has rule donors of its own."""
    tokens, money = ctx.tokens, c.money
    t0, _ = sentence_tokens(ctx, c.sentence)
    lo = max(t0, money.first_token - _TOTAL_NOUN_REACH)
    for i in range(money.first_token - 1, lo - 1, -1):
        word = tokens[i][2]
        if word[:1].isdigit():
            return False  # another sum or number between: the total is its
        if cues.is_in(word, ctx.words.total):
            return not ctx.by_token.between(i, money.first_token)
    return False


_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _own_funds(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum is a part of its holder's own funds or of frozen assets: right after the
    currency, من and a word of class assets (أموال، أصول، أرصدة) that carries a possessive pronoun
    (لتجميدها ملياري دولار من أموالها، دفع 130 ألف دولار من أمواله الخاصة) or has مجمدة (class aid_frozen) within two
    words after it (الحصول على 5.7 مليار دولار من الأموال المجمدة في الخارج). Such a sum is held by
    its owner, or released to it, not given; so is a sum of a sentence that says it means frozen assets
    (_frozen_assets_meant). Funds named by what they pay for stay aid (خفضت واشنطن
    نحو 65 مليون دولار من أموال كانت تدفعها لوكالة الأمم المتحدة، من أموال جهود التعافي في سوريا)."""
    tokens, money = ctx.tokens, c.money
    t0, t1 = sentence_tokens(ctx, c.sentence)
    i = money.last_token + 1
    if i + 1 >= t1 or tokens[i][2] != "من" or not cues.is_in(tokens[i + 1][2], ctx.words.assets):
        return _frozen_assets_meant(ctx, t0, t1)
    word = tokens[i + 1][2]
    for pronoun in _POSSESSIVES:
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3:
            stem = word[:-len(pronoun)]
            if cues.is_in(stem, ctx.words.assets) or (stem.endswith("ت") and cues.is_in(stem[:-1] + "ه", ctx.words.assets)):
                return True
    return any(tokens[j][2] in ctx.words.frozen for j in range(i + 2, min(t1, i + 4)))


def _frozen_assets_meant(ctx: AidContext, t0: int, t1: int) -> bool:
    """Whether the sentence says its sums are frozen assets: a word of class assets with مجمدة (class
    aid_frozen) within two words after it, anywhere in the sentence (بأن هذا الاتفاق وفر أموالا طائلة لإيران
    فاقت المئة مليار دولار … في إشارة إلى الأموال الإيرانية المجمدة في البنوك الأمريكية والأوروبية): money
    released to its owner, not given. Aid that was frozen (مساعدة عسكرية … كانت مجمدة) names no assets."""
    tokens = ctx.tokens
    return any(cues.is_in(tokens[k][2], ctx.words.assets) and any(
        tokens[j][2] in ctx.words.frozen for j in range(k + 1, min(t1, k + 3))) for k in range(t0, t1))


_PAYEE_REACH = 4


def _paid_to_person(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum goes to a person or to individuals: the first word after the sum marked by ل
    or governed by إلى (within a few words) is a person named without a title of office or a noun of
    individuals paid (class payee): دفع ما قيمته 2.5 مليون دولار أمريكي، لسياسيين أوروبيين، دفعه 15 ألف
    دولار لشخص، بدفع قرابة 4.4 مليون دولار لكل فرد، رصدت
    مبلغ 20 مليون دولار لمن يدلي بمعلومات. A state, a body, an official or an aid purpose marked
    first (للحكومة اليمنية، للرئيس الفلسطيني محمود عباس، لدعم) ends the search. Or such a person is
    the subject of a verb of receiving right before the sum (وتلقى رزاق 681 مليون دولار)."""
    tokens, money, doc = ctx.tokens, c.money, ctx.doc
    t0, t1 = sentence_tokens(ctx, c.sentence)
    reach = max(t0, money.first_token - _PAYEE_REACH), min(t1, money.last_token + 1 + _PAYEE_REACH)
    persons = set()  # first and last tokens of the untitled persons named near the sum
    for m in doc.mentions.get("person", ()):
        if m.row.get("title_ar"):
            continue  # an official acts for a state: money to a minister or a president is the state's
        _, first, last = token_span(ctx.starts, doc.to_normalised, m.char_start, m.char_end)
        if reach[0] <= last and first < reach[1]:
            persons.update((first, last))
    for i in range(money.first_token - 1, reach[0] - 1, -1):
        word = tokens[i][2]
        if not word.startswith("ال") and cues.is_in(word, ctx.words.receive):
            if i - 1 in persons or i + 1 in persons:
                return True  # فلين تلقى عرضا بقيمة 15 مليون دولار
            break
    i = money.last_token + 1
    while i < reach[1]:
        word = tokens[i][2]
        if word in ("الي", "ل") or (word[:1] == "ل" and word[1:] in ctx.words.benefit):  # لصالح، لحساب (class aid_benefit)
            i += 1  # إلى مسؤولين، لـ دانيلز، لصالح …: the word after is the one marked
            return i < t1 and (i in persons or cues.is_in(tokens[i][2], ctx.words.payee))
        if word == "لكل" and i + 1 < t1:
            i += 1  # لكل فرد، لكل شخص: a sum for each one; the noun after says who is paid
            return i in persons or cues.is_in(tokens[i][2], ctx.words.payee)
        if word.startswith("ل") and not word.startswith("لا"):
            return i in persons or cues.is_in(word, ctx.words.payee)
        if word.startswith("لا") and cues.is_in(word, ctx.words.payee):
            return True  # ل before an alif (لأسرة أي شخص، لأفراد): not the negation لا nor لاحقا, which are passed
        i += 1
    return False


# Words before a party that make it a place or a receiver, not the actor of its clause (في سوريا، إلى القاعدة): the
# prepositions of place (class aid_locative: في، داخل, read as ctx.words.locative) and these. Left out in turn over the
# 319 non-gold ANT articles that hold it with an aid word and a currency, إلى changes no row, so it stays here.
_NOT_ACTOR_UNSEEN = frozenset({"الي"})


def _given_by_person(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the actor named last before the sum in its sentence is a person named without a title
    of office and tied to no state (a private individual), not a state, a body or an official: وذكرت أن النعيمي قدم في 2013
    ما يقارب 600 ألف دولار إلى القاعدة … وكان ينوي إرسال 50 ألف دولار؛ ورد إسم النعيمي في اللائحة، التي
    أشارت الى أنه في 2013 نظم عملية نقل حوالي 600 ألف دولار. A party is no actor where it is a place or a
    receiver (في سوريا، إلى القاعدة، لليمن), an adjective (which may be a person's or an institution's:
    أبوخالد السوري، وزارة الخزانة الأميركية) or the report's source (بحسب …). Read for the sums the model
    alone keeps; the frame rules name their donor themselves."""
    tokens, money, doc = ctx.tokens, c.money, ctx.doc
    t0, _ = sentence_tokens(ctx, c.sentence)
    nearest, private = -1, False  # the last token of the actor nearest before the sum, and whether a private person
    for m in doc.mentions.get("person", ()):
        _, first, last = token_span(ctx.starts, doc.to_normalised, m.char_start, m.char_end)
        if t0 <= first and last < money.first_token and last > nearest:
            # An official, or a person the article ties to a state (إدارة ترامب علقت), acts for it.
            nearest, private = last, not (m.row.get("title_ar") or m.row.get("country_iso2"))
    if not private:
        return False
    for m in ctx.by_token.between(nearest + 1, money.first_token):
        word_before = tokens[m.first_token - 1][2] if m.first_token > t0 else ""
        prefix = tokens[m.first_token][2][:m.prefix_length]
        if (m.via == "adjective" or prefix.endswith("ل") or word_before in ctx.words.locative
                or word_before in _NOT_ACTOR_UNSEEN
                or cues.after_source(tokens, m.first_token, t0, ctx.words.source)):
            continue
        return False  # a state or a body named after the person acts nearer the sum
    return True


_EACH_REACH = 12
# After كل: not one of each (كل من قطر والسودان: both of the parties named; كل هذه الأموال: all of
# them; كل شيء: everything; كل عام: a period): class aid_not_each of seeds/cue_words.csv (AidWords.not_each).


def _each_one(ctx: AidContext, c: AidCandidate) -> bool:
    """Whether the sum is paid to each one of a group: كل and an indefinite noun or a pronoun of
    the group stand before the sum in its clause (after its أن), with no other number between (منح كل واحد منهم
    مبلغ 3500 دولار؛ منح كل منتخب أفريقي مترشح … مبلغ 500 ألف دولار): a sum per head, not aid
    to a state or a body. Not كل من (both or all of the parties named), كل هذه (all of), كل عام (a
    period), nor كل before a definite noun (كل الدول)."""
    tokens, money = ctx.tokens, c.money
    t0, _ = sentence_tokens(ctx, c.sentence)
    for i in range(money.first_token - 2, max(t0, money.first_token - _EACH_REACH) - 1, -1):
        word = tokens[i][2]
        if word in ctx.words.each or (word[:1] == "و" and word[1:] in ctx.words.each):  # كل، وكل (class aid_each)
            after = tokens[i + 1][2]
            return not (after.startswith("ال") or cues.is_in(after, ctx.words.not_each))
        if tokens[i][2][:1].isdigit() or tokens[i][2] in ctx.words.complementisers:
            return False  # another sum or number between (كل belongs to it), or the clause begins
    return False


def _adjective(word: str) -> bool:
    """A word shaped as an adjective: a relative adjective (مالية، عسكرية، جمركي) or a participle
    with the feminine ending (مستحقة، مقدرة), with or without the article."""
    stem = word[2:] if word.startswith("ال") else word
    return len(stem) >= 4 and (stem.endswith(("يه", "ي")) or (stem.startswith("م") and stem.endswith("ه")))


def _gives(word: str, words: cues.AidWords) -> bool:
    """A finite verb of giving or pledging (قدمت، تبرعت، التزمت، خصصته; classes aid_give and
    aid_pledge), not its verbal noun (تقديم) nor a noun of aid (تعهدات، تبرعات) nor a definite noun (الإعلان)."""
    if cues.is_in(word, words.give_nouns) or cues.is_in(word, words.transfer):
        return False
    if word.startswith("ال"):
        forms = [word]  # التزمت is a verb; الإعلان a noun
    else:
        forms = cues.readings(word)  # خصصته: the verb خصصت with its object pronoun
    return any(f in words.give or f in words.provided or f in words.pledged for f in forms)


def _other_givers(candidates: list[AidCandidate], c: AidCandidate) -> list[Party]:
    """The givers the frame rules read for the other sums of c's sentence that they name no recipient
    for (a list of givers and sums: من البنك الدولي بأربعة مليارات … والمملكة العربية السعودية مليار
    دولار): each gives its own sum, and none receives another's."""
    return [d for x in candidates if x is not c and x.sentence == c.sentence and x.rule_recipient is None
            for d in x.rule_donors if d not in c.rule_donors]


def _best_recipient(c: AidCandidate, donors: list[Party], recipient_model, in_clause: bool = False,
                    own_sentence_first: bool = False) -> Party | None:
    """The party the recipient model rates highest, other than the donors and the donors as a
    body, if it reaches the model's threshold; `in_clause`: not a party of the reporting clause
    (كشف الرئيس الأميركي أن …) nor a speaker's country. A sum whose donors the text names by no state
    (الجهات المانحة، الدول الأعضاء) goes only to a party of its own sentence: with no donor named,
    the article's main country or a party of the sentences before is no recipient; with
    `own_sentence_first`, a party of the sentences before only where none of its own sentence reaches
    the threshold."""
    for p in c.parties:
        p.p_recipient = recipient_model.probability(p.features)
    keys = {d.key for d in donors}
    body = bool(donors) and all(d.unnamed for d in donors)
    pool = [p for p in c.parties if _may_receive(p, keys, body, in_clause)]
    if own_sentence_first:
        # Where the frame rules read the giver but no receiver of the one sum of its sentence, a party of
        # that sentence that reaches the threshold is preferred to one carried over from the sentences
        # before: the sentence that names the giver and the sum names what the sum is for (المملكة العربية
        # السعودية ودورها في الأزمة السورية … إعلان الرياض تقديم 100 مليون دولار: SY, not the state of the
        # news item before). Not in a sentence of several sums: its other states are mostly the other
        # givers of a list, each of its own sum, and the receiver of them all is told before.
        own = [p for p in pool if p.mention.via not in _CONTEXT_VIAS and p.p_recipient >= recipient_model.threshold]
        pool = own or pool
    best = max(pool, key=lambda p: p.p_recipient, default=None)
    return best.party if best is not None and best.p_recipient >= recipient_model.threshold else None


def _may_receive(p: PartyCandidate, donor_keys: set[str], donors_as_a_body: bool, in_clause: bool) -> bool:
    """Whether party p may be a sum's recipient (_best_recipient): not a donor, not the donors as a body,
    not the enemy of a campaign, with `in_clause` not a party of the reporting clause nor a speaker's
    country. For a sum the donors as a body give (الجهات المانحة لسوريا جمعت … 4.4 مليار دولار), only a party
    of its own sentence, and an organisation only where the words around it mark it as the receiver
    (لـ، إلى): a body named unmarked beside pooled gifts is who appeals for them or collects them
    (أعلن مسؤول … في الأمم المتحدة؛ لنداء الأمم المتحدة … بجمع مبلغ إضافي قدره 500 مليون دولار من جهات مانحة
    أخرى), not who receives them."""
    if p.party.key in donor_keys or p.party.unnamed or p.features.get("after_against"):
        return False
    if in_clause and (p.mention.via in ("speaker", "person") or p.features.get("reporting_clause")):
        return False
    if donors_as_a_body and (p.mention.via in _CONTEXT_VIAS or (
            p.party.iso2 is None and not p.features.get("rule_role_recipient"))):
        return False
    return True


_CONTEXT_VIAS = ("previous", "main", "speaker", "person")
# The context parties a sum kept for its verb of giving alone may not go to (decide_aid): the article's main country may.
_TOLD_AROUND_VIAS = tuple(via for via in _CONTEXT_VIAS if via != "main")


_SPREAD_STATES = 3  # states named in one list after a sum that make it no one state's


def _spread_over_states(ctx: AidContext, c: AidCandidate, iso2: str) -> bool:
    """Whether the state read as a sum's recipient is one of three or more states named in one list
    after the sum (أنفق اكثر من 16 مليار دولار لدعم الحكومة السورية ولدعم المسلحين والإرهابيين في سوريا
    والعراق واليمن): a sum spread over several states with no split goes to no one of them, and its row
    names no recipient."""
    t0, t1 = sentence_tokens(ctx, c.sentence)
    runs: list[list[Mention]] = []  # the states after the sum, in runs joined as one list
    for m in ctx.by_token.between(c.money.last_token + 1, t1):
        if m.party.iso2 is None:
            continue
        if runs and _joined(ctx.tokens, runs[-1][-1], m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return any(len(states) >= _SPREAD_STATES and iso2 in states
               for states in ({m.party.iso2 for m in run} for run in runs))


def _group_recipient(c: AidCandidate) -> bool:
    """Whether the frame rules read the sum as going to states named together (لدول قارة أفريقيا):
    a recipient that is no one state, which no state named nearby may stand in for."""
    return c.rule_recipient is not None and c.rule_recipient.unnamed


def _named_party(record: dict) -> bool:
    return any(record[k] for k in ("donor_iso2", "donor_name_ar", "recipient_iso2", "recipient_name_ar"))


def score_donors(ctx: AidContext, c: AidCandidate, donor_model) -> None:
    """Set each party's p_donor. A party named as the report's source (بحسب وزارة الخزانة الأميركية)
    gives nothing, nor does the party of the reporting clause when the reported clause has a receiver
    of its own (وقال الرئيس الفرنسي … إن لبنان حصل على قروض ومنح بنحو 11 مليار دولار: who tells of the
    sum received is not its giver). The subject of a verb of receiving in the sum's sentence receives:
    never its giver (وتلقى رزاق 681 مليون دولار، ما حصلت عليه تونس من الصندوق، مصر تحصل), nor under
    another name in that sentence (مع السلطات التونسية … ما حصلت عليه تونس من الصندوق)."""
    receivers = {p.party for p in c.parties if _receives(ctx, c, p.mention)}
    t0, _ = sentence_tokens(ctx, c.sentence)
    for p in c.parties:
        source = p.mention.via not in _CONTEXT_VIAS and cues.after_source(ctx.tokens, p.mention.first_token, t0, ctx.words.source)
        speaker = bool(receivers) and p.features.get("reporting_clause")
        before = _told_before(ctx, c, p)
        # A state after the sum and after في is where the money goes or is spent (لبناء مساكن للمستوطنين في
        # الضفة الغربية), never who gives it.
        where = bool(p.features.get("after_in"))
        p.p_donor = (0.0 if p.party in receivers or source or speaker or before or where
                     else donor_model.probability(p.features))
    # A speaker's gift in the first person (وقال الجبير … "خصصنا عشرة مليارات دولار لإعادة بناء اليمن"): the
    # speaker's country gives, not the state the quote names as where the money goes.
    we_give = [p for p in c.parties if p.features.get("speaker_we_give") and p.party not in receivers]
    if we_give:
        max(we_give, key=lambda p: p.p_donor).p_donor = 1.0


def _told_before(ctx: AidContext, c: AidCandidate, p: PartyCandidate) -> bool:
    """Whether the party is only named in the sentences before the sum's (a speaker quoted earlier, a
    state of the paragraph) while the sum's sentence says its own giving: the giver of a sum is then
    named in its own clause, or by none (ومنذ ذلك الحين قدم الجنوب مساعدات بلغت 4.5 مليار دولار للشمال:
    not the country of the leader quoted before; ويبلغ متوسط التمويل مليار دولار سنويا: not the state
    of the sentence before). The speaker quoted before still gives where the sentence gives in the
    first person (خصصنا، سنقدم: speaker_we_give) or impersonally, naming no giver (وبين أنه تم تخصيص
    مبلغ 2 مليون و300 ألف دولار: class aid_impersonal before a verbal noun of giving or a noun of aid)."""
    if p.mention.via not in ("speaker", "previous") or p.features.get("speaker_we_give"):
        return False
    if p.mention.via == "speaker" and _impersonal_gift(ctx, c):
        return False
    return True


def _impersonal_gift(ctx: AidContext, c: AidCandidate) -> bool:
    """تم تخصيص، وتم تقديم، تم تحويل … before the sum in its sentence (and so before each sum of a list it opens:
    تم تخصيص مبلغ 2 مليون و300 ألف دولار للمساعدات الغذائية والأغطية، و500 ألف دولار): a gift whose giver the
    sentence leaves unsaid."""
    tokens, words = ctx.tokens, ctx.words
    t0, _ = sentence_tokens(ctx, c.sentence)
    return any(tokens[i][2] in words.impersonal and (cues.is_in(tokens[i + 1][2], words.give_nouns)
                                                     or cues.is_in(tokens[i + 1][2], words.transfer))
               for i in range(t0, c.money.first_token - 1))


def _donors(c: AidCandidate, threshold: float) -> list[Party]:
    """The most likely donor if it reaches the threshold; further donors only where the frame
    rules read a joint package (من السعودية والإمارات والكويت) and the model agrees."""
    ranked = sorted(c.parties, key=lambda p: -p.p_donor)
    if not ranked or ranked[0].p_donor < threshold:
        return []
    chosen = [ranked[0].party]
    for p in ranked[1:]:
        if p.party in c.rule_donors and p.p_donor >= threshold and p.party not in chosen:
            chosen.append(p.party)
    return chosen


def find_aid(doc: Document, currencies, published_year: int | None, models: dict, trace: list | None = None
             ) -> list[dict]:
    """Aid records of an analysed body: candidates → features → decisions (see the module doc).
    `trace`, when given, receives the candidates with their features and probabilities."""
    if not doc.mentions.get("money"):
        return []  # no sum of money in the text: nothing to decide
    ctx = build_aid_context(doc, published_year)
    rule_records = extract_aid(doc.text, doc.entities, currencies, published_year, normalized=doc.norm,
                               sentences=doc.sentences, mentions=ctx.mentions, words=ctx.words, tokens=ctx.tokens)
    candidates = aid_candidates(ctx, currencies, rule_records)
    rows = decide_aid(candidates, ctx, models)
    if trace is not None:
        trace.append((ctx, candidates))
    return rows
