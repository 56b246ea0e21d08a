"""Rundown templates, speech order and the MC texts (rules-id §1.3, §6.3)."""

import pytest

from humpro.protocol.law.order import order_attendees
from humpro.protocol.law.rundown import (
    TEMPLATES,
    build_rundown,
    mc_greetings,
    mc_script,
    speech_order,
)


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


@pytest.fixture
def placed():
    return order_attendees([
        {"name": "Drs. Asep", "position": "Asisten I Setda Provinsi Nusa Makmur",
         "represents": "Gubernur Nusa Makmur"},
        {"name": "Irjen Budi", "position": "Kapolda Nusa Makmur"},
        {"name": "H. Candra", "position": "Bupati Banyuasin"},
        {"name": "Ny. Candra", "position": "", "spouse_of": "H. Candra"},
        {"name": "A1", "position": "Anggota DPRD Provinsi Nusa Makmur"},
        {"name": "A2", "position": "Anggota DPRD Provinsi Nusa Makmur"},
        {"name": "Dr. Dedi", "position": "Direktur RSUD"},
    ], "provinsi", region_levels={"Nusa Makmur": "provinsi"})


def test_templates_present():
    assert set(TEMPLATES) == {"acara_resmi", "upacara_bendera", "pelantikan",
                              "rapat_koordinasi"}
    assert len(TEMPLATES["upacara_bendera"].items) == 15


def test_speeches_ascending_highest_last(placed):
    speakers = [p for p in placed if p.name in ("Drs. Asep", "H. Candra", "Irjen Budi")]
    assert [p.name for p in speech_order(speakers)] == ["H. Candra", "Irjen Budi", "Drs. Asep"]
    items = build_rundown("acara_resmi", speakers=speakers)
    speeches = [i for i in items if i.kind == "sambutan"]
    assert [i.speaker.name for i in speeches] == ["H. Candra", "Irjen Budi", "Drs. Asep"]
    assert speeches[0].title == "Sambutan Bupati Banyuasin"
    last = speeches[-1].title
    assert last.startswith("Sambutan Gubernur Nusa Makmur, dibacakan oleh Asisten I")
    assert last.endswith("sekaligus membuka acara secara resmi")
    assert [i.seq for i in items] == list(range(1, len(items) + 1))


def test_rundown_without_speakers_and_optional(placed):
    items = build_rundown("acara_resmi", include_optional=False)
    assert not any(i.title == "Mengheningkan cipta" for i in items)
    assert any(i.kind == "sambutan" and "belum" in i.note for i in items)
    with pytest.raises(ValueError):
        build_rundown("pesta")


def test_flag_ceremony_address_by_highest(placed):
    speakers = [p for p in placed if p.name in ("Irjen Budi", "Drs. Asep")]
    items = build_rundown("upacara_bendera", speakers=speakers)
    assert len(items) == 15
    assert items[9].title.startswith("Amanat Gubernur Nusa Makmur, dibacakan oleh Asisten I")
    assert items[9].speaker.name == "Drs. Asep"


def test_mc_greetings(placed):
    lines = mc_greetings(placed)
    assert lines[0] == ("Yang kami hormati Gubernur Nusa Makmur, yang dalam hal ini diwakili "
                        "oleh Asisten I Setda Provinsi Nusa Makmur, Drs. Asep;")
    assert lines[1] == "Yang kami hormati Kapolda Nusa Makmur;"
    assert "Yang kami hormati para Anggota DPRD Provinsi Nusa Makmur;" in lines
    assert "Yang kami hormati Bupati Banyuasin beserta Ny. Candra;" in lines
    assert lines[-2].endswith("[urutan belum ditetapkan];")
    assert lines[-1] == "Hadirin yang berbahagia."
    assert lines.index("Yang kami hormati para Anggota DPRD Provinsi Nusa Makmur;") < \
        lines.index("Yang kami hormati Bupati Banyuasin beserta Ny. Candra;")


def test_mc_script_structure(placed):
    rundown = build_rundown("acara_resmi", speakers=[placed[0], placed[1]])
    script = mc_script("Peresmian Gedung Pelayanan Terpadu", "Kamis, 12 Juni 2025",
                       "Aula Kantor Gubernur", rundown, placed)
    kinds = {p.kind for p in script}
    assert {"judul", "info", "acara", "salam", "sapaan", "narasi", "catatan"} <= kinds
    texts = [p.text for p in script]
    assert "Tempat: Aula Kantor Gubernur" in texts
    assert any("Dr. Dedi" in t for t in texts if t.startswith("Urutan belum"))
    assert any(t.startswith("Hadirin dimohon berdiri untuk menyambut kedatangan Gubernur")
               for t in texts)
    assert texts[-1].startswith("Wassalamu")
