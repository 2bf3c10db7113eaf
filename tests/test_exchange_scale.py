"""A package's merge reads what this database keeps in sets, not one statement per record."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from akimdesk.db import Database
from akimdesk.exchange.merge import import_data
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import export
from .keys import PASSWORD, keys  # noqa: F401  (fixture)


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
