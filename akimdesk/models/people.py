"""Akim posts (one per akimat) and the people who held them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .territory import Territory


class AkimPost(Record, Base):
    """The post of akim of a territory: the organizer of meetings, whoever holds it."""

    __tablename__ = "akim_post"

    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territory.id"), unique=True)
    title_ru: Mapped[str] = mapped_column(String(250))
    title_kk: Mapped[str] = mapped_column(String(250))

    territory: Mapped[Territory] = relationship()
    holders: Mapped[list[AkimHolder]] = relationship(
        back_populates="post", order_by="AkimHolder.start_date", cascade="all, delete-orphan"
    )

    def title(self, lang: str) -> str:
        return self.title_kk if lang == "kk" and self.title_kk else self.title_ru


class AkimHolder(Record, Base):
    __tablename__ = "akim_holder"

    post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("akim_post.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]

    post: Mapped[AkimPost] = relationship(back_populates="holders")


class Person(Record, Base):
    """Someone who works in AkimDesk: a login (on PostgreSQL also a database login role), roles and the
    territory whose subtree they see and change."""

    __tablename__ = "person"

    login: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated role names (services/access.py)
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territory.id"))
    active: Mapped[bool] = mapped_column(default=True)

    territory: Mapped[Territory | None] = relationship()
