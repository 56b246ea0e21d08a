"""Rule family 1: an office first, then the name ("Bupati Muara Enim H. Ahmad Usmarwi")."""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..names import (
    COMPANY_FORMS,
    COMPANY_TAILS,
    NOUN_LIKE,
    SPEECH_RE,
    acronym_word,
    bare,
    company_end,
    ends_sentence,
    extend_position,
    field_list_end,
    is_cap,
    is_pre_title,
    join_tokens,
    loose_end,
    match_phrase,
    match_place,
    name_initials,
    name_tok,
    org_word,
    parse_name,
    sasak_name_at,
    split_degree_token,
    valid_name,
)
from .common import (
    _ADMIN_UNITS,
    _LOWER_HEADS,
    _NOT_QUALIFIERS,
    _QUALIFIER_STOPS,
    _VERB,
    _VILLAGE_HEADS,
    Mention,
    _Hit,
    _mention,
    _named,
)

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
                # (or no comma but a full name: "kepala desa Karanggude Budi Hartono membenarkan")
                or (
                    " ".join(toks[i : i + k]).lower() in lx.place_heads()
                    and is_cap(toks[q])
                    and q + 1 < n
                    and (toks[q + 1] == "," or _full_name_then_clause(toks, q + 1))
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


def _full_name_then_clause(toks: list[str], j: int) -> bool:
    """Two or three name words at ``j``, then a lower-case word or the sentence's end."""
    hons, name, degrees, rank, end = parse_name(toks, j)
    return 2 <= len(name) <= 3 and (end >= len(toks) or toks[end][:1].islower() or ends_sentence(toks[end - 1]))


def _office_first(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    k = _office_head(toks, i)
    if not k or (i > 0 and bare(toks[i - 1]) in _BUILDINGS):
        return None  # ("di Kantor Bupati OKI, Kayuagung": the building, not its holder)
    if i > 0 and bare(toks[i - 1]) in ("jalan", "jl", "jln") and is_cap(toks[i - 1]):
        t = i + k
        while t < len(toks) and is_cap(toks[t]) and not ends_sentence(toks[t - 1]):
            t += 1
        return [], t  # "dari Jalan Jaksa Agung Suprapto menuju ...": a street named after an office holder
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
    return _office_from(toks, i, k, extra)


def _office_from(toks: list[str], i: int, k: int, extra: frozenset[str]) -> _Hit | None:
    """The office whose head (``k`` tokens) starts at ``i``, with its bodies and places, then its holder."""
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
    """ "Deputi Gubernur Ahmad Fauzan Lubis dan Yohana Ratnasari", "Wakil Ketua DPRD Sulut Michaela
    Paruntu, Stella Runtewene dan Royke Antel": further names joined by commas and a closing "dan" to
    an office holder's, with no office of their own, hold the same office."""
    found, end = hit
    n = len(toks)
    if len(found) != 1 or not found[0].position or not (end + 1 < n and bare(toks[end]) in ("dan", "serta", ",")):
        return hit
    if ends_sentence(toks[end - 1]) or _SINGLE_HOLDER.match(found[0].position):
        return hit  # "Bupati Gianyar X dan Y": a regency has one Bupati; Y is someone else
    if not valid_name(found[0].name) or (toks[end] == "," and bare(toks[end + 1]) in ("dan", "serta")):
        return hit  # ("Kepala Bidang X, Budi Santoso, dan Ani Lestari": the name was set off; Ani is another)
    more: list[Mention] = []
    k = end
    closed = False
    while not closed and k + 1 < n and bare(toks[k]) in ("dan", "serta", ","):
        if toks[k] == "," and bare(toks[k + 1]) in ("dan", "serta"):
            k += 1  # ", dan Royke Antel"
        closed = bare(toks[k]) in ("dan", "serta")
        if match_phrase(toks, k + 1, lx.position_heads()):
            return hit
        p = parse_name(toks, k + 1)
        name, e2 = p[1], p[4]
        if not (len(name) >= 2 and valid_name(" ".join(name)) and not p[3]):
            return hit
        if any(bare(w) in lx.org_words() for w in name):
            return hit  # "... Gempa Bumi dan Tsunami Badan Meteorologi": the office goes on, no second person
        if e2 < n and (toks[e2] == "(" or (toks[e2] == "," and e2 + 1 < n and _office_head(toks, e2 + 1))):
            return hit  # the next person's own office follows
        more.append(_mention(p, found[0].position))
        k = e2
        if ends_sentence(toks[k - 1]):
            break
    if not closed:
        return hit  # "Wakil Ketua A, B, C": no closing "dan", not a list of holders
    return [*found, *more], k


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
    if _first_of_a_name_list(toks, j, loose, e2):
        return j
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


def _first_of_a_name_list(toks: list[str], j: int, loose: int, e2: int) -> bool:
    """ "Wakil Ketua DPRD Sulut Michaela Paruntu, Stella Runtewene dan Royke Antel": the words before
    the comma are the first of several holders of the office, since the names after it go on with
    "dan" or another comma to a third name."""
    words = toks[j:loose]
    if not (
        2 <= len(words) <= 3
        and all(name_tok(w) and bare(w) not in lx.org_words() and not lx.is_known_place(w) for w in words)
        and valid_name(" ".join(words))
        and e2 + 1 < len(toks)
        and toks[e2] in (",", "dan")
    ):
        return False
    return len(parse_name(toks, e2 + 1)[1]) >= 2


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
            and (
                len(n2) >= 2
                or h2
                or d2
                or r2
                or lx.is_known_place(name[0])
                or NOUN_LIKE.match(name[0])
                or (not comma and acronym_word(toks[pos_end - 1]))  # "Ketua UPTD TPAS Burangkeng, Maulana."
            )
            and (e2 >= n or not is_cap(toks[e2]) or toks[e2] == "," or ends_sentence(toks[e2 - 1]))
        ):
            pos_end, hons, name, degrees, rank, end = end, h2, n2, d2, r2, e2
    elif (
        name
        and 3 <= len(name) <= 4
        and pos_end == place_head_end
        and not (hons or rank or (pos_end < n and is_pre_title(toks[pos_end])))  # ("Gubernur dr. Reny A. X")
        and name[len(name) - 2] != "Hi."  # ("Wakil Bupati Kasman Hi. Ahmad": Haji inside the name)
    ):
        shift = len(name) - 2  # unknown place before a two-word name
        if name_initials(name[shift - 1]):
            shift -= 1  # "Wali Kota Solo FX Hadi Rudyatmo": initials open the name (Fransiskus Xaverius)
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
        and not name_initials(name[0])
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
