"""The Reports page until the exports work replaces it."""

from __future__ import annotations

from .base import Page


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
