"""Meetings held: the record, the decree's checks, the agenda, attachments."""
