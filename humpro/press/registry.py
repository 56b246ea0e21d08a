"""Spreadsheet import/export of the partner-media registry, with fuzzy duplicate detection.

Every row is validated first (`ImportReport` lists each problem by row and column); possible
duplicates (similar name by rapidfuzz, or the same web domain) are reported before anything is
written; without dry-run all rows are created in one transaction or none.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from django.db import transaction
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from humpro.core.audit import audit_bulk_created, audit_log
from humpro.core.models import AuditAction
from humpro.core.tabular import (
    ImportReport,
    TabularError,
    cell_text,
    check_email,
    check_url,
    parse_date,
    read_table,
)
from humpro.orgs.models import Organization
from humpro.press.models import DewanPersStatus, MediaType, Outlet, ReachUnit, UkwLevel, domain_of

IMPORT_COLUMNS: dict[str, str] = {
    "nama": "Nama media (wajib)",
    "jenis": "cetak / siber / tv / radio / kantor berita / media sosial (wajib)",
    "badan_hukum": "Nama badan hukum, mis. PT Warta Nusa",
    "kbli": "Kode KBLI",
    "nomor_akta": "Nomor akta pendirian",
    "tanggal_akta": "Tanggal akta (YYYY-MM-DD atau DD/MM/YYYY)",
    "sk_kemenkumham": "Nomor SK Kemenkumham",
    "nib": "NIB (13 angka)",
    "npwp": "NPWP (15 atau 16 angka)",
    "status_dewan_pers": "belum / administratif / faktual",
    "tanggal_dewan_pers": "Tanggal verifikasi Dewan Pers",
    "bukti_dewan_pers": "Nomor sertifikat atau URL bukti",
    "pemimpin_redaksi": "Nama pemimpin redaksi/penanggung jawab",
    "ukw_pemimpin_redaksi": "belum / muda / madya / utama",
    "alamat": "Alamat redaksi",
    "kota": "Kabupaten/kota",
    "telepon": "Telepon",
    "email": "Email redaksi",
    "situs_web": "Situs web (https://…)",
    "rss": "URL RSS/Atom (beberapa dipisah titik koma)",
    "sitemap": "URL sitemap (beberapa dipisah titik koma)",
    "media_sosial": "Akun media sosial: instagram:@akun; https://… (dipisah titik koma)",
    "jangkauan": "Oplah/kunjungan/pengikut (angka)",
    "satuan_jangkauan": "eksemplar / kunjungan / pengikut / pemirsa",
    "abaikan_duplikat": "isi 'ya' bila baris ini memang bukan duplikat media yang mirip",
}
REQUIRED_HEADERS = {"nama", "jenis"}
NAME_SIMILARITY = 90  # rapidfuzz token_sort_ratio on normalised names

MEDIA_TYPE_ALIASES = {
    "cetak": MediaType.PRINT,
    "media cetak": MediaType.PRINT,
    "print": MediaType.PRINT,
    "koran": MediaType.PRINT,
    "surat kabar": MediaType.PRINT,
    "majalah": MediaType.PRINT,
    "tabloid": MediaType.PRINT,
    "siber": MediaType.ONLINE,
    "media siber": MediaType.ONLINE,
    "online": MediaType.ONLINE,
    "media online": MediaType.ONLINE,
    "daring": MediaType.ONLINE,
    "portal berita": MediaType.ONLINE,
    "tv": MediaType.TV,
    "televisi": MediaType.TV,
    "radio": MediaType.RADIO,
    "kantor berita": MediaType.AGENCY,
    "kantor_berita": MediaType.AGENCY,
    "media sosial": MediaType.SOCIAL,
    "media_sosial": MediaType.SOCIAL,
    "medsos": MediaType.SOCIAL,
    "akun media sosial": MediaType.SOCIAL,
    "sosmed": MediaType.SOCIAL,
}
DEWAN_PERS_ALIASES = {
    "": DewanPersStatus.NONE,
    "-": DewanPersStatus.NONE,
    "belum": DewanPersStatus.NONE,
    "tidak": DewanPersStatus.NONE,
    "none": DewanPersStatus.NONE,
    "belum terverifikasi": DewanPersStatus.NONE,
    "administratif": DewanPersStatus.ADMINISTRATIVE,
    "terverifikasi administratif": DewanPersStatus.ADMINISTRATIVE,
    "faktual": DewanPersStatus.FACTUAL,
    "terverifikasi faktual": DewanPersStatus.FACTUAL,
}
UKW_ALIASES = {
    "": UkwLevel.NONE,
    "-": UkwLevel.NONE,
    "belum": UkwLevel.NONE,
    "tidak": UkwLevel.NONE,
    "none": UkwLevel.NONE,
    "muda": UkwLevel.MUDA,
    "madya": UkwLevel.MADYA,
    "utama": UkwLevel.UTAMA,
}
SOCIAL_PLATFORMS = {
    "instagram",
    "facebook",
    "x",
    "twitter",
    "tiktok",
    "youtube",
    "threads",
    "whatsapp",
}
YES = {"ya", "y", "yes", "1", "true", "benar"}
LEGAL_WORDS = {"pt", "cv", "tbk", "persero", "yayasan", "perkumpulan"}


def normalise_name(name: str) -> str:
    """Lower case, no punctuation, no legal-form words: "PT. Warta-Nusa" → "warta nusa"."""
    return " ".join(w for w in default_process(name).split() if w not in LEGAL_WORDS)


def split_list(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]+", value) if part.strip()]


def parse_social(value: str) -> tuple[list[dict[str, str]], list[str]]:
    """(accounts, problems) from "instagram:@akun; https://www.tiktok.com/@akun"."""
    accounts, problems = [], []
    for part in split_list(value):
        if "://" in part:
            if message := check_url(part):
                problems.append(message)
                continue
            platform = domain_of(part).split(".")[0]
            accounts.append({"platform": platform, "handle": "", "url": part})
            continue
        platform, sep, handle = part.partition(":")
        platform, handle = platform.strip().lower(), handle.strip()
        if not sep or platform not in SOCIAL_PLATFORMS or not handle:
            problems.append(
                f"Akun media sosial tidak dikenali: {part!r} (tulis platform:akun, "
                "mis. instagram:@wartanusa, atau URL lengkap)."
            )
            continue
        accounts.append({"platform": platform, "handle": handle, "url": ""})
    return accounts, problems


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value)


def validate_outlet_row(number: int, row: dict[str, Any], report: ImportReport) -> dict[str, Any] | None:
    """The cleaned fields of one row, or None after recording its problems in `report`."""
    text = {key: cell_text(row.get(key)) for key in IMPORT_COLUMNS}
    before = len(report.errors)
    data: dict[str, Any] = {}

    def err(column: str, message: str) -> None:
        report.error(number, column, message)

    if not text["nama"]:
        err("nama", "Nama media wajib diisi.")
    elif len(text["nama"]) > 200:
        err("nama", "Nama media terlalu panjang (maks. 200 karakter).")
    media_type = MEDIA_TYPE_ALIASES.get(text["jenis"].lower())
    if media_type is None:
        err(
            "jenis",
            f"Jenis media tidak dikenal: {text['jenis']!r} (isi cetak, siber, tv, radio, "
            "kantor berita, atau media sosial).",
        )
    for column, max_len in (
        ("badan_hukum", 200),
        ("nomor_akta", 100),
        ("sk_kemenkumham", 100),
        ("pemimpin_redaksi", 200),
        ("kota", 100),
        ("telepon", 40),
        ("kbli", 40),
        ("bukti_dewan_pers", 300),
    ):
        if len(text[column]) > max_len:
            err(column, f"Isian terlalu panjang (maks. {max_len} karakter).")
    for column in ("tanggal_akta", "tanggal_dewan_pers"):
        try:
            data[column] = parse_date(row.get(column))
        except ValueError as exc:
            err(column, str(exc))
    nib = _digits(text["nib"])
    if nib and not re.fullmatch(r"\d{13}", nib):
        err("nib", f"NIB harus 13 angka: {text['nib']!r}.")
    npwp = _digits(text["npwp"])
    if npwp and not re.fullmatch(r"\d{15,16}", npwp):
        err("npwp", f"NPWP harus 15 atau 16 angka: {text['npwp']!r}.")
    dewan_pers = DEWAN_PERS_ALIASES.get(text["status_dewan_pers"].lower())
    if dewan_pers is None:
        err(
            "status_dewan_pers",
            f"Status Dewan Pers tidak dikenal: {text['status_dewan_pers']!r} (isi belum, administratif, atau faktual).",
        )
    elif (
        dewan_pers != DewanPersStatus.NONE
        and not data.get("tanggal_dewan_pers")
        and "tanggal_dewan_pers" not in {e["column"] for e in report.errors[before:]}
    ):
        report.warn(number, "tanggal_dewan_pers", "Tanggal verifikasi Dewan Pers belum diisi.")
    ukw = UKW_ALIASES.get(text["ukw_pemimpin_redaksi"].lower())
    if ukw is None:
        err(
            "ukw_pemimpin_redaksi",
            f"Jenjang UKW tidak dikenal: {text['ukw_pemimpin_redaksi']!r} (isi belum, muda, madya, atau utama).",
        )
    if message := check_email(text["email"]):
        err("email", message)
    if message := check_url(text["situs_web"]):
        err("situs_web", message)
    lists = {}
    for column in ("rss", "sitemap"):
        lists[column] = split_list(text[column])
        for url in lists[column]:
            if message := check_url(url):
                err(column, message)
    social, problems = parse_social(text["media_sosial"])
    for message in problems:
        err("media_sosial", message)
    reach = None
    if text["jangkauan"]:
        cleaned = re.sub(r"[.,\s]", "", text["jangkauan"])
        if not cleaned.isdigit():
            err("jangkauan", f"Jangkauan harus berupa angka: {text['jangkauan']!r}.")
        else:
            reach = int(cleaned)
    reach_unit = text["satuan_jangkauan"].lower()
    if reach_unit and reach_unit not in ReachUnit.values:
        err(
            "satuan_jangkauan",
            f"Satuan jangkauan tidak dikenal: {text['satuan_jangkauan']!r} "
            "(isi eksemplar, kunjungan, pengikut, atau pemirsa).",
        )
    if len(report.errors) > before:
        return None
    return {
        "name": text["nama"],
        "media_type": media_type,
        "legal_name": text["badan_hukum"],
        "kbli": text["kbli"],
        "deed_number": text["nomor_akta"],
        "deed_date": data["tanggal_akta"],
        "sk_kemenkumham": text["sk_kemenkumham"],
        "nib": nib,
        "npwp": npwp,
        "dewan_pers_status": dewan_pers,
        "dewan_pers_date": data["tanggal_dewan_pers"],
        "dewan_pers_evidence": text["bukti_dewan_pers"],
        "chief_editor": text["pemimpin_redaksi"],
        "chief_editor_ukw": ukw,
        "address": text["alamat"],
        "city": text["kota"],
        "phone": text["telepon"],
        "email": text["email"],
        "website": text["situs_web"],
        "feed_urls": lists["rss"],
        "sitemap_urls": lists["sitemap"],
        "social_accounts": social,
        "reach": reach,
        "reach_unit": reach_unit,
        "_confirmed": text["abaikan_duplikat"].lower() in YES,
    }


@dataclass
class DuplicateIndex:
    """Existing outlets of an organization by normalised name and by domain."""

    names: list[str]
    labels: list[str]
    domains: dict[str, str]

    @classmethod
    def for_org(cls, organization: Organization) -> DuplicateIndex:
        names, labels, domains = [], [], {}
        for name, domain in Outlet.objects.for_org(organization).values_list("name", "domain"):
            names.append(normalise_name(name))
            labels.append(name)
            if domain:
                domains.setdefault(domain, name)
        return cls(names, labels, domains)


def _best_matches(queries: list[str], choices: list[str]) -> np.ndarray:
    """For each query, the index of its most similar choice at or above NAME_SIMILARITY, else -1."""
    if not queries or not choices:
        return np.full(len(queries), -1)
    scores = process.cdist(
        queries,
        choices,
        scorer=fuzz.token_sort_ratio,
        score_cutoff=NAME_SIMILARITY,
        dtype=np.uint8,
        workers=-1,
    )
    best = scores.argmax(axis=1)
    return np.where(scores[np.arange(len(queries)), best] > 0, best, -1)


def find_duplicates(valid: list[tuple[int, dict[str, Any]]], index: DuplicateIndex, report: ImportReport) -> None:
    """Report rows similar to an existing outlet or to an earlier row of the same file."""
    names = [normalise_name(d["name"]) for _, d in valid]
    existing = _best_matches(names, index.names)
    within = np.full(len(valid), -1)
    if len(valid) > 1:
        scores = process.cdist(
            names,
            names,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_SIMILARITY,
            dtype=np.uint8,
            workers=-1,
        )
        scores = np.tril(scores, k=-1)  # only earlier rows
        best = scores.argmax(axis=1)
        within = np.where(scores[np.arange(len(valid)), best] > 0, best, -1)
    seen_domains: dict[str, int] = {}
    for i, (number, data) in enumerate(valid):
        domain = domain_of(data["website"])
        matches = []
        if domain and domain in index.domains:
            matches.append(f"{index.domains[domain]} (domain {domain} sama)")
        elif existing[i] >= 0:
            matches.append(f"{index.labels[existing[i]]} (nama mirip)")
        if domain and domain in seen_domains:
            matches.append(
                f"baris {seen_domains[domain]}: {valid_name(valid, seen_domains[domain])} (domain {domain} sama)"
            )
        elif within[i] >= 0:
            other_number, other = valid[within[i]]
            matches.append(f"baris {other_number}: {other['name']} (nama mirip)")
        if domain:
            seen_domains.setdefault(domain, number)
        for match in matches:
            report.duplicates.append({"row": number, "existing": match})
        if matches and not data["_confirmed"]:
            report.error(
                number,
                "nama",
                f"Kemungkinan duplikat: {'; '.join(matches)}. Periksa, atau isi "
                "kolom abaikan_duplikat dengan 'ya' bila memang media berbeda.",
            )


def valid_name(valid: list[tuple[int, dict[str, Any]]], number: int) -> str:
    return next(d["name"] for n, d in valid if n == number)


def outlets_import(*, organization: Organization, content: bytes, filename: str, dry_run: bool) -> ImportReport:
    """Validate every row and look for duplicates; unless `dry_run`, create all rows or none."""
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
    unknown = [h for h in headers if h and h not in IMPORT_COLUMNS]
    for column in unknown:
        report.warn(1, column, f"Kolom {column!r} tidak dikenal dan diabaikan.")
    valid: list[tuple[int, dict[str, Any]]] = []
    for number, row in rows:
        report.rows += 1
        data = validate_outlet_row(number, row, report)
        if data is not None:
            valid.append((number, data))
    if report.rows == 0:
        report.error(0, "", "Berkas tidak berisi baris data.")
    find_duplicates(valid, DuplicateIndex.for_org(organization), report)
    report.errors.sort(key=lambda e: (e["row"], e["column"]))
    if dry_run or not report.ok:
        return report
    with transaction.atomic():
        outlets = Outlet.objects.bulk_create(
            [
                Outlet(
                    organization=organization,
                    domain=domain_of(d["website"]),
                    **{k: v for k, v in d.items() if not k.startswith("_")},
                )
                for _, d in valid
            ],
            batch_size=500,
        )
        audit_bulk_created(outlets, summary=f"impor dari {filename}")
        audit_log(
            organization=organization,
            action=AuditAction.IMPORT,
            summary=f"Impor {len(outlets)} media mitra dari {filename}",
            changes={"file": filename, "created": len(outlets)},
        )
    report.created = len(outlets)
    return report


def _export_row(outlet: Outlet) -> list[Any]:
    social = "; ".join(a.get("url") or f"{a.get('platform')}:{a.get('handle')}" for a in outlet.social_accounts or [])
    return [
        outlet.name,
        outlet.media_type,
        outlet.legal_name,
        outlet.kbli,
        outlet.deed_number,
        outlet.deed_date.isoformat() if outlet.deed_date else "",
        outlet.sk_kemenkumham,
        outlet.nib,
        outlet.npwp,
        outlet.dewan_pers_status if outlet.dewan_pers_status != "none" else "belum",
        outlet.dewan_pers_date.isoformat() if outlet.dewan_pers_date else "",
        outlet.dewan_pers_evidence,
        outlet.chief_editor,
        outlet.chief_editor_ukw if outlet.chief_editor_ukw != "none" else "belum",
        outlet.address,
        outlet.city,
        outlet.phone,
        outlet.email,
        outlet.website,
        "; ".join(outlet.feed_urls or []),
        "; ".join(outlet.sitemap_urls or []),
        social,
        outlet.reach if outlet.reach is not None else "",
        outlet.reach_unit,
        "",
    ]


def outlets_export(*, organization: Organization, fmt: str) -> tuple[bytes, str, str]:
    """(content, MIME type, file name) of the registry in the import layout (re-importable)."""
    headers = list(IMPORT_COLUMNS)
    rows = [_export_row(o) for o in Outlet.objects.for_org(organization).order_by("name", "id")]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(headers)
        writer.writerows(rows)
        return buf.getvalue().encode("utf-8-sig"), "text/csv; charset=utf-8", "media-mitra.csv"
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Media mitra"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return (
        out.getvalue(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "media-mitra.xlsx",
    )
