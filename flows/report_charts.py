"""Small inline SVG charts for `marsad report`: no library, no script, no network.

Every chart reads right to left like the page around it: bar labels stand at the right and bars
grow leftwards; in a time chart the first month is at the right. Every piece of text is escaped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

FONT_SIZE = 13
AXIS = "#6b7280"
GRID = "#e5e7eb"
INK = "#1f2937"

# Colour-blind-safe categorical palette (Okabe–Ito, then Tableau tones); the last is for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#4E79A7",
           "#B07AA1", "#9C755F")
OTHER = "#9ca3af"


def nice_ceiling(value: float) -> tuple[float, float]:
    """(top, step) of an axis over 0..value: a 1, 2 or 5 times a power of ten step, about five ticks."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if step < 1 and value >= 1:
        step = 1.0
    return math.ceil(value / step) * step, step


def _num(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _text(x: float, y: float, content: str, *, anchor: str = "middle", size: int = FONT_SIZE,
          fill: str = INK, rtl: bool = False, extra: str = "") -> str:
    direction = ' direction="rtl"' if rtl else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" fill="{fill}"'
            f'{direction}{extra}>{escape(content)}</text>')


def _shorten(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _svg(width: int, height: int, body: list[str], label: str) -> str:
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" direction="ltr" role="img" aria-label="{escape(label)}">'
            f'<title>{escape(label)}</title>' + "".join(body) + "</svg>")


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    values: tuple[int, ...]


def stacked_columns(categories: list[str], series: list[Series], *, label: str,
                    width: int = 960, height: int = 340) -> str:
    """One column per category (first category at the right), stacked by series, its total on top."""
    top_margin, bottom_margin, axis_margin, far_margin = 28, 64 if len(categories) > 12 else 40, 56, 12
    plot_w = width - axis_margin - far_margin
    plot_h = height - top_margin - bottom_margin
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    top, step = nice_ceiling(max(totals, default=0))
    right = width - axis_margin
    baseline = top_margin + plot_h
    body: list[str] = []
    tick = 0.0
    while tick <= top + 1e-9:
        y = baseline - plot_h * tick / top
        body.append(f'<line x1="{far_margin}" y1="{y:.1f}" x2="{right}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(right + 8, y + 4, _num(tick), anchor="start", size=11, fill=AXIS))
        tick += step
    slot = plot_w / max(len(categories), 1)
    bar_w = min(56.0, slot * 0.7)
    for i, category in enumerate(categories):
        centre = right - slot * (i + 0.5)
        y = baseline
        for s in series:
            value = s.values[i]
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            body.append(f'<rect x="{centre - bar_w / 2:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                        f'fill="{s.colour}"><title>{escape(f"{category} · {s.label}: {value:,}")}</title></rect>')
        if totals[i]:
            body.append(_text(centre, y - 6, f"{totals[i]:,}", size=12))
        if len(categories) > 12:
            body.append(_text(centre, baseline + 14, category, anchor="end", size=11, fill=AXIS,
                              extra=f' transform="rotate(-45 {centre:.1f} {baseline + 14:.1f})"'))
        else:
            body.append(_text(centre, baseline + 18, category, size=12, fill=AXIS, rtl=True))
    body.append(f'<line x1="{far_margin}" y1="{baseline}" x2="{right}" y2="{baseline}" stroke="{AXIS}"/>')
    return _svg(width, height, body, label)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str
    colour: str = PALETTE[0]
    tooltip: str = ""


def horizontal_bars(bars: list[Bar], *, label: str, width: int = 960, label_width: int = 360) -> str:
    """One bar per row, its label at the right, the bar growing leftwards with its value at its end."""
    row_h, top_margin, bottom_margin = 28, 8, 8
    height = top_margin + bottom_margin + row_h * len(bars)
    biggest = max((b.value for b in bars), default=0) or 1
    origin = width - label_width - 12
    value_room = 150
    span = origin - value_room
    body: list[str] = []
    for i, bar in enumerate(bars):
        y = top_margin + row_h * i
        length = max(span * bar.value / biggest, 2.0 if bar.value else 0.0)
        tip = bar.tooltip or f"{bar.label}: {bar.value_text}"
        body.append(_text(width - 4, y + row_h / 2 + 5, _shorten(bar.label, 52), anchor="start", rtl=True))
        body.append(f'<rect x="{origin - length:.1f}" y="{y + 5}" width="{length:.1f}" height="{row_h - 10}" '
                    f'rx="2" fill="{bar.colour}"><title>{escape(tip)}</title></rect>')
        body.append(_text(origin - length - 6, y + row_h / 2 + 5, bar.value_text, anchor="start", size=12, rtl=True))
    body.append(f'<line x1="{origin}" y1="{top_margin}" x2="{origin}" y2="{height - bottom_margin}" stroke="{AXIS}"/>')
    return _svg(width, height, body, label)
