"""Reading a data package before anything is written: the zip's shape and limits, the manifest, hashes
and signature (the document verifier), the format version, and every record's fields. A package that
fails any check is refused with its reason (ExchangeRefused)."""

from __future__ import annotations

import json
import uuid
import zipfile
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path, PurePosixPath
from typing import Any

from ..packages.container import MANIFEST, SIGNATURE
from ..territory.codes import is_kato
from . import ExchangeRefused
from .records import (
    BY_NAME,
    DATA_FILE,
    DATA_FORMAT,
    DATA_FORMAT_VERSION,
    ENTITIES,
    GIVEN_ONCE,
    KIND,
    SCHEMA_FILE,
    BadValue,
    column_from_json,
    enumerations,
    from_json,
)

MAX_PACKAGE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 16
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # uncompressed, each
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # uncompressed, all together
MAX_RATIO = 100  # uncompressed / compressed, for members over 1 MB (JSON compresses about 10:1)
EXPECTED = {DATA_FILE, SCHEMA_FILE, MANIFEST, SIGNATURE}


@dataclass
class IncomingRecord:
    entity: str
    values: dict[str, Any]  # Python values, references still the sender's UUIDs
    position: int  # 1-based, within its entity in data.json


@dataclass
class DataPackage:
    path: Path
    sha256: str
    manifest: dict
    unit: dict
    records: list[IncomingRecord] = field(default_factory=list)
    tombstones: list[dict] = field(default_factory=list)
    signer: Any = None  # CertificateInfo

    @property
    def package_id(self) -> str:
        return str((self.manifest.get("details") or {}).get("package_id") or self.sha256)

    @property
    def period(self) -> dict:
        return self.manifest.get("period") or {}


