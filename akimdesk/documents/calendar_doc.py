"""The approved annual calendar of field meetings, for the maslikhat and the Government."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..calendar.calendars import edition_of
from ..decree.periods import Period
from ..models import AnnualCalendar, CalendarStatus, CalendarVersion, PlannedMeeting
from .common import CountryScope, NoData, RegionScope, akim_signature, fmt_date, is_country, name_of
from .definition import DATE, INT, TEXT, Column, Group, Report, Table, count_subtotal
from .texts import both, t

COLUMNS = [
    Column("no", *both("col.no"), kind=INT, width=6),
    Column("date", *both("col.date"), kind=DATE, width=12),
    Column("time", *both("col.time"), kind=TEXT, width=8),
    Column("akim", *both("col.akim"), kind=TEXT, width=34),
    Column("where", *both("col.where"), kind=TEXT, width=36),
    Column("venue", *both("col.venue"), kind=TEXT, width=40),
    Column("topic", *both("col.topic"), kind=TEXT, width=30),
]


def approved_version(session, region_id, year: int) -> CalendarVersion | None:
    """The latest approved (or submitted) version of the region's calendar for the year."""
    return session.scalar(
        select(CalendarVersion).join(AnnualCalendar)
        .where(AnnualCalendar.region_id == region_id, AnnualCalendar.year == year,
               CalendarVersion.status.in_((CalendarStatus.APPROVED, CalendarStatus.SUBMITTED)))
        .order_by(CalendarVersion.number.desc()).limit(1))


def build_calendar(session, region_code: str, period: Period, lang: str, now: dt.datetime,
                   signer: str | None = None, **_options) -> Report:
    if is_country(region_code):
        return build_national_calendar(session, period, lang, now, signer)
    scope = RegionScope(session, region_code)
    version = approved_version(session, scope.region.id, period.year)
    if version is None:
        raise NoData(f"{scope.region.name_ru}: no approved calendar for {period.year}")
    planned = list(session.scalars(
        select(PlannedMeeting).where(PlannedMeeting.version_id == version.id,
                                     PlannedMeeting.planned_date.between(period.start, period.end))
        .options(selectinload(PlannedMeeting.akim_post), selectinload(PlannedMeeting.territory))))
    if not planned:
        raise NoData(f"{scope.region.name_ru}: the calendar for {period.year} plans no meetings in {period.code}")
    order = scope.district_order()
    groups: dict = {}
    for pm in planned:
        district = scope.district_of(pm.akim_post.territory_id)
        groups.setdefault(district.id, (district, []))[1].append(pm)
    out_groups = []
    number = 0
    for _, (district, meetings) in sorted(groups.items(), key=lambda kv: order.get(kv[0], 0)):
        meetings.sort(key=lambda m: (m.planned_date, m.start_time or dt.time(0), m.akim_post.title_ru))
        rows = []
        for pm in meetings:
            number += 1
            rows.append((number, pm.planned_date, pm.start_time.strftime("%H:%M") if pm.start_time else "",
                         pm.akim_post.title(lang), scope.place(pm.territory, lang), pm.venue or "", pm.topic or ""))
        out_groups.append(Group(name_of(district, lang), rows,
                                count_subtotal(COLUMNS, t("subtotal_count", lang, count=len(rows)), rows)))
    edition = edition_of(version.calendar, period.year)  # the calendar's own edition, pinned or of its year
    facts = [(t("cal.edition", lang), edition.title(lang)),
             (t("cal.version", lang), f"№ {version.number}")]
    if version.approved_on:
        facts.append((t("cal.approved", lang), " ".join(x for x in (fmt_date(version.approved_on), version.approved_by or "") if x)))
    if version.maslikhat_mode:
        key = "cal.maslikhat.agreement" if version.maslikhat_mode == "agreement" else "cal.maslikhat.notification"
        facts.append((t(key, lang), " ".join(x for x in (version.maslikhat_reference or "", fmt_date(version.maslikhat_date)) if x)))
    if version.submitted_on:
        facts.append((t("cal.submitted", lang), " ".join(x for x in (fmt_date(version.submitted_on), version.submission_reference or "") if x)))
    if version.reason:
        facts.append((t("cal.reason", lang), version.reason))
    table = Table("calendar", None, COLUMNS, out_groups,
                  totals=count_subtotal(COLUMNS, t("total_count", lang, count=number), []))
    return Report(
        kind="calendar", lang=lang, title=f"{t('calendar.title', lang)} — {period.label(lang)}",
        region=scope.name(lang), period_label=period.label(lang), created=now, facts=facts, tables=[table],
        signature=akim_signature(session, scope.region, lang, now.date(), signer),
        header_note=t("calendar.short", lang),
        frozen={"planned": number, "version": version.number},
    )


