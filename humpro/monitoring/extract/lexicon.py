"""Loading of the packaged word lists (offices, places, cue words); cached, read-only."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled regex, kept: patterns built from names (aliases of the officials of an article)
    recur across articles, and the ``re`` module's own cache (512) is too small for them."""
    return re.compile(pattern, flags)


@cache
def load_json(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


def offices() -> dict:
    return load_json("offices.json")


_PROVINCE_SHORT = frozenset(
    ["sumsel", "sumut", "sumbar", "jabar", "jateng", "jatim", "kalsel", "kalbar", "kaltim", "kalteng", "kaltara",
     "sulsel", "sulut", "sulteng", "sultra", "sulbar", "babel", "kepri", "malut", "ntb", "ntt", "diy"]
)

# regencies and cities as the regional press shortens them ("Kadis PUPR Barut", "Sekda Mubar"); short forms that
# are also people's names ("Madina", "Mura", "Tuba", "Sula") are left out
_REGENCY_SHORT = frozenset(
    ["taput", "tapteng", "tapsel", "labura", "labusel", "paluta", "palas", "humbahas", "tobasa", "sergai", "inhil",
     "inhu", "kuansing", "rohul", "rohil", "tanjabar", "tanjabtim", "muba", "muratara", "lamteng", "lamsel", "lamtim",
     "lampura", "lambar", "tubaba", "pesibar", "pessel", "pasbar", "abdya", "agara", "bateng", "basel", "babar",
     "beltim", "kobar", "kotim", "barut", "barsel", "bartim", "kubar", "kutim", "kukar", "ppu", "hss", "hst", "hsu",
     "tanbu", "batola", "mubar", "konsel", "konut", "konkep", "koltim", "kolut", "busel", "buteng", "butur", "parimo",
     "touna", "morut", "bangkep", "pangkep", "sidrap", "lutra", "lutim", "torut", "tator", "minut", "minsel",
     "bolmong", "bolmut", "boltim", "bolsel", "sitaro", "gorut", "bonebol", "mateng", "polman", "sbb", "sbt", "mbd",
     "malra", "kkt", "bursel", "halbar", "halteng", "haltim", "halsel", "halut", "ttu", "tts", "sbd", "mabar",
     "matim", "flotim", "ksb", "lobar", "loteng", "lotim", "klu", "solo", "jogja", "nisel"]
)


@cache
def place_names() -> frozenset[str]:
    """Lower-cased province and regency/city names plus common abbreviations."""
    data = load_json("places.json")
    names = {n.lower() for n in data["provinces"] + data["regencies"]}
    names |= {a.lower() for a in offices()["place_acronyms"]}
    names |= _PROVINCE_SHORT | _REGENCY_SHORT
    for word in (
        "jakarta",
        "jakarta pusat",
        "jakarta selatan",
        "jakarta barat",
        "jakarta timur",
        "jakarta utara",
        "sumatra selatan",
        "sumatra utara",
        "sumatra barat",
        "okus",
        "oku selatan",
        "oku timur",
        "muba",
        "muratara",
        "lubuklinggau",
        "pagaralam",
        "padangsidimpuan",
        "palembang",
        "bogor",
        "bekasi",
        "medan",
        "padang",
        "surabaya",
    ):
        names.add(word)
    names |= _COUNTRIES
    return frozenset(names)


# countries named in Indonesian news ("Perdana Menteri Thailand X": the country is not a name)
_COUNTRIES = frozenset(
    [
        "thailand", "malaysia", "singapura", "vietnam", "filipina", "myanmar", "kamboja", "laos", "brunei",
        "timor leste", "jepang", "china", "tiongkok", "korea", "korea selatan", "korea utara", "india",
        "pakistan", "bangladesh", "australia", "selandia baru", "belanda", "inggris", "jerman", "prancis",
        "perancis", "italia", "spanyol", "rusia", "ukraina", "turki", "irak", "mesir", "palestina", "israel",
        "yordania", "qatar", "arab saudi", "uni emirat arab", "amerika", "amerika serikat", "kanada",
        "meksiko", "brasil", "argentina", "yunani", "irlandia", "skotlandia", "swedia", "norwegia", "denmark",
        "finlandia", "polandia", "swiss", "austria", "belgia", "portugal", "kroasia", "serbia", "iran", "suriah",
        "lebanon", "kuwait", "yaman", "bahrain", "afghanistan", "nepal", "sri lanka", "mongolia",
        "taiwan", "hong kong", "makau", "kolombia", "chili", "peru", "venezuela", "kuba", "nigeria",
        "afrika selatan", "maroko", "aljazair", "tunisia", "libya", "ethiopia", "ghana", "kamerun",
        "senegal", "papua nugini", "fiji", "uruguay", "paraguay", "ekuador", "bolivia", "hungaria", "ceko",
        "rumania", "bulgaria", "kazakhstan", "uzbekistan", "azerbaijan", "armenia", "vatikan",
    ]
)


@cache
def province_names() -> frozenset[str]:
    """Lower-cased provinces with their usual short forms ("Kalimantan Tengah", "Kalteng")."""
    return frozenset(n.lower() for n in load_json("places.json")["provinces"]) | _PROVINCE_SHORT


def ends_with_province(words: list[str]) -> bool:
    """Whether the last one to three words name a province ("... Kotawaringin Timur Kalimantan Tengah")."""
    return any(
        len(words) >= k and " ".join(w.strip(".,") for w in words[-k:]).lower() in province_names() for k in (1, 2, 3)
    )


@cache
def district_names() -> frozenset[str]:
    return frozenset(n.lower() for n in load_json("places.json")["districts"])


@cache
def place_acronyms() -> frozenset[str]:
    return frozenset(offices()["place_acronyms"])


def is_known_place(name: str, districts: bool = True) -> bool:
    key = " ".join(name.replace("’", "'").split()).strip(" .,").lower()
    if key in place_names() or (" " in key and key.replace(" ", "") in place_names()):
        return True  # (also "Palangka Raya" for the gazetteer's "Palangkaraya")
    return districts and key in district_names()


@cache
def _regency_words() -> tuple[str, ...]:
    return tuple(n for n in place_names() if " " not in n and len(n) >= 5)


@cache
def near_known_place(word: str) -> bool:
    """ "Bukitinggi" for Bukittinggi: one word spelt almost like a regency, city or province
    (RapidFuzz ratio >= 90)."""
    from rapidfuzz import fuzz, process

    w = word.strip(" .,").lower()
    if len(w) < 5:
        return False
    return process.extractOne(w, _regency_words(), scorer=fuzz.ratio, score_cutoff=90) is not None


@cache
def _joined_places() -> frozenset[str]:
    return frozenset(n.replace(" ", "") for n in place_names() | district_names())


def is_joined_place(word: str) -> bool:
    """ "KAYUAGUNG" for Kayu Agung: a place written as one word."""
    return word.strip(" .,").lower() in _joined_places()


@cache
def max_place_len() -> int:
    return max(len(n.split()) for n in place_names())


@cache
def known_acronyms() -> frozenset[str]:
    """Every all-capital word (3+ letters) of the word lists ("DPRD", "PUPR", "OKU", "POLRI"):
    such a word in capitals is a body's acronym, never a name printed in capitals."""
    words: set[str] = set()
    for value in offices().values():
        for phrase in value if isinstance(value, (list, dict)) else ():  # (a dict: its keys)
            words.update(w for w in re.findall(r"[A-Za-z]{3,}", phrase) if w.isupper())
    return frozenset(words)


@cache
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in offices()["org_words"])


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that are never a person's name (forms of address included)."""
    return frozenset(w.lower() for w in (*offices()["not_names"], *address_forms()))


