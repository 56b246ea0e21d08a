"""Eligibility rules (pure), budget ceiling, quota accounting, proof → verify/return → payment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from humpro.press.contracts import QuotaSpec, periods
from humpro.press.eligibility import check_outlet, failures, is_eligible
from humpro.press.models import Deliverable, DeliverableTransition, PaymentTransition, Proof
from humpro.press.proofs import (
    payment_request_create,
    payment_set_status,
    proof_return,
    proof_submit,
    proof_verify,
    sniff_content_type,
)
from humpro.press.selectors import contract_realisation, outlet_evaluation, quota_summary
from humpro.press.tests.factories import (
    make_budget_line,
    make_contract,
    make_outlet,
    png_upload,
    set_policy,
)
from humpro.testing import make_org

D = dt.date


def _outlet(**kw: object) -> SimpleNamespace:
    base = {
        "name": "Warta",
        "media_type": "siber",
        "legal_name": "PT Warta",
        "deed_number": "1",
        "sk_kemenkumham": "AHU-1",
        "nib": "9120001234567",
        "npwp": "012345678901000",
        "dewan_pers_status": "faktual",
        "dewan_pers_date": D(2022, 1, 3),
        "chief_editor": "Rahmat",
        "chief_editor_ukw": "utama",
    }
    base.update(kw)
    return SimpleNamespace(**base)


def _policy(**kw: object) -> SimpleNamespace:
    base = {
        "min_dewan_pers": "administratif",
        "require_ukw_utama": True,
        "require_legal_entity": True,
        "require_nib": True,
        "require_npwp": True,
        "grace_until": None,
    }
    base.update(kw)
    return SimpleNamespace(**base)


# --- eligibility (pure functions, no database) -----------------------------------------------


def test_a_complete_outlet_passes_every_rule_with_an_explanation() -> None:
    checks = check_outlet(_outlet(), _policy(), D(2026, 2, 1))
    assert [c.key for c in checks] == ["dewan_pers", "ukw_utama", "legal_entity", "nib", "npwp"]
    assert is_eligible(checks) and all(c.passed for c in checks)
    assert "terverifikasi faktual sejak 03/01/2022" in checks[0].message
    assert "Rahmat bersertifikat UKW Utama" in checks[1].message


@pytest.mark.parametrize(
    "outlet,key,text",
    [
        (
            _outlet(dewan_pers_status="none"),
            "dewan_pers",
            "belum terverifikasi; organisasi mensyaratkan minimal terverifikasi administratif",
        ),
        (_outlet(chief_editor_ukw="madya"), "ukw_utama", "(Rahmat) UKW Madya; syarat: UKW jenjang Utama"),
        (_outlet(chief_editor=""), "ukw_utama", "(belum dicatat)"),
        (
            _outlet(sk_kemenkumham="", deed_number=""),
            "legal_entity",
            "nomor akta pendirian, nomor SK Kemenkumham belum dicatat",
        ),
        (_outlet(nib=""), "nib", "NIB (Nomor Induk Berusaha) belum dicatat"),
        (_outlet(npwp=""), "npwp", "NPWP badan usaha belum dicatat"),
    ],
)
def test_each_failing_rule_blocks_and_says_why(outlet: SimpleNamespace, key: str, text: str) -> None:
    checks = check_outlet(outlet, _policy(), D(2026, 2, 1))
    failed = failures(checks)
    assert [c.key for c in failed] == [key]
    assert text in failed[0].message
    assert not is_eligible(checks)


def test_factual_requirement_refuses_administrative_only() -> None:
    outlet = _outlet(dewan_pers_status="administratif")
    assert is_eligible(check_outlet(outlet, _policy(), D(2026, 2, 1)))
    assert not is_eligible(check_outlet(outlet, _policy(min_dewan_pers="faktual"), D(2026, 2, 1)))


def test_grace_period_turns_dewan_pers_and_ukw_into_notes_until_it_ends() -> None:
    outlet = _outlet(dewan_pers_status="none", chief_editor_ukw="muda")
    policy = _policy(grace_until=D(2026, 6, 30))
    inside = check_outlet(outlet, policy, D(2026, 6, 30))
    assert is_eligible(inside)
    assert all("Masa tenggang berlaku sampai 30/06/2026" in c.message for c in inside if not c.passed)
    assert not is_eligible(check_outlet(outlet, policy, D(2026, 7, 1)))
    # the legal-entity rule has no grace period
    assert not is_eligible(check_outlet(_outlet(nib=""), policy, D(2026, 6, 1)))


def test_disabled_rules_are_not_checked() -> None:
    policy = _policy(
        min_dewan_pers="none",
        require_ukw_utama=False,
        require_legal_entity=False,
        require_nib=False,
        require_npwp=False,
    )
    assert check_outlet(_outlet(dewan_pers_status="none", nib=""), policy, D(2026, 1, 1)) == []


# --- contracts: periods, eligibility, ceiling ------------------------------------------------


def test_periods_by_month_quarter_and_contract() -> None:
    assert periods(D(2026, 1, 15), D(2026, 3, 10), "month") == [
        (D(2026, 1, 15), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 28)),
        (D(2026, 3, 1), D(2026, 3, 10)),
    ]
    assert periods(D(2026, 2, 1), D(2026, 12, 31), "quarter") == [
        (D(2026, 2, 1), D(2026, 3, 31)),
        (D(2026, 4, 1), D(2026, 6, 30)),
        (D(2026, 7, 1), D(2026, 9, 30)),
        (D(2026, 10, 1), D(2026, 12, 31)),
    ]
    assert periods(D(2026, 2, 1), D(2026, 5, 1), "contract") == [(D(2026, 2, 1), D(2026, 5, 1))]


@pytest.mark.django_db
def test_ineligible_outlet_needs_a_recorded_override_reason() -> None:
    org = make_org()
    set_policy(org, min_dewan_pers="faktual")
    outlet = make_outlet(org, dewan_pers_status="administratif")
    with pytest.raises(ValidationError) as exc:
        make_contract(org, outlet=outlet)
    assert any(
        "Syarat tidak terpenuhi — Status Dewan Pers: terverifikasi administratif" in m for m in exc.value.messages
    )
    assert not outlet.contracts.exists()
    contract = make_contract(org, outlet=outlet, override_reason="Media satu-satunya di Pulau Timur.")
    assert contract.override_reason == "Media satu-satunya di Pulau Timur."
    assert [c["key"] for c in contract.eligibility if not c["passed"]] == ["dewan_pers"]


@pytest.mark.django_db
def test_budget_ceiling_counts_committed_contracts() -> None:
    org = make_org()
    line = make_budget_line(org, ceiling=Decimal("50000000"))
    make_contract(org, budget_line=line, value=Decimal("30000000"))
    with pytest.raises(ValidationError) as exc:
        make_contract(org, budget_line=line, value=Decimal("25000000"))
    assert (
        f"Pagu {line.code} tidak cukup: pagu Rp50.000.000, sudah terikat Rp30.000.000, sisa Rp20.000.000, "
        "nilai kontrak Rp25.000.000."
    ) in exc.value.messages
    make_contract(org, budget_line=line, value=Decimal("20000000"))
    assert line.committed() == Decimal("50000000")


@pytest.mark.django_db
def test_contract_validation_messages() -> None:
    org = make_org()
    with pytest.raises(ValidationError) as exc:
        make_contract(org, start_date=D(2025, 12, 1), quotas=[QuotaSpec("artikel", 0, "month", Decimal(1))])
    assert "Periode kontrak harus di dalam tahun anggaran 2026." in exc.value.messages
    assert "Jumlah kuota per periode harus 1–500." in exc.value.messages
    with pytest.raises(ValidationError) as exc:
        make_contract(org, value=Decimal("5000000"))  # 2 × 3 months × Rp1 juta = Rp6 juta
    assert exc.value.messages == ["Jumlah kuota × harga satuan (Rp6.000.000) melebihi nilai kontrak (Rp5.000.000)."]


# --- quota accounting -----------------------------------------------------------------------


def _submit(deliverable: Deliverable, day: dt.date, **kw: object) -> Proof:
    return proof_submit(
        deliverable=deliverable,
        kind=kw.pop("kind", "online"),
        published_on=day,
        url=kw.pop("url", "https://warta.test/berita"),
        upload=kw.pop("upload", png_upload()),
        **kw,
    )


@pytest.mark.django_db
def test_quota_accounting_per_month_and_quarter() -> None:
    org = make_org()
    contract = make_contract(
        org,
        start_date=D(2026, 1, 1),
        end_date=D(2026, 6, 30),
        value=Decimal(10**8),
        quotas=[
            QuotaSpec("artikel", 4, "month", Decimal("500000")),
            QuotaSpec("spot", 10, "quarter", Decimal("250000")),
            QuotaSpec("banner", 1, "contract", Decimal("3000000")),
        ],
    )
    assert contract.deliverables.count() == 4 * 6 + 10 * 2 + 1
    articles = list(contract.deliverables.filter(kind="artikel").order_by("due_date", "sequence"))
    assert articles[0].due_date == D(2026, 1, 31) and articles[-1].due_date == D(2026, 6, 30)
    _submit(articles[0], D(2026, 1, 20))
    proof_verify(proof=_submit(articles[1], D(2026, 1, 25)))
    proof_verify(proof=_submit(articles[2], D(2026, 2, 3)))  # January's slot, published late
    proof_return(proof=_submit(articles[3], D(2026, 1, 30)), reason="URL tidak dapat dibuka.")
    lines = {line.quota.kind: line for line in quota_summary(contract, on=D(2026, 2, 15))}
    a = lines["artikel"]
    assert (a.contracted, a.due, a.submitted, a.verified, a.on_time, a.returned) == (24, 4, 1, 2, 1, 1)
    assert a.pending == 21 and a.late == 2
    assert (lines["spot"].contracted, lines["spot"].due) == (20, 0)
    r = contract_realisation(contract)
    assert (r.contracted, r.verified, r.on_time, r.verified_value) == (45, 2, 1, Decimal("1000000"))
    ev = outlet_evaluation(organization=org, fiscal_year=2026, on=D(2026, 2, 15))
    assert len(ev) == 1
    assert (ev[0].contracted, ev[0].due, ev[0].verified, ev[0].on_time, ev[0].returned_proofs) == (45, 4, 2, 1, 1)
    assert ev[0].on_time_percent == 50


# --- proofs: uploads, verify/return, payments --------------------------------------------------


def test_content_sniffing() -> None:
    assert sniff_content_type(b"%PDF-1.7\n") == "application/pdf"
    assert sniff_content_type(b"ID3\x04\x00") == "audio/mpeg"
    assert sniff_content_type(b"\x00\x00\x00\x18ftypmp42") == "video/mp4"
    assert sniff_content_type(b"<html>") == ""


@pytest.mark.django_db
def test_upload_is_checked_by_content_not_by_name() -> None:
    org = make_org()
    deliverable = make_contract(org).deliverables.first()
    fake = SimpleUploadedFile("tangkapan.png", b"<html>bukan gambar</html>", content_type="image/png")
    with pytest.raises(ValidationError) as exc:
        _submit(deliverable, D(2026, 1, 5), upload=fake)
    assert "Isi berkas tidak sesuai: untuk bukti ini unggah tangkapan layar" in exc.value.messages[0]
    broken = SimpleUploadedFile("t.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(ValidationError, match="rusak"):
        _submit(deliverable, D(2026, 1, 5), upload=broken)
    pdf_as_recording = SimpleUploadedFile("siaran.mp3", b"%PDF-1.4 ...")
    with pytest.raises(ValidationError, match="rekaman siaran"):
        _submit(deliverable, D(2026, 1, 5), kind="broadcast", upload=pdf_as_recording)
    big = SimpleUploadedFile("halaman.pdf", b"%PDF-1.4" + b"0" * (21 * 1024 * 1024))
    with pytest.raises(ValidationError, match=r"terlalu besar: 21.0 MB \(maks. 20 MB\)"):
        _submit(deliverable, D(2026, 1, 5), kind="print", upload=big)
    with pytest.raises(ValidationError, match="wajib menyertakan URL"):
        _submit(deliverable, D(2026, 1, 5), url="")
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="masa depan"):
        _submit(deliverable, tomorrow)
    assert not Proof.objects.exists()
    deliverable.refresh_from_db()
    assert deliverable.status == "pending"
    recording = SimpleUploadedFile("siaran.mp3", b"ID3\x04\x00" + b"\x00" * 100)
    proof = _submit(deliverable, D(2026, 1, 5), kind="broadcast", url="", upload=recording)
    assert proof.content_type == "audio/mpeg"


@pytest.mark.django_db
def test_proof_return_resubmit_verify_then_payment_flow(django_user_model) -> None:  # type: ignore[no-untyped-def]
    from humpro.testing import make_user

    org = make_org()
    staff = make_user(org=org, roles=["media_relations"])
    contract = make_contract(org)
    first, second, third = contract.deliverables.order_by("due_date", "sequence")[:3]

    proof = _submit(first, D(2026, 1, 9))
    with pytest.raises(ValidationError, match='berstatus "bukti diajukan"'):
        _submit(first, D(2026, 1, 9))
    with pytest.raises(ValidationError, match="Alasan pengembalian wajib"):
        proof_return(proof=proof, reason=" ", user=staff)
    proof_return(proof=proof, reason="Tangkapan layar tidak menampilkan tanggal.", user=staff)
    first.refresh_from_db()
    assert first.status == "returned"
    with pytest.raises(ValidationError, match="sudah dikembalikan"):
        proof_verify(proof=proof, user=staff)
    # payment only for verified deliverables
    with pytest.raises(ValidationError) as exc:
        payment_request_create(contract=contract, deliverable_ids=[first.pk])
    assert "belum terverifikasi (dikembalikan)" in exc.value.messages[0]

    again = _submit(first, D(2026, 1, 9))
    proof_verify(proof=again, user=staff, note="Lengkap.")
    proof_verify(proof=_submit(second, D(2026, 2, 2)), user=staff)  # January slot, late
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.on_time, second.on_time) == ("verified", True, False)
    history = list(
        DeliverableTransition.objects.filter(deliverable=first).values_list("from_status", "to_status", "note")
    )
    assert history == [
        ("pending", "submitted", ""),
        ("submitted", "returned", "Tangkapan layar tidak menampilkan tanggal."),
        ("returned", "submitted", ""),
        ("submitted", "verified", "Lengkap."),
    ]

    with pytest.raises(ValidationError, match="belum terverifikasi"):
        payment_request_create(contract=contract, deliverable_ids=[first.pk, third.pk])
    payment = payment_request_create(contract=contract, deliverable_ids=[first.pk, second.pk], user=staff)
    assert (payment.term, payment.amount) == (1, Decimal("2000000"))
    with pytest.raises(ValidationError, match="sudah masuk pengajuan termin lain"):
        payment_request_create(contract=contract, deliverable_ids=[first.pk])
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        payment_set_status(payment=payment, status="paid", reference="SP2D-1", paid_on=D(2026, 3, 1))
    payment_set_status(payment=payment, status="approved", user=staff)
    with pytest.raises(ValidationError, match="nomor SP2D"):
        payment_set_status(payment=payment, status="paid")
    payment_set_status(payment=payment, status="paid", reference="SP2D-0042/2026", paid_on=D(2026, 3, 2))
    payment.refresh_from_db()
    assert payment.status == "paid" and payment.paid_on == D(2026, 3, 2)
    assert list(PaymentTransition.objects.filter(payment=payment).values_list("from_status", "to_status")) == [
        ("", "submitted"),
        ("submitted", "approved"),
        ("approved", "paid"),
    ]
    r = contract_realisation(contract)
    assert (r.requested_value, r.paid_value, r.verified) == (Decimal("2000000"), Decimal("2000000"), 2)


@pytest.mark.django_db
def test_a_rejected_termin_releases_its_deliverables() -> None:
    org = make_org()
    contract = make_contract(org)
    item = contract.deliverables.first()
    proof_verify(proof=_submit(item, D(2026, 1, 9)))
    payment = payment_request_create(contract=contract, deliverable_ids=[item.pk])
    with pytest.raises(ValidationError, match="Alasan penolakan"):
        payment_set_status(payment=payment, status="rejected")
    payment_set_status(payment=payment, status="rejected", note="Invoice belum ditandatangani.")
    item.refresh_from_db()
    assert item.payment_id is None
    second = payment_request_create(contract=contract, deliverable_ids=[item.pk])
    assert second.term == 2
