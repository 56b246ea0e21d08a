"""Command-line helpers behind ``humpro protocol order`` and ``humpro protocol row``.

Both write their result to ``out`` and errors, in Indonesian, to ``err`` (stderr), and
return an exit status: 0 on success, 2 on bad input.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from .order import order_attendees
from .seating import row_order_text
from .tiers import LEVELS

EXIT_OK = 0
EXIT_USAGE = 2


def _fail(err: TextIO, message: str) -> int:
    err.write(f"Kesalahan: {message}\n")
    return EXIT_USAGE


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def order_main(level: str, path: str, out: TextIO, err: TextIO | None = None) -> int:
    """Read a JSON list of attendees from ``path`` ("-" = stdin), print them in order.

    Input items: ``{"name", "position", "represents"?, "spouse_of"?, "tier"?}``. Output: a
    JSON list with ``rank, name, position, tier, basis, unmapped`` and the other fields.
    """
    err = err if err is not None else sys.stderr
    if level not in LEVELS:
        return _fail(err, f"tingkat acara {level!r} tidak dikenal; pilih salah satu: "
                          + ", ".join(LEVELS))
    try:
        raw = _read(path)
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(err, f"berkas {path!r} tidak dapat dibaca ({exc})")
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _fail(err, f"berkas {path!r} bukan JSON yang sah "
                          f"(baris {exc.lineno}, kolom {exc.colno}: {exc.msg})")
    if not isinstance(data, list):
        return _fail(err, "isi berkas harus berupa daftar (JSON array) peserta, "
                          'misalnya [{"name": "...", "position": "..."}]')
    try:
        placed = order_attendees(data, level)
    except ValueError as exc:
        return _fail(err, str(exc))
    result = [p.to_dict() for p in placed]
    out.write(json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n")
    return EXIT_OK


def row_main(n: int, out: TextIO, err: TextIO | None = None) -> int:
    """Print the seat order of a row of ``n`` seats, e.g. ``5-3-1-2-4``."""
    err = err if err is not None else sys.stderr
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        return _fail(err, f"jumlah kursi harus bilangan bulat >= 1 (diberikan: {n!r})")
    out.write(row_order_text(n) + "\n")
    return EXIT_OK