@cache
def address_forms() -> frozenset[str]:
    """Forms of address written before a name ("Mbah", "Cek", "Inaq"), as written."""
    return frozenset(offices()["address_forms"])


def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    items = {tuple(p.lower().split()) for p in offices()[key]}
    return tuple(sorted(items, key=len, reverse=True))


@cache
def position_heads() -> tuple[tuple[str, ...], ...]:
    return _phrases("position_heads")


@cache
def place_heads() -> frozenset[str]:
    return frozenset(" ".join(p) for p in _phrases("place_heads"))


@cache
def ranks() -> tuple[tuple[str, ...], ...]:
    return _phrases("ranks")


@cache
def lower_offices() -> tuple[tuple[str, ...], ...]:
    """Court and police offices that stay offices in lower case ("hakim anggota X")."""
    return _phrases("lower_offices")


@cache
def role_words() -> tuple[tuple[str, ...], ...]:
    return _phrases("role_words")


@cache
def sentence_roles() -> tuple[tuple[str, ...], ...]:
    """Occupations that are a role only when they open a sentence ("Penenun Rosminah ...")."""
    return _phrases("sentence_roles")


@cache
def honorifics() -> frozenset[str]:
    return frozenset(h.lower().replace(".", "") for h in offices()["honorifics"])


@cache
def pre_degrees() -> frozenset[str]:
    return frozenset(d.replace(".", "") for d in offices()["pre_degrees"])


@cache
def post_degrees() -> frozenset[str]:
    return frozenset(d.replace(".", "").lower() for d in offices()["post_degrees"])


@cache
def nicknames() -> dict[str, str]:
    """Lower-cased popular short names of public figures -> full name ("jokowi")."""
    return {k.lower(): v.lower() for k, v in offices().get("nicknames", {}).items()}


@cache
def office_abbreviations() -> dict[str, str]:
    """Short office forms and their long form ("kajari" -> "kepala kejaksaan negeri")."""
    return dict(offices().get("office_abbreviations", {}))


_ACTING_SHORT = ("plt", "plh", "pj", "pjs", "penjabat")
_ACTING_LONG = (["pelaksana", "tugas"], ["pelaksana", "harian"], ["pejabat", "sementara"])


def acting_prefix(words: list[str]) -> int:
    """Number of leading words (lower case, brackets as words or stripped) that say the office is
    held in an acting capacity: "Plt.", "Penjabat (Pj)", "Pelaksana Tugas (Plt)"."""
    k = 0
    while k < len(words):
        w = words[k].strip(".,").lower()
        if w in _ACTING_SHORT:
            k += 1
        elif [x.strip(".,").lower() for x in words[k : k + 2]] in _ACTING_LONG:
            k += 2
        elif w == "(" and words[k + 2 : k + 3] == [")"] and words[k + 1].strip(".").lower() in _ACTING_SHORT:
            k += 3
        else:
            break
    return k


def office_words(office: str) -> list[str]:
    """Lower-case words of an office with short forms expanded and acting prefixes dropped
    ("Plt. Kajari Lahat" -> kepala kejaksaan negeri lahat)."""
    words = [b for w in office.split() if (b := w.strip(".,()").lower())]
    words = words[acting_prefix(words) :]
    out: list[str] = []
    for b in words:
        out.extend(office_abbreviations().get(b, b).split())
    return out
