"""Input checks shared by the web forms, the public form and the API (messages in Indonesian)."""

from __future__ import annotations

import re
from typing import Any

from humpro.core.files import extension_of, sniff_content_type
from humpro.core.tabular import check_email
from humpro.ppid.models import (
    Channel,
    Decision,
    Delivery,
    Exemption,
    InfoForm,
    ObjectionReason,
    RequesterKind,
)

NIK_RE = re.compile(r"^\d{16}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}


class PpidInputError(ValueError):
    """Invalid input: `errors` maps a field name ("" for the whole form) to an Indonesian
    message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def check_nik(nik: str) -> str | None:
    """Format check only (16 digits, plausible province code and birth date); no registry lookup."""
    if not NIK_RE.match(nik):
        return "NIK harus 16 digit angka."
    if nik[:2] < "11" or nik[:2] > "99":
        return "Dua digit pertama NIK (kode provinsi) tidak valid."
    day = int(nik[6:8])
    day = day - 40 if day > 40 else day  # women: day + 40
    month = int(nik[8:10])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return "Tanggal lahir dalam NIK (digit 7–12) tidak valid."
    return None


def requester_errors(data: dict[str, Any]) -> dict[str, str]:
    """Errors of the requester and request fields (see services_intake.request_create)."""
    errors: dict[str, str] = {}
    text = {
        k: (data.get(k) or "").strip() if isinstance(data.get(k), str) else data.get(k)
        for k in data
    }
    kind = text.get("requester_kind") or RequesterKind.PERSON
    if kind not in RequesterKind.values:
        errors["requester_kind"] = "Jenis pemohon tidak dikenal."
    for name, label in (
        ("requester_name", "Nama pemohon"),
        ("address", "Alamat"),
        ("information", "Informasi yang diminta"),
        ("purpose", "Tujuan penggunaan informasi"),
    ):
        if not text.get(name):
            errors[name] = f"{label} wajib diisi."
    if len(text.get("requester_name") or "") > 200:
        errors["requester_name"] = "Nama pemohon terlalu panjang (maks. 200 karakter)."
    if kind == RequesterKind.PERSON:
        if not text.get("nik"):
            errors["nik"] = "NIK wajib diisi untuk pemohon perorangan."
        elif message := check_nik(text["nik"]):
            errors["nik"] = message
        if not text.get("occupation"):
            errors["occupation"] = "Pekerjaan wajib diisi."
    elif text.get("nik") and (message := check_nik(text["nik"])):
        errors["nik"] = message
    if not text.get("phone") and not text.get("email"):
        errors["phone"] = "Isi nomor telepon atau email agar kami dapat menghubungi Anda."
    if text.get("phone") and not PHONE_RE.match(text["phone"]):
        errors["phone"] = "Nomor telepon tidak valid."
    if text.get("email") and (message := check_email(text["email"])):
        errors["email"] = message
    if (text.get("form") or InfoForm.SOFTCOPY) not in InfoForm.values:
        errors["form"] = "Bentuk informasi tidak dikenal."
    delivery = text.get("delivery") or Delivery.EMAIL
    if delivery not in Delivery.values:
        errors["delivery"] = "Cara penyampaian tidak dikenal."
    elif delivery == Delivery.EMAIL and not text.get("email"):
        errors["email"] = "Email wajib diisi bila informasi dikirim lewat email."
    if (text.get("channel") or Channel.WEB) not in Channel.values:
        errors["channel"] = "Jenis permohonan tidak dikenal."
    return errors


def document_errors(kind: str, name: str, size: int, head: bytes = b"") -> str | None:
    """Problems of an identity/legal document: size, name, and content matching the name."""
    if size > MAX_DOCUMENT_BYTES:
        return f"Berkas {name} terlalu besar (maks. 5 MB)."
    suffix = extension_of(name)
    if suffix not in DOCUMENT_TYPES:
        return f"Berkas {name} harus PDF, JPG, atau PNG."
    if sniff_content_type(head) != DOCUMENT_TYPES[suffix]:
        return f"Isi berkas {name} bukan {suffix.upper()} yang sah."
    return None


def decision_errors(
    *, decision: str, response: str, exemptions: list[str], consequence_test: str, holding_body: str
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if decision not in Decision.values:
        return {
            "decision": "Pilih keputusan: diterima, diterima sebagian, ditolak, atau tidak "
            "dikuasai."
        }
    if decision in (Decision.GRANTED, Decision.PARTLY) and not response.strip():
        errors["response"] = "Isi informasi/tanggapan yang diberikan kepada pemohon."
    if decision in (Decision.REFUSED, Decision.PARTLY):
        bad = [e for e in exemptions if e not in Exemption.values]
        if bad or not exemptions:
            errors["exemptions"] = "Pilih dasar pengecualian menurut Pasal 17 UU 14/2008."
        if len(consequence_test.strip()) < 20:
            errors["consequence_test"] = (
                "Uraikan hasil uji konsekuensi (Pasal 19 UU 14/2008) minimal 20 karakter."
            )
    if decision == Decision.NOT_HELD and not holding_body.strip():
        errors["holding_body"] = (
            "Sebutkan badan publik yang menguasai informasi (atau 'tidak diketahui')."
        )
    return errors


def objection_reason_errors(reasons: list[str]) -> str | None:
    if not reasons:
        return "Pilih minimal satu alasan keberatan (Pasal 35 ayat 1)."
    if any(r not in ObjectionReason.values for r in reasons):
        return "Alasan keberatan harus huruf a sampai g (Pasal 35 ayat 1)."
    return None
