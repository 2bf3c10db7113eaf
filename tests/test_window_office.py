"""The window as an office program: a Home page first, keys and mnemonics, clean ru/kk texts, dialogs
that fit a 1366x768 laptop (offscreen Qt, real demo database files, the real `akimdesk tour`)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)

from akimdesk.app import create_main_window
from akimdesk.services import home, overview
from akimdesk.ui import tour
from akimdesk.ui.issue_form import IssueDialog
from akimdesk.ui.meeting_form import MeetingForm
from akimdesk.ui.pages.home_page import short_names
from akimdesk.ui.pages.meetings_page import MeetingsPage
from akimdesk.ui.pages.register_page import RegisterPage

from .conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parent.parent
# Latin words a Russian or Kazakh screen may show: names of products, standards and file types
ALLOWED_LATIN = {"KATO", "PDF", "Excel", "NCALayer", "SHA-256", "e-Otinish", "PKCS", "SQLite", "PostgreSQL",
                 "English", "AkimDesk", "SSL", "STARTTLS", "TLS", "WhatsApp", "Enter", "Del", "ics", "pfx", "p12",
                 "I", "II", "III", "IV", "TSA", "UTC"}


@pytest.fixture
def settings_folder(tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def window(qtbot, demo_db, settings_folder):
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    win.home_page.today = DEMO_DAY
    win.home_page.refresh()
    qtbot.waitUntil(lambda: win.home_page.view is not None and win.home_page.view.today == DEMO_DAY, timeout=30000)
    return win


def latin_words(text: str) -> set[str]:
    text = re.sub(r"\b(Ctrl|Alt|Shift)\+\S+|\bF\d+\b|\S*[/\\]\S*|\S+\.(sqlite|xlsx|zip|akimpkg)\b", "", text)
    return {w for w in re.findall(r"[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?", text) if w not in ALLOWED_LATIN}


# --- the Home page ------------------------------------------------------------------------------
def test_the_home_page_comes_first_and_answers_on_track_late_next(window):
    assert window.stack.currentWidget() is window.home_page and window.nav.item(0).text() == "Главная"
    page = window.home_page
    view = page.view
    counters = overview.counters(window.state.database, window.state.region_id, 2026, DEMO_DAY)
    assert (view.planned, view.held, view.open_issues, view.overdue) == (
        counters.planned, counters.held, counters.open_issues, counters.overdue)
    assert view.overdue_by_month[10] == counters.overdue  # November, the demo's "today"
    assert f"из них просрочено: {counters.overdue}" in page.summary.text().replace("<b style='color:#c62828'>", "") \
        .replace("</b>", "")
    assert "Ближайшие сроки" in page.deadlines.text() and "осталось дней" in page.deadlines.text()
    # each chart's numbers as a table: the status table adds up to every issue of the region
    table = page.status_chart.table
    assert sum(int(table.item(r, 1).text()) for r in range(table.rowCount())) == sum(s.count for s in view.by_status)
    page.status_chart.toggle.click()
    assert page.status_chart.stack.currentWidget() is table
    # a "what to do next" link opens its page
    assert "register" in page.todo.text()
    page.todo.linkActivated.emit("register")
    assert isinstance(window.stack.currentWidget(), RegisterPage)


def test_home_deadlines_on_a_new_database_are_the_decrees_calendar_dates(db):
    """Nothing planned yet: the next dates are the 2023 edition's 15 and 20 January of the next year."""
    region = next(c for c in overview.region_choices(db) if c.kato == "390000000")
    view = home.home_view(db, region.id, 2027, today=dt.date(2026, 12, 20))
    assert [(d.kind, d.day, d.days_left) for d in view.deadlines] == [
        ("calendar_approval", dt.date(2027, 1, 15), 26), ("government_submission", dt.date(2027, 1, 20), 31)]
    assert not view.calendar_exists and view.coverage and view.pairs_gap == len(view.coverage)  # all still due
    assert view.open_issues == 0 and view.overdue_by_month == [0] * 12


def test_the_empty_home_page_explains_what_to_do(qtbot, db, settings_folder):
    win = create_main_window(db, "ru")
    qtbot.addWidget(win)
    page = win.home_page
    qtbot.waitUntil(lambda: "Календаря на" in page.summary.text(), timeout=30000)  # counted in the background
    assert "Составить календарь на" in page.todo.text()
    assert "В реестре пока нет вопросов" in page.status_chart.empty.text()


def test_chart_names_drop_the_words_every_body_shares():
    names = ["Управление энергетики акимата Костанайской области", "Управление образования акимата Костанайской области"]
    assert short_names(names) == ["энергетики", "образования"]
    # most share them: a ministry among a region's departments keeps its name (every kk label read
    # «Қостанай облысы әкімдігі…» on the chart before)
    names = ["Қостанай облысы әкімдігінің білім басқармасы", "Қостанай облысы әкімдігінің денсаулық сақтау басқармасы",
             "Қазақстан Республикасының Көлік министрлігі"]
    assert short_names(names) == ["білім", "денсаулық сақтау", "Қазақстан Республикасының Көлік министрлігі"]


