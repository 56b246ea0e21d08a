"""Urutan Tata Tempat (rules-id §1.1-§1.2): Pasal 10/11 ayat (2), PP 56/2019 Pasal 6A,
Pasal 14 (spouses), Pasal 15 (representatives), unmapped people."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humpro.protocol.law.order import Attendee, order_attendees

GUB = {"name": "H. Gubernur", "position": "Gubernur Nusa Makmur"}
WAGUB = {"name": "Wagub", "position": "Wakil Gubernur Nusa Makmur"}
KAPOLDA = {"name": "Irjen Polisi", "position": "Kapolda Nusa Makmur", "tier": "10.1.g"}
KETUA_DPR = {"name": "Ketua Dewan", "position": "Ketua DPR RI"}
ANGGOTA_DPR = {"name": "Anggota Dewan", "position": "Anggota DPR RI"}
ANGGOTA_DPD = {"name": "Senator", "position": "Anggota DPD RI"}
MENTERI = {"name": "Menteri", "position": "Menteri Dalam Negeri"}
BUPATI = {"name": "Bupati", "position": "Bupati Banyuasin"}
WABUP = {"name": "Wabup", "position": "Wakil Bupati Banyuasin"}
KADIS = {"name": "Kadis", "position": "Kepala Dinas Kesehatan Provinsi Nusa Makmur"}


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


def names(placed):
    return [p.name for p in placed]


def by_name(placed):
    return {p.name: p for p in placed}


def test_provincial_list_order():
    people = [KADIS, BUPATI, KAPOLDA, WAGUB, GUB]
    placed = order_attendees(people, "provinsi")
    assert names(placed) == ["H. Gubernur", "Wagub", "Irjen Polisi", "Bupati", "Kadis"]
    assert [p.tier for p in placed] == ["10.1.a", "10.1.b", "10.1.g", "10.1.j", "10.1.p"]
    assert placed[2].basis == "UU 9/2010 Pasal 10 ayat (1) huruf g"
    assert [p.rank for p in placed] == [1, 2, 3, 4, 5]
    assert not any(p.unmapped for p in placed)


def test_bupati_and_wakil_at_provincial_event_use_pasal_10():
    placed = by_name(order_attendees([WABUP, BUPATI], "provinsi"))
    assert placed["Bupati"].tier == "10.1.j"
    assert placed["Wabup"].tier == "10.1.n"


def test_pasal_10_ayat_2_national_official_first():
    placed = order_attendees([GUB, MENTERI], "provinsi")
    assert names(placed) == ["Menteri", "H. Gubernur"]
    assert placed[0].basis == "UU 9/2010 Pasal 10 ayat (2) jo. Pasal 9 ayat (1) huruf n"


def test_pasal_11_ayat_2_provincial_and_national_before_kabupaten_list():
    placed = order_attendees([BUPATI, KAPOLDA, WAGUB, MENTERI, GUB], "kabupaten")
    assert names(placed) == ["Menteri", "H. Gubernur", "Wagub", "Irjen Polisi", "Bupati"]
    assert by_name(placed)["Wagub"].basis == (
        "UU 9/2010 Pasal 11 ayat (2) jo. Pasal 10 ayat (1) huruf b")
    assert by_name(placed)["Bupati"].tier == "11.1.a"


def test_pp_56_2019_pasal_6a_provincial_event():
    placed = order_attendees([ANGGOTA_DPR, WAGUB, GUB, KETUA_DPR, ANGGOTA_DPD], "provinsi")
    assert names(placed) == ["Ketua Dewan", "H. Gubernur", "Anggota Dewan", "Senator", "Wagub"]
    assert placed[0].basis.startswith("PP 56/2019 Pasal 6A")
    assert placed[2].basis.startswith("PP 56/2019 Pasal 6A")
    assert placed[2].tier == "9.1.n"


def test_pp_56_2019_pasal_6a_kabupaten_event():
    people = [WABUP, BUPATI, ANGGOTA_DPR, GUB, KETUA_DPR]
    placed = order_attendees(people, "kabupaten")
    assert names(placed) == ["Ketua Dewan", "H. Gubernur", "Anggota Dewan", "Bupati", "Wabup"]


def test_anggota_dpr_is_not_reordered_at_national_event():
    placed = order_attendees([ANGGOTA_DPR, GUB, KETUA_DPR], "nasional")
    assert names(placed) == ["Ketua Dewan", "Anggota Dewan", "H. Gubernur"]
    gub = by_name(placed)["H. Gubernur"]
    assert gub.tier == "9.1.s" and not gub.confirmed and "belum terkonfirmasi" in gub.note


def test_explicit_lembaga_negara_role_for_directory_tier():
    person = {"name": "X", "position": "Pimpinan tertentu", "tier": "9.1.n"}
    placed = order_attendees([GUB, person], "provinsi")
    assert names(placed) == ["X", "H. Gubernur"]
    assert "lembaga_negara" in placed[0].note
    person = dict(person, lembaga_negara="anggota")
    assert names(order_attendees([GUB, person], "provinsi")) == ["H. Gubernur", "X"]


def test_pasal_15_representative_sits_by_own_position():
    asisten = {"name": "Asep", "position": "Asisten I Setda Provinsi Nusa Makmur",
               "represents": "Gubernur Nusa Makmur"}
    placed = order_attendees([asisten, KAPOLDA, WAGUB], "provinsi")
    assert names(placed) == ["Wagub", "Irjen Polisi", "Asep"]
    rep = placed[2]
    assert rep.tier == "10.1.p"
    assert rep.tier != "10.1.a"
    assert rep.announce == "mewakili Gubernur Nusa Makmur"
    assert "UU 9/2010 Pasal 15 (mewakili Gubernur Nusa Makmur)" in rep.basis
    assert rep.represents == "Gubernur Nusa Makmur"
    # greeted/speaking at the represented official's honour
    assert rep.honour_rank == 1


def test_pasal_14_spouse_follows_principal():
    spouse = {"name": "Ny. Bupati", "position": "", "spouse_of": "Bupati"}
    placed = order_attendees([spouse, KADIS, BUPATI, GUB], "provinsi")
    assert names(placed) == ["H. Gubernur", "Bupati", "Ny. Bupati", "Kadis"]
    assert placed[2].tier == "10.1.j"
    assert placed[2].basis == "UU 9/2010 Pasal 14 (pasangan)"
    assert placed[2].spouse_of == "Bupati"


def test_spouse_of_missing_or_ambiguous_principal_is_flagged():
    lost = {"name": "Ny. X", "position": "Ketua TP PKK", "spouse_of": "Tidak Hadir"}
    placed = order_attendees([lost, GUB], "provinsi")
    assert names(placed) == ["H. Gubernur", "Ny. X"]
    assert placed[1].unmapped and "tidak ditemukan" in placed[1].basis


def test_former_officials():
    people = [
        {"name": "Eks Kapolda", "position": "Mantan Kapolda Nusa Makmur"},
        {"name": "Eks Gub", "position": "Mantan Gubernur Nusa Makmur"},
        {"name": "Eks Bupati", "position": "Mantan Bupati Banyuasin"},
        WAGUB, GUB,
    ]
    prov = order_attendees(people, "provinsi")
    assert names(prov)[:3] == ["H. Gubernur", "Wagub", "Eks Gub"]
    assert by_name(prov)["Eks Gub"].tier == "10.1.c"
    assert by_name(prov)["Eks Kapolda"].unmapped
    assert by_name(prov)["Eks Bupati"].unmapped  # not named on the provincial list
    kab = by_name(order_attendees(people, "kabupaten"))
    assert kab["Eks Bupati"].tier == "11.1.c" and not kab["Eks Bupati"].unmapped


def test_unmapped_go_last_and_are_flagged():
    people = [{"name": "Direktur", "position": "Direktur RSUD"}, GUB,
              {"name": "Kapolres", "position": "Kapolres Banyuasin"}, KADIS]
    placed = order_attendees(people, "provinsi")
    assert names(placed) == ["H. Gubernur", "Kadis", "Kapolres", "Direktur"]
    assert [p.unmapped for p in placed] == [False, False, True, True]
    assert placed[2].tier == "11.1.f"  # recognised, but Pasal 10 does not name it
    assert "tempatkan manual" in placed[2].basis
    assert placed[3].tier is None and "tidak dikenali" in placed[3].basis


def test_unconfirmed_national_tier_is_not_used_to_lift_above_governor():
    dirjen = {"name": "Dirjen", "position": "Direktur Jenderal Otonomi Daerah"}
    placed = order_attendees([GUB, dirjen], "provinsi")
    assert names(placed) == ["H. Gubernur", "Dirjen"]
    assert placed[1].unmapped and placed[1].tier == "9.1.v"


def test_explicit_tier_wins_over_recognition():
    person = {"name": "Z", "position": "Kepala Dinas Kesehatan Provinsi X", "tier": "10.1.g"}
    placed = order_attendees([KADIS, person], "provinsi")
    assert names(placed) == ["Z", "Kadis"]
    assert placed[0].tier == "10.1.g"


def test_within_tier_default_is_input_order_and_configurable():
    a = {"name": "B Kadis", "position": "Kepala Dinas Sosial Provinsi Nusa Makmur"}
    b = {"name": "A Kadis", "position": "Kepala Dinas Pendidikan Provinsi Nusa Makmur"}
    assert names(order_attendees([a, b], "provinsi")) == ["B Kadis", "A Kadis"]
    placed = order_attendees([a, b], "provinsi", within_tier=lambda att: att.name)
    assert names(placed) == ["A Kadis", "B Kadis"]


def test_attendee_objects_and_key_passthrough():
    placed = order_attendees([Attendee("G", "Gubernur Nusa Makmur", key=42)], "provinsi")
    assert placed[0].key == 42
    assert placed[0].to_dict()["tier"] == "10.1.a"


@pytest.mark.parametrize(("items", "message"), [
    ([{"position": "Gubernur"}], "'name'"),
    ([{"name": "A"}], "'position'"),
    ([{"name": "A", "position": 3}], "'position'"),
    (["teks"], "objek JSON"),
    ([{"name": "A", "position": "Bupati X", "tier": "99.1.a"}], "tier"),
    ([{"name": "A", "position": "Bupati X", "lembaga_negara": "ketua"}], "lembaga_negara"),
])
def test_invalid_input_raises_value_error(items, message):
    with pytest.raises(ValueError, match=message):
        order_attendees(items, "provinsi")


def test_unknown_level():
    with pytest.raises(ValueError, match="Tingkat acara"):
        order_attendees([GUB], "desa")


TITLES = ["Gubernur Nusa Makmur", "Wakil Gubernur Nusa Makmur", "Kapolda Sumsel",
          "Anggota DPR RI", "Ketua DPR RI", "Bupati Banyuasin", "Camat Talang Kelapa",
          "Direktur RSUD", "Menteri Sosial", "Lurah Sukajadi", "Kepala Dinas Sosial Provinsi X",
          "Anggota DPRD Kabupaten Banyuasin", "Mantan Kapolda"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TITLES), st.booleans()), max_size=25),
       st.sampled_from(["nasional", "provinsi", "kabupaten"]))
def test_order_invariants(rows, level):
    people = []
    for i, (title, with_spouse) in enumerate(rows):
        people.append({"name": f"P{i}", "position": title})
        if with_spouse:
            people.append({"name": f"S{i}", "position": "", "spouse_of": f"P{i}"})
    placed = order_attendees(people, level)
    assert sorted(names(placed)) == sorted(p["name"] for p in people)
    assert [p.rank for p in placed] == list(range(1, len(placed) + 1))
    flags = [p.unmapped for p in placed]
    assert flags == sorted(flags)  # all unmapped after all mapped
    for i, p in enumerate(placed):
        if p.spouse_of:
            assert placed[i - 1].name == p.spouse_of or placed[i - 1].spouse_of == p.spouse_of
    assert sorted(p.honour_rank for p in placed) == list(range(1, len(placed) + 1))
