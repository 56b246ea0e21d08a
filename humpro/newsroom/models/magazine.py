"""The internal magazine: an issue assembled from releases and photos, rendered to PDF."""

from __future__ import annotations

from django.db import models

from humpro.core.models import OrgOwnedModel


class MagazineIssue(OrgOwnedModel):
    title = models.CharField("judul", max_length=200)
    number = models.CharField("nomor/edisi", max_length=40)
    period = models.DateField("periode")
    cover = models.ForeignKey(
        "newsroom.MediaAsset",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="foto sampul",
    )
    editorial = models.TextField("pengantar redaksi", blank=True)
    releases = models.ManyToManyField("newsroom.Release", blank=True, related_name="+", verbose_name="rilis")
    photos = models.ManyToManyField("newsroom.MediaAsset", blank=True, related_name="+", verbose_name="foto")

    class Meta:
        ordering = ["-period", "-id"]

    def __str__(self) -> str:
        return f"{self.title} {self.number}"
