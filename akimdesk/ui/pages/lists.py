"""Issues and Reports pages until the register and the exports work replace them."""

from __future__ import annotations

from ...services import overview
from .base import Page, TablePage


class IssuesPage(TablePage):
    def title(self) -> str:
        return self.tr("Problem issues raised by citizens")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Issues raised in the chosen year, and older ones still open. The full register (routing, "
            "deadlines, progress history, search across the whole database) will be done on this page."))

    def columns(self):
        st = self.state
        return [
            (lambda: self.tr("Raised"), lambda r: r.raised_on),
            (lambda: self.tr("Where"), lambda r: st.name(r, "unit")),
            (lambda: self.tr("Issue"), lambda r: r.text),
            (lambda: self.tr("Responsible body"), lambda r: st.name(r, "body")),
            (lambda: self.tr("Deadline"), lambda r: r.deadline),
            (lambda: self.tr("Status"), lambda r: getattr(r, f"status_{st.language}", r.status_ru)),
        ]

    def load(self):
        return overview.issue_rows(self.state.database, self.state.region_id, self.state.year)


class ReportsPage(Page):
    """Placeholder until the documents-and-packages work lands; says what will be here."""

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Reports and exports")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Here you will export the approved calendar, the list of problem issues for central bodies "
            "(by 15 February and 15 August), the quarterly update and the execution summary, as Excel and "
            "PDF in Russian or Kazakh, signed with your key and ready to send by e-mail."))
