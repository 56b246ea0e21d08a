"""The English catalogue is complete and compiled, and every module's pages render in English once the
user chose English (language cookie; Accept-Language is ignored on purpose)."""

from __future__ import annotations

import ast
import gettext
import html
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def _parse_po(path: Path) -> list[dict]:
    """A small .po reader (stdlib only): entries with msgid, msgid_plural, msgstr(s) and flags."""
    entries: list[dict] = []
    entry: dict = {}
    field = None

    def flush() -> None:
        if "msgid" in entry:
            entries.append(dict(entry))
        entry.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            flush()
            field = None
            continue
        if line.startswith("#~"):
            entry.setdefault("obsolete", True)
            continue
        if line.startswith("#,"):
            if "msgid" in entry:
                flush()
            entry.setdefault("flags", set()).update(f.strip() for f in line[2:].split(","))
            continue
        if line.startswith("#"):
            if "msgid" in entry and field != "comment":
                flush()
            continue
        match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")$', line)
        if match:
            if match.group(1) in ("msgid", "msgctxt") and "msgid" in entry and field not in (None, "msgctxt"):
                flush()
            field = match.group(1)
            entry[field] = ast.literal_eval(match.group(2))
        elif line.startswith('"') and field:
            entry[field] += ast.literal_eval(line)
    flush()
    return entries


@pytest.fixture(scope="module")
def catalogue() -> list[dict]:
    return _parse_po(LOCALE / "django.po")


def test_catalogue_has_no_untranslated_or_fuzzy_entries(catalogue: list[dict]) -> None:
    assert len(catalogue) > 1000  # the foundation plus every module
    header = [e for e in catalogue if e["msgid"] == ""]
    assert len(header) == 1 and "Plural-Forms: nplurals=2" in header[0]["msgstr"]
    fuzzy = [e["msgid"] for e in catalogue if "fuzzy" in e.get("flags", set())]
    assert fuzzy == []
    assert [e for e in catalogue if e.get("obsolete")] == []
    untranslated = []
    for e in catalogue:
        if e["msgid"] == "":
            continue
        if "msgid_plural" in e:
            if not (e.get("msgstr[0]") and e.get("msgstr[1]")):
                untranslated.append(e["msgid"])
        elif not e.get("msgstr"):
            untranslated.append(e["msgid"])
    assert untranslated == []


def test_compiled_catalogue_matches_the_po_file(catalogue: list[dict]) -> None:
    with open(LOCALE / "django.mo", "rb") as fh:
        mo = gettext.GNUTranslations(fh)
    stale = []
    for e in catalogue:
        if e["msgid"] == "":
            continue
        if "msgid_plural" in e:
            got = (mo.ngettext(e["msgid"], e["msgid_plural"], 1), mo.ngettext(e["msgid"], e["msgid_plural"], 5))
            want = (e["msgstr[0]"], e["msgstr[1]"])
        else:
            got, want = mo.gettext(e["msgid"]), e["msgstr"]
        if got != want:
            stale.append(e["msgid"])
    assert stale == [], "django.mo is out of date: compile the catalogue"


def test_placeholders_survive_translation(catalogue: list[dict]) -> None:
    def names(text: str) -> list[str]:
        return sorted(re.findall(r"%\(\w+\)[sd]|%%", text))

    wrong = []
    for e in catalogue:
        if e["msgid"] == "":
            continue
        if "msgid_plural" in e:
            pairs = [(e["msgid"], e["msgstr[0]"]), (e["msgid_plural"], e["msgstr[1]"])]
        else:
            pairs = [(e["msgid"], e["msgstr"])]
        wrong += [src for src, dst in pairs if names(src) != names(dst)]
    assert wrong == []


def _visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<option\b.*?</option>", " ", page, flags=re.S)  # model choice labels are data
    page = re.sub(r"<[^>]+>", " ", page)
    return " ".join(html.unescape(page).split())


# The PPID annual report keeps its statutory Indonesian title (Perki 1/2021), shared with its PDF and XLSX.
KEPT_INDONESIAN = ("Laporan Layanan Informasi Publik",)


def _indonesian_left(page: str, catalogue: list[dict]) -> list[str]:
    """Catalogue sentences (several words, translated differently) still shown in Indonesian."""
    text = _visible_text(page)
    for kept in KEPT_INDONESIAN:
        text = text.replace(kept, " ")
    found = []
    for e in catalogue:
        msgid, msgstr = e["msgid"], e.get("msgstr", "")
        if "msgid_plural" in e or "%" in msgid or msgid == msgstr or len(msgid.split()) < 3:
            continue
        if re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", text):
            found.append(msgid)
    return found


