"""Citizens' personal data in anything that leaves the program: masked unless the user includes it.

Exports (Excel, PDF, JSON, packages) call `citizen_fields()` for every issue; the screens of the
program itself show the data to staff as typed.
"""

from __future__ import annotations

import re

MASK = "***"


def mask_name(name: str | None) -> str | None:
    """'Иванов Иван Иванович' -> 'И. И. И.': initials only, so a published list names nobody."""
    if not name or not name.strip():
        return None
    return " ".join(f"{part[0].upper()}." for part in name.split() if part[:1].isalpha()) or MASK


def mask_contact(contact: str | None) -> str | None:
    """A phone keeps its last two digits, an e-mail its first letter and domain; anything else is hidden."""
    if not contact or not contact.strip():
        return None
    contact = contact.strip()
    email = re.fullmatch(r"([^@\s]+)@([^@\s]+)", contact)
    if email:
        return f"{email.group(1)[0]}{MASK}@{email.group(2)}"
    digits = re.sub(r"\D", "", contact)
    if len(digits) >= 6:
        return f"{MASK} {digits[-2:]}"
    return MASK


def citizen_fields(name: str | None, contact: str | None, include_personal_data: bool = False
                   ) -> tuple[str | None, str | None]:
    """The citizen's name and contact as an export may show them: masked unless explicitly included."""
    if include_personal_data:
        return name, contact
    return mask_name(name), mask_contact(contact)
