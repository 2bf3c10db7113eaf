"""The problem-issue register: filters, search, saved filters, a lazily fetched table, bulk changes with undo."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
)

from ...services import register as service
from ...services import register_changes as changes
from ...services.register import DEFAULT_DUE_DAYS, IssueFilter
from ...services.register_changes import RegisterError
from ..after_paint import AfterPaint
from ..conflict_dialog import resolve, tell_changed
from ..dates import from_qdate, to_qdate
from ..fit import program_widths, remember_columns
from ..flow import FlowRow, shrinkable, together
from ..highlight import MatchHighlighter
from ..jobs import Latest
from ..labels import competence_name
from ..labels import issue_refusal_text as refusal_text
from ..register_bulk import BulkBodyDialog, BulkCommand, BulkStatusDialog
from ..register_model import IssueRegisterModel
from .base import Page

ALL = "all"
# 0: the issue's text, stretched over what the others leave. On a 1366-pixel laptop the others took 891 pixels
# and left the text 120 (Russian) or 70 (Kazakh): the names elide and show whole in their tooltips, the text is
# what the list is read for
COLUMN_WIDTHS = (80, 120, 0, 110, 140, 80, 95, 125)
OPEN, OVERDUE, DUE = "open", "overdue", "due"


class _Given:
    """The values of a bulk dialog already answered (a change applied again over the newer versions)."""

    def __init__(self, values: dict):
        self._values = values

    def values(self) -> dict:
        return dict(self._values)


class RegisterPage(Page):
    """Every issue of the chosen region (all years), filtered and searched in the database."""

    def __init__(self, state, undo_stack, parent=None):
        super().__init__(state, parent)
        self.undo_stack = undo_stack
        self.resolve_conflict = resolve  # a seam: tests answer the conflict dialog
        self.meeting_id: uuid.UUID | None = None
        self._loading = False
        self._find_hooked = False
        self._headers_measured = False
        self._choices_stale = False
        self._meeting_shown: tuple | None = None
        self.total: int | None = 0
        self.counting = Latest(self)
        self._counts_asked = [0]
        self._build_widgets()
        self._build_filters()
        self._build_actions()
        self._build_table()
        self._connect()
        self._update_meeting_label()

    # --- sections ---------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        # as narrow as a few words when the window is (the choice cut with "…"; the list opens as wide as its choices)
        self.territory = shrinkable(QComboBox(), 14)
        self.status = shrinkable(QComboBox(), 10)
        self.category = shrinkable(QComboBox(), 12)
        self.body = shrinkable(QComboBox(), 14)
        self.body.view().setMinimumWidth(520)
        self.level = shrinkable(QComboBox(), 10)
        self.period = QCheckBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
            d.setEnabled(False)
        today = dt.date.today()
        self.date_from.setDate(to_qdate(dt.date(today.year, 1, 1)))
        self.date_to.setDate(to_qdate(today))
        self.meeting_label = QLabel()
        self.meeting_clear = QToolButton()
        self.meeting_clear.setText("×")
        self.saved = QComboBox()
        self.saved.setMinimumContentsLength(16)
        self.save_button = QPushButton()
        self.delete_saved_button = QPushButton()
        self.reset_button = QPushButton()

        self.new_button = QPushButton()
        self.quick_button = QPushButton()
        self.open_button = QPushButton()
        self.status_button = QPushButton()
        self.body_button = QPushButton()

    def _build_filters(self) -> None:
        self.search_label, self.territory_label, self.status_label = QLabel(), QLabel(), QLabel()
        self.category_label, self.body_label, self.level_label = QLabel(), QLabel(), QLabel()
        self.saved_label = QLabel()
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for col, (label, widget) in enumerate(((self.search_label, self.search), (self.territory_label, self.territory),
                                               (self.status_label, self.status))):
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        for col, (label, widget) in enumerate(((self.category_label, self.category), (self.body_label, self.body),
                                               (self.level_label, self.level))):
            label.setBuddy(widget)
            grid.addWidget(label, 1, 2 * col)
            grid.addWidget(widget, 1, 2 * col + 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.layout_.addLayout(grid)

        row = FlowRow()
        row.addWidget(together(self.period, self.date_from, QLabel("—"), self.date_to))
        row.addSpacing(12)
        row.addWidget(self.meeting_label)  # shown, with its button, while the list is one meeting's
        row.addWidget(self.meeting_clear)
        row.addStretch(1)
        self.saved_label.setBuddy(self.saved)
        for w in (together(self.saved_label, self.saved), self.save_button, self.delete_saved_button, self.reset_button):
            row.addWidget(w)
        self.layout_.addLayout(row)

    def _build_actions(self) -> None:
        actions = FlowRow()
        for b in (self.new_button, self.quick_button, self.open_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.status_button)
        actions.addWidget(self.body_button)
        self.layout_.addLayout(actions)

    def _build_table(self) -> None:
        self.model = IssueRegisterModel(self.state, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._after_rows_painted = AfterPaint(self.table.viewport())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.highlighter = MatchHighlighter(self.table, lambda: self.model.filter.search)  # set while searching
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the issue's text takes what is left
        self.layout_.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.layout_.addWidget(self.count_label)

    def _connect(self) -> None:
        self._search_timer = QTimer(self, singleShot=True, interval=300)  # search as the user pauses typing
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.territory, self.status, self.category, self.body, self.level):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.period.toggled.connect(self._period_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.meeting_clear.clicked.connect(lambda: self.show_meeting(None))
        self.saved.activated.connect(self._saved_chosen)
        self.save_button.clicked.connect(self.save_current_filter)
        self.delete_saved_button.clicked.connect(self.delete_saved_filter)
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_issue)
        self.quick_button.clicked.connect(lambda: self.quick_entry(self.meeting_id))
        self.open_button.clicked.connect(self.open_current)
        self.table.activated.connect(lambda _i: self.open_current())  # Enter or a double click
        self.status_button.clicked.connect(self.change_status)
        self.body_button.clicked.connect(self.change_body)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(lambda *_: self._update_count())  # "loaded N" follows the scrolling

    # --- texts ------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Register of problem issues")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Every problem issue raised by citizens in the chosen region, in all years: who is responsible, the "
            "deadline, the status and the history of progress. Filters and search work on the whole database; "
            "overdue deadlines are shown in red, extended ones with an asterisk."))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words from the text, in Russian or Kazakh (Ctrl+F)"))
        self.territory_label.setText(self.tr("&Where:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.category_label.setText(self.tr("&Category:"))
        self.body_label.setText(self.tr("Responsible &body:"))
        self.level_label.setText(self.tr("&Level:"))
        self.period.setText(self.tr("Raised &from"))
        self.saved_label.setText(self.tr("Sa&ved filters:"))
        self.save_button.setText(self.tr("Save filter…"))
        self.delete_saved_button.setText(self.tr("Delete"))
        self.reset_button.setText(self.tr("Reset filters"))
        self.new_button.setText(self.tr("&New issue…"))
        self.quick_button.setText(self.tr("&Quick entry from a meeting…"))
        self.open_button.setText(self.tr("&Open…"))
        self.status_button.setText(self.tr("Change &status…"))
        self.body_button.setText(self.tr("Change responsible bod&y…"))
        self.meeting_clear.setToolTip(self.tr("Show issues of all meetings"))
        if self.is_current():
            self.reload_choices()
        else:  # a hidden page names its choices in the new language when it is next shown
            self._choices_stale = self.stale = True
        self.model.retranslate()
        # the person's own widths in this language, once set, win; else this language's headers whole
        self._headers_whole(first=not remember_columns(self.table, "RegisterPage", self.state.language))
        self._update_meeting_label()
        self._update_count()

    def _headers_whole(self, first: bool = False) -> None:
        """Each column at least as wide as its header in this language; `first`: from the default widths, else
        from the widths shown (the user's own included)."""
        header = self.table.horizontalHeader()
        with program_widths(header):
            for col, width in enumerate(COLUMN_WIDTHS):
                if width:
                    self.table.setColumnWidth(col, max(width if first else self.table.columnWidth(col),
                                                       header.sectionSizeHint(col)))

    # --- choices ----------------------------------------------------------------------------------
    def _name(self, choice) -> str:
        lang = self.state.language
        if lang == "kk":
            return choice.name_kk or choice.name_ru
        if lang == "en" and choice.name_en:
            return choice.name_en
        return choice.name_ru

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def reload_choices(self) -> None:
        db, region = self.state.database, self.state.region_id
        self._loading = True
        units = service.territories(db, region) if region else []
        self._fill(self.territory, [("    " * c.depth + self._name(c), str(c.id)) for c in units])
        states = [(self.tr("All"), ALL), (self.tr("Open"), OPEN), (self.tr("Overdue"), OVERDUE),
                  (self.tr("Due within %1 days").replace("%1", str(DEFAULT_DUE_DAYS)), DUE)]
        states += [(self._name(c), c.code) for c in service.statuses(db)]
        self._fill(self.status, states)
        self._fill(self.category, [(self.tr("All"), ALL)] + [(self._name(c), str(c.id)) for c in service.categories(db)])
        bodies = service.bodies(db, region)
        self._fill(self.body, [(self.tr("All"), ALL)] + [(self._name(c), str(c.id)) for c in bodies])
        for i, c in enumerate(bodies, start=1):
            self.body.setItemData(i, self._name(c), Qt.ItemDataRole.ToolTipRole)
        levels = ("local", "district", "oblast", "central", "holding", "company")
        self._fill(self.level, [(self.tr("All"), ALL)] + [(competence_name(lv), lv) for lv in levels])
        self._reload_saved()
        self._loading = False

    def _reload_saved(self) -> None:
        saved = self._saved_list = changes.saved_filters(self.state.database, self.state.database.actor)
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("(choose)"), None)
        for f in saved:
            self.saved.addItem(f.name + (" " + self.tr("(shared)") if f.shared else ""), f)
        self.saved.blockSignals(False)

    # --- the filter -------------------------------------------------------------------------------
    def current_filter(self) -> IssueFilter:
        def picked(combo: QComboBox) -> tuple:
            data = combo.currentData()
            return () if data in (None, ALL) else (uuid.UUID(data),)

        state = self.status.currentData() or ALL
        unit = self.territory.currentData()
        level = self.level.currentData()
        period = self.period.isChecked()
        return IssueFilter(
            territory_id=uuid.UUID(unit) if unit else self.state.region_id,
            statuses=() if state in (ALL, OPEN, OVERDUE, DUE) else (state,),
            open_only=state == OPEN,
            overdue=state == OVERDUE,
            due_within=DEFAULT_DUE_DAYS if state == DUE else None,
            category_ids=picked(self.category),
            body_ids=picked(self.body),
            levels=() if level in (None, ALL) else (level,),
            raised_from=from_qdate(self.date_from.date()) if period else None,
            raised_to=from_qdate(self.date_to.date()) if period else None,
            meeting_id=self.meeting_id,
            search=self.search.text().strip(),
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def set_filter(self, flt: IssueFilter) -> None:
        """Show the filter's issues and put its values into the filter bar."""
        self._loading = True
        self.search.setText(flt.search)
        self._select(self.territory, str(flt.territory_id) if flt.territory_id else None)
        state = (OPEN if flt.open_only else OVERDUE if flt.overdue else DUE if flt.due_within is not None
                 else flt.statuses[0] if flt.statuses else ALL)
        self._select(self.status, state)
        self._select(self.category, str(flt.category_ids[0]) if flt.category_ids else ALL)
        self._select(self.body, str(flt.body_ids[0]) if flt.body_ids else ALL)
        self._select(self.level, flt.levels[0] if flt.levels else ALL)
        self.period.setChecked(flt.raised_from is not None)
        if flt.raised_from:
            self.date_from.setDate(to_qdate(flt.raised_from))
        if flt.raised_to:
            self.date_to.setDate(to_qdate(flt.raised_to))
        self.meeting_id = flt.meeting_id
        self._update_meeting_label()
        self._loading = False
        self._search_timer.stop()
        self.table.horizontalHeader().blockSignals(True)
        self.table.horizontalHeader().setSortIndicator(
            next(i for i, c in enumerate(self.model.columns) if c.sort == flt.sort),
            Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().blockSignals(False)
        self._show(replace(self.current_filter(), sort=flt.sort, descending=flt.descending))

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data) if data is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def apply_filters(self) -> None:
        if self._loading or self.state.region_id is None:
            return
        self._search_timer.stop()
        self._show(self.current_filter())

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def reset_filters(self) -> None:
        self.meeting_id = None
        self.set_filter(IssueFilter(territory_id=self.state.region_id))

    def show_meeting(self, meeting_id: uuid.UUID | None) -> None:
        """Narrow the register to the issues of one meeting (None: all meetings)."""
        self.meeting_id = meeting_id
        self._update_meeting_label()
        self.apply_filters()

    def _update_meeting_label(self) -> None:
        shown = self.meeting_id is not None
        self.meeting_clear.setVisible(shown)
        self.meeting_label.setVisible(shown)
        if self._meeting_shown == (self.meeting_id, self.state.language):
            return  # already says so: spare the lookups on every filter change
        self._meeting_shown = (self.meeting_id, self.state.language)
        if shown:
            try:
                info = changes.meeting_info(self.state.database, self.meeting_id)
            except RegisterError:
                return
            where = info.unit_kk if self.state.language == "kk" else info.unit_ru
            self.meeting_label.setText(self.tr("Meeting of %1, %2").replace("%1", info.date.strftime("%d.%m.%Y"))
                                       .replace("%2", where))

    def _show(self, flt: IssueFilter) -> None:
        """The first page at once (its plan picked from bounded sizes), then the exact count in the background."""
        expected, self.model.universe = service.plan_sizes(self.state.database, flt)
        self.model.set_filter(flt, expected)
        # the words searched for are marked in the issue's text; without a search its cells are painted by Qt
        # alone, not through Python
        self.table.setItemDelegateForColumn(2, self.highlighter if flt.search else None)
        self.total = None
        self._counts_asked[0] += 1
        # the count starts once the rows are painted (its thread would take the interpreter from the paint)
        self._after_rows_painted.run(lambda mine=self._counts_asked[0]: self._count(flt, mine))
        self._update_count()

    def _count(self, flt: IssueFilter, mine: int) -> None:
        """Count in the background, unless the user has moved on; a newer filter stops this count too."""
        asked, database = self._counts_asked, self.state.database
        if asked[0] == mine:
            self.counting.run(lambda: service.issue_count(database, flt, cancelled=lambda: asked[0] != mine),
                              self._counted)

    def _counted(self, total: int) -> None:
        self.total = total
        self._update_count()

    def _update_count(self) -> None:
        if self.state.region_id is None:
            self.count_label.setText("")
            return
        total = "…" if self.total is None else str(self.total)  # still counting
        self.count_label.setText(self.tr("Issues: %1 (loaded %2)").replace("%1", total)
                                 .replace("%2", str(self.model.rowCount())))

    def _saved_chosen(self, index: int) -> None:
        saved = self.saved.itemData(index)
        if saved is not None:
            flt = saved.filter
            if flt.territory_id is None:
                flt = replace(flt, territory_id=self.state.region_id)
            self.set_filter(flt)

    def save_current_filter(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of the filter:"))
        if not ok:
            return
        same = [f for f in self._saved_list if f.name == name.strip() and not f.shared]
        try:  # over the version of the filter of that name the list showed (none: a new one)
            changes.save_filter(self.state.database, name, self.model.filter, self.state.database.actor,
                                same[0].row_version if same else None)
        except RegisterError as err:
            if err.code in ("changed_since", "filter_gone"):
                tell_changed(self, err)
                self._reload_saved()
            else:
                QMessageBox.warning(self, self.tr("Save filter"), refusal_text(err))
            return
        self._reload_saved()
        self.saved.setCurrentIndex(max(0, self.saved.findText(name.strip())))

    def delete_saved_filter(self) -> None:
        saved = self.saved.currentData()
        if saved is None:
            return
        try:
            changes.delete_filter(self.state.database, saved.id, saved.row_version)
        except RegisterError as err:
            if err.code != "changed_since":
                raise
            tell_changed(self, err)
        self._reload_saved()

    # --- reacting to the window -------------------------------------------------------------------
    def refresh(self) -> None:
        if self.state.region_id is None:
            self.model.set_filter(IssueFilter(territory_id=uuid.uuid4()))  # nothing to show
            self._update_count()
            return
        region_changed = self.territory.findData(str(self.state.region_id)) < 0
        if region_changed or self._choices_stale:
            self._choices_stale = False
            self.reload_choices()
            self._select(self.territory, str(self.state.region_id))
        self._show(self.current_filter())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._headers_measured:  # on a real screen the header's font is settled only once shown
            self._headers_measured = True  # ("Көтерілген күні" was cut to "өтерілген кү" in a column sized before)
            self._headers_whole()
        if not self._find_hooked:  # Edit > Find (Ctrl+F) of the window also finds in the register
            action = getattr(self.window(), "find_action", None)
            if action is not None:
                action.triggered.connect(self._find_requested)
                self._find_hooked = True

    def _find_requested(self) -> None:
        if self.isVisible():
            self.search.setFocus()
            self.search.selectAll()

    # --- actions ----------------------------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def selected_versions(self) -> dict[uuid.UUID, int]:
        """The chosen issues with the version each had when the list showed it."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return {self.model.row_at(r).id: self.model.row_at(r).row_version for r in rows}

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(count == 1)
        self.status_button.setEnabled(count > 0)
        self.body_button.setEnabled(count > 0)

    def open_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            from ..issue_form import IssueDialog

            IssueDialog(self, self.state, ids[0]).exec()

    def new_issue(self) -> None:
        from ..issue_form import IssueDialog

        unit = self.territory.currentData()
        IssueDialog(self, self.state, None, territory_id=uuid.UUID(unit) if unit else None,
                    meeting_id=self.meeting_id).exec()

    def quick_entry(self, meeting_id: uuid.UUID | None = None) -> None:
        from ..quick_entry import open_quick_entry

        open_quick_entry(self, self.state, meeting_id, self.undo_stack)

    def change_status(self) -> None:
        seen = self.selected_versions()
        if not seen:
            return
        dialog = BulkStatusDialog(self, self.state, len(seen))
        if dialog.exec():
            self.run_bulk("status", seen, dialog)

    def change_body(self) -> None:
        seen = self.selected_versions()
        if not seen:
            return
        dialog = BulkBodyDialog(self, self.state, len(seen))
        if dialog.exec():
            self.run_bulk("body", seen, dialog)

    def run_bulk(self, kind: str, seen: dict[uuid.UUID, int], dialog) -> bool:
        """Apply a bulk change now over the versions the list showed and put it on the undo stack; a refusal
        (one changed meanwhile too) changes nothing."""
        values = dialog.values()
        command = BulkCommand(self.state, kind, seen, dict(values), self._bulk_refused)
        try:
            command.perform()
        except RegisterError as err:
            if err.code == "changed_since":
                return self._bulk_conflict(kind, seen, values, dialog)
            QMessageBox.warning(self, self.tr("Nothing was changed"), refusal_text(err))
            return False
        self.undo_stack.push(command)
        return True

    def _bulk_conflict(self, kind: str, seen: dict[uuid.UUID, int], values: dict, dialog) -> bool:
        """An issue of the choice was saved by someone else meanwhile: who and when, compare its status and
        body with the change's, then reload the list (nothing changed) or apply the change over theirs."""
        conflict, now = changes.bulk_conflict(self.state.database, seen, values.get("status_code"),
                                              values.get("body_id"), self.state.language)
        choice = self.resolve_conflict(self, conflict)
        if choice == "keep":
            return self.run_bulk(kind, {i: now[i] for i in seen if i in now}, _Given(values))
        if choice == "reload":
            self.state.data_changed.emit()
        return False

    def _bulk_refused(self, err: RegisterError) -> None:
        QMessageBox.warning(self, self.tr("Cannot undo"), refusal_text(err))
