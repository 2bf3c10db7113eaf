"""Decree editions as data: resources/rules/*.toml, plus editions an administrator adds or edits.

The edition for a year is the latest one in force by 1 January of that year; a calendar can be
pinned to another edition. A malformed file is refused with its line and the reason.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .. import config
from ..files import write_atomically
from ..models import Level

PERIODS = ("year", "half_year", "quarter")
MASLIKHAT_MODES = ("agreement", "notification")
LEVELS = {lv.value for lv in Level}
LEVEL_ORDER = tuple(lv.value for lv in Level)  # from the oblast down, as a form lists them
PARAMETERS = {
    # name: (default, lowest, highest) — not fixed in the confirmed text, so configurable
    "announcement_lead_days": (7, 0, 60),
    "results_publication_days": (10, 0, 90),
    "presentation_share_max": (0.25, 0.05, 1.0),
}


class EditionFileError(ValueError):
    """A malformed edition; the message names the file, the line where known, and the reason.

    An edition refused as a whole (`check_edition`) also carries a `code` naming the rule it breaks and
    the 1-based `norm` it concerns, so the window can say it in the user's language."""

    def __init__(self, message: str, code: str = "", norm: int = 0, levels: tuple[str, ...] = ()):
        super().__init__(message)
        self.code, self.norm, self.levels = code, norm, levels


@dataclass(frozen=True)
class Norm:
    """At least `minimum` field meetings by each organizer in each target unit per period."""

    organizers: tuple[str, ...]
    targets: tuple[str, ...]
    period: str
    minimum: int


@dataclass(frozen=True)
class Edition:
    code: str
    title_ru: str
    title_kk: str
    title_en: str
    effective_from: dt.date
    approval_deadline: tuple[int, int]
    submission_deadline: tuple[int, int]
    maslikhat_approval: str
    maslikhat_correction: str
    parameters: dict = field(default_factory=dict)
    norms: tuple[Norm, ...] = ()
    source_file: str = ""
    administration_deadline: tuple[int, int] = (2, 1)  # the Government to the Presidential Administration
    # the problem issues needing central-level decisions go to the Government twice a year: the first half's
    # list by this month-day of the same year, the second half's by this month-day of the next year
    central_first_half_deadline: tuple[int, int] = (8, 15)
    central_second_half_deadline: tuple[int, int] = (2, 15)

    def norms_for(self, organizer_level: str) -> list[Norm]:
        return [n for n in self.norms if organizer_level in n.organizers]

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", None) or self.title_ru

    def parameter(self, name: str) -> float:
        return self.parameters.get(name, PARAMETERS[name][0])

    def approval_date(self, year: int) -> dt.date:
        return dt.date(year, *self.approval_deadline)

    def submission_date(self, year: int) -> dt.date:
        return dt.date(year, *self.submission_deadline)

    def administration_date(self, year: int) -> dt.date:
        return dt.date(year, *self.administration_deadline)

    def central_issues_date(self, year: int, first_half: bool) -> dt.date:
        """When the list of issues for central bodies of a half of `year` is due at the Government."""
        if first_half:
            return dt.date(year, *self.central_first_half_deadline)
        return dt.date(year + 1, *self.central_second_half_deadline)


def rules_dir() -> Path:
    return config.resources_dir() / "rules"


def user_rules_dir() -> Path:
    """Editions an administrator added or edited; a file here replaces the shipped one of the same code."""
    path = config.data_dir() / "rules"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _fail(name: str, text: str, needle: str | None, reason: str) -> EditionFileError:
    line = _line_of(text, needle) if needle else None
    where = f"{name}, line {line}" if line else name
    return EditionFileError(f"{where}: {reason}")


