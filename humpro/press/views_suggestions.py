"""Accepting a proof-of-publication suggestion from media monitoring (one click)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.orgs.permissions import org_view
from humpro.press import suggestions
from humpro.press.models import Deliverable
from humpro.press.views import error_messages


@org_view("press.verify")
@require_POST
def suggestion_accept(request: HttpRequest, pk: int) -> HttpResponse:
    deliverable = get_object_or_404(Deliverable.objects.for_org(request.org), pk=pk)
    try:
        proof = suggestions.suggestion_accept(
            deliverable=deliverable, key=request.POST.get("key", "").strip(), user=request.user
        )
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(
            request,
            gettext("Usulan diterima: bukti tayang %(date)s untuk %(deliverable)s tercatat dan menunggu verifikasi.")
            % {"date": f"{proof.published_on:%d/%m/%Y}", "deliverable": deliverable},
        )
    url = reverse("press:contract_detail", kwargs={"org": request.org.slug, "pk": deliverable.contract_id})
    return redirect(f"{url}#keluaran-{deliverable.pk}")
