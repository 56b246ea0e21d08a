"""PPID clock and register figures.

    .venv/bin/python bench/ppid_clock.py [--requests 2000] [--runs 5]

Three figures (median, milliseconds):
- clock: 10,000 `request_deadline(..., extended=True)` computations on the national calendar
  (received dates spread over 2025–2027, across Idul Fitri and year ends);
- reminders: one `deadline_reminders` pass over N open requests on a throw-away SQLite database
  (the hourly scheduled job; the second pass measures the deduplicated steady state);
- report: `report_data` (Perki 1/2021 Pasal 56 figures) for a year with N requests.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="humpro-bench-ppid-")
    os.environ["HUMPRO_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "humpro.config.settings"
    os.environ["HUMPRO_EMAIL_BACKEND"] = "locmem"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    from humpro.core.workdays import WorkCalendar, calendar_for
    from humpro.orgs.models import Membership, Organization
    from humpro.ppid import clock
    from humpro.ppid.models import InformationRequest
    from humpro.ppid.reminders import deadline_reminders
    from humpro.ppid.reports import report_data

    rnd = random.Random(7)
    cal = WorkCalendar()
    days = [dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randrange(0, 1095)) for _ in range(10_000)]
    clock_ms, _ = timed(lambda: [clock.request_deadline(cal, d, extended=True) for d in days], args.runs)

    org = Organization.objects.create(slug="bench", name="Provinsi Bench", kind="provinsi")
    user = get_user_model().objects.create_user(username="ppid", email="ppid@bench.test")
    Membership.objects.create(user=user, organization=org, role="ppid")
    head = get_user_model().objects.create_user(username="head", email="head@bench.test")
    Membership.objects.create(user=head, organization=org, role="head")
    org_cal = calendar_for(org)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(args.requests):
        received_on = now.date() - dt.timedelta(days=rnd.randrange(0, 25))
        received_at = dt.datetime.combine(received_on, dt.time(3, 0), tzinfo=dt.UTC)
        rows.append(
            InformationRequest(
                organization=org,
                number=f"PPID-{received_on.year}-{i:05d}",
                year=received_on.year,
                sequence=i,
                tracking_code_hash="x" * 64,
                received_at=received_at,
                received_on=received_on,
                channel="web",
                requester_name=f"Pemohon {i}",
                nik="7371031505900001",
                address="Jl. Uji",
                phone="0812345678",
                information="Data uji",
                purpose="Uji",
                due_on=clock.request_due(org_cal, received_on),
            )
        )
    InformationRequest.objects.bulk_create(rows, batch_size=500)
    first_ms, queued = timed(deadline_reminders, 1)
    steady_ms, _ = timed(deadline_reminders, args.runs)
    year = now.year
    report_ms, data = timed(lambda: report_data(org, dt.date(year, 1, 1), dt.date(year, 12, 31)), args.runs)
    print(f"clock: 10,000 deadlines in {clock_ms:.1f} ms ({clock_ms / 10:.1f} µs each)")
    print(
        f"reminders: {args.requests} open requests, first pass {first_ms:.0f} ms ({queued} messages queued), "
        f"steady pass {steady_ms:.0f} ms"
    )
    print(f"report: {data['total']} requests in the year, {report_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