def _check_shape(path: Path) -> None:
    """Refuse what is not a zip, a truncated zip, a zip bomb and names that escape the folder, before any
    member is decompressed."""
    if not path.is_file():
        raise ExchangeRefused("no_file", f"{path}: no such file", bad_input=True, file=str(path))
    if path.stat().st_size > MAX_PACKAGE_BYTES:
        raise ExchangeRefused("too_large", f"{path.name}: larger than a data package may be", file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ExchangeRefused("not_zip", f"{path.name}: not a package (not a readable zip archive: {exc})",
                              bad_input=True, file=path.name) from None
    if len(infos) > MAX_MEMBERS:
        raise ExchangeRefused("too_many_files", f"{path.name}: {len(infos)} files, a data package has 4",
                              count=len(infos))
    total = 0
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if not name or name.startswith(("/", "\\")) or ".." in parts or ":" in name or "\\" in name:
            raise ExchangeRefused("unsafe_path", f"{path.name}: the file name {name!r} leads outside the package",
                                  name=name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ExchangeRefused("zip_bomb", f"{path.name}: {name} unpacks to {info.file_size} bytes, over the limit",
                                  name=name)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ExchangeRefused("zip_bomb", f"{path.name}: {name} is compressed suspiciously well (a zip bomb?)",
                                  name=name)
        total += info.file_size
        if name not in EXPECTED:
            raise ExchangeRefused("unlisted", f"{path.name}: {name} is not part of a data package", name=name)
    if total > MAX_TOTAL_BYTES:
        raise ExchangeRefused("zip_bomb", f"{path.name}: unpacks to {total} bytes, over the limit", name=path.name)


def _verify(path: Path, trust: list[Path] | None, roots: list | None = None, crls: list | None = None):
    from ..packages.verify import PackageUnreadable, verify_package

    try:
        result = verify_package(path, trust, roots=roots, crls=crls, keep_members=True)
    except PackageUnreadable as exc:
        raise ExchangeRefused("not_zip", str(exc), bad_input=True, file=path.name) from None
    manifest = result.manifest or {}
    details = manifest.get("details") or {}
    version = details.get("data_format_version", manifest.get("format_version"))
    newer = isinstance(version, int) and version > DATA_FORMAT_VERSION
    if not newer:
        for c in result.failures:
            if c.check == "manifest" and "newer" in c.detail:
                newer = True
    if newer:
        raise ExchangeRefused("newer_format", f"{path.name}: made by a newer AkimDesk (format version {version}); "
                              "install the newer version to read it", version=str(version))
    # a data package says who sent it inside (unit, package id): a file renamed on the way is still itself
    failures = [c for c in result.failures if c.check != "name"]
    if failures:
        first = failures[0]
        code = {"cms_signature": "bad_signature", "trust": "untrusted", "certificate": "untrusted",
                "timestamp": "untrusted", "sha256": "hash_mismatch", "size": "hash_mismatch",
                "unlisted": "unlisted", "missing": "missing_file", "manifest": "bad_manifest",
                "readable": "damaged", "duplicate": "duplicate_name"}.get(first.check, "bad_package")
        if code == "bad_signature" and "not signed" in first.detail:
            code = "unsigned"
        reasons = "; ".join(f"{c.file}: {c.detail}" for c in failures)
        raise ExchangeRefused(code, f"{path.name}: refused ({reasons})", file=first.file, detail=first.detail)
    if manifest.get("kind") != KIND:
        raise ExchangeRefused("not_data", f"{path.name}: a document package ({manifest.get('kind')}), not a data package",
                              kind=str(manifest.get("kind")))
    return result


def read_package(path: str | Path, trust: list[Path] | None = None, *, roots: list | None = None,
                 crls: list | None = None) -> DataPackage:
    """Check a data package completely and return its records; refuses (ExchangeRefused) on any problem."""
    from ..packages.container import sha256

    path = Path(path)
    _check_shape(path)
    result = _verify(path, trust, roots, crls)
    raw = path.read_bytes()
    data_bytes = result.members.get(DATA_FILE)  # the bytes whose hash the signed manifest vouched for
    if data_bytes is None:
        with zipfile.ZipFile(path) as archive:
            data_bytes = archive.read(DATA_FILE)
    try:
        data = json.loads(data_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ExchangeRefused("bad_data", f"{DATA_FILE} is not readable JSON ({exc})", detail=str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
        raise ExchangeRefused("bad_data", f"{DATA_FILE} is not AkimDesk data", detail="format")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise ExchangeRefused("bad_data", f"{DATA_FILE} has no format version", detail="format_version")
    if version > DATA_FORMAT_VERSION:
        raise ExchangeRefused("newer_format", f"{path.name}: made by a newer AkimDesk (format version {version}); "
                              "install the newer version to read it", version=str(version))
    unit = data.get("unit")
    manifest_kato = ((result.manifest or {}).get("region") or {}).get("kato")
    if not isinstance(unit, dict) or unit.get("kato") != manifest_kato:
        raise ExchangeRefused("bad_data", f"{DATA_FILE}: the sender unit differs from the manifest's", detail="unit")
    package = DataPackage(path, sha256(raw), result.manifest, unit, signer=result.signer)
    package.records = _records(data.get("records"))
    package.tombstones = _tombstones(data.get("tombstones"))
    ids = [*(r.values["id"] for r in package.records), *(t["id"] for t in package.tombstones)]
    if len(set(ids)) != len(ids):  # then the first that appears again, named
        seen: set = set()
        for item in ids:
            if item in seen:
                raise ExchangeRefused("duplicate_id", f"{DATA_FILE}: the record {item} appears more than once",
                                      id=str(item))
            seen.add(item)
    return package


def _records(section: Any) -> list[IncomingRecord]:
    if not isinstance(section, dict):
        raise ExchangeRefused("bad_data", f"{DATA_FILE} has no records section", detail="records")
    unknown = set(section) - set(BY_NAME)
    if unknown:
        raise ExchangeRefused("bad_data", f"{DATA_FILE}: unknown kind of record {sorted(unknown)[0]!r}",
                              detail=sorted(unknown)[0])
    out = []
    fixed = enumerations()
    for entity in ENTITIES:
        rows = section.get(entity.name, [])
        if not isinstance(rows, list):
            raise ExchangeRefused("bad_data", f"{DATA_FILE}: {entity.name} is not a list", detail=entity.name)
        columns = {c.key: c for c in entity.columns}
        keys = set(columns)
        enumerated = [k for e, k in fixed if e == entity.name]
        quick = _by_columns(entity.name, rows, columns, {k: fixed[(entity.name, k)] for k in enumerated})
        if quick is not None:
            out.extend(IncomingRecord(entity.name, values, position) for position, values in enumerate(quick, 1))
            continue
        for position, row in enumerate(rows, 1):
            where = f"{entity.name} record {position}"
            if isinstance(row, dict):  # a sender before a given-once column was added leaves it out
                row = {**{k: None for k in GIVEN_ONCE.get(entity.name, ())}, **row}
            if not isinstance(row, dict) or row.keys() != keys:
                raise ExchangeRefused("bad_record", f"{DATA_FILE}: {where} does not have the fields of its kind",
                                      entity=entity.name, position=position, field="")
            values = {}
            for key, column in columns.items():
                try:
                    values[key] = from_json(column, row[key])
                except BadValue as exc:
                    code = "bad_date" if "date" in type(column.type).__name__.lower() else "bad_record"
                    raise ExchangeRefused(code, f"{DATA_FILE}: {where}: {exc}", entity=entity.name,
                                          position=position, field=key) from None
            for key in enumerated:
                if values[key] is not None and values[key] not in fixed[(entity.name, key)]:
                    raise ExchangeRefused("bad_record", f"{DATA_FILE}: {where}: field {key}: {values[key]!r} is not "
                                          "one of its values", entity=entity.name, position=position, field=key)
            if entity.name == "territory" and values["kato"] is not None and not is_kato(values["kato"]):
                raise ExchangeRefused("bad_record", f"{DATA_FILE}: {where}: field kato: {values['kato']!r} is not a "
                                      "nine-digit KATO code", entity=entity.name, position=position, field="kato")
            for key in ("id", "created_at", "updated_at", "row_version"):
                if values[key] is None:
                    raise ExchangeRefused("bad_record", f"{DATA_FILE}: {where}: field {key} is empty",
                                          entity=entity.name, position=position, field=key)
            if values["row_version"] < 1:
                raise ExchangeRefused("bad_record", f"{DATA_FILE}: {where}: row_version must be 1 or more",
                                      entity=entity.name, position=position, field="row_version")
            out.append(IncomingRecord(entity.name, values, position))
    return out


_NEVER_EMPTY = frozenset({"id", "created_at", "updated_at", "row_version"})


def _by_columns(name: str, rows: list, columns: dict, enumerated: dict[str, set[str]]) -> list[dict] | None:
    """The records' values checked and converted a column at a time (the loops over the fields in C where they
    can); None when any record is not plainly right, for the field-by-field reading to name the first wrong one
    as before."""
    keys = columns.keys()
    if not all(type(row) is dict and row.keys() == keys for row in rows):
        return None  # a wrong shape, or a sender before a given-once column
    converted = []
    for key, column in columns.items():
        given = list(map(itemgetter(key), rows))
        if key in _NEVER_EMPTY and None in given:
            return None
        values = column_from_json(column, given)
        if values is None or (key in enumerated and not set(values) - {None} <= enumerated[key]):
            return None
        converted.append(values)
    named = dict(zip(keys, converted, strict=True))
    if min(named["row_version"], default=1) < 1:
        return None
    if name == "territory" and not all(kato is None or is_kato(kato) for kato in named["kato"]):
        return None
    return list(map(dict, map(zip, repeat(tuple(keys)), zip(*converted, strict=True))))  # row by row, in C


def _tombstones(section: Any) -> list[dict]:
    import datetime as dt

    if not isinstance(section, list):
        raise ExchangeRefused("bad_data", f"{DATA_FILE} has no tombstones section", detail="tombstones")
    out = []
    for position, item in enumerate(section, 1):
        try:
            entity = BY_NAME[item["entity"]]
            if entity.directory:
                raise KeyError(item["entity"])
            record_id = uuid.UUID(str(item["id"]))
            deleted_at = dt.datetime.fromisoformat(str(item["deleted_at"]))
            version = item.get("row_version")
            if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
                raise ValueError(version)
        except (KeyError, TypeError, ValueError):
            raise ExchangeRefused("bad_record", f"{DATA_FILE}: deletion {position} is not readable",
                                  entity="tombstone", position=position, field="") from None
        out.append({"entity": entity.name, "id": record_id, "row_version": version, "deleted_at": deleted_at})
    return out
