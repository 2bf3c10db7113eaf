"""A package's merge reads what this database keeps in sets, not one statement per record."""

from __future__ import annotations

import pytest
from sqlalchemy import event, select

from akimdesk.db import Database
from akimdesk.exchange.export import DataExportRequest, export_data
from akimdesk.exchange.merge import import_data
from akimdesk.models import Broadcast
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export
from .keys import PASSWORD, keys  # noqa: F401  (fixture)

REGION = "390000000"  # the demo region


@pytest.mark.sqlite_only
def test_merging_a_district_into_a_new_database_reads_in_sets(demo_file, tmp_path, keys):  # noqa: F811
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    copy = tmp_path / "oblast.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    oblast = Database.open(copy)
    package = export(oblast, tmp_path / "out", signer)
    oblast.close()
    district = Database.open(tmp_path / "district.sqlite")
    reads: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(district.engine, "before_cursor_execute", seen)
    result = import_data(district, package)
    district.close()
    travelling = sum(result.inserted.values())
    assert travelling > 300 and not result.conflicts
    # the directory is matched entry by entry; the records and their baselines are read 500 ids at a time
    # (one SELECT per record and per baseline, each flushing the records added before it, made about 2,100)
    assert len(reads) < travelling / 2, (len(reads), travelling)


def test_exporting_a_region_reads_its_records_in_sets(demo_file, tmp_path, keys, backend):  # noqa: F811
    """A region's package (the demo region, every record of it and the baselines kept for it) is read with
    a number of statements that does not grow with its records: on a national PostgreSQL database each
    meeting's agenda, participants, broadcasts and announcements, each issue's progress and each baseline
    were read one by one (77,800 statements for one region, 53 s), and each deletion is still checked here (100
    deletions were 100 more statements)."""
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    oblast = Database.open(backend.copy(demo_file, tmp_path / "oblast.sqlite"))
    with oblast.session() as s:  # deletions travel too, as tombstones: 100 of them
        for broadcast in s.scalars(select(Broadcast).order_by(Broadcast.id).limit(100)):
            s.delete(broadcast)
    statements: list[str] = []
    event.listen(oblast.engine, "before_cursor_execute", lambda _c, _cur, statement, *_r: statements.append(statement))
    for _ in range(2):  # the second package of the same records updates the baselines the first one kept
        statements.clear()
        out = tmp_path / f"out{_}"
        out.mkdir()
        result = export_data(oblast, DataExportRequest(unit=REGION, out_dir=out, in_clear=True), signer)
        records = sum(result.counts.values())
        assert records > 3000 and result.tombstones == 100, (result.counts, result.tombstones)
        assert len(statements) < 120, (len(statements), records)
    oblast.close()
