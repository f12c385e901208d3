"""`marsad report`: the warehouse as one self-contained, right-to-left HTML page.

The page needs no network: no script, no external style sheet, font or image. Its charts are
inline SVG drawn by flows/report_charts.py, and a Content-Security-Policy forbids any load. Every
value read from the warehouse is HTML-escaped. The warehouse is opened read-only. The queries
are in sql/report/.
"""
from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, datetime
from html import escape
from pathlib import Path

import duckdb

from flows.report_charts import OTHER, PALETTE, Bar, Series, horizontal_bars, stacked_columns
from marsad.sql_files import sql_text

TOP_HOSTS_CHART = 8      # host countries with their own colour in the visits chart; the rest are "other"
TOP_HOSTS_TABLE = 15     # host countries with their own row in the visits-per-month table
TOP_PAIRS = 15
TOP_AID_BARS = 12
TOP_AID_ROWS = 60        # aid_flows rows in the table; the rest are counted below it
TOP_COUNTRIES = 15
EVIDENCE_ROWS = 10
MAX_MONTHS_FILLED = 36   # a longer span of visit months shows only the months that have visits

UNKNOWN_MONTH = "شهر غير معروف"
UNSPECIFIED = "غير محدد"
NOT_KNOWN = "—"

VISIT_STATUS = {"occurred": "جرت", "planned": "مقرّرة"}
AID_STATUS = {"provided": "قُدّمت", "pledged": "تعهّد بها", "cut": "قُطعت"}
AID_STATUS_COLOUR = {"provided": PALETTE[0], "pledged": PALETTE[1], "cut": PALETTE[5]}
AID_TYPE = {"military": "عسكرية", "economic": "اقتصادية", "humanitarian": "إنسانية",
            "development": "تنموية", "loan": "قرض", "unspecified": "غير محددة"}
PERIOD = {"annual": "سنويًا", "monthly": "شهريًا", "once": "مرة واحدة"}

SECTIONS = (
    ("visits-over-time", "الزيارات شهريًا حسب البلد المضيف", "Visits over time by host country"),
    ("top-pairs", "أبرز أزواج الزائر ← المضيف", "Top visitor → host pairs"),
    ("aid", "المساعدات من المانح إلى المتلقي", "Aid by donor → recipient"),
    ("active-countries", "البلدان الأكثر نشاطًا", "Most active countries"),
    ("evidence", "الأدلة وراء أبرز الأرقام", "Evidence behind the top figures"),
)

# No load of any kind is allowed: styles are inline, the icon is empty, there is no script.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

STYLE = """
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --soft:#f9fafb; --accent:#0072B2; }
* { box-sizing: border-box; }
body { margin:0; background:#f3f4f6; color:var(--ink);
  font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,"DejaVu Sans",Arial,sans-serif;
  font-size:15px; line-height:1.6; }
main { max-width:1040px; margin:0 auto; padding:24px 20px 40px; }
header.page { background:#fff; border:1px solid var(--line); border-radius:10px; padding:20px 24px; }
h1 { margin:0 0 4px; font-size:26px; }
h2 { margin:0 0 6px; font-size:21px; border-bottom:2px solid var(--accent); padding-bottom:6px; }
h3 { margin:18px 0 8px; font-size:17px; }
.en { display:inline-block; color:var(--muted); font-weight:normal; font-size:13px; margin:0 12px; }
.lede, .note { color:var(--muted); margin:4px 0 12px; font-size:14px; }
.cards { display:flex; flex-wrap:wrap; gap:10px; margin:14px 0 4px; padding:0; list-style:none; }
.cards li { background:var(--soft); border:1px solid var(--line); border-radius:8px; padding:8px 14px; min-width:108px; }
.cards .n { display:block; font-size:22px; font-weight:bold; font-variant-numeric:tabular-nums; }
.cards .k { color:var(--muted); font-size:13px; }
.cards .n.span { font-size:16px; padding-top:5px; }
nav ol { margin:10px 0 0; padding-inline-start:22px; columns:2; font-size:14px; }
nav a, nav a:visited { color:var(--accent); text-decoration:none; }
section { background:#fff; border:1px solid var(--line); border-radius:10px; padding:18px 24px; margin-top:18px; }
.chart { display:block; max-width:100%; height:auto; margin:8px 0; }
.legend { display:flex; flex-wrap:wrap; gap:6px 16px; margin:0 0 10px; padding:0; list-style:none; font-size:13px; }
.swatch { display:inline-block; width:12px; height:12px; border-radius:2px; margin-inline-end:6px; vertical-align:-1px; }
.scroll { overflow-x:auto; }
table { border-collapse:collapse; width:100%; font-size:14px; margin:6px 0; }
th, td { border-bottom:1px solid var(--line); padding:5px 8px; text-align:start; vertical-align:top; white-space:nowrap; }
td.wrap { white-space:normal; min-width:160px; }
th { background:var(--soft); font-weight:bold; white-space:nowrap; }
td.num, th.num { text-align:end; font-variant-numeric:tabular-nums; white-space:nowrap; }
tr.total td { font-weight:bold; border-top:2px solid var(--line); }
.code { display:inline-block; color:var(--muted); font-size:11px; font-family:"DejaVu Sans Mono",monospace; margin:0 5px; }
.sub { display:block; color:var(--muted); font-size:12px; }
.muted { color:var(--muted); }
.empty { color:var(--muted); font-style:italic; }
.evidence { list-style:none; margin:0; padding:0; }
.evidence li { border:1px solid var(--line); border-radius:8px; padding:10px 14px; margin:8px 0; background:var(--soft); }
.evidence .what { font-weight:bold; }
.evidence blockquote { margin:6px 0; padding:6px 12px; background:#fff; border-inline-start:4px solid var(--accent);
  border-radius:4px; }
.evidence .source { color:var(--muted); font-size:13px; }
mark { background:#fde68a; padding:0 2px; border-radius:2px; }
.conf { font-variant-numeric:tabular-nums; background:#e0f2fe; border-radius:10px; padding:0 8px; font-size:13px;
  margin-inline-start:6px; }
footer { color:var(--muted); font-size:13px; margin-top:18px; padding:0 4px; }
@media print { body { background:#fff; } section, header.page { break-inside:avoid-page; border:none; } }
"""


