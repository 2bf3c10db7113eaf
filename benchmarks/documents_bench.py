"""Documents beside their floors, measured in the same run (not a test; see docs/PERFORMANCE.md).

    PYTHONPATH=$PWD python benchmarks/documents_bench.py                 # 13,000 rows, ru, PDF and Excel
    PYTHONPATH=$PWD python benchmarks/documents_bench.py --rows 3000 --lang kk --only pdf
    PYTHONPATH=$PWD python benchmarks/documents_bench.py --profile pdf   # where the PDF's time goes
    PYTHONPATH=$PWD python benchmarks/documents_bench.py --rows 1000 --against 7f28754  # and an older version

A synthetic quarterly update (the columns of `documents.issues_docs.QUARTER_COLUMNS`, rows grouped by
responsible body with subtotals, texts from one line to several pages, a fixed seed) rendered by
`documents.pdf.render_pdf` and `documents.xlsx.render_xlsx`, beside the bare libraries writing the same
cells: openpyxl in write-only mode (plain values, no styles) and reportlab (one Paragraph per non-empty cell in a plain
Table with a repeated header, the same TTF font, landscape A4). The cells are the printed sheet's own
(every sheet of the workbook we wrote, read back; the PDF's floor prints the formatted sheets, not the
flat data sheet), so both sides write exactly the same text.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

WORDS = ("жители просят отремонтировать дорогу по улице освещение водопровод газ школа детский сад "
         "остановка автобус маршрут тротуар капитальный ремонт крыши дома мост через реку канализация "
         "тұрғындар жолды жөндеуді сұрайды көше жарығы су құбыры мектеп балабақша аялдама көпір").split()


def _text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def synthetic_report(rows: int, lang: str = "ru", seed: int = 17):
    """A quarterly update of `rows` issues in groups of 20-400, with a long text every 500 rows."""
    from akimdesk.documents.definition import Group, Report, SignatureBlock, Table, count_subtotal
    from akimdesk.documents.issue_rows import print_layout
    from akimdesk.documents.issues_docs import QUARTER_COLUMNS, STATUS_COLUMNS

    rng = random.Random(seed)
    groups, n, body = [], 0, 0
    day = dt.date(2026, 9, 30)
    while n < rows:
        body += 1
        items = []
        for _ in range(min(rows - n, rng.randint(20, 400))):
            n += 1
            text = _text(rng, 300, 1500) if n % 500 == 0 else _text(rng, 4, 40)
            raised = day - dt.timedelta(days=rng.randint(1, 700))
            deadline = raised + dt.timedelta(days=rng.randint(30, 900))
            items.append((n, f"39-2026-{n:08X}", "Костанайская область", f"Район {body % 17}",
                          f"39{rng.randint(1000000, 9999999)}", f"с. {rng.choice(WORDS).capitalize()}", raised,
                          f"{raised:%d.%m.%Y}, аким района", f"ЖТ-{rng.randint(10000, 99999)}" if n % 3 else "",
                          text, "Дороги", _text(rng, 0, 12), raised + dt.timedelta(days=60), deadline,
                          rng.randint(0, 2), deadline - dt.timedelta(days=30) if n % 4 == 0 else None,
                          "да" if n % 7 == 0 else "нет", "в работе", rng.randint(0, 100),
                          _text(rng, 0, 15), "без изменений" if n % 5 else "новый"))
        groups.append(Group(f"Министерство {body}: {_text(rng, 2, 8)}", items,
                            count_subtotal(QUARTER_COLUMNS, f"Итого: {len(items)}", items)))
    main = Table("issues", None, QUARTER_COLUMNS, groups,
                 totals=count_subtotal(QUARTER_COLUMNS, f"Всего: {n}", []), note="Состояние на конец периода.",
                 group_column=("Орган", "Орган"), print_layout=print_layout(lang, ("issue", "solution"), ("progress", "change")))
    statuses = Table("statuses", "По статусам", STATUS_COLUMNS,
                     [Group(None, [("в работе", n - 10, "+3"), ("решён", 10, "+1")])], totals=("Итого", n, "+4"))
    return Report(kind="quarterly", lang=lang, title="Ежеквартальная информация — 3 квартал 2026",
                  region="Костанайская область", period_label="3 квартал 2026",
                  created=dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC),
                  facts=[("По состоянию на", "30.09.2026"), ("Охват", "вопросы к центральным органам")],
                  tables=[main, statuses],
                  signature=SignatureBlock("Аким Костанайской области", "К. Аксакалов", dt.date(2026, 10, 5),
                                           "Дата"))


def sheet_cells(xlsx: bytes) -> list[list[list]]:
    """The cells of every sheet of a workbook."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx), read_only=True)
    sheets = [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets]
    book.close()
    return sheets


