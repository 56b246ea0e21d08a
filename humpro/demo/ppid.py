"""Demo PPID: information requests at different stages (new, disposed to a unit, decided with
its written notice, overdue, refused with an objection) and a few DIP items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from humpro.core.workdays import calendar_for
from humpro.demo.common import at, today, unit, user
from humpro.orgs.models import Organization
from humpro.ppid import clock
from humpro.ppid.models import Channel, Decision, InformationRequest
from humpro.ppid.models_dip import Category, PublicInformation
from humpro.ppid.services import disposition_answer, request_decide, request_dispose
from humpro.ppid.services_dip import dip_add_document, dip_save
from humpro.ppid.services_intake import request_create
from humpro.ppid.services_objections import objection_file

KOMINFO = "Dinas Komunikasi dan Informatika"
BIRO = "Biro Administrasi Pimpinan"


def _person(name: str, nik: str, information: str, purpose: str, **extra: Any) -> dict[str, Any]:
    data = {"requester_kind": "perorangan", "requester_name": name, "nik": nik,
            "address": "Jl. Sriwijaya No. 21, Bandar Makmur", "phone": "0812-3456-7890",
            "occupation": "Wiraswasta", "information": information, "purpose": purpose,
            "form": "softcopy", "delivery": "ambil"}
    data.update(extra)
    return data


def _received(org: Organization, working_days_ago: int) -> dt.datetime:
    """09:00 local on the working day `working_days_ago` working days before today."""
    cal, day = calendar_for(org), today(org)
    while working_days_ago > 0:
        day -= dt.timedelta(days=1)
        if cal.is_working_day(day):
            working_days_ago -= 1
    return at(org, day, 9)


def _overdue_received(org: Organization) -> dt.datetime:
    """A receipt time whose 10-working-day deadline is already past."""
    cal, day = calendar_for(org), today(org) - dt.timedelta(days=14)
    while clock.request_due(cal, day) >= today(org):
        day -= dt.timedelta(days=1)
    return at(org, day, 10)


def _request(org: Organization, data: dict[str, Any], **kwargs: Any) -> tuple[InformationRequest, bool]:
    found = InformationRequest.objects.for_org(org).filter(
        requester_name=data["requester_name"], information=data["information"]).first()
    if found is not None:
        return found, False
    request, _code = request_create(organization=org, data=data, **kwargs)
    return request, True


def seed_ppid(org: Organization) -> None:
    ppid, pelaksana = user("ppid"), user("ppid-unit")
    kominfo, biro = unit(org, KOMINFO), unit(org, BIRO)
    _request(org, _person(  # new, from the web form, a moment ago
        "Siti Rahmawati", "5271016504900002", "Daftar penerima bantuan alat tangkap nelayan tahun ini per kabupaten.",
        "Bahan penelitian skripsi tentang kesejahteraan nelayan.", occupation="Mahasiswa"),
        channel=Channel.WEB, received_at=timezone.now() - dt.timedelta(hours=1))
    request, new = _request(org, _person(  # disposed to the PPID Pelaksana of Diskominfo
        "Andi Firmansyah", "5271021203850001", "Anggaran dan realisasi belanja iklan layanan masyarakat "
        "Diskominfo dua tahun terakhir.", "Liputan jurnalistik tentang belanja publikasi pemerintah.",
        occupation="Wartawan"), channel=Channel.COUNTER, received_at=_received(org, 2), actor=ppid, handler=ppid)
    if new:
        request_dispose(request=request, units=[kominfo], actor=ppid,
                        instruction="Mohon siapkan rekap per tahun anggaran (DPA dan realisasi).")
    request, new = _request(org, _person(  # answered by the unit, decided, written notice issued
        "Made Sudiarta", "5271030708780003", "Salinan Peraturan Gubernur tentang standar biaya masukan.",
        "Penyusunan penawaran pengadaan barang.", email="made.sudiarta@example.test", delivery="email"),
        channel=Channel.EMAIL, received_at=_received(org, 6), actor=ppid, handler=ppid)
    if new:
        [disposition] = request_dispose(request=request, units=[kominfo], actor=ppid)
        disposition_answer(disposition=disposition, actor=pelaksana,
                           answer="Pergub terlampir dalam bentuk PDF (JDIH Provinsi Nusa Makmur).")
        request_decide(request=request, decision=Decision.GRANTED, actor=ppid,
                       response="Informasi diberikan seluruhnya: salinan Pergub dikirim melalui email.")
    request, new = _request(org, _person(  # disposed to a unit that never answered: overdue
        "Yohanes Kabes", "5271041111800004", "Hasil evaluasi kinerja penyelenggaraan festival budaya tahun lalu.",
        "Bahan advokasi komunitas seni.", occupation="Pegiat seni"),
        channel=Channel.LETTER, received_at=_overdue_received(org), actor=ppid, handler=ppid)
    if new:
        request_dispose(request=request, units=[biro], actor=ppid, instruction="Mohon dijawab segera.")
    request, new = _request(org, {  # refused (Pasal 17), the requester objected
        "requester_kind": "badan_hukum", "requester_name": "Lembaga Kajian Anggaran Nusa Makmur",
        "representative": "Hendra Saputra", "address": "Jl. Airlangga No. 5, Bandar Makmur",
        "phone": "0370-612345", "information": "Rencana pengamanan kunjungan Presiden beserta rute dan jadwal.",
        "purpose": "Kajian transparansi belanja pengamanan.", "form": "softcopy", "delivery": "ambil"},
        channel=Channel.LETTER, received_at=_received(org, 12), actor=ppid, handler=ppid,
        documents=[_deed()])
    if new:
        request_decide(request=request, decision=Decision.REFUSED, exemptions=["c"], actor=ppid,
                       consequence_test="Membuka rute dan jadwal pengamanan VVIP dapat membahayakan keselamatan "
                                        "kepala negara; kepentingan yang dilindungi lebih besar.")
        objection_file(request=request, reasons=["a"], actor=ppid,
                       description="Kami hanya meminta total anggaran, bukan rute; penolakan terlalu luas.")
    _dip(org, kominfo, biro)


def _deed() -> Any:
    from humpro.ppid.services_intake import UploadedDocument

    content = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return UploadedDocument(kind="akta", name="akta-pendirian.pdf", content=content, content_type="application/pdf")


DIP = [  # title, category, unit, summary, legal basis, consequence test
    ("Laporan Realisasi Anggaran Pemerintah Provinsi Nusa Makmur", Category.BERKALA, BIRO,
     "Ringkasan realisasi pendapatan dan belanja per semester.", "", ""),
    ("Peringatan Dini Cuaca Ekstrem dan Gelombang Tinggi", Category.SERTA_MERTA, KOMINFO,
     "Informasi yang dapat mengancam hajat hidup orang banyak, disiarkan segera.", "", ""),
    ("Daftar Peraturan Gubernur", Category.SETIAP_SAAT, BIRO, "Pergub yang berlaku beserta tautan JDIH.", "", ""),
    ("Agenda Pimpinan Daerah", Category.SETIAP_SAAT, BIRO, "Agenda publik Gubernur dan Wakil Gubernur.", "", ""),
    ("Rencana Pengamanan Kunjungan VVIP", Category.DIKECUALIKAN, BIRO, "Rute, jadwal dan formasi pengamanan.",
     "UU 14/2008 Pasal 17 huruf c (membahayakan pertahanan dan keamanan negara).",
     "Pembukaan informasi dapat dimanfaatkan untuk mengganggu keselamatan tamu negara; dikecualikan selama "
     "kunjungan dan satu tahun sesudahnya."),
]


def _dip(org: Organization, *units: Any) -> None:
    by_name = {u.name: u for u in units}
    for title, category, owner, summary, basis, test in DIP:
        if PublicInformation.objects.for_org(org).filter(title=title).exists():
            continue
        info = dip_save(organization=org, owner_unit=by_name[owner], data={
            "title": title, "summary": summary, "category": category, "legal_basis": basis,
            "consequence_test": test, "responsible": f"Kepala {owner}", "period": "Tahun berjalan",
            "retention": "5 tahun", "published": True})
        if category == Category.BERKALA:
            dip_add_document(info=info, title="Realisasi semester berjalan (CSV)", name="realisasi-anggaran.csv",
                             content=b"akun;uraian;anggaran;realisasi\n4;Pendapatan;5200000000000;2100000000000\n"
                                     b"5;Belanja;5350000000000;1980000000000\n")
