"""Demo vocabularies shipped in resources/demo: names, places, streets, venues, issue texts."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from .. import config


@dataclass(frozen=True)
class IssueText:
    category: str
    lang: str
    text: str
    solution: str


@dataclass(frozen=True)
class Vocabulary:
    names: dict[str, list[str]]  # kind -> values
    places: list[tuple[str, str]]  # (ru, kk)
    streets: list[tuple[str, str]]
    venues: list[tuple[str, str]]
    issues: list[IssueText]
    routing: dict[str, tuple[str, tuple[str, ...]]]  # category -> (oblast department, national bodies)


def _pairs(values: list[str]) -> list[tuple[str, str]]:
    out = []
    for v in values:
        ru, _, kk = v.partition("|")
        out.append((ru.strip(), (kk or ru).strip()))
    return out


@cache
def vocabulary() -> Vocabulary:
    folder = config.resources_dir() / "demo"
    names: dict[str, list[str]] = {}
    with open(folder / "names.csv", encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            names.setdefault(row["kind"].strip(), []).append(row["value"].strip())
    with open(folder / "issue_texts.csv", encoding="utf-8-sig", newline="") as fh:
        issues = [IssueText(r["category"], r["lang"], r["text"], r["solution"]) for r in csv.DictReader(fh)]
    with open(folder / "routing.csv", encoding="utf-8-sig", newline="") as fh:
        routing = {r["category"]: (r["oblast_body"], tuple(filter(None, r["national_bodies"].split("|"))))
                   for r in csv.DictReader(fh)}
    return Vocabulary(
        names=names,
        places=_pairs(names.pop("place", [])),
        streets=_pairs(names.pop("street", [])),
        venues=_pairs(names.pop("venue", [])),
        issues=issues,
        routing=routing,
    )
