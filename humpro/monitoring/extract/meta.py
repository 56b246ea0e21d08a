"""Metadata: dateline, outlet, publication date and reporter/editor sign-offs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .lexicon import is_joined_place, is_known_place, not_names, org_words, place_acronyms, province_names
from .text import BYLINE_LINE

MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "agus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = (
    r"(?:senin|selasa|rabu|kamis|jum[’'`]?at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_TEXT_DATE = re.compile(r"\b(?P<d>\d{1,2})\s*" + _MONTH + r"\s*,?\s*(?P<y>(?:19|20)\d{2})\b", re.I)
_NUM_DATE = re.compile(  # (also "Senin (21-5-2019)", with the year in full)
    r"\b(?P<d>\d{1,2})(?:/(?P<m>\d{1,2})/(?P<y>(?:19|20)?\d{2})|-(?P<m2>\d{1,2})-(?P<y2>(?:19|20)\d{2}))(?!\d)"
)
_TIME = re.compile(r"\b\d{1,2}\s?[:.]\s?\d{2}\s*(?:WIB|WITA|WIT)\b|\b\d{1,2}:\s?\d{2}\b", re.I)  # (also "20: 38: 47")
_URL_DATE = re.compile(r"https?://\S*?/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/|\b)")
_WEEKDAY_NEAR = re.compile(  # (a Javanese market day may follow: "Selasa Kliwon (15/10/2024)")
    r"\b" + WEEKDAY + r"\b(?:\s+(?:legi|pahing|pon|wage|kliwon|pagi|siang|sore|malam|dini hari)\b)?"
    r"[\s,()]*(?:\(\s*)?(?:tanggal\s+|tgl\.?\s+)?$",  # (or the time of day: "Rabu malam (13/11/2024)")
    re.I,
)


def _mk(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return day.isoformat() if 1990 <= y <= 2099 else None


def _date_of(m: re.Match[str]) -> str | None:
    """The ISO date of a _TEXT_DATE or _NUM_DATE match (None when it is no real day)."""
    if "mon" in m.groupdict():
        return _mk(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]))
    if m["m"]:
        return _mk(int(m["y"]), int(m["m"]), int(m["d"]))
    return _mk(int(m["y2"]), int(m["m2"]), int(m["d"]))


def parse_date(text: str) -> str | None:
    """First full Indonesian date in ``text`` (``7 Desember 2022``, ``24/9/2019``, ``7/7/23``)."""
    best = None
    for m in _TEXT_DATE.finditer(text):
        iso = _date_of(m)
        if iso:
            best = (m.start(), iso)
            break
    for m in _NUM_DATE.finditer(text):
        iso = _date_of(m)
        if iso and (best is None or m.start() < best[0]):
            best = (m.start(), iso)
            break
    return best[1] if best else None


def _weekday_dates(text: str) -> list[tuple[int, str]]:
    """Dates in ``text`` that follow a weekday name ("Selasa (24/9/2019)", "Kamis, 6 Juli 2023")."""
    out = []
    for rx in (_TEXT_DATE, _NUM_DATE):
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if not _WEEKDAY_NEAR.search(before) and not re.search(
                r"\bhari\s+ini\s+\S+\s*$", before, re.I
            ):
                continue
            iso = _date_of(m)
            if iso:
                out.append((m.start(), iso))
    return sorted(out)


# a line that is only a time stamp: "14/8/2025 14:20", "Diperbarui: Rabu, 10 September 2025 | 16:05 WIB"
_STAMP_LINE = re.compile(
    r"^(?:(?:diperbarui|diterbitkan|dipublikasikan|terbit|update[d]?|posted|dimuat|tayang)\s*:?\s*)?"
    r"(?:" + WEEKDAY + r"\s*,?\s*)?"
    r"(?:\d{1,2}/\d{1,2}/(?:19|20)?\d{2}|\d{1,2}\s+[A-Za-z]+\.?\s+(?:19|20)\d{2})"
    r"\s*[,|-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?$",
    re.I,
)
# a line that is only a date: "13/11/2025", "- 02 Mar 2017", "Rabu, 20 Maret 2024"
_DATE_LINE = re.compile(
    r"^[-•·*|\s]*(?:" + WEEKDAY + r"\s*,?\s*)?"
    r"(?:\d{1,2}/\d{1,2}/(?:19|20)\d{2}|\d{1,2}\s+[A-Za-z]+\.?\s+(?:19|20)\d{2})\s*$",
    re.I,
)
_RANGE_BOUND = re.compile(r"\b(?:sejak|semenjak|mulai|hingga|sampai)\s+(?:hari\s+)?\w+\s*,?\s*\(?\s*$", re.I)


def find_date(
    src_meta: dict, paragraphs: list[str], removed: list[str], dateline_date: str | None
) -> tuple[str | None, str]:
    """Return (ISO date or None, basis) with basis in published|url|event|none."""
    if src_meta.get("date"):
        return str(src_meta["date"])[:10], "published"
    if dateline_date:
        return dateline_date, "published"
    head = paragraphs[:2] + removed
    for line in head:
        if len(line) < 120 and _TIME.search(line):
            iso = parse_date(line)
            if iso:
                return iso, "published"
    for line in paragraphs[2:6]:  # "Ima Karimah, Minggu, 23 November 2025 20:30 WIB" below a site's date bar
        if len(line) < 90 and not line.rstrip().endswith(".") and _TIME.search(line) and (iso := parse_date(line)):
            return iso, "published"
    for line in paragraphs[:4] + removed:  # "13/11/2025", "- 02 Mar 2017" alone under the headline
        if _DATE_LINE.match(line.strip()) and (iso := parse_date(line)):
            return iso, "published"
    for line in removed + paragraphs:  # "Diperbarui: 24/6/2025 11:02" under the copy
        for part in line.split("\n"):
            if _STAMP_LINE.match(part.strip()) and (iso := parse_date(part)):
                return iso, "published"
    for line in removed + paragraphs:
        m = _URL_DATE.search(line)
        if m:
            iso = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
            if iso:
                return iso, "url"
    dated = [(para, at, iso) for para in paragraphs for at, iso in _weekday_dates(para)]
    # "sejak Kamis (16/5/2024)", "hingga Minggu (17/11)": bounds of a period, not the event reported
    events = [iso for para, at, iso in dated if not _RANGE_BOUND.search(para[max(0, at - 40) : at])]
    if events or dated:
        return (events or [dated[0][2]])[0], "event"
    for para in paragraphs:  # "... di Amaris Hotel (23/5/2018).": a full date in brackets, no weekday
        if (m := _BRACKET_DATE.search(para)) and (iso := parse_date(m.group(1))):
            return iso, "event"
    return None, "none"


_BRACKET_DATE = re.compile(r"\(\s*(\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*\)")


# --- dateline -------------------------------------------------------------------------------------

_DASH = r"\s*(?:-{1,2}|–|—|:|\||_(?=\s))"  # (also "Bima_ Tarian ...")
_CITY = r"(?P<city>[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*){0,2})"
_DOMAIN = r"(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]{2,24}){0,2}\.[A-Za-z]{2,6})"
_OUTLET_WORDS = r"(?P<outlet>[A-Za-z0-9][\w.&/-]*(?:\s+(?:[A-Z][\w.&/-]*|\d+(?:[.,]\d+)?)){0,3})"  # ("Idola 92,6 FM")
_PROVINCE = r"(?:\s*,\s*(?P<province>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}))"
_DATELINES = [
    # "Palembang (ANTARA) -", "Padang, (ANTARA News) -", "Langkat, Sumut, (Antara) -"
    ("paren", re.compile(r"^" + _CITY + _PROVINCE + r"?\s*,?\s*\((?P<outlet>[^()]{2,40})\)" + _DASH)),
    # "Harianmerdekapost, Kapuas Hulu, Kalbar –": the outlet, the town and its province
    ("outlet_city_province", re.compile(r"^(?P<outlet>[A-Z][\w.-]{2,30})\s*,\s*" + _CITY + _PROVINCE + _DASH)),
    # "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --", "Demak,16/6 (BeritaJateng.tv) –"
    (
        "dated",
        re.compile(
            r"^"
            + _CITY
            + r",\s*(?P<date>\d{1,2}\s+\w+\.?\s+\d{4}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\((?P<outlet>[^()]{2,40})\)"
            + _DASH
        ),
    ),
    # "Bisnis.com, PALEMBANG -", "KBRN, Palembang :", "TEMPO.CO, Jakarta -"
    (
        "outlet_city",
        re.compile(
            r"^(?P<outlet>[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9-]{2,24})*\.[A-Za-z]{2,6}|[A-Z]{2,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)"
            r"\s*,\s*"  # ("radarselatan.bacakoran.co, KOTA MANNA -", "LenteraJateng, SEMARANG –", "PM, KUTACANE –")
            + _CITY
            + _DASH
        ),
    ),
    # "LABUHAN BAJO-Klikpena.com" alone on a line, "TTS. spektrum-ntt.com ||": the town, then the outlet's domain
    (
        "city_domain",
        re.compile(r"^" + _CITY + r"\s*(?:[-–—]|[.,])\s*" + _DOMAIN + r"\s*(?:$|\|{1,2}|-{1,2}|–|—|:)"),
    ),
    # "Onlinesumut-NIAS SELATAN :": the outlet's name joined by a hyphen to the town in capitals
    (
        "outlet_dash_city",
        re.compile(r"^(?P<outlet>[A-Z][a-z]{3,30})-(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s*(?::|-{1,2}|–|—)"),
    ),
    # "TLii|SUMUT|SIANTAR,": the outlet, the province and the town between bars
    (
        "outlet_province_city",
        re.compile(
            r"^(?P<outlet>[A-Za-z0-9]{2,15})\s*\|\s*(?P<province>[A-Z]{3,})\s*\|\s*"
            r"(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s*(?:[,:]|-{1,2}|–|—)"
        ),
    ),
    # "PALEMBANG, Fornews.co -", "Palembang | Topsumbar -", "Jakarta, CNN Indonesia --"
    ("city_outlet", re.compile(r"^" + _CITY + r"\s*[,|]\s*" + _OUTLET_WORDS + _DASH)),
    # "PALANGKA RAYA/tabengan –": the town, a slash and the outlet's name in any case
    ("city_slash_outlet", re.compile(r"^" + _CITY + r"\s*/\s*(?P<outlet>[A-Za-z][\w.-]{2,30})" + _DASH)),
    # "Muara Enim Tim News Room Kominfo."
    (
        "city_team",
        re.compile(
            r"^"
            + _CITY
            + r"\s+(?P<outlet>Tim\s+(?:News\s*Room|Humas|Komunikasi|Media|Redaksi)"
            + r"[\w ./-]{0,40}?)[.:-]"
        ),
    ),
    # "SULTRAKINI.COM: KENDARI –", "Madani-News.com – Lampung Tengah –", "eQuator.co.id – PONTIANAK-RK."
    ("domain_city", re.compile(r"^" + _DOMAIN + r"\s*(?:[:|]|-{1,2}|–|—)\s*" + _CITY + _DASH)),
    # "harianfikiransumut.com| labuhanbatu -": a town of the gazetteer in lower case after the domain
    (
        "domain_city_lower",
        re.compile(r"^" + _DOMAIN + r"\s*(?:[:|]|-{1,2}|–|—)\s*(?P<city>[a-z]{3,}(?:\s+[a-z]{3,}){0,2})" + _DASH),
    ),
    # "POLISI NEWS | LEBAK.", "WARTA RAKYAT | BATANG -": the outlet's name in capitals, a bar, a town of the gazetteer
    (
        "outlet_bar_city",
        re.compile(
            r"^(?P<outlet>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s*\|\s*(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})"
            r"\s*(?:[.:]|-{1,2}|–|—)\s"
        ),
    ),
    # "Pojok6.id (Kota Gorontalo) –": the outlet's domain, then its town in brackets
    ("domain_paren_city", re.compile(r"^" + _DOMAIN + r"\s*\(\s*(?P<city>[A-Z][A-Za-z'’. ]{2,40}?)\s*\)" + _DASH)),
    # "KOMPAS.com -", "SuaraSumut.id -"
    ("outlet", re.compile(r"^" + _DOMAIN + _DASH)),
    # "Palembang, BP", "Kab Bandung, MPI.", "Subang JMI,": a gazetteer town and the outlet's code, alone on a line
    (
        "city_code_line",
        re.compile(
            r"^(?P<city>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z]*){0,2})\s*,?\s+(?P<outlet>[A-Z]{2,5})"
            r"(?:\s*[.,]?\s*$|\s*[.,]\s+(?=[A-Z][a-z]))"  # (or the body joined after the comma)
        ),
    ),
    # "Tuban, Bhirawa": a town of the gazetteer and the outlet's name, alone on a line
    (
        "city_outlet_line",
        re.compile(r"^" + _CITY + r"\s*,\s*(?P<outlet>[A-Z][\w.-]{2,30}(?:\s+[A-Z][\w.-]{2,30})?)\s*$"),
    ),
    # "Jakarta -", "CIBINONG-", "Masohi,—"
    ("city", re.compile(r"^" + _CITY + r"\s*,?\s*(?:-{1,2}|–|—|_(?=\s))")),
    # "ARGA MAKMUR RU -": the town, then the outlet's short code
    ("city_code", re.compile(r"^(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s+(?P<outlet>[A-Z]{2,4})" + _DASH)),
    # "PURWOREJO, Kapolres ...": a town of the gazetteer in capitals opening the copy, no outlet
    ("city_comma", re.compile(r"^(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}),\s+(?=[A-Z][a-z])")),
    # "PRABUMULIH ? Pemkot ...": an en dash mangled into "?" by a wrong encoding
    ("city_mangled", re.compile(r"^(?P<city>[A-Z][A-Z'’.]+(?:\s+[A-Z][A-Z'’.]+){0,2})\s+\?\s+(?=[A-Z])")),
]


def normal_case(city: str) -> str:
    city = city.strip(" .,")
    if city.upper() in place_acronyms():
        return city.upper()
    if (city.isupper() and len(city) > 3) or city.islower():
        return " ".join(w.capitalize() for w in city.split())
    return city


_DATELINE_DEPTH = 8  # (bylines, stamps and a photo caption may come first)
_STRICT_KINDS = ("city", "city_code", "city_comma", "domain_city", "domain_paren_city", "city_code_line")


_SPACED_DOMAIN = re.compile(r"^([A-Za-z0-9][\w-]{2,30})\. (COM|Com|com|ID|id|NET|net|CO\.ID|co\.id)\b")


def find_dateline(paragraphs: list[str], lead_bold: str = "") -> dict:
    """Dateline at the start of the body: dict(city, outlet, raw, index, end, date)."""
    for idx, para in enumerate(paragraphs[:_DATELINE_DEPTH]):
        para = _SPACED_DOMAIN.sub(r"\1.\2", para)  # "SIMANTAB. COM, Labuhanbatu-": one domain
        for kind, rx in _DATELINES:
            m = rx.match(para)
            if not m:
                continue
            gd = m.groupdict()
            city = gd.get("city")
            joined = re.match(r"-(\w+)([-.]\w)?", para[m.end("city") :]) if city else None
            if (
                joined
                and kind != "city_domain"
                and (joined[2] or joined[1].lower() in ("news", "pos", "post", "online", "media"))
                and not re.match(r"-[A-Z][a-z]+-[a-z]", para[m.end("city") :])  # ("Labuhanbatu-Bertubi-tubi")
            ):
                continue  # ("LANGGUR, MALRA-NEWS-ID -": a hyphen inside the outlet's name is no dash)
            if kind == "outlet_province_city" and gd["province"].lower() not in province_names():
                continue
            if kind == "city_domain" and not (_known_town(city) or (city.isupper() and len(city.split()) >= 2)):
                continue  # ("LABUHAN BAJO-Klikpena.com": two words in capitals are a town)
            if kind == "outlet_city" and len(gd["outlet"]) == 2 and not (city.isupper() and len(city) >= 4):
                continue  # ("PM, KUTACANE –": a two-letter code only before a town in capitals)
            if gd.get("province") and gd["province"].lower() not in province_names():
                continue  # ("Langkat, Sumut, (Antara)": only a province may stand between town and outlet)
            if kind in ("domain_city_lower", "outlet_bar_city", "city_slash_outlet") and not is_known_place(city):
                continue
            if kind == "city_code_line" and not _known_town(city):
                continue
            if kind == "city_outlet_line" and not (
                _known_town(city) and not is_known_place(gd["outlet"]) and gd["outlet"].lower() not in org_words()
            ):
                continue  # ("Palembang, Sumsel": a town and its province, no outlet)
            outlet = (gd.get("outlet") or "").strip()
            if (
                kind == "paren"
                and not is_known_place(city)
                and _known_town(outlet)
            ):  # "SALAM PAPUA (TIMIKA) –", "Pojok6.id (Kota Gorontalo) –": the outlet, then its town in brackets
                city, outlet = outlet, city
            if (
                kind == "city_outlet"
                and city
                and not is_known_place(city)
                and (is_known_place(outlet) or re.search(r"(?i)(?:news|pos|post|online|times|media)$", city))
            ):
                city, outlet = outlet, city  # "SUARA INDONESIA, RIAU-", "BORNEONEWS, Tamiang Layang -"
            # below a caption or a byline block, a town without its outlet must be in the gazetteer
            deep = idx >= 3 and not outlet
            if city and not _plausible_city(
                city,
                strict=kind in _STRICT_KINDS,
                lead=para[m.end() :].lstrip("-–— "),  # ("WAINGAPU---": a third dash)
                gazetteer=kind == "city_comma" or deep,
            ):
                continue
            if kind == "city_comma" and idx > 0:
                continue
            if kind == "city_outlet" and (not re.search(r"[A-Z]|\.[a-z]{2,}", outlet) or outlet[:1].isdigit()):
                continue  # ("Ima KarimahMinggu, 23 November 2025 20:30": a byline and its date)
            if city and re.search(r"[a-z][A-Z]", city):
                continue  # (words run together are no town)
            if (
                kind == "outlet_city"
                and "." not in outlet
                and not _plausible_city(
                    city, strict=True, lead=para[m.end() :].lstrip("-–— ") if len(outlet) == 2 else ""
                )  # ("TOBELO, NUANSA –": two words in capitals are the town, then the outlet)
            ):
                continue
            date = None
            if kind == "dated":
                date = parse_date(gd["date"])
            elif dm := re.match(r"\s*(\d{1,2}\s+[A-Za-z]+\.?\s+(?:19|20)\d{2})\s*[.,:|-]", para[m.end() :]):
                date = parse_date(dm.group(1))  # "Asahan, Berita Merdeka Online – 24 Juni 2025. ..."
            return {
                "city": normal_case(city) if city else None,
                "outlet": outlet or None,
                "raw": m.group(0).strip(),
                "index": idx,
                "end": m.end(),
                "date": date,
            }
    if lead_bold and paragraphs and paragraphs[0].startswith(lead_bold):
        cand = lead_bold.strip(" ,.-–—")
        if _plausible_city(cand, strict=True):
            return {
                "city": normal_case(cand),
                "outlet": None,
                "raw": lead_bold,
                "index": 0,
                "end": len(lead_bold),
                "date": None,
            }
    return {"city": None, "outlet": None, "raw": None, "index": -1, "end": 0, "date": None}


_NOT_CITY = re.compile(
    r"^(?:Foto|Baca|Sumber|Editor|Pewarta|Penulis|Video|Ilustrasi|Oleh|By|Berita|Laporan|Selasa|Senin|Rabu|Kamis|Jumat|Sabtu|Minggu)$",
    re.I,
)


# one-word kickers in capitals that open a story like a town ("VIRAL – Warga ...")
_KICKERS = frozenset(
    ["breaking", "update", "viral", "heboh", "miris", "tragis", "eksklusif", "opini", "editorial", "infografis",
     "terkini", "terungkap", "waspada", "selamat", "penting", "kabar", "berita", "liputan", "advertorial",
     "pengumuman", "klarifikasi", "ralat", "catatan", "sorotan", "inspirasi", "kuliner", "wisata", "olahraga"]
)


# first words of outlets named after their town ("PORTAL PURWOKERTO", "RADAR BANYUMAS")
_OUTLET_FIRST = frozenset(
    ["portal", "media", "berita", "info", "kabar", "warta", "suara", "radar", "harian", "koran", "tribun", "pikiran",
     "jurnal", "majalah", "tabloid", "sinar", "detik", "liputan", "lensa", "fokus", "global", "seputar", "kanal",
     "metropolitan"]
)


def _known_town(name: str) -> bool:
    """A place of the gazetteer, also with its unit written before it ("Kota Bengkulu", "Kab Bandung")."""
    return is_known_place(name) or is_known_place(re.sub(r"^(?:Kota|Kabupaten|Kab\.?)\s+", "", name))


def _plausible_city(city: str, strict: bool, lead: str = "", gazetteer: bool = False) -> bool:
    city = city.strip(" .,")
    if not city or _NOT_CITY.match(city) or re.search(r"\.(?:com|co|id|net|org|news|tv)\b", city, re.I):
        return False  # ("FALIHMEDIA.COM | SUMENEP -": the outlet's domain comes first)
    if re.search(r"(?i)(?:news|pos|post|online|times|media|today|daily|info|tv|ekspres|express|terkini)$", city):
        return False  # "LINGGA TERKINI –", "EXPRESSINDONEWS—": an outlet's name, not a town
    if city.lower() in _OUTLET_FIRST:
        return False  # "METROPOLITAN –": an outlet's name
    if _known_town(city):
        return True  # "Kota Bengkulu -"
    if gazetteer:
        return False
    words = city.split()
    if len(words) == 1 and city.isupper() and is_joined_place(city):
        return True  # "KAYUAGUNG -" for Kayu Agung
    if (
        len(words) == 1
        and re.fullmatch(r"[A-Z][a-z]{3,}", city)
        and city.lower() not in not_names()
        and city.lower() not in org_words()
        and re.match(r"\s*[A-Z]", lead)
    ):
        return True  # "Liwa - Pemkab Lampung Barat ...": a small town at the very start of the body
    if (
        len(words) == 1
        and re.fullmatch(r"[A-Z]{5,}", city)
        and len(re.findall(r"[AIUEO]", city)) >= 2
        and city.lower() not in not_names() | org_words() | _KICKERS
        and not re.search(r"(?:NYA|KAN|LAH|KAH)$|^(?:MEN|MEM|BER|PER|DI)", city)  # ("SELENGKAPNYA –": a word)
        and re.match(r"\s*[A-Z]", lead)
    ):
        return True  # "SANGATTA – Dewan ...": a town in capitals at the start of the body
    if (
        city.isupper()
        and 2 <= len(words) <= 3
        and all(len(w) >= 3 for w in words)
        and words[0].lower() not in org_words()  # ("KANTOR LURAH DIBONGKAR -": a caption's kicker)
        and words[0].lower() not in _OUTLET_FIRST  # ("PORTAL PURWOKERTO -": an outlet named after its town)
    ):
        return True  # "ARGA MAKMUR -": a town in dateline capitals, even if not in the gazetteer
    if strict:
        return False
    return len(city.split()) <= 3


# --- sign-offs ------------------------------------------------------------------------------------

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
_REPORTER = re.compile(
    r"(?:^|[(|]|\s)(?:(?:pewarta|penulis|reporter|wartawan|laporan|jurnalis|kontributor|teks)\s*:\s*|"
    r"laporan\s+(?:reporter|wartawan|jurnalis|kontributor)\s+[\w.-]+\s*,\s*)(?P<name>"  # "Laporan Wartawan X.com, Name"
    + _NAME
    + r")",
    re.I,
)
_EDITOR = re.compile(
    r"(?:^|[(|]|\s)(?i:editor|redaktur|red|penyunting)\s*:?\s*(?P<name>" + _NAME + r")"
)
# "Oleh: Dimas Anggara", also followed by the date or the editor ("Oleh: X | 26 Jun 2024", "Oleh: X · Editor: Y")
_BYLINE = re.compile(r"^(?:By|Oleh)\s*:?\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?:\s*[|·•]\s*\S.*)?$")
_INITIALS = re.compile(
    r"\(\s*(?P<ini>[A-Za-z][A-Za-z .]{0,40}(?:-\d{1,3})?(?:\s*/\s*[A-Za-z0-9]{1,12}){0,3})\s*\)\s*\.?\s*$"
)
# a trailing line that only says where the copy came from ("Artikel ini merupakan salinan dari X")
_COPY_NOTICE = re.compile(r"^(?:artikel ini|tulisan ini|berita ini|sumber\s*:|salinan)\b", re.I)
# words of a credit to an office, not a reporter: "(Diskominfo KKR/Humas)", "(Rilis Prokopim Lamsel/Red)"
_CREDIT_WORDS = frozenset(
    ["diskominfo", "kominfo", "humas", "prokopim", "prokompim", "protokol", "rilis", "rls", "setda", "pemkab",
     "pemkot", "pemprov"]
)


def _clean_name(name: str) -> str:
    name = re.split(
        r"\s+(?:Editor|Redaktur|Pewarta|Penulis|COPYRIGHT|Copyright|Foto|Sumber|Senin|Selasa|Rabu|Kamis|Jumat|"
        r"Sabtu|Minggu)\b",
        name,
    )[0]
    return name.strip(" .,;|)")


def find_signoff(
    paragraphs: list[str],
    removed: list[str],
    page_lines: list[str],
    author: str | None,
    bylines: Sequence[str] = (),
) -> dict:
    """Reporter/editor from sign-off lines, bylines and trailing initials like ``(rio/01)``.

    ``bylines``: the writers' lines the reader set apart above the copy ("Name - detikNews"; Kompas's
    names one per line, the first the writer and the second the editor)."""
    reporter = editor = None
    raw = None
    names = [_clean_name(m["name"] if (m := BYLINE_LINE.match(b)) else b) for b in bylines]
    if names:
        reporter, raw = names[0], bylines[0]
        if len(names) > 1 and not BYLINE_LINE.match(bylines[1]):
            editor = names[1]
    lines = removed + paragraphs[-3:] + [ln for ln in page_lines if len(ln) < 80]
    for line in lines:
        if reporter is None:
            m = _REPORTER.search(line)
            if m:
                reporter, raw = _clean_name(m["name"]), line
        if editor is None:
            m = _EDITOR.search(line)
            if m and re.search(
                r"^\(?\s*(?:editor|redaktur|red|penyunting)\b|\|\s*(?:editor|redaktur|penyunting)\s*:",
                line.strip(),
                re.I,
            ):  # "Editor: X" on its own line, or "Penulis: Y | Editor: X"
                editor = _clean_name(m["name"])
    if reporter is None:
        for line in [*page_lines, *removed, *paragraphs[:3]]:
            m = _BYLINE.match(line)
            if m:
                reporter, raw = m["name"], line
                break
    initials = None
    if paragraphs:
        last = paragraphs[-1]
        if len(paragraphs) > 1 and _COPY_NOTICE.match(last) and not _INITIALS.search(last):
            last = paragraphs[-2]  # "... (dnr)" then "Artikel ini merupakan salinan dari ..."
        m = _INITIALS.search(last)
        full = _FULL_NAME_SIGNOFF.fullmatch(last)
        if full and any(w.lower() in _CREDIT_WORDS | _CREDIT_UNITS | org_words() for w in full["name"].split()):
            full = None  # "(Prokopim Tanggamus)", "(Tim Liputan Kominfo X)": a credit to an office
        if reporter is None and full:
            reporter, raw = full["name"], last  # "(Arief Setyadi )": the writer's full name
        elif m:
            parts = [p.strip() for p in m["ini"].split("/")]
            short = [p for p in parts if re.fullmatch(r"[A-Za-z]{2,5}|\d{1,3}|[a-z]{1,4}-\d{1,3}", p)]
            if any(w.lower() in _CREDIT_WORDS for p in parts for w in p.split()):
                # a credit to an office is not a byline; initials after it are ("(ril humas pemprov/ohs)")
                short = [p for p in short if p.lower() not in _CREDIT_WORDS | _NOT_REPORTER]
            if short and not (len(parts) == 1 and parts[0].isupper() and len(parts[0]) > 3):
                if len(short) == len(parts):
                    initials = "/".join(parts)
                else:
                    initials = "/".join(p for p in parts if p in short and not p.isdigit()) or None
            raw_init = m.group(0)
            if initials and initials.lower() in _NOT_REPORTER:
                initials = None  # "(adv)", "(ril)": an advertorial or a release, not a byline
            elif initials and "/" in initials and initials.split("/")[0].lower() in _WIRE_CODES:
                initials = "/".join(initials.split("/")[1:]) or None  # "(ant/rio)": Antara's copy
            if initials and reporter is None:
                reporter, raw = initials, raw_init.strip()
    if (
        reporter is None
        and author
        and not re.search(r"cyber|media|redaksi|admin|\.com", author, re.I)
    ):
        reporter = author.replace("Pewarta", "").strip() or None
    return {"reporter": reporter, "editor": editor, "reporter_raw": raw, "initials": initials}


_NOT_REPORTER = frozenset(
    ["adv", "advertorial", "ril", "rilis", "rls", "release", "iklan", "ads", "pr", "hms", "red", "humas"]
)


_WIRE_CODES = frozenset(["ant", "antara", "ril", "rls", "rilis"])


_CREDIT_UNITS = frozenset(["tim", "biro", "bagian", "adpim", "setdako", "setdakab", "setdaprov", "liputan", "redaksi"])
_FULL_NAME_SIGNOFF = re.compile(r"\(\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})\s*\)\s*\.?")


def strip_initials(paragraph: str) -> str:
    """Remove a trailing ``(abc/def)`` sign-off from the last paragraph (also a paragraph that is
    only the writer's name in brackets)."""
    if _FULL_NAME_SIGNOFF.fullmatch(paragraph):
        return ""
    paragraph = re.sub(r"\(\s*\*+\s*\)\s*\.?\s*$", "", paragraph).rstrip()
    m = _INITIALS.search(paragraph)
    if m and ("/" in m["ini"] or re.fullmatch(r"[a-z]{2,4}|[A-Z][a-z]{1,3}", m["ini"].strip())):
        return paragraph[: m.start()].rstrip()
    return paragraph


def find_outlet(dateline: dict, src_meta: dict, removed: list[str]) -> str | None:
    if dateline.get("outlet"):
        return dateline["outlet"]
    if src_meta.get("sitename") and not str(src_meta["sitename"]).startswith("http"):
        return src_meta["sitename"]
    for line in removed:
        m = re.search(
            r"(?:copyright|©)\s*(?:©\s*)?(?P<o>[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+\d{4}", line, re.I
        )
        if m:
            return m["o"]
        m = re.search(r"tayang di (?P<o>[\w.]+\.\w+)", line, re.I)
        if m:
            return m["o"]
    return src_meta.get("hostname")