def parse_edition_text(text: str, name: str = "edition") -> Edition:
    """Read an edition from TOML text; refuse it with the line and the reason when it is malformed."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EditionFileError(f"{name}: {exc}") from exc

    def need(table: dict, key: str, where: str = ""):
        if key not in table:
            raise _fail(name, text, None, f"required key '{where}{key}' is missing")
        return table[key]

    def month_day(key: str, default: tuple[int, int] | None = None) -> tuple[int, int]:
        if default is not None and key not in data.get("deadlines", {}):
            return default
        value = str(need(need(data, "deadlines"), key, "deadlines."))
        match = re.fullmatch(r"(\d{2})-(\d{2})", value)
        try:
            assert match
            month, day = int(match[1]), int(match[2])
            dt.date(2024, month, day)
        except Exception:
            raise _fail(name, text, key, f"'{key}' must be a month-day like \"01-15\", not {value!r}") from None
        return month, day

    effective = need(data, "effective_from")
    if not isinstance(effective, dt.date) or isinstance(effective, dt.datetime):
        raise _fail(name, text, "effective_from", "'effective_from' must be a date like 2024-01-01")
    maslikhat = need(data, "maslikhat")
    modes = {}
    for key in ("approval", "correction"):
        mode = need(maslikhat, key, "maslikhat.")
        if mode not in MASLIKHAT_MODES:
            raise _fail(name, text, f"{key} =", f"maslikhat {key} must be one of {', '.join(MASLIKHAT_MODES)}")
        modes[key] = mode
    parameters = dict(data.get("parameters", {}))
    for key, value in parameters.items():
        if key not in PARAMETERS:
            raise _fail(name, text, key, f"unknown parameter '{key}' (known: {', '.join(PARAMETERS)})")
        _, low, high = PARAMETERS[key]
        if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
            raise _fail(name, text, key, f"parameter '{key}' must be a number from {low} to {high}")
    norms = []
    for raw in data.get("norms", []):
        organizers = tuple(need(raw, "organizers", "norms."))
        targets = tuple(need(raw, "targets", "norms."))
        period = need(raw, "period", "norms.")
        minimum = raw.get("minimum", 1)
        for level in organizers + targets:
            if level not in LEVELS:
                raise _fail(name, text, f'"{level}"', f"unknown level '{level}' (known: {', '.join(sorted(LEVELS))})")
        if period not in PERIODS:
            raise _fail(name, text, f'"{period}"', f"unknown period '{period}' (use {', '.join(PERIODS)})")
        if not isinstance(minimum, int) or minimum < 1:
            raise _fail(name, text, "minimum", "'minimum' must be a whole number of at least 1")
        norms.append(Norm(organizers, targets, period, minimum))
    if not norms:
        raise _fail(name, text, None, "the edition has no [[norms]]")
    return Edition(
        code=str(need(data, "code")),
        title_ru=need(data, "title_ru"),
        title_kk=need(data, "title_kk"),
        title_en=data.get("title_en", data["title_ru"]),
        effective_from=effective,
        approval_deadline=month_day("calendar_approval"),
        submission_deadline=month_day("government_submission"),
        maslikhat_approval=modes["approval"],
        maslikhat_correction=modes["correction"],
        parameters=parameters,
        norms=tuple(norms),
        source_file=name,
        administration_deadline=month_day("administration_submission", (2, 1)),
        central_first_half_deadline=month_day("central_issues_first_half", (8, 15)),
        central_second_half_deadline=month_day("central_issues_second_half", (2, 15)),
    )


def parse_edition(path: Path) -> Edition:
    return parse_edition_text(path.read_text(encoding="utf-8"), path.name)


# Parsed editions, kept for the life of the process: a list of meetings asks for the edition of each row.
# The key is the rule folders' files with their size and modification time, so an edition an administrator
# saves (save_edition also clears it) or replaces on disk is read again; nothing else parses a file twice.
_parsed: dict[str, tuple[tuple, dict[str, Path], list[Edition]]] = {}


def _rule_files() -> tuple:
    found = []
    for folder in (rules_dir(), user_rules_dir()):
        for path in sorted(folder.glob("*.toml")):
            try:
                st = path.stat()
            except OSError:
                continue
            found.append((folder == rules_dir(), path, st.st_mtime_ns, st.st_size))
    return tuple(found)


def _loaded() -> tuple[dict[str, Path], list[Edition]]:
    key = _rule_files()
    cached = _parsed.get("editions")
    if cached is not None and cached[0] == key:
        return cached[1], cached[2]
    files: dict[str, Path] = {}
    editions: dict[str, Edition] = {}
    for shipped, path, _mtime, _size in key:
        try:
            edition = parse_edition(path)
        except EditionFileError:
            if shipped:
                raise  # a broken shipped file is a bug; a broken user file is skipped here
            continue
        files[edition.code] = path
        editions[edition.code] = edition
    ordered = sorted(editions.values(), key=lambda e: e.effective_from)
    _parsed["editions"] = (key, files, ordered)
    return files, ordered


def forget_parsed_editions() -> None:
    """Read the edition files again on the next request (after an administrator saved one)."""
    _parsed.clear()


def edition_files() -> dict[str, Path]:
    """Edition code -> file; an administrator's file replaces the shipped one with the same code."""
    return dict(_loaded()[0])


def all_editions() -> list[Edition]:
    return list(_loaded()[1])


def edition_by_code(code: str) -> Edition:
    for edition in all_editions():
        if edition.code == code:
            return edition
    known = ", ".join(e.code for e in all_editions())
    raise EditionFileError(f"no decree edition '{code}' (known: {known})")


