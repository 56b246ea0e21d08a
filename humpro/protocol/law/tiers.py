"""Precedence lists (urutan Tata Tempat) of UU 9/2010 as data.

Each *huruf* of Pasal 9 ayat (1), Pasal 10 ayat (1) and Pasal 11 ayat (1) is one rank tier;
several offices can share a tier and the law gives no order inside a tier
(docs/rules-id.md §1.1). Codes are ``"<pasal>.<ayat>.<huruf>"``, e.g. ``"10.1.g"``.

Pasal 9 ayat (1) huruf s–v were cut off in every source seen (rules-id §1.1.a, §7 item 1):
huruf s is [M], t–v are [L]. All four carry ``confirmed=False`` so that the ordering code never
uses them to lift someone above a regional list without a flag.
"""

from __future__ import annotations

from dataclasses import dataclass

NASIONAL = "nasional"
PROVINSI = "provinsi"
KABUPATEN = "kabupaten"

#: Event levels, highest list first.
LEVELS: tuple[str, ...] = (NASIONAL, PROVINSI, KABUPATEN)

#: Which article holds the precedence list of each level.
LIST_ARTICLE: dict[str, tuple[int, int]] = {NASIONAL: (9, 1), PROVINSI: (10, 1), KABUPATEN: (11, 1)}

#: Lembaga Negara roles, used by PP 56/2019 Pasal 6A.
PIMPINAN = "pimpinan"
ANGGOTA = "anggota"


@dataclass(frozen=True, slots=True)
class Tier:
    """One huruf of a precedence list."""

    code: str
    pasal: int
    ayat: int
    huruf: str
    rank: int
    list_level: str
    label: str
    confidence: str
    confirmed: bool = True
    #: "pimpinan" / "anggota" when every office in the tier is a Ketua/Wakil Ketua or a member
    #: of a Lembaga Negara; None otherwise (mixed tiers are resolved by the recognizer).
    lembaga_negara: str | None = None

    @property
    def basis(self) -> str:
        return f"UU 9/2010 Pasal {self.pasal} ayat ({self.ayat}) huruf {self.huruf}"


_PASAL_9 = [
    ("a", "Presiden Republik Indonesia", "H", None),
    ("b", "Wakil Presiden Republik Indonesia", "H", None),
    ("c", "Mantan Presiden dan Mantan Wakil Presiden Republik Indonesia", "H", None),
    ("d", "Ketua Majelis Permusyawaratan Rakyat", "H", PIMPINAN),
    ("e", "Ketua Dewan Perwakilan Rakyat", "H", PIMPINAN),
    ("f", "Ketua Dewan Perwakilan Daerah", "H", PIMPINAN),
    ("g", "Ketua Badan Pemeriksa Keuangan", "H", PIMPINAN),
    ("h", "Ketua Mahkamah Agung", "H", PIMPINAN),
    ("i", "Ketua Mahkamah Konstitusi", "H", PIMPINAN),
    ("j", "Ketua Komisi Yudisial", "H", PIMPINAN),
    ("k", "Perintis pergerakan kebangsaan/kemerdekaan", "H", None),
    ("l", "Duta besar/kepala perwakilan negara asing dan organisasi internasional", "H", None),
    ("m", "Wakil Ketua MPR, Wakil Ketua DPR, Wakil Ketua DPD, Gubernur Bank Indonesia, "
          "Ketua Badan Penyelenggara Pemilihan Umum, Wakil Ketua BPK, Wakil Ketua Mahkamah "
          "Agung, Wakil Ketua Mahkamah Konstitusi, Wakil Ketua Komisi Yudisial", "H", None),
    ("n", "Menteri, pejabat setingkat menteri, anggota DPR, anggota DPD, Duta Besar Luar "
          "Biasa dan Berkuasa Penuh Republik Indonesia", "H", None),
    ("o", "Kepala Staf TNI Angkatan Darat, Angkatan Laut, dan Angkatan Udara", "H", None),
    ("p", "Pemimpin partai politik yang memiliki wakil di DPR", "H", None),
    ("q", "Anggota BPK, Ketua Muda dan Hakim Agung Mahkamah Agung, hakim Mahkamah "
          "Konstitusi, anggota Komisi Yudisial", "H", ANGGOTA),
    ("r", "Pemimpin lembaga negara yang ditetapkan sebagai pejabat negara, pemimpin lembaga "
          "negara lainnya yang ditetapkan dengan undang-undang, Deputi Gubernur Senior dan "
          "Deputi Gubernur Bank Indonesia, Wakil Ketua Badan Penyelenggara Pemilihan Umum",
     "H", None),
    ("s", "Gubernur kepala daerah", "M", None),
    ("t", "Pemilik tanda jasa dan tanda kehormatan tertentu", "L", None),
    ("u", "Pemuka agama, pemuka adat, dan Tokoh Masyarakat Tertentu tingkat nasional", "L", None),
    ("v", "Pejabat eselon I atau yang disetarakan", "L", None),
]
_UNCONFIRMED_9 = frozenset("stuv")

