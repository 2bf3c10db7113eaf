"""Charts of a report definition drawn with reportlab graphics, in the bundled font."""

from __future__ import annotations

from ..documents.definition import Chart

PALETTE = ("#2f5597", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6", "#bf9000", "#a5a5a5",
           "#843c0c", "#385723", "#1f3864", "#ff6f61")


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def chart_drawing(chart: Chart, width: float, font: str, max_height: float = 480):
    """A reportlab Drawing for the chart, `width` points wide and at most `max_height` high."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    n = max(1, len(chart.labels))
    if chart.kind == "pie":
        height = 210
        d = Drawing(width, height, initialFontName=font)
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 30, 20, 160, 160
        values = chart.series[0][1] if chart.series else []
        pie.data = list(values) or [1]
        pie.labels = [str(int(v)) for v in values] or [""]
        pie.slices.fontName = font
        pie.slices.fontSize = 8
        pie.slices.strokeColor = colors.white
        for i in range(len(pie.data)):
            pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        d.add(pie)
        legend = Legend()
        legend.x, legend.y = 230, 180
        legend.fontName, legend.fontSize = font, 8
        legend.alignment = "right"
        legend.columnMaximum = 12
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), f"{_short(lbl, 60)} — {int(v)}")
                                 for i, (lbl, v) in enumerate(zip(chart.labels, values, strict=False))]
        d.add(legend)
        return d
    series = chart.series
    legend_h = 18 if len(series) > 1 else 0
    per_category = min((9 if len(series) > 1 else 11) * len(series) + 6, (max_height - 40 - legend_h) / n)
    plot_h = n * per_category
    height = plot_h + 40 + legend_h
    d = Drawing(width, height, initialFontName=font)  # else the renderer selects Helvetica first
    bc = HorizontalBarChart()
    bc.x, bc.y = 230, 25 + legend_h
    bc.width, bc.height = width - 260, plot_h
    # reportlab draws the first category at the bottom; reverse so the chart reads like the table
    bc.data = [list(reversed(values)) for _, values in series] or [[0]]
    bc.categoryAxis.categoryNames = [_short(lbl) for lbl in reversed(chart.labels)]
    bc.categoryAxis.labels.fontName = font
    bc.categoryAxis.labels.fontSize = 7
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -4
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labels.fontName = font
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = colors.HexColor("#d9d9d9")
    bc.barSpacing = 1
    bc.groupSpacing = 5
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = font
    bc.barLabels.fontSize = 6
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 2
    for i in range(len(series)):
        bc.bars[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        bc.bars[i].strokeColor = None
    d.add(bc)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 230, 12
        legend.fontName, legend.fontSize = font, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 120
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), name) for i, (name, _) in enumerate(series)]
        d.add(legend)
    return d
