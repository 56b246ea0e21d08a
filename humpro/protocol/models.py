"""Protocol of one event: attendees, their computed precedence, seating overrides, rundown.

The law itself (tiers, recognition, ordering, seating, rundown templates) lives in the pure
package ``humpro.protocol.law``; these models store what the protocol officer entered and
the last computed result, with history rows for every manual decision.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from humpro.core.models import OrgOwnedModel
from humpro.protocol.law.rundown import TEMPLATES


class Level(models.TextChoices):
    NATIONAL = "nasional", "Nasional"
    PROVINCE = "provinsi", "Provinsi"
    REGENCY = "kabupaten", "Kabupaten/Kota"


TEMPLATE_CHOICES = [(key, t.title) for key, t in TEMPLATES.items()]


class EventProtocol(OrgOwnedModel):
    """The protocol file of one agenda item (acara)."""

    agenda_item = models.OneToOneField("agenda.AgendaItem", on_delete=models.CASCADE,
                                       related_name="protocol", verbose_name="agenda")
    level = models.CharField("tingkat acara", max_length=10, choices=Level.choices,
                             default=Level.PROVINCE)
    template = models.CharField("templat susunan acara", max_length=30,
                                choices=TEMPLATE_CHOICES, default="acara_resmi")
    host = models.ForeignKey("Attendee", verbose_name="tuan rumah", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    seats_per_row = models.CharField(
        "kursi per baris", max_length=60, default="7",
        help_text="Satu angka untuk semua baris atau beberapa angka dipisah koma, mis. 5,7,9.")
    front_rows = models.PositiveSmallIntegerField("jumlah baris depan", default=2)
    notes = models.TextField("catatan", blank=True)

    class Meta:
        verbose_name = "protokol acara"
        verbose_name_plural = "protokol acara"

    def __str__(self) -> str:
        return f"Protokol: {self.agenda_item}"

    def seat_sizes(self) -> list[int]:
        return [int(x) for x in self.seats_per_row.replace(" ", "").split(",") if x]


class Attendee(OrgOwnedModel):
    """A person at the event: an official from the directory or a free-text guest."""

    class Source(models.TextChoices):
        MANUAL = "manual", "dimasukkan petugas"
        AGENDA = "agenda", "dari disposisi agenda (diwakili)"

    event = models.ForeignKey(EventProtocol, on_delete=models.CASCADE, related_name="attendees")
    official = models.ForeignKey("officials.Official", verbose_name="pejabat (direktori)",
                                 null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    name = models.CharField("nama", max_length=200)
    position = models.CharField("jabatan (sesuai tulisan)", max_length=300, blank=True)
    directory_tier = models.CharField("tier dari direktori", max_length=10, blank=True)
    represents = models.CharField("mewakili", max_length=300, blank=True)
    represents_official = models.ForeignKey(
        "officials.Official", verbose_name="pejabat yang diwakili", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+")
    spouse_of = models.ForeignKey("self", verbose_name="pasangan dari", null=True, blank=True,
                                  on_delete=models.CASCADE, related_name="spouses")
    manual_tier = models.CharField("tier manual", max_length=10, blank=True)
    manual_reason = models.CharField("alasan tier manual", max_length=300, blank=True)
    order_in_tier = models.PositiveSmallIntegerField(
        "urutan dalam tier", null=True, blank=True,
        help_text="Mengatur urutan di antara orang dengan tier yang sama (kecil = lebih dulu).")
    speaks = models.BooleanField("memberi sambutan", default=False)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.MANUAL)
    # Last computed precedence (recomputed on every change of the event's attendees).
    rank = models.PositiveIntegerField("urutan", null=True, blank=True)
    honour_rank = models.PositiveIntegerField("urutan penghormatan", null=True, blank=True)
    tier = models.CharField("tier", max_length=10, blank=True)
    basis = models.CharField("dasar hukum", max_length=400, blank=True)
    unmapped = models.BooleanField("perlu penempatan manual", default=False)
    placement_note = models.CharField("catatan penempatan", max_length=400, blank=True)

    class Meta:
        ordering = ["rank", "id"]
        verbose_name = "peserta"
        verbose_name_plural = "peserta"

    def __str__(self) -> str:
        return f"{self.name} ({self.position})" if self.position else self.name


class TierChange(OrgOwnedModel):
    """History row: a manual tier set or cleared for an attendee, with the reason."""

    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE, related_name="tier_changes")
    from_tier = models.CharField(max_length=10, blank=True)
    to_tier = models.CharField(max_length=10, blank=True)
    reason = models.CharField("alasan", max_length=300)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-id"]


class SeatOverride(OrgOwnedModel):
    """History row: a person moved by hand to a seat (row and seat number), with the reason.

    Overrides are applied in the order they were made; ``active=False`` once withdrawn.
    """

    event = models.ForeignKey(EventProtocol, on_delete=models.CASCADE,
                              related_name="seat_overrides")
    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE, related_name="+")
    row = models.PositiveSmallIntegerField("baris")  # 1 = front row
    seat_number = models.PositiveSmallIntegerField("nomor kursi")  # precedence number in row
    reason = models.CharField("alasan", max_length=300)
    active = models.BooleanField(default=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["created_at", "id"]


class RundownItem(OrgOwnedModel):
    """One line of the susunan acara, editable after generation from a template."""

    event = models.ForeignKey(EventProtocol, on_delete=models.CASCADE, related_name="rundown")
    seq = models.PositiveSmallIntegerField("urutan")
    time = models.TimeField("pukul", null=True, blank=True)
    minutes = models.PositiveSmallIntegerField("durasi (menit)", null=True, blank=True)
    title = models.CharField("acara", max_length=400)
    kind = models.CharField("jenis", max_length=20, default="acara")
    speaker = models.ForeignKey(Attendee, verbose_name="pembicara", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+")
    optional = models.BooleanField("opsional", default=False)
    note = models.CharField("catatan", max_length=400, blank=True)

    class Meta:
        ordering = ["seq", "id"]


class TierOrder(OrgOwnedModel):
    """The organization's order inside one tier (the law gives none): keywords, one per line.

    People in ``tier`` whose position contains the first keyword come first, and so on;
    people matching no keyword follow in the order entered.
    """

    tier = models.CharField("tier", max_length=10)
    keywords = models.TextField("kata kunci jabatan (satu per baris, urut)")

    class Meta:
        ordering = ["tier"]
        constraints = [models.UniqueConstraint(fields=["organization", "tier"],
                                               name="protocol_tierorder_unique")]

    def keyword_list(self) -> list[str]:
        return [k.strip().casefold() for k in self.keywords.splitlines() if k.strip()]
