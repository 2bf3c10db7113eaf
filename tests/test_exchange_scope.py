"""Nobody changes what is not theirs: a district's package may create, change and delete only records of
its own territory subtree. Everything else is refused with the record named, and nothing is written."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from akimdesk.cli import main
from akimdesk.exchange import ExchangeRefused
from akimdesk.exchange.merge import import_data
from akimdesk.exchange.records import BY_NAME, row_to_json
from akimdesk.models import Broadcast, Meeting, ProblemIssue, Territory
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .exchange_helpers import DISTRICT, export, repack, snapshot, two_levels
from .keys import PASSWORD, make_keys


@pytest.fixture(scope="module")
def world(tmp_path_factory, demo_file):
    tmp = tmp_path_factory.mktemp("scope")
    keys = make_keys(tmp_path_factory.mktemp("scope-keys"))
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    oblast, district, _ = two_levels(demo_file, tmp, signer)
    good = export(district, tmp / "good", signer, since_last="oblast")
    district.close()
    with oblast.session() as s:
        own = {t.id for t in s.scalars(select(Territory).where(Territory.kato.like("3954%")))}
        own |= {t.id for t in s.scalars(select(Territory).where(Territory.parent_id.in_(own)))}
        other_issue = s.scalars(select(ProblemIssue).where(ProblemIssue.territory_id.not_in(own))
                                .order_by(ProblemIssue.id)).first()
        other_broadcast = s.scalars(select(Broadcast).join(Meeting).where(Meeting.territory_id.not_in(own))
                                    .order_by(Broadcast.id)).first()
        foreign = {"issue": row_to_json(BY_NAME["problem_issue"], other_issue),
                   "issue_kato": other_issue.territory.kato,
                   "broadcast": {"entity": "broadcast", "id": str(other_broadcast.id),
                                 "row_version": other_broadcast.row_version,
                                 "deleted_at": dt.datetime(2026, 11, 27, tzinfo=dt.UTC).isoformat()}}
    yield {"oblast": oblast, "good": good, "signer": signer, "tmp": tmp, "foreign": foreign}
    oblast.close()


def _refused(world, package) -> ExchangeRefused:
    before = snapshot(world["oblast"])
    with pytest.raises(ExchangeRefused) as refused:
        import_data(world["oblast"], package)
    assert snapshot(world["oblast"]) == before, "nothing is written"
    return refused.value


def test_a_package_overwriting_another_districts_issue_is_refused_with_the_record_named(world):
    issue = dict(world["foreign"]["issue"], solution_way="Перезаписано чужим районом",
                 row_version=world["foreign"]["issue"]["row_version"] + 5)

    def add(data):
        data["records"].setdefault("problem_issue", []).append(issue)
    package = repack(world["good"], world["tmp"] / "overwrite.zip", world["signer"], data=add)
    refused = _refused(world, package)
    assert refused.code == "outside_jurisdiction"
    assert issue["id"] in str(refused) and world["foreign"]["issue_kato"] in str(refused) and DISTRICT in str(refused)


def test_a_package_deleting_another_districts_broadcast_is_refused(world):
    def delete(data):
        data["tombstones"].append(world["foreign"]["broadcast"])
    package = repack(world["good"], world["tmp"] / "delete.zip", world["signer"], data=delete)
    refused = _refused(world, package)
    assert refused.code == "outside_jurisdiction" and world["foreign"]["broadcast"]["id"] in str(refused)


def test_a_package_moving_its_own_issue_into_another_district_is_refused(world):
    def move(data):
        issue = data["records"]["problem_issue"][0]
        issue["territory_id"] = world["foreign"]["issue"]["territory_id"]
        issue["row_version"] += 1
    package = repack(world["good"], world["tmp"] / "move.zip", world["signer"], data=move)
    assert _refused(world, package).code == "outside_jurisdiction"


def test_the_command_line_refuses_it_too_and_names_the_record(world, capsys):
    issue = dict(world["foreign"]["issue"], row_version=world["foreign"]["issue"]["row_version"] + 5)

    def add(data):
        data["records"].setdefault("problem_issue", []).append(issue)
    package = repack(world["good"], world["tmp"] / "cli.zip", world["signer"], data=add)
    before = snapshot(world["oblast"])
    code = main(["exchange", "import", "--db", str(world["oblast"].path), str(package), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["refused"] == "outside_jurisdiction" and issue["id"] in out["reason"]
    assert snapshot(world["oblast"]) == before


@pytest.mark.parametrize("entity, field, value", [
    ("territory", "level", "39540000"),
    ("territory", "kato", "３９５４０００００"),
    ("meeting_participant", "category", "0001-01-01"),
])
def test_values_outside_their_lists_are_refused(world, entity, field, value):
    def spoil(data):
        data["records"][entity][0][field] = value
    package = repack(world["good"], world["tmp"] / f"spoil-{entity}-{field}.zip", world["signer"], data=spoil)
    refused = _refused(world, package)
    assert refused.code == "bad_record" and refused.values["field"] == field
