"""Template filters of the press module: Rupiah amounts and subtraction."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import template

from humpro.press.contracts import rupiah

register = template.Library()


@register.filter
def rp(value: Any) -> str:
    try:
        return rupiah(Decimal(value))
    except (InvalidOperation, TypeError, ValueError):
        return "—"


@register.filter
def sub(value: Any, other: Any) -> Any:
    try:
        return Decimal(value) - Decimal(other)
    except (InvalidOperation, TypeError, ValueError):
        return ""
