"""Recognising written titles (rules-id §1.1, §1.2): every tier of Pasal 10 and 11."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humpro.protocol.law.recognize import recognize, unrecognised_reason
from humpro.protocol.law.tiers import TIERS

PASAL_10 = [
    ("10.1.a", "Gubernur Sumatera Selatan"),
    ("10.1.a", "Pj. Gubernur Sumatera Selatan"),
    ("10.1.b", "Wakil Gubernur Sumatera Selatan"),
    ("10.1.b", "Wagub Sumsel"),
    ("10.1.c", "Mantan Gubernur Sumatera Selatan"),
    ("10.1.c", "mantan Wakil Gubernur Sumsel"),
    ("10.1.d", "Ketua DPRD Provinsi Sumatera Selatan"),
    ("10.1.d", "Ketua DPRA"),
    ("10.1.e", "Konsul Jenderal Jepang di Medan"),
    ("10.1.f", "Wakil Ketua DPRD Provinsi Sumatera Selatan"),
    ("10.1.g", "Kapolda Sumatera Selatan"),
    ("10.1.g", "Pangdam II/Sriwijaya"),
    ("10.1.g", "Kajati Sumsel"),
    ("10.1.g", "Kepala Kejaksaan Tinggi Sumatera Selatan"),
    ("10.1.g", "Ketua Pengadilan Tinggi Palembang"),
    ("10.1.g", "Ketua Pengadilan Tinggi Agama Palembang"),
    ("10.1.g", "Sekda Provinsi Sumatera Selatan"),
    ("10.1.g", "Sekretaris Daerah Provinsi Nusa Makmur"),
    ("10.1.h", "Ketua DPD Partai Golkar Provinsi Sumatera Selatan"),
    ("10.1.h", "Ketua DPW PKB Sumsel"),
    ("10.1.i", "Anggota DPRD Provinsi Sumatera Selatan"),
    ("10.1.i", "Ketua Komisi A DPRD Prov. Sumsel"),
    ("10.1.i", "Anggota Majelis Rakyat Papua"),
    ("10.1.j", "Bupati Banyuasin"),
    ("10.1.j", "Wali Kota Palembang"),
    ("10.1.k", "Kepala Perwakilan Bank Indonesia Provinsi Sumatera Selatan"),
    ("10.1.k", "Kepala Perwakilan BPK Provinsi Sumatera Selatan"),
    ("10.1.k", "Ketua KPU Provinsi Sumatera Selatan"),
    ("10.1.l", "Ketua MUI Provinsi Sumatera Selatan"),
    ("10.1.l", "Ketua PWNU Sumatera Selatan"),
    ("10.1.m", "Ketua DPRD Kabupaten Banyuasin"),
    ("10.1.n", "Wakil Bupati Banyuasin"),
    ("10.1.n", "Wakil Ketua DPRD Kota Palembang"),
    ("10.1.o", "Anggota DPRD Kabupaten Banyuasin"),
    ("10.1.p", "Kepala Dinas Kesehatan Provinsi Sumatera Selatan"),
    ("10.1.p", "Asisten I Setda Provinsi Nusa Makmur"),
    ("10.1.p", "Kepala Kantor Wilayah Kementerian Agama Provinsi Sumatera Selatan"),
    ("10.1.p", "Kepala Bappeda Provinsi Sumatera Selatan"),
    ("10.1.p", "Kepala Biro Administrasi Pimpinan Setda Provinsi Sumsel"),
    ("10.1.q", "Kepala Bagian Protokol Biro Adpim Setda Provinsi Sumatera Selatan"),
]

PASAL_11 = [
    ("11.1.a", "Bupati Banyuasin"),
    ("11.1.a", "Walikota Palembang"),
    ("11.1.b", "Wakil Bupati Banyuasin"),
    ("11.1.b", "Wakil Wali Kota Palembang"),
    ("11.1.c", "Mantan Bupati Banyuasin"),
    ("11.1.d", "Ketua DPRD Kabupaten Banyuasin"),
    ("11.1.e", "Wakil Ketua DPRD Kota Palembang"),
    ("11.1.f", "Kapolres Banyuasin"),
    ("11.1.f", "Kapolresta Palembang"),
    ("11.1.f", "Dandim 0430/Banyuasin"),
    ("11.1.f", "Kajari Banyuasin"),
    ("11.1.f", "Ketua Pengadilan Negeri Pangkalan Balai"),
    ("11.1.f", "Sekda Kabupaten Banyuasin"),
    ("11.1.g", "Ketua DPC PDI Perjuangan Kota Palembang"),
    ("11.1.h", "Anggota DPRD Kabupaten Banyuasin"),
    ("11.1.i", "Ketua MUI Kabupaten Banyuasin"),
    ("11.1.j", "Kepala Dinas Pendidikan Kabupaten Banyuasin"),
    ("11.1.j", "Asisten II Sekretariat Daerah Kabupaten Banyuasin"),
    ("11.1.j", "Ketua KPU Kabupaten Banyuasin"),
    ("11.1.j", "Kepala Perwakilan Bank Indonesia Kota Kediri"),
    ("11.1.k", "Kapolsek Ilir Barat I"),
    ("11.1.k", "Danramil 430-01/Talang Kelapa"),
    ("11.1.k", "Kepala Kantor Kementerian Agama Kabupaten Banyuasin"),
    ("11.1.l", "Camat Talang Kelapa"),
    ("11.1.l", "Kepala Bagian Prokopim Setda Kabupaten Banyuasin"),
    ("11.1.m", "Lurah Sukajadi"),
    ("11.1.m", "Kepala Desa Sukamaju"),
]


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


@pytest.mark.parametrize(("code", "title"), PASAL_10)
def test_every_pasal_10_tier_is_reachable(code, title):
    recog = recognize(title)
    assert recog is not None, unrecognised_reason(title)
    assert recog.codes["provinsi"] == code


@pytest.mark.parametrize(("code", "title"), PASAL_11)
def test_every_pasal_11_tier_is_reachable(code, title):
    recog = recognize(title)
    assert recog is not None, unrecognised_reason(title)
    assert recog.codes["kabupaten"] == code


def test_all_regional_tiers_covered_by_the_tables():
    covered = {c for c, _ in PASAL_10} | {c for c, _ in PASAL_11}
    regional = {c for c, t in TIERS.items() if t.list_level != "nasional"}
    assert regional <= covered


@pytest.mark.parametrize(("title", "code"), [
    ("Presiden Republik Indonesia", "9.1.a"),
    ("Wakil Presiden R.I.", "9.1.b"),
    ("Mantan Presiden RI", "9.1.c"),
    ("Ketua MPR RI", "9.1.d"),
    ("Ketua DPR RI", "9.1.e"),
    ("Ketua DPR-RI", "9.1.e"),
    ("Ketua DPD RI", "9.1.f"),
    ("Ketua Mahkamah Konstitusi", "9.1.i"),
    ("Duta Besar Jepang untuk Indonesia", "9.1.l"),
    ("Wakil Ketua MPR RI", "9.1.m"),
    ("Gubernur Bank Indonesia", "9.1.m"),
    ("Ketua KPU RI", "9.1.m"),
    ("Menteri Dalam Negeri", "9.1.n"),
    ("Mendagri", "9.1.n"),
    ("Anggota DPR RI", "9.1.n"),
    ("Anggota Komisi II DPR RI", "9.1.n"),
    ("Anggota DPD RI", "9.1.n"),
    ("Dubes RI untuk Malaysia", "9.1.n"),
    ("KSAD", "9.1.o"),
    ("Ketua Umum Partai Golkar", "9.1.p"),
    ("Hakim Agung", "9.1.q"),
    ("Gubernur Nusa Makmur", "9.1.s"),
])
def test_national_titles(title, code):
    recog = recognize(title)
    assert recog is not None
    assert recog.codes["nasional"] == code


def test_home_tier_and_cross_list_codes():
    bupati = recognize("Bupati Banyuasin")
    assert bupati.home_level == "kabupaten" and bupati.home_code == "11.1.a"
    assert bupati.codes == {"provinsi": "10.1.j", "kabupaten": "11.1.a"}
    assert recognize("Gubernur Nusa Makmur").home_code == "10.1.a"
    assert recognize("Wakil Bupati Banyuasin").codes["provinsi"] == "10.1.n"
    assert recognize("Ketua DPRD Kota Palembang").codes["provinsi"] == "10.1.m"
    assert recognize("Anggota DPRD Kota Palembang").codes["provinsi"] == "10.1.o"
    assert recognize("Kapolda Sumsel").codes == {"provinsi": "10.1.g"}


def test_case_punctuation_and_spacing_do_not_matter():
    expected = recognize("Kapolda Sumatera Selatan")
    for title in ("KAPOLDA SUMATERA SELATAN", "kapolda  sumatera-selatan.", "Kapolda, Sumsel"):
        assert recognize(title).codes == expected.codes


def test_lembaga_negara_roles():
    assert recognize("Ketua DPR RI").lembaga_negara == "pimpinan"
    assert recognize("Wakil Ketua DPD RI").lembaga_negara == "pimpinan"
    assert recognize("Anggota DPR RI").lembaga_negara == "anggota"
    assert recognize("Hakim Agung").lembaga_negara == "anggota"
    assert recognize("Menteri Dalam Negeri").lembaga_negara is None


@pytest.mark.parametrize("title", [
    "Mantan Kapolda Sumatera Selatan",  # only three "mantan" tiers exist
    "mantan Sekda Provinsi Sumsel",
    "Mantan Ketua DPRD Provinsi Sumsel",
    "Presiden Direktur PT Pupuk Sriwidjaja",
    "Gubernur Lemhannas",
    "Direktur RSUD Siti Fatimah",
    "Ketua TP PKK Provinsi Sumatera Selatan",
    "Wakapolda Sumsel",
    "Ketua DPD",  # DPD RI or a party board: ambiguous
    "Kepala Dinas Kesehatan",  # no level
    "Ketua DPRD Nusa Makmur",  # unknown region
    "",
])
def test_unrecognised_titles_return_none(title):
    assert recognize(title) is None
    assert unrecognised_reason(title)


def test_mantan_reason_cites_the_law():
    assert "Pasal 10 ayat (1) huruf c" in unrecognised_reason("Mantan Kapolda Sumsel")


def test_assume_level_and_region_levels():
    assert recognize("Kepala Dinas Kesehatan", assume_level="provinsi").home_code == "10.1.p"
    recog = recognize("Ketua DPRD Nusa Makmur", region_levels={"Nusa Makmur": "provinsi"})
    assert recog.codes == {"provinsi": "10.1.d"}
    recog = recognize("Ketua DPRD Banyuasin", region_levels={"Banyuasin": "kabupaten"})
    assert recog.codes["kabupaten"] == "11.1.d"
    with pytest.raises(ValueError):
        recognize("Bupati X", assume_level="desa")


def test_commander_note_asks_to_check_highest():
    recog = recognize("Danrem 044/Garuda Dempo")
    assert recog.codes == {"provinsi": "10.1.g", "kabupaten": "11.1.f"}
    assert "tertinggi" in recog.note


@given(st.text(max_size=60))
def test_recognize_never_crashes(title):
    recog = recognize(title)
    assert recog is None or all(code in TIERS for code in recog.codes.values())
