"""The charts of the PDF summary, drawn with reportlab.graphics.

Every number a chart shows is written on it (on or beside its bar, beside its
point), every text is in the shipped font, and nothing relies on colour
alone: the summary is also printed in black and white.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from workshop_app.exports.pdf_layout import BOLD, FONT, INK, MUTED, RULE
from workshop_app.models.results import MIDPOINT, SCALE, Quadrant

BAR = colors.HexColor("#4a6fa5")
PALE = colors.HexColor("#eef2f7")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours: reportlab's default would put
    Helvetica, a standard-14 font, into the page."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def _bars_common(chart: VerticalBarChart | HorizontalBarChart, values: Sequence[float],
                 labels: Sequence[str], number_format: str) -> None:
    chart.data = [list(values)]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = list(labels)
    for axis_labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis_labels.fontName = FONT
        axis_labels.fontSize = 7.5
        axis_labels.fillColor = INK
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.15
    chart.valueAxis.visible = False
    chart.barLabelFormat = number_format
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK


def sector_bars(counts: Sequence[tuple[str, int]], width: float) -> Drawing:
    """A column per sector, its count written above it."""
    height = 52 * mm
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 6 * mm, 16 * mm
    chart.width, chart.height = width - 12 * mm, height - 22 * mm
    _bars_common(chart, [n for _, n in counts], [name for name, _ in counts], "%d")
    chart.barLabels.nudge = 6
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.maxWidth = (chart.width / max(len(counts), 1)) * 0.95
    drawing.add(chart)
    return drawing


def score_bars(rows: Sequence[tuple[str, float]], width: float, number_format: str) -> Drawing:
    """A bar per option, best at the top, its score written at its end;
    `rows` are (short label, score)."""
    row_height = 6.5 * mm
    height = row_height * len(rows) + 6 * mm
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    label_width = min(75 * mm, width * 0.45)
    chart.x, chart.y = label_width, 3 * mm
    chart.width, chart.height = width - label_width - 14 * mm, row_height * len(rows)
    # The chart draws its first category at the bottom: best last.
    ordered = list(reversed(rows))
    _bars_common(chart, [v for _, v in ordered], [t for t, _ in ordered], number_format)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.labels.maxWidth = label_width - 6 * mm
    chart.categoryAxis.strokeColor = RULE
    drawing.add(chart)
    return drawing


@dataclass(frozen=True)
class MatrixPoint:
    """One option on the 2×2 matrix: its label (its place) and axis means."""

    label: str
    up: float  # axis 1 mean (impact), upwards
    right: float  # axis 2 mean (feasibility), to the right


def matrix(points: Sequence[MatrixPoint], names: Mapping[Quadrant, str],
           axes: tuple[str, str], size: float) -> Drawing:
    """The 2×2 matrix: axis 1 upwards, axis 2 to the right, on the 1–5
    scale, split at the midpoint; each option a dot with its place written
    beside it (options on the same spot share one dot and list their places)."""
    pad: float = 14 * mm
    drawing = _drawing(size, size)
    drawing.hAlign = "CENTER"
    side = size - 2 * pad
    low, high = SCALE

    def at(value: float) -> float:
        return pad + (value - low) / (high - low) * float(side)

    mid = at(MIDPOINT)
    cells = {Quadrant.BIG_PROJECTS: (pad, mid), Quadrant.QUICK_WINS: (mid, mid),
             Quadrant.THANKLESS: (pad, pad), Quadrant.FILL_INS: (mid, pad)}
    for quadrant, (x, y) in cells.items():
        w = (mid - pad) if x == pad else (pad + side - mid)
        h = (mid - pad) if y == pad else (pad + side - mid)
        fill = PALE if quadrant is Quadrant.QUICK_WINS else colors.white
        drawing.add(Rect(x, y, w, h, fillColor=fill, strokeColor=RULE, strokeWidth=0.6))
        top = y + h - 4 * mm
        drawing.add(String(x + w / 2, top, names[quadrant], fontName=BOLD, fontSize=8.5,
                           fillColor=MUTED, textAnchor="middle"))
    for value in range(low, high + 1):
        drawing.add(String(at(value), pad - 4 * mm, str(value), fontName=FONT, fontSize=7,
                           fillColor=MUTED, textAnchor="middle"))
        drawing.add(String(pad - 2 * mm, at(value) - 2.5, str(value), fontName=FONT, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
    drawing.add(String(pad + side / 2, 2 * mm, f"{axes[1]} →", fontName=BOLD, fontSize=8.5,
                       fillColor=INK, textAnchor="middle"))
    up_label = String(0, 0, f"{axes[0]} →", fontName=BOLD, fontSize=8.5, fillColor=INK,
                      textAnchor="middle")
    drawing.add(_rotated(up_label, 4 * mm, pad + side / 2))
    drawing.add(Line(mid, pad, mid, pad + side, strokeColor=INK, strokeWidth=0.8))
    drawing.add(Line(pad, mid, pad + side, mid, strokeColor=INK, strokeWidth=0.8))
    spots: dict[tuple[float, float], list[str]] = {}
    for point in points:
        spots.setdefault((round(point.right, 2), round(point.up, 2)), []).append(point.label)
    for (right, up), labels in spots.items():
        x, y = at(right), at(up)
        drawing.add(Circle(x, y, 2.2, fillColor=INK, strokeColor=colors.white, strokeWidth=0.5))
        drawing.add(String(x + 3.5, y + 2.5, ", ".join(labels), fontName=BOLD, fontSize=8,
                           fillColor=INK))
    return drawing


def _rotated(text: String, x: float, y: float) -> Group:
    group = Group(text)
    group.translate(x, y)
    group.rotate(90)
    return group
