# ruff: noqa: E501  (news text fixtures: long natural-language lines)
"""Invented news items for tests (fictional province "Nusa Makmur"; own text, not from samples)."""

from __future__ import annotations

from html import escape

GOVERNOR = "Andi Wiratama"
PUPR_HEAD = "Sari Handayani"

RELEASE_TITLE = "Gubernur Nusa Makmur Resmikan Jembatan Sungai Lestari"
RELEASE_PARAGRAPHS = [
    "Kota Makmur (Humas Pemprov) - Gubernur Nusa Makmur Andi Wiratama meresmikan Jembatan Sungai Lestari "
    "di Kecamatan Tanjung Harapan, Senin (3/3/2025). Jembatan sepanjang 120 meter itu menghubungkan dua desa "
    "yang selama ini hanya terhubung dengan perahu penyeberangan.",
    '"Jembatan ini kami bangun agar anak-anak bisa berangkat sekolah dengan aman dan hasil kebun warga cepat '
    'sampai ke pasar," ujar Andi Wiratama dalam sambutannya.',
    "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Nusa Makmur Ir. Sari Handayani, M.T. menjelaskan "
    "pembangunan jembatan menghabiskan anggaran Rp 48 miliar dan selesai dua bulan lebih cepat dari jadwal.",
    '"Kami menggunakan rangka baja yang tahan korosi sehingga perawatannya lebih murah," kata Sari.',
    "Warga Desa Pulau Harapan, Marta Lestari, menyambut gembira peresmian tersebut. Ia mengatakan perjalanan "
    "ke pusat kecamatan kini hanya memakan waktu sepuluh menit.",
    "Pemerintah provinsi juga menyiapkan penerangan jalan dan trotoar di kedua ujung jembatan yang akan "
    "dikerjakan pada tahun anggaran berikutnya.",
]

NEGATIVE_TITLE = "Warga Keluhkan Jalan Rusak, Pemprov Nusa Makmur Dinilai Lamban"
NEGATIVE_PARAGRAPHS = [
    "Kota Makmur, Warta Makmur - Ratusan warga Kecamatan Bukit Indah mengeluhkan jalan provinsi yang rusak parah "
    "dan berlubang sejak awal tahun. Mereka menilai Gubernur Andi Wiratama lamban menangani kerusakan itu.",
    '"Sudah tiga kali kami melapor, tetapi tidak ada perbaikan sama sekali. Kami kecewa," kata tokoh '
    "masyarakat Bukit Indah, Yusuf Ramli.",
    "Menurut Yusuf, sedikitnya lima pengendara sepeda motor terjatuh di ruas jalan tersebut bulan lalu. "
    "Warga mengancam akan memblokade jalan jika tuntutan mereka diabaikan.",
    "Anggota DPRD Nusa Makmur, Lina Kartika, mengkritik lambannya penanganan dan meminta anggaran perbaikan "
    "segera dicairkan. Kritik itu disampaikan dalam rapat dengar pendapat di gedung dewan.",
]

HEALTH_TITLE = "Puskesmas Keliling Layani Warga Pesisir Nusa Makmur"
HEALTH_PARAGRAPHS = [
    "Pantai Biru (Nusa Pos) - Dinas Kesehatan Provinsi Nusa Makmur mengoperasikan lima unit puskesmas keliling "
    "untuk melayani warga di desa-desa pesisir yang jauh dari fasilitas kesehatan.",
    "Kepala Dinas Kesehatan Provinsi Nusa Makmur dr. Bagus Prasetyo mengatakan layanan meliputi imunisasi, "
    "pemeriksaan ibu hamil, dan pemantauan gizi balita.",
    '"Setiap unit membawa dokter, bidan, dan obat-obatan dasar, dan berkeliling sesuai jadwal yang sudah '
    'diumumkan di kantor desa," ujar Bagus.',
    "Warga menyambut baik layanan ini karena tidak perlu lagi menyeberang ke kota untuk memeriksakan anak.",
]


def html_page(
    title: str,
    paragraphs: list[str],
    *,
    outlet: str = "Warta Makmur",
    date: str = "2025-03-03",
    canonical: str = "",
    extra: str = "",
) -> str:
    """A news-page-like HTML document (navigation, share links and a related box around the story)."""
    canon = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{escape(title)} - {outlet}</title>
<meta property="og:title" content="{escape(title)}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{date}T08:30:00+07:00">{canon}</head>
<body><header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav></header>
<main><article><h1>{escape(title)}</h1><div class="byline">Reporter: Dewi Anggraini | {date}</div>
<div class="content">{body}{extra}</div>
<div class="share">Bagikan: Facebook Twitter WhatsApp</div></article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a">Harga cabai naik jelang panen raya</a></li></ul></aside></main>
<footer>Hak cipta {outlet} 2025. Seluruh hak dilindungi.</footer></body></html>"""


def text_doc(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def rss(items: list[tuple[str, str, str]], *, title: str = "Warta Makmur") -> str:
    """RSS 2.0 with (link, title, pubDate) items."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><pubDate>{d}</pubDate>"
        f"<description>{escape(t)}</description></item>"
        for link, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example.test/</link><description>Berita</description>{entries}</channel></rss>"
    )


def news_sitemap(urls: list[tuple[str, str, str]]) -> str:
    entries = "".join(
        f"<url><loc>{escape(u)}</loc><news:news><news:publication><news:name>Nusa Pos</news:name>"
        f"<news:language>id</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{escape(t)}</news:title></news:news></url>"
        for u, t, d in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>"
    )


def sitemap_index(children: list[tuple[str, str]]) -> str:
    """A sitemap index with (loc, lastmod) children; an empty lastmod leaves <lastmod> out."""
    entries = "".join(
        f"<sitemap><loc>{escape(u)}</loc>{f'<lastmod>{m}</lastmod>' if m else ''}</sitemap>"
        for u, m in children
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + entries
        + "</sitemapindex>"
    )
