"""Helpers of the exchange tests: databases of two levels, rebuilt packages, row-for-row snapshots."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import akimdesk.calendar.calendars  # noqa: F401  (its guard of approved calendars is active, as in the window)
from akimdesk.db import Database
from akimdesk.exchange.export import DataExportRequest, export_data
from akimdesk.packages.container import MANIFEST, SIGNATURE, build_manifest, zip_bytes

DISTRICT = "395400000"  # Костанайский район
REGION = "390000000"


def snapshot(database: Database) -> dict[str, list]:
    """Every row of every table, sorted: two equal snapshots mean nothing was written."""
    from akimdesk.db import _rows
    from akimdesk.models import Base

    with database.engine.connect() as conn:
        return {t.name: _rows(conn, t) for t in Base.metadata.sorted_tables}


def export(database: Database, out: Path, signer, unit: str = DISTRICT, **kw) -> Path:
    """A data package of the unit; sent in clear on purpose unless a recipient's certificate is given (the
    tests read what travels)."""
    out.mkdir(exist_ok=True)
    kw.setdefault("in_clear", kw.get("to_cert") is None)
    return export_data(database, DataExportRequest(unit=unit, out_dir=out, **kw), signer).path


def two_levels(demo_file: Path | str, tmp_path: Path, signer, backend=None) -> tuple[Database, Database, Path]:
    """The oblast's database (the demo) and a district's own, made from the district's data in it."""
    from akimdesk.exchange.merge import import_data

    if backend is None:
        shutil.copy(demo_file, tmp_path / "oblast.sqlite")
        oblast = Database.open(tmp_path / "oblast.sqlite")
        district = Database.open(tmp_path / "district.sqlite")
    else:
        oblast = Database.open(backend.copy(demo_file, tmp_path / "oblast.sqlite"))
        district = Database.open(backend.fresh(tmp_path / "district.sqlite"))
    first = export(oblast, tmp_path / "to-district", signer)
    import_data(district, first)
    return oblast, district, first


def repack(package: Path, dest: Path, signer, data=None, manifest=None, extra: dict | None = None,
           sign: bool = True) -> Path:
    """The package with data.json (and/or the manifest) changed by the given functions, signed again:
    what a careless or hostile sender could produce with a valid key."""
    with zipfile.ZipFile(package) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    old = json.loads(members[MANIFEST])
    content = json.loads(members["data.json"])
    if data is not None:
        data(content)
    files = [("data.json", json.dumps(content, ensure_ascii=False).encode("utf-8")),
             ("data.schema.json", members["data.schema.json"]), *(extra or {}).items()]
    raw = build_manifest(kind=old["kind"], title=old["title"], region_kato=old["region"]["kato"],
                         region_name=old["region"]["name"], period=old["period"], language=old["language"],
                         created_at=old["created_at"], app_version=old["app_version"], author=old["author"],
                         signer=old["signer"], files=files, details=old["details"])
    if manifest is not None:
        m = json.loads(raw)
        manifest(m)
        raw = json.dumps(m, ensure_ascii=False, indent=2).encode("utf-8")
    members_out = [*files, (MANIFEST, raw)]
    if sign:
        members_out.append((SIGNATURE, signer.sign_detached(raw)))
    dest.write_bytes(zip_bytes(members_out, (2026, 11, 27, 10, 0, 0)))
    return dest


def raw_zip(dest: Path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    dest.write_bytes(buf.getvalue())
    return dest
