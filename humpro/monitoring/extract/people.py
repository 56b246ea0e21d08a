"""People (name, position, degrees, honorifics, rank) found by office/title-anchored rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from . import lexicon as lx
from . import ner
from .names import (
    ADDRESS_FORMS,
    COMPANY_FORMS,
    COMPANY_TAILS,
    CUE_ROOTS,
    NAME_PARTICLES,
    NOUN_LIKE,
    ROLE_WITH_POSITION,
    SPEECH_RE,
    acronym_word,
    agency_list_end,
    balinese_name_at,
    bare,
    company_end,
    contains_words,
    ends_sentence,
    extend_position,
    field_list_end,
    given_hari_at,
    is_cap,
    is_pre_title,
    join_tokens,
    loose_end,
    match_phrase,
    match_place,
    name_key,
    name_tok,
    org_word,
    parse_name,
    sasak_name_at,
    split_degree_token,
    tokens,
    valid_name,
)
from .text import strip_photo_credit


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


def parse_mentions(
    text: str, extra_places: frozenset[str] = frozenset(), cue_names: frozenset[str] = frozenset()
) -> list[Mention]:
    """Person mentions anchored by an office, a title/degree/rank, a role word or a speech verb.

    At each token the rule families of ``_RULES`` are tried in order; the first that claims the
    token gives its mentions (possibly none) and the index where the scan goes on. ``cue_names``
    are given names the article uses on their own ("kata Tonny", see ``cue_names``).
    """
    toks = tokens(text)
    out: list[Mention] = []
    starts = _lower_starts()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok[:1].islower() and bare(tok) not in starts and not _PASSIVE.match(tok) and not is_pre_title(tok):
            i += 1  # no rule family opens at a plain lower-case word (speed: most tokens are such)
            continue
        for rule in _RULES:
            hit = rule(toks, i, extra_places)
            if hit is not None:
                found, start, i = hit[0], i, hit[1]
                if cue_names:
                    found = [_recut_at_cue_name(toks, start, m, cue_names) for m in found]
                out.extend(found)
                break
        else:
            i += 1
    return [
        m
        for m in out
        if m.sure
        or (
            valid_name(m.name)
            and m.name.lower() not in extra_places
            and m.name.split()[0] not in _head_first_words()  # ("Pendamping Lokal": an office's words)
        )
    ]


_NAME_PREFIXES = frozenset(
    ["i", "ni", "gede", "made", "nyoman", "ketut", "putu", "kadek", "komang", "wayan", "gusti", "ngurah", "anak",
     "agung", "ida", "bagus", "ayu", "cokorda", "tjokorda", "andi", "teuku", "cut", "raden", "muhammad", "mohammad",
     "muh", "moh", "abdul", "siti", "sri"]
)
_CUE_NAME = re.compile(r"\b(?:" + CUE_ROOTS + r"|[Mm]enurut)\s+([A-Z][a-z]{2,})(?=\s*[,.;!?]|\s+[a-z]|\s*$)")


@cache
def _head_first_words() -> frozenset[str]:
    """First words of the offices of two words or more ("Pendamping" of "Pendamping Desa"): no name
    starts with them (except words that are also given names or titles)."""
    words = {h.split()[0] for h in lx.offices()["position_heads"] if len(h.split()) > 1}
    return frozenset(words - {"Datuk", "Hakim", "Pranata", "Pastor"})


def cue_names(texts: list[str]) -> frozenset[str]:
    """Given names the article uses on their own after a speech cue ("kata Tonny", "ujar Rina.",
    "Menurut Joni,"): where an office's unknown words run into a name, such a word starts it."""
    out = set()
    for text in texts:
        for m in _CUE_NAME.finditer(text):
            w = m.group(1)
            if not (
                bare(w) in lx.org_words()
                or bare(w) in lx.not_names()
                or w.lower() in lx.honorifics()
                or (lx.is_known_place(w) and not ner.person_word(w))  # ("Bambang" is also a village)
                or match_phrase([w], 0, lx.position_heads())
            ):
                out.add(w)
    return frozenset(out)


def _recut_at_cue_name(toks: list[str], i: int, m: Mention, cues: frozenset[str]) -> Mention:
    """ "Rektor Universitas Sam Ratulangi Tonny H. Wangania ... kata Tonny": the office's unknown
    words ran into the name; the given name the article uses alone starts it (a middle initial
    such as "H." is then part of the name, not the honorific Haji)."""
    if not m.position:
        return m
    pos = tokens(m.position)
    n = len(toks)
    if [bare(t) for t in toks[i : i + len(pos)]] != [bare(t) for t in pos]:
        return m
    old_name = m.name.split()
    start = i + len(pos) + (i + len(pos) < n and toks[i + len(pos)] == ",")
    # past the name only when that "name" holds a body's word ("Policy PT Maju Digital Indonesia")
    suspect = any(bare(w) in lx.org_words() or acronym_word(w) for w in old_name)
    # "Direktur BUMDes Ngesti Makmur Agus Widodo ... ujar Agus": four words or more, the cue name
    # third or later, the words before it no name prefixes ("I Gede Ngurah Swajaya ... kata Ngurah")
    at = old_name.index(next((w for w in old_name if w in cues), old_name[0]))
    long_run = len(old_name) >= 4 and at >= 2 and not any(bare(w) in _NAME_PREFIXES for w in old_name[:at])
    limit = min(n, start + (len(old_name) + 6 if suspect else len(old_name) if long_run else 0))
    t = i + 1
    while (
        t < limit
        and toks[t] not in cues
        and (is_cap(toks[t]) or toks[t] in ("of", "&"))
        and not (ends_sentence(toks[t]) or is_pre_title(toks[t]) or match_phrase(toks, t, lx.ranks()))
    ):
        t += 1
    if not (t < limit and toks[t] in cues) or (start <= t < start + len(old_name) and not suspect and not long_run):
        return m
    hons, name, degrees, rank, end = parse_name(toks, t)
    if name == [toks[t]] and end + 1 < n and re.fullmatch(r"[A-Z]\.", toks[end]) and name_tok(toks[end + 1]):
        initial = toks[end]  # "Tonny H. Wangania": a middle initial
        _h, rest, degrees, _r, end = parse_name(toks, end + 1)
        name = [*name, initial, *rest]
    if not (len(name) >= 2 and valid_name(" ".join(name))):
        return m  # ("Manajer Kirana, Tommy Halim": the manager of Kirana)
    return Mention(" ".join(name), join_tokens(toks[i:t]), degrees, hons, rank or m.rank, note=m.note, strong=m.strong)


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


# --- rule family 1: an office first, then the name ("Bupati Muara Enim H. Ahmad Usmarwi") ---


def _office_head(toks: list[str], i: int) -> int:
    """Length of the office phrase that starts at ``i`` (0 when none)."""
    n = len(toks)
    k = match_phrase(toks, i, lx.position_heads())
    if (
        not k
        and toks[i].islower()
        and bare(toks[i]) in _LOWER_HEADS
        and (i == 0 or not is_cap(toks[i - 1]) or bare(toks[i - 1]) in lx.not_names())  # "Sementara juru bicara"
    ):
        k = match_phrase(toks, i, lx.position_heads(), cap=False)
        q = _lower_qualifier_end(toks, i + k) if k else 0  # "bendahara pengeluaran Dinas PUPR"
        if not (
            k
            and q < n
            and (
                _lower_body(toks, q)
                or (is_cap(toks[q]) and (toks[q].rstrip(".").isupper() or bare(toks[q]) in lx.org_words()))
                # "bersama kepala desa Prawoto, Hyro Fachrus": a village head, then the village, a comma
                or (
                    " ".join(toks[i : i + k]).lower() in lx.place_heads()
                    and is_cap(toks[q])
                    and q + 1 < n
                    and toks[q + 1] == ","
                )
            )
        ):
            k = 0  # only before a body: "anggota DPRD", "ketua KPU", "juru bicara Fraksi PKS"
    # "hakim anggota Lusiana Parapat", "jaksa penuntut umum Rizal Ardiansyah": only before a name
    # (also capitalised at a sentence start: "Hakim tunggal Desmon Harianja")
    k2 = match_phrase(toks, i, lx.lower_offices(), cap=False) if not k or (k == 1 and is_cap(toks[i])) else 0
    if k and k2 <= k:
        k2 = 0
    if k2 and i + k2 < n and (name_tok(toks[i + k2]) or is_pre_title(toks[i + k2])):
        k = k2
    if k and i > 0 and bare(toks[i - 1]) in ("wakil",):
        return 0
    return k


