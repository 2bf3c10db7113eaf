"""Refusals of the offline exchange, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def exchange_error_text(exc: Exception) -> str:
    """The reason a package was refused, translated; the English detail when no code is known."""
    code = getattr(exc, "code", None)
    values = getattr(exc, "values", {}) or {}
    if code == "busy":
        return busy_text(values)
    busy = database_error_text(exc)  # a write of the page kept waiting by another writer
    if busy is not None:
        return busy
    texts = {
        "no_file": QCoreApplication.translate("ExchangeErrors", "The file does not exist."),
        "not_zip": QCoreApplication.translate("ExchangeErrors", "This is not a data package: the file is not a readable zip archive (or it was cut short)."),
        "too_large": QCoreApplication.translate("ExchangeErrors", "The file is larger than a data package may be."),
        "too_many_files": QCoreApplication.translate("ExchangeErrors", "The archive holds more files than a data package has."),
        "zip_bomb": QCoreApplication.translate("ExchangeErrors", "The archive unpacks to far more than a data package may hold (a zip bomb?): %1"),
        "unsafe_path": QCoreApplication.translate("ExchangeErrors", "A file name in the archive leads outside it: %1"),
        "unlisted": QCoreApplication.translate("ExchangeErrors", "The archive holds a file that is not part of the package: %1"),
        "hash_mismatch": QCoreApplication.translate("ExchangeErrors", "A file of the package was changed after it was made (its checksum differs): %1"),
        "unsigned": QCoreApplication.translate("ExchangeErrors", "The package is not signed."),
        "bad_signature": QCoreApplication.translate("ExchangeErrors", "The package's signature is broken or does not match its contents."),
        "untrusted": QCoreApplication.translate("ExchangeErrors", "The signer's certificate does not chain to the trusted root."),
        "not_trusted_sender": QCoreApplication.translate("ExchangeErrors", "%1 is not on the list of trusted senders for this unit."),
        "newer_format": QCoreApplication.translate("ExchangeErrors", "The package was made by a newer AkimDesk (format version %1): install the newer version."),
        "not_data": QCoreApplication.translate("ExchangeErrors", "This is a document package, not a data package."),
        "bad_manifest": QCoreApplication.translate("ExchangeErrors", "The package's manifest is missing or unreadable."),
        "missing_file": QCoreApplication.translate("ExchangeErrors", "A file listed in the manifest is missing: %1"),
        "damaged": QCoreApplication.translate("ExchangeErrors", "A file inside the archive is damaged: %1"),
        "duplicate_name": QCoreApplication.translate("ExchangeErrors", "A name appears twice in the archive: %1"),
        "bad_data": QCoreApplication.translate("ExchangeErrors", "The package's data is not readable."),
        "bad_record": QCoreApplication.translate("ExchangeErrors", "A record of the package is not valid: %1, record %2, field %3."),
        "bad_date": QCoreApplication.translate("ExchangeErrors", "A date in the package is not valid: %1, record %2, field %3."),
        "duplicate_id": QCoreApplication.translate("ExchangeErrors", "The same record appears twice in the package: %1"),
        "unknown_territory": QCoreApplication.translate("ExchangeErrors", "A record is in a unit that is neither in the directory nor in the package: %1"),
        "missing_reference": QCoreApplication.translate("ExchangeErrors", "A record refers to another that is neither here nor in the package: %1"),
        "calendar_clash": QCoreApplication.translate("ExchangeErrors", "This database keeps another calendar of %1 for the same region."),
        "integrity": QCoreApplication.translate("ExchangeErrors", "The package does not fit this database; nothing was merged."),
        "conflict_gone": QCoreApplication.translate("ExchangeErrors", "This conflict is already decided."),
        "unsigned_export": QCoreApplication.translate("ExchangeErrors", "A data package must be signed: choose a key file."),
        "no_folder": QCoreApplication.translate("ExchangeErrors", "The folder does not exist: %1"),
        "bad_unit": QCoreApplication.translate("ExchangeErrors", "Not a KATO code: %1"),
        "unknown_unit": QCoreApplication.translate("ExchangeErrors", "The unit is not in the directory: %1"),
        "encrypted": QCoreApplication.translate("ExchangeErrors", "The package is encrypted: choose the recipient's key to open it."),
        "bad_key": QCoreApplication.translate("ExchangeErrors", "The key cannot be opened (a wrong password, or not a key file): %1"),
        "not_for_this_key": QCoreApplication.translate("ExchangeErrors", "The package was not encrypted for this key (it is meant for another recipient) or it is damaged: %1"),
        "personal_data_in_clear": QCoreApplication.translate("ExchangeErrors", "The package would carry citizens' personal data: choose the recipient's certificate to encrypt it, or tick “Send unencrypted” to send it in clear on purpose."),
        "bad_recipient": QCoreApplication.translate("ExchangeErrors", "The recipient's certificate cannot be used: %1"),
        "outside_jurisdiction": QCoreApplication.translate("ExchangeErrors", "The package writes outside its sender's territory %1: %2 %3."),
    }
    text = texts.get("unsigned_export" if code == "unsigned" and "must be signed" in str(exc) else code)
    if text is None:
        return str(exc)
    first = values.get("name") or values.get("file") or values.get("who") or values.get("version") or values.get(
        "unit") or values.get("entity") or values.get("id") or values.get("year") or values.get("folder") or ""
    if code in ("bad_record", "bad_date"):
        return text.replace("%1", str(values.get("entity", ""))).replace("%2", str(values.get("position", ""))).replace(
            "%3", str(values.get("field", "")))
    if code == "outside_jurisdiction":
        from .pages.exchange_page import entity_name

        return text.replace("%1", str(values.get("unit", ""))).replace(
            "%2", entity_name(str(values.get("entity", "")))).replace(
            "%3", str(values.get("id", "")))
    if code in ("duplicate_id", "missing_reference"):
        first = values.get("id") or values.get("entity") or ""
    return text.replace("%1", str(first))


def database_error_text(exc: BaseException) -> str | None:
    """What the window says when a write failed because another writer holds the database (whichever
    page or job it was): who holds the lock, in the user's language; None for any other failure."""
    from ..services.storage import is_busy, lock_holder

    return busy_text(lock_holder(exc)) if is_busy(exc) else None


def busy_text(holder: dict | None) -> str:
    """The database kept busy by another writer, naming them when their note says who they are."""
    if not holder or "login" not in holder:
        return QCoreApplication.translate("ExchangeErrors", "The database is busy: another AkimDesk window or command is writing. Try again when it has finished.")
    since = str(holder.get("since", ""))
    return QCoreApplication.translate("ExchangeErrors", "The database is busy: %1 on %2 has been running “%3” since %4. Try again when it has finished.").replace(
        "%1", str(holder["login"])).replace("%2", str(holder.get("host", ""))).replace(
        "%3", str(holder.get("command", ""))).replace("%4", since[11:16] if len(since) >= 16 else since)
