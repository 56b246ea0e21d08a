"""Dateline, date forms and sign-offs (invented examples)."""

import pytest

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.meta import (
    find_date,
    find_dateline,
    find_signoff,
    parse_date,
    strip_initials,
)


@pytest.mark.parametrize(
    ("lead", "city", "outlet"),
    [
        ("Palembang (ANTARA) - Pemerintah provinsi menggelar rapat.", "Palembang", "ANTARA"),
        ("Seruni, (ANTARA News) - Wakil gubernur membuka pameran.", "Seruni", "ANTARA News"),
        (
            "KUBU RAYA, insidepontianak.com – Bagian Humas menggelar rakor.",
            "Kubu Raya",
            "insidepontianak.com",
        ),
        ("Bisnis.com, PALEMBANG – Dinas mempercepat proyek.", "Palembang", "Bisnis.com"),
        ("Lembah Hijau | Warta Nusa – Bupati membuka rapat.", "Lembah Hijau", "Warta Nusa"),
        ("Jakarta - Polisi menangkap dua pelaku.", "Jakarta", None),
        ("KOMPAS.com - Warga menolak rencana itu.", None, "KOMPAS.com"),
        # session 10, forms of real regional copy: the outlet's domain first, then the town
        ("SULTENGPOS.COM: PALU – Anggota dewan menyoroti anggaran.", "Palu", "SULTENGPOS.COM"),
        ("WARTAKITA.COM | SUMENEP – DPRD menggelar rapat paripurna.", "Sumenep", "WARTAKITA.COM"),
        ("Berita-Rakyat.com – Lampung Tengah – Rapat paripurna digelar.", "Lampung Tengah", "Berita-Rakyat.com"),
        ("suarakalbar.co.id – PONTIANAK-SK. BPJS membuka posko.", "Pontianak", "suarakalbar.co.id"),
        # the town in capitals, then the outlet's short code
        ("ARGA MAKMUR BN - Ongkos angkut hasil kebun turun.", "Arga Makmur", "BN"),
        # a gazetteer town in capitals and a comma, no outlet at all; a comma before the dash
        ("PURWOREJO, Kapolres menetapkan kepala desa sebagai tersangka.", "Purworejo", None),
        ("Masohi,— Warga melapor ke kejaksaan.", "Masohi", None),
        ("BPBD, Dinas Sosial dan relawan membagikan bantuan.", None, None),
        # the outlet's name first in capitals, then the town
        ("SUARA NUSANTARA, RIAU- Dinas Kesehatan membuka posko.", "Riau", "SUARA NUSANTARA"),
        ("KALTENGNEWS, Tamiang Layang - Bupati meninjau banjir.", "Tamiang Layang", "KALTENGNEWS"),
        ("SELENGKAPNYA, Pemkab membuka pasar murah.", None, None),
    ],
)
def test_dateline_forms(lead, city, outlet):
    found = find_dateline([lead])
    assert found["city"] == city
    assert found["outlet"] == outlet


def test_dateline_below_bylines_stamps_and_a_caption():
    head = ["Reporter: Sari", "Editor: Dul", "Senin, 6 Mei 2024", "Warga mengantre air bersih di kantor PDAM, Senin."]
    found = find_dateline([*head, "KENDARI, SULTRAPOS.ID - Warga mengeluhkan air mati."])
    assert (found["city"], found["index"]) == ("Kendari", 4)
    # that deep, a town without its outlet must be one the gazetteer knows
    assert find_dateline([*head, "SUARA LEMBAH - Dalam rangka pengamanan Natal."])["city"] is None
    assert find_dateline([*head, "TEGAL - Dalam rangka pengamanan Natal."])["city"] == "Tegal"
    # a caption's kicker in capitals is no town
    assert find_dateline(["KANTOR CAMAT DISEGEL - Warga berkumpul di depan kantor."])["city"] is None
    # a town in capitals opening a paragraph below others is not taken without a dash
    assert find_dateline([*head, "PURWOREJO, Kapolres menetapkan tersangka."])["city"] is None


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("13/11/2025", "2025-11-13"),  # a date alone under the headline
        ("- 02 Mar 2017", "2017-03-02"),  # as a list item of the page's meta line
        ("Rabu, 20 Maret 2024", "2024-03-20"),
    ],
)
def test_a_date_alone_under_the_headline_is_the_publication_date(head, iso):
    body = ["Warga melapor ke kejaksaan, Kamis (12/10/2023), soal dana desa."]
    assert find_date({}, [head, *body], [], None) == (iso, "published")