# ---------------------------------------------------------------- entry points

def write_report(warehouse: Path, out: Path) -> None:
    """Write the report on `warehouse` (opened read-only) to `out`, atomically (a reader never sees half a page)."""
    page = build_report(warehouse)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        partial.write_text(page, encoding="utf-8")
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def build_report(warehouse: Path) -> str:
    """The report on `warehouse` as an HTML string. The file is opened read-only and must exist."""
    warehouse = Path(warehouse)
    if not warehouse.is_file():
        raise FileNotFoundError(f"{warehouse}: no such warehouse (build one with `marsad run`)")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return report_html(con, source_name=warehouse.name)


def report_html(con: duckdb.DuckDBPyConnection, source_name: str = "") -> str:
    """The report from an open (read-only) connection: for callers that open the warehouse themselves."""
    summary = _rows(con, "summary")[0]
    bodies = {
        "visits-over-time": _visits_over_time(_rows(con, "visits_per_host_month")),
        "top-pairs": _top_pairs(_rows(con, "top_pairs", limit=TOP_PAIRS)),
        "aid": _aid(_rows(con, "aid_flows")),
        "active-countries": _active_countries(_rows(con, "country_activity", limit=TOP_COUNTRIES)),
        "evidence": _evidence(_rows(con, "evidence_visits", limit=EVIDENCE_ROWS),
                              _rows(con, "evidence_aid", limit=EVIDENCE_ROWS)),
    }
    sections = "".join(
        f'<section id="{key}"><h2>{escape(ar)}<span class="en" lang="en" dir="ltr">{escape(en)}</span></h2>'
        f"{bodies[key]}</section>"
        for key, ar, en in SECTIONS)
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape('تقرير مرصد')}{escape(' — ' + source_name if source_name else '')}</title>"
        f"<style>{STYLE}</style></head><body><main>"
        f"{_header(summary, source_name)}{sections}{_footer(source_name)}"
        "</main></body></html>\n")


def _rows(con: duckdb.DuckDBPyConnection, name: str, **parameters) -> list[dict]:
    cursor = con.execute(sql_text(f"report/{name}.sql"), parameters) if parameters \
        else con.execute(sql_text(f"report/{name}.sql"))
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


# ---------------------------------------------------------------- formatting (every output escaped)

def _int(n: int | None) -> str:
    return NOT_KNOWN if n is None else f"{n:,}"


def _amount(x: float | None) -> str:
    if x is None:
        return NOT_KNOWN
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def short_amount(x: float | None) -> str:
    """1300000000 → '1.3 مليار': three significant figures and an Arabic scale word."""
    if x is None:
        return NOT_KNOWN
    for scale, word in ((1e9, "مليار"), (1e6, "مليون"), (1e3, "ألف")):
        if abs(x) >= scale:
            value = x / scale
            text = f"{value:.3g}"
            return f"{text if 'e' not in text else f'{value:,.0f}'} {word}"
    return _amount(x)


