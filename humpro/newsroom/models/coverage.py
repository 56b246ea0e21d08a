"""Coverage plans (liputan) of agenda items and their crew assignments."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from humpro.core.models import OrgOwnedModel


class CoverageStatus(models.TextChoices):
    PROPOSED = "proposed", "Diusulkan"
    CONFIRMED = "confirmed", "Ditetapkan"
    DONE = "done", "Selesai"
    CANCELLED = "cancelled", "Dibatalkan"


class CrewRole(models.TextChoices):
    WRITER = "writer", "Penulis"
    PHOTOGRAPHER = "photographer", "Fotografer"
    VIDEOGRAPHER = "videographer", "Videografer"


class CoveragePlan(OrgOwnedModel):
    agenda_item = models.OneToOneField("agenda.AgendaItem", on_delete=models.CASCADE, related_name="coverage")
    status = models.CharField(max_length=10, choices=CoverageStatus.choices, default=CoverageStatus.PROPOSED)
    notes = models.TextField("catatan", blank=True)
    auto = models.BooleanField("diusulkan otomatis", default=False)

    class Meta:
        ordering = ["-created_at"]


class CoverageAssignment(OrgOwnedModel):
    plan = models.ForeignKey(CoveragePlan, on_delete=models.CASCADE, related_name="crew")
    role = models.CharField("tugas", max_length=12, choices=CrewRole.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coverage_assignments",
        verbose_name="petugas",
    )
    agenda_assignment = models.OneToOneField(
        "agenda.AgendaAssignment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coverage_assignment",
    )
    delivered_at = models.DateTimeField("diserahkan", null=True, blank=True)
    clash_note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["role", "id"]
        constraints = [models.UniqueConstraint(fields=["plan", "role"], name="newsroom_coverage_one_per_role")]
