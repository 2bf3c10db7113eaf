"""How a package's directory entry (a classifier, a responsible body, an akim post) is recognised among the
entries a database keeps: by its id, else by its natural key."""

from __future__ import annotations


def natural_key(name: str, model, v: dict):
    """What a directory entry is recognised by when its id is not here (None: only its id)."""
    if name == "akim_post":
        return ("akim_post", v["territory_id"])
    if getattr(model, "code", None) is not None and v.get("code"):
        return ("code", v["code"])
    if name == "responsible_body":
        return ("body", v["name_ru"], v["level"])
    return None


def keys_of(name: str, model, row) -> list[tuple]:
    """Every key an entry here is found by: its id and each natural key a package entry may ask with."""
    keys = [("id", row.id)]
    if name == "akim_post":
        keys.append(("akim_post", row.territory_id))
    if getattr(model, "code", None) is not None and row.code is not None:
        keys.append(("code", row.code))
    if name == "responsible_body":
        keys.append(("body", row.name_ru, row.level))
    return keys
