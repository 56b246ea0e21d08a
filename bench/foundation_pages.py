"""Render time of the officials list and the dashboard with 10,000 officials on SQLite.

    .venv/bin/python bench/foundation_pages.py [--officials 10000] [--runs 30]

Creates a throw-away SQLite database in a temporary folder, fills it, then requests each page
through Django's test client (full middleware, templates, queries) and prints the median and
p95 in milliseconds. Target (issue 2): median < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officials", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="humpro-bench-")
    os.environ["HUMPRO_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "humpro.config.settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    from humpro.officials.models import Level, Office, Official
    from humpro.orgs.models import Membership, Organization
    from humpro.orgs.roles import Role

    org = Organization.objects.create(slug="bench", name="Provinsi Bench", kind="provinsi")
    user = get_user_model().objects.create_user("bench", password="bench-only")  # noqa: S106
    for role in (Role.ADMIN, Role.HEAD, Role.PROTOCOL):
        Membership.objects.create(user=user, organization=org, role=role)
    titles = ["Kepala Dinas Pendidikan Provinsi Bench", "Kapolda Bench", "Anggota DPRD Provinsi Bench",
              "Camat Sukamaju", "Kepala Bagian Umum"]
    started = time.perf_counter()
    officials = Official.objects.bulk_create(
        [Official(organization=org, name=f"Pejabat {i:05d}") for i in range(args.officials)], batch_size=1000)
    Office.objects.bulk_create(
        [Office(organization=org, official=o, title=titles[i % 5], level=Level.PROVINCE,
                tier="10.1.p" if i % 5 else "") for i, o in enumerate(officials)], batch_size=1000)
    print(f"filled {args.officials} officials in {time.perf_counter() - started:.1f} s ({tmp})")
    client = Client()
    client.force_login(user)
    pages = {
        "dashboard": "/o/bench/",
        "officials list": "/o/bench/pejabat/",
        "officials list page 100": "/o/bench/pejabat/?hal=100",
        "officials search": "/o/bench/pejabat/?q=Kapolda",
    }
    for name, url in pages.items():
        assert client.get(url).status_code == 200
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"{name:<26} median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms")


if __name__ == "__main__":
    main()
