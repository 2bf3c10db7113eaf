"""Refusals of the offline exchange, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ExchangeErrors", text)


def exchange_error_text(exc: Exception) -> str:
    """The reason a package was refused, translated; the English detail when no code is known."""
    code = getattr(exc, "code", None)
    values = getattr(exc, "values", {}) or {}
    texts = {
        "no_file": _t("The file does not exist."),
        "not_zip": _t("This is not a data package: the file is not a readable zip archive (or it was cut short)."),
        "too_large": _t("The file is larger than a data package may be."),
        "too_many_files": _t("The archive holds more files than a data package has."),
        "zip_bomb": _t("The archive unpacks to far more than a data package may hold (a zip bomb?): %1"),
        "unsafe_path": _t("A file name in the archive leads outside it: %1"),
        "unlisted": _t("The archive holds a file that is not part of the package: %1"),
        "hash_mismatch": _t("A file of the package was changed after it was made (its checksum differs): %1"),
        "unsigned": _t("The package is not signed."),
        "bad_signature": _t("The package's signature is broken or does not match its contents."),
        "untrusted": _t("The signer's certificate does not chain to the trusted root."),
        "not_trusted_sender": _t("%1 is not on the list of trusted senders for this unit."),
        "newer_format": _t("The package was made by a newer AkimDesk (format version %1): install the newer version."),
        "not_data": _t("This is a document package, not a data package."),
        "bad_manifest": _t("The package's manifest is missing or unreadable."),
        "missing_file": _t("A file listed in the manifest is missing: %1"),
        "damaged": _t("A file inside the archive is damaged: %1"),
        "duplicate_name": _t("A name appears twice in the archive: %1"),
        "bad_data": _t("The package's data is not readable."),
        "bad_record": _t("A record of the package is not valid: %1, record %2, field %3."),
        "bad_date": _t("A date in the package is not valid: %1, record %2, field %3."),
        "duplicate_id": _t("The same record appears twice in the package: %1"),
        "unknown_territory": _t("A record is in a unit that is neither in the directory nor in the package: %1"),
        "missing_reference": _t("A record refers to another that is neither here nor in the package: %1"),
        "calendar_clash": _t("This database keeps another calendar of %1 for the same region."),
        "integrity": _t("The package does not fit this database; nothing was merged."),
        "conflict_gone": _t("This conflict is already decided."),
        "unsigned_export": _t("A data package must be signed: choose a key file."),
        "no_folder": _t("The folder does not exist: %1"),
        "bad_unit": _t("Not a KATO code: %1"),
        "unknown_unit": _t("The unit is not in the directory: %1"),
    }
    text = texts.get("unsigned_export" if code == "unsigned" and "must be signed" in str(exc) else code)
    if text is None:
        return str(exc)
    first = values.get("name") or values.get("file") or values.get("who") or values.get("version") or values.get(
        "unit") or values.get("entity") or values.get("id") or values.get("year") or values.get("folder") or ""
    if code in ("bad_record", "bad_date"):
        return text.replace("%1", str(values.get("entity", ""))).replace("%2", str(values.get("position", ""))).replace(
            "%3", str(values.get("field", "")))
    if code in ("duplicate_id", "missing_reference"):
        first = values.get("id") or values.get("entity") or ""
    return text.replace("%1", str(first))
