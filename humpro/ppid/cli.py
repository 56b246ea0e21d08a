"""`humpro ppid deadline --received YYYY-MM-DD [--extended] [--objection] [--org SLUG]`.

Prints JSON {"received", "due", "extended_due", "working_days"}; `--objection` puts the
30-working-day objection clock in "due". Needs Django set up (the caller does it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TextIO

EXIT_OK = 0
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="humpro ppid deadline", description="Batas waktu layanan informasi (UU 14/2008)"
    )
    parser.add_argument("--received", required=True, help="tanggal diterima, YYYY-MM-DD")
    parser.add_argument("--extended", action="store_true", help="dengan perpanjangan 7 hari kerja")
    parser.add_argument("--objection", action="store_true", help="jam keberatan (30 hari kerja)")
    parser.add_argument("--org", help="kode organisasi (kalender dan libur tambahannya)")
    return parser


def deadline_main(argv: list[str], out: TextIO, err: TextIO | None = None) -> int:
    from humpro.core.workdays import calendar_for
    from humpro.orgs.models import Organization
    from humpro.ppid import clock

    err = err if err is not None else sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except ValueError as exc:
        err.write(f"Kesalahan: {exc}\n")
        return EXIT_USAGE
    try:
        received = dt.date.fromisoformat(args.received)
    except ValueError:
        err.write(
            f"Kesalahan: tanggal --received tidak valid: {args.received!r} (format YYYY-MM-DD).\n"
        )
        return EXIT_USAGE
    if args.extended and args.objection:
        err.write("Kesalahan: --extended tidak berlaku untuk --objection.\n")
        return EXIT_USAGE
    org = None
    if args.org:
        org = Organization.objects.filter(slug=args.org).first()
        if org is None:
            err.write(f"Kesalahan: organisasi {args.org!r} tidak ditemukan.\n")
            return EXIT_USAGE
    cal = calendar_for(org)
    if args.objection:
        deadline = clock.objection_deadline(cal, received)
    else:
        deadline = clock.request_deadline(cal, received, extended=args.extended)
    out.write(json.dumps(deadline.as_dict()) + "\n")
    return EXIT_OK
