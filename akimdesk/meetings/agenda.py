"""The agenda template: the planned time split into the akim's report (at most the decree's share) and
questions and answers."""

from __future__ import annotations

import math

from ..decree.editions import Edition

TEMPLATE = {
    "ru": ("Отчёт акима о социально-экономическом развитии и решении проблемных вопросов",
           "Вопросы и ответы", "Подведение итогов, поручения"),
    "kk": ("Әкімнің әлеуметтік-экономикалық даму және проблемалық мәселелерді шешу туралы есебі",
           "Сұрақ-жауап", "Қорытынды, тапсырмалар"),
}


def agenda_template(planned_minutes: int, edition: Edition, akim: str = "", lang: str = "ru"):
    """(title, speaker, minutes, is_report) items: report <= share of the time, the rest Q&A and closing."""
    share = edition.parameter("presentation_share_max")
    report = math.floor(planned_minutes * share)
    closing = min(10, max(0, planned_minutes - report) // 10)
    report_title, qa_title, closing_title = TEMPLATE.get(lang, TEMPLATE["ru"])
    return [
        (report_title, akim, report, True),
        (qa_title, akim, planned_minutes - report - closing, False),
        (closing_title, akim, closing, False),
    ]


def move(items: list, index: int, offset: int) -> list:
    """The list with one item moved up (offset -1) or down (+1); out-of-range moves change nothing."""
    target = index + offset
    if not (0 <= index < len(items) and 0 <= target < len(items)):
        return list(items)
    out = list(items)
    out[index], out[target] = out[target], out[index]
    return out
