"""Every bad package is refused with its reason and leaves the receiving database row-for-row as it was."""

from __future__ import annotations

import datetime as dt
import json
import uuid
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from akimdesk.cli import main
from akimdesk.db import Database, backup_database
from akimdesk.exchange import ExchangeRefused
from akimdesk.exchange.merge import import_data
from akimdesk.models import IssueProgress, ProblemIssue
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export, raw_zip, repack, snapshot, two_levels
from .keys import PASSWORD, make_keys


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file, backend):
    """An oblast database and a valid package from its district carrying real changes."""
    tmp = tmp_path_factory.mktemp("refusals")
    keys = make_keys(tmp_path_factory.mktemp("refusal-keys"))
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    oblast, district, _ = two_levels(demo_file, tmp, signer, backend)
    with district.session() as session:
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.solution_way = "Жаңа жол"
        session.add(IssueProgress(issue=issue, entry_date=dt.date(2026, 11, 26), author="Ә. Сейітова", text="Басталды"))
    good = export(district, tmp / "good", signer, since_last="oblast")
    district.close()
    yield {"oblast": oblast, "good": good, "signer": signer, "tmp": tmp, "before": snapshot(oblast), "keys": keys,
           "backend": backend}
    oblast.close()


def copy_of(world, path):
    """A copy of the open oblast database: SQLite's online backup, or a server-side copy of the database."""
    oblast, backend = world["oblast"], world["backend"]
    if backend.name == "sqlite":
        backup_database(oblast.engine, path)  # WAL-safe copy of an open database
        return path
    oblast.engine.dispose()  # a server copies a database nobody is connected to
    return backend.copy(oblast.url, path)


def members(package) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def edit_records(entity: str, change):
    def mutate(data):
        change(data["records"][entity])
    return mutate


def _set(rows, index, field, value):
    rows[index][field] = value


def bad_packages(world) -> dict:
    good, signer, tmp = world["good"], world["signer"], world["tmp"]
    m = members(good)
    p = tmp / "bad"
    p.mkdir(exist_ok=True)
    data = json.loads(m["data.json"])
    last_progress = len(data["records"]["issue_progress"]) - 1
    return {
        "not_zip": ((p / "letter.zip").write_bytes(b"Dear colleagues, the data is attached.") and p / "letter.zip",
                    "not_zip", 2),
        "truncated": ((p / "cut.zip").write_bytes(good.read_bytes()[: good.stat().st_size // 2]) and p / "cut.zip",
                      "not_zip", 2),
        "zip_bomb": (raw_zip(p / "bomb.zip", {**m, "data.json": b" " * (30 * 1024 * 1024)}), "zip_bomb", 1),
        "path_traversal": (raw_zip(p / "escape.zip", {**m, "../../.bashrc": b"rm -rf ~"}), "unsafe_path", 1),
        "unlisted_file": (raw_zip(p / "extra.zip", {**m, "notes.txt": b"also this"}), "unlisted", 1),
        "hash_mismatch": (raw_zip(p / "hash.zip", {**m, "data.json": m["data.json"].replace(
            "Жаңа жол".encode(), "Басқа жол".encode())}), "hash_mismatch", 1),
        "bad_signature": (raw_zip(p / "sig.zip", {**m, "manifest.json.p7s": m["manifest.json.p7s"][:-8] + b"\0" * 8}),
                          "bad_signature", 1),
        "missing_signature": (repack(good, p / "unsigned.zip", signer, sign=False), "unsigned", 1),
        "newer_format": (repack(good, p / "v2.zip", signer, data=lambda d: d.update(format_version=2),
                                manifest=lambda mf: mf["details"].update(data_format_version=2)), "newer_format", 1),
        "unknown_territory": (repack(good, p / "terr.zip", signer, data=edit_records(
            "problem_issue", lambda rows: _set(rows, 0, "territory_id", str(uuid.uuid4())))), "unknown_territory", 1),
        "duplicate_uuid": (repack(good, p / "dup.zip", signer, data=lambda d: d["records"]["issue_progress"].append(
            dict(d["records"]["issue_progress"][0]))), "duplicate_id", 1),
        "invalid_date": (repack(good, p / "date.zip", signer, data=edit_records(
            "issue_progress", lambda rows: _set(rows, 0, "entry_date", "2026-02-30"))), "bad_date", 1),
        "error_in_last_record": (repack(good, p / "last.zip", signer, data=edit_records(
            "issue_progress", lambda rows: _set(rows, last_progress, "issue_id", str(uuid.uuid4())))),
            "missing_reference", 1),
    }


CASES = ["not_zip", "truncated", "zip_bomb", "path_traversal", "unlisted_file", "hash_mismatch", "bad_signature",
         "missing_signature", "newer_format", "unknown_territory", "duplicate_uuid", "invalid_date",
         "error_in_last_record"]


@pytest.fixture(scope="module")
def packages(world):
    return bad_packages(world)


@pytest.mark.parametrize("case", CASES)
def test_a_bad_package_is_refused_with_its_reason_and_nothing_is_written(world, packages, case, capsys):
    path, code, exit_code = packages[case]
    oblast = world["oblast"]
    with pytest.raises(ExchangeRefused) as refused:
        import_data(oblast, path)
    assert refused.value.code == code, str(refused.value)
    assert snapshot(oblast) == world["before"]
    capsys.readouterr()
    assert main(["exchange", "import", "--db", oblast.url, str(path)]) == exit_code
    err = capsys.readouterr().err
    assert err.startswith("Refused: ") and "Nothing was written." in err
    assert snapshot(oblast) == world["before"]


def test_the_good_package_of_these_cases_does_merge(world, tmp_path):
    """The refusals above are about their defects: the same package unbroken merges."""
    database = Database.open(copy_of(world, tmp_path / "oblast.sqlite"))
    try:
        result = import_data(database, world["good"])
        assert result.updated == {"problem_issue": 1} and result.inserted == {"issue_progress": 1}
    finally:
        database.close()


@pytest.fixture(scope="module")
def imported(world, tmp_path_factory):
    """A database that has already merged the good package: any package that still reads is a no-op."""
    database = Database.open(copy_of(world, tmp_path_factory.mktemp("fuzz") / "oblast.sqlite"))
    import_data(database, world["good"])
    yield database, snapshot(database)
    database.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_packages_never_crash_the_importer_and_never_write(world, imported, tmp_path, data):
    database, before = imported
    raw = bytearray(world["good"].read_bytes())
    how = data.draw(st.sampled_from(["flip", "cut", "splice"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            at = data.draw(st.integers(0, len(raw) - 1))
            raw[at] ^= data.draw(st.integers(1, 255))
    elif how == "cut":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        at = data.draw(st.integers(0, len(raw)))
        raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
    path = tmp_path / "mutated.zip"
    path.write_bytes(bytes(raw))
    try:
        result = import_data(database, path)
        assert result.already_imported or result.changed == 0
    except ExchangeRefused:
        pass
    assert snapshot(database) == before


def test_a_signer_outside_the_trusted_root_is_refused_and_inside_it_accepted(world, tmp_path):
    oblast, keys = world["oblast"], world["keys"]
    with pytest.raises(ExchangeRefused) as refused:
        import_data(oblast, world["good"], trust=[keys.other_ca_pem])
    assert refused.value.code == "untrusted" and snapshot(oblast) == world["before"]
    database = Database.open(copy_of(world, tmp_path / "oblast.sqlite"))
    try:
        assert import_data(database, world["good"], trust=[keys.ca_pem]).updated == {"problem_issue": 1}
    finally:
        database.close()