def edition_for_year(year: int) -> Edition:
    """The edition in force for a calendar year: the latest one effective by 1 January of that year."""
    editions = all_editions()
    start = dt.date(year, 1, 1)
    chosen = [e for e in editions if e.effective_from <= start]
    return chosen[-1] if chosen else editions[0]


def edition_text(code: str) -> str:
    return edition_files()[code].read_text(encoding="utf-8")


def _norm_problem(edition: Edition) -> EditionFileError | None:
    seen: dict[tuple[str, str], int] = {}
    for number, norm in enumerate(edition.norms, start=1):
        if not norm.organizers:
            return EditionFileError(f"edition: norm {number} names no organizing akims", "no_organizers", number)
        if not norm.targets:
            return EditionFileError(f"edition: norm {number} names no units to visit", "no_targets", number)
        for pair in ((o, t) for o in norm.organizers for t in norm.targets):
            if pair in seen:
                return EditionFileError(f"edition: norm {number} repeats {pair[0]} visiting {pair[1]} of norm "
                                        f"{seen[pair]}", "repeated_norm", number, pair)
            seen[pair] = number
    return None


def check_edition(edition: Edition) -> None:
    """Refuse an edition an administrator cannot store: a bad code, a missing title, no norms, a norm without
    organizers or units or repeating another's pair, a deadline on 29 February, deadlines out of order
    (approval, then the Government, then the Presidential Administration)."""
    if not re.fullmatch(r"[\w.-]{1,40}", edition.code):
        raise EditionFileError("edition: 'code' may hold letters, digits, '.', '-' and '_' only", "bad_code")
    if not edition.title_ru.strip() or not edition.title_kk.strip():
        raise EditionFileError("edition: the titles in Russian and Kazakh are required", "no_title")
    if not edition.norms:
        raise EditionFileError("edition: the edition has no norms", "no_norms")
    problem = _norm_problem(edition)
    if problem is not None:
        raise problem
    if (2, 29) in (edition.approval_deadline, edition.submission_deadline, edition.administration_deadline,
                   edition.central_first_half_deadline, edition.central_second_half_deadline):
        raise EditionFileError("edition: a deadline cannot be 29 February, a day most years lack", "leap_day")
    if edition.submission_deadline < edition.approval_deadline:
        raise EditionFileError("edition: the calendar cannot go to the Government before its approval deadline",
                               "submission_before_approval")
    if edition.administration_deadline < edition.submission_deadline:
        raise EditionFileError("edition: the Government cannot send the calendars on before they reach it",
                               "administration_before_submission")


def save_edition(text: str) -> Edition:
    """Validate and store an administrator's edition (atomically); returns it. Nothing is written if invalid."""
    edition = parse_edition_text(text, "edition")
    check_edition(edition)
    target = user_rules_dir() / f"{edition.code}.toml"
    write_atomically(text.encode("utf-8"), target, overwrite=True)
    forget_parsed_editions()
    return edition


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def edition_toml(edition: Edition) -> str:
    """An edition written back as the TOML its file holds (what a form edits is stored the same way)."""
    lines = [
        f"code = {_toml_string(edition.code)}",
        f"title_ru = {_toml_string(edition.title_ru)}",
        f"title_kk = {_toml_string(edition.title_kk)}",
        f"title_en = {_toml_string(edition.title_en)}",
        f"effective_from = {edition.effective_from.isoformat()}",
        "",
        "[deadlines]",
        'calendar_approval = "{:02d}-{:02d}"'.format(*edition.approval_deadline),
        'government_submission = "{:02d}-{:02d}"'.format(*edition.submission_deadline),
        'administration_submission = "{:02d}-{:02d}"'.format(*edition.administration_deadline),
        'central_issues_first_half = "{:02d}-{:02d}"'.format(*edition.central_first_half_deadline),
        'central_issues_second_half = "{:02d}-{:02d}"  # of the next year'.format(
            *edition.central_second_half_deadline),
        "",
        "[maslikhat]",
        f"approval = {_toml_string(edition.maslikhat_approval)}",
        f"correction = {_toml_string(edition.maslikhat_correction)}",
        "",
        "[parameters]",
        *(f"{key} = {value!r}" for key, value in edition.parameters.items()),
    ]
    for norm in edition.norms:
        lines += ["", "[[norms]]",
                  "organizers = [" + ", ".join(map(_toml_string, norm.organizers)) + "]",
                  "targets = [" + ", ".join(map(_toml_string, norm.targets)) + "]",
                  f"period = {_toml_string(norm.period)}", f"minimum = {norm.minimum}"]
    return "\n".join(lines) + "\n"
