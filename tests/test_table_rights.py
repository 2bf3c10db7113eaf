"""On a shared server each role's login writes only the tables its work writes (migration 0014's `WRITES`).
A table added later is written by the administrator alone until a revision gives it to a role: this guard
makes that a decision, not an oversight, by naming every table no role but the administrator writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from akimdesk.models import Base

VERSIONS = Path(__file__).resolve().parent.parent / "akimdesk" / "migrations" / "versions"

# written by the administrator alone, on purpose: people, the trust store, the akimat's working days; the audit
# trail is appended to by everyone who writes and changed by no one
ADMINISTRATOR_ONLY = {"person", "trusted_certificate", "trusted_sender", "day_override", "audit_event"}


def _rights() -> dict[str, set[str]]:
    """Every table a role other than the administrator may write, by role, over all revisions that grant any."""
    granted: dict[str, set[str]] = {}
    for path in sorted(VERSIONS.glob("0*.py")):
        spec = importlib.util.spec_from_file_location(f"revision_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for role, tables in getattr(module, "WRITES", {}).items():
            granted.setdefault(role, set()).update(tables)
    return granted


def test_every_table_is_written_by_the_role_whose_work_it_is_or_knowingly_by_the_administrator_alone():
    rights = _rights()
    assert set(rights) == {"planner", "secretary", "register", "exporter"}  # the viewer writes nothing
    written = set().union(*rights.values())
    tables = set(Base.metadata.tables)
    assert written <= tables, f"rights for tables that do not exist: {sorted(written - tables)}"
    assert tables - written == ADMINISTRATOR_ONLY, (
        f"no role but the administrator writes {sorted(tables - written - ADMINISTRATOR_ONLY)}: give it to a role "
        "in a new revision (see 0014) or add it to ADMINISTRATOR_ONLY")


def test_each_role_writes_the_tables_of_its_own_work():
    rights = _rights()
    assert {"problem_issue", "issue_progress", "issue_deadline_change"} <= rights["register"]
    assert {"meeting", "attachment", "attachment_content"} <= rights["secretary"]
    assert {"annual_calendar", "calendar_version", "planned_meeting"} <= rights["planner"]
    assert "package_log" in rights["exporter"]
    assert not {"meeting", "planned_meeting"} & rights["register"]
    assert not {"problem_issue", "planned_meeting"} & rights["secretary"]
