"""Command-line runner: ``humpro monitoring extract PATH...`` -> one JSON object per line."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from . import extract_file

SUFFIXES = (".html", ".htm", ".txt")


def iter_files(paths: list[str]) -> Iterator[Path]:
    """Files given directly, plus .html/.htm/.txt files found recursively in folders (sorted)."""
    for item in paths:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES):
                        yield Path(root) / name
        else:
            yield p


def run(paths: list[str], out: TextIO) -> int:
    """Extract every file and print JSON lines to ``out``; 0 if all succeeded, 1 otherwise."""
    failed = False
    for path in iter_files(paths):
        try:
            if not path.is_file():
                raise FileNotFoundError(str(path))
            result = extract_file(path)
        except (OSError, ValueError) as exc:
            failed = True
            reason = (
                "berkas tidak ditemukan"
                if isinstance(exc, FileNotFoundError)
                else "berkas tidak dapat dibaca"
            )
            result = {"file": str(path), "error": f"{reason}: {exc.__class__.__name__}"}
        except Exception as exc:  # extraction bug: report and keep going
            failed = True
            result = {
                "file": str(path),
                "error": f"gagal mengekstrak berkas: {exc.__class__.__name__}: {exc}",
            }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.stderr.write(
            "pemakaian: python -m humpro.monitoring.extract.cli BERKAS_ATAU_FOLDER...\n"
        )
        return 2
    return run(args, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
