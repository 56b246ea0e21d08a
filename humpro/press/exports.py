"""XLSX export of contracts, deliverables and realisation for one fiscal year."""

from __future__ import annotations

import io

import openpyxl
from openpyxl.styles import Font

from humpro.orgs.models import Organization
from humpro.press.models import Contract, Deliverable
from humpro.press.selectors import contract_realisation, outlet_evaluation

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sheet(wb: openpyxl.Workbook, title: str, headers: list[str]):  # type: ignore[no-untyped-def]
    ws = wb.create_sheet(title)
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    return ws


def contracts_export(*, organization: Organization, fiscal_year: int) -> tuple[bytes, str, str]:
    contracts = list(
        Contract.objects.for_org(organization)
        .filter(fiscal_year=fiscal_year)
        .select_related("outlet", "budget_line")
        .order_by("outlet__name", "number")
    )
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    ws = _sheet(
        wb,
        "Kontrak",
        [
            "Nomor SPK",
            "Media",
            "Jenis media",
            "Uraian",
            "Kode rekening",
            "Nilai (Rp)",
            "Mulai",
            "Selesai",
            "Status",
            "Pengecualian syarat",
        ],
    )
    for c in contracts:
        ws.append(
            [
                c.number,
                c.outlet.name,
                c.outlet.get_media_type_display(),
                c.title,
                c.budget_line.code,
                float(c.value),
                c.start_date,
                c.end_date,
                c.get_status_display(),
                c.override_reason,
            ]
        )
    ws = _sheet(
        wb,
        "Keluaran",
        [
            "Nomor SPK",
            "Media",
            "Jenis",
            "Ke-",
            "Awal periode",
            "Batas periode",
            "Status",
            "Tepat waktu",
            "Harga satuan (Rp)",
            "Termin",
            "Tanggal tayang",
            "URL",
        ],
    )
    deliverables = (
        Deliverable.objects.filter(contract__in=contracts)
        .select_related("contract__outlet", "quota", "payment")
        .prefetch_related("proofs")
        .order_by("contract__number", "due_date", "kind", "sequence")
    )
    for d in deliverables:
        proof = next((p for p in d.proofs.all() if p.status == "verified"), None)
        ws.append(
            [
                d.contract.number,
                d.contract.outlet.name,
                d.get_kind_display(),
                d.sequence,
                d.period_start,
                d.due_date,
                d.get_status_display(),
                "" if d.on_time is None else ("ya" if d.on_time else "tidak"),
                float(d.quota.unit_price),
                d.payment.term if d.payment else "",
                proof.published_on if proof else "",
                proof.url if proof else "",
            ]
        )
    ws = _sheet(
        wb,
        "Realisasi",
        [
            "Nomor SPK",
            "Media",
            "Nilai (Rp)",
            "Keluaran kontrak",
            "Terverifikasi",
            "Tepat waktu",
            "Realisasi (%)",
            "Nilai terverifikasi (Rp)",
            "Diajukan (Rp)",
            "Dibayar (Rp)",
        ],
    )
    for c in contracts:
        r = contract_realisation(c)
        ws.append(
            [
                c.number,
                c.outlet.name,
                float(r.value),
                r.contracted,
                r.verified,
                r.on_time,
                r.percent,
                float(r.verified_value),
                float(r.requested_value),
                float(r.paid_value),
            ]
        )
    _evaluation_sheet(wb, organization, fiscal_year)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue(), XLSX, f"kerja-sama-media-{fiscal_year}.xlsx"


def _percent(value: int | None) -> int | str:
    return "—" if value is None else value


def _evaluation_sheet(wb: openpyxl.Workbook, organization: Organization, fiscal_year: int) -> None:
    """Per outlet: delivery, punctuality, and (from monitoring) pickups and tone of coverage."""
    ws = _sheet(
        wb,
        "Evaluasi",
        [
            "Media",
            "Kontrak",
            "Nilai (Rp)",
            "Keluaran kontrak",
            "Jatuh tempo",
            "Terverifikasi",
            "Realisasi (%)",
            "Tepat waktu",
            "Bukti dikembalikan",
            "Dibayar (Rp)",
            "Rilis dimuat",
            "Berita terpantau",
            "Nada positif (%)",
            "Nada netral (%)",
            "Nada negatif (%)",
        ],
    )
    for e in outlet_evaluation(organization=organization, fiscal_year=fiscal_year):
        ws.append(
            [
                e.outlet.name,
                e.contracts,
                float(e.value),
                e.contracted,
                e.due,
                e.verified,
                e.delivery_percent,
                e.on_time,
                e.returned_proofs,
                float(e.paid),
                e.pickups,
                e.coverage.articles,
                *(_percent(e.tone_share[t]) for t in ("positive", "neutral", "negative")),
            ]
        )
