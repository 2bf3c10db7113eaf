"""What the window says about signing keys: why a key cannot sign (one sentence per SigningError reason),
who a certificate names, and where the administrator's signing settings live (QSettings)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings

from ..services.signing import DEFAULT_NCALAYER_URL, SignWith


def signing_message(exc) -> str:
    """The refusal of a key in the user's language; the English line when the reason is unknown."""
    v = exc.values
    messages = {
        "password": QCoreApplication.translate("Signing", "Cannot open %1: the password is wrong, or it is not a PKCS#12 key file."),
        "unreadable": QCoreApplication.translate("Signing", "Cannot read the key file %1."),
        "expired": QCoreApplication.translate("Signing", "The certificate of %1 expired on %2: it can no longer sign."),
        "not_yet_valid": QCoreApplication.translate("Signing", "The certificate of %1 is valid only from %2."),
        "not_for_signing": QCoreApplication.translate("Signing", "The certificate of %1 is not for signing: choose your signing key, not the "
                              "authentication one."),
        "authentication_key": QCoreApplication.translate("Signing", "The key of %1 is an authentication key (AUTH), not a signing key: choose the "
                                 "signing key (RSA or GOST)."),
        "unsupported": QCoreApplication.translate("Signing", "The key in %1 cannot sign here (GOST keys sign through NCALayer)."),
        "ncalayer_unavailable": QCoreApplication.translate("Signing", "NCALayer is not running or cannot be reached at %1: start NCALayer and try "
                                   "again."),
        "cancelled": QCoreApplication.translate("Signing", "Signing was cancelled in NCALayer; nothing was saved."),
        "timeout": QCoreApplication.translate("Signing", "NCALayer did not answer in time; nothing was signed."),
        "wrong_key": QCoreApplication.translate("Signing", "NCALayer signed with another key than the one chosen, or refused the key: choose your "
                        "signing key; nothing was saved."),
        "ncalayer_refused": QCoreApplication.translate("Signing", "NCALayer refused to sign: %1"),
        "tsa": QCoreApplication.translate("Signing", "The time-stamp service %1 did not give a time-stamp; nothing was saved."),
    }
    text = messages.get(exc.reason)
    if text is None:
        return str(exc)
    first = v.get("who") or v.get("key") or v.get("url") or v.get("message") or ""
    if exc.reason == "ncalayer_refused":
        first = v.get("message") or str(exc)
    return text.replace("%1", first).replace("%2", v.get("date", ""))


def signer_line(info) -> str:
    """"NAME, IIN …, on behalf of ORGANISATION (BIN …)": who will sign, shown before signing."""
    text = info.common_name
    if info.iin:
        text += ", " + QCoreApplication.translate("Signing", "IIN %1").replace("%1", info.iin)
    if info.organisation or info.bin:
        text += ", " + QCoreApplication.translate("Signing", "on behalf of %1").replace("%1", info.organisation)
        if info.bin:
            text += " (" + QCoreApplication.translate("Signing", "BIN %1").replace("%1", info.bin) + ")"
    return text


def tsa_url() -> str:
    return str(QSettings().value("signing/tsa", "") or "")


def ncalayer_url() -> str:
    return str(QSettings().value("signing/ncalayer_url", "") or os.environ.get("AKIMDESK_NCALAYER_URL")
               or DEFAULT_NCALAYER_URL)


def ncalayer_choice() -> SignWith:
    return SignWith(kind="ncalayer", url=ncalayer_url(), tsa=tsa_url())
