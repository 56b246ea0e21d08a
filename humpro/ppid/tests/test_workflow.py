"""Request → disposition to two units → answers merged → decision/notice → delivery; objections,
disputes; the annual report and KPIs; validation without half-saved data."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from humpro.core.models import OutboxMessage
from humpro.core.worker import run_pending_tasks
from humpro.ppid import services
from humpro.ppid.models import InformationRequest, RequesterDocument, RequestEvent
from humpro.ppid.pdf import notice_pdf, receipt_pdf, report_xlsx
from humpro.ppid.reports import period_bounds, ppid_kpis, report_data
from humpro.ppid.services_intake import UploadedDocument, request_create
from humpro.ppid.services_objections import (
    objection_dispute,
    objection_dispute_outcome,
    objection_file,
    objection_respond,
)
from humpro.ppid.tests.factories import PNG, make_request, make_unit, person_data
from humpro.ppid.validation import PpidInputError, check_nik
from humpro.testing import make_org

pytestmark = pytest.mark.django_db
WIB = dt.timezone(dt.timedelta(hours=7))


def _at(y: int, m: int, d: int, h: int = 10) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=WIB)


def test_nik_format_checks() -> None:
    assert check_nik("7371031505900001") is None
    assert check_nik("7371035505900001") is None  # women: day + 40
    assert "16 digit" in check_nik("73710315059")
    assert "16 digit" in check_nik("73710315059000AB")
    assert "Tanggal lahir" in check_nik("7371033513900001")
    assert "kode provinsi" in check_nik("0571031505900001")


def test_registration_numbers_hashed_code_and_due_date() -> None:
    org = make_org()
    first, code = make_request(org, received_at=_at(2026, 3, 16))
    second, _ = make_request(org, received_at=_at(2026, 3, 17))
    assert (first.number, second.number) == ("PPID-2026-0001", "PPID-2026-0002")
    assert first.due_on == dt.date(2026, 4, 7)  # across Idul Fitri 2026
    assert code not in first.tracking_code_hash and len(first.tracking_code_hash) == 64
    assert first.check_code(code) and first.check_code(code.lower().replace("-", ""))
    assert not first.check_code("AAAAA-BBBBB")
    assert RequestEvent.objects.filter(request=first, kind="diterima").count() == 1
    # receipt mail with the PDF goes through the outbox
    msg = OutboxMessage.objects.get(dedupe_key=f"ppid:receipt:{first.pk}")
    assert msg.recipient == first.email and code in msg.body and msg.attachments


def test_received_late_evening_counts_in_the_org_time_zone() -> None:
    org = make_org(timezone="Asia/Jayapura")  # WIT = UTC+9
    req, _ = make_request(org, received_at=dt.datetime(2026, 7, 2, 16, 0, tzinfo=dt.UTC))  # 3 Jul 01:00 WIT
    assert req.received_on == dt.date(2026, 7, 3)


def test_invalid_input_saves_nothing() -> None:
    org = make_org()
    with pytest.raises(PpidInputError) as exc:
        request_create(organization=org, data=person_data(nik="123", email="bukan-email", information=""))
    assert set(exc.value.errors) >= {"nik", "email", "information"}
    with pytest.raises(PpidInputError) as exc:
        request_create(
            organization=org,
            data=person_data(requester_kind="badan_hukum"),
            documents=[UploadedDocument("ktp", "ktp.png", PNG)],
        )
    assert "akta" in exc.value.errors["documents"]
    with pytest.raises(PpidInputError):
        request_create(organization=org, data=person_data(), documents=[UploadedDocument("ktp", "ktp.exe", b"MZ")])
    with pytest.raises(PpidInputError) as exc:  # a script disguised by its name is refused by content
        request_create(organization=org, data=person_data(),
                       documents=[UploadedDocument("ktp", "ktp.jpg", b"<?php system($_GET['c']); ?>")])
    assert "bukan JPG yang sah" in exc.value.errors["document_ktp"]
    assert InformationRequest.objects.count() == 0 and RequesterDocument.objects.count() == 0


def test_legal_entity_with_documents_stored_privately() -> None:
    org = make_org()
    req, _ = request_create(
        organization=org,
        data=person_data(
            requester_kind="badan_hukum",
            requester_name="Yayasan Suara Makmur",
            nik="",
            occupation="",
            representative="Dewi Lestari",
        ),
        documents=[UploadedDocument("akta", "akta.pdf", b"%PDF-1.4 akta", "application/pdf")],
    )
    doc = req.documents.get()
    assert doc.file.name.startswith(f"private/ppid/{org.pk}/") and "akta" not in doc.file.name
    assert doc.file.read() == b"%PDF-1.4 akta"


def test_full_workflow_two_units_merged_notice_and_report() -> None:
    org = make_org()
    humas, bkad = make_unit(org, "Biro Humas"), make_unit(org, "Badan Keuangan Daerah")
    req, _ = make_request(org, received_at=_at(2026, 7, 1))
    services.request_dispose(request=req, units=[humas, bkad], instruction="Siapkan bagian masing-masing")
    req.refresh_from_db()
    assert req.status == "didisposisi" and req.dispositions.count() == 2
    with pytest.raises(PpidInputError, match="belum menjawab"):
        services.request_decide(request=req, decision="dikabulkan", response="x")
    d1, d2 = req.dispositions.order_by("unit__name")
    services.disposition_answer(disposition=d1, answer="Realisasi belanja Rp1,2 miliar.")
    req.refresh_from_db()
    assert req.status == "didisposisi"
    services.disposition_answer(disposition=d2, answer="Rincian kontrak media terlampir.")
    req.refresh_from_db()
    assert req.status == "dijawab_unit"
    merged = services.merged_answers(req)
    assert "Badan Keuangan Daerah:\nRealisasi" in merged and "Biro Humas:\nRincian" in merged
    with pytest.raises(PpidInputError) as exc:
        services.request_decide(request=req, decision="sebagian", response=merged, exemptions=[])
    assert {"exemptions", "consequence_test"} <= set(exc.value.errors)
    req = services.request_decide(
        request=req,
        decision="sebagian",
        response=merged,
        exemptions=["h"],
        consequence_test="Nama dan NIK pihak ketiga dalam kontrak adalah rahasia pribadi; dihitamkan.",
    )
    assert req.status == "diputuskan" and req.notice_number == f"SPT/{req.number}"
    pdf = notice_pdf(req)
    assert pdf.startswith(b"%PDF") and receipt_pdf(req).startswith(b"%PDF")
    assert OutboxMessage.objects.filter(dedupe_key=f"ppid:notice:{req.pk}").exists()
    services.request_deliver(request=req, note="Dikirim ke email pemohon")
    req.refresh_from_db()
    assert req.status == "disampaikan" and req.delivered_at
    kinds = list(req.events.values_list("kind", flat=True))
    assert kinds[:2] == ["diterima", "disposisi"] and "pemberitahuan" in kinds and kinds[-1] == "disampaikan"

    objection = objection_file(
        request=req, reasons=["d", "a"], description="Bagian kontrak dihitamkan.", received_at=_at(2026, 7, 20)
    )
    assert objection.reasons == ["a", "d"] and objection.number == "KEB-2026-0001"
    assert objection.due_on == dt.date(2026, 9, 2)  # 30 working days, 17 Aug and 25 Aug closed
    with pytest.raises(PpidInputError, match="menunggu"):
        objection_file(request=req, reasons=["c"])
    with pytest.raises(PpidInputError, match="huruf a sampai g"):
        objection_file(request=req, reasons=["z"])
    objection_respond(
        objection=objection,
        decision="ditolak",
        response="Pengecualian sah, Pasal 17 huruf h.",
        responder_name="Sekretaris Daerah Provinsi Nusa Makmur",
    )
    objection_dispute(objection=objection, dispute_number="012/VIII/KI-NM-PS/2026", filed_on=dt.date(2026, 8, 20))
    objection_dispute_outcome(
        objection=objection, outcome="mediasi", outcome_on=dt.date(2026, 10, 1), note="Para pihak sepakat."
    )
    objection.refresh_from_db()
    assert objection.status == "selesai"

    data = report_data(org, *period_bounds(2026))
    assert data["total"] == 1 and data["partly"] == 1 and data["decided"] == 1
    assert data["refusal_reasons"] == [("Pasal 17 huruf h: mengungkap rahasia pribadi", 1)]
    assert data["objection_total"] == 1 and data["objection_answered"] == 1 and data["dispute_total"] == 1
    assert ("Mediasi berhasil", 1) in data["dispute_outcomes"]
    assert ("a. penolakan berdasarkan alasan pengecualian (Pasal 17)", 1) in data["objection_reasons"]
    assert report_data(org, *period_bounds(2026, 1))["total"] == 0
    units = {u["unit"]: u for u in data["units"]}
    assert units["Biro Humas"]["answered"] == 1 and units["Biro Humas"]["dispositions"] == 1
    xlsx = report_xlsx(data, "Laporan 2026")
    import io

    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    assert wb.sheetnames == ["Ringkasan", "Register permohonan", "Keberatan", "Unit"]
    assert wb["Register permohonan"]["A2"].value == req.number
    kpis = ppid_kpis(org, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert kpis["total"] == 1 and kpis["partly"] == 1 and isinstance(kpis["units"], list)


def test_on_time_rate_and_time_taken() -> None:
    org = make_org()
    late, _ = make_request(org, received_at=_at(2026, 7, 1))  # due Wed 15 Jul
    quick, _ = make_request(org, received_at=_at(2026, 7, 1))
    InformationRequest.objects.filter(pk=late.pk).update(
        status="diputuskan", decision="dikabulkan", notice_issued_at=_at(2026, 7, 20)
    )
    InformationRequest.objects.filter(pk=quick.pk).update(
        status="diputuskan", decision="ditolak", exemptions=["a"], notice_issued_at=_at(2026, 7, 3)
    )
    data = report_data(org, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    assert data["on_time"] == 1 and data["on_time_rate"] == 50.0
    assert (data["min_days"], data["max_days"], data["avg_days"]) == (2, 13, 7.5)
    assert data["refused"] == 1 and data["granted"] == 1


def test_extension_once_with_reason_before_due() -> None:
    org = make_org()
    req, _ = make_request(org, received_at=_at(2026, 3, 16))
    with pytest.raises(PpidInputError, match="Alasan"):
        services.request_extend(request=req, reason="", today=dt.date(2026, 4, 1))
    with pytest.raises(PpidInputError, match="sudah lewat"):
        services.request_extend(request=req, reason="Data tersebar di 3 OPD", today=dt.date(2026, 4, 8))
    services.request_extend(request=req, reason="Data tersebar di 3 OPD", today=dt.date(2026, 4, 7))
    assert req.extended_due_on == dt.date(2026, 4, 16) and req.effective_due == dt.date(2026, 4, 16)
    with pytest.raises(PpidInputError, match="sekali"):
        services.request_extend(request=req, reason="Lagi-lagi perlu waktu", today=dt.date(2026, 4, 8))


def test_not_held_needs_the_holding_body_and_outbox_sends() -> None:
    org = make_org()
    req, _ = make_request(org)
    with pytest.raises(PpidInputError) as exc:
        services.request_decide(request=req, decision="tidak_dikuasai")
    assert "holding_body" in exc.value.errors
    services.request_decide(request=req, decision="tidak_dikuasai", holding_body="BPS Provinsi Nusa Makmur")
    req.refresh_from_db()
    assert req.holding_body == "BPS Provinsi Nusa Makmur" and req.exemptions == []
    mail.outbox.clear()
    run_pending_tasks()
    from humpro.core.outbox import outbox_flush

    outbox_flush()
    subjects = [m.subject for m in mail.outbox]
    assert any("Pemberitahuan tertulis" in s for s in subjects)
    notice = next(m for m in mail.outbox if "Pemberitahuan tertulis" in m.subject)
    assert notice.attachments[0][0] == f"pemberitahuan-{req.number}.pdf"
