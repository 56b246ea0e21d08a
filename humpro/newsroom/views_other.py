"""Staff views of coverage plans, the internal magazine and newsroom settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.newsroom import coverage as cov
from humpro.newsroom.forms import MagazineForm, SettingsForm
from humpro.newsroom.magazine import magazine_save, table_of_contents
from humpro.newsroom.models import (
    CoverageAssignment,
    CoveragePlan,
    CoverageStatus,
    CrewRole,
    MagazineIssue,
)
from humpro.newsroom.pdf import magazine_pdf
from humpro.newsroom.workflow import WorkflowError, settings_for
from humpro.orgs.permissions import org_view


@org_view("newsroom.view")
def coverage_list(request: HttpRequest) -> HttpResponse:
    upcoming = request.GET.get("lalu") != "1"
    now = timezone.now()
    qs = CoveragePlan.objects.for_org(request.org).select_related("agenda_item").prefetch_related("crew__user")
    qs = (
        qs.filter(agenda_item__end__gte=now).order_by("agenda_item__start")
        if upcoming
        else qs.filter(agenda_item__end__lt=now).order_by("-agenda_item__start")
    )
    return render(request, "newsroom/coverage_list.html", {"plans": qs[:200], "upcoming": upcoming})


@org_view("newsroom.view")
def my_coverage(request: HttpRequest) -> HttpResponse:
    jobs = (
        CoverageAssignment.objects.filter(
            organization=request.org,
            user=request.user,
            plan__agenda_item__end__gte=timezone.now() - timezone.timedelta(days=7),
        )
        .select_related("plan__agenda_item")
        .order_by("plan__agenda_item__start")
    )
    return render(request, "newsroom/my_coverage.html", {"jobs": jobs})


@org_view("newsroom.view")
def coverage_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(CoveragePlan.objects.for_org(request.org).select_related("agenda_item"), pk=pk)
    users = (
        get_user_model()
        .objects.filter(
            memberships__organization=request.org,
            memberships__role__in=["reporter", "photographer"],
        )
        .distinct()
    )
    crew = {ca.role: ca for ca in plan.crew.select_related("user")}
    return render(
        request,
        "newsroom/coverage_detail.html",
        {
            "plan": plan,
            "item": plan.agenda_item,
            "delivered": cov.delivered(plan),
            "users": users,
            "slots": [(value, label, crew.get(value)) for value, label in CrewRole.choices],
            "statuses": CoverageStatus.choices,
        },
    )


@require_POST
@org_view("newsroom.coverage")
def coverage_propose(request: HttpRequest, item_id: int) -> HttpResponse:
    from humpro.agenda.models import AgendaItem

    item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=item_id)
    plan = cov.coverage_propose(item=item)
    if plan is None:
        messages.error(request, gettext("Liputan otomatis hanya untuk agenda publik yang tidak dibatalkan."))
        return redirect("newsroom:coverage", org=request.org.slug)
    return redirect("newsroom:coverage_detail", org=request.org.slug, pk=plan.pk)


@require_POST
@org_view("newsroom.coverage")
def coverage_update(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(CoveragePlan.objects.for_org(request.org).select_related("agenda_item"), pk=pk)
    try:
        if request.POST.get("status"):
            cov.coverage_set_status(plan=plan, status=request.POST["status"])
        role = request.POST.get("role", "")
        if role:
            user_id = request.POST.get("user", "")
            user = get_user_model().objects.filter(pk=int(user_id)).first() if user_id.isdigit() else None
            clashes = cov.coverage_assign(plan=plan, role=role, user=user)
            for c in clashes:
                messages.warning(request, gettext("Bentrok: %(message)s") % {"message": c.message})
        messages.success(request, gettext("Rencana liputan diperbarui."))
    except WorkflowError as exc:
        messages.error(request, str(exc))
    return redirect("newsroom:coverage_detail", org=request.org.slug, pk=pk)


@org_view("newsroom.magazine")
def magazine_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "newsroom/magazine_list.html",
        {"issues": MagazineIssue.objects.for_org(request.org)},
    )


@org_view("newsroom.magazine")
def magazine_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    issue = get_object_or_404(MagazineIssue.objects.for_org(request.org), pk=pk) if pk else None
    initial = {}
    if issue:
        initial = {
            "title": issue.title,
            "number": issue.number,
            "period": issue.period,
            "editorial": issue.editorial,
            "cover": issue.cover,
            "releases": list(issue.releases.all()),
            "photos": list(issue.photos.all()),
        }
    form = MagazineForm(request.POST or None, org=request.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            issue = magazine_save(
                organization=request.org,
                issue=issue,
                title=d["title"],
                number=d["number"],
                period=d["period"],
                editorial=d["editorial"],
                cover_id=d["cover"].pk if d["cover"] else None,
                release_ids=[r.pk for r in d["releases"]],
                photo_ids=[p.pk for p in d["photos"]],
            )
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Edisi majalah tersimpan."))
            return redirect("newsroom:magazine_edit", org=request.org.slug, pk=issue.pk)
    return render(
        request,
        "newsroom/magazine_form.html",
        {"form": form, "issue": issue, "toc": table_of_contents(issue) if issue else []},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.magazine")
def magazine_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_or_404(MagazineIssue.objects.for_org(request.org), pk=pk)
    response = HttpResponse(magazine_pdf(issue), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="majalah-{issue.pk}.pdf"'
    return response


@org_view("newsroom.settings")
def newsroom_settings(request: HttpRequest) -> HttpResponse:
    conf = settings_for(request.org)
    form = SettingsForm(
        request.POST or None,
        initial={
            "approver_roles": conf.approver_roles,
            "credit_line": conf.credit_line,
            "default_hashtags": conf.default_hashtags,
            "public_title": conf.public_title,
        },
    )
    if request.method == "POST" and form.is_valid():
        for key, value in form.cleaned_data.items():
            setattr(conf, key, value)
        conf.save()
        messages.success(request, gettext("Pengaturan ruang berita tersimpan."))
        return redirect("newsroom:settings", org=request.org.slug)
    return render(request, "newsroom/settings.html", {"form": form}, status=400 if form.errors else 200)
