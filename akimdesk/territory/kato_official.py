"""The official KATO classifier file (Bureau of National Statistics layout).

Its rows carry the code split into parts and names in Kazakh and Russian, but no parent and no
level: both are derived here from the code's structure (AB CD EF HIJ) and the unit's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .codes import kato_parent

OFFICIAL_COLUMNS = ("te", "kaz_name", "rus_name")
CITY_REGIONS = {"71": "capital", "75": "republican_city", "79": "republican_city"}


def infer_level(code: str, name_ru: str) -> str:
    """The level of a unit from its code and Russian name."""
    name = name_ru.lower()
    region = code[:2]
    if code[2:] == "0000000":
        return CITY_REGIONS.get(region, "oblast")
    if code[4:] == "00000":
        if region in CITY_REGIONS:
            return "urban_district"
        return "district" if "район" in name else "oblast_city"
    if code[6:] == "000":
        if "округ" in name:
            return "rural_okrug"
        if name.startswith(("г.", "город")) or "г.а." in name:
            return "district_city"
        if name.startswith(("п.", "поселок", "посёлок")):
            return "settlement"
        return "rural_okrug"
    if name.startswith(("п.", "поселок", "посёлок")):
        return "settlement"
    return "village"


def official_rows(header: list[str], body: Iterable[tuple[int, list[str]]]) -> Iterator[tuple]:
    """(row, kato, parent_kato, level, name_ru, name_kk) for every row of an official file."""
    col = {name: header.index(name) for name in OFFICIAL_COLUMNS}
    codes = set()
    rows = []
    for n, r in body:
        def get(name: str, r=r) -> str:
            i = col[name]
            return r[i].strip() if i < len(r) else ""

        code = get("te").zfill(9) if get("te").isdigit() else get("te")
        codes.add(code)
        rows.append((n, code, get("rus_name"), get("kaz_name")))
    for n, code, name_ru, name_kk in rows:
        parent = kato_parent(code) if len(code) == 9 and code.isdigit() else None
        # a classifier may skip an intermediate level: climb until a listed code is found
        while parent and parent not in codes and kato_parent(parent):
            parent = kato_parent(parent)
        level = infer_level(code, name_ru) if len(code) == 9 else ""
        yield (n, code, parent or "", level, name_ru, name_kk)
