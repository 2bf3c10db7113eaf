"""What every document builder shares: the region, its units, dates, names, the signature block,
and masking of citizens' personal data."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..issues.privacy import citizen_fields
from ..models import AkimHolder, AkimPost, Territory
from ..territory.directory import region_by_code, regions, subtree
from .definition import Column, SignatureBlock
from .texts import t


class ReportError(Exception):
    """A document cannot be made from this input; the message says why in one line."""


class NoData(ReportError):
    """The chosen region and period hold nothing for this document."""


def fmt_date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def name_of(obj, lang: str, field: str = "name") -> str:
    kk = getattr(obj, f"{field}_kk", None)
    return kk if lang == "kk" and kk else getattr(obj, f"{field}_ru")


class RegionScope:
    """The region a document is about, its units, and the second-level unit (district or city) of each."""

    def __init__(self, session: Session, code: str):
        self.session = session
        self.region: Territory = region_by_code(session, code)
        self.units: list[Territory] = subtree(session, self.region)
        self.unit_ids: list[uuid.UUID] = [u.id for u in self.units]
        by_id = {u.id: u for u in self.units}
        self._by_id = by_id
        self._second: dict[uuid.UUID, Territory] = {}
        for unit in self.units:
            node, steps = unit, 0
            while (node.parent_id is not None and node.parent_id != self.region.id and node.parent_id in by_id
                   and steps < len(by_id)):  # bounded: a broken tree cannot loop
                node, steps = by_id[node.parent_id], steps + 1
            self._second[unit.id] = node

    def name(self, lang: str) -> str:
        return name_of(self.region, lang)

    def unit(self, unit_id: uuid.UUID) -> Territory:
        return self._by_id[unit_id]

    def district_of(self, unit_id: uuid.UUID) -> Territory:
        """The district or city of oblast significance a unit lies in (the region itself for its own level)."""
        return self._second.get(unit_id, self.region)

    def kato_of(self, unit: Territory) -> str:
        """The unit's KATO code, or its nearest ancestor's (a microdistrict has none of its own)."""
        node = unit
        while node is not None and not node.kato:
            node = self._by_id.get(node.parent_id)
        return node.kato if node is not None else ""

    def place(self, unit: Territory, lang: str) -> str:
        """A unit named with its district, e.g. «село Аксу (Алтынсаринский район)»."""
        district = self.district_of(unit.id)
        name = name_of(unit, lang)
        if district.id in (unit.id, self.region.id):
            return name
        return f"{name} ({name_of(district, lang)})"

    def district_order(self) -> dict[uuid.UUID, int]:
        return {u.id: i for i, u in enumerate(self.units)}

    # the same questions a country-wide scope answers (CountryScope), so a builder serves both
    national = False

    @property
    def label(self) -> str:
        return self.region.name_ru

    @property
    def code(self) -> str:
        return self.region.kato

    def regional(self) -> list[RegionScope]:
        return [self]

    def scope_of(self, unit_id: uuid.UUID) -> RegionScope:
        return self

    def covers(self, unit_id: uuid.UUID) -> bool:
        return unit_id in self._by_id

    def columns(self, columns: list[Column]) -> list[Column]:
        return columns

    def signature(self, lang: str, day: dt.date, electronic: str | None = None) -> SignatureBlock:
        return akim_signature(self.session, self.region, lang, day, electronic)


ALL_REGIONS = "all"  # the region code of the Government's consolidated documents
COUNTRY_CODE = "KZ"  # what stands for the region in their package names and manifests


def is_country(code: str | None) -> bool:
    return str(code or "").strip().lower() == ALL_REGIONS


class CountryScope:
    """Every region of the directory, for the Government's consolidated documents: each issue or meeting is
    placed by its own region's scope, and the region becomes a printed column."""

    national = True
    code = COUNTRY_CODE
    region = None
    unit_ids = None  # no territory filter: every region's units

    def __init__(self, session: Session):
        self.session = session
        self.scopes = [RegionScope(session, r.kato) for r in regions(session) if r.kato]
        self._of = {unit_id: scope for scope in self.scopes for unit_id in scope.unit_ids}

    @property
    def label(self) -> str:
        return t("country", "ru")

    def name(self, lang: str) -> str:
        return t("country", lang)

    def regional(self) -> list[RegionScope]:
        return self.scopes

    def scope_of(self, unit_id: uuid.UUID) -> RegionScope:
        return self._of[unit_id]

    def covers(self, unit_id: uuid.UUID) -> bool:
        return unit_id in self._of

    def region_order(self, unit_id: uuid.UUID) -> str:
        return self._of[unit_id].region.kato

    def columns(self, columns: list[Column]) -> list[Column]:
        """The region is printed in every row of a country-wide list, not only in the flat data sheet."""
        return [replace(c, printed=True, width=16) if c.key == "region" else c for c in columns]

    def signature(self, lang: str, day: dt.date, electronic: str | None = None) -> SignatureBlock:
        """The Government's office signs what it consolidates; the name is written in by hand or by the key."""
        return SignatureBlock(position=t("government_office", lang), name="", date=day, date_label=t("date", lang),
                              electronic=electronic)


def document_scope(session: Session, code: str) -> RegionScope | CountryScope:
    """The region a document is about, or the whole country for `all`."""
    return CountryScope(session) if is_country(code) else RegionScope(session, code)


def akim_signature(session: Session, region: Territory, lang: str, day: dt.date,
                   electronic: str | None = None) -> SignatureBlock:
    """The region's akim (the holder on `day`) signs the document; the e-signature line if a key signs."""
    post = session.scalar(select(AkimPost).where(AkimPost.territory_id == region.id))
    position = post.title(lang) if post else t("region_akim", lang)
    holder = None
    if post is not None:
        holder = session.scalar(
            select(AkimHolder).where(AkimHolder.post_id == post.id, AkimHolder.start_date <= day)
            .order_by(AkimHolder.start_date.desc()).limit(1))
    return SignatureBlock(position=position, name=short_name(holder.full_name) if holder else "",
                          date=day, date_label=t("date", lang), electronic=electronic)


def short_name(full_name: str) -> str:
    """«Иванов Иван Иванович» -> «И. И. Иванов», the way a signature block writes it."""
    words = full_name.split()
    if len(words) < 2:
        return full_name
    return " ".join(f"{w[0]}." for w in words[1:]) + " " + words[0]


def applicant(name: str | None, contact: str | None, include_personal_data: bool) -> str:
    """The applicant as a document shows them: masked (the register's rule) unless the user includes them."""
    return ", ".join(x for x in citizen_fields(name, contact, include_personal_data) if x)
