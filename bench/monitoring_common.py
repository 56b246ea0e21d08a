"""Shared setup of the monitoring benches: Django on a throw-away database and synthetic news."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Kota Makmur", "Pantai Biru", "Bukit Indah", "Tanjung Harapan", "Sungai Lestari", "Lembah Hijau"]
PEOPLE = [
    ("Andi Wiratama", "Gubernur Nusa Makmur"),
    ("Sari Handayani", "Kepala Dinas PUPR Nusa Makmur"),
    ("Bagus Prasetyo", "Kepala Dinas Kesehatan Nusa Makmur"),
    ("Lina Kartika", "Anggota DPRD Nusa Makmur"),
    ("Yusuf Ramli", "Ketua Forum Warga"),
    ("Rudi Hartono", "Bupati Lembah Hijau"),
]
TOPICS = [
    "jalan provinsi yang rusak",
    "puskesmas keliling",
    "banjir di permukiman",
    "harga beras di pasar",
    "beasiswa pelajar",
    "pembangunan jembatan",
    "vaksinasi balita",
    "anggaran daerah",
    "pelayanan publik",
]
VERBS = ["mengatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menyampaikan"]
POS = ["meresmikan", "meningkatkan", "membantu", "berhasil", "mengapresiasi"]
NEG = ["mengeluhkan", "mengkritik", "kecewa", "lamban", "gagal"]
OUTLETS = ["Warta Makmur", "Nusa Pos", "Harian Pesisir", "Suara Lembah", "Kabar Biru"]


def setup_django(tmp_prefix: str) -> None:
    """SQLite in a temporary folder unless DATABASE_URL is set; migrate."""
    if not os.environ.get("DATABASE_URL"):
        os.environ["HUMPRO_DATA_DIR"] = tempfile.mkdtemp(prefix=tmp_prefix)
    os.environ.setdefault("HUMPRO_MEDIA_ROOT", tempfile.mkdtemp(prefix=tmp_prefix + "media-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "humpro.config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def paragraphs(rng: random.Random, n: int = 9) -> tuple[str, list[str]]:
    topic = rng.choice(TOPICS)
    name, office = rng.choice(PEOPLE)
    place = rng.choice(PLACES)
    mood = rng.choice([POS, NEG])
    title = f"{office} {rng.choice(mood).capitalize()} Soal {topic.title()} di {place}"
    out = [
        f"{place} (Warta) - {office} {name} {rng.choice(mood)} {topic} saat meninjau lokasi, "
        f"Senin ({rng.randint(1, 28)}/{rng.randint(1, 12)}/2025)."
    ]
    for _ in range(n):
        who, what = rng.choice(PEOPLE)
        out.append(
            f'"Kami terus memantau {rng.choice(TOPICS)} bersama warga {rng.choice(PLACES)} agar '
            f'{rng.choice(TOPICS)} dapat ditangani dengan baik dan cepat," {rng.choice(["ujar", "kata"])} '
            f"{who}. Menurut dia, warga {rng.choice(mood)} karena {rng.choice(TOPICS)} "
            f"di {rng.choice(PLACES)} sudah berlangsung {rng.randint(2, 30)} hari dan {rng.choice(VERBS)} "
            f"perlunya koordinasi lintas dinas nomor {rng.randint(1, 10**9)}."
        )
    return title, out


def html(title: str, paras: list[str], outlet: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    nav = "".join(f'<li><a href="/kanal/{i}">Kanal {i}</a></li>' for i in range(60))
    related = "".join(f'<li><a href="/b/{i}">Berita terkait nomor {i} tentang daerah</a></li>' for i in range(25))
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title} - {outlet}</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="2025-03-03T08:00:00+07:00"></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>"
        f'<div class="byline">Reporter: Dewi</div><div class="content">{body}</div></article>'
        f"<aside><h3>Berita Terkait</h3><ul>{related}</ul></aside></main>"
        f"<footer>Hak cipta {outlet}</footer></body></html>"
    )