def test_numeric_dates_with_hyphens_need_the_full_year():
    body = ["Seorang pasien meninggal dunia, Senin (21-5-2019), setelah menunggu lama."]
    assert find_date({}, body, [], None) == ("2019-05-21", "event")
    assert find_date({}, ["Nomor kontak 12-5-19 tidak aktif, Senin (3/4)."], [], None) == (None, "none")


def test_dateline_needs_a_known_place_without_outlet():
    assert find_dateline(["Sementara - itu warga berkumpul."])["city"] is None


def test_dateline_of_a_place_written_as_one_word():
    # the gazetteer spells it "Kayu Agung"; the regency's own copy writes one word in capitals
    assert find_dateline(["KAYUAGUNG – Pemkab membuka pasar murah."])["city"] == "Kayuagung"
    assert find_dateline(["SELENGKAPNYA – Pemkab membuka pasar murah."])["city"] is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Selasa (24/9/2019)", "2019-09-24"),
        ("Rabu, 7 Desember 2022 14:30 WIB", "2022-12-07"),
        ("Jum'at (7/7/23)", "2023-07-07"),
        ("Kamis, 6 Februari 2025 | 10:15 WIB", "2025-02-06"),
        ("Senin (7/5)", None),
        ("pada 31 Februari 2020", None),
    ],
)
def test_parse_date_forms(text, iso):
    assert parse_date(text) == iso


def test_find_date_prefers_published_then_url_then_weekday_event():
    paras = [
        "Warga berkumpul di balai desa, Selasa (24/9/2019).",
        "Acara berakhir 30 September 2019.",
    ]
    assert find_date({}, paras, [], None) == ("2019-09-24", "event")
    url = ["sumber: https://contoh.id/read/2021/05/23/berita-desa"]
    assert find_date({}, paras, url, None) == ("2021-05-23", "url")
    assert find_date({"date": "2020-01-02"}, paras, url, None) == ("2020-01-02", "published")
    assert find_date({}, ["Bantuan dibagikan pada 30 September 2020."], [], None) == (None, "none")


def test_signoffs():
    got = find_signoff(
        ["Isi berita."], ["Pewarta : Dewi Anggraini", "Editor: Agus Salim"], [], None
    )
    assert (got["reporter"], got["editor"]) == ("Dewi Anggraini", "Agus Salim")
    assert (
        find_signoff(["Isi.", "Rapat ditutup dengan doa.(rio/01)"], [], [], None)["reporter"]
        == "rio/01"
    )
    assert (
        find_signoff(["Isi."], ["( Laporan : Ayu Lestari )"], [], None)["reporter"] == "Ayu Lestari"
    )
    assert find_signoff(["Isi berita (ril humas pemkab/ohs)"], [], [], None)["reporter"] == "ohs"
    assert strip_initials("Rapat ditutup dengan doa.(rio/01)") == "Rapat ditutup dengan doa."


def test_date_after_sejak_is_a_start_not_the_event():
    from humpro.monitoring.extract.meta import find_date

    paragraphs = [
        "Longsor menutup jalan provinsi sejak Rabu (8/1/2025). Bupati meninjau lokasi, Jumat (10/1/2025).",
    ]
    assert find_date({}, paragraphs, [], None) == ("2025-01-10", "event")
    assert find_date({}, ["Jalan tertutup sejak Rabu (8/1/2025)."], [], None) == ("2025-01-08", "event")


def test_capital_dateline_of_a_town_outside_the_gazetteer_and_release_tails():
    from humpro.monitoring.extract import extract_document

    doc = extract_document(
        "Bantuan Bibit untuk Petani\n\nTANJUNG SELOR MAKMUR - Dinas Pertanian menyalurkan 5.000 bibit kakao "
        "kepada kelompok tani, Senin (3/2/2025).\n\nBibit dibagikan di balai desa. (adv)\n",
        filename="x.txt",
    )
    assert (doc["dateline"], doc["reporter"], doc["date"]) == ("Tanjung Selor Makmur", None, "2025-02-03")
    text = "Judul\n\nKota Makmur - Rapat digelar.\n\nRapat selesai sore hari. ({})\n"
    assert extract_document(text.format("ril"), filename="y.txt")["reporter"] is None
    assert extract_document(text.format("rdw/yan"), filename="z.txt")["reporter"] == "rdw/yan"


