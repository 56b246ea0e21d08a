"""Input/output schemas of the agenda REST API."""

from __future__ import annotations

import datetime as dt
import uuid

from ninja import Schema
from pydantic import Field


class ClashOut(Schema):
    kind: str
    action: str
    blocking: bool
    message: str
    other_id: int | None
    person: str


class WhenWhere(Schema):
    start: dt.datetime = Field(description="Waktu mulai; tanpa zona = dibaca dalam `timezone`.")
    end: dt.datetime | None = None
    all_day: bool = False
    timezone: str = Field("", description="Nama IANA, mis. Asia/Makassar; kosong = zona organisasi.")
    venue_name: str = ""
    venue_address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    dress_code: str = ""


class InvitationIn(WhenWhere):
    sender_name: str = Field(min_length=1, max_length=200)
    sender_institution: str = ""
    sender_email: str = ""
    sender_phone: str = ""
    letter_number: str = ""
    letter_date: dt.date | None = None
    event_title: str = Field(min_length=1, max_length=300)
    description: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    invited_leader_id: int | None = None
    level: str = "provinsi"


class AttachmentOut(Schema):
    id: int
    original_name: str
    mimetype: str
    size: int


class DispositionOut(Schema):
    id: int
    decision: str
    representative_id: int | None
    reason: str
    coordinate_with: str
    note: str
    decided_at: dt.datetime


class InvitationOut(Schema):
    id: int
    tracking_number: str
    status: str
    source: str
    urgent: bool
    sender_name: str
    sender_institution: str
    letter_number: str
    letter_date: dt.date | None
    event_title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    timezone: str
    venue_name: str
    venue_address: str
    latitude: float | None
    longitude: float | None
    dress_code: str
    invited_leader_id: int | None
    level: str


class InvitationDetailOut(InvitationOut):
    attachments: list[AttachmentOut]
    dispositions: list[DispositionOut]
    agenda_item_ids: list[int]


class DispositionIn(Schema):
    decision: str = Field(description="hadir, diwakili, tidak_hadir, koordinasi")
    representative_id: int | None = None
    leader_id: int | None = None
    reason: str = ""
    coordinate_with: str = ""
    note: str = ""
    visibility: str | None = None


class ItemIn(WhenWhere):
    title: str = Field(min_length=1, max_length=300)
    leader_id: int
    representative_id: int | None = None
    description: str = ""
    status: str | None = None
    visibility: str = "internal"
    level: str = "provinsi"
    unscheduled: bool = False


class ItemOut(Schema):
    id: int
    uid: uuid.UUID
    sequence: int
    title: str
    description: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool
    timezone: str
    venue_name: str
    venue_address: str
    latitude: float | None
    longitude: float | None
    dress_code: str
    leader_id: int
    representative_id: int | None
    status: str
    visibility: str
    level: str
    invitation_id: int | None
    unscheduled: bool


class ItemSaved(Schema):
    item: ItemOut
    clashes: list[ClashOut]


class StatusIn(Schema):
    status: str
    note: str = ""


class ClashCheckIn(WhenWhere):
    leader_id: int | None = None
    representative_id: int | None = None
    item_id: int | None = None
    title: str = ""


class AssignmentIn(Schema):
    role: str
    user_id: int | None = None
    official_id: int | None = None


class AssignmentOut(Schema):
    id: int
    role: str
    user_id: int | None
    official_id: int | None
