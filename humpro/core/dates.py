"""Indonesian calendar words for text built outside templates (WhatsApp text, documents, titles).

Templates use Django's `date` filter, which is already Indonesian; these serve plain strings
that must be Indonesian whatever the UI language is.
"""

from __future__ import annotations

import datetime as dt

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def long_date(day: dt.date) -> str:
    """ "Senin, 16 Maret 2026"."""
    return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
