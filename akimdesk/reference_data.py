"""What a new database is filled with: the territory directory, classifiers and decree editions."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from .decree.editions import all_editions, rules_dir
from .issues.classifiers import seed_classifiers
from .models import RuleEdition
from .territory.directory import load_reference


def seed_rule_editions(session: Session) -> int:
    have = set(session.scalars(select(RuleEdition.code)))
    added = 0
    for ed in all_editions():
        if ed.code in have:
            continue
        digest = hashlib.sha256((rules_dir() / ed.source_file).read_bytes()).hexdigest()
        session.add(
            RuleEdition(
                code=ed.code, title_ru=ed.title_ru, title_kk=ed.title_kk, effective_from=ed.effective_from,
                source_file=ed.source_file, sha256=digest,
            )
        )
        added += 1
    return added


def seed_new_database(session: Session) -> None:
    """Fill a freshly created database with the shipped reference data."""
    load_reference(session)
    seed_classifiers(session)
    seed_rule_editions(session)
