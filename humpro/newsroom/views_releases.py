"""Staff views of releases: list, write, workflow, versions, share kits, PDF."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.newsroom import releases as svc
from humpro.newsroom.distribution import public_url
from humpro.newsroom.forms import ReleaseForm, ScheduleForm, release_initial
from humpro.newsroom.media import media_package
from humpro.newsroom.models import Release, ReleaseStatus
from humpro.newsroom.pdf import release_pdf
from humpro.newsroom.sharekit import share_kit, whatsapp_text
from humpro.newsroom.workflow import MOVES, WorkflowError, available_moves, can_edit, settings_for
from humpro.orgs.permissions import org_view


def _release(request: HttpRequest, pk: int) -> Release:
    return get_object_or_404(
        Release.objects.for_org(request.org).select_related("agenda_item", "author", "editor"),
        pk=pk,
    )


@org_view("newsroom.view")
def release_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    status = request.GET.get("status", "")
    qs = Release.objects.for_org(request.org).search(q).select_related("author").order_by("-updated_at")
    if status in ReleaseStatus.values:
        qs = qs.filter(status=status)
    page = Paginator(qs, 30).get_page(request.GET.get("hal"))
    context = {"page": page, "q": q, "status": status, "statuses": ReleaseStatus.choices}
    template = "newsroom/_release_rows.html" if request.headers.get("HX-Request") else "newsroom/release_list.html"
    return render(request, template, context)


@org_view("newsroom.write")
def release_create(request: HttpRequest) -> HttpResponse:
    initial = {}
    agenda_id = request.GET.get("agenda", "")
    if agenda_id.isdigit():
        from humpro.agenda.models import AgendaItem

        item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=int(agenda_id))
        initial = {
            "agenda_item": str(item.pk),
            "title": item.title,
            "officials": [item.leader_id],
            "lead": f"{item.venue_name} \u2014 " if item.venue_name else "",
        }
    form = ReleaseForm(request.POST or None, org=request.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            release = svc.release_create(organization=request.org, user=request.user, data=form.data_out())
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Draf rilis tersimpan."))
            return redirect("newsroom:detail", org=request.org.slug, pk=release.pk)
    return render(
        request,
        "newsroom/release_form.html",
        {"form": form, "release": None},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.write")
def release_edit(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    if not can_edit(release=release, user=request.user):
        messages.error(request, gettext("Rilis ini tidak dapat diubah pada status sekarang."))
        return redirect("newsroom:detail", org=request.org.slug, pk=pk)
    form = ReleaseForm(request.POST or None, org=request.org, initial=release_initial(release))
    if request.method == "POST" and form.is_valid():
        try:
            svc.release_update(
                release=release,
                user=request.user,
                data=form.data_out(),
                note=request.POST.get("note", ""),
            )
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Perubahan tersimpan sebagai versi baru."))
            return redirect("newsroom:detail", org=request.org.slug, pk=pk)
    return render(
        request,
        "newsroom/release_form.html",
        {"form": form, "release": release},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.publish")
def release_correct(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    form = ReleaseForm(request.POST or None, org=request.org, initial=release_initial(release))
    if request.method == "POST" and form.is_valid():
        try:
            svc.release_correct(
                release=release,
                user=request.user,
                data=form.data_out(),
                note=request.POST.get("note", ""),
            )
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Koreksi diterbitkan; catatan koreksi tampil di halaman publik."))
            return redirect("newsroom:detail", org=request.org.slug, pk=pk)
    return render(
        request,
        "newsroom/release_form.html",
        {"form": form, "release": release, "correcting": True},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.view")
def release_detail(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    return render(
        request,
        "newsroom/release_detail.html",
        {
            "release": release,
            "moves": available_moves(release=release, user=request.user),
            "editable": can_edit(release=release, user=request.user),
            "schedule_form": ScheduleForm(),
            "transitions": release.transitions.select_related("actor"),
            "comments": release.comments.select_related("author"),
            "quotes": release.quotes.all(),
            "photos": release.photos.all(),
            "versions": release.versions.all()[:10],
            "distributions": release.distributions.all()[:10],
            "public_url": public_url(release),
            "audit_entries": entries_for(release)[:50],
        },
    )


@require_POST
@org_view("newsroom.view")
def release_transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    release = _release(request, pk)
    embargo = None
    if action == "schedule":
        form = ScheduleForm(request.POST)
        if form.is_valid():
            embargo = form.cleaned_data["embargo_until"]
            if timezone.is_naive(embargo):
                embargo = timezone.make_aware(embargo, request.org.tz)
    try:
        svc.release_transition(
            release=release,
            user=request.user,
            action=action,
            note=request.POST.get("note", ""),
            embargo_until=embargo,
        )
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        label = MOVES[action].label if action in MOVES else action
        messages.success(request, gettext("“%(label)s” berhasil.") % {"label": label})
    return redirect("newsroom:detail", org=request.org.slug, pk=pk)


@require_POST
@org_view("newsroom.view")
def release_comment(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    try:
        svc.release_comment(release=release, user=request.user, body=request.POST.get("body", ""))
    except WorkflowError as exc:
        messages.error(request, str(exc))
    return redirect("newsroom:detail", org=request.org.slug, pk=pk)


@org_view("newsroom.view")
def release_versions(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    versions = list(release.versions.all())
    by_number = {v.number: v for v in versions}

    def pick(name: str, default: int) -> int:
        value = request.GET.get(name, "")
        return int(value) if value.isdigit() and int(value) in by_number else default

    diff, a, b = [], None, None
    if len(versions) >= 2:
        b = by_number[pick("b", versions[0].number)]
        a = by_number[pick("a", versions[1].number)]
        diff = svc.version_diff(a, b)
    return render(
        request,
        "newsroom/release_versions.html",
        {"release": release, "versions": versions, "diff": diff, "a": a, "b": b},
    )


@org_view("newsroom.view")
def release_share(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    conf = settings_for(request.org)
    url = public_url(release)
    photo = release.photos.filter(kind="photo").first()
    image = request.build_absolute_uri(photo.web.url) if photo and photo.web else ""
    return render(
        request,
        "newsroom/release_share.html",
        {
            "release": release,
            "whatsapp": whatsapp_text(release, url=url, defaults=conf.default_hashtags),
            "kit": share_kit(release, url=url, image_url=image, defaults=conf.default_hashtags),
            "image": image,
        },
    )


@org_view("newsroom.view")
def release_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    response = HttpResponse(release_pdf(release, public_url=public_url(release)), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{release.slug[:80]}.pdf"'
    return response


@org_view("newsroom.view")
def release_package(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(request, pk)
    response = HttpResponse(media_package(release), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="paket-foto-{release.slug[:60]}.zip"'
    return response
