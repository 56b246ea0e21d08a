"""Normalising written position titles and reading the level (tingkat) they name.

Titles are matched case- and punctuation-insensitively after common abbreviations are
expanded ("Kapolda" -> "kepala kepolisian daerah", "Sekda Prov." -> "sekretaris daerah
provinsi"). The level of a title that does not imply one (e.g. "Ketua DPRD ...") is read from
an explicit word (provinsi / kabupaten / kota), else from a province name ending the title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .tiers import KABUPATEN, NASIONAL, PROVINSI

#: Single-token abbreviations, expanded before matching.
ABBREVIATIONS: dict[str, str] = {
    "prov": "provinsi", "propinsi": "provinsi", "kab": "kabupaten", "kotamadya": "kota",
    "pemprov": "pemerintah provinsi", "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota", "setda": "sekretariat daerah",
    "setdaprov": "sekretariat daerah provinsi", "setdakab": "sekretariat daerah kabupaten",
    "setdako": "sekretariat daerah kota", "setdakot": "sekretariat daerah kota",
    "sekda": "sekretaris daerah", "sekdaprov": "sekretaris daerah provinsi",
    "sekdakab": "sekretaris daerah kabupaten", "sekdako": "sekretaris daerah kota",
    "sekdakot": "sekretaris daerah kota", "sekkot": "sekretaris daerah kota",
    "sekwan": "sekretaris dprd", "asda": "asisten sekretaris daerah",
    "wagub": "wakil gubernur", "wabup": "wakil bupati", "wawali": "wakil walikota",
    "wawako": "wakil walikota", "wako": "walikota", "wapres": "wakil presiden",
    "kadis": "kepala dinas", "kaban": "kepala badan", "karo": "kepala biro",
    "kabag": "kepala bagian", "kabid": "kepala bidang", "kasubbag": "kepala subbagian",
    "kasubag": "kepala subbagian", "kasi": "kepala seksi", "kades": "kepala desa",
    "ketum": "ketua umum", "kajati": "kepala kejaksaan tinggi",
    "kajari": "kepala kejaksaan negeri", "kapolda": "kepala kepolisian daerah",
    "kapolres": "kepala kepolisian resor", "kapolresta": "kepala kepolisian resor",
    "kapolrestabes": "kepala kepolisian resor", "kapolsek": "kepala kepolisian sektor",
    "kapolsekta": "kepala kepolisian sektor", "kapolri": "kepala kepolisian ri",
    "pangdam": "panglima kodam", "pangkoarmada": "panglima koarmada",
    "pangkoopsud": "panglima koopsud", "pangkoopsau": "panglima koopsud",
    "pangkogabwilhan": "panglima kogabwilhan", "danrem": "komandan korem",
    "dandim": "komandan kodim", "danramil": "komandan koramil",
    "danlantamal": "komandan lantamal", "danlanal": "komandan lanal",
    "danlanud": "komandan lanud", "danposal": "komandan posal",
    "kakanwil": "kepala kantor wilayah", "kanwil": "kantor wilayah",
    "kakankemenag": "kepala kantor kementerian agama", "kemenag": "kementerian agama",
    "kpw": "kantor perwakilan", "bi": "bank indonesia", "konjen": "konsul jenderal",
    "dubes": "duta besar", "menko": "menteri koordinator", "wamen": "wakil menteri",
    "ksad": "kepala staf angkatan darat", "kasad": "kepala staf angkatan darat",
    "ksal": "kepala staf angkatan laut", "kasal": "kepala staf angkatan laut",
    "ksau": "kepala staf angkatan udara", "kasau": "kepala staf angkatan udara",
    "dirjen": "direktur jenderal", "sekjen": "sekretaris jenderal",
    "irjen": "inspektur jenderal", "sestama": "sekretaris utama",
    "mendagri": "menteri dalam negeri", "menkeu": "menteri keuangan",
    "menlu": "menteri luar negeri", "menhan": "menteri pertahanan",
    "menkes": "menteri kesehatan", "menag": "menteri agama", "mensos": "menteri sosial",
    "menpan": "menteri pendayagunaan aparatur negara", "menkominfo": "menteri kominfo",
    "menkomdigi": "menteri komdigi", "menpora": "menteri pemuda dan olahraga",
    "mentan": "menteri pertanian", "menhub": "menteri perhubungan",
    "mendikbud": "menteri pendidikan dan kebudayaan", "menpar": "menteri pariwisata",
    "dpra": "dprd provinsi", "dprp": "dprd provinsi", "dprk": "dprd kabupaten",
    "1": "i", "2": "ii", "3": "iii", "4": "iv",
}

#: Multi-word rewrites applied after token expansion (order matters).
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r) for p, r in [
        (r"\bwali kota\b", "walikota"),
        (r"\brepublik indonesia\b", "ri"),
        (r"\bnegara ri\b", "ri"),
        (r"\bdewan perwakilan rakyat daerah\b", "dprd"),
        (r"\bdewan perwakilan rakyat (aceh|papua)\b", r"dprd provinsi \1"),
        (r"\bdewan perwakilan rakyat (kabupaten|kota)\b", r"dprd \1"),
        (r"\bdpr (aceh|papua)\b", r"dprd provinsi \1"),
        (r"\b(tingkat|tk) ii\b", "kabupaten"),
        (r"\b(tingkat|tk) i\b", "provinsi"),
        (r"\bdaerah istimewa\b", "di"),
        (r"\bsatpol pp\b", "satuan polisi pamong praja"),
    ]
]

_HONORIFICS = re.compile(r"^((bapak|bpk|ibu|yth|yang terhormat|sdr|saudara|saudari)\s+)+")
_ACTING = re.compile(r"^(pj|penjabat|plt|pelaksana tugas)\s+")
_INITIAL_DOTS = re.compile(r"\b([a-z])\.(?=[a-z]\b)")
_NON_WORD = re.compile(r"[^0-9a-z]+")

#: Province names (38) and common abbreviations; a title ENDING with one names that province.
PROVINCE_NAMES: tuple[str, ...] = (
    "aceh", "nanggroe aceh darussalam", "sumatera utara", "sumut", "sumatera barat", "sumbar",
    "riau", "kepulauan riau", "kepri", "jambi", "sumatera selatan", "sumsel",
    "kepulauan bangka belitung", "bangka belitung", "babel", "bengkulu", "lampung",
    "dki jakarta", "dki", "jawa barat", "jabar", "jawa tengah", "jateng", "di yogyakarta",
    "diy", "jawa timur", "jatim", "banten", "bali", "nusa tenggara barat", "ntb",
    "nusa tenggara timur", "ntt", "kalimantan barat", "kalbar", "kalimantan tengah",
    "kalteng", "kalimantan selatan", "kalsel", "kalimantan timur", "kaltim",
    "kalimantan utara", "kaltara", "sulawesi utara", "sulut", "gorontalo",
    "sulawesi tengah", "sulteng", "sulawesi barat", "sulbar", "sulawesi selatan", "sulsel",
    "sulawesi tenggara", "sultra", "maluku", "maluku utara", "malut", "papua",
    "papua barat", "papua barat daya", "papua tengah", "papua pegunungan", "papua selatan",
)

_KAB_OR_PROV = re.compile(r"\b(kabupaten|kota|provinsi)\b")
_NASIONAL = re.compile(r"\b(ri|pusat|nasional)\b")


def normalize(title: str) -> str:
    """Lower-case, punctuation-free, abbreviation-expanded form of a title."""
    text = title.casefold().replace("’", "").replace("'", "").replace("`", "")
    text = _INITIAL_DOTS.sub(r"\1", text)
    text = _NON_WORD.sub(" ", text).strip()
    text = " ".join(ABBREVIATIONS.get(tok, tok) for tok in text.split())
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    text = _HONORIFICS.sub("", text)
    return text


def split_acting(text: str) -> tuple[str, bool]:
    """Strip a leading Pj/Plt (acting holder of the office) from a normalised title."""
    match = _ACTING.match(text)
    if match:
        return text[match.end():], True
    return text, False


def _tail_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alts})$")


_PROVINCE_TAIL = _tail_pattern(PROVINCE_NAMES)


def normalize_regions(region_levels: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    """Normalised, hashable form of a ``{region name: level}`` mapping."""
    if not region_levels:
        return ()
    out = []
    for name, level in region_levels.items():
        if level not in (PROVINSI, KABUPATEN):
            raise ValueError(f"Tingkat wilayah tidak dikenal untuk {name!r}: {level!r}")
        out.append((normalize(name), level))
    return tuple(sorted(out))


def detect_level(
    text: str,
    *,
    hints: tuple[tuple[re.Pattern[str], str], ...] = (),
    regions: tuple[tuple[str, str], ...] = (),
) -> str | None:
    """The level a normalised title names, or None.

    Order: the first explicit provinsi/kabupaten/kota word; a configured region or a
    province name ending the title; rule-specific hints (e.g. "dpw" = provincial party
    board); a national marker (ri, pusat, nasional).
    """
    match = _KAB_OR_PROV.search(text)
    if match:
        return PROVINSI if match.group(1) == "provinsi" else KABUPATEN
    for name, level in regions:
        if text == name or text.endswith(" " + name):
            return level
    if _PROVINCE_TAIL is not None and _PROVINCE_TAIL.search(text):
        return PROVINSI
    for pattern, level in hints:
        if pattern.search(text):
            return level
    if _NASIONAL.search(text):
        return NASIONAL
    return None
