"""Demo base data: a fictional province with three regencies/cities in two time zones, about forty
officials across the tata tempat tiers, and one demo user per role (idempotent)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import get_hasher, make_password

from humpro.core.audit import acting_as
from humpro.core.models import CalendarAdjustment
from humpro.officials.models import Level, Office, Official
from humpro.officials.services import resolve_tier
from humpro.orgs.models import Membership, Organization, Unit
from humpro.orgs.roles import Role

DEMO_PASSWORD = "humpro-demo-2026"  # noqa: S105 (printed by `humpro demo`; demo only)
PROVINCE, REGENCY = "nusa-makmur", "tanjung-harapan"

ORGS = [
    # slug, name, kind, parent, timezone, leader title
    ("nusa-makmur", "Pemerintah Provinsi Nusa Makmur", "provinsi", None, "Asia/Makassar", "Gubernur"),
    ("tanjung-harapan", "Pemerintah Kabupaten Tanjung Harapan", "kabupaten", "nusa-makmur", "Asia/Makassar", "Bupati"),
    ("bandar-makmur", "Pemerintah Kota Bandar Makmur", "kota", "nusa-makmur", "Asia/Makassar", "Wali Kota"),
    ("pulau-timur", "Pemerintah Kabupaten Pulau Timur", "kabupaten", "nusa-makmur", "Asia/Jayapura", "Bupati"),
]
UNITS = ["Biro Administrasi Pimpinan", "Bagian Protokol", "Bagian Materi dan Komunikasi Pimpinan",
         "PPID Utama", "Dinas Komunikasi dan Informatika"]

USERS = [
    ("kepala", "Dra. Ratna Wulandari, M.Si.", Role.HEAD),
    ("gubernur", "H. Arman Syahputra", Role.LEADER),
    ("ajudan", "Kompol Dedi Kurniawan", Role.AIDE),
    ("protokol", "Sinta Maharani, S.Sos.", Role.PROTOCOL),
    ("peliput", "Yoga Pratama", Role.REPORTER),
    ("fotografer", "Andi Saputra", Role.PHOTOGRAPHER),
    ("editor", "Melati Anggraini, S.I.Kom.", Role.EDITOR),
    ("humas", "Rudi Hartono", Role.MEDIA_RELATIONS),
    ("analis", "Nadia Putri, M.A.", Role.ANALYST),
    ("ppid", "Bambang Sutrisno", Role.PPID),
    ("admin", "Admin Provinsi", Role.ADMIN),
    ("media", "Redaksi Warta Nusa", Role.PARTNER_MEDIA),
]
PPID_UNIT_USER = ("ppid-unit", "Dewi Lestari, S.Kom.", "Dinas Komunikasi dan Informatika")
REGENCY_ADMINS = [("admin-tanjung", "tanjung-harapan"), ("admin-bandar", "bandar-makmur"),
                  ("admin-timur", "pulau-timur")]

# name, front title, degrees, office title, institution, level
PROVINCE_OFFICIALS = [
    ("Arman Syahputra", "H.", "", "Gubernur Nusa Makmur", "Pemerintah Provinsi Nusa Makmur", Level.PROVINCE),
    ("Lestari Handayani", "Dr. Hj.", "M.Pd.", "Wakil Gubernur Nusa Makmur", "Pemerintah Provinsi Nusa Makmur", Level.PROVINCE),
    ("Samsul Bahri", "H.", "S.H.", "Mantan Gubernur Nusa Makmur", "", Level.PROVINCE),
    ("Joko Widagdo", "", "S.E.", "Ketua DPRD Provinsi Nusa Makmur", "DPRD Provinsi Nusa Makmur", Level.PROVINCE),
    ("Kenji Watanabe", "", "", "Konsul Jenderal Jepang di Nusa Makmur", "Konsulat Jenderal Jepang", Level.PROVINCE),
    ("Rahmat Hidayat", "", "S.IP.", "Wakil Ketua DPRD Provinsi Nusa Makmur", "DPRD Provinsi Nusa Makmur", Level.PROVINCE),
    ("Darmawan Saleh", "Ir. H.", "M.T.", "Sekretaris Daerah Provinsi Nusa Makmur", "Setda Provinsi Nusa Makmur", Level.PROVINCE),
    ("Agus Setiawan", "Irjen Pol.", "", "Kapolda Nusa Makmur", "Kepolisian Daerah Nusa Makmur", Level.PROVINCE),
    ("Bayu Prakoso", "Mayjen TNI", "", "Pangdam XX/Nusa Makmur", "Komando Daerah Militer XX", Level.PROVINCE),
    ("Sri Mulyani Rahayu", "Dr.", "S.H., M.H.", "Kepala Kejaksaan Tinggi Nusa Makmur", "Kejaksaan Tinggi Nusa Makmur", Level.PROVINCE),
    ("Hendra Gunawan", "Dr.", "S.H., M.H.", "Ketua Pengadilan Tinggi Nusa Makmur", "Pengadilan Tinggi Nusa Makmur", Level.PROVINCE),
    ("Wahyu Nugroho", "", "", "Ketua DPW Partai Nusantara Bersatu Provinsi Nusa Makmur", "Partai Nusantara Bersatu", Level.PROVINCE),
    ("Fitri Amelia", "", "S.Sos.", "Anggota DPRD Provinsi Nusa Makmur", "DPRD Provinsi Nusa Makmur", Level.PROVINCE),
    ("Teguh Santoso", "", "S.T.", "Anggota DPRD Provinsi Nusa Makmur", "DPRD Provinsi Nusa Makmur", Level.PROVINCE),
    ("Budi Hermawan", "H.", "S.E., M.M.", "Bupati Tanjung Harapan", "Pemerintah Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Yuliana Sari", "", "S.H.", "Wali Kota Bandar Makmur", "Pemerintah Kota Bandar Makmur", Level.REGENCY),
    ("Marthen Wanggai", "", "S.Sos., M.Si.", "Bupati Pulau Timur", "Pemerintah Kabupaten Pulau Timur", Level.REGENCY),
    ("Ikhsan Maulana", "", "S.E., M.Ec.Dev.", "Kepala Perwakilan Bank Indonesia Provinsi Nusa Makmur", "Bank Indonesia", Level.PROVINCE),
    ("Nurhayati", "Dra.", "M.Si.", "Ketua KPU Provinsi Nusa Makmur", "KPU Provinsi Nusa Makmur", Level.PROVINCE),
    ("Abdul Karim", "K.H.", "", "Ketua MUI Provinsi Nusa Makmur", "Majelis Ulama Indonesia", Level.PROVINCE),
    ("Slamet Riyadi", "", "S.Pd.", "Ketua DPRD Kabupaten Tanjung Harapan", "DPRD Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Eko Purnomo", "", "S.T., M.T.", "Wakil Bupati Tanjung Harapan", "Pemerintah Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Dewi Kartika", "", "S.Sos.", "Anggota DPRD Kabupaten Tanjung Harapan", "DPRD Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Rika Efendi", "", "S.E., M.M.", "Asisten Pemerintahan dan Kesejahteraan Rakyat Setda Provinsi Nusa Makmur", "Setda Provinsi Nusa Makmur", Level.PROVINCE),
    ("Fajar Ramadhan", "", "S.Kom., M.T.", "Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Makmur", "Diskominfo Provinsi Nusa Makmur", Level.PROVINCE),
    ("Putu Ardana", "Ir.", "M.Eng.", "Kepala Dinas Pekerjaan Umum Provinsi Nusa Makmur", "Dinas PU Provinsi Nusa Makmur", Level.PROVINCE),
    ("Ratna Wulandari", "Dra.", "M.Si.", "Kepala Biro Administrasi Pimpinan Setda Provinsi Nusa Makmur", "Setda Provinsi Nusa Makmur", Level.PROVINCE),
    ("Hasan Basri", "", "S.STP.", "Kepala Bagian Protokol Biro Administrasi Pimpinan", "Setda Provinsi Nusa Makmur", Level.PROVINCE),
    ("Sinta Dewi", "", "S.I.Kom.", "Kepala Bagian Materi dan Komunikasi Pimpinan", "Setda Provinsi Nusa Makmur", Level.PROVINCE),
    ("Gede Wirawan", "", "", "Tokoh Adat Nusa Makmur", "Majelis Adat Nusa Makmur", Level.PROVINCE),
]
REGENCY_OFFICIALS = [
    ("Budi Hermawan", "H.", "S.E., M.M.", "Bupati Tanjung Harapan", Level.REGENCY),
    ("Eko Purnomo", "", "S.T., M.T.", "Wakil Bupati Tanjung Harapan", Level.REGENCY),
    ("Slamet Riyadi", "", "S.Pd.", "Ketua DPRD Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Ahmad Fauzi", "", "S.Sos.", "Sekretaris Daerah Kabupaten Tanjung Harapan", Level.REGENCY),
    ("Rizky Firmansyah", "AKBP", "", "Kapolres Tanjung Harapan", Level.REGENCY),
    ("Taufik Hidayat", "Letkol Inf.", "", "Dandim 1801/Tanjung Harapan", Level.REGENCY),
    ("Siti Aminah", "", "S.H., M.H.", "Kepala Kejaksaan Negeri Tanjung Harapan", Level.REGENCY),
    ("Yusuf Maulana", "", "S.Pd.", "Camat Tanjung Kota", Level.REGENCY),
    ("Darto", "", "", "Kepala Desa Sukamaju", Level.REGENCY),
    ("Bima Sakti", "", "S.E.", "Kepala Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Tanjung Harapan", Level.REGENCY),
]


@functools.cache
def _password_hash(hasher: str) -> str:
    # hashed once per run: every demo account shares the printed password (hashing it ~16 times
    # would take most of the seeding time)
    return make_password(DEMO_PASSWORD)


def ensure_user(username: str, full_name: str) -> Any:
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username, defaults={"full_name": full_name, "email": f"{username}@nusamakmur.example"}
    )
    if created:
        user.password = _password_hash(get_hasher().algorithm)
        user.save(update_fields=["password"])
    return user


def _official(org: Organization, name: str, front: str, degrees: str, title: str, institution: str,
              level: str) -> None:
    if Office.objects.filter(organization=org, official__name=name, title=title).exists():
        return
    official = Official.objects.create(organization=org, name=name, front_title=front, degrees=degrees)
    tier, source = resolve_tier(title=title, level=level)
    Office.objects.create(organization=org, official=official, title=title, institution=institution,
                          level=level, tier=tier, tier_source=source, start_date=dt.date(2025, 2, 20))


def seed_base() -> tuple[dict[str, Organization], list[tuple[str, str]]]:
    """Organizations, units, users, officials; returns the organizations by slug and the
    (username, description) lines for the printout."""
    orgs: dict[str, Organization] = {}
    for slug, name, kind, parent, tz, leader in ORGS:
        org, _ = Organization.objects.get_or_create(slug=slug, defaults={
            "name": name, "kind": kind, "parent": orgs.get(parent) if parent else None,
            "timezone": tz, "leader_title": leader,
        })
        orgs[slug] = org
        for unit in UNITS:
            Unit.objects.get_or_create(organization=org, name=unit)
    province = orgs["nusa-makmur"]
    printed = []
    for username, full_name, role in USERS:
        user = ensure_user(username, full_name)
        Membership.objects.get_or_create(user=user, organization=province, role=role)
        printed.append((username, f"{role.label} — {province.name}"))
    # a PPID Pelaksana: role ppid limited to one unit (sees only the requests disposed to it)
    pelaksana = ensure_user(PPID_UNIT_USER[0], PPID_UNIT_USER[1])
    unit = Unit.objects.get(organization=province, name=PPID_UNIT_USER[2])
    Membership.objects.get_or_create(user=pelaksana, organization=province, role=Role.PPID,
                                     defaults={"unit": unit})
    printed.append((PPID_UNIT_USER[0], f"PPID Pelaksana ({unit.name}) — {province.name}"))
    for username, slug in REGENCY_ADMINS:
        user = ensure_user(username, f"Admin {orgs[slug].name}")
        Membership.objects.get_or_create(user=user, organization=orgs[slug], role=Role.ADMIN)
        Membership.objects.get_or_create(user=user, organization=orgs[slug], role=Role.PROTOCOL)
        printed.append((username, f"Admin + protokol — {orgs[slug].name}"))
    with acting_as("demo"):
        for name, front, degrees, title, institution, level in PROVINCE_OFFICIALS:
            _official(province, name, front, degrees, title, institution, level)
        regency = orgs["tanjung-harapan"]
        for name, front, degrees, title, level in REGENCY_OFFICIALS:
            _official(regency, name, front, degrees, title, regency.name, level)
        CalendarAdjustment.objects.get_or_create(
            organization=province, date=dt.date(2026, 10, 12),
            defaults={"kind": CalendarAdjustment.Kind.CLOSED, "reason": "HUT Provinsi Nusa Makmur",
                      "decree_number": "188.44/123/KPTS/2026"},
        )
    return orgs, printed
