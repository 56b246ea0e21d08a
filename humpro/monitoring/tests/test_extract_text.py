"""Format detection, boilerplate removal and captions."""

from pathlib import Path

from humpro.monitoring.extract import extract_file
from humpro.monitoring.extract.text import classify_line, detect_format, read_source, read_text, unescape_deep

FIX = Path(__file__).parent / "fixtures"


def test_detect_format():
    assert detect_format("<h1>Judul</h1>\n<p>Isi</p>") == "html_fragment"
    assert detect_format("<!DOCTYPE html><html><body></body></html>") == "html"
    assert detect_format("Judul\n\nIsi berita.", "a.txt") == "text"
    assert detect_format("Judul\n\nIsi berita tanpa tag.") == "text"


def test_boilerplate_lines():
    for line in [
        "Baca juga: Gubernur tinjau pasar",
        "Lihat juga: Harga cabai naik",
        "Bagikan: Facebook Twitter",
        "Bacaan Lainnya",
        "Artikel ini telah tayang di contoh.com",
        "COPYRIGHT © ANTARA 2022",
        "Sumber: https://contoh.id/berita",
        "banner 468x60",
        "3 Komentar",
        "Tags: humas, protokol",
    ]:
        assert classify_line(line) != "body", line
    assert (
        classify_line("Foto: Kondisi jalan berlubang di desa itu setelah hujan. (Dok. Warga)")
        == "caption"
    )
    assert classify_line("Gubernur meresmikan jembatan di desa itu, Senin.") == "body"


def test_unescape_deep():
    assert unescape_deep("&amp;quot;Ya&amp;quot;") == '"Ya"'
    assert unescape_deep("PT A &amp; B") == "PT A & B"


def test_fragment_title_captions_and_body():
    out = extract_file(FIX / "nm_fragment.html")
    assert out["title"] == "Gubernur Nusa Makmur Resmikan Jembatan Sungai Lestari"
    assert out["captions"] and out["captions"][0].startswith("Gubernur Nusa Makmur Hendra Wiratama")
    assert out["dateline"] == "Seruni"
    assert out["reporter"] == "rio/01"
    src = read_source((FIX / "nm_fragment.html").read_text(encoding="utf-8"))
    body = " ".join(src.paragraphs)
    assert "Baca juga" not in body and "Bagikan" not in body and "menggunting pita" not in body


def test_text_input_boilerplate_and_captions():
    out = extract_file(FIX / "nm_text.txt")
    src = read_source((FIX / "nm_text.txt").read_text(encoding="utf-8"), filename="nm_text.txt")
    assert out["format"] == "text"
    assert out["title"].startswith("Warga Desa Karang Sari Keluhkan")
    assert not any(p.startswith(("Lihat juga", "Pewarta", "COPYRIGHT")) for p in src.paragraphs)
    assert out["captions"] == [
        "Foto: Kondisi jalan berlubang di Desa Karang Sari. (ANTARA/Dok. Warga)"
    ]
    assert (out["outlet"], out["dateline"], out["date"]) == ("ANTARA", "Seruni", "2022-12-07")
    assert (out["reporter"], out["editor"]) == ("Dewi Anggraini", "Agus Salim")


def test_full_html_page():
    out = extract_file(FIX / "nm_page.html")
    assert out["format"] == "html"
    assert out["title"] == "Festival Kopi Seruni Hadirkan 40 Kedai Lokal"
    assert out["date"] == "2024-05-18"
    assert out["dateline"] == "Seruni"
    assert out["reporter"] == "Lestari Handayani"
    assert [p["name"] for p in out["people"]] == ["Andi Wijaya"]
    assert out["people"][0]["position"] == "Ketua panitia festival"
    assert all(q["speaker"] == "Andi Wijaya" for q in out["quotes"]) and len(out["quotes"]) == 2


def test_text_signoff_fixture():
    out = extract_file(FIX / "nm_signoff.txt")
    assert out["title"] == "Bupati Lembah Hijau Buka Rapat Koordinasi Kehumasan"
    assert (out["dateline"], out["outlet"], out["date"]) == (
        "Lembah Hijau",
        "Warta Nusa",
        "2019-09-24",
    )
    assert out["reporter"] == "Ayu Lestari"
    maya = next(p for p in out["people"] if p["name"] == "Maya Kartika")
    assert maya["degrees"] == ["S.Sos", "M.AP"]
    assert out["quotes"] == [
        {
            "text": "Humas harus mampu menyampaikan informasi pembangunan secara cepat dan "
            "akurat kepada masyarakat",
            "speaker": "Maya Kartika",
        }
    ]


