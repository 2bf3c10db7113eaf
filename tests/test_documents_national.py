"""The Government's consolidated documents: a database that took in two regions' data packages makes the
central-issues list, the calendars for the Presidential Administration and the per-body quarterly lists of
every region, each row naming its region, in Russian and Kazakh, Excel and PDF from one definition."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from akimdesk.db import Database
from akimdesk.demo.generator import DemoSettings, generate_demo
from akimdesk.documents import NoData, ReportError, build_report, parse_period
from akimdesk.documents.pdf import render_pdf
from akimdesk.documents.xlsx import render_xlsx
from akimdesk.exchange.export import DataExportRequest, export_data
from akimdesk.exchange.merge import import_data
from akimdesk.models import (
    AnnualCalendar,
    CalendarStatus,
    CalendarVersion,
    CompetenceLevel,
    IssueStatus,
    Meeting,
    PlannedMeeting,
    ProblemIssue,
    ResponsibleBody,
    Territory,
)
from akimdesk.services.exports import ExportError, ExportRequest, export_package, regions_with_records
from akimdesk.signing.pkcs12 import Pkcs12Signer

from .conftest import DEMO_DAY
from .keys import PASSWORD, keys  # noqa: F401  (fixture)
from .test_documents import KAZAKH_LETTERS, NOW, pdf_text

KOSTANAY, PAVLODAR = "390000000", "550000000"
NAMES = {"ru": {KOSTANAY: "Костанайская область", PAVLODAR: "Павлодарская область"},
         "kk": {KOSTANAY: "Қостанай облысы", PAVLODAR: "Павлодар облысы"}}
E_OTINISH_TEXT = "Обращение через e-Otinish, не на встрече"


@pytest.fixture(scope="module")
def government_file(demo_file, tmp_path_factory, backend, keys):  # noqa: F811
    """Kostanay's demo database after it took in Pavlodar's data package (a second demo region), plus one
    central-level issue in each region that came through e-Otinish, not from a meeting."""
    folder = tmp_path_factory.mktemp("government")
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    pavlodar = Database.open(backend.fresh(folder / "pavlodar.sqlite"))
    generate_demo(pavlodar, DemoSettings(region_kato=PAVLODAR, year=2026, seed=2, as_of=DEMO_DAY))
    (folder / "out").mkdir()
    package = export_data(pavlodar, DataExportRequest(unit=PAVLODAR, out_dir=folder / "out", in_clear=True), signer).path
    pavlodar.close()
    path = backend.copy(demo_file, folder / "government.sqlite")
    government = Database.open(path)
    assert import_data(government, package).conflicts == []
    with government.session() as s:
        new = s.scalar(select(IssueStatus.id).where(IssueStatus.code == "new"))
        for kato in (KOSTANAY, PAVLODAR):
            unit = s.scalar(select(Meeting.territory_id).join(Territory, Meeting.territory_id == Territory.id)
                            .where(Territory.kato.like(kato[:2] + "%")).limit(1))
            s.add(ProblemIssue(territory_id=unit, raised_on=dt.date(2026, 3, 3), text=E_OTINISH_TEXT,
                               source="e-Otinish", eotinish_number=f"ЖТ-{kato[:2]}-1",
                               competence_level=CompetenceLevel.CENTRAL, status_id=new))
    government.close()
    return path


@pytest.fixture
def government(government_file, backend, tmp_path):
    database = Database.open(backend.copy(government_file, tmp_path / "government.sqlite"))
    yield database
    database.close()


def _expected_central(s, period) -> dict[str, str]:
    """By hand, from the seed's words: issues raised at field meetings, in the competence of a central body,
    national holding or company, raised in the half-year or raised earlier and still open at its start...
    of ANY region: registration number -> the region's KATO."""
    out = {}
    for issue in s.scalars(select(ProblemIssue).where(
            ProblemIssue.meeting_id.is_not(None),
            ProblemIssue.competence_level.in_((CompetenceLevel.CENTRAL, CompetenceLevel.HOLDING,
                                               CompetenceLevel.COMPANY)))):
        still_open = issue.closed_on is None or issue.closed_on > period.end
        if issue.raised_on <= period.end and (issue.raised_on >= period.start or still_open):
            unit = issue.territory
            while unit.parent is not None:
                unit = unit.parent
            out[issue.registration_number] = unit.kato
    return out


