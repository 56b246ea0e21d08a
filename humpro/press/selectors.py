"""Reads: registry lists, quota accounting, realisation and evaluation per outlet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from humpro.orgs.models import Organization
from humpro.press import hooks
from humpro.press.hooks import Coverage
from humpro.press.models import (
    BudgetLine,
    Contract,
    Deliverable,
    Outlet,
    PaymentRequest,
    Proof,
    Quota,
)

V = Deliverable.Status


def outlets_list(
    *, organization: Organization, q: str = "", media_type: str = "", dewan_pers: str = ""
) -> QuerySet[Outlet]:
    qs = Outlet.objects.for_org(organization).search(q)
    if media_type:
        qs = qs.filter(media_type=media_type)
    if dewan_pers:
        qs = qs.filter(dewan_pers_status=dewan_pers)
    return qs


@dataclass
class QuotaLine:
    quota: Quota
    contracted: int = 0
    due: int = 0  # slots whose period has ended by `on`
    submitted: int = 0
    verified: int = 0
    returned: int = 0
    on_time: int = 0

    @property
    def pending(self) -> int:
        return self.contracted - self.verified - self.submitted

    @property
    def late(self) -> int:
        """Slots whose period has ended without a verified proof."""
        return max(self.due - self.verified_due, 0)

    verified_due: int = 0


def quota_summary(contract: Contract, on: dt.date | None = None) -> list[QuotaLine]:
    """Per quota: contracted, due so far, submitted, verified (on time) and returned counts."""
    on = on or timezone.localdate()
    lines = {q.pk: QuotaLine(q) for q in contract.quotas.all()}
    rows = contract.deliverables.values("quota_id", "status", "due_date", "on_time")
    for row in rows:
        line = lines[row["quota_id"]]
        line.contracted += 1
        is_due = row["due_date"] < on
        line.due += is_due
        if row["status"] == V.SUBMITTED:
            line.submitted += 1
        elif row["status"] == V.VERIFIED:
            line.verified += 1
            line.verified_due += is_due
            line.on_time += bool(row["on_time"])
        elif row["status"] == V.RETURNED:
            line.returned += 1
    return list(lines.values())


@dataclass
class Realisation:
    value: Decimal
    verified_value: Decimal
    requested_value: Decimal
    paid_value: Decimal
    contracted: int
    verified: int
    on_time: int

    @property
    def percent(self) -> int:
        return round(100 * self.verified / self.contracted) if self.contracted else 0


def contract_realisation(contract: Contract) -> Realisation:
    verified = contract.deliverables.filter(status=V.VERIFIED)
    payments = contract.payments.exclude(status=PaymentRequest.Status.REJECTED)
    return Realisation(
        value=contract.value,
        verified_value=verified.aggregate(s=Sum("quota__unit_price"))["s"] or Decimal(0),
        requested_value=payments.aggregate(s=Sum("amount"))["s"] or Decimal(0),
        paid_value=payments.filter(status=PaymentRequest.Status.PAID).aggregate(s=Sum("amount"))["s"] or Decimal(0),
        contracted=contract.deliverables.count(),
        verified=verified.count(),
        on_time=verified.filter(on_time=True).count(),
    )


@dataclass
class OutletEvaluation:
    outlet: Outlet
    contracts: int = 0
    value: Decimal = Decimal(0)
    contracted: int = 0
    due: int = 0
    verified: int = 0
    on_time: int = 0
    returned_proofs: int = 0
    paid: Decimal = Decimal(0)
    extra: dict[str, object] = field(default_factory=dict)
    coverage: Coverage = field(default_factory=Coverage)  # from monitoring (hooks), zeros without

    @property
    def pickups(self) -> int:
        return self.coverage.pickups

    @property
    def tone_share(self) -> dict[str, int | None]:
        """Body tone share (%) of the outlet's articles in the year; None values without data."""
        return {t: self.coverage.percent(t) for t in ("positive", "neutral", "negative")}

    @property
    def delivery_percent(self) -> int:
        return round(100 * self.verified / self.contracted) if self.contracted else 0

    @property
    def on_time_percent(self) -> int:
        return round(100 * self.on_time / self.verified) if self.verified else 0


def outlet_evaluation(
    *, organization: Organization, fiscal_year: int, on: dt.date | None = None
) -> list[OutletEvaluation]:
    """Delivered vs contracted and punctuality per outlet for one fiscal year."""
    on = on or timezone.localdate()
    contracts = (
        Contract.objects.for_org(organization)
        .filter(fiscal_year=fiscal_year)
        .exclude(status=Contract.Status.CANCELLED)
        .select_related("outlet")
    )
    result: dict[int, OutletEvaluation] = {}
    for contract in contracts:
        ev = result.setdefault(contract.outlet_id, OutletEvaluation(contract.outlet))
        ev.contracts += 1
        ev.value += contract.value
    stats = (
        Deliverable.objects.filter(contract__in=contracts)
        .values("contract__outlet_id")
        .annotate(
            total=Count("id"),
            due=Count("id", filter=Q(due_date__lt=on)),
            verified=Count("id", filter=Q(status=V.VERIFIED)),
            on_time=Count("id", filter=Q(status=V.VERIFIED, on_time=True)),
        )
    )
    for row in stats:
        ev = result[row["contract__outlet_id"]]
        ev.contracted, ev.due, ev.verified, ev.on_time = (
            row["total"],
            row["due"],
            row["verified"],
            row["on_time"],
        )
    returned = (
        Proof.objects.filter(deliverable__contract__in=contracts, status=Proof.Status.RETURNED)
        .values("deliverable__contract__outlet_id")
        .annotate(n=Count("id"))
    )
    for row in returned:
        result[row["deliverable__contract__outlet_id"]].returned_proofs = row["n"]
    paid = (
        PaymentRequest.objects.filter(contract__in=contracts, status=PaymentRequest.Status.PAID)
        .values("contract__outlet_id")
        .annotate(s=Sum("amount"))
    )
    for row in paid:
        result[row["contract__outlet_id"]].paid = row["s"] or Decimal(0)
    provider = hooks.coverage_provider()
    if provider is not None and result:
        start, end = dt.date(fiscal_year, 1, 1), dt.date(fiscal_year, 12, 31)
        for outlet_id, coverage in provider.coverage(organization, list(result), start, end).items():
            if outlet_id in result:
                result[outlet_id].coverage = coverage
    return sorted(result.values(), key=lambda e: e.outlet.name)


def budget_lines(*, organization: Organization, fiscal_year: int) -> list[tuple[BudgetLine, Decimal]]:
    lines = (
        BudgetLine.objects.for_org(organization)
        .filter(fiscal_year=fiscal_year)
        .annotate(total=Sum("contracts__value", filter=~Q(contracts__status=Contract.Status.CANCELLED)))
    )
    return [(line, line.total or Decimal(0)) for line in lines]


def verification_queue(organization: Organization) -> QuerySet[Proof]:
    return (
        Proof.objects.for_org(organization)
        .filter(status=Proof.Status.SUBMITTED)
        .select_related("deliverable__contract__outlet")
        .order_by("created_at")
    )
