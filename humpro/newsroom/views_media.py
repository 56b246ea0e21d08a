"""Staff views of the documentation archive."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext

from humpro.core.audit import entries_for
from humpro.newsroom import media as svc
from humpro.newsroom.forms import MediaEditForm, MediaUploadForm
from humpro.newsroom.models import MediaAsset, MediaKind
from humpro.newsroom.workflow import WorkflowError
from humpro.officials.models import Official
from humpro.orgs.permissions import org_view


@org_view("newsroom.view")
def media_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    kind = request.GET.get("jenis", "")
    person = request.GET.get("orang", "")
    agenda = request.GET.get("agenda", "")
    qs = MediaAsset.objects.for_org(request.org).search(q)
    if kind in MediaKind.values:
        qs = qs.filter(kind=kind)
    if person.isdigit():
        qs = qs.filter(people__pk=int(person))
    if agenda.isdigit():
        qs = qs.filter(agenda_item_id=int(agenda))
    page = Paginator(qs.distinct(), 24).get_page(request.GET.get("hal"))
    return render(
        request,
        "newsroom/media_list.html",
        {
            "page": page,
            "q": q,
            "kind": kind,
            "person": person,
            "kinds": MediaKind.choices,
            "officials": Official.objects.for_org(request.org).only("id", "name"),
        },
    )


@org_view("newsroom.media")
def media_upload(request: HttpRequest) -> HttpResponse:
    form = MediaUploadForm(request.POST or None, request.FILES or None, org=request.org)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > max(svc.photo_max_bytes(), svc.video_max_bytes()):
                raise svc.UploadError("Berkas terlalu besar.")
            asset = svc.media_upload(
                organization=request.org,
                user=request.user,
                filename=upload.name,
                content=upload.read(),
                caption=form.cleaned_data["caption"],
                credit=form.cleaned_data["credit"],
                people_ids=[p.pk for p in form.cleaned_data["people"]],
                agenda_item_id=int(form.cleaned_data["agenda_item"]) if form.cleaned_data["agenda_item"] else None,
            )
        except WorkflowError as exc:
            form.add_error("file", str(exc))
        else:
            messages.success(request, gettext("Berkas diunggah; ukuran web dan gambar kecil dibuat di latar belakang."))
            return redirect("newsroom:media_detail", org=request.org.slug, pk=asset.pk)
    return render(request, "newsroom/media_upload.html", {"form": form}, status=400 if form.errors else 200)


@org_view("newsroom.view")
def media_detail(request: HttpRequest, pk: int) -> HttpResponse:
    asset = get_object_or_404(MediaAsset.objects.for_org(request.org), pk=pk)
    initial = {
        "caption": asset.caption,
        "credit": asset.credit,
        "people": list(asset.people.all()),
        "agenda_item": asset.agenda_item_id or "",
    }
    form = MediaEditForm(request.POST or None, org=request.org, initial=initial)
    if request.method == "POST":
        from humpro.orgs.permissions import has_perm

        if not has_perm(request.user, request.org, "newsroom.media"):
            messages.error(request, gettext("Anda tidak memiliki wewenang mengubah dokumentasi."))
        elif form.is_valid():
            try:
                svc.media_update(
                    asset=asset,
                    caption=form.cleaned_data["caption"],
                    credit=form.cleaned_data["credit"],
                    people_ids=[p.pk for p in form.cleaned_data["people"]],
                    agenda_item_id=int(form.cleaned_data["agenda_item"]) if form.cleaned_data["agenda_item"] else None,
                )
            except WorkflowError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, gettext("Keterangan tersimpan."))
                return redirect("newsroom:media_detail", org=request.org.slug, pk=pk)
    return render(
        request,
        "newsroom/media_detail.html",
        {
            "asset": asset,
            "form": form,
            "releases": asset.releases.all(),
            "audit_entries": entries_for(asset)[:30],
        },
    )


@org_view("newsroom.view")
def media_download(request: HttpRequest, pk: int) -> HttpResponse:
    asset = get_object_or_404(MediaAsset.objects.for_org(request.org), pk=pk)
    try:
        content, name, mime = svc.download_bytes(asset)
    except WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("newsroom:media_detail", org=request.org.slug, pk=pk)
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@org_view("newsroom.view")
def media_rendition(request: HttpRequest, pk: int, size: str) -> FileResponse:
    """The thumbnail ("kecil") or web size ("web") JPEG of a photo, or a video's poster frame."""
    asset = get_object_or_404(MediaAsset.objects.for_org(request.org), pk=pk)
    field = asset.thumbnail if size == "kecil" else asset.web if size == "web" else None
    if not field:
        raise Http404("Gambar belum tersedia.")
    return FileResponse(field.open("rb"), content_type="image/jpeg")


@org_view("newsroom.view")
def media_video(request: HttpRequest, pk: int) -> FileResponse:
    """A checked video for the player: the H.264 web rendition when made, else the original."""
    asset = get_object_or_404(MediaAsset.objects.for_org(request.org), pk=pk, kind=MediaKind.VIDEO)
    if not svc.servable(asset):
        raise Http404("Video belum lolos pemeriksaan.")
    field = asset.web_video or asset.file
    return FileResponse(field.open("rb"), content_type="video/mp4" if asset.web_video else asset.mime)