def _rows(table, *names):
    at = [[c.key for c in table.columns].index(k) for k in names]
    return [tuple(row[i] for i in at) for row in table.rows]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_consolidated_central_list_holds_both_regions_meeting_issues_each_naming_its_region(government, lang):
    period = parse_period("2026-H1")
    with government.session() as s:
        expected = _expected_central(s, period)
        report = build_report("central-issues", s, "all", period, lang, NOW)
    assert set(expected.values()) == {KOSTANAY, PAVLODAR}  # the scenario holds both regions' central issues
    rows = _rows(report.tables[0], "number", "region", "issue")
    assert {number: region for number, region, _ in rows} == {n: NAMES[lang][k] for n, k in expected.items()}
    assert len(rows) == len(expected)
    assert E_OTINISH_TEXT not in {text for _, _, text in rows}  # not raised at a meeting
    assert report.region == ("Республика Казахстан, все регионы" if lang == "ru"
                             else "Қазақстан Республикасы, барлық өңірлер")

    # the workbook: the region printed in the formatted table, and each row's own in the flat data sheet
    book = load_workbook(io.BytesIO(render_xlsx(report)))
    formatted, data = book.worksheets[0], book.worksheets[-1]
    header = next(r for r in formatted.iter_rows(values_only=True) if r[0] == "№")
    assert ("Регион" if lang == "ru" else "Өңір") in header
    flat = list(data.iter_rows(values_only=True))
    number_at = flat[0].index("Тіркеу нөмірі" if lang == "kk" else "Рег. номер")
    assert {r[number_at]: r[0] for r in flat[1:]} == {n: NAMES[lang][k] for n, k in expected.items()}

    text = " ".join(pdf_text(render_pdf(report)).split())
    for kato in (KOSTANAY, PAVLODAR):
        assert NAMES[lang][kato] in text
    assert E_OTINISH_TEXT not in text
    if lang == "kk":
        assert KAZAKH_LETTERS <= set(text)
        assert "Қазақстан Республикасы Үкіметінің Аппараты" in text  # who signs a consolidated list


def test_the_consolidated_calendar_holds_every_approved_calendar_and_names_the_regions_without_one(government):
    with government.session() as s:
        expected = {}
        for kato in (KOSTANAY, PAVLODAR):
            region = s.scalar(select(Territory).where(Territory.kato == kato))
            version = s.scalar(select(CalendarVersion).join(AnnualCalendar)
                               .where(AnnualCalendar.region_id == region.id, AnnualCalendar.year == 2026,
                                      # approved, or approved and then submitted to the Government
                                      CalendarVersion.status.in_((CalendarStatus.APPROVED, CalendarStatus.SUBMITTED)))
                               .order_by(CalendarVersion.number.desc()).limit(1))
            expected[NAMES["ru"][kato]] = len(list(s.scalars(select(PlannedMeeting.id)
                                                            .where(PlannedMeeting.version_id == version.id))))
        report = build_report("calendar", s, "all", parse_period("2026"), "ru", NOW)
        kazakh = build_report("calendar", s, "all", parse_period("2026-Q1"), "kk", NOW)
    regions = [region for (region,) in _rows(report.tables[0], "region")]
    assert {name: regions.count(name) for name in set(regions)} == expected
    facts = dict(report.facts)
    assert facts["Утвержденные календари регионов"] == "2 из 20"
    assert "Акмолинская область" in facts["Нет утвержденного календаря"]
    assert NAMES["ru"][KOSTANAY] not in facts["Нет утвержденного календаря"]
    assert facts["Представление в Администрацию Президента"] == "01.02.2026"
    text = " ".join(pdf_text(render_pdf(report)).split())
    assert NAMES["ru"][PAVLODAR] in text and NAMES["ru"][KOSTANAY] in text
    text = " ".join(pdf_text(render_pdf(kazakh)).split())
    assert NAMES["kk"][PAVLODAR] in text and "Президент Әкімшілігіне ұсыну" in text and KAZAKH_LETTERS <= set(text)
    flat = list(load_workbook(io.BytesIO(render_xlsx(kazakh))).worksheets[-1].iter_rows(values_only=True))
    assert flat[0][0] == "Өңір" and {r[0] for r in flat[1:]} == {NAMES["kk"][KOSTANAY], NAMES["kk"][PAVLODAR]}


