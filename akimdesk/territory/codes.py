"""KATO codes: validation and the region code a user may type in two forms."""

from __future__ import annotations

import re

KATO_RE = re.compile(r"[0-9]{9}")  # ASCII digits only: fullwidth or Arabic-Indic digits are refused


class BadRegionCode(ValueError):
    pass


def is_kato(code: str) -> bool:
    return isinstance(code, str) and bool(KATO_RE.fullmatch(code))


def region_kato(code: str) -> str:
    """'39' or '390000000' -> '390000000'; anything else is refused with a readable reason."""
    text = (code or "").strip()
    if re.fullmatch(r"[0-9]{2}", text):
        return text + "0000000"
    if is_kato(text) and text.endswith("0000000"):
        return text
    raise BadRegionCode(
        f"'{code}' is not a region code: give two digits (e.g. 39) or a nine-digit KATO code of a region "
        "(e.g. 390000000)"
    )


def kato_parent(code: str) -> str | None:
    """The parent implied by the KATO structure AB CD EF HIJ, or None for a region."""
    ab, cd, ef, hij = code[:2], code[2:4], code[4:6], code[6:]
    if hij != "000":
        return f"{ab}{cd}{ef}000"
    if ef != "00":
        return f"{ab}{cd}00000"
    if cd != "00":
        return f"{ab}0000000"
    return None