def test_until_date_is_a_bound_and_wire_code_is_not_the_reporter():
    from humpro.monitoring.extract import extract_document
    from humpro.monitoring.extract.meta import find_date

    paragraphs = [
        "BMKG memprakirakan hujan lebat hingga Sabtu (15/3/2025).",
        "Peringatan itu disampaikan prakirawan, Kamis (13/3/2025).",
    ]
    assert find_date({}, paragraphs, [], None) == ("2025-03-13", "event")
    doc = extract_document("Judul\n\nKota Makmur - Rapat digelar.\n\nRapat selesai. (ant/rio)\n", filename="x.txt")
    assert doc["reporter"] == "rio"


@pytest.mark.parametrize(
    ("first_line", "city"),
    [
        ("PAGARALAM ? Pemkot Pagar Alam meresmikan pasar baru.", "Pagaralam"),  # dash mangled into "?"
        ("Kota Palembang - Pemkot Palembang meresmikan pasar baru.", "Kota Palembang"),
        ("Krui - Pemkab Pesisir Barat meresmikan pasar baru.", "Krui"),  # a town not in the gazetteer
        ("Sabtu - Pemkot meresmikan pasar baru.", None),
    ],
)
def test_dateline_variants(first_line, city):
    from humpro.monitoring.extract import extract_document

    doc = extract_document(f"Pasar Baru Diresmikan\n\n{first_line}\n\nPedagang menyambut baik.\n", filename="x.txt")
    assert doc["dateline"] == city


def test_cut_title_is_completed_from_the_copy_footer():
    from humpro.monitoring.extract import extract_document

    raw = (
        "<h1>Dinkes Lahat Gelar Vaksi</h1>\n<p>Dinas Kesehatan menggelar vaksinasi massal.</p>"
        "<p>Artikel ini telah tayang di LahatPos.com dengan judul &quot;Dinkes Lahat Gelar Vaksinasi "
        "Massal di 24 Kecamatan&quot;.</p>"
    )
    assert extract_document(raw, filename="x.html")["title"] == "Dinkes Lahat Gelar Vaksinasi Massal di 24 Kecamatan"
    raw = "<h1>Dinkes Lahat Gelar Vaksi</h1>\n<p>Dinas Kesehatan menggelar vaksinasi massal.</p>"
    assert extract_document(raw, filename="y.html")["title"] == "Dinkes Lahat Gelar Vaksi"


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("12/3/2025 09:15", "2025-03-12"),
        ("Diperbarui: 4/11/2024 16:40 WIB", "2024-11-04"),
        ("Diterbitkan: Jumat, 7 Februari 2025 | 08.05 WIB", "2025-02-07"),
    ],
)
def test_time_stamp_line_under_the_copy_is_the_publication_date(stamp, iso):
    paragraphs = [
        "Rapat evaluasi digelar Senin (10/3/2025) di aula kantor bupati.",
        "Bupati meminta seluruh dinas mempercepat serapan anggaran.",
        stamp,
    ]
    assert find_date({}, paragraphs, [], None) == (iso, "published")


def test_a_time_in_a_sentence_is_not_a_stamp():
    paragraphs = [
        "Bupati meminta seluruh dinas mempercepat serapan anggaran.",
        "Pemkab juga menyiapkan pasar murah di enam kecamatan.",
        "Rapat lanjutan digelar Senin (10/3/2025) pukul 09.00 WIB di aula kantor bupati.",
    ]
    assert find_date({}, paragraphs, [], None) == ("2025-03-10", "event")


def test_editor_after_the_writer_on_one_line():
    out = find_signoff(["Isi berita."], ["Penulis: Dedi Kurniawan | Editor: Sari Lestari"], [], None)
    assert (out["reporter"], out["editor"]) == ("Dedi Kurniawan", "Sari Lestari")


