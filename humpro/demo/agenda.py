"""Demo agenda: invitations (disposed "diwakili", "hadir", pending, mendesak), the leaders'
items of today and this week (public and internal, one clashing pair), calendar feeds.

Everything goes through the agenda services. Invitations are keyed by their letter number
(created once); day-relative items are keyed by leader + title + start, so a run on a later
day adds that day's items and the calendar always shows a living "today".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from humpro.agenda.feeds import feed_create
from humpro.agenda.invitations import invitation_dispose, invitation_register
from humpro.agenda.models import (
    AgendaItem,
    AgendaStatus,
    CalendarFeed,
    Decision,
    FeedKind,
    Invitation,
    InvitationSource,
    Visibility,
)
from humpro.agenda.services import agenda_item_save
from humpro.demo.common import at, official, today, user
from humpro.officials.models import Level, Official
from humpro.orgs.models import Organization

GUB = "Gubernur Nusa Makmur"
WAGUB = "Wakil Gubernur Nusa Makmur"
SEKDA = "Sekretaris Daerah Provinsi Nusa Makmur"
BUPATI = "Bupati Tanjung Harapan"

# key: (venue, address, latitude, longitude)
VENUES = {
    "kantor": ("Kantor Gubernur Nusa Makmur", "Jl. Pejanggik No. 12, Bandar Makmur", -8.5833, 116.1167),
    "pendopo": ("Pendopo Gubernur Nusa Makmur", "Jl. Langko No. 1, Bandar Makmur", -8.5801, 116.1049),
    "pelabuhan": ("Pelabuhan Perikanan Teluk Bahari", "Teluk Bahari, Bandar Makmur", -8.6412, 116.0720),
    "pasar": ("Pasar Rakyat Cakra", "Jl. Selaparang, Bandar Makmur", -8.5890, 116.1381),
    "dprd": ("Gedung DPRD Provinsi Nusa Makmur", "Jl. Udayana No. 7, Bandar Makmur", -8.5772, 116.0968),
    "aula": ("Aula Universitas Nusa Makmur", "Jl. Majapahit No. 62, Bandar Makmur", -8.5906, 116.0921),
    "lapangan": ("Lapangan Sangkareang", "Jl. Pejanggik, Bandar Makmur", -8.5846, 116.1123),
    "bpsdm": ("Gedung BPSDM Provinsi Nusa Makmur", "Jl. Dr. Soedjono, Bandar Makmur", -8.5710, 116.1265),
    "kantor_th": ("Kantor Bupati Tanjung Harapan", "Jl. Gajah Mada No. 1, Tanjung Harapan", -8.4410, 116.6120),
    "sukamaju": ("Jembatan Desa Sukamaju", "Desa Sukamaju, Tanjung Harapan", -8.4825, 116.6587),
}


@dataclass
class AgendaDemo:
    represented: AgendaItem  # invitation disposed "diwakili" by the Sekda (protocol file, coverage)
    launched: AgendaItem  # yesterday's public event, done (the published release is about it)
    today_public: AgendaItem  # the Governor's public item of today


@dataclass(frozen=True)
class Day:
    leader: str
    offset: int
    start: tuple[int, int]
    end: tuple[int, int]
    title: str
    venue: str
    visibility: str = Visibility.INTERNAL
    status: str = AgendaStatus.CONFIRMED
    crew: tuple[tuple[str, str], ...] = ()  # (assignment role, username)
    description: str = ""
    all_day: bool = False
    tz: str = ""


PROVINCE_DAYS = [
    Day(GUB, -1, (9, 0), (11, 0), "Peluncuran Program Beasiswa Nusa Makmur Cerdas", "aula", Visibility.PUBLIC,
        AgendaStatus.DONE, (("ajudan", "ajudan"),), "Penyerahan simbolis beasiswa kepada 250 mahasiswa."),
    Day(GUB, 0, (7, 30), (8, 30), "Rapat Internal Persiapan LKPJ Gubernur", "kantor",
        crew=(("ajudan", "ajudan"),)),
    Day(GUB, 0, (10, 0), (11, 30), "Penyerahan Bantuan Alat Tangkap kepada Kelompok Nelayan", "pelabuhan",
        Visibility.PUBLIC, crew=(("ajudan", "ajudan"), ("protokol", "protokol")),
        description="Bantuan 40 unit perahu motor tempel dan jaring untuk 12 kelompok nelayan."),
    Day(GUB, 0, (14, 0), (15, 0), "Audiensi Rektor Universitas Nusa Makmur", "kantor",
        crew=(("ajudan", "ajudan"),)),
    Day(GUB, 0, (19, 30), (21, 0), "Ramah Tamah dengan Tokoh Adat dan Tokoh Agama", "pendopo", Visibility.PUBLIC,
        crew=(("ajudan", "ajudan"),)),
    Day(WAGUB, 0, (8, 0), (9, 0), "Pembukaan Pelatihan Kewirausahaan Perempuan", "bpsdm", Visibility.PUBLIC),
    # the clashing pair: the Vice Governor cannot be in both places from 11:00 to 12:00
    Day(WAGUB, 0, (10, 0), (12, 0), "Rapat Koordinasi Pengendalian Inflasi Daerah", "kantor"),
    Day(WAGUB, 0, (11, 0), (12, 30), "Peninjauan Operasi Pasar Murah", "pasar", Visibility.PUBLIC,
        AgendaStatus.TENTATIVE),
    Day(GUB, 1, (9, 0), (12, 0), "Rapat Koordinasi Gubernur dengan Bupati/Wali Kota se-Nusa Makmur", "kantor",
        crew=(("ajudan", "ajudan"), ("protokol", "protokol"))),
    Day(GUB, 3, (8, 0), (10, 0), "Upacara Peringatan Hari Jadi Kabupaten Tanjung Harapan", "kantor_th",
        Visibility.PUBLIC, AgendaStatus.TENTATIVE),
    Day(WAGUB, 2, (0, 0), (0, 0), "Kunjungan Kerja ke Kabupaten Pulau Timur", "", Visibility.PUBLIC,
        description="Peninjauan layanan kesehatan di puskesmas terapung.", all_day=True, tz="Asia/Jayapura"),
    Day(WAGUB, 5, (13, 0), (15, 0), "Rapat Pembahasan Rancangan KUA-PPAS", "kantor"),
]
REGENCY_DAYS = [
    Day(BUPATI, 0, (9, 0), (11, 0), "Rapat Koordinasi Percepatan Penurunan Stunting", "kantor_th"),
    Day(BUPATI, 0, (13, 30), (15, 0), "Peresmian Jembatan Desa Sukamaju", "sukamaju", Visibility.PUBLIC),
    Day(BUPATI, 2, (8, 0), (9, 30), "Apel Kesiapsiagaan Bencana", "kantor_th", Visibility.PUBLIC),
]


def _venue(key: str) -> dict[str, Any]:
    if not key:
        return {}
    name, address, lat, lon = VENUES[key]
    return {"venue_name": name, "venue_address": address, "latitude": lat, "longitude": lon}


def _day_item(org: Organization, by: Any, spec: Day) -> AgendaItem:
    leader = official(org, spec.leader)
    day = today(org) + dt.timedelta(days=spec.offset)
    if spec.all_day:
        start: dt.date | dt.datetime = day
        end: dt.date | dt.datetime = day
    else:
        start, end = at(org, day, *spec.start), at(org, day, *spec.end)
    existing = AgendaItem.objects.for_org(org).filter(
        leader=leader, title=spec.title, start__gte=at(org, day - dt.timedelta(days=1), 0),
        start__lt=at(org, day + dt.timedelta(days=2), 0))
    found = next((i for i in existing if i.start.astimezone(i.tz).date() == day), None)
    if found is not None:
        return found
    return agenda_item_save(
        organization=org, by=by, title=spec.title, start=start, end=end, all_day=spec.all_day,
        timezone_name=spec.tz, leader=leader, description=spec.description, status=spec.status,
        visibility=spec.visibility, level=Level.REGENCY if org.kind != "provinsi" else Level.PROVINCE,
        assignments=[(role, user(username)) for role, username in spec.crew], **_venue(spec.venue),
    ).item


def _invitation(org: Organization, by: Any, letter_number: str, **fields: Any) -> tuple[Invitation, bool]:
    found = Invitation.objects.for_org(org).filter(letter_number=letter_number).first()
    if found is not None:
        return found, False
    return invitation_register(organization=org, by=by, letter_number=letter_number, **fields), True


def _invitations(org: Organization) -> AgendaItem:
    """The province's invitations; returns the agenda item of the one disposed "diwakili"."""
    day, year = today(org), today(org).year
    staff, governor = user("protokol"), user("gubernur")
    gub, sekda = official(org, GUB), official(org, SEKDA)
    festival, new = _invitation(
        org, staff, f"003.1/045/DISBUDPAR/{year}", sender_name="Panitia Festival Budaya Nusa Makmur",
        sender_institution="Dinas Kebudayaan dan Pariwisata Provinsi Nusa Makmur",
        letter_date=day - dt.timedelta(days=6),
        event_title="Pembukaan Festival Budaya Nusa Makmur", start=at(org, day + dt.timedelta(days=5), 19),
        end=at(org, day + dt.timedelta(days=5), 22), invited_leader=gub, level=Level.PROVINCE,
        dress_code="Pakaian adat daerah", contact_name="Lalu Wirajaya", contact_phone="0812-3700-1122",
        description="Pembukaan festival sekaligus pawai budaya 10 kabupaten/kota.", **_venue("lapangan"),
    )
    if new:
        invitation_dispose(invitation=festival, by=governor, decision=Decision.REPRESENTED, representative=sekda,
                           note="Sekda mewakili; bacakan sambutan tertulis Gubernur.", visibility=Visibility.PUBLIC)
    plenary, new = _invitation(
        org, staff, f"005/112/DPRD/{year}", sender_name="Sekretariat DPRD Provinsi Nusa Makmur",
        sender_institution="DPRD Provinsi Nusa Makmur", letter_date=day - dt.timedelta(days=4),
        event_title="Rapat Paripurna DPRD: Penyampaian LKPJ Gubernur", start=at(org, day + dt.timedelta(days=4), 10),
        end=at(org, day + dt.timedelta(days=4), 12), invited_leader=gub, dress_code="Pakaian Sipil Lengkap (PSL)",
        **_venue("dprd"),
    )
    if new:
        invitation_dispose(invitation=plenary, by=governor, decision=Decision.ATTEND, visibility=Visibility.PUBLIC,
                           note="Gubernur hadir langsung.")
    _invitation(  # pending disposition, another time zone (WIB), two days
        org, staff, f"100/27/APP-RI/{year}", sender_name="Sekretariat Asosiasi Pemerintah Provinsi",
        sender_institution="Asosiasi Pemerintah Provinsi", letter_date=day - dt.timedelta(days=2),
        event_title="Rapat Kerja Nasional Asosiasi Pemerintah Provinsi",
        start=dt.datetime.combine(day + dt.timedelta(days=8), dt.time(9), tzinfo=_zone("Asia/Jakarta")),
        end=dt.datetime.combine(day + dt.timedelta(days=9), dt.time(16), tzinfo=_zone("Asia/Jakarta")),
        timezone_name="Asia/Jakarta", invited_leader=gub, venue_name="Hotel Nusantara, Jakarta Pusat",
        dress_code="Batik",
    )
    _invitation(  # pending, short notice: flagged "mendesak"
        org, None, "PERMOHONAN/KKNB/HUT-50", source=InvitationSource.FORM,
        sender_name="Haji Muhammad Saleh", sender_institution="Kerukunan Keluarga Nelayan Bahari",
        sender_phone="0819-0765-4321", event_title="Syukuran HUT ke-50 Kerukunan Keluarga Nelayan Bahari",
        start=at(org, day + dt.timedelta(days=1), 16), end=at(org, day + dt.timedelta(days=1), 18),
        invited_leader=gub, description="Mohon kehadiran Bapak Gubernur untuk memberikan sambutan.",
        **_venue("pelabuhan"),
    )
    return festival.agenda_items.order_by("id").first()


