"""Blank templates in Russian and Kazakh: the header row a sheet needs, recognised by the import."""

from __future__ import annotations

from pathlib import Path

from .kinds import FIELDS


def template_bytes(kind: str, lang: str) -> bytes:
    """An .xlsx with the header of `kind` in `lang` (ru or kk), bold and wide, required fields marked *."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = {"calendar": {"ru": "Календарь", "kk": "Күнтізбе"}, "meetings": {"ru": "Встречи", "kk": "Кездесулер"},
                "issues": {"ru": "Вопросы", "kk": "Мәселелер"}}[kind][lang]
    index = 1 if lang == "ru" else 2
    for col, f in enumerate(FIELDS[kind], 1):
        cell = ws.cell(row=1, column=col, value=f.names[index][:1].upper() + f.names[index][1:] + ("*" if f.required else ""))
        cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = 24
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_template(kind: str, lang: str, path: Path) -> Path:
    from ..files import write_atomically

    return write_atomically(template_bytes(kind, lang), Path(path), overwrite=True)
