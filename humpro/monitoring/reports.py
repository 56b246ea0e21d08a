"""Clipping report (PDF, WeasyPrint) and the monthly analysis export (XLSX) with tone per
official.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from typing import Any

from django.core.files.base import ContentFile
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape

from humpro.core.outbox import Attachment, outbox_enqueue
from humpro.monitoring.models import (
    Article,
    ArticlePerson,
    ClippingReport,
    MonitoringSettings,
    Quote,
    Tone,
)
from humpro.orgs.models import Organization

TONE_COLORS = {"positive": "#2e7d32", "neutral": "#757575", "negative": "#c62828"}
TONE_LABEL = {t.value: t.label for t in Tone}


def tone_chart_svg(counts: dict[str, int], *, width: int = 460) -> str:
    """A horizontal bar chart of the tone counts as inline SVG (no JavaScript, prints in PDF)."""
    total = max(sum(counts.values()), 1)
    rows = []
    for i, tone in enumerate(("positive", "neutral", "negative")):
        n = counts.get(tone, 0)
        bar = int((width - 170) * n / total)
        y = 8 + i * 30
        rows.append(
            f'<text x="0" y="{y + 15}" font-size="12">{TONE_LABEL[tone]}</text>'
            f'<rect x="70" y="{y}" width="{bar}" height="20" fill="{TONE_COLORS[tone]}"/>'
            f'<text x="{76 + bar}" y="{y + 15}" font-size="12">{n} ({100 * n / total:.0f}%)</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="100" role="img" '
        f'aria-label="{escape("Grafik nada")}">{"".join(rows)}</svg>'
    )


def _articles(
    organization: Organization, start: dt.datetime, end: dt.datetime
) -> QuerySet[Article]:
    return Article.objects.for_org(organization).filter(fetched_at__gte=start, fetched_at__lt=end)


def clipping_context(
    organization: Organization, start: dt.datetime, end: dt.datetime
) -> dict[str, Any]:
    articles = list(
        _articles(organization, start, end).order_by("-published_on", "-fetched_at")[:500]
    )
    ids = [a.pk for a in articles]
    tones = Counter(a.tone for a in articles)
    topics = Counter(t for a in articles for t in a.topics).most_common(8)
    outlets = Counter(a.outlet or "—" for a in articles).most_common(10)
    quotes_by: dict[str, list[Quote]] = defaultdict(list)
    for q in Quote.objects.filter(article_id__in=ids, official__isnull=False).select_related(
        "official", "article"
    ):
        if len(quotes_by[q.official.full_name]) < 3:
            quotes_by[q.official.full_name].append(q)
    top_quotes = sorted(quotes_by.items(), key=lambda kv: -len(kv[1]))[:10]
    tz = organization.tz
    return {
        "org": organization,
        "start": timezone.localtime(start, tz),
        "end": timezone.localtime(end, tz),
        "articles": articles,
        "total": len(articles),
        "tones": {k: tones.get(k, 0) for k in TONE_LABEL},
        "chart": tone_chart_svg(dict(tones)),
        "topics": topics,
        "outlets": outlets,
        "top_quotes": top_quotes,
        "generated": timezone.localtime(timezone.now(), tz),
    }


def clipping_pdf(
    organization: Organization, start: dt.datetime, end: dt.datetime
) -> tuple[bytes, int]:
    from weasyprint import HTML

    context = clipping_context(organization, start, end)
    html = render_to_string("monitoring/clipping_pdf.html", context)
    return HTML(string=html).write_pdf(), context["total"]


def clipping_generate(
    *,
    organization: Organization,
    start: dt.datetime,
    end: dt.datetime,
    scheduled: bool = False,
    send: bool = False,
) -> ClippingReport:
    """Render and store a clipping report; with `send`, email it to the digest recipients."""
    if end <= start:
        raise ValueError("Akhir periode harus setelah awal periode.")
    pdf, total = clipping_pdf(organization, start, end)
    local = timezone.localtime(end, organization.tz)
    report = ClippingReport(
        organization=organization,
        period_start=start,
        period_end=end,
        articles=total,
        scheduled=scheduled,
    )
    report.file.save(
        f"{organization.pk}/kliping-{local:%Y%m%d-%H%M}.pdf", ContentFile(pdf), save=False
    )
    report.save()
    if send:
        conf = MonitoringSettings.objects.filter(organization=organization).first()
        for email in MonitoringSettings.lines(conf.digest_emails) if conf else []:
            outbox_enqueue(
                recipient=email,
                subject=f"Kliping media {local:%d-%m-%Y %H:%M}",
                body=f"Terlampir kliping media ({total} berita).",
                organization=organization,
                attachments=[
                    Attachment(f"kliping-{local:%Y%m%d-%H%M}.pdf", pdf, "application/pdf")
                ],
                purpose="monitoring.clipping",
                dedupe_key=f"monitoring:clip:{report.pk}:{email}"[:200],
                related=report,
            )
    return report


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt


def monthly_xlsx(organization: Organization, year: int, month: int) -> bytes:
    """Monthly analysis: tone share per official, per outlet, and the article list."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    first, nxt = month_range(year, month)
    qs = Article.objects.for_org(organization).filter(
        Q(published_on__gte=first, published_on__lt=nxt)
        | Q(published_on__isnull=True, fetched_at__date__gte=first, fetched_at__date__lt=nxt)
    )
    ids = list(qs.values_list("pk", flat=True))
    per_official: dict[int, dict[str, Any]] = {}
    seen: set[tuple[int, int]] = set()
    mentions = ArticlePerson.objects.filter(
        article_id__in=ids, official__isnull=False
    ).select_related("official", "article")
    for m in mentions:
        if (m.official_id, m.article_id) in seen:
            continue
        seen.add((m.official_id, m.article_id))
        row = per_official.setdefault(
            m.official_id,
            {
                "name": m.official.full_name,
                "position": m.position,
                "positive": 0,
                "neutral": 0,
                "negative": 0,
            },
        )
        row[m.article.tone] += 1
    wb = Workbook()
    ws = wb.active
    ws.title = "Nada per pejabat"
    ws.append(
        [
            "Pejabat",
            "Jabatan (di berita)",
            "Jumlah berita",
            "Positif",
            "Netral",
            "Negatif",
            "% positif",
            "% netral",
            "% negatif",
        ]
    )
    for row in sorted(
        per_official.values(), key=lambda r: -(r["positive"] + r["neutral"] + r["negative"])
    ):
        n = row["positive"] + row["neutral"] + row["negative"]
        ws.append(
            [
                row["name"],
                row["position"],
                n,
                row["positive"],
                row["neutral"],
                row["negative"],
                round(100 * row["positive"] / n, 1),
                round(100 * row["neutral"] / n, 1),
                round(100 * row["negative"] / n, 1),
            ]
        )
    outlets = wb.create_sheet("Per media")
    outlets.append(["Media", "Jumlah berita", "Positif", "Netral", "Negatif"])
    by_outlet: dict[str, Counter] = defaultdict(Counter)
    for outlet, tone in qs.values_list("outlet", "tone"):
        by_outlet[outlet or "—"][tone] += 1
    for outlet, c in sorted(by_outlet.items(), key=lambda kv: -sum(kv[1].values())):
        outlets.append([outlet, sum(c.values()), c["positive"], c["neutral"], c["negative"]])
    listing = wb.create_sheet("Berita")
    listing.append(["Tanggal", "Media", "Judul", "Nada isi", "Nada judul", "Topik", "Tautan"])
    for a in qs.order_by("published_on", "id").iterator():
        listing.append(
            [
                a.published_on,
                a.outlet,
                a.title,
                TONE_LABEL[a.tone],
                TONE_LABEL[a.headline_tone],
                ", ".join(a.topics),
                a.url,
            ]
        )
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