def _zone(name: str) -> dt.tzinfo:
    import zoneinfo

    return zoneinfo.ZoneInfo(name)


def _feeds(org: Organization, by: Any, leader: Official) -> None:
    for name, kind, audience in (("Agenda Gubernur (ponsel ajudan)", FeedKind.LEADER, Visibility.INTERNAL),
                                 ("Agenda publik (situs web)", FeedKind.AUDIENCE, Visibility.PUBLIC)):
        if not CalendarFeed.objects.for_org(org).filter(name=name).exists():
            feed_create(organization=org, by=by, name=name, kind=kind, audience=audience,
                        leader=leader if kind == FeedKind.LEADER else None)


def seed_agenda(province: Organization, regency: Organization) -> AgendaDemo:
    staff = user("protokol")
    items = [_day_item(province, staff, spec) for spec in PROVINCE_DAYS]
    represented = _invitations(province)
    _feeds(province, user("kepala"), official(province, GUB))
    regency_staff = user("admin-tanjung")
    for spec in REGENCY_DAYS:
        _day_item(regency, regency_staff, spec)
    _invitation(
        regency, regency_staff, f"520/88/POKTAN/{today(regency).year}", sender_name="Kelompok Tani Sri Rejeki",
        sender_institution="Gapoktan Desa Sukamaju", event_title="Panen Raya Padi Musim Tanam I",
        start=at(regency, today(regency) + dt.timedelta(days=4), 8),
        end=at(regency, today(regency) + dt.timedelta(days=4), 10), invited_leader=official(regency, BUPATI),
        level=Level.REGENCY, **_venue("sukamaju"),
    )
    return AgendaDemo(represented=represented, launched=items[0], today_public=items[2])
