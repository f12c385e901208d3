"""Time expressions in Arabic news text, resolved against the publication day or the text itself."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from transforms.arabic_text import NormalizedText, normalize
from transforms.dates.calendar_math import (day_value, shift_day, valid_day, weekday_date, year_of_day,
                                            year_of_month)
from transforms.dates.grammar import (LEAD_TOKENS, ORDINAL_DAYS, RELATIVE, SAME, SMALL_COUNTS,
                                      month_token_pattern)
from transforms.dates.hijri import hijri_to_gregorian, hijri_year_of
from transforms.dates.lexicon import DateLexicon
from transforms.dates.tense import is_future

# Leading words kept out of the surface (the date is what follows them).
_TRIM = re.compile(r"(?:[وف]?(?:في|خلال|منذ|حتي|من|الي|بين|حلول|طوال|اعتبارا\s+من|يوم(?=\s+يوم))\s+)+")
_YEAR = re.compile(r"\d{4}")
# A day and month after these names an event (ثورة 25 يناير، هجمات 11 سبتمبر), not a day of this story.
_EVENT_NOUN = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?(?:ثوره|ثورتي|حركه|انتفاضه|حرب|احداث|هجمات|اعتداءات|مجزره|ذكري|"
                         r"انقلاب|تفجيرات|جمعه|مظاهرات|تظاهرات|اتفاق|اتفاقيه|بيان)\s*$")
# مطلع/نهاية … before a bare العام or الشهر makes it this year's or this month's.
_PERIOD_LEAD = re.compile(r"(?:مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|اواسط|بدء|ختام)\s+$")
# A year followed by هـ is a Hijri year: it spans two Gregorian years, so it stays unresolved.
_HIJRI_MARK = re.compile(r"\s*(?:ه|هجري|هجريه|للهجره)(?!\w)")
_SINCE = re.compile(r"[وف]?منذ\s")
_SINCE_BEFORE = re.compile(r"(?:^|\s)[وف]?منذ\s+$")
# "9 يونيو من كل عام": a yearly day, not a day of this story.
_RECURRING = re.compile(r"\s*(?:من\s+)?(?:كل\s+(?:عام|سنه)|سنويا|من\s+كل)")
# The leads that make a guarded name (مارس، ماي، آب) a month: في مارس، خلال مارس، شهر مارس، مطلع آب.
_GUARD_LEAD = re.compile(r"(?:^|\s)[وف]?(?:في|خلال|منذ|حتي|شهر|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه|اواسط)$")
# Nouns that take العام as the adjective "general" (الأمين العام الحالي is not "this year").
_GENERAL = {"امين", "مدعي", "نائب", "مدير", "راي", "قطاع", "مال", "امن", "نظام", "شان", "صالح", "انفاق", "دين",
            "اضراب", "مؤتمر", "عفو", "طابع", "اطار", "مفتش", "مراقب", "قنصل", "حاكم", "مشرف", "منسق", "مقرر",
            "اتجاه", "مؤشر", "سكرتير", "مرشد", "قائد", "ذوق", "نفع", "خير", "مجال", "مستوي", "حق", "اتحاد",
            "تعليم", "مجلس", "مناخ", "وضع", "مشهد", "موقف", "توجه", "عمل"}
# A bare 4-digit number after a preposition is a count, not a year, when a counted noun follows.
_COUNTED = re.compile(r"\s*(?:%|٪|[\d]|(?:-|–|الي|حتي|و)\s*\d|(?:[وب]?(?:ال)?(?:مليون|مليار|الف|الاف|دولار|يورو|جنيه|ريال|درهم|دينار|ليره|"
                      r"شخص|اشخاص|طن|كيلو\w*|متر|كم|برميل|ميغاواط|قتيل|جريح|مهاجر|لاجئ|جندي|عنصر|مقاتل|"
                      r"طالب|موظف|وحده|منزل|مسكن|شركه|موقع|مشروع|حاله|نسمه|عامل|سجين|معتقل|صاروخ|طائره|"
                      r"سياره|قطعه|نقطه|مره|ساعه|دقيقه|يوم|ايام|اسره|عائله|طفل|امراه|رجل|مواطن|ناخب|"
                      r"صوت|مقعد|سهم|فرد|مدني|منهم|منها)(?!\w)))")


@dataclass
class _TextAnchor:
    """The latest day and month the text has named, for اليوم التالي and الشهر الجاري."""

    day: tuple[int | None, int, int] | None = None
    month: tuple[int | None, int] | None = None


def _result(value, granularity, against, calendar="gregorian"):
    return {"value": value, "granularity": granularity if value else None,
            "resolved_against": against if value else "unresolved", "calendar": calendar}


def _day_number(token: str) -> int | None:
    token = " ".join(token.split())
    if token.isdigit():
        return int(token)
    return ORDINAL_DAYS.get(token)


def _split_days(days: str) -> list[int]:
    numbers = re.findall(r"\d{1,2}(?!\d)", days)
    if numbers:
        return [int(n) for n in numbers]
    found, rest = [], " ".join(days.split())
    for key in sorted(ORDINAL_DAYS, key=len, reverse=True):
        if key in rest:
            found.append((rest.index(key), ORDINAL_DAYS[key]))
            rest = rest.replace(key, " " * len(key), 1)
    return [n for _, n in sorted(found)]


def _relative(word: str | None) -> int | None:
    return RELATIVE.get(word) if word else None


def _month_numbers(seq: str, lexicon: DateLexicon) -> tuple[list[int], bool, bool]:
    """Distinct months of a month sequence in order (a pair like مارس/آذار is one month), whether
    every name in it is guarded (also an ordinary word), and whether every one is strictly guarded."""
    numbers, all_guarded, all_strict = [], True, True
    for m in month_token_pattern(lexicon).finditer(seq):
        name = " ".join(m.group(0).split())
        number = lexicon.months[name][1]
        all_guarded &= name in lexicon.guarded
        all_strict &= name in lexicon.strict
        if not numbers or numbers[-1] != number:
            numbers.append(number)
    return numbers, all_guarded, all_strict


class _Extractor:
    def __init__(self, text: str, published: datetime | None, lexicon: DateLexicon):
        self.text = text  # normalised
        self.pub: date | None = published.date() if published else None  # the publication's local day
        self.lexicon = lexicon
        self.anchor = _TextAnchor()

    def future(self, m: re.Match) -> bool:
        if _SINCE.match(m.group(0)) or _SINCE_BEFORE.search(self.text, max(0, m.start() - 8), m.start()):
            return False  # منذ 30 آذار، منذ الأحد: since, so before publication
        return is_future(self.text, m.start())

    def note_day(self, y, mo, d):
        self.anchor.day = (y, mo, d)
        self.anchor.month = (y, mo)

    def day_results(self, year, month, days, direction, m, against):
        out = []
        for d in days:
            if not valid_day(year, month, d):
                continue
            y, src = year, against
            if y is None and self.pub:
                y, src = year_of_day(month, d, self.pub, direction, self.future(m)), "published"
            self.note_day(y, month, d)
            out.append(_result(day_value(y, month, d), "day", src))
        return out

    def tail_year(self, m, p):
        """The year after a day or month: 2016, العام الماضي, هذا العام (None when absent or unresolvable)."""
        if m.group(f"{p}_y"):
            return int(m.group(f"{p}_y"))
        if m.group(f"{p}_same") and self.anchor.month and self.anchor.month[0]:
            return self.anchor.month[0]  # من العام نفسه: the year the text last named
        if self.pub and (m.group(f"{p}_ry") or m.group(f"{p}_this")):
            return self.pub.year + (RELATIVE[m.group(f"{p}_ry")] if m.group(f"{p}_ry") else 0)
        return None

    # --- productions -------------------------------------------------------------------------
    def numeric(self, m):
        if m.group("n_iy"):
            y, mo, d = int(m.group("n_iy")), int(m.group("n_im")), int(m.group("n_id"))
        else:
            y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
        if not (1 <= mo <= 12) or not valid_day(y, mo, d):
            return None
        self.note_day(y, mo, d)
        return [_result(day_value(y, mo, d), "day", "absolute")]

    def date(self, m):
        days = [d for d in _split_days(m.group("d_days")) if 1 <= d <= 31]
        if not days:
            return None
        year = self.tail_year(m, "d")
        direction = _relative(m.group("d_rel"))
        if m.group("d_ms"):
            months, _, _ = _month_numbers(m.group("d_ms"), self.lexicon)
            if year is None and _EVENT_NOUN.search(self.text[max(0, m.start() - 25):m.start()]):
                return [_result(None, None, None)]
            out = []
            if _RECURRING.match(self.text, m.end()):
                return [_result(None, None, None)]
            # one day-month: two different names in a row are a mismatched pair; the first leads
            return self.day_results(year, months[0], days, direction, m, "absolute")
        # الثالث من الشهر الجاري / المقبل / نفسه
        rel = m.group("d_rel0")
        if rel in SAME or (self.pub is None and RELATIVE.get(rel) == 0):
            if not self.anchor.month:
                return [_result(None, None, None)]
            y, month = self.anchor.month
            out = [r for r in self.day_results(y, month, days, None, m, "text")]
            for r in out:
                r["resolved_against"] = "text"
            return out
        if self.pub is None:
            return [_result(None, None, None)]
        first = date(self.pub.year, self.pub.month, 1)
        shift = RELATIVE[rel]
        month_index = first.year * 12 + first.month - 1 + shift
        y, month = divmod(month_index, 12)
        return self.day_results(y, month + 1, days, None, m, "published")

    def hijri(self, m):
        _, month = self.lexicon.months[" ".join(m.group("h_m").split())]
        day = _day_number(m.group("h_day")) if m.group("h_day") else None
        year = int(m.group("h_y")) if m.group("h_y") else None
        if day is None and year is None:
            return None
        if year is None and not m.group("h_mark") and " ".join(m.group("h_m").split()) in self.lexicon.guarded:
            return None  # فوزه 3 صفر: the word "zero", not the month
        if year is None and self.pub:
            year = hijri_year_of(self.pub)
        if year is None:
            return [_result(None, None, None, "hijri")]
        against = "absolute" if m.group("h_y") else "published"
        if day is None:
            g = hijri_to_gregorian(year, month, 15)
            return [_result(f"{g.year:04d}-{g.month:02d}", "month", against, "hijri")] if g else None
        g = hijri_to_gregorian(year, month, day)
        if not g:
            return None
        self.note_day(g.year, g.month, g.day)
        return [_result(g.isoformat(), "day", against, "hijri")]

    def nextday(self, m):
        rel = m.group("x_rel")
        shift = {"التالي": 1, "الموالي": 1, "اللاحق": 1, "السابق": -1}.get(rel, 0)
        if not self.anchor.day:
            return [_result(None, None, None)]
        y, mo, d = shift_day(*self.anchor.day, shift)
        self.note_day(y, mo, d)
        return [_result(day_value(y, mo, d), "day", "text")]

    def weekday(self, m):
        before = self.text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1] in ("ايام", "كل", "اول", "ثاني", "ثالث", "اخر", "سوق"):
            return None  # أيام الجمعة، كل سبت: a habit, not a day; سوق الخميس: a market's name
        weekday = self.lexicon.weekdays[m.group("w_day")]
        if self.pub is None:
            return [_result(None, None, None)]
        direction = _relative(m.group("w_rel"))
        pre = m.group("w_pre").split()
        if direction == -1:
            day = weekday_date(self.pub, weekday, -1, inclusive=False)
        elif direction == 1:
            day = weekday_date(self.pub, weekday, 1, inclusive=False)
        elif "اليوم" in pre or "واليوم" in pre:
            day = weekday_date(self.pub, weekday, -1, inclusive=True)
        elif self.future(m):
            day = weekday_date(self.pub, weekday, 1, inclusive=True)
        else:
            day = weekday_date(self.pub, weekday, -1, inclusive=True)
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def relday(self, m):
        word = " ".join(m.group("r_w").split())
        if word in ("الغد", "اليوم") and not m.group("r_part"):
            return None  # صحيفة الغد; اليوم alone is as often "nowadays" as a day (صباح اليوم is a day)
        shift = (-2 if ("اول" in word or "الاول" in word) else -1) if "امس" in word else \
            (2 if word.startswith("بعد") else 0 if word == "اليوم" else 1 if "غد" in word else -1)
        if self.pub is None:
            return [_result(None, None, None)]
        day = self.pub + timedelta(days=shift)
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def offset(self, m):
        n_text = m.group("o_n").split()
        count = 1 if n_text[0] == "يوم" else 2 if n_text[0] == "يومين" else \
            int(n_text[0]) if n_text[0].isdigit() else SMALL_COUNTS.get(n_text[0], 0)
        sign = -1 if m.group("o_dir") == "قبل" else 1
        if m.group("o_from"):
            # بعد يومين من القمة: pinned to the date the text last named, when the story looks ahead;
            # told in the past it usually dates an event the text has not dated.
            if not self.anchor.day or not self.future(m):
                return [_result(None, None, None)]
            y, mo, d = shift_day(*self.anchor.day, sign * count)
            return [_result(day_value(y, mo, d), "day", "text")]
        if self.pub is None or (sign > 0 and not self.future(m)):
            # told in the past, "بعد يومين" counts from an event, not from publication
            return [_result(None, None, None)]
        day = self.pub + timedelta(days=sign * count)
        self.note_day(day.year, day.month, day.day)
        return [_result(day.isoformat(), "day", "published")]

    def year(self, m):
        if _HIJRI_MARK.match(self.text, m.end()):
            return [_result(None, None, None, "hijri")]
        years = [int(y) for y in _YEAR.findall(m.group("y_list"))]
        return [_result(str(y), "year", "absolute") for y in years]

    def relyear(self, m):
        if m.group("ry_bare") is not None and not _PERIOD_LEAD.search(m.group("ry_lead")):
            return None
        if m.group("ry_w") and not m.group("ry_lead").strip():
            before = self.text[max(0, m.start() - 20):m.start()].split()
            if before:
                stem = re.sub(r"^[وفبل]?(?:ال|ل)", "", before[-1])
                if stem in _GENERAL:
                    return None
        if self.pub is None:
            return [_result(None, None, None)]
        rel = m.group("ry_rel")
        shift = -2 if rel and "قبل" in rel else RELATIVE.get(" ".join(rel.split()), 0) if rel else 0
        return [_result(str(self.pub.year + shift), "year", "published")]

    def relmonth(self, m):
        if m.group("rm_bare") is not None and not _PERIOD_LEAD.search(m.group("rm_lead")):
            return None  # الشهر alone is "the month" of anything; مطلع الشهر is this month's start
        rel = m.group("rm_rel")
        if rel in SAME:
            if self.anchor.month and self.anchor.month[0]:
                y, mo = self.anchor.month
                return [_result(f"{y:04d}-{mo:02d}", "month", "text")]
            return [_result(None, None, None)]
        if self.pub is None:
            return [_result(None, None, None)]
        shift = RELATIVE.get(rel, 0) if rel else 0
        y, mo = divmod(self.pub.year * 12 + self.pub.month - 1 + shift, 12)
        self.anchor.month = (y, mo + 1)
        return [_result(f"{y:04d}-{mo + 1:02d}", "month", "published")]

    def month(self, m):
        months, all_guarded, all_strict = _month_numbers(m.group("m_ms"), self.lexicon)
        year = self.tail_year(m, "m")
        rel = m.group("m_rel")
        lead = m.group("m_lead").strip()
        clitic_only = m.group(0)[: m.start("m_ms") - m.start()].strip() in ("", "و", "ف")
        if all_guarded and year is None and rel is None and (not lead) and len(months) < 2:
            # مارس as a verb, ماي as a surname: only a date with a date word around it
            return None
        if all_guarded and year is None and rel is None and len(months) < 2 and (
                clitic_only or not _GUARD_LEAD.search(lead) or (all_strict and not lead.endswith("شهر"))):
            return None
        out = []
        for month in months:
            if year is not None:
                self.anchor.month = (year, month)
                out.append(_result(f"{year:04d}-{month:02d}", "month", "absolute"))
            elif self.pub is not None:
                y = year_of_month(month, self.pub, _relative(rel), self.future(m))
                self.anchor.month = (y, month)
                out.append(_result(f"{y:04d}-{month:02d}", "month", "published"))
            else:
                self.anchor.month = (None, month)
                out.append(_result(None, None, None))
        return out

    def bareyear(self, m):
        after = self.text[m.end():m.end() + 20]
        if _COUNTED.match(after):
            return None
        return [_result(str(int(y)), "year", "absolute") for y in _YEAR.findall(m.group("b_list"))]


def _surface_span(text: str, m: re.Match) -> tuple[int, int]:
    start, end = m.span()
    trim = _TRIM.match(text, start, end)
    if trim and trim.end() < end:
        start = trim.end()
    # a closing bracket belongs to the surface only when its opening one does ("5 مارس آذار)")
    while end > start and text[end - 1] in ") " and text.count("(", start, end) < text.count(")", start, end):
        end -= 1
    return start, end


_TOKEN = re.compile(r"[^\s\"'“”«»()\[\]،,.:؛]+")
_NOT_TOKEN = re.compile(r"[\"'“”«»()\[\]،,.:؛]")
_LEAD_WINDOW = 48  # characters looked back from a trigger for lead words


def _lead_starts(text: str, p: int, floor: int) -> list[int]:
    """Token starts of the unbroken run of lead words (في، نهاية، مساء، يوم …) just before position p,
    earliest first, then p itself: at most 4 tokens (of _TOKEN, within _LEAD_WINDOW characters and
    after `floor`), each separated from the next by spaces only."""
    lo = max(floor, p - _LEAD_WINDOW)
    starts = [p]
    # Walk back a space-delimited word at a time; a word with punctuation inside holds several
    # tokens, which the token regex sorts out.
    while len(starts) <= 4:
        before = text[lo:starts[-1]].rstrip()
        if not before:
            break
        word = before.rsplit(None, 1)[-1]
        if _NOT_TOKEN.search(word):
            return _lead_starts_by_tokens(text, p, lo)
        if not (word in LEAD_TOKENS or (word[:1] in "وف" and word[1:] in LEAD_TOKENS)):
            break
        starts.append(lo + len(before) - len(word))
    return starts[::-1]


def _lead_starts_by_tokens(text: str, p: int, lo: int) -> list[int]:
    starts = [p]
    for t in reversed(list(_TOKEN.finditer(text, lo, p))[-4:]):
        word = t.group(0)
        if text[t.end():starts[-1]].strip() or not (
                word in LEAD_TOKENS or (word[:1] in "وف" and word[1:] in LEAD_TOKENS)):
            break
        starts.append(t.start())
    return starts[::-1]


# The letters the trigger's number may carry glued on ([وف]?(?:في|ال)?) and a year's first digits.
_NUMBER_PREFIXES = frozenset(c + a for c in ("", "و", "ف") for a in ("", "في", "ال"))
_YEAR_STARTS = frozenset(("13", "14", "18", "19", "20"))


def _trigger_positions(text: str, lexicon: DateLexicon) -> list[int]:
    """Where lexicon.trigger matches in " " + text (the index of the separator there is the trigger
    word's index in text), ascending. The trigger index finds the words that could start a trigger
    and the digits; only the token starts they belong to are tried with the regex, and not even
    those where a whole trigger word follows nothing but clitics. (A character is a word character
    for the regex when it is alphanumeric or "_".)"""
    sure, candidates = set(), set()
    last = len(text) - 1
    for end, (length, whole) in lexicon.trigger_index.iter(text):
        if length:  # a word: it ends its token, at most 2 clitics (وفبل) into it
            if end < last:
                ch = text[end + 1]
                if ch.isalnum() or ch == "_":
                    continue
            word_start = p = end - length + 1
            lowest = p - 2
        else:  # a digit: the first of its run, at most 3 letters (وفي، ال) into its token
            if end and text[end - 1].isdecimal():
                continue
            word_start, whole = -1, False
            p, lowest = end, end - 3
        while p > lowest and p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            p -= 1
        if not p or not (text[p - 1].isalnum() or text[p - 1] == "_"):
            if length:
                if whole and not text[p:word_start].strip("وفبل"):
                    sure.add(p)  # what the regex's [وفبل]{0,2}(?:words)(?!\w) matches
                else:
                    candidates.add(p)
            elif text[p:end] in _NUMBER_PREFIXES:
                # the regex's number: a year (13xx, 14xx, 18xx, 19xx, 20xx) or a day of 1-2 digits
                # followed by what makes it a date; other numbers are no trigger
                digits = end + 1
                while digits <= last and text[digits].isdecimal():
                    digits += 1
                digits -= end
                if digits == 4 and text[end:end + 2] in _YEAR_STARTS:
                    sure.add(p)
                elif digits <= 2:
                    candidates.add(p)
    padded, trigger = " " + text, lexicon.trigger.match
    return sorted(sure.union(p for p in candidates if p not in sure and trigger(padded, p)))


def _matches(text: str, lexicon: DateLexicon):
    """Leftmost grammar matches, tried only from the lead words before each trigger word."""
    last_end = 0
    for p in _trigger_positions(text, lexicon):
        if p < last_end:
            continue
        for s in _lead_starts(text, p, last_end):
            m = lexicon.pattern.match(text, s)
            if m and m.end() > p:
                last_end = m.end()
                yield m
                break


def extract_time_expressions(text: str, published: datetime | None, lexicon: DateLexicon,
                             normalized: NormalizedText | None = None) -> list[dict]:
    """Every date expression in `text`: dicts with surface, char_start, char_end (offsets into `text`),
    value ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | 'XXXX-MM-DD' | None), granularity ('day' | 'month' |
    'year' | None), resolved_against ('absolute' | 'published' | 'text' | 'unresolved') and calendar
    ('gregorian' | 'hijri'). `published` is tz-aware in its own offset; its local day is the anchor.
    `normalized` may pass normalize(text) when the caller already has it (it is half the cost)."""
    if not text:
        return []
    norm = normalized if normalized is not None else normalize(text)
    extractor = _Extractor(norm.text, published, lexicon)
    found = []
    for m in _matches(norm.text, lexicon):
        results = getattr(extractor, m.lastgroup[2:])(m)
        if not results:
            continue
        start, end = norm.span_to_original(*_surface_span(norm.text, m))
        for r in results:
            found.append({"surface": text[start:end], "char_start": start, "char_end": end, **r})
    return found