@pytest.mark.parametrize(
    ("line", "reporter"),
    [
        ("Laporan Wartawan KabarKaur.com, Mahyudin", "Mahyudin"),
        ("Laporan Reporter KaurTerkini.id, Yudi Pratama Rabu, 17 Juli 2024 11:20 WIB", "Yudi Pratama"),
        ("Teks: Yohanes Sabu / Foto: Tim Dokpim", "Yohanes Sabu"),
    ],
)
def test_byline_forms_name_the_reporter(line, reporter):
    assert find_signoff(["Isi berita yang cukup panjang di sini."], [line], [], None)["reporter"] == reporter


def test_weekday_with_a_javanese_market_day_dates_the_event():
    lead = "Ratusan pedagang menggelar aksi di depan Balai Kota Tegal, Selasa Kliwon (15/10/2024)."
    assert find_date({}, [lead], [], None) == ("2024-10-15", "event")


@pytest.mark.parametrize(
    ("paragraphs", "page_lines", "reporter"),
    [
        (["Isi berita. (Diskominfo Lahat/Humas)"], [], None),  # a credit to an office
        (["Isi berita. (Rilis Prokopim Lahat/Red)"], [], None),
        (["Isi berita. (ril humas pemprov/ohs)"], [], "ohs"),  # initials after a credit
        (["Isi berita. (wp-02)"], [], "wp-02"),
        (["Isi berita. (dnr)", "Artikel ini merupakan salinan dari contoh.id."], [], "dnr"),
        (["Isi berita. (fjr/sm)"], ["Oleh: Fajar Nugraha · Editor: Siti"], "Fajar Nugraha"),
        (["Oleh: Dimas Anggoro | 26 Jun 2024, 16:02 WIB", "Isi berita."], [], "Dimas Anggoro"),
    ],
)
def test_signoffs_credits_and_bylines(paragraphs, page_lines, reporter):
    assert find_signoff(paragraphs, [], page_lines, None)["reporter"] == reporter


@pytest.mark.parametrize(
    ("raw", "reporter", "editor", "dateline"),
    [
        # a writer's line under the title: "Name, Jurnalis · date", "Name - detikX", "Name • date"
        (
            "Pasokan Listrik Aman\n\nDedi Saputra, Jurnalis · Rabu 3 Juli 2024 10:15 WIB\n\n"
            "MALANG - PLN memastikan pasokan listrik aman selama libur panjang.",
            "Dedi Saputra",
            None,
            "Malang",
        ),
        (
            "Ekonomi Tumbuh\n\nRina Kartika - detikFinance\n\n"
            "Bandung - Kepala kantor perwakilan menjelaskan pertumbuhan ekonomi triwulan ini.",
            "Rina Kartika",
            None,
            "Bandung",
        ),
        # Kompas's stamp line, the writers one per line, then "Tim Redaksi"
        (
            "Rapat Paripurna Terakhir\n\nKompas.com - 12/09/2021, 14:05 WIB\nBayu Permana,\nSiti Rahmah\n\n"
            "Tim Redaksi\n\nSURABAYA, KOMPAS.com - DPRD menggelar rapat paripurna terakhir periode ini.",
            "Bayu Permana",
            "Siti Rahmah",
            "Surabaya",
        ),
    ],
)
def test_bylines_above_the_copy_are_the_writers_not_people(raw, reporter, editor, dateline):
    out = extract_document(raw, fmt="text")
    assert (out["reporter"], out["editor"], out["dateline"]) == (reporter, editor, dateline)
    assert not {p["name"] for p in out["people"]} & {reporter, editor}


def test_writer_in_brackets_closes_the_copy_but_an_office_credit_is_no_writer():
    body = "Demo Mahasiswa\n\nJAKARTA - Ribuan mahasiswa berunjuk rasa di depan gedung DPR.\n\n"
    out = extract_document(body + "(Yoga Pratama )", fmt="text")
    assert out["reporter"] == "Yoga Pratama" and out["people"] == []
    assert extract_document(body + "(Prokopim Kabupaten Lahat)", fmt="text")["reporter"] is None


def test_a_closing_quote_with_an_outlet_signoff_is_copy_not_a_photo_credit():
    raw = (
        "Polres Sita Motor\n\nKapolres Kota Seruni AKBP Dadang Wijaya memimpin rilis kasus.\n\n"
        "“Kami minta warga memasang kunci ganda,” pungkasnya.(seruni.id/kontr)"
    )
    out = extract_document(raw, fmt="text")
    assert out["quotes"] == [{"text": "Kami minta warga memasang kunci ganda", "speaker": "Dadang Wijaya"}]
    assert out["reporter"] == "kontr" and out["captions"] == []