def test_text_without_title_line_keeps_the_lead_in_the_body():
    raw = (
        "Atambua, Warta Perbatasan – Pemerintah Kabupaten Belu menggelar pelatihan kehumasan bagi "
        "pengelola media sosial perangkat daerah selama dua hari di aula kantor bupati, Kamis (4/4/2024), "
        "dengan peserta dari seluruh kecamatan.\n"
        "Kepala Bagian Protokol dan Komunikasi Pimpinan Agustinus Mali mengatakan pelatihan ini rutin.\n"
    )
    result = read_source(raw, filename="x.txt")
    assert result.title == ""
    assert result.paragraphs[0].startswith("Atambua, Warta Perbatasan")
    doc = extract_file_text(raw)
    assert (doc["title"], doc["dateline"], doc["outlet"], doc["date"]) == (
        None,
        "Atambua",
        "Warta Perbatasan",
        "2024-04-04",
    )


def test_short_first_line_is_still_the_title():
    raw = "Pelatihan Kehumasan di Belu\n\nAtambua, Warta Perbatasan – Pemerintah menggelar pelatihan.\n"
    assert read_source(raw, filename="x.txt").title == "Pelatihan Kehumasan di Belu"


def extract_file_text(raw: str) -> dict:
    from humpro.monitoring.extract import extract_document

    return extract_document(raw, filename="x.txt")


def test_inline_related_headline_is_cut_from_the_paragraph():
    from humpro.monitoring.extract.text import strip_inline_related

    rest, cut = strip_inline_related(
        "Dewan meminta penertiban dilakukan tanpa intimidasi. Baca juga: Wali Kota Minta Satpol PP "
        "Tertibkan Reklame Liar di Pusat Kota &quot;Kami tidak ingin warga takut,&quot; kata Rudi."
    )
    assert cut == "Baca juga: Wali Kota Minta Satpol PP Tertibkan Reklame Liar di Pusat Kota"
    assert rest == (
        "Dewan meminta penertiban dilakukan tanpa intimidasi. &quot;Kami tidak ingin warga takut,&quot; kata Rudi."
    )
    rest, cut = strip_inline_related(
        "Jalan itu rusak sejak Maret. Lihat juga: Banjir Rendam Tiga Desa di Ogan Ilir Warga kini mengungsi."
    )
    assert cut == "Lihat juga: Banjir Rendam Tiga Desa di Ogan Ilir"
    assert rest == "Jalan itu rusak sejak Maret. Warga kini mengungsi."
    assert strip_inline_related("Baca juga pengumuman di papan desa.") == ("Baca juga pengumuman di papan desa.", "")


def test_detik_style_read_article_line_is_boilerplate():
    assert classify_line("Baca artikel detiksumbar, Pemkot Padang Buka Posko Banjir di Tiga Kecamatan") == "boilerplate"


def test_teasers_after_a_related_header_or_after_the_signoff_are_not_content():
    raw = (
        "Artis Pindah ke Desa\n\n"
        "Penyanyi itu pindah ke sebuah desa di Cornwall dan mulai berkebun.\n\n"
        "Satu keluhan datang dari Maria Lestari, wanita yang tinggal di ujung jalan desa itu.\n\n"
        "Jangan Lewatkan!\n\n"
        "Intip Dapur Mewah Rumah Aktor Ternama, Keren!\n\n"
        "(kpl/abc)\n\n"
        "Ini dia rumah pantai milik Jonas Berg, mewah ya?\n\n"
        "9 FOTO Konser Musim Panas Paling Ramai\n"
    )
    src = read_source(raw, filename="x.txt")
    assert src.paragraphs == [
        "Penyanyi itu pindah ke sebuah desa di Cornwall dan mulai berkebun.",
        "Satu keluhan datang dari Maria Lestari, wanita yang tinggal di ujung jalan desa itu.",
    ]
    doc = extract_file_text(raw)
    assert doc["reporter"] is None
    assert [(p["name"], p["position"]) for p in doc["people"]] == [("Maria Lestari", None)]


def test_signoff_line_ends_the_article_and_keeps_the_byline():
    raw = "Judul\n\nKota Makmur - Rapat digelar kemarin.\n\n(rdw/ndr)\n\nBerita lain: Harga cabai naik\n"
    src = read_source(raw, filename="x.txt")
    assert src.paragraphs == ["Kota Makmur - Rapat digelar kemarin.", "(rdw/ndr)"]
    assert extract_file_text(raw)["reporter"] == "rdw/ndr"


