"""An administrator edits a whole decree edition in a form (offscreen Qt, the real edition files, a real
user rules folder): norms added and removed, levels and periods chosen from translated names, deadlines and
parameters; stored as the edition's TOML file and read back the same; a wrong edit refused in the user's
language with nothing written."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from akimdesk import config
from akimdesk.decree.editions import edition_toml, parse_edition_text
from akimdesk.services import calendar_decree
from akimdesk.ui.edition_form import EditionDialog
from akimdesk.ui.i18n import LanguageSwitcher


@pytest.fixture
def language(qapp):
    switcher = LanguageSwitcher(qapp)

    def use(lang: str) -> None:
        switcher.set_language(lang)

    yield use
    switcher.set_language("en")


@pytest.fixture
def dialog(qtbot, language):
    language("ru")
    made = EditionDialog(None, "2023", False, "ru")
    qtbot.addWidget(made)
    made.show()
    return made


def rules_files():
    return sorted(p.name for p in (config.data_dir() / "rules").glob("*.toml"))


def check(box: QListWidget, names: set[str]) -> None:
    for i in range(box.count()):
        item = box.item(i)
        if item.text() in names:
            item.setCheckState(Qt.CheckState.Checked)


def checked(box: QListWidget) -> list[str]:
    return [box.item(i).text() for i in range(box.count()) if box.item(i).checkState() == Qt.CheckState.Checked]


def test_the_form_shows_every_part_of_the_2023_edition_in_russian(dialog):
    # resources/rules/2023.toml: 15.01, 20.01, 01.02; notice to the maslikhat; 7 and 10 days, 25 %; 4 norms
    assert [dialog.approval.date().toString("dd.MM"), dialog.submission.date().toString("dd.MM"),
            dialog.administration.date().toString("dd.MM")] == ["15.01", "20.01", "01.02"]
    # the issues for central bodies: by 15 August (first half) and 15 February (second half, next year)
    assert [dialog.central_first.date().toString("dd.MM"), dialog.central_second.date().toString("dd.MM")] == [
        "15.08", "15.02"]
    assert dialog.title_en.text() == "Decree No. 826 as amended on 20 November 2023"
    assert (dialog.lead.value(), dialog.publish.value(), dialog.share.value()) == (7, 10, 25.0)
    editor = dialog.norms_editor
    assert dialog.norms.rowCount() == 4
    # the first norm: the oblast akim, in each district and city of oblast significance, once a year
    assert checked(editor.organizers) == ["Область"]
    assert checked(editor.targets) == ["Район", "Город областного значения"]
    assert (editor.minimum.value(), editor.period.currentText()) == (1, "год")
    assert [editor.period.itemText(i) for i in range(editor.period.count())] == ["год", "полугодие", "квартал"]
    assert not dialog.edited()


def test_a_norm_added_and_a_level_changed_are_saved_and_read_back_the_same(dialog, qtbot, db):
    editor = dialog.norms_editor
    dialog.code.setText("2023-kst")
    # the third norm (the district akim) also visits areas (microdistricts), and twice a half-year
    dialog.norms.setCurrentCell(2, 0)
    check(editor.targets, {"Место встречи (микрорайон)"})
    editor.minimum.setValue(2)
    assert dialog.norms.item(2, 1).text().endswith("Место встречи (микрорайон)")
    # a new norm: the akim of a district of a city meets in each microdistrict once a quarter
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert dialog.norms.rowCount() == 5 and dialog.norms.currentRow() == 4
    check(editor.organizers, {"Район в городе"})
    check(editor.targets, {"Место встречи (микрорайон)"})
    editor.period.setCurrentIndex(editor.period.findText("квартал"))
    dialog.administration.setDate(dialog.administration.date().addDays(4))  # 5 February
    dialog.title_en.setText("Kostanay rules")
    dialog.accept()
    assert dialog.result() == EditionDialog.DialogCode.Accepted and dialog.error.text() == ""

    code = calendar_decree.save_edition_form(db, dialog.values())
    assert code == "2023-kst" and rules_files() == ["2023-kst.toml"]
    stored = calendar_decree.edition(code)
    assert dataclasses.replace(stored, source_file="") == dataclasses.replace(dialog.values(), source_file="")
    assert stored.norms[2] == calendar_decree.Norm(
        ("district",), ("rural_okrug", "settlement", "village", "district_city", "area"), "half_year", 2)
    assert stored.norms[4] == calendar_decree.Norm(("urban_district",), ("area",), "quarter", 1)
    assert stored.administration_date(2027).isoformat() == "2027-02-05" and stored.title_en == "Kostanay rules"

    again = EditionDialog(None, "2023-kst", True, "ru")
    qtbot.addWidget(again)
    assert again.norms.rowCount() == 5 and not again.edited()
    assert again.norms.item(4, 0).text() == "Район в городе" and again.norms.item(4, 3).text() == "квартал"


def test_a_removed_norm_is_gone_from_the_stored_file(dialog, db):
    dialog.code.setText("2023-three")
    dialog.norms.setCurrentCell(1, 0)  # the capital and the cities of republican significance
    dialog.norms_editor.remove_norm()
    code = calendar_decree.save_edition_form(db, dialog.values())
    text = (config.data_dir() / "rules" / f"{code}.toml").read_text(encoding="utf-8")
    assert text.count("[[norms]]") == 3 and "urban_district" not in text


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d.norms_editor.add_norm(), "Норма 5: выберите, акимы какого уровня проводят встречи."),
    (lambda d: [d.norms_editor.remove_norm() for _ in range(4)], "В редакции должна быть хотя бы одна норма: "
                                                                "добавьте её."),
    (lambda d: d.submission.setDate(d.approval.date().addDays(-1)),
     "Срок направления календаря в Правительство не может быть раньше срока его утверждения."),
    (lambda d: d.central_second.setDate(d.central_second.date().addDays(14)),  # 29 February
     "Срок не может приходиться на 29 февраля: в большинстве лет такого дня нет."),
    (lambda d: d.title_kk.setText("  "), "Укажите название редакции на русском и казахском языках."),
    (lambda d: d.code.setText("2023 мой"), "Код может содержать только буквы, цифры, точки, дефисы и знаки "
                                           "подчёркивания, не более 40 знаков."),
])
def test_a_wrong_edit_is_refused_in_russian_and_nothing_is_written(dialog, edit, message, db):
    dialog.code.setText("2023-x")
    edit(dialog)
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text() == message
    with pytest.raises(calendar_decree.EditionFileError):
        calendar_decree.save_edition_form(db, dialog.values())
    assert rules_files() == []


def test_a_norm_repeating_another_is_refused_and_selected(dialog):
    # the oblast akim visiting districts is already the first norm: a second norm saying it again is refused
    editor = dialog.norms_editor
    editor.add_norm()
    check(editor.organizers, {"Область"})
    check(editor.targets, {"Район"})
    dialog.norms.setCurrentCell(0, 0)
    dialog.accept()
    assert dialog.error.text() == ("Норма 5 повторяет другую норму: выезды акимов уровня «Область» в единицы "
                                   "уровня «Район» уже учтены в ней.")
    assert dialog.norms.currentRow() == 4 and rules_files() == []


def test_the_form_reads_in_kazakh_with_its_own_mnemonics(qtbot, language):
    language("kk")
    dialog = EditionDialog(None, "2022", True, "kk")
    qtbot.addWidget(dialog)
    editor = dialog.norms_editor
    assert checked(editor.organizers) == ["Облыс"] and editor.period.currentText() == "жартыжылдық"
    assert editor.add_button.text() == "Жаңа нор&ма қосу"
    keys = [m[1].lower() for w in dialog.findChildren(QLabel) if w.buddy() is not None
            and (m := re.search(r"&([^&\s])", w.text()))]
    keys += [m[1].lower() for b in (editor.add_button, editor.remove_button) if (m := re.search(r"&(\w)", b.text()))]
    assert len(keys) == len(set(keys)) >= 20


def test_the_stored_text_of_every_shipped_edition_reads_back_the_same():
    for code in ("2022", "2023"):
        shipped = calendar_decree.edition(code)
        again = parse_edition_text(edition_toml(shipped), code)
        assert again == shipped


def test_the_form_fits_a_laptop_screen(dialog):
    QApplication.processEvents()
    assert dialog.height() <= 768 and dialog.width() <= 1366


def test_a_norm_is_added_with_the_keyboard_alone(dialog, qtbot):
    editor = dialog.norms_editor
    editor.add_button.setFocus()
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    assert dialog.norms.rowCount() == 5 and editor.organizers.hasFocus()
    qtbot.keyClick(editor.organizers, Qt.Key.Key_Home)
    qtbot.keyClick(editor.organizers, Qt.Key.Key_Space)  # the first level, the oblast
    qtbot.keyClick(editor.organizers, Qt.Key.Key_Tab)
    assert editor.targets.hasFocus()
    qtbot.keyClick(editor.targets, Qt.Key.Key_End)
    qtbot.keyClick(editor.targets, Qt.Key.Key_Space)  # the last, a meeting area (microdistrict)
    assert dialog.norms_editor.norms()[4] == calendar_decree.Norm(("oblast",), ("area",), "year", 1)
    assert dialog.norms.item(4, 1).text() == "Место встречи (микрорайон)"


def test_the_central_issues_deadlines_come_from_the_edition_the_administrator_saved(dialog, db):
    from akimdesk.decree.periods import parse_period
    from akimdesk.documents.issues_docs import government_deadline

    # the decree: the list for 2026's first half by 15 August 2026, for its second half by 15 February 2027
    assert government_deadline(parse_period("2026-H1")).isoformat() == "2026-08-15"
    assert government_deadline(parse_period("2026-H2")).isoformat() == "2027-02-15"
    dialog.code.setText("2026-local")
    dialog.effective.setDate(dialog.effective.date().addYears(2))  # in force from 1 January 2026
    dialog.central_first.setDate(dialog.central_first.date().addDays(-14))  # 1 August
    dialog.central_second.setDate(dialog.central_second.date().addDays(15))  # 1 March (2024: a leap year)
    calendar_decree.save_edition_form(db, dialog.values())
    assert government_deadline(parse_period("2026-H1")).isoformat() == "2026-08-01"
    assert government_deadline(parse_period("2026-Q4")).isoformat() == "2027-03-01"
    assert government_deadline(parse_period("2025-H1")).isoformat() == "2025-08-15"  # the 2023 edition's year