def _month(month: date | None) -> str:
    return UNKNOWN_MONTH if month is None else f"{month:%Y-%m}"


def _time(moment: datetime | None) -> str:
    return "وقت النشر غير معروف" if moment is None else f"{moment:%Y-%m-%d %H:%M} UTC"


def _code(value: str | None) -> str:
    return f'<span class="code" dir="ltr">{escape(value)}</span>' if value else ""


def _country(name_ar: str | None, iso2: str | None, other_name: str | None = None) -> str:
    """A country in Arabic with its ISO code, else a non-state party's own name, else 'unspecified'."""
    if iso2:
        return f"<bdi>{escape(name_ar or iso2)}</bdi>{_code(iso2)}"
    if other_name:
        return f"<bdi>{escape(other_name)}</bdi>"
    return f'<span class="muted">{UNSPECIFIED}</span>'


def _plain_country(name_ar: str | None, iso2: str | None, other_name: str | None = None) -> str:
    """The same, as plain text for a chart label (escaped by the chart)."""
    return name_ar or iso2 or other_name or UNSPECIFIED


def _label(mapping: dict[str, str], value: str | None) -> str:
    """A coded value in Arabic, the stored code (what SQL filters on) as its tooltip."""
    if value is None:
        return NOT_KNOWN
    return f'<span title="{escape(value)}">{escape(mapping.get(value, value))}</span>'