def test_wordpress_comment_form_does_not_hide_the_signoff():
    raw = (
        "Rakor Kehumasan Digelar\n\n"
        "SAMBAS, wartasambas.id – Bagian Prokopim menggelar rakor kehumasan, Selasa (1/10/2024).\n\n"
        "Rakor diikuti 60 peserta dari perangkat daerah. (adi/02)\n\n"
        "Mungkin Anda Menyukai\n\n"
        "Tinggalkan Balasan\n\n"
        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n\n"
        "%d blogger menyukai ini:\n"
    )
    doc = extract_file_text(raw)
    assert (doc["reporter"], doc["dateline"], doc["outlet"]) == ("adi/02", "Sambas", "wartasambas.id")
    assert doc["text"].endswith("Rakor diikuti 60 peserta dari perangkat daerah.")


def test_caption_ending_in_a_photo_credit_is_kept_apart():
    from humpro.monitoring.extract import extract_document

    doc = extract_document(
        "Bupati Resmikan Pasar\n\nSERUNI - Bupati meresmikan pasar baru, Senin.\n\n"
        "Pasar itu menampung 300 pedagang. (rfa/tn)\n\n"
        "Bupati saat menggunting pita peresmian pasar. Foto : Prokopim Seruni\n",
        filename="x.txt",
    )
    assert doc["reporter"] == "rfa/tn"
    assert "Foto" not in doc["text"]


_FEATURED_PAGE = """<!DOCTYPE html><html><head><title>Bupati Serahkan Bantuan Benih - WartaKaur.id</title></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>Bupati Serahkan Bantuan Benih kepada Kelompok Tani</h1>
<div class="meta">Kamis, 13 Juni 2024 - 09:47 WIB &middot; Penulis: Rini Oktaviani &middot; Dibaca: 1.204 kali</div>
<figure class="featured"><img src="/f.jpg" alt="Penyerahan benih">
<figcaption>Kepala Dinas Pertanian Kaur Yusman Hadi (kiri) menyerahkan benih kepada Ketua Kelompok Tani
Sinar Harapan, Darmawan. (Foto: WartaKaur.id/Rini Oktaviani)</figcaption></figure>
<div class="content">
<p>KAUR, WartaKaur.id - Pemerintah Kabupaten Kaur menyalurkan 12 ton benih padi kepada 40 kelompok tani
di Kecamatan Tanjung Kemuning, Rabu (12/6/2024). Bantuan itu diserahkan di balai desa setempat.</p>
<p>Penyaluran dilakukan bertahap sesuai jadwal tanam. Petani diminta segera menanam benih tersebut
agar panen tidak mundur dari musim yang direncanakan dinas.</p>
<p>Bupati Kaur Lismidianto mengatakan bantuan itu untuk menjaga produksi padi. "Target kita panen naik
sepuluh persen tahun ini," kata Lismidianto.</p>
<p>Ia meminta penyuluh mendampingi petani sampai panen tiba dan melaporkan hasilnya ke dinas.</p>
</div></article>
<aside><h3>Berita Terkait</h3><figure><img src="/r.jpg"><figcaption>Camat Maje Heri Susanto meninjau jalan
rusak.</figcaption></figure></aside>
</body></html>"""


def test_featured_figure_caption_is_read_credit_and_byline_are_not_people(tmp_path):
    page = tmp_path / "featured.html"
    page.write_text(_FEATURED_PAGE, encoding="utf-8")
    out = extract_file(page)
    assert any(c.startswith("Kepala Dinas Pertanian Kaur Yusman Hadi") for c in out["captions"])
    assert not any("Heri Susanto" in c for c in out["captions"])  # a related-news box below the copy
    people = {p["name"]: p["position"] for p in out["people"]}
    assert people["Yusman Hadi"] == "Kepala Dinas Pertanian Kaur"
    assert "Rini Oktaviani" not in people  # the byline and the photo credit name the reporter
    assert "Heri Susanto" not in people
    assert out["reporter"] == "Rini Oktaviani"


