"""Administrative-territorial units (KATO) and non-KATO meeting areas."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Named, Record


class Level(StrEnum):
    """Levels of the Law on administrative-territorial structure, plus non-KATO areas."""

    OBLAST = "oblast"
    CAPITAL = "capital"
    REPUBLICAN_CITY = "republican_city"
    DISTRICT = "district"  # район
    OBLAST_CITY = "oblast_city"  # город областного значения
    URBAN_DISTRICT = "urban_district"  # район в городе
    DISTRICT_CITY = "district_city"  # город районного значения
    RURAL_OKRUG = "rural_okrug"
    SETTLEMENT = "settlement"  # поселок
    VILLAGE = "village"  # село
    AREA = "area"  # microdistrict or other meeting area without a KATO code


TOP_LEVELS = (Level.OBLAST, Level.CAPITAL, Level.REPUBLICAN_CITY)


class Territory(Named, Record, Base):
    __tablename__ = "territory"
    __table_args__ = (
        CheckConstraint("kato IS NULL OR length(kato) = 9", name="kato_nine_digits"),
    )

    kato: Mapped[str | None] = mapped_column(String(9), unique=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territory.id"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_kk: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="manual")  # reference, import, manual, demo
    is_demo: Mapped[bool] = mapped_column(default=False)
    retired_on: Mapped[dt.date | None]
    established_on: Mapped[dt.date | None]  # None: existed before any calendar the program keeps

    parent: Mapped[Territory | None] = relationship(remote_side="Territory.id", back_populates="children")
    children: Mapped[list[Territory]] = relationship(back_populates="parent")

    @property
    def region_code(self) -> str | None:
        return self.kato[:2] if self.kato else None

    def __repr__(self) -> str:
        return f"<Territory {self.kato or '-'} {self.name_ru}>"