def _table(head: list[tuple[str, bool]], rows: list[str], extra_class: str = "") -> str:
    cells = "".join(f'<th class="num">{escape(h)}</th>' if numeric else f"<th>{escape(h)}</th>"
                    for h, numeric in head)
    return (f'<div class="scroll"><table class="{extra_class}"><thead><tr>{cells}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _td(content: str, numeric: bool = False, style: str = "", wrap: bool = False) -> str:
    classes = ' class="num"' if numeric else ' class="wrap"' if wrap else ""
    styles = f' style="{style}"' if style else ""
    return f"<td{classes}{styles}>{content}</td>"


def _legend(items: list[tuple[str, str]]) -> str:
    return ('<ul class="legend">' + "".join(
        f'<li><span class="swatch" style="background:{colour}"></span>{escape(text)}</li>'
        for text, colour in items) + "</ul>")


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _highlight(sentence: str | None, phrase: str | None) -> str:
    """The sentence escaped, its first occurrence of `phrase` (the trigger or the amount) marked."""
    if not sentence:
        return NOT_KNOWN
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return escape(sentence)
    end = at + len(phrase)
    return f"{escape(sentence[:at])}<mark>{escape(sentence[at:end])}</mark>{escape(sentence[end:])}"


# ---------------------------------------------------------------- page parts

def _header(summary: dict, source_name: str) -> str:
    first, last = summary["first_published"], summary["last_published"]
    span = f"{first:%Y-%m-%d} — {last:%Y-%m-%d}" if first and last else NOT_KNOWN
    cards = [
        (_int(summary["articles"]), "مقالة"),
        (_int(summary["visits"]), "خبر زيارة"),
        (_int(summary["visit_events"]), "زيارة مميزة"),
        (_int(summary["aid_figures"]), "رقم مساعدات"),
        (_int(summary["countries_mentioned"]), "بلدًا مذكورًا"),
        (span, "فترة النشر (UTC)"),
    ]
    items = "".join(f'<li><span class="n{" span" if i == len(cards) - 1 else ""}" dir="ltr">{escape(n)}</span>'
                    f'<span class="k">{escape(k)}</span></li>' for i, (n, k) in enumerate(cards))
    toc = "".join(f'<li><a href="#{key}">{escape(ar)}</a></li>' for key, ar, _ in SECTIONS)
    source = f" · المستودع: <bdi>{escape(source_name)}</bdi>" if source_name else ""
    return (f'<header class="page"><h1>تقرير مرصد<span class="en" lang="en" dir="ltr">Marsad report</span></h1>'
            f'<p class="lede">الزيارات والمساعدات والبلدان كما استخرجها مرصد من الأخبار العربية{source}</p>'
            f'<ul class="cards">{items}</ul><nav><ol>{toc}</ol></nav></header>')


def _visits_over_time(rows: list[dict]) -> str:
    if not rows:
        return _empty("لا توجد زيارات في المستودع.")
    names = {r["iso2"]: r["name_ar"] or r["iso2"] for r in rows}
    totals: dict[str, int] = defaultdict(int)
    counts: dict[tuple[str, date | None], int] = {}
    for r in rows:
        totals[r["iso2"]] += r["visits"]
        counts[(r["iso2"], r["month"])] = r["visits"]
    hosts = sorted(totals, key=lambda h: (-totals[h], h))
    months: list[date | None] = _month_axis({r["month"] for r in rows if r["month"] is not None})
    if any(r["month"] is None for r in rows):
        months.append(None)
    categories = [_month(m) for m in months]

    charted = hosts[:TOP_HOSTS_CHART]
    series = [Series(names[h], PALETTE[i % len(PALETTE)], tuple(counts.get((h, m), 0) for m in months))
              for i, h in enumerate(charted)]
    rest = hosts[TOP_HOSTS_CHART:]
    if rest:
        series.append(Series("بلدان أخرى", OTHER, tuple(sum(counts.get((h, m), 0) for h in rest) for m in months)))
    chart = stacked_columns(categories, series, label="أخبار الزيارات شهريًا حسب البلد المضيف")
    legend = _legend([(s.label, s.colour) for s in series])

    busiest = max(counts.values())
    shown, others = hosts[:TOP_HOSTS_TABLE], hosts[TOP_HOSTS_TABLE:]

    def row(label_html: str, values: list[int], total: int, css: str = "") -> str:
        cells = []
        for v in values:
            shade = f"background:rgba(0,114,178,{0.08 + 0.5 * v / busiest:.2f})" if v and not css else ""
            cells.append(_td(f"{v:,}" if v else '<span class="muted">·</span>', True, shade))
        return f'<tr class="{css}"><td>{label_html}</td>{"".join(cells)}{_td(f"<b>{total:,}</b>", True)}</tr>'

    body = [row(_country(names[h], h), [counts.get((h, m), 0) for m in months], totals[h]) for h in shown]
    if others:
        body.append(row(f"بلدان أخرى ({len(others):,})",
                        [sum(counts.get((h, m), 0) for h in others) for m in months],
                        sum(totals[h] for h in others)))
    body.append(row("المجموع", [sum(counts.get((h, m), 0) for h in hosts) for m in months],
                    sum(totals.values()), "total"))
    table = _table([("البلد المضيف", False), *((c, True) for c in categories), ("المجموع", True)], body)
    return (f'<p class="lede">عدد أخبار الزيارات (زائر وبلد مضيف في مقالة) لكل شهر، والأشهر من اليمين إلى اليسار. '
            f'شهر الزيارة هو شهر يومها، وإلا الشهر الذي يذكره النص، وإلا شهر نشر المقالة.</p>'
            f"{chart}{legend}{table}")


def _month_axis(known: set[date]) -> list[date | None]:
    """The months with visits, with the empty months between them when the span is short enough to draw."""
    if not known:
        return []
    first, last = min(known), max(known)
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    if span > MAX_MONTHS_FILLED:
        return sorted(known)
    return [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(span)]


def _top_pairs(rows: list[dict]) -> str:
    if not rows:
        return _empty("لا توجد زيارات في المستودع.")
    bars = [Bar(f"{_plain_country(r['visitor_ar'], r['visitor_iso2'])} ← {_plain_country(r['host_ar'], r['host_iso2'])}",
                r["events"], f"{r['events']:,}",
                tooltip=f"{r['visitor_iso2'] or '?'} → {r['host_iso2']}: {r['events']:,} visits, {r['reports']:,} reports")
            for r in rows]
    chart = horizontal_bars(bars, label="أبرز أزواج الزائر والمضيف بعدد الزيارات المميزة")
    body = []
    for r in rows:
        visitors = "، ".join(escape(v) for v in r["visitors"]) or f'<span class="muted">{UNSPECIFIED}</span>'
        body.append("<tr>" + _td(_country(r["visitor_ar"], r["visitor_iso2"])) + _td(_country(r["host_ar"], r["host_iso2"]))
                    + _td(_int(r["events"]), True) + _td(_int(r["reports"]), True) + _td(_int(r["occurred"]), True)
                    + _td(_int(r["planned"]), True) + _td(_int(r["articles"]), True) + _td(visitors, wrap=True) + "</tr>")
    table = _table([("البلد الزائر", False), ("البلد المضيف", False), ("زيارات مميزة", True), ("أخبار", True),
                    ("جرت", True), ("مقرّرة", True), ("مقالات", True), ("الزائرون", False)], body)
    return (f'<p class="lede">الزيارة المميزة هي الزيارة نفسها مهما تعدّدت المقالات التي تنقلها؛ '
            f'الأخبار هي صفوف جدول visits. أعلى {len(rows):,} أزواج.</p>{chart}{table}')


def _aid(rows: list[dict]) -> str:
    if not rows:
        return _empty("لا توجد أرقام مساعدات في المستودع.")
    charted = [r for r in rows if r["total_usd"] is not None][:TOP_AID_BARS]
    parts = ['<p class="lede">تُجمع المبالغ داخل العملة الواحدة فقط، لكل حالة ودورية. '
             'المقابل بالدولار للأرقام التي يُعرف سعر صرفها (الدولار كما هو، أو سعر الربط، أو سعر البنك المركزي الأوروبي يوم النشر). '
             'الرقم الذي تنقله عدة مقالات يُحسب كل مرة.</p>']
    if charted:
        bars = [Bar(f"{_plain_country(r['donor_ar'], r['donor_iso2'], r['donor_name_ar'])} ← "
                    f"{_plain_country(r['recipient_ar'], r['recipient_iso2'], r['recipient_name_ar'])}",
                    r["total_usd"], f"{short_amount(r['total_usd'])} دولار",
                    AID_STATUS_COLOUR.get(r["status"], OTHER),
                    f"{_amount(r['total_amount'])} {r['currency'] or ''} ({r['status']}) ≈ {_amount(r['total_usd'])} USD")
                for r in charted]
        parts.append(horizontal_bars(bars, label="المساعدات بالدولار الأميركي من المانح إلى المتلقي"))
        statuses = sorted({r["status"] for r in charted}, key=list(AID_STATUS).index)
        parts.append(_legend([(AID_STATUS[s], AID_STATUS_COLOUR[s]) for s in statuses]))
    body = []
    for r in rows[:TOP_AID_ROWS]:
        types = "، ".join(_label(AID_TYPE, t) for t in r["aid_types"])
        usd = _amount(r["total_usd"])
        if r["total_usd"] is not None and r["usd_figures"] < r["figures"]:
            usd += f' <span class="muted">({r["usd_figures"]:,}/{r["figures"]:,})</span>'
        body.append("<tr>" + _td(_country(r["donor_ar"], r["donor_iso2"], r["donor_name_ar"]))
                    + _td(_country(r["recipient_ar"], r["recipient_iso2"], r["recipient_name_ar"]))
                    + _td(_label(AID_STATUS, r["status"])) + _td(types, wrap=True)
                    + _td(f'<span dir="ltr">{escape(r["currency"] or NOT_KNOWN)}</span>')
                    + _td(f'{_amount(r["total_amount"])}<span class="sub">{escape(short_amount(r["total_amount"]))} · '
                          f'{_label(PERIOD, r["period"])}</span>', True)
                    + _td(usd, True) + _td(_int(r["figures"]), True) + "</tr>")
    parts.append(_table([("المانح", False), ("المتلقي", False), ("الحالة", False), ("النوع", False),
                         ("العملة", False), ("المبلغ", True),
                         ("بالدولار (USD)", True), ("أرقام", True)], body))
    if len(rows) > TOP_AID_ROWS:
        parts.append(f'<p class="note">و{len(rows) - TOP_AID_ROWS:,} صفًا آخر أصغر مبلغًا: '
                     f'<span dir="ltr">marsad export aid_flows</span> يصدّرها كلها.</p>')
    return "".join(parts)


def _active_countries(rows: list[dict]) -> str:
    if not rows:
        return _empty("لا توجد بلدان مذكورة في المستودع.")
    bars = [Bar(_plain_country(r["name_ar"], r["iso2"]), r["articles"], f"{r['articles']:,}",
                tooltip=f"{r['name_en'] or r['iso2']}: {r['articles']:,} articles, {r['mentions']:,} mentions")
            for r in rows]
    chart = horizontal_bars(bars, label="البلدان الأكثر ذكرًا بعدد المقالات", label_width=220)
    body = ["<tr>" + _td(_country(r["name_ar"], r["iso2"])) + _td(_int(r["articles"]), True)
            + _td(_int(r["mentions"]), True) + _td(_int(r["visits_made"]), True) + _td(_int(r["visits_received"]), True)
            + _td(_int(r["aid_given"]), True) + _td(_int(r["aid_received"]), True) + "</tr>" for r in rows]
    table = _table([("البلد", False), ("مقالات تذكره", True), ("مرات الذكر", True), ("زيارات قام بها", True),
                    ("زيارات استقبلها", True), ("مساعدات قدّمها", True), ("مساعدات تلقّاها", True)], body)
    return (f'<p class="lede">أعلى {len(rows):,} بلدًا بعدد المقالات التي تذكرها، مع الزيارات وأرقام المساعدات '
            f'(عدد الصفوف).</p>{chart}{table}')


def _source_line(r: dict) -> str:
    title = escape(r["title"]) if r["title"] else NOT_KNOWN
    source = f" · {escape(r['source'])}" if r["source"] else ""
    return (f'<div class="source">المقالة: <bdi>{title}</bdi> · <span dir="ltr">{escape(_time(r["published_utc"]))}</span>'
            f'{source}{_code(r["external_id"])}</div>')


def _confidence(value: float | None) -> str:
    return f'<span class="conf" dir="ltr">{escape(NOT_KNOWN if value is None else f"{value:.2f}")}</span>'


def _evidence(visits: list[dict], aid: list[dict]) -> str:
    parts = ['<p class="lede">صفوف الزيارات والمساعدات التي يثق بها النموذج أكثر من غيرها (الثقة من 0 إلى 1)، '
             'مع الجملة التي تثبتها والمقالة التي وردت فيها.</p>',
             "<h3>الزيارات <span class=\"en\" lang=\"en\" dir=\"ltr\">Visits</span></h3>"]
    if visits:
        items = []
        for r in visits:
            visitor = f"<bdi>{escape(r['visitor_name_ar'] or 'وفد')}</bdi> "
            visitor_country = escape(_plain_country(r["visitor_country_ar"], r["visitor_country_iso2"]))
            what = (f"{visitor}(<bdi>{visitor_country}</bdi>) ← "
                    f"<bdi>{escape(_plain_country(r['host_country_ar'], r['host_country_iso2']))}</bdi>"
                    + (f" · <bdi>{escape(r['place_ar'])}</bdi>" if r["place_ar"] else "")
                    + f" · {_label(VISIT_STATUS, r['status'])}"
                    + (f' · التاريخ <span dir="ltr">{escape(r["date_value"])}</span>' if r["date_value"] else ""))
            items.append(f'<li><div class="what">{what}{_confidence(r["confidence"])}</div>'
                         f"<blockquote>{_highlight(r['evidence'], r['trigger'])}</blockquote>{_source_line(r)}</li>")
        parts.append(f'<ol class="evidence">{"".join(items)}</ol>')
    else:
        parts.append(_empty("لا توجد زيارات في المستودع."))
    parts.append("<h3>المساعدات <span class=\"en\" lang=\"en\" dir=\"ltr\">Aid</span></h3>")
    if aid:
        items = []
        for r in aid:
            usd = (f" ≈ <span dir=\"ltr\">{escape(_amount(r['amount_usd']))} USD</span>"
                   if r["amount_usd"] is not None and r["currency"] != "USD" else "")
            donor = escape(_plain_country(r["donor_ar"], r["donor_iso2"], r["donor_name_ar"]))
            recipient = escape(_plain_country(r["recipient_ar"], r["recipient_iso2"], r["recipient_name_ar"]))
            what = (f"<bdi>{donor}</bdi> ← <bdi>{recipient}</bdi> · "
                    f"<span dir=\"ltr\">{escape(_amount(r['amount']))} {escape(r['currency'] or '')}</span>{usd}"
                    f" · {_label(AID_STATUS, r['status'])} · {_label(AID_TYPE, r['aid_type'])}"
                    f" · {_label(PERIOD, r['period'])}")
            items.append(f'<li><div class="what">{what}{_confidence(r["confidence"])}</div>'
                         f"<blockquote>{_highlight(r['evidence'], r['amount_surface'])}</blockquote>{_source_line(r)}</li>")
        parts.append(f'<ol class="evidence">{"".join(items)}</ol>')
    else:
        parts.append(_empty("لا توجد أرقام مساعدات في المستودع."))
    return "".join(parts)


def _footer(source_name: str) -> str:
    source = f"<bdi>{escape(source_name)}</bdi> " if source_name else ""
    return (f"<footer>صفحة مستقلة أنشأها <span dir=\"ltr\">marsad report</span> من المستودع {source}"
            "بلا أي اتصال بالشبكة. الأرقام من جداول visits وvisit_events وaid وcountry_mentions؛ "
            "كل رقم يعود إلى مقالته.</footer>")
