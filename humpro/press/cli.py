"""`humpro press import FILE.xlsx|FILE.csv [--dry-run] [--org SLUG]` (wired in humpro/cli.py).

Prints one JSON report:
{"ok": bool, "rows": N, "created": N, "errors": [{"row", "column", "message"}],
 "duplicates": [{"row", "existing"}]}
and returns 0 when ok, 1 when the file has problems, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO


def _report(
    out: TextIO,
    *,
    ok: bool,
    rows: int = 0,
    created: int = 0,
    errors: list | None = None,
    duplicates: list | None = None,
) -> None:
    out.write(
        json.dumps(
            {
                "ok": ok,
                "rows": rows,
                "created": created,
                "errors": errors or [],
                "duplicates": duplicates or [],
            },
            ensure_ascii=False,
        )
        + "\n"
    )


def _usage_error(out: TextIO, message: str) -> int:
    _report(out, ok=False, errors=[{"row": 0, "column": "", "message": message}])
    return 2


def import_main(argv: list[str], out: TextIO) -> int:
    """Run the import with arguments after `humpro press import`; Django must be set up."""
    parser = argparse.ArgumentParser(prog="humpro press import", exit_on_error=False, add_help=False)
    parser.add_argument("file")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--org", default="")
    try:
        args, extra = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return _usage_error(out, "Pemakaian: humpro press import BERKAS.xlsx|BERKAS.csv [--dry-run] [--org KODE]")
    if extra:
        return _usage_error(out, f"Argumen tidak dikenal: {' '.join(extra)}")

    from humpro.core.audit import acting_as
    from humpro.orgs.models import Organization
    from humpro.press.registry import outlets_import

    if args.org:
        organization = Organization.objects.filter(slug=args.org).first()
        if organization is None:
            return _usage_error(out, f"Organisasi dengan kode {args.org!r} tidak ditemukan.")
    else:
        orgs = list(Organization.objects.all()[:2])
        if len(orgs) != 1:
            return _usage_error(
                out,
                "Ada lebih dari satu organisasi (atau belum ada): sebutkan --org KODE."
                if orgs
                else "Belum ada organisasi: buat organisasi terlebih dahulu.",
            )
        organization = orgs[0]
    path = Path(args.file)
    if not path.is_file():
        return _usage_error(out, f"Berkas tidak ditemukan: {args.file}")
    with acting_as("cli: humpro press import"):
        report = outlets_import(
            organization=organization,
            content=path.read_bytes(),
            filename=path.name,
            dry_run=args.dry_run,
        )
    _report(
        out,
        ok=report.ok,
        rows=report.rows,
        created=report.created,
        errors=report.errors,
        duplicates=report.duplicates,
    )
    return 0 if report.ok else 1
