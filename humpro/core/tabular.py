"""Reading XLSX/CSV spreadsheets row by row, with problems reported per row and column.

Shared by every import (officials, partner media…): a reader that yields
`(row_number, {header: value})` and an `ImportReport` that collects every
problem in Indonesian before anything is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email


class TabularError(ValueError):
    """The file as a whole cannot be read (wrong type, damaged, empty)."""


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, row: int, column: str, message: str) -> None:
        self.errors.append({"row": row, "column": column, "message": message})

    def warn(self, row: int, column: str, message: str) -> None:
        self.warnings.append({"row": row, "column": column, "message": message})

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows": self.rows,
            "created": self.created,
            "errors": self.errors,
            "warnings": self.warnings,
            "duplicates": self.duplicates,
        }


def normalise_header(value: Any) -> str:
    text = str(value or "").strip().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def read_table(content: bytes, filename: str) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    """Headers and data rows of an .xlsx or .csv file; row numbers as the spreadsheet shows them."""
    name = filename.lower()
    if name.endswith(".xlsx"):
        return _read_xlsx(content)
    if name.endswith(".csv"):
        return _read_csv(content)
    raise TabularError("Jenis berkas tidak didukung: gunakan .xlsx atau .csv.")


def _read_xlsx(content: bytes) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    import openpyxl

    if not content.startswith(b"PK"):
        raise TabularError("Berkas bukan XLSX yang sah (isi berkas tidak sesuai).")
    try:
        wb = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:
        raise TabularError(f"Berkas XLSX tidak dapat dibaca: {exc}") from exc
    ws = wb.worksheets[0]
    rows = ws.iter_rows(values_only=True)
    try:
        headers = [normalise_header(h) for h in next(rows)]
    except StopIteration as exc:
        raise TabularError("Berkas kosong: baris judul kolom tidak ditemukan.") from exc

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, values in enumerate(rows, start=2):
            if values is None or all(v is None or str(v).strip() == "" for v in values):
                continue
            yield number, {h: v for h, v in zip(headers, values, strict=False) if h}

    return headers, gen()


def _read_csv(content: bytes) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    if not text.strip():
        raise TabularError("Berkas kosong: baris judul kolom tidak ditemukan.")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headers = [normalise_header(h) for h in next(reader)]

    def gen() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, values in enumerate(reader, start=2):
            if all(not v.strip() for v in values):
                continue
            yield number, {h: v for h, v in zip(headers, values, strict=False) if h}

    return headers, gen()


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(value: Any) -> dt.date | None:
    """A date from a spreadsheet cell; None when empty; ValueError with an Indonesian message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007 (a calendar date, no time)
        except ValueError:
            continue
    raise ValueError(f"Tanggal tidak valid: {text!r} (gunakan YYYY-MM-DD atau DD/MM/YYYY).")


def check_email(value: str) -> str | None:
    """None if valid (or empty), else an Indonesian message."""
    if not value:
        return None
    try:
        validate_email(value)
    except ValidationError:
        return f"Alamat email tidak valid: {value!r}."
    return None


def check_url(value: str) -> str | None:
    if not value:
        return None
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        return f"URL tidak valid: {value!r} (harus diawali http:// atau https://)."
    return None
