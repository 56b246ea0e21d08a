"""REST endpoints of newsroom under /api/v1/orgs/{org}/newsroom/... (auth: humpro/api.py)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import File, Form, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.newsroom import distribution as dist_svc
from humpro.newsroom import media as media_svc
from humpro.newsroom import releases as svc
from humpro.newsroom.distribution import public_url
from humpro.newsroom.models import (
    Delivery,
    Distribution,
    DistributionList,
    MediaAsset,
    Release,
    ReleaseStatus,
)
from humpro.newsroom.recipients import recipients_of
from humpro.newsroom.sharekit import share_kit, whatsapp_text
from humpro.newsroom.workflow import MoveForbidden, WorkflowError, can_edit, settings_for

router = Router(tags=["ruang berita"])
P = "/orgs/{org}/newsroom"


class QuoteSchema(Schema):
    text: str = Field(min_length=1, max_length=2000)
    speaker_id: int | None = None
    speaker_name: str = ""


class ReleaseIn(Schema):
    title: str = Field(min_length=1, max_length=250)
    kind: str = "siaran_pers"
    lead: str = ""
    body: str = ""
    tags: list[str] = []
    quotes: list[QuoteSchema] = []
    official_ids: list[int] = []
    photo_ids: list[int] = []
    agenda_item_id: int | None = None
    author_credit: str = ""
    editor_credit: str = ""
    note: str = ""


class ReleaseOut(Schema):
    id: int
    kind: str
    title: str
    slug: str
    lead: str
    body: str
    status: str
    version: int
    tags: list[str]
    quotes: list[dict]
    official_ids: list[int]
    photo_ids: list[int]
    agenda_item_id: int | None
    author_credit: str
    editor_credit: str
    embargo_until: dt.datetime | None
    published_at: dt.datetime | None
    correction_note: str
    public_url: str | None


class TransitionIn(Schema):
    action: str
    note: str = ""
    embargo_until: dt.datetime | None = None
    correction: ReleaseIn | None = None


class CommentIn(Schema):
    body: str = Field(min_length=1, max_length=5000)


class DistributeIn(Schema):
    list_ids: list[int] = Field(min_length=1)


class BounceIn(Schema):
    email: str
    reason: str = ""


class ContactIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    email: str = Field(min_length=3, max_length=254)
    outlet_name: str = ""
    phone: str = ""
    list_ids: list[int] = []


class MediaOut(Schema):
    id: int
    kind: str
    mime: str
    size: int
    width: int | None
    height: int | None
    caption: str
    credit: str
    people_ids: list[int]
    agenda_item_id: int | None
    processing: str
    processing_error: str
    duration: float | None
    taken_at: dt.datetime | None


def _data(payload: ReleaseIn) -> svc.ReleaseData:
    d = payload.dict()
    d.pop("note")
    d["quotes"] = [svc.QuoteIn(**q) for q in d["quotes"]]
    return svc.ReleaseData(**d)


def _out(r: Release) -> dict:
    return {
        "id": r.pk,
        "kind": r.kind,
        "title": r.title,
        "slug": r.slug,
        "lead": r.lead,
        "body": r.body,
        "status": r.status,
        "version": r.version,
        "tags": [t.name for t in r.tags.all()],
        "quotes": [{"text": q.text, "speaker": q.speaker_label} for q in r.quotes.all()],
        "official_ids": [o.pk for o in r.officials.all()],
        "photo_ids": [p.pk for p in r.photos.all()],
        "agenda_item_id": r.agenda_item_id,
        "author_credit": r.author_credit,
        "editor_credit": r.editor_credit,
        "embargo_until": r.embargo_until,
        "published_at": r.published_at,
        "correction_note": r.correction_note,
        "public_url": public_url(r) if r.is_public else None,
    }


def _media_out(a: MediaAsset) -> dict:
    return {
        "id": a.pk,
        "kind": a.kind,
        "mime": a.mime,
        "size": a.size,
        "width": a.width,
        "height": a.height,
        "caption": a.caption,
        "credit": a.credit,
        "people_ids": [p.pk for p in a.people.all()],
        "agenda_item_id": a.agenda_item_id,
        "processing": a.processing,
        "processing_error": a.processing_error,
        "duration": a.duration,
        "taken_at": a.taken_at,
    }


def _release(organization: object, release_id: int) -> Release:
    return get_object_or_404(Release.objects.for_org(organization), pk=release_id)


@router.get(f"{P}/releases", response=list[ReleaseOut], summary="Daftar rilis")
def release_list_api(
    request: HttpRequest, org: str, q: str = "", status: str = "", limit: int = 50, offset: int = 0
) -> list[dict]:
    organization = org_for(request, org, "newsroom.view")
    qs = Release.objects.for_org(organization).search(q).prefetch_related("tags", "quotes", "officials", "photos")
    if status:
        qs = qs.filter(status=status)
    limit = min(max(limit, 1), 200)
    return [_out(r) for r in qs[offset : offset + limit]]


@router.post(f"{P}/releases", response={201: ReleaseOut}, summary="Tulis rilis (draf)")
def release_create_api(request: HttpRequest, org: str, payload: ReleaseIn) -> Status:
    organization = org_for(request, org, "newsroom.write")
    try:
        release = svc.release_create(organization=organization, user=request.user, data=_data(payload))
    except WorkflowError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, _out(release))


@router.get(f"{P}/releases/{{release_id}}", response=ReleaseOut, summary="Satu rilis")
def release_detail_api(request: HttpRequest, org: str, release_id: int) -> dict:
    organization = org_for(request, org, "newsroom.view")
    return _out(_release(organization, release_id))


@router.put(f"{P}/releases/{{release_id}}", response=ReleaseOut, summary="Ubah rilis (draf/telaah)")
def release_update_api(request: HttpRequest, org: str, release_id: int, payload: ReleaseIn) -> dict:
    organization = org_for(request, org, "newsroom.write")
    release = _release(organization, release_id)
    try:
        release = svc.release_update(release=release, user=request.user, data=_data(payload), note=payload.note)
    except WorkflowError as exc:
        raise HttpError(409 if release.status not in ("draft", "review") else 422, str(exc)) from exc
    return _out(release)


@router.delete(f"{P}/releases/{{release_id}}", response={204: None}, summary="Hapus draf")
def release_delete_api(request: HttpRequest, org: str, release_id: int) -> Status:
    organization = org_for(request, org, "newsroom.write")
    release = _release(organization, release_id)
    if release.status != ReleaseStatus.DRAFT or not can_edit(release=release, user=request.user):
        raise HttpError(409, "Hanya draf yang dapat dihapus; rilis terbit ditarik, bukan dihapus.")
    release.delete()
    return Status(204, None)


@router.post(
    f"{P}/releases/{{release_id}}/transitions",
    response=ReleaseOut,
    summary="Pindahkan status: submit, return, approve, schedule, unschedule, publish, reopen, correct, withdraw",
)
def release_transition_api(request: HttpRequest, org: str, release_id: int, payload: TransitionIn) -> dict:
    organization = org_for(request, org, "newsroom.view")
    release = _release(organization, release_id)
    try:
        if payload.action == "correct":
            if payload.correction is None:
                raise WorkflowError("Isi koreksi (correction) wajib dikirim.")
            release = svc.release_correct(
                release=release,
                user=request.user,
                data=_data(payload.correction),
                note=payload.note,
            )
        else:
            release = svc.release_transition(
                release=release,
                user=request.user,
                action=payload.action,
                note=payload.note,
                embargo_until=payload.embargo_until,
            )
    except MoveForbidden as exc:
        raise HttpError(403, str(exc)) from exc
    except WorkflowError as exc:
        raise HttpError(409, str(exc)) from exc
    return _out(release)


@router.post(f"{P}/releases/{{release_id}}/comments", response={201: dict}, summary="Komentar telaah")
def release_comment_api(request: HttpRequest, org: str, release_id: int, payload: CommentIn) -> Status:
    organization = org_for(request, org, "newsroom.view")
    release = _release(organization, release_id)
    try:
        c = svc.release_comment(release=release, user=request.user, body=payload.body)
    except WorkflowError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, {"id": c.pk, "body": c.body, "status_at": c.status_at})


@router.get(f"{P}/releases/{{release_id}}/versions", response=dict, summary="Versi dan perbedaannya")
def release_versions_api(request: HttpRequest, org: str, release_id: int, a: int = 0, b: int = 0) -> dict:
    organization = org_for(request, org, "newsroom.view")
    release = _release(organization, release_id)
    versions = {v.number: v for v in release.versions.all()}
    out: dict = {
        "versions": [
            {"number": v.number, "title": v.title, "note": v.note, "created_at": v.created_at}
            for v in versions.values()
        ]
    }
    if a and b:
        if a not in versions or b not in versions:
            raise HttpError(404, "Versi tidak ditemukan.")
        out["diff"] = [{"kind": k, "text": t} for k, t in svc.version_diff(versions[a], versions[b])]
    return out


@router.get(f"{P}/releases/{{release_id}}/share", response=dict, summary="Teks WhatsApp dan media sosial")
def release_share_api(request: HttpRequest, org: str, release_id: int) -> dict:
    organization = org_for(request, org, "newsroom.view")
    release = _release(organization, release_id)
    conf, url = settings_for(organization), public_url(release)
    return {
        "whatsapp": whatsapp_text(release, url=url, defaults=conf.default_hashtags),
        "platforms": [
            {
                "platform": s.platform,
                "text": s.text,
                "length": s.length,
                "limit": s.limit,
                "image_url": s.image_url,
            }
            for s in share_kit(release, url=url, defaults=conf.default_hashtags)
        ],
    }


@router.post(
    f"{P}/releases/{{release_id}}/distributions",
    response={201: dict},
    summary="Kirim rilis terbit ke daftar distribusi",
)
def release_distribute_api(request: HttpRequest, org: str, release_id: int, payload: DistributeIn) -> Status:
    organization = org_for(request, org, "newsroom.distribute")
    release = _release(organization, release_id)
    lists = list(DistributionList.objects.for_org(organization).filter(pk__in=payload.list_ids))
    if len(lists) != len(set(payload.list_ids)):
        raise HttpError(404, "Daftar distribusi tidak ditemukan.")
    try:
        dist = dist_svc.distribution_create(release=release, lists=lists, user=request.user)
    except WorkflowError as exc:
        raise HttpError(409, str(exc)) from exc
    return Status(201, {"id": dist.pk, "status": dist.status, "recipients": len(recipients_of(lists))})


@router.get(
    f"{P}/distributions/{{distribution_id}}/deliveries",
    response=list[dict],
    summary="Log pengiriman per penerima",
)
def deliveries_api(request: HttpRequest, org: str, distribution_id: int) -> list[dict]:
    organization = org_for(request, org, "newsroom.distribute")
    dist = get_object_or_404(Distribution.objects.for_org(organization), pk=distribution_id)
    return [
        {
            "email": d.email,
            "name": d.name,
            "state": d.state,
            "attempts": d.message.attempts if d.message else 0,
            "error": d.bounce_reason or (d.message.last_error if d.message else ""),
            "sent_at": d.message.sent_at if d.message else None,
            "members": sorted(f"{r.source}:{r.source_id}" for r in d.refs.all()),
        }
        for d in Delivery.objects.filter(release=dist.release).select_related("message").prefetch_related("refs")
    ]


@router.post(f"{P}/bounces", response=dict, summary="Laporkan email terpental (dari server surat)")
def bounce_api(request: HttpRequest, org: str, payload: BounceIn) -> dict:
    organization = org_for(request, org, "newsroom.distribute")
    try:
        contacts = dist_svc.delivery_mark_bounced(organization=organization, email=payload.email, reason=payload.reason)
    except WorkflowError as exc:
        raise HttpError(404, str(exc)) from exc
    return {"ok": True, "contacts_flagged": contacts}


@router.get(f"{P}/lists", response=list[dict], summary="Daftar distribusi")
def lists_api(request: HttpRequest, org: str) -> list[dict]:
    organization = org_for(request, org, "newsroom.distribute")
    return [
        {"id": dl.pk, "name": dl.name, "recipients": len(recipients_of([dl]))}
        for dl in DistributionList.objects.for_org(organization)
    ]


@router.post(f"{P}/contacts", response={201: dict}, summary="Tambah kontak media")
def contact_create_api(request: HttpRequest, org: str, payload: ContactIn) -> Status:
    from humpro.core.tabular import check_email

    organization = org_for(request, org, "newsroom.distribute")
    if message := check_email(payload.email):
        raise HttpError(422, message)
    try:
        with transaction.atomic():
            c = dist_svc.contact_save(
                organization=organization,
                name=payload.name,
                email=payload.email,
                outlet_name=payload.outlet_name,
                phone=payload.phone,
                list_ids=payload.list_ids,
            )
    except WorkflowError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, {"id": c.pk, "email": c.email})


@router.get(f"{P}/media", response=list[MediaOut], summary="Arsip dokumentasi")
def media_list_api(
    request: HttpRequest, org: str, q: str = "", kind: str = "", limit: int = 50, offset: int = 0
) -> list[dict]:
    organization = org_for(request, org, "newsroom.view")
    qs = MediaAsset.objects.for_org(organization).search(q).prefetch_related("people")
    if kind:
        qs = qs.filter(kind=kind)
    limit = min(max(limit, 1), 200)
    return [_media_out(a) for a in qs[offset : offset + limit]]


@router.post(f"{P}/media", response={201: MediaOut}, summary="Unggah foto/video")
def media_upload_api(
    request: HttpRequest,
    org: str,
    file: UploadedFile = File(...),  # noqa: B008
    caption: str = Form(""),
    credit: str = Form(""),
    people_ids: str = Form(""),
    agenda_item_id: int | None = Form(None),
    release_id: int | None = Form(None),
) -> Status:
    organization = org_for(request, org, "newsroom.media")
    release = _release(organization, release_id) if release_id else None
    try:
        ids = [int(x) for x in people_ids.split(",") if x.strip()]
    except ValueError as exc:
        raise HttpError(422, "people_ids harus berupa daftar angka dipisah koma.") from exc
    if (file.size or 0) > max(media_svc.photo_max_bytes(), media_svc.video_max_bytes()):
        raise HttpError(413, "Berkas terlalu besar.")
    try:
        asset = media_svc.media_upload(
            organization=organization,
            user=request.user,
            filename=file.name or "",
            content=file.read(),
            caption=caption,
            credit=credit,
            people_ids=ids,
            agenda_item_id=agenda_item_id,
            release=release,
        )
    except WorkflowError as exc:
        raise HttpError(422, str(exc)) from exc
    return Status(201, _media_out(asset))


@router.get(f"{P}/media/{{asset_id}}", response=MediaOut, summary="Satu dokumentasi")
def media_detail_api(request: HttpRequest, org: str, asset_id: int) -> dict:
    organization = org_for(request, org, "newsroom.view")
    return _media_out(get_object_or_404(MediaAsset.objects.for_org(organization), pk=asset_id))


from humpro.newsroom import api_lists  # noqa: E402,F401  (list-membership endpoints on this router)
