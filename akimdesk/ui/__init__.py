"""Everything Qt: windows, pages, dialogs, item models and the background-job helper."""