def test_photo_credit_stripped_and_byline_line_is_a_signoff():
    from humpro.monitoring.extract.text import strip_photo_credit

    assert strip_photo_credit("Warga antre air bersih, Rabu (2/10/2024). (Foto: Tono/Warta Kaur)") == (
        "Warga antre air bersih, Rabu (2/10/2024)."
    )
    assert strip_photo_credit("Aksi di depan DPRD. (KabarKaur.com/Fajar Nur)") == "Aksi di depan DPRD."
    assert strip_photo_credit("Saksi bersaksi di Pengadilan Tipikor, Rabu (14/8). WARTAKAUR.com/Rini Oktaviani") == (
        "Saksi bersaksi di Pengadilan Tipikor, Rabu (14/8)."
    )
    assert strip_photo_credit("Bupati X (tengah) dan Wabup Y (kanan).") == "Bupati X (tengah) dan Wabup Y (kanan)."
    assert classify_line("Selasa, 4 Juni 2024 | 10:15 WIB | Penulis: Rini Oktaviani") == "signoff"
    assert classify_line("Rapat dimulai pukul 10:15 WIB dan dibuka oleh Bupati.") == "body"
    assert classify_line("WARTAKAUR.com/RINI OKTAVIANI") == "boilerplate"  # a photo credit line
    assert classify_line("Laporan Reporter WartaKaur.id, Rini Oktaviani") == "signoff"
    assert classify_line("Oleh: Wahyu Nugraha · Rabu, 21 Agustus 2024 08:40 · Dibaca 1.204 kali") == "signoff"


def test_organisations_as_written_end_where_a_person_begins():
    from humpro.monitoring.extract.orgs import find_organizations

    paragraphs = [
        "Kepala SDN Cempaka Putih 01 Rosmawati Siregar menyambut tim dari Dinas Pendidikan Kota Bekasi.",
        "Pemerintah Kabupaten Kaur dan Badan Pusat Statistik (BPS) menggelar rapat.",
    ]
    orgs = find_organizations(paragraphs, people=("Rosmawati Siregar",))
    assert "SDN Cempaka Putih 01" in orgs
    assert not any("Rosmawati" in o for o in orgs)
    assert {"Dinas Pendidikan Kota Bekasi", "Pemerintah Kabupaten Kaur", "Badan Pusat Statistik (BPS)"} <= set(orgs)


def test_related_box_styled_as_a_caption_and_rep_red_bylines_are_not_people():
    from humpro.monitoring.extract.text import _article_figcaptions

    raw = (
        "<html><body><h1>Deflasi Berlanjut</h1><p>JAKARTA - Badan Pusat Statistik mencatat deflasi lima bulan"
        " berturut-turut pada September ini.</p>"
        '<div class="para_caption"><strong>LIHAT JUGA:</strong> <a href="/x">Mendag Laksmi Putri Pantau Harga'
        " Bapok di Pasar Kramat Jati</a></div>"
        "<p>Ekonom menilai daya beli kelas menengah sedang melemah dan perlu diperhatikan pemerintah.</p>"
        "</body></html>"
    )
    paragraphs = [
        "JAKARTA - Badan Pusat Statistik mencatat deflasi lima bulan berturut-turut pada September ini.",
        "Ekonom menilai daya beli kelas menengah sedang melemah dan perlu diperhatikan pemerintah.",
    ]
    assert _article_figcaptions(raw, paragraphs) == []
    assert classify_line("Rep: Fauziah Rahma / Red: Muhammad Hafil") == "signoff"


def test_a_line_broken_after_a_comma_goes_on_but_a_dateline_starts_anew():
    raw = (
        "Wagub Tinjau Rumah Warga\n\n"
        "Wakil Gubernur Jawa Tengah,\nTaj Yasin Maimun, menegaskan program itu berlanjut.\n\n"
        "Ketua DPRD Palu, Armin, dan Wakil Wali Kota Palu, dr. Reny Lamadjido,\n"
        "PALU, Kabar Selebes – DPRD menyetujui perubahan APBD."
    )
    src = read_text(raw)
    assert src.paragraphs[0] == "Wakil Gubernur Jawa Tengah, Taj Yasin Maimun, menegaskan program itu berlanjut."
    assert src.paragraphs[-1].startswith("PALU, Kabar Selebes")


def test_a_sentence_cut_by_the_end_of_the_copy_is_body_not_a_tag_line():
    line = (
        "Sementara itu, kepala badan penanggulangan bencana daerah setempat mengatakan bantuan yang "
        "diserahkan berupa bama, seperti beras, minyak, gula, ko"
    )
    assert classify_line(line) == "body"
    assert classify_line("banjir, bantuan sosial, pemkab seruni, bpbd, pengungsi") == "tags"


def test_a_ticker_of_headlines_run_together_is_no_body():
    ticker = (
        "Rektor Baru Lantik Enam Pejabat Kampus Wali Kota Terima Kunjungan BPK Dinas Lingkungan Hidup "
        "Gelar Pelatihan Tahap IV Wali Kota Gelar Rapat Teknis Relokasi Warga"
    )
    assert classify_line(ticker) == "headline"
    assert classify_line("Bupati Seruni Resmikan Pasar Baru di Kecamatan Lembah") == "body"
