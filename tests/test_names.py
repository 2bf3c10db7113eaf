"""Titles of akims read correctly in both languages."""

import pytest

from akimdesk.territory.names import akim_title_kk, akim_title_ru, bare_name


@pytest.mark.parametrize("unit, title", [
    ("Костанайская область", "Аким Костанайской области"),
    ("Алтынсаринский район", "Аким Алтынсаринского района"),
    ("город Рудный", "Аким города Рудный"),
    ("район Беимбета Майлина", "Аким района Беимбета Майлина"),
    ("сельский округ Акший", "Аким сельского округа Акший"),
    ("Первомайский сельский округ", "Аким Первомайского сельского округа"),
])
def test_russian_titles(unit, title):
    assert akim_title_ru(unit) == title


@pytest.mark.parametrize("unit, title", [
    ("Қостанай облысы", "Қостанай облысының әкімі"),
    ("Жітіқара ауданы", "Жітіқара ауданының әкімі"),
    ("Ақсу ауылдық округі", "Ақсу ауылдық округінің әкімі"),
    ("Астана", "Астананың әкімі"),
])
def test_kazakh_titles(unit, title):
    assert akim_title_kk(unit) == title


def test_bare_names():
    assert bare_name("село Ақсу") == "Ақсу" and bare_name("Ақсу ауылы") == "Ақсу"
