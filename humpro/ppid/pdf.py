"""PDF (WeasyPrint) and XLSX outputs: receipt, written notice, service report."""

from __future__ import annotations

import io
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from humpro.ppid.models import Exemption, InformationRequest


def _pdf(template: str, context: dict[str, Any]) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, context)
    return HTML(string=html).write_pdf()


def receipt_pdf(request: InformationRequest) -> bytes:
    with timezone.override(request.organization.tz):
        return _pdf("ppid/pdf/receipt.html", {"r": request, "org": request.organization})


def notice_pdf(request: InformationRequest) -> bytes:
    labels = dict(Exemption.choices)
    with timezone.override(request.organization.tz):
        return _pdf(
            "ppid/pdf/notice.html",
            {
                "r": request,
                "org": request.organization,
                "exemption_labels": [labels.get(e, e) for e in request.exemptions],
            },
        )


def report_pdf(data: dict[str, Any], title: str) -> bytes:
    with timezone.override(data["organization"].tz):
        return _pdf(
            "ppid/pdf/report.html", {"d": data, "title": title, "org": data["organization"]}
        )


def report_xlsx(data: dict[str, Any], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Ringkasan"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([data["organization"].name, f"{data['start']:%d-%m-%Y} s.d. {data['end']:%d-%m-%Y}"])
    rows = [
        ("Jumlah permohonan", data["total"]),
        ("Pemberitahuan tertulis terbit", data["decided"]),
        ("Diterima seluruhnya", data["granted"]),
        ("Diterima sebagian", data["partly"]),
        ("Ditolak", data["refused"]),
        ("Informasi tidak dikuasai", data["not_held"]),
        ("Masih diproses", data["open"]),
        ("Diperpanjang", data["extended"]),
        ("Rata-rata waktu (hari kerja)", data["avg_days"]),
        ("Tepat waktu", data["on_time"]),
        ("Persentase tepat waktu (%)", data["on_time_rate"]),
        ("Jumlah keberatan", data["objection_total"]),
        ("Keberatan ditanggapi", data["objection_answered"]),
        ("Sengketa ke Komisi Informasi", data["dispute_total"]),
        ("Gugatan ke pengadilan", data["court_total"]),
    ]
    ws.append([])
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append(["Alasan penolakan (Pasal 17)", "Jumlah"])
    for label, n in data["refusal_reasons"]:
        ws.append([label, n])
    ws.column_dimensions["A"].width = 60
    reg = wb.create_sheet("Register permohonan")
    reg.append(
        [
            "Nomor",
            "Tanggal diterima",
            "Nama pemohon",
            "Alamat",
            "Kontak",
            "Pekerjaan",
            "Informasi diminta",
            "Tujuan",
            "Jenis permohonan",
            "Bentuk",
            "Keputusan",
            "Alasan penolakan",
            "Uji konsekuensi",
            "Badan publik yang menguasai",
            "Batas waktu",
            "Pemberitahuan tertulis",
            "Penyampaian",
            "Biaya",
        ]
    )
    for r in data["requests"]:
        reg.append(
            [
                r.number,
                r.received_on,
                r.requester_name,
                r.address,
                " / ".join(x for x in (r.phone, r.email) if x),
                r.occupation,
                r.information,
                r.purpose,
                r.get_channel_display(),
                r.get_form_display(),
                r.get_decision_display() if r.decision else "diproses",
                ", ".join(f"Pasal 17 huruf {e}" for e in r.exemptions),
                r.consequence_test,
                r.holding_body,
                r.effective_due,
                timezone.localtime(r.notice_issued_at, r.organization.tz).date()
                if r.notice_issued_at
                else None,
                timezone.localtime(r.delivered_at, r.organization.tz).date()
                if r.delivered_at
                else None,
                r.fee,
            ]
        )
    obj = wb.create_sheet("Keberatan")
    obj.append(
        [
            "Nomor",
            "Permohonan",
            "Tanggal",
            "Alasan (Pasal 35)",
            "Tanggapan",
            "Batas",
            "Sengketa KI",
            "Hasil sengketa",
        ]
    )
    for o in data["objections"]:
        obj.append(
            [
                o.number,
                o.request.number,
                o.received_on,
                ", ".join(o.reasons),
                o.get_decision_display() if o.decision else "menunggu",
                o.due_on,
                o.dispute_number,
                o.get_dispute_outcome_display() if o.dispute_outcome else "",
            ]
        )
    units = wb.create_sheet("Unit")
    units.append(
        ["Unit PPID Pelaksana", "Disposisi", "Dijawab", "Tepat waktu", "Persentase tepat waktu (%)"]
    )
    for u in data["units"]:
        units.append([u["unit"], u["dispositions"], u["answered"], u["on_time"], u["on_time_rate"]])
    for sheet in (reg, obj, units):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
