"""Demo partner media: ten outlets of mixed types and Dewan Pers status, journalists, a press
card, a contract for the current fiscal year with its deliverables and one proof awaiting
verification, and the demo user `media` linked to its outlet (portal)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from humpro.demo.common import picture, today, user
from humpro.orgs.models import Organization
from humpro.press.contracts import QuotaSpec, budget_line_save, contract_create
from humpro.press.models import (
    AccreditationCard,
    BudgetLine,
    Contract,
    Deliverable,
    DeliverableKind,
    Journalist,
    Outlet,
    OutletUser,
    Quota,
)
from humpro.press.proofs import proof_submit, proof_verify
from humpro.press.services import card_issue, journalist_save, outlet_save, outlet_user_link

# name, type, Dewan Pers, UKW of the chief editor, city, domain (or ""), reach, reach unit
OUTLETS = [
    ("Warta Nusa", "siber", "faktual", "utama", "Bandar Makmur", "wartanusa.example", 420_000, "kunjungan"),
    ("Harian Nusa Makmur Pos", "cetak", "faktual", "utama", "Bandar Makmur", "nusamakmurpos.example", 18_000,
     "eksemplar"),
    ("NusaTV", "tv", "administratif", "madya", "Bandar Makmur", "nusatv.example", 650_000, "pemirsa"),
    ("Radio Suara Bahari FM", "radio", "administratif", "madya", "Bandar Makmur", "suarabahari.example",
     90_000, "pemirsa"),
    ("Kantor Berita Nusantara Raya Biro Nusa Makmur", "kantor_berita", "faktual", "utama", "Bandar Makmur",
     "nusantararaya.example", None, ""),
    ("Tanjung Harapan Online", "siber", "none", "muda", "Tanjung Harapan", "tanjungharapanonline.example",
     35_000, "kunjungan"),
    ("BandarNews", "siber", "administratif", "none", "Bandar Makmur", "bandarnews.example", 120_000, "kunjungan"),
    ("Info Nusa Makmur (Instagram)", "media_sosial", "none", "none", "Bandar Makmur", "", 210_000, "pengikut"),
    ("Majalah Bahari", "cetak", "none", "none", "Bandar Makmur", "", 3_000, "eksemplar"),
    ("Radio Pulau Timur FM", "radio", "none", "muda", "Pulau Timur", "", 25_000, "pemirsa"),
]
# outlet, name, position, beat, UKW, phone, email, primary contact
JOURNALISTS = [
    ("Warta Nusa", "Rina Kartika", "Redaktur", "Pemerintahan", "madya", "0813-3900-1234",
     "rina.kartika@wartanusa.example", True),
    ("Warta Nusa", "Fajar Nugraha", "Reporter", "Ekonomi", "muda", "0813-3900-5678", "fajar@wartanusa.example",
     False),
    ("Harian Nusa Makmur Pos", "Bagus Wicaksono", "Redaktur Pelaksana", "Politik", "utama", "",
     "redaksi@nusamakmurpos.example", True),
    ("NusaTV", "Lia Ananda", "Reporter", "Pemerintahan", "muda", "0817-5522-8080", "lia.ananda@nusatv.example",
     True),
    ("Radio Suara Bahari FM", "Yusran Hamid", "Penyiar berita", "Umum", "none", "0819-1100-2200", "", True),
]
CONTRACT_OUTLET = "Warta Nusa"
PORTAL_USER = "media"


def _outlet_fields(index: int, row: tuple[Any, ...]) -> dict[str, Any]:
    name, kind, dewan_pers, ukw, city, domain, reach, unit = row
    fields: dict[str, Any] = {
        "name": name, "media_type": kind, "dewan_pers_status": dewan_pers, "chief_editor_ukw": ukw,
        "city": city, "reach": reach, "reach_unit": unit, "chief_editor": f"Pemimpin Redaksi {name}",
    }
    if dewan_pers != "none":
        fields.update(dewan_pers_date=dt.date(2023, 3, 1 + index), dewan_pers_evidence=f"DP/{100 + index}/2023")
    if domain:
        fields.update(website=f"https://{domain}/", email=f"redaksi@{domain}",
                      feed_urls=[f"https://{domain}/rss.xml"] if kind in ("siber", "kantor_berita") else [])
    if kind == "media_sosial":
        fields["social_accounts"] = [{"platform": "instagram", "handle": "@infonusamakmur",
                                      "url": "https://instagram.com/infonusamakmur"}]
    if index < 5:  # the established ones: a legal entity with all papers
        fields.update(legal_name=f"PT {name.split(' Biro')[0]} Media", kbli="63122", deed_number=f"{12 + index}",
                      deed_date=dt.date(2015, 5, 10 + index), sk_kemenkumham=f"AHU-00{4512 + index}.AH.01.01",
                      nib=f"91200301{index:05d}", npwp=f"01.234.567.{index}-915.000".replace(".", "").replace("-", ""),
                      chief_editor_ukw_number=f"UKW/{index + 1:04d}/2020" if ukw != "none" else "")
    return fields


def _contract(org: Organization, outlet: Outlet) -> Contract:
    year = today(org).year
    number = f"000.3/017/SPK-PROKOPIM/{year}"
    found = Contract.objects.for_org(org).filter(number=number).first()
    if found is not None:
        return found
    code = "5.1.02.02.01.0026"
    line = BudgetLine.objects.for_org(org).filter(fiscal_year=year, code=code).first() or budget_line_save(
        organization=org, fiscal_year=year, code=code, name="Belanja Jasa Publikasi dan Kerja Sama Media",
        ceiling=Decimal("750000000"))
    return contract_create(
        organization=org, outlet=outlet, budget_line=line, number=number,
        title=f"Publikasi kegiatan Pemerintah Provinsi Nusa Makmur tahun {year}", value=Decimal("100000000"),
        start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31),
        quotas=[QuotaSpec(DeliverableKind.ARTICLE, 2, Quota.Period.MONTH, Decimal("2500000")),
                QuotaSpec(DeliverableKind.ADVERTORIAL, 1, Quota.Period.QUARTER, Decimal("7500000"))],
    )


def _screenshot(label: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(f"tangkapan-{label}.png", picture(f"wartanusa.example — {label}", size=(900, 600),
                                                                 colours=("#ffffff", "#dde7f0"), fmt="PNG"),
                              content_type="image/png")


def _proofs(org: Organization, contract: Contract) -> None:
    if contract.deliverables.exclude(status=Deliverable.Status.PENDING).exists():
        return
    day = min(today(org), timezone.localdate())  # the service refuses a date after the server's today
    media, verifier = user(PORTAL_USER), user("humas")
    slots = contract.deliverables.filter(kind=DeliverableKind.ARTICLE, period_start__lte=day)
    current = slots.order_by("-period_start", "sequence").first()
    if current is None or day < contract.start_date:  # the first hour of a fiscal year
        return
    previous = slots.filter(period_start__lt=current.period_start).order_by("-period_start", "sequence").first()
    if previous is not None:  # last month's article: proven and verified
        proof = proof_submit(deliverable=previous, kind="online",
                             published_on=previous.due_date, upload=_screenshot("bulan-lalu"), user=media,
                             url="https://wartanusa.example/berita/pemprov-salurkan-bantuan-pangan")
        proof_verify(proof=proof, user=verifier, note="Sesuai kuota.")
    proof_submit(deliverable=current, kind="online", published_on=day, upload=_screenshot("hari-ini"), user=media,
                 url="https://wartanusa.example/berita/gubernur-luncurkan-beasiswa",
                 note="Berita peluncuran beasiswa, tayang di kanal utama.")


def seed_press(org: Organization) -> Outlet:
    """Returns the contracted outlet (linked to the portal user)."""
    outlets = {}
    for index, row in enumerate(OUTLETS):
        outlets[row[0]] = Outlet.objects.for_org(org).filter(name=row[0]).first() or outlet_save(
            organization=org, **_outlet_fields(index, row))
    for outlet_name, name, position, beat, ukw, phone, email, primary in JOURNALISTS:
        outlet = outlets[outlet_name]
        if not Journalist.objects.for_org(org).filter(outlet=outlet, name=name).exists():
            journalist_save(outlet=outlet, name=name, position=position, beat=beat, ukw_level=ukw, phone=phone,
                            email=email, is_primary_contact=primary)
    year = today(org).year
    number = f"KP/NM/{year}/0001"
    if not AccreditationCard.objects.for_org(org).filter(number=number).exists():
        card_issue(journalist=Journalist.objects.for_org(org).get(name="Rina Kartika"), number=number,
                   valid_from=today(org), valid_until=dt.date(year, 12, 31))
    outlet = outlets[CONTRACT_OUTLET]
    if not OutletUser.objects.for_org(org).filter(user=user(PORTAL_USER)).exists():
        outlet_user_link(outlet=outlet, user=user(PORTAL_USER))
    _proofs(org, _contract(org, outlet))
    return outlet