_PASAL_10 = [
    ("a", "gubernur"),
    ("b", "wakil gubernur"),
    ("c", "mantan gubernur dan mantan wakil gubernur"),
    ("d", "Ketua DPRD provinsi atau nama lainnya"),
    ("e", "kepala perwakilan konsuler negara asing di daerah"),
    ("f", "Wakil Ketua DPRD provinsi atau nama lainnya"),
    ("g", "sekretaris daerah, panglima/komandan tertinggi TNI semua angkatan, kepala "
          "kepolisian, ketua pengadilan tinggi semua badan peradilan, kepala kejaksaan tinggi "
          "di provinsi"),
    ("h", "pemimpin partai politik di provinsi yang memiliki wakil di DPRD provinsi"),
    ("i", "anggota DPRD provinsi atau nama lainnya, anggota Majelis Permusyawaratan Ulama "
          "Aceh, anggota Majelis Rakyat Papua"),
    ("j", "bupati/walikota"),
    ("k", "Kepala Kantor Perwakilan BPK di daerah, Kepala Kantor Perwakilan Bank Indonesia di "
          "daerah, ketua Komisi Pemilihan Umum Daerah"),
    ("l", "pemuka agama, pemuka adat, dan Tokoh Masyarakat Tertentu tingkat provinsi"),
    ("m", "Ketua DPRD kabupaten/kota"),
    ("n", "wakil bupati/wakil walikota, Wakil Ketua DPRD kabupaten/kota"),
    ("o", "anggota DPRD kabupaten/kota"),
    ("p", "asisten sekretaris daerah provinsi, kepala dinas tingkat provinsi, kepala kantor "
          "instansi vertikal di provinsi, kepala badan provinsi, pejabat eselon II"),
    ("q", "kepala bagian pemerintah daerah provinsi, pejabat eselon III"),
]

_PASAL_11 = [
    ("a", "bupati/walikota"),
    ("b", "wakil bupati/wakil walikota"),
    ("c", "mantan bupati/walikota dan mantan wakil bupati/wakil walikota"),
    ("d", "Ketua DPRD kabupaten/kota atau nama lainnya"),
    ("e", "Wakil Ketua DPRD kabupaten/kota atau nama lainnya"),
    ("f", "sekretaris daerah, komandan tertinggi TNI semua angkatan, kepala kepolisian, ketua "
          "pengadilan semua badan peradilan, kepala kejaksaan negeri di kabupaten/kota"),
    ("g", "pemimpin partai politik di kabupaten/kota yang memiliki wakil di DPRD "
          "kabupaten/kota"),
    ("h", "anggota DPRD kabupaten/kota atau nama lainnya"),
    ("i", "pemuka agama, pemuka adat, dan Tokoh Masyarakat Tertentu tingkat kabupaten/kota"),
    ("j", "asisten sekretaris daerah kabupaten/kota, kepala badan, kepala dinas, pejabat "
          "eselon II, kepala kantor perwakilan Bank Indonesia di tingkat kabupaten, ketua "
          "KPU kabupaten/kota"),
    ("k", "kepala instansi vertikal tingkat kabupaten/kota, kepala unit pelaksana teknis "
          "instansi vertikal, komandan tertinggi TNI semua angkatan di kecamatan, kepala "
          "kepolisian di kecamatan"),
    ("l", "kepala bagian pemerintah daerah kabupaten/kota, camat, pejabat eselon III"),
    ("m", "lurah/kepala desa atau yang disebut dengan nama lain, pejabat eselon IV"),
]


def _build() -> dict[str, Tier]:
    tiers: dict[str, Tier] = {}
    for rank, (huruf, label, conf, ln_role) in enumerate(_PASAL_9, start=1):
        code = f"9.1.{huruf}"
        tiers[code] = Tier(code, 9, 1, huruf, rank, NASIONAL, label, conf,
                           huruf not in _UNCONFIRMED_9, ln_role)
    for pasal, level, rows in ((10, PROVINSI, _PASAL_10), (11, KABUPATEN, _PASAL_11)):
        for rank, (huruf, label) in enumerate(rows, start=1):
            code = f"{pasal}.1.{huruf}"
            tiers[code] = Tier(code, pasal, 1, huruf, rank, level, label, "H")
    return tiers


#: All tiers by code, in list order (Pasal 9, then 10, then 11).
TIERS: dict[str, Tier] = _build()


def get_tier(code: str) -> Tier | None:
    """The tier with this code (``"10.1.g"``), or None."""
    return TIERS.get(code.strip().lower()) if isinstance(code, str) else None


def tiers_of(level: str) -> list[Tier]:
    """The tiers of one level's list, in rank order."""
    return [t for t in TIERS.values() if t.list_level == level]


def tier_choices(level: str | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` pairs for a form select; one level or all levels."""
    return [
        (t.code, t.label + ("" if t.confirmed else " (belum terkonfirmasi)"))
        for t in TIERS.values()
        if level is None or t.list_level == level
    ]
