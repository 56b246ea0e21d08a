"""Staff views of the annual/semester service report (Perki 1/2021 Pasal 56)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from humpro.orgs.permissions import org_view
from humpro.ppid.pdf import report_pdf, report_xlsx
from humpro.ppid.reports import period_bounds, report_data


def _period(request: HttpRequest) -> tuple[int, int | None, str]:
    try:
        year = int(request.GET.get("tahun") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    year = min(max(year, 2008), 2100)
    semester = {"1": 1, "2": 2}.get(request.GET.get("semester", ""))
    title = "Laporan Layanan Informasi Publik " + (
        f"Semester {'I' if semester == 1 else 'II'} " if semester else ""
    )
    return year, semester, f"{title}Tahun {year}"


@org_view("ppid.report")
def report_view(request: HttpRequest) -> HttpResponse:
    year, semester, title = _period(request)
    data = report_data(request.org, *period_bounds(year, semester))
    return render(
        request,
        "ppid/report.html",
        {
            "d": data,
            "title": title,
            "year": year,
            "semester": semester,
            "query": request.GET.urlencode(),
        },
    )


@org_view("ppid.report")
def report_pdf_view(request: HttpRequest) -> HttpResponse:
    year, semester, title = _period(request)
    content = report_pdf(report_data(request.org, *period_bounds(year, semester)), title)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="laporan-ppid-{year}{"-s" + str(semester) if semester else ""}.pdf"'
    )
    return response


@org_view("ppid.report")
def report_xlsx_view(request: HttpRequest) -> HttpResponse:
    year, semester, title = _period(request)
    content = report_xlsx(report_data(request.org, *period_bounds(year, semester)), title)
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="laporan-ppid-{year}{"-s" + str(semester) if semester else ""}.xlsx"'
    )
    return response
