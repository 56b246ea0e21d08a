"""Organisations named in the text (government bodies, parties, companies, schools ...)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import extend_position, is_cap, loose_end, tokens

_HEADS_STRICT = (
    "dinas",
    "badan",
    "biro",
    "kementerian",
    "kementrian",
    "pemerintah",
    "pemprov",
    "pemkab",
    "pemkot",
    "pemda",
    "dprd",
    "dpr",
    "komisi",
    "fraksi",
    "partai",
    "polres",
    "polda",
    "polsek",
    "polresta",
    "kejaksaan",
    "kejari",
    "kejati",
    "pengadilan",
    "bappeda",
    "bappedalitbang",
    "setda",
    "setdaprov",
    "diskominfo",
    "inspektorat",
    "satreskrim",
    "bareskrim",
    "ditjen",
    "direktorat",
    "sekretariat",
    "dharmawanita",
    "dharmayakti",
    "tp",
    "tim",
    "bnnk",
    "bnn",
    "perumda",
    "pdam",
    "rsud",
    "kodim",
    "korem",
)
_HEADS_LOOSE = (
    "pt",
    "universitas",
    "yayasan",
    "masjid",
    "rumah",
    "smpn",
    "sman",
    "smkn",
    "sdn",
    "smp",
    "sma",
    "smk",
    "mtsn",
    "mts",
    "man",
    "lembaga",
    "komite",
    "ikatan",
    "asosiasi",
    "forum",
    "persatuan",
    "himpunan",
    "institut",
    "politeknik",
    "kantor",
)
_STANDALONE = {
    "KPK",
    "BPK",
    "BPKP",
    "MA",
    "Polri",
    "TNI",
    "DPR",
    "BNN",
    "Ombudsman",
    "PLN",
    "Kejagung",
    "Kejaksaan Agung",
    "Indef",
    "Imigrasi",
    "BKD",
    "Inspektorat",
    "Disdukcapil",
    "Gaikindo",
    "PTBA",
    "PTPN",
    "Bawaslu",
    "KPU",
    "BPBD",
}


def find_organizations(
    paragraphs: list[str], places: frozenset[str] = frozenset(), people: tuple[str, ...] = ()
) -> list[str]:
    """Organisations as written, longest form first seen; ``places`` adds article-local places;
    ``people`` are the article's people, whose names end an organisation run into them ("SDN
    Cempaka Putih 01 Rosmawati Siregar")."""
    found: list[str] = []
    names = [n for n in people if len(n.split()) >= 2]
    for text in paragraphs:
        toks = tokens(text)
        n = len(toks)
        i = 0
        while i < n:
            b = toks[i].rstrip(".").lower()
            if is_cap(toks[i]) and (b in _HEADS_STRICT or b in _HEADS_LOOSE):
                j = i + 1
                if b in _HEADS_LOOSE:
                    j = loose_end(toks, j)
                else:
                    if (
                        b == "pemerintah"
                        and j < n
                        and toks[j].lower()
                        in ("provinsi", "kabupaten", "kota", "pusat", "daerah", "desa")
                    ):
                        j += 1
                    j = extend_position(toks, j, places)
                cut = next(
                    (
                        t
                        for t in range(i + 1, j - 1)
                        if toks[t].lower() in ("dan", "serta", "&")
                        and _is_head(toks[t + 1])
                    ),
                    None,
                )
                if cut is not None:  # "Pemerintah Kabupaten Kaur dan Badan Pusat Statistik": two bodies
                    j = cut
                if j < n and toks[j] == "(":
                    close = next((t for t in range(j + 1, min(n, j + 6)) if toks[t] == ")"), None)
                    if close and all(is_cap(t) for t in toks[j + 1 : close]):
                        j = close + 1
                name = _clean(toks[i:j])
                for person in names:
                    at = name.find(" " + person)
                    if at > 0:
                        name = name[:at].rstrip(" ,")
                if len(name.split()) >= 2 or b in (
                    "dprd",
                    "dpr",
                    "inspektorat",
                    "bnnk",
                    "bnn",
                    "bappeda",
                    "satreskrim",
                    "bareskrim",
                ):
                    _add(found, name)
                i = max(j, i + 1)
                continue
            if toks[i].rstrip(".") in _STANDALONE:
                _add(found, toks[i].rstrip("."))
            i += 1
    return found


def _is_head(tok: str) -> bool:
    b = tok.rstrip(".").lower()
    return b in _HEADS_STRICT or b in _HEADS_LOOSE


def _clean(toks: list[str]) -> str:
    s = " ".join(toks)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    return s.strip(" ,.")


def _add(found: list[str], name: str) -> None:
    words = name.split()
    if not words or len(name) < 2:
        return
    if words[-1].lower() in ("dan", "serta", "&"):
        name = " ".join(words[:-1])
    low = name.lower()
    for k, existing in enumerate(found):
        el = existing.lower()
        if el == low or low in el:
            return
        if el in low and len(el.split()) <= 1:
            found[k] = name
            return
    if lx.is_known_place(name, districts=False):
        return
    found.append(name)