def test_a_capitals_photo_credit_and_a_photo_author_widget_name_nobody():
    raw = (
        "Gubernur Serahkan Bantuan\n\nPhoto Author\n\n"
        "BANTUAN ; Gubernur Kalteng Sugianto Sabran menyerahkan bantuan sembako, rabu (22/7)."
        "(RINA MEKAR/RADAR SAMPIT)\n\n"
        "Bantuan itu berisi beras dan gula untuk warga terdampak banjir."
    )
    out = extract_document(raw, fmt="text")
    assert [(p["name"], p["position"]) for p in out["people"]] == [("Sugianto Sabran", "Gubernur Kalteng")]


@pytest.mark.parametrize(
    "credit",
    [
        "Dedi Kurnia/Warta Selatan",  # a line of its own under the photo
        "Kapolres menyerahkan brosur kepada pengendara. -(Tri Budi Santosa/Seruni Ekspres)-",
        "Apel gelar pasukan di Lapangan Slawi, Jumat, 22 Desember 2023. /Kabar Seruni/Dwi Prasetyo Asri/",
    ],
)
def test_photo_credits_with_slashes_name_nobody(credit):
    raw = (
        "Operasi Lilin Dimulai\n\n"
        f"{credit}\n\n"
        "SERUNI, Wartaseruni.id - Kapolres Seruni AKBP Andi Saputra memimpin apel gelar pasukan.\n\n"
        "Response (3)"
    )
    out = extract_document(raw, fmt="text")
    assert [p["name"] for p in out["people"]] == ["Andi Saputra"]
    assert "Response" not in " ".join(out["organizations"])


def test_the_writer_named_in_the_copy_is_no_person_of_the_story():
    raw = (
        "Pasar Murah Digelar\n\n"
        "SERUNI, Wartaseruni.id - Pemkab menggelar pasar murah, kata Kepala Dinas Perdagangan Rina Wulandari.\n\n"
        "Liputan oleh Andi Prasetyo Nugroho untuk Wartaseruni.id.\n\n"
        "Pewarta: Andi Prasetyo Nugroho\nEditor: Dedi"
    )
    out = extract_document(raw, fmt="text")
    assert out["reporter"] == "Andi Prasetyo Nugroho"
    assert [p["name"] for p in out["people"]] == ["Rina Wulandari"]


def test_a_clause_word_before_a_name_is_not_part_of_it():
    raw = (
        "Air Mati Seminggu\n\nWarga mengeluh. Padahal Muhtar mengaku sudah melapor ke kantor PDAM.\n\n"
        "“Air mati seminggu, tidak ada kontrol,” kata Muhtar."
    )
    out = extract_document(raw, fmt="text")
    assert [p["name"] for p in out["people"]] == ["Muhtar"]
    assert [q["speaker"] for q in out["quotes"]] == ["Muhtar"]