def _office_first(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    k = _office_head(toks, i)
    if not k or (i > 0 and bare(toks[i - 1]) in _BUILDINGS):
        return None  # ("di Kantor Bupati OKI, Kayuagung": the building, not its holder)
    if i > 0 and bare(toks[i]) == "pimpinan" and bare(toks[i - 1]) == "administrasi":
        return None  # "Biro Administrasi Pimpinan": the bureau's name
    if (
        i >= 3
        and bare(toks[i - 2]) == "yang"
        and bare(toks[i - 1]) in ("juga", "merupakan", "sekaligus")
        and name_tok(toks[i - 3])
        and not lx.is_known_place(toks[i - 3])
        and bare(toks[i - 3]) not in lx.org_words()
    ):
        # "Sarwani yang juga Kepala Desa Karang Endah mengapresiasi": the office of the name before it
        t = i + k
        while t < len(toks) and (is_cap(toks[t]) or toks[t].isdigit()) and not ends_sentence(toks[t - 1]):
            t += 1
        return [], t
    if (
        k == 1
        and bare(toks[i]) == "dukuh"
        and i > 0
        and (toks[i - 1].islower() or bare(toks[i - 1]) == "warga")
        and bare(toks[i - 1]) not in ("dan", "serta", "bersama", "oleh", "kata", "ujar", "tutur")
    ):
        return None  # "Dukuh" names the hamlet ("warga Dukuh Jomboran", "melanda Dukuh X"), not its head
    n = len(toks)
    j = _lower_qualifier_end(toks, i + k)
    while (
        (k2 := match_phrase(toks, j, lx.position_heads()) or match_phrase(toks, j, lx.lower_offices(), cap=False))
        or (k2 := _short_form_before_office(toks, j))
        or (k2 := _body_phrase(toks, j))
        or ((j == i + k or _unit_code(toks, j - 1)) and (k2 := _unit_before_body(toks, j)))  # (right after the head)
        or (k2 := _lower_body(toks, j))
        or (k2 := _named_body_word(toks, j))
        or (j > 0 and bare(toks[j - 1]) in COMPANY_FORMS and (k2 := max(0, company_end(toks, j) - j)))
        or (
            j < n
            and org_word(toks[j])
            and is_cap(toks[j])
            and not sasak_name_at(toks, j)
            and not _city_at(toks, j)  # "Wali Kota Pagar Alam": "Pagar" opens the city's name here
        )
        or _unit_code(toks, j)
    ):
        j += k2 or 1  # (also "Ketua majelis hakim", "Anggota Komisi B", "Dandim 0420/Sarko")
    if j == i + k and bare(toks[i]) in ("camat", "kapolsek", "danramil"):
        j += _district_at(toks, j, extra)  # "Camat Lawang Kidul", "Kapolsek Lawang Kidul"
    j = _initialled_body_end(toks, j)
    if hit := _name_in_parentheses(toks, i, j):
        return hit
    j = extend_position(toks, j, extra)
    j = _office_tail(toks, j, extra)
    if hit := _name_after_colon(toks, i, j):
        return hit
    loose = loose_end(toks, j)
    if loose < n and toks[loose] == "," and (end := field_list_end(toks, loose)):
        j = extend_position(toks, end, extra)  # "Deputi Bidang Pengawasan Obat, Suplemen, dan Kosmetik BPOM"
    hit, j = _office_held_then(toks, i, j)
    if hit:
        return hit
    if hit := _office_selaku_role(toks, i, j):
        return hit
    if j + 1 < n and bare(toks[j]) == "sekaligus" and _office_head(toks, j + 1):
        # "Ketua Panja RUU sekaligus Wakil Ketua Komisi I DPR RI Dyah": two offices, one person
        hit = _office_first(toks, j + 1, extra)
        if hit and hit[0] and hit[0][0].position:
            hit[0][0].position = f"{join_tokens(toks[i : j + 1])} {hit[0][0].position}"
            return hit
    j = _acronym_closes_body(toks, j)
    j = _hospital_name_end(toks, j)
    a = lx.acting_prefix(toks[i : i + 6])  # "Plt Wali Kota": the head after the acting prefix
    ka = match_phrase(toks, i + a, lx.position_heads()) if a else k
    place_head = bool(ka) and " ".join(toks[i + a : i + a + ka]).lower() in lx.place_heads()
    j = _loose_office_end(toks, j, extra, place_head)
    if hit := _address_then_name(toks, i, j):
        return hit
    if hit := _office_with_qualifier(toks, i, j):
        return hit
    if (tw := _time_words_at(toks, j)) and j + tw + 1 < n and toks[j + tw] == ",":
        # "kepada Bupati Mamasa saat ini, Welem Sambolangi": the time words are not part of the office
        cut = [*toks[:j], *toks[j + tw :]]
        hit = _name_after_office(cut, i, j, i + a + ka if place_head else -1)
        if hit[0] and hit[0][0].position:
            return hit[0], hit[1] + tw
    if j == i + k or toks[j - 1] == ")":
        # "Ketua panitia festival, Andi Wijaya", "Direktur penerbit Lentera Kata, Yudhistira Halim",
        # "Pejabat Pembuat Komitmen (PPK) proyek, Nurhadi"
        c = next((t for t in range(j, min(n, j + 5)) if not toks[t].islower()), None)
        if c is not None and c > j and is_cap(toks[c]):
            c = next((t for t in range(c, min(n, c + 4)) if not is_cap(toks[t]) or ends_sentence(toks[t])), None)
        if (
            c is not None
            and c > j
            and toks[c] == ","
            and not any(_VERB.match(t) for t in toks[j:c])  # "Jaksa menuntut terdakwa, X": a clause
            and len(parse_name(toks, c + 1)[1]) >= 2
            and not match_phrase(toks, c + 1, lx.position_heads())  # ("..., Pendamping Lokal Desa": an office)
        ) or (c := _described_office_end(toks, j)) is not None:
            j = c
    return _second_holder(toks, _name_after_office(toks, i, j, i + a + ka if place_head else -1))


_TIME_WORDS = (("saat", "ini"), ("saat", "itu"), ("kala", "itu"), ("ketika", "itu"), ("waktu", "itu"), ("sekarang",))


def _time_words_at(toks: list[str], j: int) -> int:
    """How many words of a time phrase ("saat ini", "kala itu") start at ``toks[j]``."""
    return next((len(w) for w in _TIME_WORDS if tuple(toks[j : j + len(w)]) == w), 0)


_DESCRIPTION_STOPS = frozenset(["bahwa", "telah", "sudah", "akan", "tidak", "bukan", "juga", "pun", "sebagai"])


def _described_office_end(toks: list[str], j: int) -> int | None:
    """The comma closing an office described in lower-case words with a body and a place, when a
    two-word name follows it: "Kepala investasi Asia dana kelolaan Harbourview Capital di
    Singapura, James Okafor-Lim, mengatakan" (a head, then no verb and no clause word)."""
    n = len(toks)
    if not (j < n and toks[j].islower() and toks[j].isalpha()):
        return None
    caps = 0
    for t in range(j, min(n, j + 14)):
        tok = toks[t]
        if tok == ",":
            if not caps or t - j < 3:
                return None  # (the shorter forms are the rule above's)
            p = parse_name(toks, t + 1)
            after = toks[p[4]] if p[4] < n else "."
            if len(p[1]) >= 2 and valid_name(" ".join(p[1])) and (after in (",", ".") or after.islower()):
                return t
            return None
        if ends_sentence(tok) or not (tok.isalpha() or "-" in tok):
            return None
        if tok.islower():
            if _VERB.match(tok) or tok in _NOT_QUALIFIERS or tok in _DESCRIPTION_STOPS:
                return None
        elif is_cap(tok):
            caps += 1
        else:
            return None
    return None


def _lower_body(toks: list[str], j: int) -> int:
    """ "komisi C" in "anggota komisi C Teguh Bandang Waluyo": a commission or faction written in lower
    case, named by its letter, numeral or acronym."""
    if j >= len(toks):
        return 0
    named = j + 1 < len(toks) and re.fullmatch(r"[A-H]|[IVX]{1,4}|[A-Z]{2,}", toks[j + 1])
    if named and toks[j] in ("komisi", "fraksi"):
        return 2
    # "Kuwu desa Mekarsari M Ghojin": a village head's unit in lower case before the village's name
    if (
        toks[j] in ("desa", "kelurahan", "dusun", "kampung")
        and j > 0
        and toks[j - 1].lower() in lx.place_heads()
        and j + 1 < len(toks)
        and is_cap(toks[j + 1])
    ):
        return 1
    return 0


_NAMED_BODIES = frozenset(["universitas", "institut", "politeknik", "yayasan", "sanggar", "pesantren", "ponpes"])
_WATER_COMPANIES = frozenset(["pdam", "perumda", "perumdam"])


def _named_body_word(toks: list[str], j: int) -> int:
    """ "Airlangga" in "Rektor Universitas Airlangga Mohammad Nasih", "Tirta Anugrah" in "pegawai PDAM
    Tirta Anugrah": the body's own name after its kind (one word, when a name of two words follows;
    a water company's "Tirta" name always)."""
    n = len(toks)
    if not (0 < j < n - 1 and is_cap(toks[j]) and toks[j].isalpha()):
        return 0
    prev = bare(toks[j - 1])
    if prev in _WATER_COMPANIES and bare(toks[j]) == "tirta" and is_cap(toks[j + 1]):
        return 2
    if prev in _NAMED_BODIES and is_cap(toks[j - 1]) and len(parse_name(toks, j + 1)[1]) >= 2:
        return 1
    return 0


def _unit_before_body(toks: list[str], j: int) -> int:
    """ "Penkum" in "Kasi Penkum Kejaksaan Tinggi Maluku Wahyudi Kareba": an unknown capitalised word
    (a section's short name) right before a body's word is part of the office."""
    if not (j + 2 < len(toks) and is_cap(toks[j]) and is_cap(toks[j + 1]) and is_cap(toks[j + 2])):
        return 0  # (the body goes on after its word; "... Budi Jaya mengatakan" is a name)
    if is_pre_title(toks[j]) or ends_sentence(toks[j]) or match_phrase(toks, j, lx.ranks()):
        return 0
    if any(bare(t) in COMPANY_FORMS for t in toks[max(0, j - 4) : j]):
        return 0  # (a company's own name: "PT ASDP Indonesia Ferry", read by the company rules)
    nxt = bare(toks[j + 1])
    if nxt not in lx.org_words() or nxt in ("pasar", "kelas", "dayak", "melayu", "batak", "bugis", "sasak"):
        return 0
    return 1


_BODY_PHRASES = (("luar", "negeri"), ("dalam", "negeri"), ("gedung", "putih"))
_KODAM_NAMES = (
    ("iskandar", "muda"), ("bukit", "barisan"), ("sriwijaya",), ("jaya",), ("siliwangi",), ("diponegoro",),
    ("brawijaya",), ("udayana",), ("tanjungpura",), ("mulawarman",), ("merdeka",), ("hasanuddin",),
    ("pattimura",), ("cenderawasih",), ("kasuari",), ("tuanku", "tambusai"), ("mandala", "trikora"),
    ("jayakarta",), ("sultan", "hasanuddin"),
)
_KODAM_OFFICES = frozenset(["pangdam", "wapangdam", "kasdam", "irdam", "kodam"])


def _body_phrase(toks: list[str], j: int) -> int:
    """ "Luar Negeri" in "Juru bicara Kementerian Luar Negeri China Liu Jianhua", "Gedung Putih" in
    "Juru bicara Gedung Putih Daniel R. Whitcombe": capitalised, these words name a body, not a person;
    so does a military region's name after its numeral ("Pangdam XIV Hasanuddin")."""
    if j >= len(toks):
        return 0  # ("... kata Pangdam": the office closes the paragraph)
    if j >= 1 and bare(toks[j - 1]) in _KODAM_OFFICES and re.fullmatch(r"[IVX]{1,5}", toks[j]):
        for name in _KODAM_NAMES:
            if tuple(bare(t) for t in toks[j + 1 : j + 1 + len(name)]) == name:
                return 1 + len(name)
    pair = (bare(toks[j]), bare(toks[j + 1])) if j + 1 < len(toks) else None
    return 2 if pair in _BODY_PHRASES and is_cap(toks[j]) and is_cap(toks[j + 1]) else 0


_QUALIFIER_BODIES = frozenset(["dinas", "badan", "kantor", "bagian", "bidang", "sekretariat", "rsud", "puskesmas"])


def _lower_qualifier_end(toks: list[str], j: int) -> int:
    """ "Bendahara pengeluaran Dinas PUPR", "Petugas pendaftaran RSUD Sekayu": one or two
    lower-case words that qualify the office before the body it serves belong to the office."""
    t = j
    while (
        t < min(len(toks), j + 2)
        and toks[t].isalpha()
        and toks[t].islower()
        and toks[t] not in _QUALIFIER_STOPS
        and not _VERB.match(toks[t])  # ("Bupati meresmikan Puskesmas ...")
    ):
        t += 1
    if (
        t > j
        and t < len(toks)
        and is_cap(toks[t])
        and (bare(toks[t]) in _QUALIFIER_BODIES or bare(toks[t]) in lx.org_words() or acronym_word(toks[t]))
    ):
        return t
    return j


def _initialled_body_end(toks: list[str], j: int) -> int:
    """ "Ketua Partuha Maujana Simalungun (PMS) Kota ...": capitalised words followed by the acronym
    of their initials name a body, even when none of them is a known body word."""
    n = len(toks)
    c = j
    while c < min(n, j + 6) and is_cap(toks[c]) and toks[c].isalpha():
        c += 1
    if (  # (three words at least: not "Andi Saputra (AS)")
        c - j >= 3
        and c + 2 < n
        and toks[c] == "("
        and toks[c + 2] == ")"
        and "".join(t[0] for t in toks[j:c]) == toks[c + 1]
    ):
        return c + 3
    return j


def _hospital_name_end(toks: list[str], j: int) -> int:
    """ "Direktur RSUD dr. Murjani Sampit, dr. Fitria ...": a hospital named after a doctor; its
    name runs to the comma when a name follows it (else the title is the holder's own)."""
    n = len(toks)
    if not (0 < j < n and bare(toks[j - 1]) in ("rsud", "rsu", "rsup", "rs") and is_pre_title(toks[j])):
        return j
    c = j + 1  # ("RSUD Prof. Dr. H. Aloei Saboe": several titles)
    while c < min(n, j + 5) and is_cap(toks[c]) and not ends_sentence(toks[c]):
        c += 1
    if c > j + 1 and c + 1 < n and toks[c] == "," and parse_name(toks, c + 1)[1]:
        return c
    return j


def _city_at(toks: list[str], j: int) -> bool:
    """A regency or city of two or three words starts at ``j`` ("Pagar Alam", "Lubuk Linggau")."""
    return any(
        j + w <= len(toks) and lx.is_known_place(" ".join(toks[j : j + w]), districts=False) for w in (2, 3)
    )


def _short_form_before_office(toks: list[str], j: int) -> int:
    """3 for "(Pj)" in "Penjabat (Pj) Bupati Banyumas": a short form in brackets, then more office."""
    n = len(toks)
    if (
        j + 3 < n
        and toks[j] == "("
        and toks[j + 2] == ")"
        and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", toks[j + 1])
        and match_phrase(toks, j + 3, lx.position_heads())
    ):
        return 3
    return 0


_NUMBER_WORDS = frozenset(["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"])
_BASIN_BODIES = frozenset(["bbws", "bws", "sungai", "das"])
_SINGLE_HOLDER = re.compile(
    r"(?:(?:Plt|Plh|Pj|Penjabat|Pelaksana Tugas|Pelaksana Harian)\.?\s+)?(?:Wakil\s+)?"
    r"(?:Presiden|Gubernur|Bupati|Wali\s?kota|Camat|Lurah|Sekda|Sekretaris Daerah)\b",
    re.IGNORECASE,
)


def _second_holder(toks: list[str], hit: _Hit) -> _Hit:
    """ "Deputi Gubernur Ahmad Fauzan Lubis dan Yohana Ratnasari": a second name joined by "dan"
    to an office holder's, with no office of its own, holds the same office."""
    found, end = hit
    n = len(toks)
    if len(found) != 1 or not found[0].position or not (end + 1 < n and bare(toks[end]) in ("dan", "serta")):
        return hit
    if ends_sentence(toks[end - 1]) or match_phrase(toks, end + 1, lx.position_heads()):
        return hit
    if _SINGLE_HOLDER.match(found[0].position):
        return hit  # "Bupati Gianyar X dan Y": a regency has one Bupati; Y is someone else
    p = parse_name(toks, end + 1)
    name, e2 = p[1], p[4]
    if not (len(name) >= 2 and valid_name(" ".join(name)) and valid_name(found[0].name) and not p[3]):
        return hit
    if any(bare(w) in lx.org_words() for w in name):
        return hit  # "... Gempa Bumi dan Tsunami Badan Meteorologi": the office goes on, no second person
    if e2 < n and (toks[e2] == "(" or (toks[e2] == "," and e2 + 1 < n and _office_head(toks, e2 + 1))):
        return hit  # the second person's own office follows
    return [*found, _mention(p, found[0].position)], e2


def _district_at(toks: list[str], j: int, extra: frozenset[str]) -> int:
    """Length of a sub-district (kecamatan) name at ``j``: after an office of that level
    ("Camat", "Kapolsek", "Danramil") such a name is the place, even where it could be a name
    (a longer known place wins: "Polewali Mandar")."""
    longer = match_place(toks, j, extra)
    for d in range(min(3, len(toks) - j), longer, -1):
        words = toks[j : j + d]
        if all(is_cap(w) for w in words) and " ".join(w.rstrip(".,") for w in words).lower() in lx.district_names():
            return d
    return 0


_BUILDINGS = frozenset(["kantor", "rumah", "rumdin", "pendopo", "pendapa", "gedung", "aula", "halaman", "rujab"])


def _acronym_closes_body(toks: list[str], j: int) -> int:
    """ "Komisioner Komisi Perlindungan Anak Indonesia (KPAI) Ratna Juwita Sembiring", "Koordinator
    Divisi Hukum dan Monitoring Peradilan ICW Yusuf Arifin Harahap": the body's acronym, in brackets
    or bare, closes the office when a name of two words or more (or a titled one) follows; the
    words before it, even unknown ones, belong to the office. Gives the office's end (``j`` when
    there is no such acronym)."""
    n = len(toks)
    t = j
    while t < min(n, j + 14):
        tok = toks[t]
        if match_phrase(toks, t, lx.ranks()) or (t > j and match_phrase(toks, t, lx.position_heads())):
            return j  # a rank ("AKBP") or a second office: the words before were a name, or nothing
        if tok == "(" and t + 2 < n and toks[t + 2] == ")" and (
            acronym_word(toks[t + 1]) or bare(toks[t + 1]) == "persero" or toks[t + 1][:1].isupper()
        ):
            end = t + 3
        elif acronym_word(tok) and t > j - 1:
            end = t + 1
        elif is_cap(tok) or bare(tok) in ("dan", "and", "of", "on", "for", "&", "serta"):
            if ends_sentence(tok) or is_pre_title(tok) or match_phrase(toks, t, lx.ranks()):
                return j
            t += 1
            continue
        else:
            return j
        if end < n and bare(toks[end]) == "tbk":
            end += 1  # "PT Bank Mandiri (Persero) Tbk"
        p = parse_name(toks, end)
        if _named(p) and valid_name(" ".join(p[1])) and (len(p[1]) >= 2 or p[0] or p[2] or p[3]):
            after = parse_name(toks, p[4] + 1)[1] if p[4] + 1 < n and toks[p[4]] == "," else []
            if not (after and valid_name(" ".join(after))):
                return end
            # "(Bapekam) Sungai Bakau Hilir, Zulkarnain": a place after the acronym, the name after the comma
        t = end
    return j


def _unit_code(toks: list[str], j: int) -> bool:
    """A council commission's letter ("Komisi B") or a military unit code ("Dandim 0420/Sarko"):
    part of the office, not a name."""
    if not 0 < j < len(toks):
        return False
    if re.fullmatch(r"[A-E]", toks[j]):
        return bare(toks[j - 1]) == "komisi"
    if re.fullmatch(r"[IVX]{1,4}", toks[j]):  # "Kasubdit I Indagsi ...", "Kanit II": a numbered section
        # ("Wakil Ketua II M Fadli": the council's second deputy)
        return bare(toks[j - 1]) in ("kasubdit", "subdit", "kanit", "panit", "unit", "kasubbag", "seksi", "ketua")
    return re.fullmatch(r"\d{2,4}/[A-Z][\w.-]*", toks[j]) is not None


_PARTY_WORDS = frozenset(
    ["pdi", "perjuangan", "pdip", "golkar", "gerindra", "nasdem", "pkb", "pks", "pan", "demokrat", "hanura", "ppp",
     "perindo", "psi", "gelora", "ummat", "pbb", "berkarya", "garuda", "keadilan", "sejahtera", "amanat", "nasional",
     "persatuan", "pembangunan", "kebangkitan", "bangsa", "solidaritas", "indonesia"]
)


def _office_tail(toks: list[str], j: int, extra: frozenset[str]) -> int:
    """The end of an office after the words that still belong to it: the member's party, the area it
    covers, "di" + the body, and "nonaktif"."""
    n = len(toks)
    j = _party_of_member(toks, j)
    j = _area_of_office(toks, j, extra)
    if j + 1 < n and toks[j] == "di" and (acronym_word(toks[j + 1]) or bare(toks[j + 1]) in lx.org_words()):
        j = extend_position(toks, j + 1, extra)  # "Direktur Penyidikan di Jampidsus Supardi": the body
    if j + 2 < n and bare(toks[j]) in ("nomor", "no") and bare(toks[j + 1]) == "urut" and toks[j + 2][:1].isdigit():
        j += 3  # "Calon Gubernur Sumatera Barat nomor urut 1 Mahyeldi": the candidate's ballot number
    if j < n and toks[j] in ("nonaktif", "non-aktif"):
        j += 1  # "Sekretaris BPPT Kota Semarang nonaktif A Zainuddin": the office held until suspended
    elif j + 1 < n and toks[j] == "non" and toks[j + 1] == "aktif":
        j += 2
    return j


def _party_of_member(toks: list[str], j: int) -> int:
    """ "Anggota DPRD Tanah Bumbu dari Partai Gerindra Sayono", "Anggota DPRD NTB dari PDI Perjuangan H
    Ruslan": the member's party or faction goes with the office."""
    n = len(toks)
    if not (j + 1 < n and toks[j] == "dari"):
        return j
    k = j + 1
    if bare(toks[k]) in ("fraksi", "partai"):
        k += 1
    e = k
    while e < min(n, k + 3) and is_cap(toks[e]) and bare(toks[e]) in _PARTY_WORDS:
        e += 1
    return e if e > k else j


def _area_of_office(toks: list[str], j: int, extra: frozenset[str]) -> int:
    """ "Koordinator PKH Kabupaten Cianjur bagian wilayah Kecamatan Pagelaran Ahmad Sofian": the
    area the office covers, in lower case words before an administrative unit, goes with it."""
    n = len(toks)
    k = j
    while k < min(n, j + 3) and toks[k] in ("bagian", "untuk", "wilayah", "di"):
        k += 1
    if k == j or toks[k - 1] != "wilayah" or not (k < n and is_cap(toks[k]) and bare(toks[k]) in _ADMIN_UNITS):
        return j
    return extend_position(toks, k + 1, extra)


def _office_selaku_role(toks: list[str], i: int, j: int) -> _Hit | None:
    """ "Kasubdit I Indagsi Ditreskrimsus Polda Jateng selaku Satgas Pangan, AKBP Egy Andriansuez": an
    office, the role held with it, then the holder after a comma; the office is the position."""
    n = len(toks)
    if not (j < n and toks[j] == "selaku"):
        return None
    c = j + 1
    while c < min(n, j + 8) and is_cap(toks[c]) and not ends_sentence(toks[c]):
        c += 1
    if c == j + 1 or not (c + 1 < n and toks[c] == ","):
        return None
    p = parse_name(toks, c + 1)
    if not (p[1] and (p[3] or p[2] or p[0] or len(p[1]) >= 2) and valid_name(" ".join(p[1]))):
        return None
    return [_mention(p, join_tokens(toks[i:j]))], p[4]


def _office_held_then(toks: list[str], i: int, j: int) -> tuple[_Hit | None, int]:
    """ "Camat Kikim Timur saat itu, Darwin Effendi": the office held then (an unknown place may
    stand before "saat itu"), or "Anggota Komisi IV lainnya, X"; the name follows the comma. Gives
    the hit, or the office's end."""
    n = len(toks)
    t = j
    while t < min(n, j + 6) and (is_cap(toks[t]) or toks[t] in ("(", ")")) and not ends_sentence(toks[t]):
        t += 1
    if t + 1 < n and bare(toks[t]) in ("lainnya", "setempat") and toks[t + 1] == ",":
        comma = t + 1  # "Anggota Komisi IV lainnya, Yusuf Habibullah": another holder of the office
        if bare(toks[t]) == "setempat":  # "Kepala Desa setempat, Sahnan": the office of this place
            t += 1
    elif t + 2 < n and bare(toks[t]) in ("saat", "ketika", "kala", "waktu") and bare(toks[t + 1]) == "itu":
        comma = t + 2
    else:
        return None, j
    if toks[comma] == ",":
        p = parse_name(toks, comma + 1)
        if _named(p) and valid_name(" ".join(p[1])):
            return ([_mention(p, join_tokens(toks[i:t]))], p[4]), t
    return None, t


def _name_in_parentheses(toks: list[str], i: int, j: int) -> _Hit | None:
    """ "Kepala Dinas Pendidikan (Drs. H. Sumarno, M.Pd)", "Bupati Lahat (Cik Ujang)": the name
    in parentheses after the office (a short form such as "(Disdik)" is not a name)."""
    n = len(toks)
    t = j
    while t < min(n, j + 4) and is_cap(toks[t]) and not ends_sentence(toks[t]):
        t += 1
    if not (t < n and toks[t] == "("):
        return None
    hons, name, degrees, rank, end = parse_name(toks, t + 1)
    if not (end < n and toks[end] == ")" and name and (len(name) >= 2 or hons or degrees or rank)):
        return None
    if not valid_name(" ".join(name)):
        return None
    return [_mention((hons, name, degrees, rank, end), join_tokens(toks[i:t]))], end + 1


def _loose_office_end(toks: list[str], j: int, extra: frozenset[str], place_head: bool) -> int:
    """Unknown capitalised words after the office belong to it when a comma and a name follow
    (a lone word after the comma only when those words name a place or a body: "Kepala Desa Lubuk
    Raman, Mursalin", "Ketua Kelompok Tani Ngudi Makmur, Karto", not "Ketua Majelis Hakim Rudi
    Hartanto, Joko mengaku")."""
    n = len(toks)
    loose = loose_end(toks, j)
    if not (j < loose < n and toks[loose] == ","):
        return j
    p = parse_name(toks, loose + 1)
    name, e2 = p[1], p[4]
    if name and bare(name[0]) in ("pimpinan", "jajaran", "unsur"):
        return j  # "Sekda Firman Wijaya, Pimpinan DPRD": a list of offices goes on, no name after the comma
    # up to three unknown words, or six when they hold a village or district ("Ketua KWT Melati Desa
    # Sri Kembang, Sulastri (44)")
    span = 6 if any(bare(t) in _ADMIN_UNITS for t in toks[j:loose]) else 3
    # the words before the comma name a place or a body ("Kelompok Tani Ngudi Makmur"), not a person
    body_named = (
        place_head
        or any(bare(t) in lx.org_words() or t[0].isdigit() for t in toks[j - 1 : loose])
        or any(bare(t) in _ADMIN_UNITS for t in toks[max(0, j - 3) : loose])  # "RT 04 Kelurahan Taba Jemekeh,"
        or toks[j - 1] == ")"  # "(Bapekam) Sungai Bakau Hilir, Zulkarnain": after the body's acronym, its place
    )
    if _named(p) or (  # "Kepala Desa Lubuk Raman, Mursalin, mengaku"
        name
        and body_named
        and loose - j <= span
        and not name[0].isupper()
        and not split_degree_token(name[0])
        and (
            e2 >= n
            or toks[e2] in (",", ".")
            or toks[e2].islower()
            or ends_sentence(toks[e2 - 1])  # "... dan Lurah Jepitu, Wagiyono."
            or (toks[e2] == "(" and _aged_at(toks, e2))
        )
        and not lx.is_known_place(name[0])
        and name[0].lower() not in extra
    ):
        return loose
    return j


def _name_after_colon(toks: list[str], i: int, j: int) -> _Hit | None:
    """ "Kepala Dinas Pertanian: Otnial Neonane, Kepala Dinas Sosial: ...": in an attendance list the
    name follows its office after a colon."""
    n = len(toks)
    if not (j + 1 < n and toks[j] == ":" and j > i):
        return None
    p = parse_name(toks, j + 1)
    e = p[4]
    if len(p[1]) < 2 or not (e >= n or toks[e] in (",", ".", ";") or ends_sentence(toks[e - 1])):
        return None
    if not valid_name(" ".join(p[1])) or any(bare(w) in lx.org_words() for w in p[1]):
        return None
    return [_mention(p, join_tokens(toks[i:j]))], e


def _address_then_name(toks: list[str], i: int, j: int) -> _Hit | None:
    """ "Kepala Desa (Kades) Pulosari, Kecamatan Jatibarang, Kabupaten Brebes, Nuralim mengeluhkan":
    the village's address in clauses set off by commas, then the holder's name; the office is the
    village's (its one or two words before the first comma included)."""
    n = len(toks)
    end = j
    if not any(bare(t.strip("()")) in _VILLAGE_HEADS for t in toks[i:j]):
        return None
    while end < min(n, j + 2) and is_cap(toks[end]) and name_tok(toks[end]):
        end += 1  # ("Kepala Desa (Kades) Pulosari,": the village's name after the short form)
    k, clauses = end, 0
    while k + 2 < n and toks[k] == "," and all(bare(u) in _ADMIN_UNITS for u in toks[k + 1].split("/")):
        t = k + 2
        while t < min(n, k + 5) and is_cap(toks[t]) and not ends_sentence(toks[t]):
            t += 1
        if t == k + 2 or (t < n and ends_sentence(toks[t])):
            return None
        k, clauses = t, clauses + 1
    if not clauses or not (k + 1 < n and toks[k] == ","):
        return None
    p = parse_name(toks, k + 1)
    e = p[4]
    verb = e < n and toks[e].islower() and bool(_VERB.match(toks[e]) or SPEECH_RE.match(toks[e]))
    if not p[1] or e >= n or not (toks[e] == "," or verb):
        return None
    if lx.is_known_place(" ".join(p[1])) or bare(p[1][0]) in _ADMIN_UNITS or not valid_name(" ".join(p[1])):
        return None
    return [_mention(p, join_tokens(toks[i:end]))], e


def _aged_at(toks: list[str], k: int) -> bool:
    """ "(44)" at ``k``: a person's age."""
    return k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" and bool(re.fullmatch(r"\d{1,2}", toks[k + 1]))


def _office_with_qualifier(toks: list[str], i: int, j: int) -> _Hit | None:
    """ "Anggota DPRD Kukar dari daerah pemilihan Muara Kaman, Hj. Siti Rahmah": the qualifier is
    dropped, the office is what stands nearest the name; a faction ("dari Fraksi PKB") is kept."""
    n = len(toks)
    if j + 1 < n and toks[j] == "di" and is_cap(toks[j + 1]):
        # "Konsul Australia di Kupang, Rebecca Whitfield": where the office sits is part of it
        c = next((t for t in range(j + 1, min(n, j + 5)) if not is_cap(toks[t]) or ends_sentence(toks[t])), None)
        if c is not None and toks[c] == ",":
            p = parse_name(toks, c + 1)
            if len(p[1]) >= 2 and valid_name(" ".join(p[1])):
                return [_mention(p, join_tokens(toks[i:c]))], p[4]
        return None
    if not (j < n and bare(toks[j]) in ("dari", "asal", "fraksi", "dapil")):
        return None
    faction = bare(toks[j]) == "fraksi" or (j + 1 < n and bare(toks[j + 1]) == "fraksi")
    c = next((t for t in range(j + 1, min(n, j + 12)) if toks[t] in (",", ".") or ends_sentence(toks[t])), None)
    if faction and (c is None or toks[c] != ","):
        # "Wakil Ketua Komisi V DPR RI dari Fraksi Partai Golkar Teguh Prasetya Manullang": no comma;
        # the faction's name (one word, or the party's after "Partai"), then the name
        f = j + (bare(toks[j]) != "fraksi") + 1
        f += 2 if f + 1 < n and bare(toks[f]) == "partai" else 1
        p = parse_name(toks, f)
        if f < n and len(p[1]) >= 2 and valid_name(" ".join(p[1])):
            return [_mention(p, join_tokens(toks[i:f]))], p[4]
        return None
    if c is None or toks[c] != ",":  # (the qualifier may close the sentence: "dari Fraksi Gerindra.")
        return None
    p = parse_name(toks, c + 1)
    lone = (  # "..., dari daerah pemilihan III, Junaidi, meminta": one word closed by a comma
        len(p[1]) == 1
        and p[4] < n
        and toks[p[4]] in (",", ".")
        and not lx.is_known_place(p[1][0])
        and not acronym_word(p[1][0])
    )
    if (_named(p) or lone) and valid_name(" ".join(p[1])):
        # a faction is part of the office ("Anggota DPRD Luwu dari Fraksi Nasdem"), a district is not
        return [_mention(p, join_tokens(toks[i : c if faction else j]))], p[4]
    return None


def _name_after_office(toks: list[str], i: int, pos_end: int, place_head_end: int) -> _Hit:
    """The name after an office ending at ``pos_end``, with the boundary between them mended.

    ``place_head_end`` is where an office that takes a place ("Camat", "Bupati") ends, else -1.
    """
    n = len(toks)
    comma = pos_end < n and toks[pos_end] == ","
    r = pos_end  # "Kepala Desa Selatbaru, Kecamatan Bantan, Hamdan Yusuf": the office's place runs to the comma
    while r < min(n, pos_end + 3) and is_cap(toks[r]) and not ends_sentence(toks[r]):
        r += 1
    if (
        r + 1 < n
        and toks[r] == ","
        and bare(toks[r + 1]) in _ADMIN_UNITS
        and (hit := _name_after_admin_unit(toks, r + 1, join_tokens(toks[i:r])))
    ):
        return hit
    if comma:  # "Bupati Bengkayang, Kalimantan Barat, Suryadman Gidot": the province set off by commas
        r = pos_end + 1
        while r < min(n, pos_end + 4) and is_cap(toks[r]) and not ends_sentence(toks[r]):
            r += 1
        if (
            r > pos_end + 1
            and r < n
            and toks[r] == ","
            and lx.is_known_place(" ".join(toks[pos_end + 1 : r]), districts=False)
            and (hit := _name_after_admin_unit(toks, pos_end, join_tokens(toks[i:pos_end])))
        ):
            return hit
    hons, name, degrees, rank, end = parse_name(toks, pos_end + 1 if comma else pos_end)
    # "Ketua DPRD periode 2019-2024 Andi": the term belongs to the position
    if (
        name
        and len(name) <= 2
        and end + 1 < n
        and bare(toks[end]) == "periode"
        and re.fullmatch(r"\d{4}(?:-\d{4})?", toks[end + 1])
    ):
        h2, n2, d2, r2, e2 = parse_name(toks, end + 2)
        if n2:
            pos_end, hons, name, degrees, rank, end = end + 2, h2, n2, d2, r2, e2
    # "Kepala SDN Cempaka Putih 01 Rosmawati Siregar": a unit number closes the office
    if name and len(name) <= 3 and end + 1 < n and re.fullmatch(r"\d{1,3}|[IVX]{1,4}", toks[end]):
        h2, n2, d2, r2, e2 = parse_name(toks, end + 1)
        if n2 and (len(n2) >= 2 or h2 or d2 or r2):
            pos_end, hons, name, degrees, rank, end = end + 1, h2, n2, d2, r2, e2
    # "Wakil Menteri Pendidikan Dasar dan Menengah Prof. Dr. X": the office goes on up to the title
    if name and len(name) <= 2 and not (hons or degrees or rank) and end + 2 < n and bare(toks[end]) in ("dan",):
        t = end + 1
        while (
            t < min(n, end + 4)
            and is_cap(toks[t])
            and not (is_pre_title(toks[t]) or match_phrase(toks, t, lx.ranks()))
            and not match_phrase(toks, t, lx.position_heads())
        ):
            t += 1
        if t > end + 1 and t < n and (is_pre_title(toks[t]) or match_phrase(toks, t, lx.ranks())):
            h2, n2, d2, r2, e2 = parse_name(toks, t)
            if n2:
                pos_end, hons, name, degrees, rank, end = t, h2, n2, d2, r2, e2
    # "Kapolsek Sukaraja Kompol Birman": unknown words before a title belong to the position
    bodyish = any(bare(w) in lx.org_words() for w in name)  # "Direktur Tindak Pidana Umum Bareskrim Polri Brigjen"
    if (
        name
        and (len(name) <= 4 or (bodyish and len(name) <= 7))
        and end < n
        and (is_pre_title(toks[end]) or match_phrase(toks, end, lx.ranks()))
    ):
        h2, n2, d2, r2, e2 = parse_name(toks, end)
        if n2:
            pos_end, hons, name, degrees, rank, end = end, h2, n2, d2, r2, e2
    # "Walikota Cekmekoy, Ahmet Poyraz": a lone unknown word before a comma is position (also a
    # field noun: "Kabid Kedaruratan, Tamrin")
    if name and len(name) == 1 and end < n and toks[end] == ",":
        h2, n2, d2, r2, e2 = parse_name(toks, end + 1)
        if (
            n2
            and (len(n2) >= 2 or h2 or d2 or r2 or lx.is_known_place(name[0]) or NOUN_LIKE.match(name[0]))
            and (e2 >= n or not is_cap(toks[e2]) or toks[e2] == ",")
        ):
            pos_end, hons, name, degrees, rank, end = end, h2, n2, d2, r2, e2
    elif (
        name
        and 3 <= len(name) <= 4
        and pos_end == place_head_end
        and not (hons or rank or (pos_end < n and is_pre_title(toks[pos_end])))  # ("Gubernur dr. Reny A. X")
    ):
        shift = len(name) - 2  # unknown place before a two-word name
        pos_end += shift
        name = name[shift:]
    elif (
        name
        and len(name) == 3
        and place_head_end > 0
        and pos_end == place_head_end + 1
        and bare(toks[place_head_end - 1]) == "kota"
        and not lx.is_known_place(toks[place_head_end])
        and not (hons or rank)
    ):
        pos_end, name = pos_end + 1, name[1:]  # "Wali Kota Lembah Hijau Ahmad Fauzan": the city's second word
    if (  # "Kepala SDN 2 Pamulihan Enok Rohayati": a school's number, then its place (or no number:
        name  # "Kasek SDN Usiloa Evictoria Bengu")
        and len(name) >= 3
        and not (hons or rank)
        and pos_end >= 2
        and (
            (toks[pos_end - 1].isdigit() and re.fullmatch(r"(?:SD|SMP|SMA|SMK|MI|MTs|MA)N?", toks[pos_end - 2]))
            or re.fullmatch(r"(?:SD|SMP|SMA|SMK|MTs)N", toks[pos_end - 1])
        )
        and pos_end < n
        and toks[pos_end] == name[0]
    ):
        pos_end, name = pos_end + 1, name[1:]
    if (
        name
        and len(name) >= 3
        and not (hons or rank)
        and bare(name[0]) in _NUMBER_WORDS
        and pos_end < n
        and toks[pos_end] == name[0]
    ):
        pos_end, name = pos_end + 1, name[1:]  # "Kepala Desa Kuala Dua Hasanuddin Usman": a number word ends the place
    start = pos_end + 1 if comma and pos_end < n and toks[pos_end] == "," else pos_end
    at_start = [t.rstrip(".") for t in toks[start : start + len(name)]] == name
    acronyms = [t for t, w in enumerate(name) if acronym_word(w)]
    if acronyms and at_start:
        # "Wakil Ketua Fraksi Partai Demokrat DPR RI Didik Mukrianto": the body ends at its acronym
        cut = acronyms[-1] + 1
        while cut < len(name) and name[cut].isupper() and len(name[cut]) == 2:
            cut += 1  # "DPR RI"
        pos_end, name = start + cut, name[cut:]
        start = pos_end
    bodies = [
        t
        for t, w in enumerate(name[:-2])
        if t > 0 and (bare(w) in COMPANY_TAILS or lx.is_known_place(w.rstrip("."), districts=False))
    ]  # ("I Gusti Agung Ketut Suryanegara": "Agung" here opens no body)
    bodies += [  # "Ketua Gemawira Pulau Belitung Haryanto", "Kades Tambun Selatan Suryadi": a place ends the body
        t
        for t, w in enumerate(name[:-1])
        if t > 0
        and (
            (bare(name[t - 1]) in _ADMIN_UNITS | {"pulau"} and lx.is_known_place(w.rstrip("."), districts=False))
            or bare(w) in _DIRECTIONS
        )
    ]
    if bodies and at_start and valid_name(" ".join(name[max(bodies) + 1 :])):
        cut = max(bodies) + 1  # "Partner Sinar Capital Dedi Wiranata": the body's word ends its name
        pos_end, name = start + cut, name[cut:]
    if (
        at_start
        and 3 <= len(name) <= 5
        and not (hons or degrees or rank)
        and (bare(name[0]) in _BASIN_BODIES or (len(name) <= 4 and bare(toks[start - 1]) in _BASIN_BODIES))
    ):
        # "Kepala BBWS Pemali Juana Andreas Wibisono": a river basin's name, then a two-word name
        cut = len(name) - 2
        pos_end, name = start + cut, name[cut:]
    if name and pos_end - 1 > i and toks[pos_end - 1] in ("HM", "HL") and not (hons or rank):
        # "Sekda HL Firman Wijaya": not a body's acronym but Haji and the initial of Lalu/Muhammad
        pos_end -= 1
        hons, name = ["H"], [toks[pos_end][-1], *name]
    position = join_tokens(toks[i:pos_end])
    if name and ends_sentence(toks[pos_end - 1]):
        name = []  # the office closed the sentence; the next word starts another one
    if (
        name
        and not (hons or degrees or rank)
        and end + 1 < n
        and toks[end] == ","
        and bare(toks[end + 1]) in _ADMIN_UNITS
    ):
        name = []  # "Kepala Desa Teluk Kemang Ulu, Kecamatan Pelawan": a place, not a name
    if (
        len(name) == 1
        and not (hons or degrees or rank)
        and end + 2 < n
        and toks[end] == ","
        and re.fullmatch(r"[A-Z]{2,4}", toks[end + 1])
        and toks[end + 2] in (",", "(")
    ):
        name = []  # "Kades Ketangi, APS, sebagai tersangka": the village; the holder is known by initials
    if name:
        return [_mention((hons, name, degrees, rank, end), position)], end
    return [], max(pos_end, i + 1)


_DIRECTIONS = frozenset(["selatan", "utara", "timur", "barat", "tengah", "hilir", "hulu", "ilir", "kidul", "lor"])


def _name_after_admin_unit(toks: list[str], u: int, position: str) -> _Hit | None:
    """ "Kepala Desa Selatbaru, Kecamatan Bantan, Hamdan Yusuf, menyebut": the district is set off
    between the office and the name (the office as written before it is the position)."""
    n = len(toks)
    c = u + 1
    while c < min(n, u + 5) and is_cap(toks[c]) and not ends_sentence(toks[c]):
        c += 1
    if not (c > u + 1 and c < n and toks[c] == ","):
        return None
    if c + 1 < n and bare(toks[c + 1]) in _ADMIN_UNITS:
        return _name_after_admin_unit(toks, c + 1, position)  # ", Kecamatan Cibadak, Kabupaten Sukabumi,"
    hons, name, degrees, rank, end = parse_name(toks, c + 1)
    lone = (  # ", Kabupaten Kendal, Sutarno, melantik": one word set off by commas before a verb
        len(name) == 1  # (or right before a speech verb: ", Kabupaten Magelang, Mantep menambahkan")
        and end + 1 < n
        and ((toks[end] == "," and toks[end + 1].islower()) or bool(SPEECH_RE.match(toks[end])))
        and not lx.is_known_place(name[0])
    )
    if not (name and (len(name) >= 2 or hons or degrees or rank or lone) and valid_name(" ".join(name))):
        return None
    if end < n and not (
        toks[end] in ",." or SPEECH_RE.match(toks[end]) or toks[end] == "(" or (len(name) >= 2 and toks[end].islower())
    ):
        return None
    return [_mention((hons, name, degrees, rank, end), position)], end


# --- rule family 2: a role word, then the name ("warga Desa X, Sulaiman (61)") ---


def _role_word(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    n = len(toks)
    k = match_phrase(toks, i, lx.role_words(), cap=False)
    at_start = i == 0 or toks[i - 1].endswith((".", "!", "?")) or toks[i - 1] in ('"', "“", "”")
    if not k and at_start and is_cap(toks[i]):
        k = match_phrase(toks, i, lx.sentence_roles(), cap=False)  # "Penenun Rosminah (52) ..."
    if k and (hit := _role_at_titled_name(toks, i, i + k, extra)):
        return hit
    if not k or (is_cap(toks[i]) and not at_start):
        return None
    j = i + k
    while j < n and (bare(toks[j]) in ("setempat", "asal") or toks[j] == ","):
        j += 1
    village = False
    if j < n and (bare(toks[j]) in _VILLAGE_UNITS or bare(toks[j]) in _PLACE_PREFIXES) and is_cap(toks[j]):
        v = j + 1  # "Warga Pekon Tirom, Sulaiman (61)": the village, then the name
        while v < n and is_cap(toks[v]) and v - j <= 3:
            v += 1
        if v < n and toks[v] == ",":
            j, village = v + 1, True
        elif (bali := next((t for t in range(j + 2, v) if balinese_name_at(toks, t)), None)) is not None:
            j, k, village = bali, bali - i, True  # "Warga Desa Batuan I Wayan Sudira": a Balinese name ends the village
    p = parse_name(toks, j)
    hons, name, degrees, rank, end = p
    if village and end + 1 < n and (bare(toks[end]) in ("dan", "serta") or toks[end] == ",") and is_cap(toks[end + 1]):
        while end < n and (is_cap(toks[end]) or toks[end] == "," or bare(toks[end]) in ("dan", "serta")):
            end += 1
        return [], end  # "Warga Desa Pundu, Tumbang Koling dan Bukit Raya": a list of villages
    bali = next((t for t in range(j + 1, end) if balinese_name_at(toks, t)), None)
    if bali is not None and not is_pre_title(toks[bali - 1]):
        # "Politikus PDI Perjuangan I Ketut Ariawan": the party goes with the role, the name is Balinese
        # ("Warga Desa Batuan I Wayan Sudira": so does the village)
        k = bali - i
        p = parse_name(toks, bali)
        hons, name, degrees, rank, end = p
    elif name and (
        (bare(name[0]) in lx.org_words() and not sasak_name_at(toks, j)) or _named_body_word(toks, j + len(hons))
    ):
        name = []  # "peneliti Koalisi Pemantau ...", "pegawai PDAM Tirta Anugrah": a body, not a name
    for w in (2, 1):  # "Aktris Korea Selatan Cha Yoo-rim": the country or town goes with the role
        if len(name) > w and lx.is_known_place(" ".join(name[:w]), districts=False):
            if len(name) == w + 1 and not (hons or degrees or rank) and i > 0 and toks[i - 1] == ",":
                return [], end  # "Rosmawati (41), warga Medan Johor, ...": a town and its district
            k += w
            name = name[w:]
            p = (hons, name, degrees, rank, end)
            break
    aged = end + 2 < n and toks[end] == "(" and toks[end + 2] == ")" and toks[end + 1].isdigit()
    ok = (
        name
        and valid_name(" ".join(name))
        and (
            len(name) >= 2
            or hons
            or degrees
            or aged
            or (end < n and (toks[end] in ",.;" or SPEECH_RE.match(toks[end])))
            or (end + 1 < n and bare(toks[end]) in ("juga", "pun") and SPEECH_RE.match(toks[end + 1]))
            or (village and end < n and bare(toks[end]) == "yang")  # "Warga X, Samsudin yang ikut ..."
        )
    )
    if ok and len(name) == 1 and not (hons or degrees or rank) and end < n and toks[end] == ",":
        later = parse_name(toks, end + 1)[1]
        ok = not (len(later) >= 2 and valid_name(" ".join(later)))  # "Warga Sukamaju, Asep Kurnia"
        # "warga Arso, Kabupaten Keerom": a place and its regency, not a name
        ok = ok and not (end + 1 < n and bare(toks[end + 1]) in _ADMIN_UNITS | _VILLAGE_UNITS)
    if ok:
        role = " ".join(toks[i : i + k])
        if office := _appositive_office(toks, end):  # "Saksi pertama, X, Direktur CV Y, mengaku"
            return [_mention(p, office[0], note=role)], office[1]
        return [_mention(p, None, note=role)], end
    return _described_role(toks, i, k, j)


def _role_at_titled_name(toks: list[str], i: int, j: int, extra: frozenset[str]) -> _Hit | None:
    """ "Dosen Fakultas Hukum Universitas Sriwijaya Dr. Firman Muntaqo": a role tied to a body is
    the position when a title, a rank or a comma sets the name off from the body."""
    n = len(toks)
    if bare(toks[i]) not in ROLE_WITH_POSITION:
        return None
    while j < min(n, i + 4) and toks[j].islower() and toks[j].isalpha() and not _VERB.match(toks[j]):
        j += 1  # "Pengamat kebijakan publik Universitas Trisakti Dr. X": the field, then the body
    if not (j < n and is_cap(toks[j]) and (bare(toks[j]) in lx.org_words() or acronym_word(toks[j]))):
        return None
    if (a := _acronym_closes_body(toks, j)) > j:  # "Peneliti ICW Dewi Anggraeni Saputri"
        a += _named_body_word(toks, a)  # ("pegawai PDAM Tirta Anugrah": the company's name)
        p = parse_name(toks, a)
        return [_mention(p, join_tokens(toks[i:a]))], p[4]
    e = j
    while (
        e < min(n, j + 10)
        and (is_cap(toks[e]) or toks[e] in ("(", ")"))
        and not (is_pre_title(toks[e]) or match_phrase(toks, e, lx.ranks()) or ends_sentence(toks[e]))
    ):
        e += 1
    if not (e < n and (toks[e] == "," or is_pre_title(toks[e]) or match_phrase(toks, e, lx.ranks()))):
        return None
    p = parse_name(toks, e + 1 if toks[e] == "," else e)
    if _named(p) and valid_name(" ".join(p[1])):
        return [_mention(p, join_tokens(toks[i:e]))], p[4]
    return None


def _appositive_office(toks: list[str], end: int) -> tuple[str, int] | None:
    """(office, end) set off after a name: in brackets, a role tied to a body, or ", <office>"."""
    if after := _office_after_name(toks, end):
        return after
    if end + 1 < len(toks) and toks[end] == "," and match_phrase(toks, end + 1, lx.position_heads()):
        pe = loose_end(toks, end + 1)
        return join_tokens(toks[end + 1 : pe]).rstrip("."), pe
    if end + 2 < len(toks) and toks[end] == "," and bare(toks[end + 1]) == "yang":
        # "Saksi pertama, Wiwik, yang saat proyek berjalan menjabat Bendahara ..., mengaku"
        k = end + 2
        while k < min(len(toks), end + 5) and bare(toks[k]) in _FILLERS:
            k += 1
        k = _clause_verb(toks, k)
        if bare(toks[k]) == "menjabat":
            s0 = k + 2 if k + 1 < len(toks) and bare(toks[k + 1]) == "sebagai" else k + 1
            if match_phrase(toks, s0, lx.position_heads()):
                pe = loose_end(toks, s0)
                return join_tokens(toks[s0:pe]).rstrip("."), pe
    return None


def _described_role(toks: list[str], i: int, k: int, j: int) -> _Hit | None:
    """ "guru IPS MTsN 1 Kota Bekasi, Sukra" / "orang tua siswa kelas VIII, Mamik": a described
    role, a comma, then the name."""
    n = len(toks)
    comma = next((t for t in range(j, min(n, j + 9)) if toks[t] in (",", ".", '"', "“", "”")), None)
    if comma is None or toks[comma] != ",":
        return None
    if any(match_phrase(toks, t, lx.position_heads()) for t in range(j, comma)):
        return None  # "warga setempat sekaligus Ketua Masjid X, Name": an office
    if _in_place_list(toks, comma + 1):
        return None  # "warga dari Kelurahan A, B dan C": places, not a name
    p = parse_name(toks, comma + 1)
    name, end = p[1], p[4]
    if not (
        name
        and valid_name(" ".join(name))
        and (end >= n or not is_cap(toks[end]) or toks[end] in ",.(" or toks[end - 1].endswith("."))
    ):
        return None
    desc = toks[i:comma]
    if bare(toks[i]) in ROLE_WITH_POSITION and any(bare(t) in lx.org_words() or t.isupper() for t in desc[k:]):
        return [_mention(p, join_tokens(desc))], end
    if office := _appositive_office(toks, end):  # "Saksi pertama, X, Direktur CV Y, mengaku"
        return [_mention(p, office[0], note=join_tokens(desc))], office[1]
    return [_mention(p, None, note=join_tokens(desc))], end


# --- rule family 3: a title, degree or rank, then the name ("Dr. H. Ahmad", "AKBP Rudi") ---


def _titled_name(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    kind = is_pre_title(toks[i]) or (match_phrase(toks, i, lx.ranks()) and "rank")
    if not kind or not (i == 0 or not is_cap(toks[i - 1]) or toks[i - 1] == ","):
        return None
    p = parse_name(toks, i)
    if not p[1]:
        return None
    if p[4] < len(toks) and (hit := _name_comma_office(toks, i, p)) is not None:
        return hit  # "RD Fransiskus Saur, Pastor Paroki Santo Yosef Passue, menyebut"
    if p[4] < len(toks) and (hit := _name_as_office(toks, i, p)) is not None:
        return hit  # "Dra. Endang Susilowati dilantik sebagai Sekretaris Dinas Pendidikan"
    if p[4] < len(toks) and (hit := _name_office_no_comma(toks, i, p, extra)) is not None:
        return hit  # "H. Ikhsan Kepala Desa Tegal Maja mengatakan"
    after = _office_after_name(toks, p[4])
    return [_mention(p, after[0] if after else None)], after[1] if after else p[4]


# --- rule family 4: the agent of a passive verb ("dipimpin Rusdianto Akbar bersama ...") ---


def _passive_agent(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    n = len(toks)
    if not (_PASSIVE.match(toks[i]) or (toks[i] == "oleh" and i > 0 and toks[i - 1].startswith("di"))):
        return None  # ("ditemukan oleh Nadia Putri Ramadhani, yang ...": the agent of any passive verb)
    at = i + 1
    if at < n and bare(toks[at]) in ("langsung", "oleh", "sendiri"):
        at += 1  # "dipimpin langsung Mukhlis Fadillah", "dibuka oleh ..."
    if not (at + 1 < n and name_tok(toks[at]) and not match_phrase(toks, at, lx.position_heads())):
        return None
    p = parse_name(toks, at)
    name, end = p[1], p[4]
    if (
        len(name) >= 2
        and (
            end >= n
            or not (is_cap(toks[end]) or toks[end] in (",", "("))
            or ends_sentence(toks[end - 1])
            or (toks[end] == "," and end + 1 < n and bare(toks[end + 1]) == "yang")  # "oleh X, yang saat itu"
        )
        and not any(bare(t) in lx.org_words() or lx.is_known_place(t) for t in name)
    ):  # (an office after a comma or in brackets is left to the other rules)
        return [_mention(p, None)], end
    return None


# --- rule family 5: a name first, told apart by what follows it ---


# words that open a sentence before the speaker's name ("Menurut X,", "Diceritakan X (43), warga ...")
_OPENING_CUES = frozenset(
    ["menurut", "mewakili", "diceritakan", "dikatakan", "dijelaskan", "diungkapkan", "disampaikan", "ditambahkan",
     "ditegaskan", "dituturkan"]
)


def _name_first(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    """ "Muhammad Buldansyah, Wakil Presiden Direktur ..." / "Irsan Efendi Nasution berharap"."""
    if _PASSIVE.match(toks[i]):
        return None  # "Dipimpin Elias Mirip, warga ...": a passive verb opening the sentence, not a name
    # "Menurut Rudi Hartawan, Kepala ...": a sentence-opening cue before the name
    after_cue = i > 0 and (
        (bare(toks[i - 1]) in _OPENING_CUES and (i == 1 or ends_sentence(toks[i - 2])))
        or toks[i - 1] in ADDRESS_FORMS  # "Oma Dorkas Henuk (92)": a form of address, not part of the name
    )
    if not (name_tok(toks[i]) or given_hari_at(toks, i)) or not (
        i == 0 or not is_cap(toks[i - 1]) or toks[i - 1] in (",", "(") or ends_sentence(toks[i - 1]) or after_cue
    ):
        return None
    if i > 0 and bare(toks[i - 1]) == "alias":
        return None  # "Rahmat Saleh alias Ato (34)": a nickname of the person just named
    if _in_place_list(toks, i):
        return None  # "dari Kelurahan Guntung Manggis, Landasan Ulin Timur dan ...": places
    p = parse_name(toks, i)
    if p[1] and len(p[1]) == 1 and i > 0 and toks[i - 1] in ADDRESS_FORMS:
        # "Mbah Sarmi (76)": one name word after its form of address, given with age (the form is not
        # part of the name; the word may also name a place elsewhere)
        if not _aged_at(toks, p[4]):
            return None
        after = _office_after_name(toks, p[4]) or _appositive_office(toks, p[4] + 3)
        mention = _mention(p, after[0] if after else None)
        mention.sure = True
        return [mention], after[1] if after else p[4] + 3
    office_clause = (  # "Menurut Siti yang juga Anggota KPU ...": the one word with its office
        p[4] + 2 < len(toks)
        and bare(toks[p[4]]) == "yang"
        and bare(toks[p[4] + 1]) in ("juga", "merupakan")
        and bool(match_phrase(toks, p[4] + 2, lx.position_heads()))
    )
    if _one_word_then_role(toks, i, p):
        return [_mention(p, None)], p[4]
    if not p[1] or p[4] >= len(toks) or (after_cue and len(p[1]) < 2 and toks[p[4]] != "(" and not office_clause):
        return None  # ("Menurut Wamendikdasmen, ...": a short form of an office; "Menurut Darmawan
        # (Sekretaris APPAD)," is a name with its office)
    if len(p[1]) >= 2 and not valid_name(" ".join(p[1])):
        return None  # "rilis Humas Polres Sintang, Kapolres ...": a body, not a name; the office comes next
    aka = _nickname_end(toks, p[4])
    if aka:  # "Ahmad Junaidi alias Utuh Jun, relawan ...": what follows the nickname is said of him
        p = (*p[:4], aka)
    for rule in _AFTER_NAME if p[4] < len(toks) else ():  # (a nickname may close a cut text)
        if (hit := rule(toks, i, p, extra)) is not None:
            return hit
    if aka and len(p[1]) >= 2 and valid_name(" ".join(p[1])):
        return [_mention(p, None)], aka
    return None


def _one_word_then_role(toks: list[str], i: int, p: _Parsed) -> bool:
    """One name word, then what the person is, in lower case: after a speech verb ("Seperti yang
    dikatakan Robet warga Kampung X, ...") or before "salah satu" ("Di tempat lain, Siti salah satu
    pedagang di pasar itu mengatakan")."""
    n, e = len(toks), p[4]
    if len(p[1]) != 1 or i == 0 or e >= n:
        return False
    word = bare(p[1][0])
    if lx.is_known_place(p[1][0]) or word in lx.org_words() or word in lx.not_names():
        return False
    if bare(toks[i - 1]) in _OPENING_CUES - {"menurut", "mewakili"}:
        return bool(match_phrase(toks, e, lx.role_words(), cap=False))
    return (
        toks[i - 1] == ","
        and e + 2 < n
        and bare(toks[e]) == "salah"
        and bare(toks[e + 1]) in ("satu", "seorang")
        and bool(match_phrase(toks, e + 2, lx.role_words(), cap=False))
    )


def _nickname_end(toks: list[str], end: int) -> int:
    """End of " alias Utuh Jun" after a name (0 when there is none)."""
    if not (end + 1 < len(toks) and bare(toks[end]) == "alias" and is_cap(toks[end + 1])):
        return 0
    k = end + 1
    while k < len(toks) and k - end <= 3 and name_tok(toks[k]) and not ends_sentence(toks[k - 1]):
        k += 1
    return k


def _in_place_list(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` continues a list opened by an administrative unit ("Kelurahan A, B dan
    C", "Desa X dan Y") or by "fraksi"/"partai" and a party's short name."""
    n = len(toks)
    j = i - 1
    if j < 0 or not (toks[j] == "," or bare(toks[j]) in ("dan", "serta")):
        return False
    if toks[j] == ",":  # after a comma only when the list goes on ("A, B dan C"), not "Kota X, Name, kata"
        e = i
        while e < n and is_cap(toks[e]):
            e += 1
        if e + 2 < n and toks[e] == "," and bare(toks[e + 1]) in ("dan", "serta"):
            e += 1  # ("A, B, dan C")
        if not (e + 1 < n and (toks[e] == "," or bare(toks[e]) in ("dan", "serta")) and is_cap(toks[e + 1])):
            return False
    while j >= 0 and i - j <= 14 and (is_cap(toks[j]) or toks[j] == "," or bare(toks[j]) in ("dan", "serta")):
        if is_cap(toks[j]) and bare(toks[j]) in _VILLAGE_UNITS | _ADMIN_UNITS:
            return True
        j -= 1
    # "kata akhir fraksi PDIP, Golkar, ..., Repal Bangkit, dan Demokrat Sejahtera": parties, not people
    return j >= 0 and toks[j] in ("fraksi", "partai", "Fraksi", "Partai") and j + 1 < i and acronym_word(toks[j + 1])


def _not_a_place(name: list[str]) -> bool:
    return not any(lx.is_known_place(t, districts=False) for t in name)


def _aged_name(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Rohmat (45), warga ...": a person given with age; "Baiq Rahmawati (34), guru honorer di
    SDN 4 ..." keeps the office after it."""
    name, end = p[1], p[4]
    n = len(toks)
    if (  # "Ririn, 48, warga Dusun Sidoreno": the age set off by commas, then a role word
        end + 3 < n
        and toks[end] == ","
        and toks[end + 2] == ","
        and re.fullmatch(r"\d{1,2}", toks[end + 1])
        and match_phrase(toks, end + 3, lx.role_words(), cap=False)
        and _not_a_place(name)
    ):
        return [_mention(p, None, note=toks[end + 3])], end + 3
    if not (
        end + 2 < n
        and toks[end] == "("
        and toks[end + 2] == ")"
        and re.fullmatch(r"\d{1,2}", toks[end + 1])
        and _not_a_place(name)
        and not (len(name) == 1 and bare(name[0]) in _NUMBER_WORDS)  # "Enam (6) BUMDes": a number spelt out
    ):
        return None
    after = _office_after_name(toks, end) or _appositive_office(toks, end + 3)  # "X (57), Ketua RT 11 ..."
    return [_mention(p, after[0] if after else None)], after[1] if after else end + 3


def _appositive_name(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Peserta pelatihan dari Dinas X, Rina Marlina, mengaku ...": a name set off by commas
    before a speech verb."""
    end = p[4]
    if (
        end + 1 < len(toks)
        and toks[end] == ","
        and i > 0
        and toks[i - 1] == ","
        and (SPEECH_RE.match(toks[end + 1]) or bare(toks[end + 1]) in _APPOS_VERBS)
        and _not_a_place(p[1])
    ):
        return [_mention(p, None)], end
    return None


def _name_then_office(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """An office right after the name ("Andi (Kadis PUPR)", "Andi selaku Camat ...")."""
    if after := _office_after_name(toks, p[4]):
        return [_mention(p, after[0])], after[1]
    return None


def _name_office_no_comma(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Fahkri Husaini Pelatih Timnas Indonesia U-16 mengatakan": a capitalised office right after
    a two-word name (or one word after a title: "H. Ikhsan Kepala Desa Tegal Maja mengatakan"),
    without a comma, and a verb or a comma after the office."""
    e = p[4]
    if len(p[1]) < (1 if p[0] else 2) or e >= len(toks) or not is_cap(toks[e]) or not _office_head(toks, e):
        return None
    hit = _office_first(toks, e, extra)
    if hit is None or hit[0] or hit[1] >= len(toks) or hit[1] - e < 2:
        return None
    after = toks[hit[1]]
    if not (after == "," or (after.islower() and (_VERB.match(after) or SPEECH_RE.match(after)))):
        return None
    return [_mention(p, join_tokens(toks[e : hit[1]]))], hit[1]


def _described_name(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Helen Bond, wanita yang ...", "Rahmat, siswa kelas VIII ...": a described person."""
    name, end = p[1], p[4]
    d = end + 1
    if d + 1 < len(toks) and toks[d] in ("salah", "juga", "seorang"):
        d += 2 if toks[d] == "salah" and toks[d + 1] in ("satu", "seorang") else 1  # "Sisil, salah satu pegawai"
    if (
        toks[end] == ","
        and d < len(toks)
        and (bare(toks[d]) in _DESCRIPTORS or match_phrase(toks, d, lx.role_words(), cap=False))
        and (len(name) >= 2 or name[0].lower() not in ner.common_words())
        and _not_a_place(name)
    ):
        return [_mention(p, None, note=toks[d])], d + 1
    return None


def _name_comma_office(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Muhammad Buldansyah, Wakil Presiden Direktur PT X"."""
    hons, name, degrees, rank, end = p
    n = len(toks)
    h = end + 1
    if toks[end] == "," and h + 1 < n and bare(toks[h]) in ("selaku", "sekaligus"):
        h += 1  # "Rudi, selaku Kepala Dinas ..."
    elif toks[end] == "," and h + 2 < n and bare(toks[h]) == "yang" and bare(toks[h + 1]) == "juga":
        h += 2  # "Rudi, yang juga Ketua DPD ..."
    if not (toks[end] == "," and h < n):
        return None
    k = _office_head(toks, h)
    if not k and h + 2 < n and bare(toks[h + 1]) == "sekaligus":  # "X, founder sekaligus CEO Y"
        k = match_phrase(toks, h, lx.position_heads(), cap=False)
    if not k and bare(toks[h - 1]) == "selaku" and is_cap(toks[h]):
        # "Rasyid, selaku Komite Disiplin dan Penyelenggara Teknis": what "selaku" names is the role
        e = h
        while e < min(n, h + 8) and (
            is_cap(toks[e]) or (toks[e] in ("dan", "serta") and e + 1 < n and is_cap(toks[e + 1]))
        ):
            if ends_sentence(toks[e]):
                e += 1
                break
            e += 1
        return [_mention(p, join_tokens(toks[h:e]).rstrip("."))], e
    if not k:
        return None
    pe = loose_end(toks, h + k)  # (the head may be lower case: ", anggota Komisi IV DPRD")
    if pe == h + k and pe + 1 < n and bare(toks[pe]) == "sekaligus" and (k2 := _office_head(toks, pe + 1)):
        pe = loose_end(toks, pe + 1 + k2)  # "pendiri sekaligus Ketua Yayasan X": two offices, one person
    if pe + 1 < n and bare(toks[pe]) == "dari" and bare(toks[pe + 1]) == "fraksi":
        pe = loose_end(toks, pe + 1)  # "..., anggota Komisi IV dari Fraksi Gerindra": the faction
    if len(name) == 1 and not (hons or degrees or rank) and _holds_name(toks, end + 1, pe):
        # "Pemateri, Kabag Elisabeth Lenggu, menjelaskan": the appositive names the person; the
        # lone word before it is a role noun, not a name
        return [], end + 1
    if (before := _office_before(toks, i)) and _named_after_comma(toks, pe):
        # "..., bupati terpilih, Yosef Lede, Ketua Majelis Sinode, Pdt Samuel Pandie, ...": a list of
        # offices each before its holder; this name's office is the one before it
        return [_mention(p, before)], end
    if holder := _titled_holder_at(toks, pe):
        # "Senada, anggota Komisi III dari Fraksi PPP H. Zainal Lubis": the office after the comma
        # is the next person's, who holds it with a title before the name
        first = [_mention(p, None)] if _named(p) else []  # ("Senada, ...": one bare word opens the sentence)
        return [*first, _mention(holder, join_tokens(toks[h:pe]))], holder[4]
    return [_mention(p, join_tokens(toks[h:pe]))], pe


def _office_before(toks: list[str], i: int) -> str | None:
    """The office between the comma before ``toks[i]`` and the comma (or list opening) before that:
    "bupati terpilih" in "Pj Bupati Kupang, Alexon Lumba, bupati terpilih, Yosef Lede"."""
    if not (i >= 3 and toks[i - 1] == ","):
        return None
    s = i - 2
    while s > 0 and i - 2 - s < 8 and toks[s - 1] != "," and not ends_sentence(toks[s - 1]):
        s -= 1
    if s == 0 or toks[s - 1] != ",":
        return None
    phrase = toks[s : i - 1]
    if not match_phrase(phrase, 0, lx.position_heads(), cap=False) or any(
        _VERB.match(t) and t not in ("terpilih", "terdahulu") for t in phrase
    ):
        return None
    return join_tokens(phrase)


def _named_after_comma(toks: list[str], j: int) -> bool:
    """Whether ", Name" (two words, or one with a title) follows ``toks[j]``."""
    if not (j + 1 < len(toks) and toks[j] == ","):
        return False
    q = parse_name(toks, j + 1)
    return _named(q) and valid_name(" ".join(q[1]))


def _titled_holder_at(toks: list[str], j: int) -> _Parsed | None:
    """A name with a title, degree or rank in front starting at ``toks[j]`` ("dr Robby Mottoh")."""
    if j >= len(toks) or not (is_pre_title(toks[j]) or match_phrase(toks, j, lx.ranks())):
        return None
    q = parse_name(toks, j)
    hons, name, degrees, rank, _ = q
    return q if len(name) >= 2 and (hons or degrees or rank) and valid_name(" ".join(name)) else None


def _name_as_office(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Andi yang juga Ketua ...", "Andi, yang saat itu menjabat Kapolsek ...": an office after a
    copula."""
    n = len(toks)
    end = p[4]
    vb = end
    if toks[end] == "," and end + 1 < n and bare(toks[end + 1]) == "yang":
        vb = end = end + 1  # "Andi, yang kini menjabat sebagai Kepala Dinas ...": the clause
    while vb < min(n, end + 4) and bare(toks[vb]) in _FILLERS:
        vb += 1
    if vb > end and bare(toks[end]) == "yang":
        vb = _clause_verb(toks, vb)
    if not (
        vb < n
        and (
            bare(toks[vb]) in ("menjabat", "selaku", "adalah", "merupakan", "sebagai", "menjadi")
            or (vb > end and bare(toks[vb - 1]) == "yang" and bare(toks[vb]) in ("juga", "merupakan"))
            or (  # "Ika Kartika Dewi SE dilantik sebagai Kabid Anggaran BPKAD"
                bare(toks[vb]) in ("dilantik", "ditunjuk", "diangkat", "terpilih", "dikukuhkan")
                and vb + 1 < n
                and bare(toks[vb + 1]) in ("sebagai", "menjadi")
            )
        )
    ):
        return None
    s0 = vb + 2 if vb + 1 < n and bare(toks[vb + 1]) in ("sebagai", "menjadi") else vb + 1
    h0 = s0 + (s0 < n and toks[s0] in ("caretaker", "penjabat", "pelaksana", "mantan"))  # "menjabat caretaker Bupati X"
    while h0 > s0 and h0 < n and toks[h0] in ("tugas", "harian"):
        h0 += 1  # "selaku pelaksana tugas harian Lurah Karangwuluh"
    lower_village = (  # "Elias Mirip yang kini menjadi kepala kampung": a village office in lower case
        h0 + 1 < n
        and toks[h0] in ("kepala", "ketua", "sekretaris")
        and bare(toks[h0 + 1]) in _VILLAGE_HEADS | {"rt", "rw"}
    )
    if not match_phrase(toks, h0, lx.position_heads()) and not lower_village:
        return None
    strong = len(p[1]) >= 2 or bare(toks[vb]) in ("selaku", "menjabat")  # "Kusnadi selaku Kepala Desa X"
    if lower_village:
        pe = h0 + 2
        while pe < n and is_cap(toks[pe]) and name_tok(toks[pe]) and not ends_sentence(toks[pe - 1]):
            pe += 1  # (the village's name, if given)
        return [_mention(p, join_tokens(toks[s0:pe]).rstrip(".,"), strong=strong)], pe
    pe = loose_end(toks, h0)
    if pe < n and toks[pe] == "," and (more := agency_list_end(toks, pe) or field_list_end(toks, pe)):
        # "yang kini menjabat Sekretaris Dinas Pariwisata, Kebudayaan, ... dan Olahraga (Disparbudpora)"
        pe = more if ends_sentence(toks[more - 1]) else loose_end(toks, more)
    return [_mention(p, join_tokens(toks[s0:pe]), strong=strong)], pe


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


def _name_speaks(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Irsan Efendi Nasution berharap", "Andi juga mengatakan": a name before a speech verb."""
    end = p[4]
    verb_at = (
        end + 1 if bare(toks[end]) in ("juga", "pun", "kembali", "lalu", "kemudian") and end + 1 < len(toks) else end
    )
    if SPEECH_RE.match(toks[verb_at]) and _not_a_place(p[1]):
        return [_mention(p, None, strong=len(p[1]) >= 2)], end
    return None


_AFTER_NAME = (
    _aged_name,
    _appositive_name,
    _name_then_office,
    _name_office_no_comma,
    _described_name,
    _name_comma_office,
    _name_as_office,
    _name_speaks,
)
_RULES = (_office_first, _role_word, _titled_name, _passive_agent, _name_first)


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


def doc_places(paragraphs: list[str]) -> frozenset[str]:
    """Unknown place names introduced in the text itself ("Provinsi Nusa Makmur")."""
    text = "\n".join(paragraphs)
    found = set()
    for m in re.finditer(
        r"\b(?:Provinsi|Kabupaten|(?<!Wali )(?<!wali )Kota|Kecamatan|Desa|Kelurahan|Prov\.|Kab\.)\s+"
        r"((?:[A-Z][a-z'’]+\s?){1,3})",  # ("Wali Kota X" is the office: X may be its holder)
        text,
    ):
        words = m.group(1).split()
        cut = next((k for k, w in enumerate(words) if k and (is_pre_title(w + ".") or bare(w) in lx.honorifics())), 0)
        if cut:
            words = words[:cut]  # "Kabupaten Sekadau Drs. Yohanes": a title opens the holder's name
        if (
            (  # (a district is known only where the text says so: office parsing ignores districts)
                lx.is_known_place(words[0], districts=False)
                and (len(words) == 1 or lx.is_known_place(" ".join(words), districts=False))
            )
            or words[0].lower() in lx.not_names()
            or words[0].lower() in lx.org_words()
        ):
            continue
        best, best_score = None, 0
        for k in range(1, len(words) + 1):
            phrase = " ".join(words[:k])
            count = len(lx.rx(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)").findall(text))
            if k >= 3 and count == len(lx.rx(r"(?<!\w)" + re.escape(phrase) + r" [A-Z][a-z]").findall(text)):
                continue  # "Desa Teluk Kapuas Rosita Handayani" twice: a name follows each time, not the place's word
            if count >= 2 and count * k > best_score:
                best, best_score = phrase, count * k
        before = text[max(0, m.start() - 12) : m.start()].split()
        if best and not (
            before
            and before[-1].lower() in _VILLAGE_OFFICERS
            and lx.rx(r",\s+" + re.escape(best) + r"(?!\w)").search(text)
        ):  # ("Kepala Desa X Y" where "..., X Y" sets the same words off as a name: a person)
            found.add(best.lower())
        elif (
            m.group(0).startswith(("Kecamatan", "Kabupaten", "Kota", "Provinsi"))
            and len(words) == 2
            and not lx.is_known_place(words[0], districts=False)  # ("Kota Magelang Sutanto": the holder follows)
        ):
            found.add(" ".join(words).lower())  # "Kecamatan Dolo Selatan", named once: still a place
    # short regency names after an agency ("Dinas PUPR Taput,", "DPRD Kukar menilai"): places
    for m in _AGENCY_PLACE.finditer(text):
        word = m.group(1)
        if _holder_after_agency(text, m):
            continue
        if word.lower() not in lx.not_names() and word.lower() not in lx.org_words() and not is_pre_title(word + "."):
            found.add(word.lower())  # (not "RSUD Prof. Dr. H. Aloei Saboe": a title)
    # a lone word after two different offices of a place ("Camat Parigi, Kapolsek Parigi"): a place
    heads_of: dict[str, set[str]] = {}
    for m in _PLACE_HEAD_WORD.finditer(text):
        heads_of.setdefault(m.group(2), set()).add(m.group(1).split()[-1].lower())  # Wakil Bupati = Bupati
    found |= {w.lower() for w, heads in heads_of.items() if len(heads) >= 2 and w.lower() not in lx.not_names()}
    return frozenset(found)


_HEAD_BEFORE_AGENCY = re.compile(r"\b(?:Ketua|Wakil Ketua|Anggota|Sekretaris|Kepala|Plt\.?|Pj\.?)\s+$")
_NAME_CONTEXT = re.compile(r"(?:\b(?:yakni|yaitu|dan|kata|ujar|ucap|tutur|oleh|bersama|Saudara|Sdr\.?)|,)\s+$")


def _holder_after_agency(text: str, m: re.Match) -> bool:
    """ "Wakil Ketua DPRD Juraidah membacakan ..." where the text also says "yakni Juraidah dan ...": the
    word after an office's agency is its holder's one-word name, not a regency's short name (nor
    when a speech verb follows it: "Ketua DPRD Sumarni mengatakan")."""
    word = m.group(1)
    if lx.is_known_place(word) or not _HEAD_BEFORE_AGENCY.search(text[max(0, m.start() - 14) : m.start()]):
        return False
    after = text[m.end() :].split(maxsplit=1)
    if after and SPEECH_RE.match(after[0]):
        return True
    return any(
        _NAME_CONTEXT.search(text[max(0, o.start() - 12) : o.start()])
        for o in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
        if o.start() != m.start(1)
    )


_VILLAGE_OFFICERS = frozenset(["kepala", "sekretaris", "bendahara", "ketua", "kaur", "kasi", "pj", "plt", "penjabat"])
_PLACE_HEAD_WORD = re.compile(
    r"\b(" + "|".join(sorted((re.escape(h) for h in lx.offices()["place_heads"]), key=len, reverse=True)) + r")"
    r"\s+([A-Z][a-z'’]{2,})(?=\s*[,.;:)]|\s+[a-z])"  # a one-word place: "Camat Parigi, ..."
)
_AGENCY_PLACE = re.compile(
    r"\b(?:DPRD|Pemkab|Pemkot|Pemprov|Polres|Polresta|Kodim|Setda|Setdakab|Kejari|Bappeda|BPBD|"
    r"Disdik|Dinkes|Dishub|PUPR|Kominfo|Diskominfo|RSUD|Kemenag|Bawaslu|KPU)\s+([A-Z][a-z]{2,})"
    r"(?=\s*[,.;:)]|\s+[a-z])"
)


# the last word of a village-level office, after which the village's own name comes
_VILLAGE_HEADS = frozenset(
    ["kades", "desa", "lurah", "kelurahan", "kampung", "dusun", "kadus", "keuchik", "kuwu", "negeri", "nagari",
     "pekon", "gampong", "kalurahan"]
)


def _village_before_name(a: tuple[str, str | None], b: tuple[str, str | None]) -> tuple[str, str] | None:
    """ "Kades Sidowangi Muansin" and, elsewhere, "Kades Muansin": the village's name, unknown to the
    gazetteer, was read as the first name; the shorter mention, after the same kind of office, shows
    where the name starts ("kata Santoso" alone would not: a surname is often used on its own).
    Returns (name, office with the village) or None."""
    (long_name, long_pos), (short_name, short_pos) = sorted(
        (a, b), key=lambda x: len(x[0].split()), reverse=True
    )
    lw, sw = long_name.split(), short_name.split()
    lead = lw[: len(lw) - len(sw)]
    if not (long_pos and short_pos and 1 <= len(lead) <= 2 and lw[len(lead) :] == sw):
        return None
    words = long_pos.split()
    if words[-len(lead) :] == lead and len(words) > len(lead):
        words = words[: -len(lead)]  # (the office may already end with the village)
    if not all(bare(w.split()[-1].strip("()")) in _VILLAGE_HEADS for w in (" ".join(words), short_pos)):
        return None
    return short_name, " ".join([*words, *lead])


def find_people(paragraphs: list[str], captions: list[str] = (), places: tuple[str, ...] = ()) -> list[Person]:
    """Merge mentions from body and captions into distinct people, in order of first mention.

    ``places`` are extra place names known for this article (e.g. the dateline city).
    """
    extra = doc_places(list(paragraphs) + list(captions)) | {p.lower() for p in places if p}
    captions = [strip_photo_credit(c) for c in captions]  # (a credit still tells places: "Dok. Diskominfo Minut")
    texts = [*paragraphs, *captions]
    people: list[Person] = []
    weak: list[Mention] = []
    cues = cue_names(list(paragraphs))
    for text in texts:
        headline_like = _is_headline_like(text)
        for m in parse_mentions(text, extra, cues):
            if headline_like and not m.position:
                continue  # "Orang Tua Siswa Akui Ada Pungutan": a Title Case subhead, not names
            if headline_like and (
                m.name.split()[0].lower() in _HEADLINE_VERBS
                or (m.position and m.position.split()[-1].lower() in _HEADLINE_VERBS)
            ):
                continue  # "Jubir Timnas AMIN Sebut Bansos Tembus Rekor": no name before the verb
            if headline_like and (cut := _headline_verb_at(m.name.split())):
                m.name = " ".join(m.name.split()[:cut])  # "PM Anwar Ibrahim Sebut Indonesia Teman Sejati"
            key = name_key(m.name)
            match = next(
                (p for p in people if contains_words(name_key(p.name), key) or contains_words(key, name_key(p.name))),
                None,
            )
            if match is None:
                if not m.strong:
                    weak.append(m)
                    continue
                people.append(Person(m.name, m.position, list(m.degrees), list(m.honorifics), m.rank, m.note))
                continue
            if fixed := _village_before_name((match.name, match.position), (m.name, m.position)):
                match.name, match.position = fixed  # "Kades Sidowangi Muansin" and "Kades Muansin"
            elif len(key) > len(name_key(match.name)):
                match.aliases.add(match.name)
                match.name = m.name
            elif m.name != match.name:
                match.aliases.add(m.name)
            match.position = _without_name_head(match.position or m.position, match.name)
            if match.position and m.note:
                m.note = None
            match.note = match.note if match.position else (match.note or m.note)
            match.rank = match.rank or m.rank
            match.degrees += [d for d in m.degrees if d not in match.degrees]
            match.honorifics += [h for h in m.honorifics if h not in match.honorifics]
    people = _drop_unit_words(merge_variants(people))
    people = [p for p in people if not _body_of_a_town(p) and not _named_facility(p, texts)]
    _aliases_in_parentheses(texts, people)
    _crf_backstop(texts, people, extra)
    _complete_name_lists(texts, people, extra)
    _introduced_name_lists(texts, people, extra)
    _village_name_pairs(list(paragraphs), people)
    _paired_offices(list(paragraphs), people)
    _named_people(list(paragraphs), people, extra)
    _offices_of_listed_people(list(paragraphs), people)
    _pronoun_offices(texts, people)
    for m in weak:  # "Rusdianto adalah Kepala Pelaksana ...": a later, bare mention of a person found above
        key = name_key(m.name)
        match = _owner(key, people)
        if match is not None:
            mended = _without_name_head(match.position, m.name)
            if len(key) > len(name_key(match.name)) and mended != match.position:
                match.aliases.add(match.name)  # "Sekretaris Desa Dwi Ratnasari" read as "... Desa Dwi" + "Ratnasari"
                match.name, match.position = m.name, mended
            match.position = match.position or m.position
            match.rank = match.rank or m.rank
            match.degrees += [d for d in m.degrees if d not in match.degrees]
    for p in people:
        if p.position:
            p.position = _TIME_TAIL.sub("", p.position) or p.position  # "Menhan saat ini" is the Menhan
            p.note = None
        # "pesan Dt. Rajo Alam": the Minangkabau adat title after the name also names the person
        p.aliases |= {h for h in p.honorifics if h.startswith(("Dt.", "Dt ", "Datuk ")) and len(h.split()) >= 2}
    return people


_TIME_TAIL = re.compile(r",?\s+(?:saat ini|saat itu|sekarang|kala itu|ketika itu|waktu itu)$")


def _without_name_head(position: str | None, name: str) -> str | None:
    """ "Sekretaris Desa Dwi" for Dwi Ratnasari: the office took the first word of a name the
    article gives in full elsewhere; that word goes back to the name."""
    if not position:
        return position
    pos, words = position.split(), name.split()
    for k in (2, 1):
        if len(words) > k and len(pos) > k + 1 and pos[-k:] == words[:k]:
            return " ".join(pos[:-k])
    return position


_PRONOUN_OFFICE = re.compile(
    r"(?:^|[.!?]\s+)(?:Ia|Dia|Beliau)\s+(?:saat ini\s+|kini\s+|sehari-hari\s+)?"
    r"(?:adalah|merupakan|menjabat(?:\s+sebagai)?|bertugas sebagai)\s+(?=[A-Z])"
)


_OFFICE_THAT = re.compile(r"(?<=[.!?] )((?:[A-Z][\w.-]*\s+){0,6}[A-Z][\w.-]*)\s+(?:itu|tersebut)\s+[a-z]")


def _pronoun_offices(texts: list[str], people: list[Person]) -> None:
    """"X memaparkan hasil survei. Ia merupakan Deputi Kepala ...": an office given in the next
    sentence belongs to the person named last before it, when that person has none yet (also
    "Apel dipimpin Mukhlis Fadillah. Pj Bupati OKI itu mengingatkan ...")."""
    for text in texts:
        for m in _OFFICE_THAT.finditer(text):
            toks = tokens(m.group(1))
            if not match_phrase(toks, 0, lx.position_heads()) or not all(is_cap(t) for t in toks):
                continue
            before = text[: m.start() + 1]
            last = max(
                ((before.rfind(a), p) for p in people for a in (p.name, *p.aliases) if a in before),
                key=lambda t: t[0],
                default=None,
            )
            if last is not None and not last[1].position:
                last[1].position = join_tokens(toks)
        for m in _PRONOUN_OFFICE.finditer(text):
            toks = tokens(text[m.end() :])
            if not match_phrase(toks, 0, lx.position_heads()):
                continue
            office = join_tokens(toks[: loose_end(toks, 0)]).rstrip(".,")
            before = text[: m.start() + 1]
            last = max(
                ((before.rfind(a), p) for p in people for a in (p.name, *p.aliases) if a in before),
                key=lambda t: t[0],
                default=None,
            )
            if last is not None and not last[1].position and office:
                last[1].position = office


_PAREN_ALIAS = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+\(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\)")


def _aliases_in_parentheses(texts: list[str], people: list[Person]) -> None:
    """ "Sutrisno Halim (Lim Tjin Hoa)": a second name in parentheses right after a person's
    name is the same person (a Chinese, Arabic or former name), not another person."""
    for text in texts:
        for m in _PAREN_ALIAS.finditer(text):
            key, alias = name_key(m.group(1)), name_key(m.group(2))
            owner = next(
                (p for p in people if any(name_key(a)[-len(key) :] == key for a in (p.name, *p.aliases))),
                None,
            )
            if owner is None:
                continue
            owner.aliases.add(m.group(2))
            for other in [p for p in people if p is not owner and name_key(p.name) == alias]:
                people.remove(other)  # the alias had been taken for a person of its own
                owner.position = owner.position or other.position
                owner.aliases |= other.aliases


def _office_after_name(toks: list[str], end: int) -> tuple[str, int] | None:
    """(office, end) right after a name: "(Kadis PUPR Banyuasin)" in brackets, or a role tied to
    a body (", pengasuh Pondok Pesantren X"); None when neither follows."""
    n = len(toks)
    if end < n and toks[end] == "(" and match_phrase(toks, end + 1, lx.position_heads()):
        close = next((t for t in range(end + 2, min(n, end + 14)) if toks[t] == ")"), 0)
        if close:
            return join_tokens(toks[end + 1 : close]), close + 1
    if pe := _role_at_body(toks, end):
        start = end + 4 if toks[end] == "(" else end + 1
        return join_tokens(toks[start:pe]), pe
    return None


def _role_at_body(toks: list[str], end: int) -> int:
    """End of ", pengasuh Pondok Pesantren X" / ", guru SDN 4 Y" after a name (0 when absent): a
    role word tied to a named body is that person's position."""
    n = len(toks)
    if end + 2 < n and toks[end] == "(" and toks[end + 1].isdigit() and toks[end + 2] == ")":
        end += 3  # "Baiq Rahmawati, S.Pd. (34), guru ..."
    if not (end + 2 < n and toks[end] == "," and bare(toks[end + 1]) in ROLE_WITH_POSITION):
        return 0
    body = end + 2
    while body < n and body - end <= 6 and _role_qualifier(toks[body]):
        body += 1  # "guru honorer di SDN 4", "guru besar hukum perdata Universitas X"
    if body < n and is_cap(toks[body]) and (bare(toks[body]) in lx.org_words() or toks[body].isupper()):
        return loose_end(toks, body)
    t = body  # "guru Bahasa Indonesia di SMAN 1 Kalitidu": the subject taught, then the body
    while t < min(n, body + 3) and is_cap(toks[t]) and not ends_sentence(toks[t]):
        t += 1
    if (
        body < t < n - 1
        and bare(toks[t]) in ("di", "pada")
        and is_cap(toks[t + 1])
        and (bare(toks[t + 1]) in lx.org_words() or toks[t + 1].isupper())
    ):
        return loose_end(toks, t + 1)
    return 0


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


_NAME_ITEM = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_NAME_LIST = re.compile(
    r"(?<![\w'’-])(" + _NAME_ITEM + r"(?:\s*,\s*" + _NAME_ITEM + r")+,?\s+(?:dan|serta)\s+" + _NAME_ITEM + r")"
)


_LIST_SEP = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")


def _complete_name_lists(texts: list[str], people: list[Person], extra: frozenset[str]) -> None:
    """ "A, B, C, dan D": when most items of an enumeration are already people of the article,
    the other items that look like names are people too (foreign jury lists, delegations)."""
    for text in texts:
        for m in _NAME_LIST.finditer(text):
            items = [x.strip() for x in _LIST_SEP.split(m.group(1)) if x.strip()]
            keys = [name_key(x) for x in items]
            known = [_owner(k, people) is not None for k in keys]
            if sum(known) * 2 <= len(items) or sum(known) < 2:
                continue
            for item, is_known in zip(items, known, strict=True):
                if is_known or not valid_name(item) or item.lower() in extra:
                    continue
                if any(bare(w) in lx.org_words() or lx.is_known_place(w) for w in item.split()):
                    continue
                people.append(Person(item))


_LIST_INTRO = (
    r"(?P<generic>di antaranya|antara lain|yakni|yaitu|masing-masing)|bernama|anggota|petani|warga|pedagang|"
    r"nelayan|siswa|pelajar|korban|saksi|buruh|guru|kader|peserta|relawan|milik|suami istri"
)
_ROLE_BEFORE_LIST = re.compile(
    r"\b(?:anggota|warga|petani|pedagang|korban|saksi|peserta|kader)\b[\w\s]{0,25},?\s*$", re.I
)
_INTRODUCED_LIST = re.compile(
    r"\b(?i:" + _LIST_INTRO + r")(?:\s+[a-z][\w-]*){0,2}\s*,?\s+"
    r"(?P<items>(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*,\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    r"\s*,?\s+(?:dan|serta)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?![\w'’-])"
)


_NAMED_NOUNS = (
    r"warga|pria|wanita|perempuan|lelaki|laki-laki|korban|pelaku|tersangka|terdakwa|pedagang|seorang|anak|bocah|"
    r"remaja|nenek|kakek|petani|nelayan|pemuda|pemudi|siswa|siswi|mahasiswa|mahasiswi|guru|sopir|pengemudi|"
    r"keluarga|balita|bayi|pasien|penumpang|buruh|karyawan|pegawai|honorer|pengendara|nasabah|orang"
)
_NAMED = re.compile(
    r"\b(?:" + _NAMED_NOUNS + r")(?:\s+(?:tersebut|itu|setempat|lain))?\s+bernama\s+(?:lengkap\s+)?"
    r"(?:(?:Bpk|Bapak|Ibu|Pak|Bu)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?![\w'’-])"
)


def _new_plain_name(name: str, people: list[Person], extra: frozenset[str]) -> bool:
    """A listed or introduced word run that reads as a person not yet known: no place, body, office
    or not-name word in it."""
    words = name.split()
    return not (
        not valid_name(name)
        or name.lower() in extra
        or words[0].lower() in lx.not_names()
        or any(bare(w) in lx.org_words() or lx.is_known_place(w) for w in words)
        or match_phrase(words, 0, lx.position_heads())
        or _owner(name_key(name), people) is not None
    )


def _named_people(texts: list[str], people: list[Person], extra: frozenset[str]) -> None:
    """ "Seorang warga bernama Tian mengeluhkan ...", "Keluarga tersebut bernama Bpk. Nasir (67 Th)": after
    a person's noun, "bernama" gives a name, one word included."""
    for text in texts:
        for m in _NAMED.finditer(text):
            name = m.group("name")
            if _new_plain_name(name, people, extra):
                people.append(Person(name))


_OFFICE_LIST = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<office>[A-Z][\w.]*(?: [A-Z0-9][\w./-]*){0,7}) yang (?:hadir|datang|ikut)\b[^.]{0,40}?"
    r"\b(?:di antaranya|antara lain|yakni|yaitu|masing-masing)\s*,?\s+(?P<items>[^.;]+)"
)


# "bersama 2 Wakil Ketua yakni Juraidah dan H.M. Arsyad Rangkuti": counted holders of one office, listed
_COUNTED_OFFICE_LIST = re.compile(
    r"\b(?:\d|dua|tiga|empat|lima|para|kedua|ketiga|keempat)\s+(?P<office>[A-Z][\w.]*(?: [A-Z0-9][\w./-]*){0,5})"
    r"\s*,?\s+(?:yakni|yaitu|masing-masing)\s*,?\s+(?P<items>(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)+)"
)


def _offices_of_listed_people(texts: list[str], people: list[Person]) -> None:
    """ "Anggota DPRD Kota Kupang yang hadir saat itu di antaranya, Neda Lalay, Yosef Dogon, dan Kenny
    Sa'u.": the office the sentence opens with is each listed person's (where none is known); also
    "2 Wakil Ketua yakni A dan B"."""
    for text in texts:
        for m in [*_OFFICE_LIST.finditer(text), *_COUNTED_OFFICE_LIST.finditer(text)]:
            office = m.group("office")
            if not match_phrase(tokens(office), 0, lx.position_heads()):
                continue
            for item in _LIST_SEP.split(m.group("items")):
                words = parse_name(tokens(item.strip()), 0)[1] if item.strip() else []  # ("H.M. Arsyad": titles apart)
                owner = _owner(name_key(" ".join(words)), people) if words else None
                if owner is not None and not owner.position:
                    owner.position, owner.note = office, None


def _introduced_name_lists(texts: list[str], people: list[Person], extra: frozenset[str]) -> None:
    """ "anggota Paiman dan Tukiyem", "di antaranya Rohani dan Saipul Anwar": the names listed right
    after a person's role are people, even single-word Javanese names; after a generic "di antaranya"
    or "yakni" only when one of the items is already a person of the article."""
    offices = [p.position for p in people if p.position]
    for text in texts:
        for m in _INTRODUCED_LIST.finditer(text):
            if any(m.group("items") in office for office in offices):
                continue  # "Anggota KPU Divisi Perencanaan, Data dan Informasi, X": an office's fields
            items = [x.strip() for x in _LIST_SEP.split(m.group("items")) if x.strip()]
            known = [_owner(name_key(x), people) is not None for x in items]
            roles_before = _ROLE_BEFORE_LIST.search(text[max(0, m.start() - 40) : m.start()]) or re.search(
                r"\b(?:milik|anggota|warga)\b", text[m.start() : m.start("items")]
            )  # ("masing-masing milik Priati, Tarno dan Muslikhin": owners)
            if m.group("generic") and sum(known) * 2 < len(items) and not roles_before:
                continue  # "antara lain Telkomsel, XL Axiata": a list of anything, not of people
                # (but "anggota lainnya, yakni A, B dan C" lists members)
            if any(bare(x.split()[0]) in _VILLAGE_UNITS | _ADMIN_UNITS for x in items):
                continue  # "warga Desa Sukamaju, Sungai Rambai dan Teluk Bayur": a list of places
            for item in items:
                toks = tokens(item)
                toks = toks[1:] if len(toks) > 1 and toks[0] in ADDRESS_FORMS else toks  # ("Pak Soleh", "Bu Sri")
                hons, words, degrees, _rank, end = parse_name(toks, 0)
                name = " ".join(words)  # ("Hj Nurlisna", "Evy Susanti SE": the title and degree apart)
                if not words or end < len(toks) or not _new_plain_name(name, people, extra):
                    continue
                people.append(Person(name, None, list(degrees), list(hons)))


_VILLAGE_OFFICE = re.compile(
    r"\b(Kepala Desa|Kades|Lurah|Kepala Kampung|Kepala Dusun|Kepala Pekon|Keuchik|Wali Nagari)\b"
)
_PLACE_NAME_PAIR = re.compile(
    r"(?:(?<=,)|(?<=:)|(?<=\bdan)|(?<=\byakni)|(?<=\byaitu)|(?<=\bdiantaranya))\s*(?:Desa\s+)?"
    r"(?P<place>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,2})\s?[-–]\s?"
    r"(?P<name>(?:[Hh]j?\.\s?)?[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,3})(?:,\s*(?:S[A-Z]?\.?\w*\.?))?(?=\s*,|\s+dan\b|\.|$)"
)


def _village_name_pairs(texts: list[str], people: list[Person]) -> None:
    """ "24 Kepala Desa yang dilantik ... diantaranya, Desa Kedaro- H. Musape, Eyat Mayang- Munawir, ...
    dan Taman Sari- Zaini": a list of villages, each with its head's name after a dash (three pairs
    or more, after a village office)."""
    for text in texts:
        pairs = list(_PLACE_NAME_PAIR.finditer(text))
        if len(pairs) < 3:
            continue
        office = list(_VILLAGE_OFFICE.finditer(text[: pairs[0].start()]))
        if not office or pairs[0].start() - office[-1].end() > 300:
            continue
        for m in pairs:
            p = parse_name(tokens(m.group("name")), 0)
            name = " ".join(p[1])
            if not p[1] or not valid_name(name):
                continue
            owner = _owner(name_key(name), people)
            if owner is None:
                people.append(Person(name, office[-1].group(1), list(p[2]), list(p[0])))
            elif not owner.position:
                owner.position, owner.note = office[-1].group(1), None


_PAIRED = re.compile(
    r"\b(?P<a>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+dan\s+(?P<b>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"\s+(?:sebagai|selaku)\s+(?P<x>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})\s+dan\s+"
    r"(?P<y>[A-Z][\w.]*(?:\s+[A-Z0-9][\w./-]*){0,6})"
)


def _paired_offices(texts: list[str], people: list[Person]) -> None:
    """ "Bobby Nasution dan Aulia Rachman sebagai Wali Kota dan Wakil Wali Kota Medan": two people,
    two offices, in the same order; the place named after the second office is the first's too."""
    heads = lx.position_heads()
    for text in texts:
        for m in _PAIRED.finditer(text):
            x, y = tokens(m.group("x")), tokens(m.group("y").rstrip(".,"))
            kx, ky = match_phrase(x, 0, heads), match_phrase(y, 0, heads)
            if not kx or not ky:
                continue
            place = y[ky:]
            if len(x) == kx and place:
                x = [*x, *place]
            for name, office in ((m.group("a"), x), (m.group("b"), y)):
                words = tokens(name)
                owner = next(  # ("Pasangan Ahmad Yani": the words before the name are not part of it)
                    (o for k in range(len(words)) if (o := _owner(name_key(" ".join(words[k:])), people))), None
                )
                office_text = join_tokens(office)
                if owner is not None and (not owner.position or owner.position in office_text):
                    owner.position, owner.note = office_text, None


def _owner(key: list[str], people: list[Person]) -> Person | None:
    """The first person whose name or an alias contains the words ``key`` ("Irwan" → Irwan Setiadi)."""
    return next((p for p in people if any(contains_words(name_key(a), key) for a in (p.name, *p.aliases))), None)


def _holds_name(toks: list[str], start: int, end: int) -> bool:
    """Whether the office phrase ``toks[start:end]`` itself ends in a person's name."""
    return any(m.name for m in parse_mentions(" ".join(toks[start:end])) if m.position)


def _body_of_a_town(p: Person) -> bool:
    """ "Ketua Arokap Kendari": an unknown word and a regency or city, read as a name after an office,
    is a body of that town (a real name's first word is one the tagger knows as a given name)."""
    words = p.name.split()
    return (
        len(words) == 2
        and not (p.degrees or p.honorifics or p.rank)
        and lx.is_known_place(words[1], districts=False)
        and not ner.person_word(words[0])
        and not ner.person_word(words[1])
    )


_FACILITY_BEFORE = re.compile(r"(?:\b(?:RS|RSU|RSUD|RSIA|Klinik|Puskesmas|Apotek)|[Rr]umah [Ss]akit)\s+$")


def _named_facility(p: Person, texts: list[str]) -> bool:
    """ "Direktur RS Multazam" and "rumah sakit Multazam": a one-word "name" that each time follows
    a hospital or clinic word names the facility, not its head."""
    if len(p.name.split()) != 1:
        return False
    seen = [t[max(0, m.start() - 14) : m.start()] for t in texts for m in re.finditer(rf"\b{re.escape(p.name)}\b", t)]
    return bool(seen) and all(_FACILITY_BEFORE.search(b) for b in seen)


def _drop_unit_words(people: list[Person]) -> list[Person]:
    """Drop one-word "names" that are part of another person's office ("Kabag Pelmas" after
    "Kabag Pelmas dan Hubungan Kelembagaan, Lidia ..."): a unit of the office, not a person."""
    office_words = {w for p in people if p.position for w in p.position.split() if is_cap(w)}
    return [
        p
        for p in people
        if len(p.name.split()) > 1 or p.degrees or p.honorifics or p.rank or p.aliases or p.name not in office_words
    ]


def _crf_backstop(texts: list[str], people: list[Person], extra: frozenset[str]) -> None:
    """People with no office/title/verb anchor, found by the CRF tagger (two words or more)."""
    known = [name_key(a) for p in people for a in (p.name, *p.aliases)]
    skip = frozenset(w for p in people for a in (p.name, *p.aliases) for w in a.split())
    common = ner.common_words()
    claimed = " | ".join([p.position for p in people if p.position] + [h for p in people for h in p.honorifics])
    for text in texts:
        if len(text.split()) >= 5 and _is_headline_like(text.rstrip("!:")):
            continue  # "Diterjang Hujan Angin, Aula SMK Ambruk!": a related headline names nobody by itself
        for name in ner.person_names(text, skip):
            if name in claimed:
                continue  # words of an office or title found above ("Deputi Bidang ..., Obat Herbal, dan ...")
            words = name.split()
            key = name_key(name)
            at = text.find(name)
            if at > 0 and _PLACE_LIST_BEFORE.search(text[max(0, at - 120) : at]):
                continue  # "Kelurahan Guntung Manggis, Landasan Ulin dan Syamsudin Noor": places
            before = text[max(0, at - 30) : at].split()
            if len(before) >= 2 and bare(before[-1]) in _TITLE_WORDS:
                before = before[:-1]  # ("Aula Sultan Sulaiman ...": the title of the person the hall is named after)
            if before and bare(before[-1]) in _NAMED_THINGS | (lx.org_words() if before[-1][:1].isupper() else set()):
                continue  # "Operasi Lilin Krakatau", "program Bangga Kencana", "Puskesmas Rawat Inap X": a thing
            if (
                len(before) >= 3
                and before[-1] in ("dan", "serta", "atau")
                and lx.is_known_place(before[-2].strip(","))
                and before[-3] not in ("asal", "dari", "kelahiran")  # ("X asal Brasil dan Kenji Arakawa")
            ):
                continue  # "Tinggimoncong dan Tombolo Pao": listed with a place, a place too
            if lx.is_known_place(name) or any(w.lower() in ("tuhan", "allah") for w in words):
                continue  # "Tombolo Pao" (a district), "Puji Tuhan" (praise, not a name)
            closing = text[at + len(name) : at + len(name) + 1]
            if at > 0 and text[at - 1] in "\"“'‘" and closing in ("\"", "”", "'", "’"):
                continue  # "beri nama “Kaba Honey Lot”": a name in quote marks is a brand or a title
            if (
                len(words) < 2
                or len(words) > 4
                or not all(_crf_name_word(words, k) for k in range(len(words)))
                or any(bare(w) in lx.org_words() or (lx.is_known_place(w) and not ner.person_word(w)) for w in words)
                or any(w.isupper() for w in words)
                or any(split_degree_token(w) for w in words[1:])  # "Misrin MSi": a degree, not a name
                or key[0] in common
                or sum(w in common for w in key) * 2 >= len(key)
                or key[0] in _TITLE_WORDS
                or key[0] in lx.honorifics()  # "Mbah Yai Mustofa": a title, then a name found above
                or any(w in lx.offices()["rank_suffixes"] or match_phrase([w], 0, lx.ranks()) for w in words)
                or match_phrase(words, 0, lx.position_heads())
                or name.lower() in extra
                or not valid_name(name)
            ):
                continue
            short = [p for p in people if len(name_key(p.name)) == 1 and contains_words(key, name_key(p.name))]
            if short and ((short[0].position or "").split()[-1:] == words[:1] or words[0].lower() in extra):
                continue  # "Kades Sidowangi" Muansin: the first word ends the office (a village of the article)
            if len(short) == 1 and not any(contains_words(k, key) for k in known):
                # "Jaksa Meilani" found first, "Meilani Kusumastuti" only here: the full name
                short[0].aliases.add(short[0].name)
                short[0].name = name
                known.append(key)
                continue
            if any(contains_words(k, key) or contains_words(key, k) for k in known) or any(
                _similar(" ".join(k), " ".join(key)) for k in known
            ):
                continue
            if len(key) == 2 and (owner := _short_first_and_last(key, people)) is not None:
                owner.aliases.add(name)  # "Frans Pareira" for Fransiskus Xaverius Pareira
                continue
            people.append(Person(name))
            known.append(key)


def _crf_name_word(words: list[str], k: int) -> bool:
    """A word of a CRF name: a name word, or a particle inside it ("Ulina br Ginting", "Ali bin
    Umar")."""
    w = words[k]
    return name_tok(w) or (0 < k < len(words) - 1 and w in NAME_PARTICLES)


_LIST_ITEMS = r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*"
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:Kelurahan|Desa|Kecamatan|Kampung|Dusun|Pekon|Nagari|Gampong|Kabupaten|Kota|Kel\.|Kec\.)"
    + _LIST_ITEMS
    + r"\s*(?:\bdan|\bserta)\s*$"
    # "seperti di Simpang Pulai, Kambang, dan X": places; "fraksi PDIP, Golkar, ..., dan X": parties
    + r"|\b(?:(?:seperti|yakni|yaitu)\s+di|[Ff]raksi(?=\s+[A-Z]{2,}))"
    + _LIST_ITEMS
    + r"\s*,\s*(?:(?:dan|serta)\s*)?$"
)
_NAMED_THINGS = frozenset(
    ["operasi", "program", "gerakan", "festival", "piala", "lomba", "jalan", "jl", "gedung", "masjid", "gereja",
     "pondok", "stadion", "taman", "pasar", "bandara", "pelabuhan", "kapal", "km", "kri", "rawat", "wisma",
     "sakit", "rs", "rsu", "rsia", "klinik", "yayasan", "madrasah", "ponpes", "pesantren", "panti", "sekolah",
     "pantai", "aula", "kawasan", "rute", "terminal", "halte", "rusun", "rusunawa"]
)
_TITLE_WORDS = frozenset(["nabi", "santo", "sang", "raja", "ratu", "sultan", "pangeran", "syekh"])



def _similar(a: str, b: str) -> bool:
    """Spelling variants of one name ("Sudrajad" / "Sudrajat Dimyati")."""
    return len(a) >= 8 and len(b) >= 8 and fuzz.ratio(a, b) >= 90


def _misspelt_part(word: str, people: list[Person]) -> Person | None:
    """The one multi-word person with a name word spelt almost like ``word`` ("Hendrick" for
    Hendrik Sitompul); None when zero or several. The bar (ratio 88) keeps apart different
    names that differ by one letter in the middle, such as Wahyudi and Wahyuni (86)."""
    w = word.lower()
    if len(w) < 6:
        return None
    hits = [
        q
        for q in people
        if len(name_key(q.name)) >= 2
        and any(v[:3] == w[:3] and v != w and fuzz.ratio(v, w) >= 88 for v in name_key(q.name))
    ]
    return hits[0] if len(hits) == 1 else None


def _misspelt_short_form(words: list[str], people: list[Person]) -> Person | None:
    """ "Maria Gorety" after "Maria Goretti Sulastri": the first name, then a misspelt second one."""
    hits = [
        q
        for q in people
        if len(k := name_key(q.name)) >= 3
        and k[0] == words[0]
        and words[1] != k[1]
        and fuzz.ratio(words[1], k[1]) >= 75
    ]
    return hits[0] if len(hits) == 1 else None


def _short_first_and_last(words: list[str], people: list[Person]) -> Person | None:
    """ "Frans Parera" after "Fransiskus Xaverius Parera": the short given name and the family name
    of one person named earlier."""
    if len(words[0]) < 3:
        return None
    hits = [
        q
        for q in people
        if len(k := name_key(q.name)) >= 2
        and k[-1] == words[1]
        and k[0] != words[0]
        and k[0].startswith(words[0])
    ]
    return hits[0] if len(hits) == 1 else None


def _short_given_name(word: str, people: list[Person]) -> Person | None:
    """The one person named earlier whose first name starts with ``word`` ("Frans" for Fransiskus
    Xaverius Laoli); None when zero or several."""
    if len(word) < 4:
        return None
    hits = [
        q
        for q in people
        if len(key := name_key(q.name)) >= 2 and (given := _given_word(key)) != word and given.startswith(word)
    ]
    return hits[0] if len(hits) == 1 else None


def _given_word(key: list[str]) -> str:
    """The given name after the prefixes that open many names ("Lalu Habiburahman", "I Gede Susana")."""
    return next((w for w in key if w not in _NAME_PREFIXES | {"lalu", "baiq"}), key[0])


def merge_variants(people: list[Person]) -> list[Person]:
    """Merge spelling variants and well-known nicknames of one person."""
    nick = lx.nicknames()
    out: list[Person] = []
    for p in people:
        key = " ".join(name_key(p.name))
        full = nick.get(key)
        target = next(
            (
                q
                for q in out
                if (len(key.split()) >= 2 and _similar(" ".join(name_key(q.name)), key))
                or (full and full == " ".join(name_key(q.name)))
                or nick.get(" ".join(name_key(q.name))) == key
            ),
            None,
        )
        if target is None and len(key.split()) == 1 and not (p.position or p.degrees or p.rank):
            target = _misspelt_part(key, out) or _short_given_name(key, out)
        if target is None and len(key.split()) == 2 and not p.position:
            target = _misspelt_short_form(key.split(), out) or _short_first_and_last(key.split(), out)
        if target is None:
            out.append(p)
            continue
        if nick.get(" ".join(name_key(target.name))) == key:  # "Jokowi" came first
            target.aliases.add(target.name)
            target.name = p.name
        else:
            target.aliases.add(p.name)
        target.aliases |= p.aliases
        target.position = target.position or p.position
        target.rank = target.rank or p.rank
        target.degrees += [d for d in p.degrees if d not in target.degrees]
        target.honorifics += [h for h in p.honorifics if h not in target.honorifics]
        target.note = target.note or p.note
    return out


def split_name_position(text: str) -> tuple[str | None, str | None, list[str]]:
    """Split ``"Kepala Biro Humas ... Rika Efianti, S.E, M.M"`` into (name, position, degrees)."""
    mentions = parse_mentions(text, doc_places([text]))
    if not mentions:
        return None, None, []
    m = mentions[0]
    return m.name, m.position, list(m.degrees)
