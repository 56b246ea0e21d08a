"""Import of 5,000 partner-media outlets from an XLSX, with full validation; target < 30 s.

    .venv/bin/python bench/press_import.py [--outlets 5000] [--existing 213]

On a throw-away SQLite database holding `--existing` outlets (a province's registry), it times:
- dry run: read the XLSX, validate every cell of every row, fuzzy-match every name against the
  registry and the file (rapidfuzz) and every domain;
- import: the same, then create all rows (and their audit entries) in one transaction;
- re-check: a dry run of the same file against the now 5,000+ outlets (every row a duplicate).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = [
    "ka",
    "ra",
    "nu",
    "sa",
    "ma",
    "ti",
    "lo",
    "be",
    "du",
    "gi",
    "pa",
    "re",
    "so",
    "wa",
    "ye",
    "ku",
    "tan",
    "jung",
    "har",
    "pan",
    "sin",
    "dor",
    "mek",
    "lun",
    "bas",
    "rik",
    "tor",
    "gan",
]
KINDS = ["cetak", "siber", "siber", "siber", "tv", "radio", "kantor berita", "media sosial"]
PREFIX = {
    "cetak": "Harian",
    "siber": "Portal",
    "tv": "TV",
    "radio": "Radio",
    "kantor berita": "Kantor Berita",
    "media sosial": "Info",
}


def word(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(3, 4))).capitalize()


def rows(n: int, seed: int) -> list[dict[str, str]]:
    rnd = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < n:
        a, b = word(rnd), word(rnd)
        if a in seen or b in seen:
            continue
        seen.update((a, b))
        kind = rnd.choice(KINDS)
        domain = f"{a.lower()}{b.lower()}.test"
        out.append(
            {
                "nama": f"{PREFIX[kind]} {a} {b}",
                "jenis": kind,
                "badan_hukum": f"PT {a} {b} Media",
                "kbli": {"cetak": "58130", "tv": "60202", "radio": "60102"}.get(kind, "63122"),
                "nomor_akta": str(rnd.randint(1, 99)),
                "tanggal_akta": f"20{rnd.randint(10, 24):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                "sk_kemenkumham": f"AHU-{rnd.randint(1000, 99999)}.AH.01.01.TAHUN 2019",
                "nib": f"91200{rnd.randint(10**7, 10**8 - 1)}",
                "npwp": f"01.{rnd.randint(100, 999)}.{rnd.randint(100, 999)}.{rnd.randint(1, 9)}-"
                f"{rnd.randint(100, 999)}.000",
                "status_dewan_pers": rnd.choice(["belum", "administratif", "faktual"]),
                "tanggal_dewan_pers": f"{rnd.randint(1, 28):02d}/06/2022",
                "bukti_dewan_pers": "",
                "pemimpin_redaksi": f"Pemred {a}",
                "ukw_pemimpin_redaksi": rnd.choice(["belum", "muda", "madya", "utama"]),
                "alamat": f"Jl. {b} No. {rnd.randint(1, 200)}",
                "kota": "Kota Bandar Makmur",
                "telepon": f"0411-{rnd.randint(100000, 999999)}",
                "email": f"redaksi@{domain}",
                "situs_web": f"https://www.{domain}/",
                "rss": f"https://www.{domain}/rss; https://www.{domain}/feed/daerah",
                "sitemap": f"https://www.{domain}/sitemap.xml",
                "media_sosial": f"instagram:@{a.lower()}; https://www.youtube.com/@{b.lower()}",
                "jangkauan": str(rnd.randint(500, 500000)),
                "satuan_jangkauan": rnd.choice(["eksemplar", "kunjungan", "pengikut", "pemirsa"]),
            }
        )
    return out


def xlsx(data: list[dict[str, str]]) -> bytes:
    import openpyxl

    from humpro.press.registry import IMPORT_COLUMNS

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    headers = [c for c in IMPORT_COLUMNS if c != "abaikan_duplikat"]
    ws.append(headers)
    for row in data:
        ws.append([row[h] for h in headers])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--outlets", type=int, default=5000)
    parser.add_argument("--existing", type=int, default=213)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="humpro-bench-press-")
    os.environ["HUMPRO_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "humpro.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from humpro.orgs.models import Organization
    from humpro.press.models import Outlet
    from humpro.press.registry import outlets_import

    org = Organization.objects.create(slug="bench", name="Provinsi Bench", kind="provinsi")
    registry = rows(args.existing + args.outlets, seed=5)
    existing, new = registry[: args.existing], registry[args.existing :]
    report = outlets_import(organization=org, content=xlsx(existing), filename="registry.xlsx", dry_run=False)
    assert report.ok and report.created == args.existing, report.errors[:3]
    content = xlsx(new)
    print(
        f"press import bench: {args.outlets} outlets ({len(content) / 1e6:.1f} MB XLSX, 24 columns), "
        f"{args.existing} already registered"
    )
    for label, dry_run in (
        ("dry run (validate + duplicates)", True),
        ("import (all or nothing)", False),
        ("re-check of the same file", True),
    ):
        started, cpu = time.perf_counter(), time.process_time()
        report = outlets_import(organization=org, content=content, filename="media.xlsx", dry_run=dry_run)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(
            f"  {label:<34} {elapsed:6.2f} s (CPU {cpu:5.2f} s)  rows={report.rows} created={report.created} "
            f"errors={len(report.errors)} duplicates={len(report.duplicates)}"
        )
        if not dry_run:
            assert report.ok and report.created == args.outlets, report.errors[:3]
            assert elapsed < 30, "target: < 30 s"
    print(f"  outlets in the registry: {Outlet.objects.count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
