"""Interface names of the documents, the verification checks and the package languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DOCUMENT_CODES = ("calendar", "central_issues", "quarterly_update", "summary", "meeting_report")


def document_name(code: str) -> str:
    return {
        "calendar": QCoreApplication.translate("Exports", "Approved annual calendar"),
        "central_issues": QCoreApplication.translate("Exports", "Issues for central bodies, holdings and companies"),
        "quarterly_update": QCoreApplication.translate("Exports", "Quarterly update of problem issues"),
        "summary": QCoreApplication.translate("Exports", "Execution summary"),
        "meeting_report": QCoreApplication.translate("Exports", "Report of one meeting"),
    }.get(code, code)


def document_purpose(code: str) -> str:
    return {
        "calendar": QCoreApplication.translate(
            "Exports", "The flexible annual calendar of field meetings as approved: for the maslikhat, and for the "
            "Government by 20 January."),
        "central_issues": QCoreApplication.translate(
            "Exports", "Problem issues that need a decision of central executive bodies, national holdings and "
            "companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August."),
        "quarterly_update": QCoreApplication.translate(
            "Exports", "Status, way of solution and progress of every issue open during a quarter. The figures are "
            "kept as reported, and the next quarter's update shows what changed since."),
        "summary": QCoreApplication.translate(
            "Exports", "Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by "
            "category, status and level, with charts."),
        "meeting_report": QCoreApplication.translate(
            "Exports", "One meeting: how it was held, the decree checks, the issues raised and the instructions given."),
    }.get(code, "")


def document_language_name(lang: str) -> str:
    return {"ru": QCoreApplication.translate("Exports", "Russian"),
            "kk": QCoreApplication.translate("Exports", "Kazakh")}.get(lang, lang)


def check_name(check: str) -> str:
    return {
        "manifest": QCoreApplication.translate("Exports", "Manifest"),
        "missing": QCoreApplication.translate("Exports", "File missing"),
        "size": QCoreApplication.translate("Exports", "Size"),
        "sha256": QCoreApplication.translate("Exports", "SHA-256 against the manifest"),
        "unlisted": QCoreApplication.translate("Exports", "File not in the manifest"),
        "duplicate": QCoreApplication.translate("Exports", "Duplicate file"),
        "readable": QCoreApplication.translate("Exports", "Readable"),
        "cms_signature": QCoreApplication.translate("Exports", "Signature of the manifest"),
        "pdf_signature": QCoreApplication.translate("Exports", "PDF signature"),
        "trust": QCoreApplication.translate("Exports", "Chain of trust"),
        "signer_match": QCoreApplication.translate("Exports", "Same signer"),
    }.get(check, check)


def check_detail(detail: str) -> str:
    """The verifier's fixed sentences in the interface language; details with numbers stay as they are."""
    known = {
        "SHA-256 matches the manifest": QCoreApplication.translate("Exports", "SHA-256 matches the manifest"),
        "listed in the manifest but not in the package": QCoreApplication.translate("Exports", "listed in the manifest but not in the package"),
        "present in the package but not listed in the manifest": QCoreApplication.translate("Exports", "present in the package but not listed in the manifest"),
        "the package has no manifest": QCoreApplication.translate("Exports", "the package has no manifest"),
        "the package is not signed (no manifest.json.p7s)": QCoreApplication.translate("Exports", "the package is not signed (no manifest.json.p7s)"),
        "signature of manifest.json is intact and valid": QCoreApplication.translate("Exports", "signature of manifest.json is intact and valid"),
        "manifest.json was changed after signing (digest mismatch)": QCoreApplication.translate("Exports", "manifest.json was changed after signing (digest mismatch)"),
        "the signature value does not verify": QCoreApplication.translate("Exports", "the signature value does not verify"),
        "PDF signature is intact and valid and covers the whole file": QCoreApplication.translate("Exports", "PDF signature is intact and valid and covers the whole file"),
        "the PDF was changed after signing (digest mismatch)": QCoreApplication.translate("Exports", "the PDF was changed after signing (digest mismatch)"),
        "the PDF carries no signature": QCoreApplication.translate("Exports", "the PDF carries no signature"),
        "content was added to the PDF after signing": QCoreApplication.translate("Exports", "content was added to the PDF after signing"),
        "signer's certificate chains to a trusted root": QCoreApplication.translate("Exports", "signer's certificate chains to a trusted root"),
        "signer's certificate does not chain to the given trusted root(s)": QCoreApplication.translate("Exports", "signer's certificate does not chain to the given trusted root(s)"),
        "signed by the same certificate as the manifest": QCoreApplication.translate("Exports", "signed by the same certificate as the manifest"),
        "signed by a different certificate than the manifest": QCoreApplication.translate("Exports", "signed by a different certificate than the manifest"),
    }
    return known.get(detail, detail)
