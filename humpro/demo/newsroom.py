"""Demo newsroom: a coverage plan, a published release with a generated photo (caption and
credit), one release in review, one draft, and a distribution list with a couple of contacts
(and a partner outlet). Nothing is distributed: outgoing mail stays for the user to try."""

from __future__ import annotations

from typing import Any

from humpro.agenda.models import AgendaItem
from humpro.demo.common import official, picture, user
from humpro.newsroom.coverage import coverage_propose
from humpro.newsroom.distribution import contact_save
from humpro.newsroom.media import media_process, media_upload
from humpro.newsroom.models import Contact, DistributionList, ListEntry, MediaAsset, Release
from humpro.newsroom.recipients import list_entry_add
from humpro.newsroom.releases import QuoteIn, ReleaseData, release_create, release_transition
from humpro.newsroom.workflow import settings_for
from humpro.orgs.models import Organization

GUB = "Gubernur Nusa Makmur"
PUBLISHED = "Gubernur Luncurkan Beasiswa Nusa Makmur Cerdas untuk 250 Mahasiswa"
IN_REVIEW = "Pemprov Serahkan 40 Perahu Motor untuk Kelompok Nelayan Teluk Bahari"
DRAFT = "Festival Budaya Nusa Makmur Dibuka dengan Pawai 10 Kabupaten/Kota"
LIST_NAME = "Media lokal Nusa Makmur"
CONTACTS = [
    ("Rina Kartika", "rina.kartika@wartanusa.example", "Warta Nusa", "0813-3900-1234"),
    ("Bagus Wicaksono", "redaksi@nusamakmurpos.example", "Harian Nusa Makmur Pos", ""),
    ("Lia Ananda", "lia.ananda@nusatv.example", "NusaTV", "0817-5522-8080"),
]


def _photo(org: Organization, item: AgendaItem) -> MediaAsset:
    content = picture("Peluncuran Beasiswa Nusa Makmur Cerdas")
    import hashlib

    found = MediaAsset.objects.for_org(org).filter(sha256=hashlib.sha256(content).hexdigest()).first()
    if found is not None:
        return found
    asset = media_upload(
        organization=org, user=user("fotografer"), filename="DSC_0412.jpg", content=content,
        caption="Gubernur Nusa Makmur H. Arman Syahputra menyerahkan beasiswa secara simbolis kepada "
                "perwakilan mahasiswa di Aula Universitas Nusa Makmur.",
        credit="Andi Saputra/Humas Pemprov Nusa Makmur", people_ids=[official(org, GUB).pk],
        agenda_item_id=item.pk,
    )
    media_process(asset_id=asset.pk)  # thumbnail and web size now (the worker would do it later)
    return asset


def _release(org: Organization, title: str, data: dict[str, Any], moves: list[tuple[str, str]]) -> Release:
    found = Release.objects.for_org(org).filter(title=title).first()
    if found is not None:
        return found
    release = release_create(organization=org, user=user("peliput"), data=ReleaseData(title=title, **data))
    for action, username in moves:
        release = release_transition(release=release, user=user(username), action=action)
    return release


def seed_newsroom(org: Organization, *, launched: AgendaItem, today_item: AgendaItem,
                  represented: AgendaItem, outlet: Any = None) -> None:
    settings_for(org)
    for item in (represented, today_item):
        coverage_propose(item=item)
    gub = official(org, GUB)
    photo = _photo(org, launched)
    _release(org, PUBLISHED, {
        "lead": "Bandar Makmur — Pemerintah Provinsi Nusa Makmur meluncurkan program beasiswa bagi 250 "
                "mahasiswa dari keluarga kurang mampu.",
        "body": "<p>Program Beasiswa Nusa Makmur Cerdas mencakup biaya kuliah dan biaya hidup selama "
                "empat tahun.</p><p>Penerima dipilih melalui seleksi terbuka yang diumumkan di laman resmi "
                "pemerintah provinsi.</p>",
        "kind": "siaran_pers", "tags": ["pendidikan", "beasiswa"], "official_ids": [gub.pk],
        "quotes": [QuoteIn("Pendidikan adalah jalan paling pasti untuk memutus kemiskinan.", speaker_id=gub.pk)],
        "photo_ids": [photo.pk], "agenda_item_id": launched.pk,
    }, [("submit", "peliput"), ("approve", "kepala"), ("publish", "editor")])
    _release(org, IN_REVIEW, {
        "lead": "Bantuan alat tangkap diserahkan langsung oleh Gubernur di Pelabuhan Perikanan Teluk Bahari.",
        "body": "<p>Sebanyak 12 kelompok nelayan menerima perahu motor tempel dan jaring.</p>",
        "tags": ["perikanan"], "official_ids": [gub.pk], "agenda_item_id": today_item.pk,
    }, [("submit", "peliput")])
    _release(org, DRAFT, {
        "lead": "Sekretaris Daerah mewakili Gubernur membuka Festival Budaya Nusa Makmur.",
        "body": "<p>(draf — menunggu liputan)</p>", "kind": "berita", "tags": ["budaya", "pariwisata"],
        "agenda_item_id": represented.pk,
    }, [])
    dlist, _ = DistributionList.objects.get_or_create(
        organization=org, name=LIST_NAME, defaults={"description": "Redaksi media lokal dan media mitra."})
    for name, email, outlet_name, phone in CONTACTS:
        if not Contact.objects.for_org(org).filter(email=email).exists():
            contact_save(organization=org, name=name, email=email, outlet_name=outlet_name, phone=phone,
                         list_ids=[dlist.pk])
    if outlet is not None and not ListEntry.objects.filter(distribution_list=dlist, source="press.outlet",
                                                           source_id=str(outlet.pk)).exists():
        list_entry_add(distribution_list=dlist, source="press.outlet", source_id=str(outlet.pk))
