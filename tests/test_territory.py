"""The territory directory: the shipped reference, imports that refuse bad rows, hand edits."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from akimdesk.models import Territory
from akimdesk.territory.codes import BadRegionCode, kato_parent, region_kato
from akimdesk.territory.directory import (
    DirectoryEditError,
    add_unit,
    delete_unused_unit,
    list_territories,
    reference_file,
    retire_unit,
)
from akimdesk.territory.importer import ImportRefused, import_file, read_rows

HEADER = ["kato", "parent_kato", "level", "name_ru", "name_kk"]


def write_csv(path, rows, header=HEADER):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def count(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Territory))


def test_the_reference_holds_20_regions_with_their_districts_and_cities(db):
    rows = read_rows(reference_file())
    tops = [r for r in rows if not r.parent_kato]
    assert len(tops) == 20
    assert {r.level for r in tops} == {"oblast", "capital", "republican_city"}
    assert 220 <= len(rows) - 20 <= 235
    with db.session() as s:
        kostanay = list_territories(s, "39")
    names = {r.name_ru for r in kostanay}
    assert {"Житикаринский район", "город Рудный", "город Аркалык", "Алтынсаринский район"} <= names
    assert {r.level for r in kostanay[1:]} == {"district", "oblast_city"}
    assert all(r.name_kk and r.kato and len(r.kato) == 9 for r in kostanay)
    assert "Жітіқара ауданы" in {r.name_kk for r in kostanay}


def test_reimporting_the_reference_changes_nothing(db):
    with db.session() as s:
        result = import_file(s, reference_file())
    assert (result.added, result.updated) == (0, 0) and result.unchanged == 248


def test_a_good_file_adds_and_updates_by_code(db, tmp_path):
    path = write_csv(tmp_path / "units.csv", [
        ["393241000", "393200000", "rural_okrug", "Новый сельский округ", "Жаңа ауылдық округі"],
        ["393241001", "393241000", "village", "село Новое", "Жаңа ауылы"],
        ["393200000", "390000000", "district", "Алтынсаринский район", "Алтынсарин ауданы (жаңа)"],
    ])
    with db.session() as s:
        result = import_file(s, path)
    assert (result.added, result.updated) == (2, 1)
    with db.session() as s:
        village = s.scalar(select(Territory).where(Territory.kato == "393241001"))
        assert village.parent.kato == "393241000" and village.parent.parent.kato == "393200000"
        assert s.scalar(select(Territory.name_kk).where(Territory.kato == "393200000")) == "Алтынсарин ауданы (жаңа)"


@pytest.mark.parametrize(
    "bad_row, reason",
    [
        (["39324100", "393200000", "village", "село", "ауыл"], "bad_code"),
        (["393241001", "393200000", "village", "село А", "А ауылы"], "duplicate_code"),
        (["393241002", "999900000", "village", "село Б", "Б ауылы"], "unknown_parent"),
        (["393241003", "393200000", "hamlet", "село В", "В ауылы"], "bad_level"),
        (["393241004", "393200000", "village", "село Г", ""], "missing_name"),
        (["393241005", "393241005", "village", "село Д", "Д ауылы"], "parent_is_self"),
    ],
)
def test_each_kind_of_bad_row_is_refused_with_its_row_number_and_nothing_is_written(db, tmp_path, bad_row, reason):
    good = ["393241001", "393200000", "village", "село А", "А ауылы"]
    path = write_csv(tmp_path / "bad.csv", [good, ["393241009", "393200000", "village", "село Е", "Е ауылы"], bad_row])
    before = count(db)
    with pytest.raises(ImportRefused) as refused:
        with db.session() as s:
            import_file(s, path)
    assert [(e.row, e.reason) for e in refused.value.errors] == [(4, reason)]
    assert "row 4" in refused.value.errors[0].message
    assert count(db) == before


def test_an_xlsx_file_with_numeric_codes_imports(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append([393243000, 393200000, "rural_okrug", "Ақсу сельский округ", "Ақсу ауылдық округі"])
    wb.save(tmp_path / "units.xlsx")
    with db.session() as s:
        assert import_file(s, tmp_path / "units.xlsx").added == 1


def test_the_official_kato_layout_imports_with_parents_and_levels_derived(db):
    sample = reference_file().parent / "kato_sample_official.csv"
    with db.session() as s:
        result = import_file(s, sample)
        city = s.scalar(select(Territory).where(Territory.kato == "391010000"))
        assert city.parent.kato == "391000000" and city.name_kk == "Қостанай қ."
        district = s.scalar(select(Territory).where(Territory.kato == "396400000"))
        assert district.level == "district" and district.parent.kato == "390000000"
    assert (result.added, result.updated) == (2, 2)  # two city rows are new; two administrations renamed


def test_a_file_with_unknown_columns_is_refused_with_the_expected_ones_named(db, tmp_path):
    path = write_csv(tmp_path / "x.csv", [["1", "2"]], header=["code", "title"])
    with pytest.raises(ImportRefused, match="expected kato, parent_kato"):
        with db.session() as s:
            import_file(s, path)


def test_region_codes_are_accepted_in_both_forms():
    assert region_kato("39") == region_kato("390000000") == "390000000"
    for bad in ("3", "391010000", "abc", ""):
        with pytest.raises(BadRegionCode):
            region_kato(bad)
    assert kato_parent("393241001") == "393241000" and kato_parent("393200000") == "390000000"


def test_staff_add_a_microdistrict_retire_it_and_it_stays_in_history(db):
    with db.session() as s:
        city = s.scalar(select(Territory).where(Territory.kato == "392400000"))
        area = add_unit(s, city, "area", "микрорайон Солнечный", "Күншуақ шағын ауданы")
        with pytest.raises(DirectoryEditError):
            add_unit(s, city, "village", "село без кода", "кодсыз ауыл")
        retire_unit(s, area)
        area_id = area.id
    with db.session() as s:
        rows = {r.id: r for r in list_territories(s, "39")}
        assert rows[str(area_id)].retired and rows[str(area_id)].parent_kato == "392400000"


def test_a_unit_in_use_cannot_be_deleted(db):
    with db.session() as s:
        district = s.scalar(select(Territory).where(Territory.kato == "393200000"))
        with pytest.raises(DirectoryEditError, match="retire"):
            delete_unused_unit(s, district.parent)


def test_territory_files_may_carry_when_a_unit_was_established_and_retired(db, tmp_path):
    path = write_csv(tmp_path / "dated.csv", [
        ["393241000", "393200000", "rural_okrug", "Новый сельский округ", "Жаңа ауылдық округі", "01.07.2024", ""],
        ["393241001", "393241000", "village", "село Старое", "Ескі ауылы", "", "2024-03-31"],
    ], header=HEADER + ["established_on", "retired_on"])
    with db.session() as s:
        import_file(s, path)
    with db.session() as s:
        okrug = s.scalar(select(Territory).where(Territory.kato == "393241000"))
        village = s.scalar(select(Territory).where(Territory.kato == "393241001"))
        assert (okrug.established_on, okrug.retired_on) == (dt.date(2024, 7, 1), None)
        assert (village.established_on, village.retired_on) == (None, dt.date(2024, 3, 31))


@pytest.mark.parametrize("established, retired, reason", [
    ("1 July 2024", "", "bad_date"), ("", "31.02.2024", "bad_date"),
    ("2024-07-01", "2024-06-30", "retired_before_established"),
])
def test_bad_unit_dates_are_refused_with_the_row_and_nothing_is_written(db, tmp_path, established, retired, reason):
    path = write_csv(tmp_path / "bad_dates.csv", [
        ["393241000", "393200000", "rural_okrug", "Новый сельский округ", "Жаңа ауылдық округі", established, retired],
    ], header=HEADER + ["established_on", "retired_on"])
    before = count(db)
    with pytest.raises(ImportRefused) as refused:
        with db.session() as s:
            import_file(s, path)
    assert [(e.row, e.reason) for e in refused.value.errors] == [(2, reason)]
    assert count(db) == before


# -- the directory stays a tree -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "bad_row, reason",
    [
        # the oblast made a child of its own district: round in a circle
        (["390000000", "395400000", "oblast", "Костанайская область", "Қостанай облысы"], "cycle"),
        # the oblast re-levelled as a district with no parent: a district belongs under an oblast
        (["390000000", "", "district", "Костанайская область", "Қостанай облысы"], "bad_parent_level"),
        # a village directly under an oblast
        (["393241001", "390000000", "village", "село А", "А ауылы"], "bad_parent_level"),
        # Kostanay district moved under the Abai region: its code says region 39
        (["395400000", "100000000", "district", "Костанайский район", "Қостанай ауданы"], "code_mismatch"),
        # KATO codes in fullwidth and Arabic-Indic digits are not codes
        (["３９３２４１００１", "393200000", "village", "село Б", "Б ауылы"], "bad_code"),
        (["٣٩٣٢٤١٠٠١", "393200000", "village", "село В", "В ауылы"], "bad_code"),
    ],
)
def test_a_file_that_would_break_the_tree_is_refused_and_nothing_is_written(db, tmp_path, bad_row, reason):
    path = write_csv(tmp_path / "bad.csv", [["393241009", "393200000", "village", "село Е", "Е ауылы"], bad_row])
    before = count(db)
    with pytest.raises(ImportRefused) as refused:
        with db.session() as s:
            import_file(s, path)
    assert (3, reason) in [(e.row, e.reason) for e in refused.value.errors]
    assert count(db) == before


def test_a_cycle_within_the_file_names_every_row_in_it(db, tmp_path):
    path = write_csv(tmp_path / "ring.csv", [
        ["393241001", "393241002", "village", "село А", "А ауылы"],
        ["393241002", "393241001", "village", "село Б", "Б ауылы"],
    ])
    with pytest.raises(ImportRefused) as refused:
        with db.session() as s:
            import_file(s, path)
    assert {(e.row, e.reason) for e in refused.value.errors} >= {(2, "cycle"), (3, "cycle")}


def test_db_check_finds_a_broken_tree_and_listing_it_does_not_loop(db):
    from akimdesk.db import check_database

    assert check_database(db.engine) == []
    with db.session() as s:  # a tree broken behind the program's back (an old version, a hand edit)
        oblast = s.scalar(select(Territory).where(Territory.kato == "390000000"))
        district = s.scalar(select(Territory).where(Territory.kato == "395400000"))
        oblast.parent_id = district.id
    problems = check_database(db.engine)
    assert any("390000000" in p and "cycle" in p for p in problems)
    with db.session() as s:
        rows = list_territories(s, "39")  # walks the ring once instead of round and round
    assert [r.kato for r in rows].count("395400000") == 1


@pytest.mark.parametrize("encoding, refused", [
    ("utf-8", None), ("utf-8-sig", None), ("cp1251", None),
    ("koi8-r", "KOI8-R"), ("cp866", "CP866"), ("mac_cyrillic", "MAC_CYRILLIC"),
])
def test_text_encodings_are_detected_strictly(tmp_path, encoding, refused):
    from akimdesk.tabular import UnreadableFile, decode_strictly

    text = ("kato,parent_kato,level,name_ru,name_kk\n393241000,393200000,rural_okrug,Новый сельский округ,"
            "Новый округ\n393241001,393241000,village,село Новое на реке,Новое село\n")
    raw = text.encode(encoding)
    if refused:
        with pytest.raises(UnreadableFile, match=refused):
            decode_strictly(raw)
    else:
        assert decode_strictly(raw) == text


def test_a_utf8_file_with_one_stray_byte_is_refused_not_read_as_windows_1251(db, tmp_path):
    from akimdesk.tabular import UnreadableFile, decode_strictly

    raw = "kato,parent_kato,level,name_ru,name_kk\n393241001,393200000,village,село Жаңа,Жаңа ауылы\n".encode()
    raw = raw[:60] + b"\xff" + raw[60:]
    with pytest.raises(UnreadableFile, match="UTF-8"):
        decode_strictly(raw)


def test_a_hand_edit_that_would_break_the_tree_is_refused(db):
    with db.session() as s:
        oblast = s.scalar(select(Territory).where(Territory.kato == "390000000"))
        district = s.scalar(select(Territory).where(Territory.kato == "395400000"))
        with pytest.raises(DirectoryEditError):
            add_unit(s, oblast, "village", "село", "ауыл", "395400777")  # a village right under the oblast
        with pytest.raises(DirectoryEditError):
            add_unit(s, district, "village", "село", "ауыл", "105400777")  # a code of another region
        assert add_unit(s, district, "village", "село", "ауыл", "395400777").parent_id == district.id
