"""Offline exchange between levels, as the district, oblast and Government apparatus live it: packages
carried on a USB stick, merged once, conflicts left for a person, deletions following the data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from akimdesk.cli import main
from akimdesk.db import Database
from akimdesk.exchange import ExchangeRefused
from akimdesk.exchange.completeness import completeness
from akimdesk.exchange.conflicts import open_conflicts, resolve_conflict
from akimdesk.exchange.merge import import_data
from akimdesk.exchange.records import BY_NAME, ENTITIES
from akimdesk.models import Broadcast, IssueProgress, Meeting, PackageLog, ProblemIssue, Territory
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import DISTRICT, REGION, export, snapshot, two_levels
from .keys import PASSWORD, keys  # noqa: F401  (fixture)


@pytest.fixture
def signer(keys):  # noqa: F811
    return Pkcs12Signer.load(keys.good, PASSWORD)


@pytest.fixture
def levels(demo_file, tmp_path, signer, backend):
    oblast, district, first = two_levels(demo_file, tmp_path, signer, backend)
    yield oblast, district, first
    oblast.close()
    district.close()


def natural(session, entity_name: str, ref):
    """How a directory entry is known in every database: territories by KATO, classifiers by code."""
    if ref is None:
        return None
    entity = BY_NAME[entity_name]
    obj = session.get(entity.model, ref)
    if entity_name == "territory":
        return obj.kato or obj.name_ru
    if entity_name == "akim_post":
        return natural(session, "territory", obj.territory_id)
    return getattr(obj, "code", None) or obj.name_ru


def travelling_records(database: Database, ids: set | None = None) -> dict:
    """Every travelling record as its sender sees it, directory references by their natural keys."""
    out = {}
    with database.session() as session:
        for entity in ENTITIES:
            if entity.directory:
                continue
            for obj in session.scalars(select(entity.model)):
                if ids is not None and obj.id not in ids:
                    continue
                row = {}
                for column in entity.columns:
                    value = getattr(obj, column.key)
                    target = entity.references.get(column.key)
                    if target and BY_NAME[target].directory:
                        value = natural(session, target, value)
                    if isinstance(value, dt.datetime):
                        value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value
                    row[column.key] = value
                out[obj.id] = (entity.name, row)
    return out


def test_district_to_oblast_to_government_keeps_every_record_and_field(levels, tmp_path, signer, backend):
    oblast, district, _ = levels
    with district.session() as session:  # the district works on its own for a week
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.solution_way = "Жол жөндеу 2027 жылғы бюджетке енгізілді"
        session.add(IssueProgress(issue=issue, entry_date=dt.date(2026, 11, 20), author="Ә. Сейітова",
                                  text="Смета дайын", percent=40))
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        village = session.scalar(select(Territory).where(Territory.level == "village"))
        new = Meeting(akim_post_id=meeting.akim_post_id, territory_id=village.id, meeting_date=dt.date(2026, 11, 25),
                      off_calendar_reason="population_demand", status="held", venue="Мектеп",
                      start_time=dt.time(10, 30), attendance_count=57, summary="Су құбыры")
        session.add(new)
        session.flush()
        issue_id, new_id = issue.id, new.id
    to_oblast = export(district, tmp_path / "to-oblast", signer, since_last="oblast")
    result = import_data(oblast, to_oblast)
    assert result.conflicts == [] and result.updated.get("problem_issue") == 1
    assert result.inserted == {"issue_progress": 1, "meeting": 1}
    to_gov = export(oblast, tmp_path / "to-government", signer, unit=REGION)
    government = Database.open(backend.fresh(tmp_path / "government.sqlite"))
    try:
        merged = import_data(government, to_gov)
        assert merged.conflicts == []
        mine = travelling_records(district)
        theirs = travelling_records(government, set(mine))
        assert theirs == mine  # every record of the district, every field, the same row versions and times
        assert {issue_id, new_id} <= set(theirs)
        with government.session() as session:
            added = session.get(Meeting, new_id)
            assert added.territory.kato == village.kato and added.territory.parent.parent.kato == DISTRICT
        with oblast.session() as session:
            in_oblast = session.scalar(select(func.count()).select_from(Meeting))
        with government.session() as session:
            assert session.scalar(select(func.count()).select_from(Meeting)) == in_oblast
    finally:
        government.close()


def test_importing_the_same_package_again_changes_nothing(levels, tmp_path, signer, capsys):
    oblast, district, first = levels
    package = export(district, tmp_path / "again", signer, period="2026")
    assert main(["exchange", "import", "--db", oblast.url, str(package)]) == 0
    before = snapshot(oblast)
    assert main(["exchange", "import", "--db", oblast.url, str(package)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert snapshot(oblast) == before
    before = snapshot(district)  # the first package back into the district: every record is already there
    result = import_data(district, first)
    assert result.already_imported and snapshot(district) == before


def test_a_record_changed_on_both_sides_waits_for_a_person(levels, tmp_path, signer, capsys):
    oblast, district, _ = levels
    with district.session() as session:
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.text = "Аудан нұсқасы: көше жарығы"
        issue_id = issue.id
    with oblast.session() as session:
        session.get(ProblemIssue, issue_id).text = "Вариант области: уличное освещение"
    package = export(district, tmp_path / "both", signer, since_last="oblast")
    receipt = tmp_path / "receipt.json"
    assert main(["exchange", "import", "--db", oblast.url, str(package), "--receipt", str(receipt)]) == 1
    assert f"CONFLICT problem_issue {issue_id}" in capsys.readouterr().out
    assert json.loads(receipt.read_text("utf-8"))["conflicts"] == [
        {"entity": "problem_issue", "id": str(issue_id), "deleted_by_sender": False}]
    with oblast.session() as session:
        assert session.get(ProblemIssue, issue_id).text == "Вариант области: уличное освещение"
    [conflict] = open_conflicts(oblast)
    assert conflict.local["text"] == "Вариант области: уличное освещение"
    assert conflict.incoming["text"] == "Аудан нұсқасы: көше жарығы"
    assert conflict.differing_fields() == ["text"]
    resolve_conflict(oblast, conflict.id, take_incoming=True)
    with oblast.session() as session:
        assert session.get(ProblemIssue, issue_id).text == "Аудан нұсқасы: көше жарығы"
    assert open_conflicts(oblast) == []
    before = snapshot(oblast)  # the same package once more: decided, so nothing to ask or change
    import_data(oblast, package)
    assert snapshot(oblast) == before


def test_keeping_our_version_is_not_asked_again(levels, tmp_path, signer):
    oblast, district, _ = levels
    with district.session() as session:
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.outcome_note = "district"
        issue_id = issue.id
    with oblast.session() as session:
        session.get(ProblemIssue, issue_id).outcome_note = "oblast"
    package = export(district, tmp_path / "keep", signer, period="2026")
    assert len(import_data(oblast, package).conflicts) == 1
    [conflict] = open_conflicts(oblast)
    resolve_conflict(oblast, conflict.id, take_incoming=False)
    again = export(district, tmp_path / "keep2", signer, period="2026")
    assert import_data(oblast, again).conflicts == []
    with oblast.session() as session:
        assert session.get(ProblemIssue, issue_id).outcome_note == "oblast"


def test_a_deletion_in_the_district_deletes_in_the_oblast(levels, tmp_path, signer):
    oblast, district, _ = levels
    with district.session() as session:
        broadcast = session.scalars(select(Broadcast).order_by(Broadcast.id)).first()
        gone = broadcast.id
        session.delete(broadcast)
    package = export(district, tmp_path / "del", signer, since_last="oblast")
    result = import_data(oblast, package)
    assert result.deleted == {"broadcast": 1}
    with oblast.session() as session:
        assert session.get(Broadcast, gone) is None


def test_a_newer_version_from_the_sender_wins_and_an_older_one_does_not(levels, tmp_path, signer):
    oblast, district, _ = levels
    stale = export(district, tmp_path / "old", signer, period="2026")
    with district.session() as session:
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.eotinish_number = "ЖТ-2026-0042"
        issue_id = issue.id
    fresh = export(district, tmp_path / "new", signer, period="2026")
    assert import_data(oblast, fresh).updated == {"problem_issue": 1}
    import_data(oblast, stale)  # an old package arriving late
    with oblast.session() as session:
        assert session.get(ProblemIssue, issue_id).eotinish_number == "ЖТ-2026-0042"


def test_completeness_shows_who_sent_what_and_who_sent_nothing(levels, tmp_path, signer, capsys):
    oblast, district, _ = levels
    import_data(oblast, export(district, tmp_path / "q4", signer, period="2026-Q4"))
    table = completeness(oblast, REGION, 2026)
    row = next(r for r in table.rows if r.kato == DISTRICT)
    assert row.cells[3] is not None and row.cells[3].records > 0 and row.cells[0] is None
    assert len(table.silent) == len(table.rows) - 1
    assert main(["exchange", "completeness", "--db", oblast.url, "--region", "39", "--year", "2026"]) == 0
    assert "(sent nothing)" in capsys.readouterr().out


def test_a_trusted_sender_list_refuses_other_keys(levels, tmp_path, signer, keys):  # noqa: F811
    oblast, district, _ = levels
    package = export(district, tmp_path / "t", signer, period="2026")
    assert main(["exchange", "trust", "--db", oblast.url, "--unit", DISTRICT, str(keys.ca_pem)]) == 0
    before = snapshot(oblast)
    with pytest.raises(ExchangeRefused) as refused:
        import_data(oblast, package)
    assert refused.value.code == "not_trusted_sender" and snapshot(oblast) == before


def test_export_from_the_command_line_and_a_log_of_what_was_sent(levels, tmp_path, keys, monkeypatch, capsys):  # noqa: F811
    oblast, district, _ = levels
    monkeypatch.setenv("KEYPW", PASSWORD)
    out = tmp_path / "cli"
    out.mkdir()
    args = ["exchange", "export", "--db", district.url, "--unit", DISTRICT, "--since-last", "oblast",
            "--out", str(out), "--sign", str(keys.good), "--password-env", "KEYPW", "--in-clear"]
    assert main(args) == 0
    first = capsys.readouterr().out.strip()
    assert first.endswith(".zip")
    with district.session() as session:
        log = session.scalar(select(PackageLog).where(PackageLog.direction == "export", PackageLog.recipient == "oblast"))
        assert log.details["counts"]["meeting"] > 0
    assert main(["exchange", "export", "--db", district.url, "--unit", "12", "--out", str(out),
                 "--sign", str(keys.good), "--password-env", "KEYPW"]) == 2
    assert main(["exchange", "import", "--db", oblast.url, str(tmp_path / "nothing.zip")]) == 2
    capsys.readouterr()
    assert main(["exchange", "import", "--db", oblast.url, first, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["merged"] and report["sender"] == DISTRICT and report["conflicts"] == []


def test_a_new_area_of_the_district_is_added_under_its_known_parent_in_the_oblast(levels, tmp_path, signer):
    oblast, district, _ = levels
    with district.session() as session:  # the district records a microdistrict the oblast never heard of
        village = session.scalars(select(Territory).where(Territory.level == "village").order_by(Territory.kato)).first()
        area = Territory(parent=village, level="area", name_ru="мкр. Жастар", name_kk="Жастар ш/а")
        session.add(area)
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        held = Meeting(akim_post_id=meeting.akim_post_id, territory=area, meeting_date=dt.date(2026, 11, 26),
                       off_calendar_reason="necessity", status="held")
        session.add(held)
        session.flush()
        area_id, held_id, village_kato = area.id, held.id, village.kato
    result = import_data(oblast, export(district, tmp_path / "area", signer, since_last="oblast"))
    assert result.added_directory == {"territory": 1} and result.inserted == {"meeting": 1}
    with oblast.session() as session:
        added = session.get(Territory, area_id)
        assert added.name_kk == "Жастар ш/а" and added.parent.kato == village_kato
        assert session.get(Meeting, held_id).territory_id == area_id


def test_a_units_established_and_retired_days_travel_with_it(levels, tmp_path, signer):
    oblast, district, _ = levels
    with district.session() as session:  # the district adds a new village and meets there
        okrug = session.scalar(select(Territory).where(Territory.level == "rural_okrug"))
        village = Territory(kato=okrug.kato[:6] + "099", parent=okrug, level="village", name_ru="село Жаңа",
                            name_kk="Жаңа ауылы", established_on=dt.date(2026, 7, 1), retired_on=dt.date(2026, 12, 31))
        session.add(village)
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first()
        session.add(Meeting(akim_post_id=meeting.akim_post_id, territory=village, meeting_date=dt.date(2026, 11, 25),
                            off_calendar_reason="population_demand", status="held"))
        kato = village.kato
    import_data(oblast, export(district, tmp_path / "to-oblast", signer, since_last="oblast"))
    with oblast.session() as session:
        arrived = session.scalar(select(Territory).where(Territory.kato == kato))
        assert (arrived.established_on, arrived.retired_on) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