def test_one_bodys_quarterly_list_of_every_region_is_a_signed_package_with_its_open_data(government, keys,  # noqa: F811
                                                                                          tmp_path):
    with government.session() as s:
        body = s.scalar(select(ResponsibleBody).where(ResponsibleBody.code == "min_agriculture"))
        katos = {unit.kato[:2] for unit in s.scalars(
            select(Territory).join(ProblemIssue, ProblemIssue.territory_id == Territory.id)
            .where(ProblemIssue.responsible_body_id == body.id, ProblemIssue.meeting_id.is_not(None),
                   Territory.kato.is_not(None)))}
    assert katos == {"39", "55"}  # the body answers for issues in both regions
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    result = export_package(government, ExportRequest(kind="quarterly", region="all", period="2026-Q3", lang="kk",
                                                      out_dir=tmp_path, body="min_agriculture"), signer)
    assert result.path.name.startswith("quarterly-update-min-agriculture-KZ-2026-Q3-kk-")
    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
        data = {n: zf.read(n) for n in names}
    csv_name = next(n for n in names if n.endswith(".csv"))
    rows = list(csv.DictReader(io.StringIO(data[csv_name].decode("utf-8-sig"))))
    assert {r["region_name"] for r in rows} == {NAMES["kk"][KOSTANAY], NAMES["kk"][PAVLODAR]}
    assert all(r["region_name"] == r["region"] for r in rows)
    assert {r["group"] for r in rows} == {"Қазақстан Республикасының Ауыл шаруашылығы министрлігі (орталық атқарушы орган)"}
    pdf = next(n for n in names if n.endswith(".pdf"))
    assert NAMES["kk"][PAVLODAR] in " ".join(pdf_text(data[pdf]).split())


def test_a_quarterly_update_of_every_region_is_compared_with_the_previous_quarters_of_every_region(government,
                                                                                                   tmp_path):
    first = export_package(government, ExportRequest(kind="quarterly", region="all", period="2026-Q2", lang="ru",
                                                     out_dir=tmp_path))
    with government.session() as s:
        report = build_report("quarterly", s, "all", parse_period("2026-Q3"), "ru", NOW)
        regional = build_report("quarterly", s, "39", parse_period("2026-Q3"), "ru", NOW)
    assert report.frozen["previous_package"] == str(first.log_id)
    assert regional.frozen["previous_package"] is None  # a region's list is not compared with the country's


def test_documents_of_one_region_are_refused_for_the_whole_country(government, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError, match="summary is made for one region"):
        export_package(government, ExportRequest(kind="summary", region="all", period="2026", lang="ru",
                                                 out_dir=out))
    with pytest.raises(ExportError, match="not made per responsible body"):
        export_package(government, ExportRequest(kind="calendar", region="all", period="2026", lang="ru",
                                                 out_dir=out, body="min_health"))
    assert list(out.iterdir()) == []
    with government.session() as s, pytest.raises(ReportError):
        build_report("meeting", s, "all", parse_period("2026"), "ru", NOW)


def test_the_whole_country_is_offered_only_where_more_than_one_region_holds_records(government, demo_db, db):
    assert regions_with_records(government) == 2
    assert regions_with_records(demo_db) == 1
    assert regions_with_records(db) == 0


def test_the_command_line_makes_the_consolidated_list(government_file, tmp_path, backend):
    path = backend.copy(government_file, tmp_path / "government.sqlite")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "akimdesk", "export", "central-issues", "--region", "all",
                           "--period", "2026-H1", "--lang", "kk", "--out", str(out), "--db", str(path)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).name.startswith("central-issues-KZ-2026-H1-kk-")
    refused = subprocess.run([sys.executable, "-m", "akimdesk", "export", "summary", "--region", "all", "--period",
                              "2026", "--lang", "ru", "--out", str(out), "--db", str(path)],
                             capture_output=True, text=True, timeout=300, env=env)
    assert refused.returncode == 2 and refused.stderr.startswith("akimdesk: error:")


