"""Eligibility of an outlet for a cooperation contract, as pure functions.

`check_outlet(outlet, policy, on=date)` takes plain attribute holders (an `Outlet` and an
`EligibilityPolicy`, or any object with the same attribute names) and returns one `Check` per
rule the policy enables, each explained in Indonesian. No database access.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Protocol

DEWAN_PERS_RANK = {"none": 0, "administratif": 1, "faktual": 2}
DEWAN_PERS_LABEL = {
    "none": "belum terverifikasi",
    "administratif": "terverifikasi administratif",
    "faktual": "terverifikasi faktual",
}


class OutletLike(Protocol):
    name: str
    media_type: str
    legal_name: str
    deed_number: str
    sk_kemenkumham: str
    nib: str
    npwp: str
    dewan_pers_status: str
    dewan_pers_date: dt.date | None
    chief_editor: str
    chief_editor_ukw: str


class PolicyLike(Protocol):
    min_dewan_pers: str
    require_ukw_utama: bool
    require_legal_entity: bool
    require_nib: bool
    require_npwp: bool
    grace_until: dt.date | None


@dataclass(frozen=True)
class Check:
    key: str
    passed: bool
    message: str
    blocking: bool = True  # False: a note only (e.g. during the grace period)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _in_grace(policy: PolicyLike, on: dt.date) -> bool:
    return policy.grace_until is not None and on <= policy.grace_until


def check_dewan_pers(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> Check:
    required = policy.min_dewan_pers
    have = outlet.dewan_pers_status or "none"
    passed = DEWAN_PERS_RANK.get(have, 0) >= DEWAN_PERS_RANK.get(required, 0)
    if passed:
        when = f" sejak {outlet.dewan_pers_date:%d/%m/%Y}" if outlet.dewan_pers_date else ""
        return Check(
            "dewan_pers",
            True,
            f"Status Dewan Pers: {DEWAN_PERS_LABEL[have]}{when}; syarat minimal "
            f"{DEWAN_PERS_LABEL[required]} terpenuhi.",
        )
    grace = _in_grace(policy, on)
    note = f" Masa tenggang berlaku sampai {policy.grace_until:%d/%m/%Y}, jadi ini hanya catatan." if grace else ""
    return Check(
        "dewan_pers",
        False,
        f"Status Dewan Pers: {DEWAN_PERS_LABEL.get(have, have)}; organisasi "
        f"mensyaratkan minimal {DEWAN_PERS_LABEL[required]}.{note}",
        blocking=not grace,
    )


def check_chief_editor_ukw(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> Check:
    if outlet.chief_editor_ukw == "utama" and outlet.chief_editor:
        return Check("ukw_utama", True, f"Pemimpin redaksi {outlet.chief_editor} bersertifikat UKW Utama.")
    who = outlet.chief_editor or "belum dicatat"
    level = {"none": "belum UKW", "muda": "UKW Muda", "madya": "UKW Madya"}.get(outlet.chief_editor_ukw, "belum UKW")
    grace = _in_grace(policy, on)
    note = f" Masa tenggang berlaku sampai {policy.grace_until:%d/%m/%Y}, jadi ini hanya catatan." if grace else ""
    return Check(
        "ukw_utama",
        False,
        f"Pemimpin redaksi ({who}) {level}; syarat: UKW jenjang Utama "
        f"(Peraturan Dewan Pers tentang Standar Kompetensi Wartawan).{note}",
        blocking=not grace,
    )


def check_legal_entity(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> Check:
    missing = [
        label
        for label, value in (
            ("nama badan hukum", outlet.legal_name),
            ("nomor akta pendirian", outlet.deed_number),
            ("nomor SK Kemenkumham", outlet.sk_kemenkumham),
        )
        if not value
    ]
    if not missing:
        return Check(
            "legal_entity",
            True,
            f"Berbadan hukum: {outlet.legal_name} (akta {outlet.deed_number}, SK Kemenkumham {outlet.sk_kemenkumham}).",
        )
    return Check("legal_entity", False, f"Badan hukum belum lengkap: {', '.join(missing)} belum dicatat.")


def check_nib(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> Check:
    if outlet.nib:
        return Check("nib", True, f"NIB tercatat: {outlet.nib}.")
    return Check("nib", False, "NIB (Nomor Induk Berusaha) belum dicatat.")


def check_npwp(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> Check:
    if outlet.npwp:
        return Check("npwp", True, f"NPWP tercatat: {outlet.npwp}.")
    return Check("npwp", False, "NPWP badan usaha belum dicatat.")


def check_outlet(outlet: OutletLike, policy: PolicyLike, on: dt.date) -> list[Check]:
    """Every rule the policy enables, in a fixed order."""
    checks = []
    if policy.min_dewan_pers and policy.min_dewan_pers != "none":
        checks.append(check_dewan_pers(outlet, policy, on))
    if policy.require_ukw_utama:
        checks.append(check_chief_editor_ukw(outlet, policy, on))
    if policy.require_legal_entity:
        checks.append(check_legal_entity(outlet, policy, on))
    if policy.require_nib:
        checks.append(check_nib(outlet, policy, on))
    if policy.require_npwp:
        checks.append(check_npwp(outlet, policy, on))
    return checks


def is_eligible(checks: list[Check]) -> bool:
    return all(c.passed or not c.blocking for c in checks)


def failures(checks: list[Check]) -> list[Check]:
    return [c for c in checks if not c.passed and c.blocking]
