"""Clash check of one new agenda item against an agenda of 10,000 items; target < 50 ms.

    .venv/bin/python bench/agenda_clash.py [--items 10000] [--runs 30]

Two figures (median and p95, milliseconds):
- engine: `humpro.agenda.clash.find_clashes` of one new entry against ALL 10,000 entries in
  memory (worst case: no time-window pre-filter);
- service: `humpro.agenda.selectors.check_entry` as the web form / API call it, on a throw-away
  SQLite database holding 10,000 items (window query + assignments prefetch + engine).
The agenda: 5 leaders over ~3 years, 8 venues with coordinates, some all-day, multi-day,
WITA items, cancelled items and assigned aides; the new item lands on a busy day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
VENUES = [(f"Gedung {i}", -3.0 + i * 0.05, 104.7 - i * 0.04) for i in range(8)]


def timed(fn, runs: int) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1], result


def plan(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    base = dt.datetime(2025, 1, 1, tzinfo=WIB)
    rows = []
    for i in range(n):
        day = base + dt.timedelta(days=rnd.randrange(0, 1100))
        start = day.replace(hour=rnd.choice([7, 8, 9, 10, 13, 14, 15, 19]), minute=rnd.choice([0, 30]))
        hours = rnd.choice([1, 1, 2, 2, 3])
        venue = VENUES[rnd.randrange(len(VENUES))]
        rows.append(
            {
                "title": f"Acara {i}",
                "leader": rnd.randrange(5),
                "start": start,
                "end": start + dt.timedelta(hours=hours, days=1 if i % 97 == 0 else 0),
                "all_day": i % 53 == 0,
                "timezone": "Asia/Makassar" if i % 11 == 0 else "Asia/Jakarta",
                "venue": venue,
                "cancelled": i % 17 == 0,
                "aide": i % 3 == 0,
            }
        )
    return rows


def busy_start(rows: list[dict]) -> dt.datetime:
    """Half an hour into a confirmed same-day item of leader 0 (so clashes exist)."""
    row = next(
        r
        for r in rows
        if r["leader"] == 0
        and not (r["cancelled"] or r["all_day"])
        and r["end"].date() == r["start"].date()
        and r["timezone"] == "Asia/Jakarta"
    )
    return row["start"] + dt.timedelta(minutes=30)


def engine_bench(rows: list[dict], runs: int) -> None:
    from humpro.agenda.clash import Entry, Person, Rules, find_clashes

    built = time.perf_counter()
    entries = [
        Entry(
            id=i,
            title=r["title"],
            start=r["start"],
            end=r["end"],
            timezone=r["timezone"],
            all_day=r["all_day"],
            venue=r["venue"][0],
            latitude=r["venue"][1],
            longitude=r["venue"][2],
            people=(Person(f"official:{r['leader']}", f"Pimpinan {r['leader']}"),)
            + ((Person("user:1", "Ajudan", "Ajudan"),) if r["aide"] else ()),
            cancelled=r["cancelled"],
        )
        for i, r in enumerate(rows)
    ]
    print(
        f"engine : built {len(rows)} entries (spans precomputed once) in {(time.perf_counter() - built) * 1000:.0f} ms"
    )
    start = busy_start(rows)
    new = Entry(
        id=None,
        title="Rakor baru",
        start=start,
        end=start + dt.timedelta(hours=2),
        venue="Gedung 3",
        latitude=VENUES[3][1],
        longitude=VENUES[3][2],
        people=(Person("official:0", "Gubernur"), Person("user:1", "Ajudan")),
    )
    median, p95, clashes = timed(lambda: find_clashes(new, entries, Rules()), runs)
    print(
        f"engine : {len(entries)} entries in memory, {len(clashes)} clashes found — "  # type: ignore[arg-type]
        f"median {median:.1f} ms, p95 {p95:.1f} ms"
    )


def service_bench(rows: list[dict], runs: int) -> None:
    tmp = tempfile.mkdtemp(prefix="humpro-bench-agenda-")
    os.environ["HUMPRO_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "humpro.config.settings"
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from humpro.agenda.clash import Entry, Person
    from humpro.agenda.models import AgendaAssignment, AgendaItem
    from humpro.agenda.selectors import check_entry
    from humpro.officials.models import Official
    from humpro.orgs.models import Organization

    org = Organization.objects.create(slug="bench", name="Provinsi Bench", kind="provinsi")
    aide = get_user_model().objects.create_user("ajudan")
    leaders = Official.objects.bulk_create([Official(organization=org, name=f"Pimpinan {i}") for i in range(5)])
    started = time.perf_counter()
    items = AgendaItem.objects.bulk_create(
        [
            AgendaItem(
                organization=org,
                title=r["title"],
                start=r["start"],
                end=r["end"],
                all_day=r["all_day"],
                timezone=r["timezone"],
                venue_name=r["venue"][0],
                latitude=r["venue"][1],
                longitude=r["venue"][2],
                leader=leaders[r["leader"]],
                status="dibatalkan" if r["cancelled"] else "terkonfirmasi",
            )
            for r in rows
        ],
        batch_size=1000,
    )
    AgendaAssignment.objects.bulk_create(
        [
            AgendaAssignment(organization=org, item=item, user=aide, role="ajudan")
            for item, r in zip(items, rows, strict=True)
            if r["aide"]
        ],
        batch_size=1000,
    )
    print(f"filled {len(items)} items in {time.perf_counter() - started:.1f} s ({tmp})")
    start = busy_start(rows)
    new = Entry(
        id=None,
        title="Rakor baru",
        start=start,
        end=start + dt.timedelta(hours=2),
        venue="Gedung 3",
        latitude=VENUES[3][1],
        longitude=VENUES[3][2],
        people=(
            Person(f"official:{leaders[0].pk}", "Gubernur"),
            Person(f"user:{aide.pk}", "Ajudan"),
        ),
    )
    median, p95, clashes = timed(lambda: check_entry(organization=org, new=new), runs)
    print(
        f"service: {len(items)} items in SQLite, {len(clashes)} clashes found — "  # type: ignore[arg-type]
        f"median {median:.1f} ms, p95 {p95:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    rows = plan(args.items)
    engine_bench(rows, args.runs)
    service_bench(rows, args.runs)
    print("target: < 50 ms")


if __name__ == "__main__":
    main()
