"""Writes for cooperation contracts: eligibility policy, budget lines, contracts with quotas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from humpro.orgs.models import Organization
from humpro.press.eligibility import Check, check_outlet, failures
from humpro.press.models import (
    BudgetLine,
    Contract,
    Deliverable,
    DeliverableKind,
    DeliverableTransition,
    EligibilityPolicy,
    Outlet,
    Quota,
)


def policy_for(organization: Organization) -> EligibilityPolicy:
    """The organization's policy, or the default one (unsaved) when none was set."""
    return EligibilityPolicy.objects.filter(organization=organization).first() or EligibilityPolicy(
        organization=organization
    )


def eligibility_for(outlet: Outlet, on: dt.date | None = None) -> list[Check]:
    return check_outlet(outlet, policy_for(outlet.organization), on or timezone.localdate())


def rupiah(value: Decimal | int | float) -> str:
    return "Rp" + f"{Decimal(value):,.0f}".replace(",", ".")


@dataclass(frozen=True)
class QuotaSpec:
    kind: str
    quantity: int
    period: str
    unit_price: Decimal


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return dt.date(day.year + index // 12, index % 12 + 1, 1)


def periods(start: dt.date, end: dt.date, period: str) -> list[tuple[dt.date, dt.date]]:
    """The (first day, last day) of each month/quarter of [start, end], clipped to it."""
    if period == Quota.Period.CONTRACT:
        return [(start, end)]
    step = 1 if period == Quota.Period.MONTH else 3
    cursor = _month_start(start)
    if step == 3:
        cursor = cursor.replace(month=(cursor.month - 1) // 3 * 3 + 1)
    out = []
    while cursor <= end:
        following = _add_months(cursor, step)
        out.append((max(cursor, start), min(following - dt.timedelta(days=1), end)))
        cursor = following
    return out


def quota_total(spec: QuotaSpec, start: dt.date, end: dt.date) -> int:
    return spec.quantity * len(periods(start, end, spec.period))


def _validate(
    *,
    organization: Organization,
    outlet: Outlet,
    budget_line: BudgetLine,
    number: str,
    value: Decimal,
    start_date: dt.date,
    end_date: dt.date,
    quotas: list[QuotaSpec],
    override_reason: str,
    checks: list[Check],
) -> list[str]:
    problems = []
    if outlet.organization_id != organization.pk or budget_line.organization_id != organization.pk:
        problems.append("Media atau mata anggaran bukan milik organisasi ini.")
    if not outlet.is_active:
        problems.append(f"{outlet.name} tidak aktif di daftar media mitra.")
    if end_date < start_date:
        problems.append("Tanggal selesai tidak boleh sebelum tanggal mulai.")
    if start_date.year != budget_line.fiscal_year or end_date.year != budget_line.fiscal_year:
        problems.append(f"Periode kontrak harus di dalam tahun anggaran {budget_line.fiscal_year}.")
    if value <= 0:
        problems.append("Nilai kontrak harus lebih dari nol.")
    if Contract.objects.filter(organization=organization, number=number).exists():
        problems.append(f"Nomor SPK {number!r} sudah dipakai kontrak lain.")
    committed = budget_line.committed()
    if committed + value > budget_line.ceiling:
        problems.append(
            f"Pagu {budget_line.code} tidak cukup: pagu {rupiah(budget_line.ceiling)}, sudah "
            f"terikat {rupiah(committed)}, sisa {rupiah(budget_line.ceiling - committed)}, "
            f"nilai kontrak {rupiah(value)}."
        )
    if not quotas:
        problems.append("Tentukan minimal satu kuota keluaran (berita, advertorial, banner, atau spot).")
    for spec in quotas:
        if spec.kind not in DeliverableKind.values:
            problems.append(f"Jenis keluaran tidak dikenal: {spec.kind!r}.")
        if spec.period not in Quota.Period.values:
            problems.append(f"Periode kuota tidak dikenal: {spec.period!r}.")
        if spec.quantity < 1 or spec.quantity > 500:
            problems.append("Jumlah kuota per periode harus 1–500.")
        if spec.unit_price < 0:
            problems.append("Harga satuan tidak boleh negatif.")
    if not problems:
        planned = sum(quota_total(s, start_date, end_date) * s.unit_price for s in quotas)
        if planned > value:
            problems.append(
                f"Jumlah kuota × harga satuan ({rupiah(planned)}) melebihi nilai kontrak ({rupiah(value)})."
            )
    blocking = failures(checks)
    if blocking and not override_reason.strip():
        problems.extend(f"Syarat tidak terpenuhi — {c.message}" for c in blocking)
        problems.append("Kontrak hanya dapat dibuat dengan alasan pengecualian yang dicatat.")
    return problems


@transaction.atomic
def contract_create(
    *,
    organization: Organization,
    outlet: Outlet,
    budget_line: BudgetLine,
    number: str,
    title: str,
    value: Decimal,
    start_date: dt.date,
    end_date: dt.date,
    quotas: list[QuotaSpec],
    override_reason: str = "",
) -> Contract:
    """Create a contract after the eligibility, ceiling and quota checks, with its deliverables."""
    # Lock the budget line so two contracts cannot both take the last of the ceiling.
    budget_line = BudgetLine.objects.select_for_update().get(pk=budget_line.pk)
    checks = eligibility_for(outlet, start_date)
    problems = _validate(
        organization=organization,
        outlet=outlet,
        budget_line=budget_line,
        number=number,
        value=value,
        start_date=start_date,
        end_date=end_date,
        quotas=quotas,
        override_reason=override_reason,
        checks=checks,
    )
    if problems:
        raise ValidationError(problems)
    contract = Contract.objects.create(
        organization=organization,
        outlet=outlet,
        budget_line=budget_line,
        fiscal_year=budget_line.fiscal_year,
        number=number,
        title=title,
        value=value,
        start_date=start_date,
        end_date=end_date,
        eligibility=[c.as_dict() for c in checks],
        override_reason=override_reason.strip() if failures(checks) else "",
    )
    rows = []
    for spec in quotas:
        quota = Quota.objects.create(
            organization=organization,
            contract=contract,
            kind=spec.kind,
            quantity=spec.quantity,
            period=spec.period,
            unit_price=spec.unit_price,
        )
        for first, last in periods(start_date, end_date, spec.period):
            rows.extend(
                Deliverable(
                    organization=organization,
                    contract=contract,
                    quota=quota,
                    kind=spec.kind,
                    sequence=i,
                    period_start=first,
                    due_date=last,
                )
                for i in range(1, spec.quantity + 1)
            )
    Deliverable.objects.bulk_create(rows, batch_size=500)
    return contract


@transaction.atomic
def contract_set_status(*, contract: Contract, status: str) -> Contract:
    if status not in Contract.Status.values:
        raise ValidationError("Status kontrak tidak dikenal.")
    if status == Contract.Status.CANCELLED and contract.payments.exclude(status="rejected").exists():
        raise ValidationError("Kontrak yang sudah punya pengajuan pembayaran tidak dapat dibatalkan.")
    contract.status = status
    contract.save()
    return contract


@transaction.atomic
def budget_line_save(
    *,
    organization: Organization,
    fiscal_year: int,
    code: str,
    name: str,
    ceiling: Decimal,
    line: BudgetLine | None = None,
) -> BudgetLine:
    if ceiling <= 0:
        raise ValidationError("Pagu harus lebih dari nol.")
    if line is not None and ceiling < line.committed():
        raise ValidationError(f"Pagu tidak boleh di bawah nilai yang sudah terikat ({rupiah(line.committed())}).")
    clash = BudgetLine.objects.filter(organization=organization, fiscal_year=fiscal_year, code=code)
    if line is not None:
        clash = clash.exclude(pk=line.pk)
    if clash.exists():
        raise ValidationError(f"Kode rekening {code} sudah ada untuk tahun {fiscal_year}.")
    line = line or BudgetLine(organization=organization)
    line.fiscal_year, line.code, line.name, line.ceiling = fiscal_year, code, name, ceiling
    line.save()
    return line


def record_transition(deliverable: Deliverable, to_status: str, *, actor: object, note: str = "") -> None:
    DeliverableTransition.objects.create(
        deliverable=deliverable,
        from_status=deliverable.status,
        to_status=to_status,
        note=note,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
    )
    deliverable.status = to_status
