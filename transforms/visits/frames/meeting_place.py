"""Where a meeting is held: "في/بـ <place>" after its words (the participants, days and appositions
between do not count: gap_text), a city naming it (قمة هلسنكي), a place a verb of holding
introduces (مؤتمر يعقد بالأردن), "<place> حيث <meets>" before it, or a place fronted at the
clause's start (وفي القاهرة، التقى). A place after a word of subject matter is what the meeting is
about, not where (بحثا الأوضاع في سوريا)."""
from __future__ import annotations

import re

from transforms.arabic_text import normalize_key
from transforms.visits.frames.context import WORDS_BEFORE, ArticleContext
from transforms.visits.frames.frame import PlacedTrigger
from transforms.visits.mentions import Loc

_QUOTED_NAME_WORDS = 2  # a quotation that ends this few words after a place names an event ("عشاء ودي في باريس")
_MEETING_REACH = 14  # how many words after a meeting word its place may stand
_COUNTRY_REACH = 11  # a country (not a city) must stand nearer its meeting word than a city may


def is_meeting_place(ctx: ArticleContext, loc: Loc, left: int) -> bool:
    """The place is where something is held: after في/داخل (a head noun between), or with بـ glued
    to it; not the subject of an envoy or a file (مبعوث واشنطن الخاص بسوريا)."""
    # "الخاص بسوريا": the clitic بـ/لـ glued to the place is left out of the words before it.
    if ctx.clauses.topic_of.search(re.sub(r"(?<=\s)[وفبل]+$", "", ctx.norm(max(left, ctx.words_back(loc.start, 3)), loc.start)).rstrip()):
        return False
    if ctx.attached(loc, "ب") or loc.capital and re.match(r"[وف]?ب", ctx.text[loc.start:loc.end]):
        return True  # بروما؛ "بالعاصمة الفنلندية": the clitic inside the capital phrase's span
    return bool(ctx.clauses.in_place.search(ctx.norm(max(left, ctx.words_back(loc.start, WORDS_BEFORE)), loc.start) + " "))


def meeting_place(ctx: ArticleContext, group: list[PlacedTrigger], left: int, right: int) -> Loc | None:
    """Where a run of meeting words is placed: "<place> حيث <meets>" before it, a city naming it,
    a place held there (مؤتمر يعقد بالأردن), a place right after a meeting word in its own clause
    (لقاء ... في نيويورك), or a place fronted at the clause's start (وفي القاهرة، التقى)."""
    start = group[0].start
    return (_place_where_before(ctx, group, left) or _city_naming_it(ctx, group, right)
            or _place_after(ctx, group, left, start, right) or _fronted_place(ctx, left, start))


def _place_where_before(ctx: ArticleContext, group: list[PlacedTrigger], left: int) -> Loc | None:
    """"<place> حيث <meets>": the last place before a meeting word, حيث between."""
    for g in group:
        for loc in reversed(ctx.locs_in(left, g.start)):
            if ctx.clauses.where.match(ctx.norm(loc.end, g.start)):
                return loc
            break
    return None


def _city_naming_it(ctx: ArticleContext, group: list[PlacedTrigger], right: int) -> Loc | None:
    """A meeting named by its city (قمة هلسنكي، مؤتمر ميونخ الأمني، اجتماع مكة المكرمة، محادثات جنيف)."""
    for g in group:
        named = next((l for l in ctx.locs_in(g.end, right) if l.place and not ctx.text[g.end:l.start].strip()), None)
        if named is not None and ctx.normalized_word(g.start, g.end).lstrip("وف").startswith(ctx.clauses.event_named_by_city):
            return named
    return None


def _place_after(ctx: ArticleContext, group: list[PlacedTrigger], left: int, start: int, right: int) -> Loc | None:
    """A place a verb of holding introduces, else a place right after a meeting word in its clause."""
    places = [l for l in ctx.locs_in(start, right) if is_meeting_place(ctx, l, left)]
    held = [l for l in ctx.locs_in(start, right) if ctx.places.held.search(ctx.norm(max(left, ctx.words_back(l.start, 6)), l.start))
            and (l in places or ctx.clauses.hosting_right_before.search(ctx.norm(max(left, ctx.words_back(l.start, 6)), l.start) + " "))]
    if held:
        return held[0]
    for loc in places:
        last = max((g for g in group if g.end <= loc.start), key=lambda g: g.end)
        reach = _MEETING_REACH if loc.place else _COUNTRY_REACH  # "بحثا الأوضاع في سوريا" is a topic
        # The participants, days and appositions between (قمة 12 يونيو بين الرئيس دونالد ترامب
        # والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة؛ يلتقي الرئيس الأمريكي، دونالد ترامب،
        # نظيره الروسي، فلاديمير بوتين، في العاصمة الفنلندية) neither lengthen the gap nor end the clause.
        gap = re.sub(r"\([^()]{0,40}\)", " ", ctx.gap_text(last.end, loc.start))  # قمة مجموعة العشرين (G20) في
        if ctx.clauses.subject_matter.search(normalize_key(gap)):
            continue  # "أجريا محادثات تناولت الإصلاحات في السعودية"، "لبحث الأوضاع في غزة"
        if len(gap.split()) <= reach and not re.search(r"[،,:؛(]", gap) and not _in_quoted_speech(ctx, loc, last.end) \
                and not ctx.clauses.topic_before.search(ctx.norm(max(left, ctx.words_back(loc.start, 4)), loc.start) + " "):
            return loc
    return None


def _fronted_place(ctx: ArticleContext, left: int, start: int) -> Loc | None:
    """A place at the clause's start (وفي القاهرة، التقى), unless "، و" ends its clause or a quotation
    opens between (بومبيو الذي التقى كيم مرتين في بيونغ يانغ "أنا متفائل جدا" أول لقاء بين ...)."""
    fronted = [l for l in ctx.locs_in(left, start) if l.start - left < 20 and is_meeting_place(ctx, l, left)
               and not re.search(r"[،,]\s*و", ctx.text[l.end:start])
               and not any(l.end <= a and b <= start and len(ctx.text[a:b].split()) >= 2 for a, b in ctx.quotations)]
    return fronted[0] if fronted else None


def _in_quoted_speech(ctx: ArticleContext, loc: Loc, after: int) -> bool:
    """The place is said inside a quotation that opens after the meeting word and goes on past it: a
    statement, its places the speaker's (بعد اجتماعه مع وزير الداخلية الليبي عبد السلام عاشور "إقامة مناطق
    استقبال في إيطاليا سيكون مشكلة بالنسبة إلينا"), not the event's name (خلال "عشاء ودي في باريس")."""
    return any(after <= a <= loc.start and loc.end <= b and len(ctx.text[loc.end:b].split()) > _QUOTED_NAME_WORDS
               for a, b in ctx.quotations)