def bare_xlsx(sheets: list[list[list]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for rows in sheets:
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bare_pdf_pieces(sheets: list[list[list]]) -> bytes:
    """The linear floor: the same cells in tables of 30 rows, each with the header row (reportlab's split
    of one long table is itself quadratic in the rows, so that floor is beaten by any paged layout)."""
    return bare_pdf(sheets, piece=30)


def bare_pdf(sheets: list[list[list]], piece: int | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSans", str(ROOT / "resources" / "fonts" / "PTSans-Regular.ttf")))
    style = ParagraphStyle("cell", fontName="BenchSans", fontSize=7, leading=8)
    story = []
    for rows in sheets:
        width = max((len(r) for r in rows), default=1)
        data = [[Paragraph(str(v).replace("&", "&amp;").replace("<", "&lt;"), style) if v is not None else ""
                 for v in r] + [""] * (width - len(r)) for r in rows]
        if data and piece:
            story += [Table(data[:1] + data[i:i + piece], repeatRows=1, splitInRow=1)
                      for i in range(1, max(2, len(data)), piece)]
        elif data:
            story.append(Table(data, repeatRows=1, splitInRow=1))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(A4), initialFontName="BenchSans").build(story)
    return out.getvalue()


def renderer_at(revision: str, kind: str):
    """`render_pdf` or `render_xlsx` as the file stood at a git revision (to compare before and after)."""
    import importlib.util
    import subprocess
    import tempfile

    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:akimdesk/documents/{kind}.py"],
                            capture_output=True, check=True).stdout
    path = Path(tempfile.mkdtemp()) / f"{kind}.py"
    path.write_bytes(source)
    import akimdesk.documents  # noqa: F401  the package its relative imports name

    spec = importlib.util.spec_from_file_location(f"akimdesk.documents._{kind}_at_{revision[:12]}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, f"render_{kind}")


def _timed(action) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = action()
    return time.perf_counter() - t0, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=13000)
    parser.add_argument("--lang", default="ru", choices=("ru", "kk"))
    parser.add_argument("--only", choices=("pdf", "xlsx"))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", choices=("pdf", "xlsx"), help="profile our renderer instead, top 30")
    parser.add_argument("--save", type=Path, help="keep our PDF and Excel files in this folder")
    parser.add_argument("--against", metavar="REVISION", help="also time the renderers of this git revision")
    args = parser.parse_args()
    from akimdesk.documents.pdf import render_pdf
    from akimdesk.documents.xlsx import render_xlsx

    report = synthetic_report(args.rows, args.lang)
    if args.profile:
        render = render_pdf if args.profile == "pdf" else render_xlsx
        profile = cProfile.Profile()
        profile.runcall(render, report)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        return 0
    xlsx = render_xlsx(report)
    sheets = sheet_cells(xlsx)
    cells = sum(1 for rows in sheets for row in rows for v in row if v is not None)
    print(f"{args.rows:,} issues, {sum(len(s) for s in sheets):,} sheet rows, {cells:,} non-empty cells, "
          f"lang {args.lang}", flush=True)
    printed = sheets[:len(report.tables)]  # the flat data sheet after them is not printed
    kinds = [k for k in ("xlsx", "pdf") if args.only in (None, k)]
    for kind in kinds:
        ours_f, bare_f = (render_xlsx, bare_xlsx) if kind == "xlsx" else (render_pdf, bare_pdf)
        cells_of = sheets if kind == "xlsx" else printed
        before_f = renderer_at(args.against, kind) if args.against else None
        ours, floor, before = [], [], []
        made: dict[str, bytes] = {}
        sides = [("ours", lambda: ours_f(report), ours), ("floor", lambda: bare_f(cells_of), floor)]  # noqa: B023
        if before_f is not None:
            sides.append(("before", lambda: before_f(report), before))  # noqa: B023
        for n in range(args.repeat):  # alternate, each side first in turn, so a change of load hits all alike
            for name, action, times in sides[n % len(sides):] + sides[:n % len(sides)]:
                seconds, made[name] = _timed(action)
                times.append(seconds)
            data, old = made["ours"], made.get("before")
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"report-{args.lang}.{kind}").write_bytes(data)
                if before_f is not None:
                    (args.save / f"report-{args.lang}-{args.against}.{kind}").write_bytes(old)
        o, f = statistics.median(ours), statistics.median(floor)
        line = f"{kind}: ours {o:.2f} s, floor {f:.2f} s, ratio {o / f:.2f}x"
        if before:
            b = statistics.median(before)
            line += f"; at {args.against}: {b:.2f} s, ratio {b / f:.2f}x"
        if kind == "pdf":
            pieces, _ = _timed(lambda: bare_pdf_pieces(printed))
            line += f"; linear floor (30-row tables) {pieces:.2f} s, ratio {o / pieces:.2f}x"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