@pytest.mark.parametrize(
    ("lead", "city", "outlet"),
    [
        # session 11: the outlet, the town and its province; a province between the town and the outlet
        ("Kabarnusa, Kapuas Hulu, Kalbar – Polres menetapkan tersangka.", "Kapuas Hulu", "Kabarnusa"),
        ("Sigi, Sulteng, (Antara) - Dinas membagikan bibit.", "Sigi", "Antara"),
        ("Sigi, Lembah, (Antara) - Dinas membagikan bibit.", None, None),
        # a town of the gazetteer in lower case after the outlet's domain
        ("wartaseruni.com| labuhanbatu - DPRD menggelar rapat.", "Labuhanbatu", "wartaseruni.com"),
        # the outlet's name in capitals, a bar and the town
        ("WARTA RAKYAT | LEBAK. Warga memperbaiki jalan.", "Lebak", "WARTA RAKYAT"),
        ("WARTA RAKYAT | SENJA. Warga memperbaiki jalan.", None, None),
        # a town in capitals outside the gazetteer, alone before the dash; kickers are no towns
        ("SANGATTA – Dewan menggelar rapat paripurna.", "Sangatta", None),
        ("VIRAL – Warga merekam jalan rusak.", None, None),
        ("DIBONGKAR – Warga merekam jalan rusak.", None, None),
        # a byline run into the weekday, then the date: no town
        ("Ima KarimahMinggu, 23 November 2025 20:30 WIB", None, None),
        # the outlet first, its town in brackets
        ("Pojok7.id (Kota Gorontalo) – Pelayanan puskesmas dikeluhkan.", "Kota Gorontalo", "Pojok7.id"),
        ("WARTANEWS.ID ( Bandar Lampung ) – Hujan belum reda.", "Bandar Lampung", "WARTANEWS.ID"),
        ("Warta7.id (Foto Istimewa) – Pelayanan puskesmas dikeluhkan.", None, None),
        ("SUARA SULTRA (KENDARI) – Tokoh masyarakat mendesak bupati.", "Kendari", "SUARA SULTRA"),
        # an outlet's name is no town; a domain of three labels; a camel-case outlet; three dashes
        ("LAHAT TERKINI – Warga mengeluhkan jalan rusak.", None, None),
        ("WARTASERUNINEWS— Warga mengeluhkan jalan rusak.", None, None),
        ("radarselatan.bacakoran.co, KOTA MANNA - Bupati meninjau pasar.", "Kota Manna", "radarselatan.bacakoran.co"),
        ("LenteraJateng, SEMARANG – Gubernur meninjau terminal.", "Semarang", "LenteraJateng"),
        ("POS-SERUNI.COM | WAINGAPU--- Warga mengeluhkan air.", "Waingapu", "POS-SERUNI.COM"),
        # the town and the outlet's code alone on a line, or joined to the body after the comma
        ("Palembang, BP", "Palembang", "BP"),
        ("Kab Bandung, MPI.", "Kab Bandung", "MPI"),
        ("Subang JMI, Hampir semua warga mengadu.", "Subang", "JMI"),
        ("Seruni JMI, Hampir semua warga mengadu.", None, None),
        # the town, a slash and the outlet in lower case; a spaced spelling of a gazetteer town
        ("PALANGKA RAYA/tabengan – Banjir merendam rumah warga.", "Palangka Raya", "tabengan"),
    ],
)
def test_dateline_forms_session_eleven(lead, city, outlet):
    found = find_dateline([lead])
    assert (found["city"], found["outlet"]) == (city, outlet)


def test_dateline_below_a_page_head_of_seven_lines():
    head = ["Breaking News :", "Menu", "Rabu, 03 Desember 2025", "Pemerintahan", "Judul berita", "Oleh Sari", "iklan"]
    assert find_dateline([*head, "SEMARANG - Gubernur meninjau terminal."])["city"] == "Semarang"


def test_a_timed_byline_beats_the_site_date_bar():
    paras = [
        "Breaking News :",
        "Logo",
        "Rabu, 03 Desember 2025",
        "Pemerintahan",
        "Ima Karimah, Minggu, 23 November 2025 20:30 WIB",
        "SEMARANG - Gubernur meninjau terminal, Jumat (21/11/2025).",
    ]
    assert find_date({}, paras, [], None) == ("2025-11-23", "published")


def test_a_weekday_with_the_time_of_day_dates_the_event():
    body = ["Debat calon gubernur digelar di Padang, Rabu malam (13/11/2024), dan disiarkan langsung."]
    assert find_date({}, body, [], None) == ("2024-11-13", "event")


@pytest.mark.parametrize(
    ("lead", "city", "outlet"),
    [
        # a hyphen inside the outlet's name is no dash, even when its first part is a regency's short form
        # (a guard: it held before the short forms were added to the gazetteer)
        ("LANGGUR, MALRA-NEWS-ID - Gubernur berkunjung ke Maluku Tenggara.", "Langgur", "MALRA-NEWS-ID"),
        # the outlet first, then the regency's short form
        ("BOLMORA, BOLMONG – Dua sangadi dilantik oleh penjabat bupati.", "Bolmong", "BOLMORA"),
    ],
)
def test_dateline_forms_session_twelve(lead, city, outlet):
    found = find_dateline([lead])
    assert (found["city"], found["outlet"]) == (city, outlet)


