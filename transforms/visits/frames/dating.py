"""The day of a frame: each time expression of a sentence goes to the nearest frame, and a frame
keeps the most specific value it receives. A date next to a trigger that made no frame is that
other event's; a date after منذ starts a period; a date inside a quotation is the speaker's."""
from __future__ import annotations

import re
from datetime import date

from transforms.visits.exclusions import is_background
from transforms.visits.frames.context import ArticleContext

_OWN_DATE_REACH = 25  # a date this close to a frameless trigger is that trigger's


def dates_for(ctx: ArticleContext, frame_spans: list[tuple[int, int]], sentence,
              other_spans: list[tuple[int, int]] = ()) -> list[str | None]:
    """Each time expression of the sentence goes to the nearest frame; a frame keeps the most
    specific value it receives. A date right next to a trigger that made no frame is that
    other event's (بعد أن زارها في مايو/أيار من عام 2015) and goes to no frame."""
    values: list[str | None] = [None] * len(frame_spans)
    for te in ctx.times_starting(sentence[0], sentence[1]):
        if not frame_spans:
            continue
        if _since(ctx.text[max(sentence[0], te["char_start"] - _SINCE_REACH):te["char_start"]],
                  te["char_start"], list(frame_spans) + list(other_spans)):
            continue  # "منذ يوليو 2013" starts a period; it is no visit's day
        distance = [_distance(te, span) for span in frame_spans]
        # A frame told right after the date and a day apart (كتب على تويتر في 13 يونيو بعد يوم واحد من اجتماعه؛
        # الخميس عشية القمة) is the event the date is set apart from: the date is never that frame's.
        eligible = [k for k, span in enumerate(frame_spans) if not _day_apart(ctx, te, span)]
        if not eligible:
            continue
        i = min(eligible, key=lambda k: distance[k])
        other = min((_distance(te, span) for span in other_spans), default=None)
        if other is not None and other < distance[i] and other <= _OWN_DATE_REACH:
            continue
        if _main_clause_day(ctx, te, frame_spans[i], list(frame_spans) + list(other_spans), sentence):
            continue
        if said_of_future(ctx, te["char_end"], frame_spans[i]):
            continue
        if te["char_start"] >= frame_spans[i][1] and _other_events_day(ctx, frame_spans[i][1], te["char_start"],
                                                                       list(frame_spans) + list(other_spans)):
            continue
        # The same before the frame's word: a day told after a sequence word and its event, no visit word between,
        # is that event's (عقب انسحاب الولايات المتحدة من الاتفاق في وقت سابق من هذا العام، حيث يلتقي ... ظريف).
        if te["char_end"] <= frame_spans[i][0] and _other_events_day(ctx, max(sentence[0], ctx.words_back(te["char_start"], _EVENT_REACH)), te["char_start"],
                                                                     list(frame_spans) + list(other_spans)):
            continue
        lo, hi = sorted((te["char_start"], frame_spans[i][0]))
        if re.search(r"[\"«»“”]", ctx.text[lo:hi]):
            continue  # a date inside a quotation is the speaker's, not the visit's
        if specificity(te.get("value")) > specificity(values[i]):
            values[i] = te.get("value")
    return values


_SINCE_REACH = 45  # characters before a date read for منذ and the event it names
# منذ, then up to three words of the event it names (منذ انتخابه في), with no comma between.
_SINCE = re.compile(r"(?<!\w)منذ((?:\s+[^\s،,.؛:\"«»]+){0,3})\s*$")


def _since(before: str, at: int, triggers: list[tuple[int, int]]) -> bool:
    """A date right after منذ, or after منذ and the event it names (وهي أول زيارة لماكرون الى هذا البلد
    منذ انتخابه في أيار/مايو 2017), starts a period; unless a visit word stands between (منذ وصوله إلى
    القاهرة السبت names the visit itself)."""
    m = _SINCE.search(before)
    if m is None:
        return False
    start = at - len(before) + m.start()
    return not any(start < s < at for s, _ in triggers)


_EVENT_REACH = 6  # words back from a day before the visit's word to the sequence word of the day's own event
_EVENT_WORDS = 2  # words a sequence word's event takes at least before a day of its own