def test_the_first_run_answers_set_the_region_the_title_and_the_signing_method(qtbot, db, settings_folder):
    from akimdesk.ui.dialogs.export_dialog import ExportDialog
    from akimdesk.ui.first_run import FirstRunDialog
    from akimdesk.ui.pages.reports_page import signed_by

    first = create_main_window(db, "ru")
    qtbot.addWidget(first)
    assert first.region.currentText() == "Костанайская область"  # nothing answered yet: the demo's region
    dialog = FirstRunDialog(first, db, "ru")
    qtbot.addWidget(dialog)
    dialog.region.setCurrentIndex(dialog.region.findText("Акмолинская область"))
    dialog.district.setCurrentIndex(1)
    dialog.name.setText("Аппарат акима Акмолинской области")
    dialog.ncalayer.setChecked(True)
    dialog.remember()
    first.close()
    QSettings().remove("selection/region")  # the answer counts, not the last session's choice
    win = create_main_window(db, "ru")
    qtbot.addWidget(win)
    assert win.region.currentText() == "Акмолинская область"
    assert win.windowTitle().startswith("Аппарат акима Акмолинской области — AkimDesk")
    assert signed_by() == "Аппарат акима Акмолинской области"  # the covering letter's sender
    export = ExportDialog(win.state, "calendar", win)
    qtbot.addWidget(export)
    assert export.sign_kind.currentData() == "ncalayer"