@pytest.mark.parametrize(
    ("paras", "city", "outlet"),
    [
        # a day and month between the town and the outlet
        (["Demak,16/6 (BeritaJateng.tv) – Warga desa pesisir kembali waspada banjir rob."], "Demak", "BeritaJateng.tv"),
        # a town of the gazetteer and the outlet's name alone on a line
        (["Tuban, Bhirawa", "Badan Meteorologi di Kabupaten Tuban meminta warga waspada."], "Tuban", "Bhirawa"),
        # an outlet named after its town is no dateline
        (["PORTAL PURWOKERTO - Pencarian korban longsor dilanjutkan pagi ini."], None, None),
        # a town and its province alone on a line name no outlet (a guard)
        (["Palembang, Sumsel", "Warga antre minyak goreng sejak pagi."], None, None),
    ],
)
def test_dateline_forms_session_thirteen(paras, city, outlet):
    found = find_dateline(paras)
    assert (found["city"], found["outlet"]) == (city, outlet)


@pytest.mark.parametrize(
    ("lead", "city", "outlet"),
    [
        # a two-letter code of the outlet, then the town in capitals
        ("PM, KUTACANE – Dewan Perwakilan Rakyat Kabupaten mengesahkan sepuluh qanun.", "Kutacane", "PM"),
        # a domain written with a space, then a town joined by a hyphen to a reduplicated word
        ("SIMANTAB. COM, Labuhanbatu-Bertubi-tubi tanggapan miring datang ke dinas.", "Labuhanbatu", "SIMANTAB.COM"),
        # the outlet's name joined by a hyphen to the town in capitals
        ("Onlinesumut-NIAS SELATAN : Pembangunan rumah dinas bupati tak kunjung rampung.", "Nias Selatan",
         "Onlinesumut"),
        # the outlet, the province and the town between bars
        ("TLii|SUMUT|SIANTAR, Rapat paripurna ditunda hingga Rabu.", "Siantar", "TLii"),
        # two words in capitals: the town, then the outlet (a guard)
        ("TOBELO, NUANSA – Pemerintah daerah menggelar rapat.", "Tobelo", "NUANSA"),
    ],
)
def test_dateline_forms_session_thirteen_b(lead, city, outlet):
    found = find_dateline([lead])
    assert (found["city"], found["outlet"]) == (city, outlet)


@pytest.mark.parametrize(
    ("paras", "city", "outlet"),
    [
        (["Semarang, Idola 92,6 FM – Dinas Pekerjaan Umum memperbaiki jalan provinsi."], "Semarang", "Idola 92,6 FM"),
        (["LABUHAN BAJO-Klikpena.com", "Itulah kesan dari kunjungan itu."], "Labuhan Bajo", "Klikpena.com"),
        (["TTS. spektrum-ntt.com || Wakil Ketua DPRD meminta bupati bersikap."], "TTS", "spektrum-ntt.com"),
        (["TANJUNG SELOR.niaga.asia - Pemerintah provinsi menggelar rapat."], "Tanjung Selor", "niaga.asia"),
        (["Bima_ Tarian selamat datang dibawakan siswi madrasah."], "Bima", None),
        # an outlet's name in capitals is no town
        (["METROPOLITAN – Ratusan warga perumahan mengeluhkan air."], None, None),
    ],
)
def test_dateline_forms_session_thirteen_c(paras, city, outlet):
    found = find_dateline(paras)
    assert (found["city"], found["outlet"]) == (city, outlet)


def test_a_date_right_after_the_dateline_is_the_publication_date():
    paras = ["Asahan, Berita Merdeka Online – 24 Juni 2025. Pemerintah kabupaten menggelar rapat anggaran."]
    found = find_dateline(paras)
    assert (found["city"], found["date"]) == ("Asahan", "2025-06-24")
    assert find_date({}, paras, [], found["date"]) == ("2025-06-24", "published")


def test_a_stamp_with_spaced_time_beats_a_site_date_banner():
    paras = [
        "Minggu, 21 Apr 2019",
        "Bali",
        "Bupati Hentikan Pembangunan Pura",
        "01 Februari 2019, 20: 38: 47 WIB | editor : I Putu Suyatra",
        "Gubernur menyayangkan surat bupati itu.",
    ]
    assert find_date({}, paras, [], None) == ("2019-02-01", "published")


def test_a_full_date_in_brackets_without_weekday_dates_the_event():
    paras = ["Hal itu dikatakan usai rapat koordinasi dinas kesehatan di Ambon (23/5/2018).", "Program disatukan."]
    assert find_date({}, paras, [], None) == ("2018-05-23", "event")