def _other_events_day(ctx: ArticleContext, end: int, at: int, triggers: list[tuple[int, int]]) -> bool:
    """A day told after the visit and a sequence word with its event (قبيل جلسة مجلس الأمن الدولي
    الخاصة باليمن المقررة في 18 يونيو، بعد قمته مع كيم الثلاثاء) is that event's day, not the visit's.
    A sequence word right before the day (بعد ظهر الثلاثاء، قبل يومين) is part of the day; a visit word
    after the event's own words tells a visit again (بعد انتهاء قمة ... الى سنغفورة حيث ستعقد القمة صباح
    الثلاثاء)."""
    normalized = ctx.normalized
    a, b = normalized.to_normalised(end), normalized.to_normalised(at)
    found = list(ctx.clauses.other_event.finditer(normalized.text, a, b))
    if not found or len(normalized.text[found[-1].end():b].split()) < _EVENT_WORDS:
        return False
    event = ctx.words_ahead(normalized.to_original(found[-1].end()), _EVENT_WORDS)  # the event's own words
    return not any(event <= s < at for s, _ in triggers)


def _day_apart(ctx: ArticleContext, te: dict, span: tuple[int, int]) -> bool:
    """The frame's word comes after the date and a day apart right after it (في 13 يونيو بعد يوم واحد من
    اجتماعه، الخميس عشية القمة; ClauseWords.day_apart): the date is a day or more apart from the frame's
    event. A bare sequence word is not enough: a statement the same day after a meeting (قال الخميس عقب
    لقائه نظيره الألماني في موسكو) is dated by it as often as not."""
    pattern = getattr(ctx.clauses, "day_apart", None)
    return pattern is not None and te["char_end"] <= span[0] and bool(pattern.search(ctx.norm(te["char_end"], span[0])))


def _main_clause_day(ctx: ArticleContext, te: dict, span: tuple[int, int], triggers: list[tuple[int, int]],
                     sentence) -> bool:
    """A visit told in a relative clause (منح رئيس دولة الإمارات، الجمعة، وسام زايد للرئيس الصيني شي جين
    بينغ الذي يجري زيارة إلى دولة الإمارات): a day before its relative pronoun, in a main clause with no
    visit word of its own, dates that clause's verb (منح), not the visit."""
    if ctx.clauses.relative is None or te["char_end"] > span[0]:
        return False
    between = ctx.norm(te["char_end"], span[0])
    rel = ctx.clauses.relative.search(between)
    if rel is None:
        return False
    return not any(sentence[0] <= s < span[0] and (s, e) != span for s, e in triggers)


def said_of_future(ctx: ArticleContext, at: int, span: tuple[int, int]) -> bool:
    """A visit told after a complementiser in a future verb (أعلنت الحكومة الفنلندية اليوم الجمعة أنها ستعيد
    العمل بالضوابط الحدودية ... خلال القمة; أعلن البيت الأبيض الجمعة أن ترمب سيزور): the day before the
    complementiser is the day it was said, not the visit's, which is still to come. `at` is where that day
    ends; the verb in the future stands between it and the visit's word, or is that word, with no comma
    after it (ClauseWords.future_complement)."""
    if ctx.clauses.future_complement is None or at > span[0]:
        return False
    return future_told(ctx.clauses.future_complement, ctx.norm(at, span[1]), ctx.clauses.relative)


def future_told(pattern, words: str, relative=None) -> bool:
    """`words` (normalised, up to a visit's word) hold a complementiser in a future verb with no comma
    and no relative pronoun between that verb and the end (الاجتماع الذي سيعقد في 7 أكتوبر سيوفر فرصة لدفع
    الالتزامات التي قطعها الرئيس الأمريكي في قمة سنغافورة: the summit is told in a clause of its own)."""
    found = list(pattern.finditer(words))
    if not found:
        return False
    tail = words[found[-1].end():]
    return not any(mark in tail for mark in "،,؛") and not (relative is not None and relative.search(tail))


def _distance(te: dict, span: tuple[int, int]) -> int:
    s, e = span
    return max(s - te["char_end"], te["char_start"] - e, 0)


def recent_date_in(ctx: ArticleContext, sentence) -> bool:
    """A time expression in the sentence that is not long before publication."""
    return any(t.get("value") and not is_background("", "", t["value"], ctx.published)
               for t in ctx.times_starting(sentence[0], sentence[1])
               if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", t.get("value") or ""))


def specificity(value: str | None) -> int:
    """A year 1, a month 2, a day 3; no value 0."""
    if not value:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


def as_date(value: str | None) -> date | None:
    """The day of a YYYY-MM-DD value, or None."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