# --- the Government's consolidation for the Presidential Administration -----------------------------------

NATIONAL_COLUMNS = [
    COLUMNS[0],
    Column("region", *both("region"), kind=TEXT, width=20),
    Column("district", *both("col.district"), kind=TEXT, width=22),
    *COLUMNS[1:],
]


def _planned(session, version: CalendarVersion, period: Period) -> list[PlannedMeeting]:
    return list(session.scalars(
        select(PlannedMeeting).where(PlannedMeeting.version_id == version.id,
                                     PlannedMeeting.planned_date.between(period.start, period.end))
        .options(selectinload(PlannedMeeting.akim_post), selectinload(PlannedMeeting.territory))))


def build_national_calendar(session, period: Period, lang: str, now: dt.datetime,
                            signer: str | None = None) -> Report:
    """The approved calendars of every region in one document, grouped by region: the seed's «представление в
    администрацию президента ... утвержденных календарей регионов ежегодно до 1 февраля». A region without
    an approved calendar is named in the facts, not silently left out."""
    country = CountryScope(session)
    groups, missing, number, versions = [], [], 0, {}
    for scope in country.regional():
        version = approved_version(session, scope.region.id, period.year)
        if version is None:
            missing.append(scope.name(lang))
            continue
        versions[scope.region.kato] = version.number
        planned = _planned(session, version, period)
        if not planned:  # approved, with no meeting in this part of the year
            continue
        order = scope.district_order()
        planned.sort(key=lambda m: (order.get(scope.district_of(m.akim_post.territory_id).id, 0), m.planned_date,
                                    m.start_time or dt.time(0), m.akim_post.title_ru))
        rows = []
        for pm in planned:
            number += 1
            rows.append((number, scope.name(lang), name_of(scope.district_of(pm.akim_post.territory_id), lang),
                         pm.planned_date, pm.start_time.strftime("%H:%M") if pm.start_time else "",
                         pm.akim_post.title(lang), scope.place(pm.territory, lang), pm.venue or "", pm.topic or ""))
        title = f"{scope.name(lang)} — {t('cal.version', lang).lower()} № {version.number}"
        groups.append(Group(title, rows, count_subtotal(NATIONAL_COLUMNS, t("subtotal_count", lang, count=len(rows)),
                                                         rows)))
    if not groups:
        raise NoData(f"{country.label}: no region has an approved calendar planning meetings in {period.code}")
    facts = [(t("national.pa_deadline", lang), fmt_date(dt.date(period.year, 2, 1))),
             (t("national.calendars", lang), t("national.calendars.value", lang, count=len(versions),
                                                total=len(country.regional())))]
    if missing:
        facts.append((t("national.missing", lang), ", ".join(missing)))
    table = Table("calendar", None, NATIONAL_COLUMNS, groups,
                  totals=count_subtotal(NATIONAL_COLUMNS, t("total_count", lang, count=number), []))
    return Report(
        kind="calendar", lang=lang, title=f"{t('calendar.title', lang)} — {period.label(lang)}",
        region=country.name(lang), period_label=period.label(lang), created=now, facts=facts, tables=[table],
        signature=country.signature(lang, now.date(), signer), header_note=t("calendar.short", lang),
        frozen={"planned": number, "versions": versions, "regions": len(versions)},
    )
