"""Demo media monitoring: a few news pages from fictional outlets, stored through the monitoring
app's own bulk-upload service (extractor, tone, officials, index). No feed source is registered,
so the worker never fetches anything from the network."""

from __future__ import annotations

import datetime as dt

from humpro.demo.common import today
from humpro.monitoring.models import Article
from humpro.monitoring.services import ingest_files
from humpro.orgs.models import Organization

PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} - {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:00:00+08:00">
<link rel="canonical" href="{url}">
</head><body><article>
<h1>{title}</h1>
<p class="byline">Reporter: {reporter}</p>
{paragraphs}
</article></body></html>
"""
# outlet, domain, slug, title, reporter, days ago, paragraphs
ARTICLES = [
    ("Warta Nusa", "wartanusa.example", "gubernur-luncurkan-beasiswa", "Gubernur Luncurkan Beasiswa untuk 250 "
     "Mahasiswa Nusa Makmur", "Rina Kartika", 1, [
         "BANDAR MAKMUR - Gubernur Nusa Makmur Arman Syahputra meluncurkan Program Beasiswa Nusa Makmur Cerdas "
         "bagi 250 mahasiswa dari keluarga kurang mampu di Aula Universitas Nusa Makmur.",
         "\u201cPendidikan adalah jalan paling pasti untuk memutus kemiskinan,\u201d kata Arman Syahputra.",
         "Program ini mencakup biaya kuliah dan biaya hidup selama empat tahun. Warga menyambut baik "
         "program yang dinilai sangat membantu dan tepat sasaran."]),
    ("BandarNews", "bandarnews.example", "harga-beras-naik-warga-mengeluh", "Harga Beras Naik, Warga Bandar "
     "Makmur Mengeluh Operasi Pasar Terlambat", "Dimas Prakoso", 0, [
         "BANDAR MAKMUR - Harga beras medium di Pasar Rakyat Cakra naik menjadi Rp15.500 per kilogram. "
         "Sejumlah warga mengeluhkan operasi pasar murah yang dinilai terlambat dan kurang merata.",
         "Wakil Gubernur Nusa Makmur Lestari Handayani dijadwalkan meninjau operasi pasar murah hari ini.",
         "Pedagang menyebut pasokan dari daerah sentra berkurang akibat gagal panen dan cuaca buruk."]),
    ("Tanjung Harapan Online", "tanjungharapanonline.example", "jembatan-sukamaju-diresmikan", "Jembatan Desa "
     "Sukamaju Diresmikan, Waktu Tempuh ke Pasar Kecamatan Terpangkas", "Lina Marlina", 0, [
         "TANJUNG HARAPAN - Bupati Tanjung Harapan Budi Hermawan meresmikan Jembatan Desa Sukamaju yang "
         "menghubungkan tiga dusun dengan pusat kecamatan.",
         "Jembatan sepanjang 60 meter itu dibangun dengan dana bantuan keuangan Pemerintah Provinsi Nusa Makmur.",
         "Warga berharap jembatan ini mempercepat pengangkutan hasil panen ke pasar."]),
]


def seed_monitoring(org: Organization) -> None:
    files = []
    for outlet, domain, slug, title, reporter, days_ago, paragraphs in ARTICLES:
        if Article.objects.filter(organization=org, title=title).exists():
            continue
        date = today(org) - dt.timedelta(days=days_ago)
        html = PAGE.format(title=title, outlet=outlet, date=date.isoformat(), url=f"https://{domain}/berita/{slug}",
                           reporter=reporter, paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))
        files.append((f"{slug}.html", html.encode()))
    if files:
        ingest_files(organization=org, files=files)