# --- keys, mnemonics, tooltips --------------------------------------------------------------------
def test_enter_opens_the_selected_row(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(MeetingForm, "exec", lambda self: opened.append(("meeting", self)) or 0)
    monkeypatch.setattr(IssueDialog, "exec", lambda self: opened.append(("issue", self)) or 0)
    meetings = window.show_page(MeetingsPage)
    row = next(i for i, r in enumerate(meetings.list.model.rows) if r.meeting_id)
    meetings.list.table.selectRow(row)  # the list's rows are the model's, in its order
    meetings.list.table.setFocus()
    qtbot.keyClick(meetings.list.table, Qt.Key.Key_Return)
    register = window.show_page(RegisterPage)
    register.table.selectRow(0)
    register.table.setFocus()
    qtbot.keyClick(register.table, Qt.Key.Key_Return)
    assert [kind for kind, _ in opened] == ["meeting", "issue"]


def test_ctrl_n_f5_and_ctrl_e_do_what_the_page_buttons_do(window, monkeypatch):
    made = []
    monkeypatch.setattr(IssueDialog, "exec", lambda self: made.append(self.windowTitle()) or 0)
    window.show_page(RegisterPage)
    window.new_action.trigger()
    assert len(made) == 1
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.help_action.shortcut().toString() == "F1"
    window.refresh_action.trigger()  # refreshes without a complaint


def test_every_toolbar_button_has_a_tooltip_and_an_icon(window):
    actions = [a for a in window.actions_bar.actions() if not a.isSeparator()]
    assert len(actions) >= 6
    for action in actions:
        assert action.toolTip() and "&" not in action.toolTip() and not action.icon().isNull()


def action_buttons(top) -> list[QAbstractButton]:
    """The push and tool buttons a person presses to do something: not a dialog's OK/Cancel, not Qt's own
    parts (a field's clear button, tab scrollers, a month view's arrows, a wizard's Back/Next), not toolbar buttons (their actions)."""
    found = []
    for b in top.findChildren(QAbstractButton):
        parent = b.parentWidget()
        if not isinstance(b, (QPushButton, QToolButton)) or isinstance(parent, (QToolBar, QTabBar, QLineEdit)):
            continue
        if isinstance(parent, QDialogButtonBox) and parent.standardButton(b) != QDialogButtonBox.StandardButton.NoButton:
            continue
        if isinstance(top, QWizard) and parent is top or isinstance(parent.parentWidget(), QCalendarWidget):
            continue
        found.append(b)
    return found


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_action_button_on_the_pages_and_dialogs_says_what_it_does(window, lang):
    window.set_language(lang)
    missing = []
    for page in window.pages:
        window.nav.setCurrentRow(window.pages.index(page))
        missing += [(page.title(), b.text()) for b in action_buttons(page) if not b.toolTip()]
    tips = []
    for name, make in tour._dialogs(window):
        dialog = make()
        dialog.show()
        for b in action_buttons(dialog):
            (tips.append(b.toolTip()) if b.toolTip() else missing.append((name, b.text())))
        dialog.close()
        dialog.deleteLater()
    assert not missing
    assert len(tips) > 20 and all(re.search("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]", t) for t in tips)  # in the language


def mnemonics(widgets) -> list[str]:
    keys = []
    for w in widgets:
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        if isinstance(w, QLabel) and w.buddy() is None:
            continue
        match = re.search(r"&([^&\s])", text)
        if match:
            keys.append(match[1].lower())
    return keys


def duplicates(keys: list[str]) -> set[str]:
    return {k for k in keys if keys.count(k) > 1}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_mnemonics_are_unique_within_each_window_and_menu(window, lang):
    window.set_language(lang)
    bar = window.menuBar()
    assert not duplicates(mnemonics_of_actions(bar.actions())), lang
    for menu_action in bar.actions():
        assert not duplicates(mnemonics_of_actions(menu_action.menu().actions())), (lang, menu_action.text())
    toolbar = mnemonics(window.findChild(QWidget, "selection").findChildren(QWidget))
    for page in window.pages:
        window.nav.setCurrentRow(window.pages.index(page))
        own = mnemonics([w for w in page.findChildren(QWidget) if w.isVisibleTo(page)])
        assert not duplicates(own + toolbar + mnemonics_of_actions(bar.actions())), (lang, page.title(), own)
    for name, make in tour._dialogs(window):
        dialog = make()
        keys = mnemonics([w for w in dialog.findChildren(QWidget)])
        assert not duplicates(keys), (lang, name, sorted(keys))
        dialog.deleteLater()


def mnemonics_of_actions(actions) -> list[str]:
    return [m[1].lower() for a in actions if (m := re.search(r"&([^&\s])", a.text()))]


def test_the_window_starts_maximized_the_first_time(window):
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_undo_reads_as_one_phrase(window):
    window.undo_stack.push(QUndoCommand("Изменение встречи"))
    assert window.undo_action.text() == "&Отменить: изменение встречи"


# --- the tour: every page and dialog, in Russian and Kazakh, on a 1366x768 screen ------------------
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_tour_shows_every_dialog_within_the_screen_in_clean_language(lang, demo_file, tmp_path):
    db = tmp_path / "tour.sqlite"
    shutil.copy(demo_file, db)
    out = tmp_path / "tour"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "akimdesk", "tour", "--out", str(out), "--lang", lang,
                           "--size", "1366x768", "--db", str(db)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    entries = json.loads((out / "index.json").read_text(encoding="utf-8"))
    kinds = {e["kind"] for e in entries}
    assert kinds == {"page", "dialog"} and sum(e["kind"] == "page" for e in entries) == 9
    assert {"dialog-issue_form", "dialog-meeting_form", "dialog-print_preview", "dialog-export"} <= {
        e["name"] for e in entries}
    problems = []
    for e in entries:
        assert (out / e["png"]).stat().st_size > 1000
        if e["width"] > 1366 or e["height"] > 768:
            problems.append(f"{e['name']}: {e['width']}x{e['height']} is larger than the screen")
        for text in e["texts"]:
            if latin_words(text):
                problems.append(f"{e['name']}: Latin words {sorted(latin_words(text))} in {text[:80]!r}")
            if re.search(r"&[^\W\d_]", text.replace("&nbsp;", " ")):
                problems.append(f"{e['name']}: a literal '&' in {text[:80]!r}")
    assert not problems, "\n".join(problems)


def test_the_edition_is_edited_in_a_form_and_stored_as_its_file(window, qtbot):
    """No TOML on screen: the fields show the 2023 edition's rules, and a changed field is stored."""
    from akimdesk import config
    from akimdesk.services import calendar_decree
    from akimdesk.ui.edition_form import EditionDialog

    dialog = EditionDialog(window, "2023", False, "ru")
    qtbot.addWidget(dialog)
    assert dialog.approval.date().toString("dd.MM") == "15.01" and dialog.lead.value() == 7
    assert dialog.masl_approval.currentText() == "с уведомлением маслихата"
    assert dialog.norms.item(0, 0).text() == "Область" and not dialog.edited()
    dialog.code.setText("2023-local")
    dialog.lead.setValue(10)
    assert dialog.edited()
    code = calendar_decree.save_edition_form(window.state.database, dialog.values())
    assert code == "2023-local" and calendar_decree.edition(code).parameter("announcement_lead_days") == 10
    assert (config.data_dir() / "rules" / "2023-local.toml").read_text(encoding="utf-8").count("[[norms]]") == 4


def test_register_search_words_are_marked_in_any_case():
    from akimdesk.ui.highlight import marked_spans, terms

    words = terms('"водоснабжение" OR дорог*')
    assert words == ["водоснабжение", "дорог"]
    text = "Ремонт ДОРОГИ и водоснабжение; бездорожье"
    assert [text[start:end] for start, end in marked_spans(text, words)] == ["ДОРОГ", "водоснабжение"]
    # a word's start, any case; not inside another word ("бездорожье")

    def marked(text, query):
        return [text[start:end] for start, end in marked_spans(text, terms(query))]

    assert marked("Газ, газопровод", "газ газо") == ["Газ", "газо"]  # the longest of two that start together
    assert marked("Ёлки не убраны", "елки") == ["Ёлки"]  # е finds ё, as the search does


def test_the_directory_page_finds_a_unit_by_name_or_code(window):
    from akimdesk.ui.pages.directory_page import DirectoryPage

    page = window.show_page(DirectoryPage)
    window.find_action.trigger()
    assert page.filter.hasFocus() or page.filter.isVisible()
    page.filter.setText("Аркалык")
    root = page.model.item(0)
    shown = [root.child(i).text() for i in range(root.rowCount())
             if not page.tree.isRowHidden(i, root.index())]
    assert shown == ["город Аркалык"] or shown and all("Аркалык" in s for s in shown)
