"""The roles a user can hold inside an organization."""

from __future__ import annotations

from django.db import models


class Role(models.TextChoices):
    HEAD = "head", "Kepala Biro/Bagian"
    LEADER = "leader", "Pimpinan"
    AIDE = "aide", "Ajudan"
    PROTOCOL = "protocol", "Staf protokol"
    REPORTER = "reporter", "Peliput/penulis"
    PHOTOGRAPHER = "photographer", "Fotografer/videografer"
    EDITOR = "editor", "Editor"
    MEDIA_RELATIONS = "media_relations", "Hubungan media"
    ANALYST = "analyst", "Analis media"
    PPID = "ppid", "Petugas PPID"
    ADMIN = "admin", "Admin organisasi"
    PARTNER_MEDIA = "partner_media", "Media mitra (eksternal)"


STAFF_ROLES: frozenset[str] = frozenset(r.value for r in Role if r is not Role.PARTNER_MEDIA)
ALL_ROLES: frozenset[str] = frozenset(r.value for r in Role)
