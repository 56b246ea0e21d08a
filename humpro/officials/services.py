"""Writes to the officials directory: create/update and the all-or-nothing import."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from humpro.core.audit import audit_bulk_created, audit_log
from humpro.core.models import AuditAction
from humpro.core.tabular import (
    ImportReport,
    TabularError,
    cell_text,
    check_email,
    parse_date,
    read_table,
)
from humpro.officials.models import Level, Office, Official, TierSource
from humpro.officials.tiers import is_valid_tier, recognise_tier, tier_label
from humpro.orgs.models import Organization

IMPORT_COLUMNS = {
    "nama": "Nama (wajib)",
    "gelar_depan": "Gelar depan",
    "gelar_belakang": "Gelar belakang",
    "jabatan": "Jabatan sesuai tulisan (wajib)",
    "instansi": "Instansi",
    "tingkat": "nasional / provinsi / kabupaten (wajib)",
    "kode_tata_tempat": "Kode tata tempat, mis. 10.1.g (kosong = dikenali dari jabatan)",
    "mulai": "Tanggal mulai (YYYY-MM-DD atau DD/MM/YYYY)",
    "selesai": "Tanggal selesai",
    "telepon": "Telepon",
    "email": "Email",
}
REQUIRED_HEADERS = {"nama", "jabatan", "tingkat"}
LEVEL_ALIASES = {
    "nasional": Level.NATIONAL, "pusat": Level.NATIONAL,
    "provinsi": Level.PROVINCE, "prov": Level.PROVINCE,
    "kabupaten": Level.REGENCY, "kota": Level.REGENCY, "kabupaten/kota": Level.REGENCY,
    "kabupaten_kota": Level.REGENCY, "kab/kota": Level.REGENCY,
}


def resolve_tier(*, title: str, level: str, explicit: str = "") -> tuple[str, str]:
    """(tier, source) for an office: an explicit code wins, else recognition, else unplaced."""
    if explicit:
        return explicit, TierSource.MANUAL
    code = recognise_tier(title, level)
    if code:
        return code, TierSource.RECOGNISED
    return "", TierSource.NONE


@transaction.atomic
def official_save(
    *,
    organization: Organization,
    official: Official | None = None,
    name: str,
    front_title: str = "",
    degrees: str = "",
    phone: str = "",
    email: str = "",
    notes: str = "",
    office_title: str = "",
    institution: str = "",
    level: str = Level.PROVINCE,
    tier: str = "",
    start_date: dt.date | None = None,
    end_date: dt.date | None = None,
    photo: Any = None,
) -> Official:
    """Create or update an official and their current office."""
    if official is None:
        official = Official(organization=organization)
    official.name, official.front_title, official.degrees = name, front_title, degrees
    official.phone, official.email, official.notes = phone, email, notes
    if photo:
        official.photo = photo
    official.save()
    if office_title:
        office = official.offices.current().first() or Office(organization=organization, official=official)
        office.title, office.institution, office.level = office_title, institution, level
        office.tier, office.tier_source = resolve_tier(title=office_title, level=level, explicit=tier)
        office.start_date, office.end_date = start_date, end_date
        office.save()
    return official


def _validate_row(number: int, row: dict[str, Any], report: ImportReport) -> dict[str, Any] | None:
    data = {key: cell_text(row.get(key)) for key in IMPORT_COLUMNS if key not in {"mulai", "selesai"}}
    errors_before = len(report.errors)
    if not data["nama"]:
        report.error(number, "nama", "Nama wajib diisi.")
    elif len(data["nama"]) > 200:
        report.error(number, "nama", "Nama terlalu panjang (maks. 200 karakter).")
    if not data["jabatan"]:
        report.error(number, "jabatan", "Jabatan wajib diisi.")
    elif len(data["jabatan"]) > 300:
        report.error(number, "jabatan", "Jabatan terlalu panjang (maks. 300 karakter).")
    level = LEVEL_ALIASES.get(data["tingkat"].lower())
    if level is None:
        report.error(number, "tingkat", f"Tingkat tidak dikenal: {data['tingkat']!r} "
                     "(isi nasional, provinsi, atau kabupaten).")
    code = data["kode_tata_tempat"]
    if code and not is_valid_tier(code):
        report.error(number, "kode_tata_tempat", f"Kode tata tempat tidak dikenal: {code!r} (contoh: 10.1.g).")
    dates = {}
    for column in ("mulai", "selesai"):
        try:
            dates[column] = parse_date(row.get(column))
        except ValueError as exc:
            report.error(number, column, str(exc))
    if dates.get("mulai") and dates.get("selesai") and dates["selesai"] < dates["mulai"]:
        report.error(number, "selesai", "Tanggal selesai sebelum tanggal mulai.")
    if message := check_email(data["email"]):
        report.error(number, "email", message)
    if len(report.errors) > errors_before:
        return None
    tier, source = resolve_tier(title=data["jabatan"], level=level, explicit=code)
    if not tier:
        report.warn(number, "jabatan", f"Jabatan {data['jabatan']!r} tidak dikenali: tata tempat perlu "
                    "ditetapkan manual.")
    return {**data, "level": level, "tier": tier, "tier_source": source, **dates}


def officials_import(
    *, organization: Organization, content: bytes, filename: str, dry_run: bool
) -> ImportReport:
    """Validate every row; unless `dry_run`, import all rows or none (any error = nothing saved)."""
    report = ImportReport()
    try:
        headers, rows = read_table(content, filename)
    except TabularError as exc:
        report.error(0, "", str(exc))
        return report
    missing = sorted(REQUIRED_HEADERS - set(headers))
    for column in missing:
        report.error(1, column, f"Kolom wajib {column!r} tidak ada di baris judul.")
    if missing:
        return report
    existing = {
        (name.lower(), title.lower())
        for name, title in Office.objects.filter(organization=organization, end_date__isnull=True)
        .values_list("official__name", "title")
    }
    seen: dict[tuple[str, str], int] = {}
    valid: list[dict[str, Any]] = []
    for number, row in rows:
        report.rows += 1
        data = _validate_row(number, row, report)
        if data is None:
            continue
        key = (data["nama"].lower(), data["jabatan"].lower())
        if key in seen:
            report.error(number, "nama", f"Duplikat baris {seen[key]}: nama dan jabatan sama.")
            continue
        if key in existing:
            report.duplicates.append({"row": number, "existing": f"{data['nama']} — {data['jabatan']}"})
            report.error(number, "nama", "Pejabat dengan nama dan jabatan ini sudah ada di direktori.")
            continue
        seen[key] = number
        valid.append(data)
    if report.rows == 0:
        report.error(0, "", "Berkas tidak berisi baris data.")
    if dry_run or not report.ok:
        return report
    with transaction.atomic():
        officials = Official.objects.bulk_create([
            Official(organization=organization, name=d["nama"], front_title=d["gelar_depan"],
                     degrees=d["gelar_belakang"], phone=d["telepon"], email=d["email"])
            for d in valid
        ], batch_size=500)
        offices = Office.objects.bulk_create([
            Office(organization=organization, official=o, title=d["jabatan"], institution=d["instansi"],
                   level=d["level"], tier=d["tier"], tier_source=d["tier_source"],
                   start_date=d["mulai"], end_date=d["selesai"])
            for o, d in zip(officials, valid, strict=True)
        ], batch_size=500)
        audit_bulk_created(officials, summary=f"impor dari {filename}")
        audit_bulk_created(offices, summary=f"impor dari {filename}")
        audit_log(organization=organization, action=AuditAction.IMPORT,
                  summary=f"Impor {len(officials)} pejabat dari {filename}",
                  changes={"file": filename, "created": len(officials)})
    report.created = len(valid)
    return report


def describe_tier(code: str) -> str:
    return tier_label(code) or "belum ditempatkan"