def test_a_country_without_records_says_so(db):
    with db.session() as s, pytest.raises(NoData):
        build_report("central-issues", s, "all", parse_period("2026-H1"), "ru", NOW)


def _export_dialog(qtbot, database, tmp_path, lang="ru"):
    from PySide6.QtCore import QSettings

    from akimdesk.app import create_main_window
    from akimdesk.ui.pages.reports_page import ReportsPage

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(database, lang)
    qtbot.addWidget(win)
    reports = next(p for p in win.pages if isinstance(p, ReportsPage))
    dialog = reports.export_dialog()
    qtbot.addWidget(dialog)
    return win, dialog


def test_the_export_dialog_offers_the_whole_country_and_one_body_at_the_government(qtbot, government, tmp_path):
    from akimdesk.ui.dialogs.export_dialog import PARTS

    out = tmp_path / "out"
    out.mkdir()
    win, dialog = _export_dialog(qtbot, government, tmp_path)
    reports = dialog.parent()
    country = dialog.region.findText("Вся страна (все регионы)")
    assert country == 0
    dialog.document.setCurrentIndex(dialog.document.findData("summary"))  # made for one region only
    assert not dialog.region.model().item(country).isEnabled() and not dialog.body.isEnabled()
    dialog.document.setCurrentIndex(dialog.document.findData("quarterly_update"))
    assert dialog.region.model().item(country).isEnabled() and dialog.body.isEnabled()
    dialog.region.setCurrentIndex(country)
    assert "Все регионы в одном документе" in dialog.purpose.text()
    dialog.body.setCurrentIndex(dialog.body.findText("Министерство сельского хозяйства Республики Казахстан"))
    dialog.year.setValue(2026)
    dialog.part.setCurrentIndex(PARTS.index("Q3"))
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    dialog.folder.setText(str(out))
    dialog.sign.setChecked(False)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error.text() != "", timeout=120_000)
    assert dialog.error.text() == ""
    assert dialog.outcome.path.name.startswith("quarterly-update-min-agriculture-KZ-2026-Q3-kk-")
    with zipfile.ZipFile(dialog.outcome.path) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read(next(n for n in zf.namelist() if n.endswith(".csv")))
                                               .decode("utf-8-sig"))))
    assert {r["region"] for r in rows} == {NAMES["kk"][KOSTANAY], NAMES["kk"][PAVLODAR]}
    assert reports.selected_path() == dialog.outcome.path  # listed on the Reports page beside the region's own
    dialog.document.setCurrentIndex(dialog.document.findData("summary"))  # back to a region's own document
    assert dialog.region.currentIndex() != country and dialog.request().body is None


def test_one_region_is_offered_no_whole_country_but_its_bodies(qtbot, demo_db, tmp_path):
    _win, dialog = _export_dialog(qtbot, demo_db, tmp_path, "kk")
    assert dialog.region.findData("all") < 0
    dialog.document.setCurrentIndex(dialog.document.findData("central_issues"))
    assert dialog.body.isEnabled() and dialog.body.itemText(0) == "Барлық органдар"
    dialog.body.setCurrentIndex(dialog.body.findData("min_health"))
    assert dialog.request().body == "min_health" and dialog.request().region == "390000000"


def test_a_long_consolidated_list_prints_every_row_with_its_header_on_every_page(government):
    """A country's list runs to thousands of rows and is laid out a page at a time: every row is printed,
    the header repeats on every page and the signature stays with the last rows."""
    with government.session() as s:
        report = build_report("central-issues", s, "all", parse_period("2026-H1"), "kk", NOW)
    table = report.tables[0]
    rows = table.rows
    for group in table.groups:  # a few hundred rows: many pages
        group.rows = [rows[i % len(rows)] for i in range(200 // len(table.groups))]
    text = pdf_text(render_pdf(report))
    pages = text.split("\f")[:-1]
    assert len(pages) > 10
    number_at = [c.key for c in table.columns].index("number")
    wanted = Counter(row[number_at] for row in table.rows)
    assert all(text.count(number) >= times for number, times in wanted.items())  # every row printed
    assert all("Тіркеу нөмірі" in page for page in pages[1:])  # the header repeats
    assert "Қазақстан Республикасы Үкіметінің Аппараты" in pages[-1]  # the signature with the last rows