STAFF_PAGES = [
    # (url name, English text expected, Indonesian text that must be gone)
    ("agenda:calendar", ["Leaders' agenda", "Record an invitation", "Calendar feeds"], ["Catat undangan"]),
    ("agenda:item_create", ["Time zone", "Dress code", "Represented by"], ["Zona waktu"]),
    ("agenda:invitation_list", ["Invitations and requests", "All statuses"], ["Semua status"]),
    ("agenda:feeds", ["Calendar feeds (iCalendar)", "Create a feed"], ["Buat feed"]),
    ("agenda:settings", ["Agenda settings", "Travel speed (km/h)"], ["Pengaturan agenda"]),
    ("protocol:index", ["Upcoming agenda", "All protocol files"], ["Agenda mendatang"]),
    ("protocol:tier_orders", ["Tier code", "Order (position keywords, one per line)"], ["Kode tier"]),
    ("newsroom:list", ["Releases and news", "Write a release"], ["Tulis rilis"]),
    ("newsroom:create", ["Lead", "Officials mentioned", "Author credit"], ["Kredit penulis"]),
    ("newsroom:contacts", ["Contacts and distribution lists", "Create list"], ["Buat daftar"]),
    ("newsroom:coverage", ["Past coverage"], ["Liputan yang sudah lewat"]),
    ("newsroom:settings", ["Newsroom settings", "Default hashtags"], ["Tagar bawaan"]),
    ("press:outlet_list", ["Search name, legal entity or domain", "Add outlet"], ["Tambah media"]),
    ("press:outlet_create", ["Website", "Sitemap URLs (one per line)"], ["URL sitemap (satu per baris)"]),
    ("press:contract_list", ["Create contract"], ["Buat kontrak"]),
    ("press:budget_lines", ["Budget line", "Fiscal year"], ["Tahun anggaran"]),
    ("press:policy", ["Partner media requirements"], ["Syarat media mitra"]),
    ("ppid:list", ["Information request register", "Record a request (counter/letter/email)"],
     ["Register permohonan informasi"]),
    ("ppid:create", ["Requester type", "Details of the information requested"], ["Jenis pemohon"]),
    ("ppid:objections", ["Objection (keberatan) register"], ["Register keberatan"]),
    ("ppid:dip_list", ["Public Information List (DIP)", "Add information"], ["Tambah informasi"]),
    ("ppid:report", ["Number of requests", "Reasons for refusal"], ["Jumlah permohonan", "Alasan penolakan"]),
    ("monitoring:list", ["Search articles, names, positions", "All tones"], ["Semua nada"]),
    ("monitoring:sources", ["News sources and feed health", "Add source"], ["Tambah sumber"]),
    ("monitoring:analyze", ["Article text analysis", "Analyse"], ["Analisis teks berita"]),
    ("monitoring:clipping", ["Clipping and export", "Make a PDF clipping"], ["Buat kliping PDF"]),
    ("monitoring:settings", ["Monitoring settings", "Major outlets (one per line)"], ["Pengaturan pemantauan"]),
]

PUBLIC_PAGES = [
    ("agenda_public:index", [], []),
    ("agenda_public:request", ["Request for a leader's attendance", "Send request"], ["Kirim permohonan"]),
    ("agenda_public:track", ["Tracking number"], ["Nomor pelacakan"]),
    ("ppid_public:home", ["Public Information Service", "Submit an information request"],
     ["Ajukan permohonan informasi"]),
    ("ppid_public:request", ["Public information request form", "Purpose of use of the information"],
     ["Tujuan penggunaan informasi"]),
    ("ppid_public:track", ["Track an information request", "Secret tracking code"], ["Kode lacak rahasia"]),
    ("ppid_public:dip", ["Public Information List (DIP)"], []),
]

ALL_STAFF_ROLES = [Role.HEAD, Role.ADMIN, Role.PROTOCOL, Role.EDITOR, Role.MEDIA_RELATIONS, Role.ANALYST, Role.PPID]


@pytest.fixture
def english_staff(client):  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=ALL_STAFF_ROLES)
    assert client.login(username=user.username, password=PASSWORD)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client, org


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "english", "indonesian"), STAFF_PAGES, ids=[p[0] for p in STAFF_PAGES])
def test_staff_pages_render_in_english(english_staff, catalogue, name, english, indonesian) -> None:  # type: ignore[no-untyped-def]
    client, org = english_staff
    response = client.get(reverse(name, kwargs={"org": org.slug}))
    assert response.status_code == 200
    page = response.content.decode()
    text = _visible_text(page)
    assert 'lang="en"' in page
    for phrase in english:
        assert phrase in html.unescape(page), phrase
    for phrase in indonesian:
        assert phrase not in text, phrase
    assert _indonesian_left(page, catalogue) == []


@pytest.mark.django_db
def test_menu_and_dashboard_cards_in_english(english_staff) -> None:  # type: ignore[no-untyped-def]
    client, org = english_staff
    page = html.unescape(client.get(reverse("orgs:dashboard", kwargs={"org": org.slug})).content.decode())
    for label in ("Protocol", "Newsroom", "Partner media", "Monitoring", "PPID", "Today's agenda",
                  "Open the newsroom", "Media monitoring", "Information service (PPID)"):
        assert label in page, label
    for label in (">Protokol<", ">Berita<", ">Media mitra<", ">Pemantauan<", "Buka ruang berita"):
        assert label not in page, label


@pytest.mark.django_db
def test_indonesian_stays_the_default(client, catalogue) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=ALL_STAFF_ROLES)
    client.login(username=user.username, password=PASSWORD)
    page = client.get(reverse("agenda:item_create", kwargs={"org": org.slug}),
                      HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "Zona waktu" in page and "Time zone" not in page
    # the detector used above does see Indonesian sentences when they are there
    assert "Sistem Informasi Humas dan Protokol" in _indonesian_left(page, catalogue)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "english", "indonesian"), PUBLIC_PAGES, ids=[p[0] for p in PUBLIC_PAGES])
def test_public_pages_render_in_english(client, catalogue, name, english, indonesian) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get(reverse(name, kwargs={"org": org.slug}))
    assert response.status_code == 200
    page = response.content.decode()
    for phrase in english:
        assert phrase in html.unescape(page), phrase
    text = _visible_text(page)
    for phrase in indonesian:
        assert phrase not in text, phrase
    assert _indonesian_left(page, catalogue) == []


@pytest.mark.django_db
def test_flash_message_in_english(english_staff) -> None:  # type: ignore[no-untyped-def]
    client, org = english_staff
    response = client.get(reverse("monitoring:export_month", kwargs={"org": org.slug}), {"bulan": "kemarin"},
                          follow=True)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "Invalid month: use the format YYYY-MM, e.g. 2025-03." in page
    assert "Bulan tidak valid" not in page
