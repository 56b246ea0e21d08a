"""Types, word lists and small helpers shared by the people rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .. import lexicon as lx
from ..names import (
    bare,
)


@dataclass
class Person:
    name: str
    position: str | None = None
    degrees: list[str] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)
    rank: str | None = None
    note: str | None = None
    aliases: set[str] = field(default_factory=set)

    def as_dict(self) -> dict:
        out: dict = {"name": self.name, "position": self.position, "degrees": list(self.degrees)}
        if self.honorifics:
            out["honorifics"] = list(self.honorifics)
        if self.rank:
            out["rank"] = self.rank
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class Mention:
    name: str
    position: str | None
    degrees: list[str]
    honorifics: list[str]
    rank: str | None
    note: str | None = None
    strong: bool = True
    sure: bool = False  # a person whatever the name ("Mbah Sarmi (76)", though Sarmi is also a regency)


# (mentions found, index where the scan goes on)


_Hit = tuple[list[Mention], int]


_Parsed = tuple[list[str], list[str], list[str], str | None, int]  # parse_name's result


@cache
def _lower_starts() -> frozenset[str]:
    """First words of the phrases a rule family may open with in lower case (heads such as
    "anggota", court offices such as "hakim anggota", role words such as "warga")."""
    phrases = (*lx.role_words(), *lx.lower_offices(), *lx.position_heads())
    return frozenset(ph[0] for ph in phrases) | _LOWER_HEADS | {"oleh"}


def _mention(p: _Parsed, position: str | None, note: str | None = None, strong: bool = True) -> Mention:
    hons, name, degrees, rank, _end = p
    return Mention(" ".join(name), position, degrees, hons, rank, note=note, strong=strong)


def _named(p: _Parsed) -> bool:
    """A name parse that stands on its own: two words, or one with a title, degree or rank."""
    hons, name, degrees, rank, _end = p
    return bool(name) and (len(name) >= 2 or bool(hons or degrees or rank))


_NEGATIONS = frozenset(["tidak", "bukan", "belum", "tak"])


def _clause_verb(toks: list[str], k: int) -> int:
    """ "Wiwik, yang saat proyek berjalan menjabat Bendahara ...": a short time clause of plain
    lower-case words between "yang" and "menjabat" is skipped; a negation keeps it ("yang tidak
    lagi menjabat ...")."""
    for j in range(k, min(len(toks), k + 4)):
        word = toks[j]
        if bare(word) == "menjabat":
            return j
        if not (word.isdigit() or (word.isalpha() and word.islower())) or word in _NEGATIONS:
            break
    return k


_LOWER_HEADS = frozenset(
    [
        "juru",
        "anggota",
        "ketua",
        "kepala",
        "wakil",
        "sekretaris",
        "direktur",
        "komisioner",
        "bendahara",
        "kapolres",
        "kapolsek",
        "kapolda",
        "camat",
        "lurah",
        "bupati",
        "gubernur",
        "kades",
        "danramil",
        "dandim",
        "pelatih",
        "pemain",
        "kiper",
        "gelandang",
        "striker",
        "penyerang",
        "bek",
        "manajer",
    ]
)


# first words of many village and river names ("Warga Sungai Rengit Murni, Samsudin")


_PLACE_PREFIXES = frozenset(["sungai", "tanjung", "muara", "teluk", "talang", "lubuk", "pulau", "air", "bukit"])


_VILLAGE_UNITS = frozenset(
    ["desa", "kelurahan", "pekon", "gampong", "nagari", "jorong", "kampung", "dusun", "lembang", "padukuhan",
     "pedukuhan", "kalurahan"]
)


_ADMIN_UNITS = frozenset(
    ["kecamatan", "kec", "kabupaten", "kab", "kota", "provinsi", "prov", "desa", "kelurahan", "distrik", "kapanewon",
     "kalurahan", "kemantren"]
)


_DESCRIPTORS = frozenset(
    [
        "wanita",
        "pria",
        "perempuan",
        "lelaki",
        "laki-laki",
        "seorang",
        "remaja",
        "bocah",
        "gadis",
        "pemuda",
        "kakek",
        "nenek",
        "janda",
        "duda",
        "ibunda",
        "ayahanda",
        "istri",
        "suami",
        "putra",
        "putri",
    ]
)


_VERB = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")


_PASSIVE = re.compile(r"^[Dd]i(?:pimpin|buka|tutup|serahkan|bagikan|salurkan|hadiri|sambut|terima|resmikan|lantik)$")


_FILLERS = frozenset(
    ["ketika", "itu", "ini", "saat", "kini", "yang", "sebelumnya", "pernah", "masih", "sempat", "dulu", "sekarang"]
)


_APPOS_VERBS = frozenset(
    [
        "mengaku",
        "menyebut",
        "menyebutkan",
        "menilai",
        "mengatakan",
        "menjelaskan",
        "membenarkan",
        "mengungkapkan",
        "menuturkan",
        "berharap",
        "meminta",
        "menegaskan",
        "mengeluhkan",
        "menambahkan",
        "menyatakan",
        "berpendapat",
        "mengakui",
        "menerangkan",
        "menyampaikan",
        "memastikan",
        "mendesak",
        "mempertanyakan",
        "menyayangkan",
    ]
)


# the last word of a village-level office, after which the village's own name comes


_VILLAGE_HEADS = frozenset(
    ["kades", "desa", "lurah", "kelurahan", "kampung", "dusun", "kadus", "keuchik", "kuwu", "negeri", "nagari",
     "pekon", "gampong", "kalurahan"]
)


_ROLE_QUALIFIERS = frozenset(["honorer", "tetap", "kontrak", "senior", "sukarela", "di", "pada", "dari"])


_NOT_QUALIFIERS = frozenset(["yang", "dan", "atau", "itu", "ini", "tersebut", "saat", "ketika", "untuk", "karena"])


# words that end a lower-case qualifier of an office (``_lower_qualifier_end``): those above and prepositions


_QUALIFIER_STOPS = _NOT_QUALIFIERS | frozenset(
    ["serta", "di", "ke", "dari", "pada", "juga", "adalah", "ialah", "merupakan", "yakni", "yaitu", "bukan", "akan",
     "sudah", "telah", "masih", "pun"]  # (and copulas and auxiliaries: "dikunjungi Walikota adalah Pasar X")
)


def _role_qualifier(tok: str) -> bool:
    """A lower-case word that narrows a role before its body ("pengeluaran", "besar hukum",
    "tinggi pada"); not a verb (me-/ber-/di-/ter-) and not a clause word."""
    b = bare(tok)
    if b in _ROLE_QUALIFIERS:
        return True
    return tok.islower() and tok.isalpha() and b not in _NOT_QUALIFIERS and not _VERB.match(b)


_HEADLINE_VERB_WORDS = (
    "sebut minta resmikan tinjau ajak dorong pastikan tegaskan ungkap bantah akui harap buka serahkan terima "
    "kunjungi hadiri lantik bagikan salurkan beri raih dukung apresiasi imbau gelar luncurkan tolak kecam desak "
    "janji bertemu temui sambut jadi bakal akan siap usul soroti kritik puji curhat klaim nilai bahas cek "
    "berikan ingatkan sidak pimpin tanggapi jawab siapkan targetkan umumkan atasi berkomitmen silaturahmi "
    "lanjutkan diterjang borong bawa"
)


_HEADLINE_VERBS = frozenset(_HEADLINE_VERB_WORDS.split())


def _men_root(word: str) -> str | None:
    """The headline root of a meN- verb ("Memimpin" -> pimpin, "Meninjau" -> tinjau), if it is one."""
    w = word.lower()
    for prefix, first in (("meny", "s"), ("meng", "k"), ("meng", ""), ("mem", "p"), ("mem", ""), ("men", "t"),
                          ("men", ""), ("me", "")):
        if w.startswith(prefix) and (root := first + w[len(prefix) :]) in _HEADLINE_VERBS:
            return root
    return None


def _caption_verb_at(words: list[str]) -> int:
    """Index of a Title Case meN- verb inside a would-be name ("Murnan Memimpin sidang" in a caption),
    else 0."""
    return next((k for k, w in enumerate(words) if k >= 1 and w[:1].isupper() and _men_root(w)), 0)


def _headline_verb_at(words: list[str]) -> int:
    """Index of the first Title Case verb after the name's first two words in a headline ("Anwar
    Ibrahim Sebut ..."), else 0."""
    return next((k for k, w in enumerate(words) if k >= 2 and w.lower() in _HEADLINE_VERBS), 0)


def _is_headline_like(text: str) -> bool:
    """A Title Case line without sentence punctuation (a subhead or a related headline)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return (
        3 <= len(words) <= 16
        and not re.search(r"[.!?,\"“”]\s*$", text)
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
    )
