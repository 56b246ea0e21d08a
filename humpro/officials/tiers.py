"""The officials directory's view of the tata tempat tiers (UU 9/2010), from the protocol engine."""

from __future__ import annotations


def tier_label(code: str) -> str | None:
    from humpro.protocol.law.tiers import get_tier

    tier = get_tier(code)
    return f"{tier.code} — {tier.label}" if tier else None


def is_valid_tier(code: str) -> bool:
    from humpro.protocol.law.tiers import get_tier

    return get_tier(code) is not None


def recognise_tier(title: str, level: str) -> str | None:
    """The tier the law gives `title` on the list of `level`, or None (never guessed)."""
    from humpro.protocol.law.recognize import recognize

    found = recognize(title)
    if found is None:
        return None
    return found.codes.get(level)


def choices() -> list[tuple[str, str]]:
    from humpro.protocol.law.tiers import tier_choices

    return [("", "— belum ditempatkan —"), *tier_choices()]
