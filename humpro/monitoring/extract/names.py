"""Token-level helpers for people parsing: titles, degrees, ranks, names and office phrases."""

from __future__ import annotations

import re
from functools import cache

from . import lexicon as lx

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”]+|[,;:()\[\]\"“”]")
_GLUED_STOP = re.compile(r"(?<=[a-z]{3}|\d{3}|..\))\.(?=[A-Z][a-z])(?!(?:Com|Net|Id|Org|Info)\b)")
_HAJI_M = re.compile(r"\bH\.\s?M\.?\s(?=[A-Z][a-z])")
# a title or an acting prefix glued to the next word ("H.Erisman", "Pj.Bupati")
_GLUED = re.compile(
    r"\b(H|Hj|Hi|Ir|Dr|Drs|Dra|dr|Prof|KH|Pj|Pjs|Plt|Plh)\.(?=[A-Z][a-z]|(?:H|Hj|Ir|Dr|Drs|Dra|dr|Prof|KH)\.)"
)
SPEECH_VERBS = (
    "mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|mengungkapkan|menyampaikan|menuturkan|memaparkan|"
    "menerangkan|menguraikan|mengklaim|mengakui|mengaku|menilai|menyebut|menyebutkan|mengimbau|menghimbau|meminta|"
    "berharap|berpesan|menandaskan|mengemukakan|menekankan|berujar|berkata|bertanya|menanggapi|membenarkan|"
    "melanjutkan|mengingatkan|mengajak|menuturkan|mengharapkan|mengapresiasi|menyebutkan|memastikan|menerangkan"
)
# roots of the verbs that attribute a quote after it ("ujar Rika", "tuturnya")
CUE_ROOTS = (
    "kata|ujar|ucap|tutur|ungkap|jelas|tegas|tambah|imbuh|lanjut|sebut|papar|terang|urai|klaim|aku|harap|pinta|"
    "minta|tanya|jawab|sambung|beber|kilah|timpal|seloroh|canda|tukas|cetus|sergah|desak|nilai|tulis|tandas|pungkas|"
    "pesan|imbau|himbau|ulas|ajak|kenang|bilang|sahut|celetuk|keluh|sesal|kritik|ingat|tutup|yakin|tekan|akui|"
    "terangnya|tuturnya|ujarnya|katanya|paparnya|tegasnya|jelasnya|ungkapnya|tambahnya|imbuhnya|lanjutnya|"
    "teriak|seru|sindir|bantah|tepis|tanggap|kelakar|gurau|pinta|akunya|tuding|tuduh|sambut|"
    "simpul|nilai|ungkapkan|tegaskan|jelaskan|katakan|sampaikan|paparkan|terangkan|tuturkan|"
    "balas|jawabnya|balasnya|sahutnya|timpalnya|tanyanya|protes|cecar|sela|potong"
)
# forms of address before a name ("Oma Dorkas", "Mama Rini", "Cek Ros"): not part of the name
ADDRESS_FORMS = lx.address_forms()
SPEECH_RE = re.compile(r"^(?:" + SPEECH_VERBS + r")$", re.I)


# a degree written with a space after a comma ("Denny Nubatonis, S. Sos., M. Si,"): one token, as "S.Sos."
_SPACED_DEGREE = re.compile(
    r"(?<=,\s)([SMD])\.\s(Si|Sos|Pd|Kom|Ag|Hum|Kes|IP|H|E|T|Ak|Psi|Farm|Kep|Ked|AP|Sn|Sc|Kn|Tr)\b"
)


_GLUED_INITIAL = re.compile(r"\b([A-Z][a-z]+ )([A-Z])\.([A-Z][a-z]{3,})\b")


def _space_initial(m: re.Match) -> str:
    """An initial glued to the surname right after a given name ("Leverne A.Tuasuu"), not a degree
    written so ("S.Farm")."""
    return m[0] if (m[2] + m[3]).lower() in lx.post_degrees() else f"{m[1]}{m[2]}. {m[3]}"


def tokens(text: str) -> list[str]:
    text = _HAJI_M.sub("H. M. ", text)  # "H.M Yansuri": Haji Muhammad
    text = _SPACED_DEGREE.sub(r"\1.\2", text)
    # a full stop glued to the next sentence ("... naik.Harga"), not an outlet's domain ("KabarNews.Net")
    text = _GLUED_STOP.sub(". ", _GLUED.sub(r"\1. ", text))
    text = _GLUED_INITIAL.sub(_space_initial, text)
    text = re.sub(r"(?<=[a-z]{2}),(?=[A-Za-z])", ", ", text)  # "Sayono,serta Kadiskominfo": a missing space
    text = re.sub(r"\((Pol|Polisi)\)", r"\1", text)  # "Irjen (Pol) R Sigid": the rank's corps
    return _TOKEN.findall(text)


# initials that open a person's name ("FX Hadi Rudyatmo": Fransiskus Xaverius), not a body's acronym
_NAME_INITIALS = frozenset(["FX"])


def name_initials(tok: str) -> bool:
    return tok.replace(".", "") in _NAME_INITIALS


def bare(tok: str) -> str:
    return tok.rstrip(".").lower()


def is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


_WEB_NAME = re.compile(r"[A-Za-z]\.(?:com|net|id|org|news|info|tv)$", re.IGNORECASE)


def org_word(tok: str) -> bool:
    """A word of a body's name ("Dinas", "Polres", an outlet's "KabarNews.Net"). "AL" is the navy,
    but "Al" opens an Arabic name ("Al Haris")."""
    return tok != "Al" and (bare(tok) in lx.org_words() or ("." in tok and bool(_WEB_NAME.search(tok.rstrip(".")))))


_INDEX_CACHE: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    idx = _INDEX_CACHE.get(id(phrases))
    if idx is None:
        idx = {}
        for ph in phrases:  # phrases come sorted longest first
            idx.setdefault(ph[0], []).append(ph)
        _INDEX_CACHE[id(phrases)] = idx
    return idx


def match_phrase(
    toks: list[str], i: int, phrases: tuple[tuple[str, ...], ...], cap: bool = True
) -> int:
    if i >= len(toks) or (cap and not is_cap(toks[i])):
        return 0
    for ph in _phrase_index(phrases).get(bare(toks[i]), ()):
        k = len(ph)
        if i + k <= len(toks) and all(bare(toks[i + t]) == ph[t] for t in range(1, k)):
            return k
    return 0


def match_place(toks: list[str], i: int, extra: frozenset[str]) -> int:
    for k in range(min(lx.max_place_len(), len(toks) - i), 0, -1):
        words = toks[i : i + k]
        if not all(is_cap(w) for w in words):
            continue
        key = " ".join(w.rstrip(".") for w in words)
        if lx.is_known_place(key, districts=False) or key.lower() in extra:
            return k
    return 0


def split_degree_token(tok: str) -> list[str] | None:
    """Split a token like ``SKM.M.Si`` / ``S.E`` / ``MM`` into known degrees, else None."""
    tok = tok.strip(".,")
    if not tok:
        return None
    known = lx.post_degrees()
    if tok.replace(".", "").lower() in known and len(tok) <= 10:
        return [tok]
    parts = tok.split(".")
    for cut in range(1, len(parts)):
        left, right = ".".join(parts[:cut]), ".".join(parts[cut:])
        if left.replace(".", "").lower() in known:
            rest = split_degree_token(right)
            if rest:
                return [left, *rest]
    return None


# honorifics written without a full stop ("KH Hasan", "Gus Wafiq", "RD Fransiskus", "Pdt Maria")
_BARE_HONORIFICS = frozenset(
    ["KH", "Hj", "H", "RD", "Romo", "Pdt", "Pnt", "Gus", "Kiai", "Kyai", "Yai", "Nyai", "Ustaz", "Ustadz", "Datuk"]
)


def is_pre_title(tok: str) -> str | None:
    b = tok.rstrip(".")
    if b in lx.pre_degrees():
        return "degree"
    if b.lower().replace(".", "") in lx.honorifics() and (
        tok.endswith(".") or b in _BARE_HONORIFICS
    ):
        return "honorific"
    return None


def name_tok(tok: str) -> bool:
    b = tok.rstrip(".")
    if not b or not is_cap(b) or b.lower() in lx.not_names():
        return False
    if len(b) >= 8 and b.endswith("nya") and b[1:].islower():
        return False  # "Akibatnya", "Sebelumnya": a sentence adverb with -nya, not a name
    if re.fullmatch(r"[A-Z]", b):
        return True
    return (
        bool(re.fullmatch(r"[A-Z][\w'’-]*", b))
        and not b.isdigit()
        and not (b.isupper() and len(b) > 4)
    )


def _office_word_in_name(toks: list[str], j: int) -> bool:
    """ "Irwan Hakim Siregar", "Lukman Hakim Harahap": "Hakim" inside a name, between two name
    words and with no office or body after it."""
    return (
        toks[j] == "Hakim"
        and j + 1 < len(toks)
        and name_tok(toks[j + 1])
        and not match_phrase(toks, j + 1, lx.position_heads())
        and bare(toks[j + 1]) not in lx.org_words()
        and not lx.is_known_place(toks[j + 1].rstrip("."))
    )


def _starts_new_position(toks: list[str], j: int) -> bool:
    """An office word followed by more capitalised words ("... Ketua Dharmayakti X")."""
    k = match_phrase(toks, j, lx.position_heads())
    return bool(k) and j + k < len(toks) and is_cap(toks[j + k])


# words that open no name but end many ("Fikri Ramadhan", "Rizky Agustus")
_POLITE_FORMS = frozenset(("Ibu", "Bapak", "Pak", "Bu"))
_LATE_NAME_WORDS = frozenset(("Ramadhan", "Ramadan", "Agustus", "Syawal", "Muharram"))
NAME_PARTICLES = frozenset(("br", "br.", "boru", "bin", "binti", "van", "von", "den", "der", "de", "al"))
_ADAT_TITLES = frozenset(("Dt.", "Dt", "Datuk"))  # Minangkabau: "Zulhendri Dt. Rajo Batuah"
# ("Hi." is Haji inside a North Maluku name: "Kasman Hi. Ahmad", the son of Haji Ahmad)
_NAME_ABBREVIATIONS = frozenset(("St.", "Moh.", "Muh.", "Mhd.", "Moch.", "Abd.", "Sy.", "Hi."))


def _haji_inside(toks: list[str], j: int, name: list[str]) -> bool:
    """ "Yaman H Mahmud", "Tonny H. Wangania": "H" inside a name (the father's title Haji, or a middle
    initial), after the first name word and before another (past two words it may open the name of
    the next mention: "Rektor Universitas Sam Ratulangi Tonny H. Wangania", read from the cue name)."""
    return len(name) == 1 and toks[j] in ("H", "H.") and j + 1 < len(toks) and name_tok(toks[j + 1])


def parse_name(toks: list[str], j: int) -> tuple[list[str], list[str], list[str], str | None, int]:
    """Titles, name tokens and trailing degrees starting at ``j``."""
    degrees: list[str] = []
    hons: list[str] = []
    rank = None
    lead: list[str] = []
    while j < len(toks):
        if toks[j].rstrip(".") in ("HM", "HL", "H.M", "H.L") and j + 1 < len(toks) and name_tok(toks[j + 1]):
            # "HM Nursiah", "HL Firman Wijaya": Haji, then the initial of Muhammad or Lalu
            hons.append("H")
            lead = [toks[j].rstrip(".")[-1]]
            j += 1
            break
        k = match_phrase(toks, j, lx.ranks())
        if k:
            rank_toks = toks[j : j + k]
            j += k
            while j < len(toks) and _rank_suffix(toks[j]):
                rank_toks.append(toks[j])
                j += 1
            if j + 2 < len(toks) and toks[j] == "(" and toks[j + 2] == ")" and bare(toks[j + 1]) in ("purn", "pur"):
                rank_toks.append(f"({toks[j + 1]})")  # "Mayjen TNI (Purn) Rudi": retired
                j += 3
            rank = " ".join(rank_toks)
            continue
        if (
            not (hons or degrees or rank)
            and toks[j] in _POLITE_FORMS
            and j + 2 < len(toks)
            and name_tok(toks[j + 1])
            and name_tok(toks[j + 2])
            and bare(toks[j + 1]) not in ("negara", "kota")
        ):
            j += 1  # "..., Ibu Martha Wetipo, ...": a polite form of address before a full name
            continue
        kind = is_pre_title(toks[j])
        if kind and j + 1 < len(toks) and (is_cap(toks[j + 1]) or is_pre_title(toks[j + 1])):  # "Dr. dr. X"
            (degrees if kind == "degree" else hons).append(
                toks[j] if toks[j].endswith(".") or kind == "honorific" else toks[j]
            )
            j += 1
            continue
        break
    name: list[str] = []
    while (
        j < len(toks)
        and len(name) < 5
        and (
            name_tok(toks[j])
            or (name and toks[j].rstrip(".,") in _LATE_NAME_WORDS)
            or (  # "Lalu Muhammad Zainuddin": a Sasak name, though "lalu" is also "then"
                not name
                and toks[j] == "Lalu"
                and j + 1 < len(toks)
                and name_tok(toks[j + 1])
                and not match_phrase(toks, j + 1, lx.position_heads())
            )
            or (not name and given_hari_at(toks, j))  # "Dr. Hari Cahyono Adi": a given name, not "day"
            or (name and toks[j] == "Mas" and j + 1 < len(toks) and name_tok(toks[j + 1]))  # "Antung Mas Rozaniasyah"
            or (  # "pakar hukum Prof Marwan Mas.": the family name closes the name
                name and toks[j].rstrip(".,") == "Mas" and (j + 1 == len(toks) or not is_cap(toks[j + 1]))
            )
            or (  # "Letkol Arh Ramadhan Nasution": the month's name is also a given name
                not name
                and toks[j] in ("Ramadhan", "Ramadan")
                and j + 1 < len(toks)
                and name_tok(toks[j + 1])
                and not lx.is_known_place(toks[j + 1].rstrip("."))
            )
            or _initials_at(toks, j)  # "Ir. H. S.A Supriono", "Gigih W.H. Irianto": initials open or sit inside
            or _haji_inside(toks, j, name)
            or (  # "Rosdiana br Simanjuntak", "Ahmad bin Yusuf", "Marieke van den Berg": particles inside a name
                name
                and toks[j] in NAME_PARTICLES
                and j + 1 < len(toks)
                and (
                    name_tok(toks[j + 1])
                    or (toks[j + 1] in NAME_PARTICLES and j + 2 < len(toks) and name_tok(toks[j + 2]))
                )
            )
        )
    ):
        if name and (
            split_degree_token(toks[j])
            or (is_pre_title(toks[j]) and not _haji_inside(toks, j, name))
            or match_phrase(toks, j, lx.ranks())
            or (_starts_new_position(toks, j) and not _office_word_in_name(toks, j))
            or toks[j] in _ADAT_TITLES
        ):
            break
        if not name and (
            match_phrase(toks, j, lx.position_heads())
            or (split_degree_token(toks[j]) and toks[j].rstrip(".").replace(".", "").isupper())
        ):
            break  # an office, or a degree ("SH., MH"): no name starts here
        initials = _initials_at(toks, j)  # (opening the name, or inside it: "Gigih W.H. Irianto")
        keep = re.fullmatch(r"[A-Z]\.", toks[j]) or toks[j] in _NAME_ABBREVIATIONS or initials
        name.append(toks[j] if keep else toks[j].rstrip("."))
        j += 1
        if (
            toks[j - 1].endswith(".")
            and len(toks[j - 1]) > 2
            and not ((toks[j - 1] in _NAME_ABBREVIATIONS or initials) and j < len(toks) and name_tok(toks[j]))
            and not (toks[j - 1] in NAME_PARTICLES and j < len(toks) and name_tok(toks[j]))  # "Tiurma br. Nasution"
        ):
            break  # the sentence ends (but "St. Nurbaya", "Moh. Ridwan" go on)
    if lead and name:
        name = lead + name
    if name and j + 1 < len(toks) and toks[j] in _ADAT_TITLES and name_tok(toks[j + 1]):
        # "Zulhendri Dt. Rajo Batuah": a Minangkabau adat title after the name
        t = j + 1
        while t < len(toks) and t - j <= 3 and name_tok(toks[t]) and (t == j + 1 or not ends_sentence(toks[t - 1])):
            t += 1
        hons = [*hons, " ".join(toks[j:t]).rstrip(".")]
        j = t
    # trailing degrees: ", SH, MH" / " SE" / ",SKM.M.Si"
    k = j
    got: list[str] = []
    last = j
    while k < len(toks):
        if toks[k] == ",":
            k += 1
            continue
        parts = split_degree_token(toks[k])
        if not parts:
            break
        got.extend(parts)
        k += 1
        last = k  # a comma after the last degree is left to the caller (", Kabid ...")
    if got and name:
        degrees.extend(got)
        j = last
    return hons, name, degrees, rank, j


_MILITARY_UNITS = frozenset(
    ["dandim", "kodim", "danramil", "koramil", "danrem", "korem", "danyon", "yonif", "brigif", "lanud", "danlanud"]
)
COMPANY_FORMS = frozenset(["pt", "pt.", "cv", "cv.", "perum", "perumda", "pd", "persero"])

# words that end a company's name ("PT Toyota Astra Motor", "PT Pertamina Lubricants")
_COMPANY_FINAL = frozenset(
    ["motor", "motors", "group", "grup", "holding", "lubricants", "energy", "international", "internasional",
     "tbk", "persero"]
)


def company_end(toks: list[str], j: int) -> int:
    """End of a company name after "PT"/"CV" when the text marks it: "(ACRONYM)", "Tbk", or a word
    that ends company names followed by a person's name."""
    k = j
    while k < len(toks) and k - j < 6 and is_cap(toks[k]) and toks[k] not in ("(", ","):
        if bare(toks[k]) == "tbk":
            return k + 1
        if k > j and bare(toks[k]) in _COMPANY_FINAL and k + 1 < len(toks) and name_tok(toks[k + 1]):
            return k + 1  # "PT Toyota Astra Motor Fransiscus Soerjopranoto"
        k += 1
    if (
        k > j
        and k + 2 < len(toks)
        and toks[k] == "("
        and toks[k + 2] == ")"
        and (toks[k + 1].isupper() or bare(toks[k + 1]) == "persero")
    ):
        return k + 3  # "PT Maju Jaya Abadi (MJA)", "PT ASDP Indonesia Ferry (Persero)"
    return 0


_UNITS = {
    "pekon",
    "gampong",
    "jorong",
    "lembang",
    "kota",
    "kabupaten",
    "kab",
    "provinsi",
    "prov",
    "propinsi",
    "prop",
    "kec",
    "kecamatan",
    "desa",
    "kelurahan",
    "nagari",
    "kalurahan",
    "kapanewon",
    "kemantren",
}


def ends_sentence(tok: str) -> bool:
    """A token closing its sentence ("RI.", "Sritex."), not an abbreviation or a degree."""
    return (
        tok.endswith((".", "!", "?"))
        and len(tok) > 2
        and bare(tok) not in _ABBREVIATIONS
        and not split_degree_token(tok)
        and not is_pre_title(tok)
    )


_AGENCY_SUFFIX = re.compile(r"(?:ika|ik|asi|an|ian|wisata|raga|pemuda|sosial|hukum|daya)$")
_AGENCY_FIELDS = frozenset(
    [
        "data", "umum", "aset", "pajak", "hidup", "ruang", "ham", "olahraga", "keluarga", "berencana", "penduduk",
        "perempuan", "anak", "desa", "masyarakat", "tenaga", "kerja", "usaha", "kecil", "menengah", "mikro",
        "tanaman", "hortikultura", "sipil", "rakyat", "tata", "kawasan", "kebakaran", "arsip", "pangan",
        "sengketa", "konflik", "perkara", "bencana", "narkoba", "logistik", "agraria", "akomodasi", "transportasi",
        "haji", "umrah", "dasar", "teritorial", "intelijen",
    ]
)
# agency short forms built on Dinas/Badan: "Distanhorbun", "Disdukcapil", "Dinkes", "Bappeda"
AGENCY_ACRONYM = re.compile(r"^(?:Dis|Din|Bapp|Bak)[a-z]{3,}$")


def _agency_word(tok: str) -> bool:
    b = bare(tok)
    return is_cap(tok) and (
        b in lx.org_words()
        or b in _AGENCY_FIELDS
        or (tok.isupper() and len(tok) <= 6)
        or bool(_AGENCY_SUFFIX.search(b))
    )


def agency_list_end(toks: list[str], comma: int) -> int:
    """End of ", Informatika, Persandian dan Statistik" (the rest of a list of an agency's fields,
    closed by "dan"/"serta"), or 0 when what follows the comma is not such a list."""
    n = len(toks)
    j = comma
    while j < n and j - comma <= 8 and toks[j] == "," and j + 1 < n and _agency_word(toks[j + 1]):
        j += 2
        while j < n and _agency_word(toks[j]) and j - comma <= 8:
            j += 1
        c = j + 1 if j + 2 < n and toks[j] == "," and bare(toks[j + 1]) in ("dan", "serta") else j  # ", dan"
        if (
            c + 1 < n
            and bare(toks[c]) in ("dan", "serta")
            and _agency_word(toks[c + 1])
            and not match_phrase(toks, c + 1, lx.position_heads())  # "..., Lasiran dan General Manager X"
        ):
            return c + 2
    return 0


def field_list_end(toks: list[str], comma: int) -> int:
    """End of the list of fields of a "Bidang"/"Fungsi"/"Urusan" ("Deputi Bidang Pengawasan Obat
    Tradisional, Suplemen Kesehatan, dan Kosmetik BPOM"), closed by "dan"/"serta" and the words
    after it, which name the body, or 0. Items are capitalised words that open no office or title."""
    if not any(
        bare(t) in ("bidang", "fungsi", "urusan", "divisi") or NOUN_LIKE.match(t)  # "Direktur Pelacakan Aset, ..."
        for t in toks[max(0, comma - 5) : comma]
    ):
        return 0
    n = len(toks)

    def run(k: int) -> int:
        while k < n and is_cap(toks[k]) and not (match_phrase(toks, k, lx.position_heads()) or is_pre_title(toks[k])):
            if ends_sentence(toks[k]):
                return k
            k += 1
        return k

    j = comma
    while j < n and j - comma <= 12 and toks[j] == ",":
        closing = j + 1 < n and bare(toks[j + 1]) in ("dan", "serta")
        k = run(j + 2 if closing else j + 1)
        if k == (j + 2 if closing else j + 1):
            return 0
        if closing:  # (the list may also close before ", Name": "Divisi Perencanaan, Data dan Informasi, X")
            if k + 2 < n and toks[k] == "(" and toks[k + 2] == ")":
                k += 3  # "... dan Eksekusi (Labuksi) KPK Irwan": the unit's short form, then its body
                while k < n and acronym_word(toks[k]):
                    k += 1
            return k if _names_body(toks[j + 2 : k]) or _name_follows(toks, k) else 0
        if k + 1 < n and bare(toks[k]) in ("dan", "serta"):
            end = run(k + 1)
            return end if end > k + 1 and (_names_body(toks[k + 1 : end]) or _name_follows(toks, end)) else 0
        j = k
    return 0


def _name_follows(toks: list[str], k: int) -> bool:
    """ ", Sitti Rahma Bantilan": a comma, then a name of two words or more."""
    if not (k + 1 < len(toks) and toks[k] == ","):
        return False
    name = parse_name(toks, k + 1)[1]
    return len(name) >= 2 and valid_name(" ".join(name))


def _names_body(words: list[str]) -> bool:
    """The last item of a field list goes on to name the body ("Kosmetik BPOM", "Budaya KBRI
    Hanoi"): an acronym or a body word, which a person's name does not have."""
    return any((w.isupper() and len(w) >= 2) or bare(w) in lx.org_words() for w in words)


def sasak_name_at(toks: list[str], j: int) -> bool:
    """ "... Kanwil NTB Lalu Ahmad Faisal": "Lalu" opens a Sasak name here, not "Lalu Lintas"."""
    return (
        toks[j] == "Lalu" and j + 1 < len(toks) and name_tok(toks[j + 1]) and bare(toks[j + 1]) not in lx.org_words()
    )


# words after "Hari" that make it a day ("Hari Senin", "Hari Jadi", "Hari Raya"), not a given name
_DAY_WORDS = frozenset(
    [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "raya", "jadi", "ibu",
        "ayah", "anak", "guru", "pahlawan", "kemerdekaan", "bhayangkara", "santri", "kartini", "pers", "buruh",
        "lingkungan", "pendidikan", "kesehatan", "pangan", "bumi", "air", "sumpah", "ulang", "amal", "lahir",
        "kebangkitan", "kesaktian", "tani", "nelayan", "keluarga", "perempuan", "disabilitas", "lansia", "batik",
        "musik", "film", "olahraga", "pramuka", "koperasi", "korpri", "otonomi", "bela", "sampah", "hutan", "pohon",
        "jantung", "aids", "tbc", "gizi", "donor", "peduli", "nusantara", "pertama", "kedua", "ketiga", "terakhir",
        "h", "besar", "libur", "kerja", "bebas"
    ]
)


def _initials_at(toks: list[str], j: int) -> bool:
    """ "S.A Supriono", "A.R. Sutan": two or three initials before a name word (not a degree such
    as "S.E")."""
    return (
        bool(re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]\.?", toks[j]))
        and not split_degree_token(toks[j])
        and j + 1 < len(toks)
        and name_tok(toks[j + 1])
    )


def given_hari_at(toks: list[str], j: int) -> bool:
    """ "Hari Cahyono Adi": "Hari" opens a name when a name word follows that does not make it a
    day ("Hari Senin", "Hari Jadi Kabupaten X")."""
    return (
        toks[j] == "Hari"
        and j + 1 < len(toks)
        and name_tok(toks[j + 1])
        and bare(toks[j + 1]) not in _DAY_WORDS
        and bare(toks[j + 1]) not in lx.org_words()
        and not lx.is_known_place(toks[j + 1])
        and not match_phrase(toks, j + 1, lx.position_heads())
    )


def balinese_name_at(toks: list[str], j: int) -> bool:
    """ "I Ketut Ariawan", "Ni Made Sari": a Balinese name opens at ``j``."""
    return toks[j] in ("I", "Ni") and j + 1 < len(toks) and bare(toks[j + 1]) in _BALINESE_ORDER


def _field_desa(toks: list[str], j: int) -> bool:
    """Whether ``toks[j]`` follows "Desa" as a field of an agency ("Pemerintahan Desa", "Masyarakat dan Desa"),
    where the word after it is not a village."""
    return (
        j > 1
        and bare(toks[j - 1]) == "desa"
        and bare(toks[j - 2]) in ("pemerintahan", "pemberdayaan", "pembangunan", "dan")
        and is_cap(toks[j])
        and not org_word(toks[j])
    )


def extend_position(toks: list[str], j: int, extra: frozenset[str]) -> int:
    n = len(toks)
    start = j
    while j < n:
        if j > start and ends_sentence(toks[j - 1]):
            break  # "... anggota DPR RI. Rapid test ...": the office ended with the sentence
        tok = toks[j]
        b = bare(tok)
        if j > 0 and bare(toks[j - 1]) in COMPANY_FORMS and (end := company_end(toks, j)):
            j = end  # "Direktur PT Maju Jaya Abadi (MJA)" / "... Sejahtera Tbk": the company's name
            continue
        if tok == "," and (end := agency_list_end(toks, j) or field_list_end(toks, j)):
            j = end  # "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik"
            continue
        if _field_desa(toks, j):
            break  # "Kepala Dinas Pemberdayaan dan Pemerintahan Desa Bayu Dwiharsono": "Desa" is a field here
        if j > 0 and bare(toks[j - 1]) in _UNITS and (k := match_place(toks, j, extra)):
            j += k  # "Wali Kota Lubuk Linggau": the whole place (of the gazetteer) after the unit
            continue
        if (  # "Kota Seruni": the word after an administrative unit is a place
            j > 0
            and bare(toks[j - 1]) in _UNITS
            and not (  # "Wali Kota Bachtiar Sulaiman": after the office, only a city (or a misspelt one)
                j > 1
                and bare(toks[j - 1]) == "kota"
                and bare(toks[j - 2]) == "wali"
                and not lx.near_known_place(tok)
                and bare(tok) not in extra
            )
            and is_cap(tok)
            and not match_phrase(toks, j, lx.position_heads())
            and not is_pre_title(tok)
            and b not in lx.org_words()
        ):
            j += 1
            continue
        if (
            b in ("dan", "&", "serta")
            and j + 1 < n
            and (
                bare(toks[j + 1]) in lx.org_words()
                or NOUN_LIKE.match(toks[j + 1])
                or (re.fullmatch(r"[A-Z]{3}", toks[j + 1]) and bare(toks[j - 1]) in lx.org_words())
                # "Kasi Kedaruratan dan Logistik BPBD Kudus": a second field, then the body's acronym
                or (
                    j + 2 < n
                    and is_cap(toks[j + 1])
                    and toks[j + 1].isalpha()
                    and (acronym_word(toks[j + 2]) or (is_cap(toks[j + 2]) and org_word(toks[j + 2])))
                )
            )
            and not match_phrase(toks, j + 1, lx.position_heads())
        ):
            j += 1  # (also "Kementerian Hukum dan HAM")
            continue
        k = match_place(toks, j, extra)
        if k and j > start and lx.ends_with_province(toks[start:j]):
            break  # "... DPRD Kotawaringin Timur Kalimantan Tengah Bima Santoso": no place comes after the province
        if k:
            j += k
            continue
        if tok in ("kota", "kabupaten", "provinsi", "kab.", "kab") and (k := match_place(toks, j + 1, extra)):
            j += 1 + k  # "Kepala Dinas Koperasi dan UKM kota Payakumbuh": the unit in lower case
            continue
        if (
            b in _PLACE_SUFFIXES
            and j > start
            and is_cap(tok)
            and (
                lx.is_known_place(toks[j - 1]) or bare(toks[j - 1]) in extra or (j > 1 and bare(toks[j - 2]) in _UNITS)
            )
        ):
            j += 1  # "Desa Sidoharjo Kidul", "Kelurahan Sukajadi Baru": the place's last word
            continue
        if sasak_name_at(toks, j):
            break
        if j > start and bare(toks[j - 1]) in _GEO_HEADS and is_cap(tok) and not is_pre_title(tok):
            j += 1  # "Peduli Pegunungan Kendeng Gunretno": the range's name goes with the office
            continue
        if tok == "bidang" and j + 1 < n and is_cap(toks[j + 1]) and not is_pre_title(toks[j + 1]):
            j += 1  # "Asisten 2 bidang Perekonomian": the field, in lower case
            continue
        if is_cap(tok) and (
            org_word(tok)
            or b in _AGENCY_FIELDS  # "Dinas Pengendalian Penduduk, Keluarga Berencana, ..."
            or AGENCY_ACRONYM.match(tok.rstrip(".,"))
            or (
                NOUN_LIKE.match(tok)
                and j + 1 < n
                and (
                    is_cap(toks[j + 1])
                    or toks[j + 1] == "("
                    or (toks[j + 1] in ("pada", "di") and j + 2 < n and is_cap(toks[j + 2]))  # "Direktur Penyidikan di"
                    or (  # "Kasi Kedaruratan dan Logistik BPBD Kudus" (or "... Logistik Badan Penanggulangan ...")
                        toks[j + 1] in ("dan", "serta")
                        and j + 3 < n
                        and is_cap(toks[j + 2])
                        and (acronym_word(toks[j + 3]) or (is_cap(toks[j + 3]) and org_word(toks[j + 3])))
                    )
                )
            )
        ):
            j += 1
            continue
        if j > 0 and bare(toks[j - 1]) == "partai" and name_tok(tok) and not match_phrase(toks, j, lx.ranks()):
            j += 1  # "Fraksi Partai Golkar", "Partai Amanat Nasional": the party's name
            continue
        if match_phrase(toks, j, lx.ranks()):
            break  # "Kapolres Lahat AKBP Rudi": the rank belongs to the name
        if (
            re.fullmatch(r"[A-Z][A-Z0-9&/-]{1,11}", tok.rstrip("."))
            and not name_initials(tok)
            and not split_degree_token(tok)
            and bare(tok) not in lx.honorifics()
            and not _initials_after_place(toks, j, extra)
        ):
            j += 1
            continue
        if re.fullmatch(r"(?:\d{2,4}(?:-\d{1,3})?|[IVX]{1,5})/[A-Z][\w-]*", tok) or (
            re.fullmatch(r"\d{3,4}(?:-\d{1,3})?", tok) and j > 0 and bare(toks[j - 1]) in _MILITARY_UNITS
        ):
            j += 1  # territorial unit numbers: "Dandim 0405/Lahat", "Danramil 405-01/Kota"
            continue
        if (
            re.fullmatch(r"\d{2,4}(?:-\d{1,3})?/", tok)
            and j + 1 < n
            and is_cap(toks[j + 1])
            and j > 0
            and bare(toks[j - 1]) in _MILITARY_UNITS
        ):
            j += 2  # "Danramil 17/ Wanayasa": the unit's number, a space, then its place
            continue
        if (
            b == "pada"
            and j + 1 < n
            and is_cap(toks[j + 1])
            and (
                (bare(toks[j + 1]) in lx.org_words() and not match_phrase(toks, j + 1, lx.position_heads()))
                or " ".join(toks[j + 1 : j + 4]) == "Jaksa Agung Muda"  # a directorate named by its head
            )
        ):
            j += 1  # "Kepala Bidang Bina Marga pada Dinas PUPR": the office continues
            if toks[j] == "Jaksa":
                j += 3  # "Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus)"
            continue
        if (
            re.fullmatch(r"[0-9IVX]{1,4}(?:/[\w-]+)?", tok)
            and not (tok == "I" and j + 1 < n and bare(toks[j + 1]) in _BALINESE_ORDER)  # "I Gede Ngurah"
            and j > 0
            and bare(toks[j - 1])
            in lx.org_words() | {"komisi", "mtsn", "smpn", "sman", "sdn", "asisten", "assisten"}
        ):
            j += 1
            continue
        if tok == "(":
            close = next((t for t in range(j + 1, min(n, j + 8)) if toks[t] == ")"), None)
            if close and all(is_cap(t) or t in ",&-" or _short_office(t) for t in toks[j + 1 : close]):
                j = close + 1  # (also a short form in lower case: "Sekretaris Daerah (sekda) Kota Siantar")
                continue
        if (
            b == "untuk"
            and j + 1 < n
            and is_cap(toks[j + 1])
            and any(bare(t) in ("besar", "dubes", "konsul", "konjen", "atase") for t in toks[max(0, start - 3) : j])
        ):
            j += 2  # "Duta Besar RI untuk Kamboja Santoso ...": an envoy's office names one country
            if j < n and " ".join(toks[j - 1 : j + 1]) in _TWO_WORD_COUNTRIES:
                j += 1  # ("... untuk Arab Saudi")
            continue
        if b == "untuk" and j > 0 and is_cap(toks[j - 1]) and j + 1 < n and is_cap(toks[j + 1]):
            c = next((t for t in range(j + 1, min(n, j + 7)) if not is_cap(toks[t])), n)
            if c < n and toks[c] == "," and not match_phrase(toks, j + 1, lx.position_heads()):
                j = c  # "Koordinator Koalisi Masyarakat Sipil untuk Pembaruan KUHAP, X": a body's name goes on
                continue
        if b == "periode" and j + 1 < n and re.fullmatch(r"\d{4}(?:-\d{4})?", toks[j + 1]):
            j += 2
            continue
        if b in ("of", "for") and j > start and j + 1 < n and is_cap(toks[j + 1]) and toks[j + 1] != ",":
            j += 1  # "Head of Public Policy", "Director for Asia": an English title goes on
            continue
        if b in ("se", "se-") or (tok.lower().startswith("se-") and len(tok) > 3):
            j += 1
            continue
        break
    return j


_PLACE_SUFFIXES = frozenset(
    ["kidul", "lor", "wetan", "kulon", "timur", "barat", "utara", "selatan", "tengah", "ilir", "ulu", "hilir",
     "hulu", "baru", "lama", "induk", "pesisir", "darat"]
)
_BALINESE_ORDER = frozenset(
    ["gede", "made", "nyoman", "ketut", "putu", "wayan", "kadek", "komang", "nengah", "gusti", "dewa", "ngurah", "kt",
     "luh"]
)
_SHORT_BODIES = frozenset(["RI", "TP", "PN", "PT", "BI", "KB", "PU", "PD", "UP", "TK", "SD", "MA", "MK", "KY", "PA"])


def _initials_after_place(toks: list[str], j: int, extra: frozenset[str]) -> bool:
    """ "Ketua DPRD Sumsel RA Anita Noeringhati": two capitals after the office's place, before a
    name word, are the name's initials (Raden Ayu, Syaiful Anwar), not a body's acronym."""
    tok = toks[j]
    return (
        len(tok) == 2
        and tok not in _SHORT_BODIES
        and 0 < j < len(toks) - 1
        and (lx.is_known_place(toks[j - 1]) or toks[j - 1].lower() in extra)
        and name_tok(toks[j + 1])
        and bare(toks[j + 1]) not in lx.org_words()
        and not lx.is_known_place(toks[j + 1])
    )


def _short_office(tok: str) -> bool:
    """An office's short form written in lower case ("sekda", "kadis")."""
    return tok.islower() and (
        tok in lx.office_abbreviations() or bool(match_phrase([tok.capitalize()], 0, lx.position_heads()))
    )


def loose_end(toks: list[str], j: int) -> int:
    """End of a capitalised office/organisation run (used when a comma closes the position)."""
    n = len(toks)
    start = j
    while j < n and j - start < 25:
        tok = toks[j]
        if tok == "(":
            close = next((t for t in range(j + 1, min(n, j + 10)) if toks[t] == ")"), None)
            if close is None:
                break
            j = close + 1
            continue
        if (
            bare(tok) == "pada"
            and j + 1 < n
            and bare(toks[j + 1]) in lx.org_words()
            and is_cap(toks[j + 1])
            and j > start
        ):
            j += 1  # "Kabid Bina Marga pada Dinas PUPR Lahat, Andi"
            continue
        if bare(tok) in ("dan", "&", "serta") and match_phrase(toks, j + 1, lx.position_heads()):
            break  # "Wakil Bupati Rudi dan Camat Seruni, Dodi": a second office, a second person
        if bare(tok) in ("dan", "serta") and _name_then_office(toks, j + 1):
            break  # "Azhari, Kepala Dinas Koperasi ... Aceh dan Teuku Syahrida, Kepala Dinas ...": a second person
        if (
            is_cap(tok)
            or tok[0].isdigit()
            or bare(tok) in ("dan", "&", "serta", "se", "periode")
            or tok.lower().startswith("se-")
        ):
            if match_phrase(toks, j, lx.ranks()) or is_pre_title(tok):
                break
            j += 1
            if tok.endswith(".") and len(tok) > 2 and bare(tok) not in _ABBREVIATIONS:
                break  # "... Utama Sritex. Iwan diduga": the sentence ends here
            continue
        break
    while j > start and bare(toks[j - 1]) in ("dan", "&", "serta"):
        j -= 1  # "sebagai Bupati dan Kolonel (Purn) S. Marzuki sebagai ...": the joining word is not the office's
    return j


def _name_then_office(toks: list[str], j: int) -> bool:
    """A name of two or three words at ``j``, then a comma and an office."""
    _h, name, _d, _r, end = parse_name(toks, j)
    return (
        2 <= len(name) <= 3
        and not any(bare(w) in lx.org_words() for w in name)
        and end + 1 < len(toks)
        and toks[end] == ","
        and bool(match_phrase(toks, end + 1, lx.position_heads()))
    )


_ABBREVIATIONS = frozenset(["kab", "prov", "kec", "kel", "plt", "plh", "pj", "no", "jl", "kom", "kol", "bid"])


def join_tokens(toks: list[str]) -> str:
    s = " ".join(toks)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    s = re.sub(r"\s+,", ",", s).strip(" ,")
    if s.endswith(".") and len(s) > 1 and bare(s.split()[-1]) not in _ABBREVIATIONS:
        s = s[:-1]  # the full stop of the sentence, not of an abbreviation
    return s


ROLE_WITH_POSITION = {
    "pengasuh",
    "pimpinan",
    "pengurus",
    "guru",
    "dosen",
    "peneliti",
    "pengamat",
    "ekonom",
    "analis",
    "akademisi",
    "pakar",
    "ahli",
    "karyawan",
    "pegawai",
    "bendahara",
    "hakim",
    "jaksa",
    "panitera",
    "prakirawan",
}
# a noun of pe-/per-/ke- ... -an inside a would-be name (not "-wan": Darmawan, Kurniawan)
_AFFIXED_NOUN = re.compile(r"^(?:Pe[mn]?|Per|Ke|Pen[gy])\w{3,}(?<!w)an$")
NOUN_LIKE = re.compile(r"^(?:Pe[mnr]?|Per|Ke|Pen[gy]|Pem|Se)\w{3,}an$")


def _rank_suffix(tok: str) -> bool:
    """The corps after a military rank ("Letkol Kav", "Kav.", "(Inf)"); a one-letter "P." stays an initial."""
    t = tok.strip("()")
    suffixes = lx.offices()["rank_suffixes"]
    return t in suffixes or (len(t) > 3 and t.endswith(".") and t[:-1] in suffixes)


def valid_name(name: str) -> bool:
    words = name.split()
    if not words or all(len(w.rstrip(".")) < 2 for w in words):
        return False
    if all(_title_only(w) for w in words):
        return False  # "Ir." or "Hj." cut off from the name at a line or sentence end
    noble = len(words) >= 3 and words[:2] in (["Anak", "Agung"], ["Ida", "Bagus"], ["Ida", "Ayu"])  # Balinese
    orgish = sum(
        1
        for i, w in enumerate(words)
        if (
            w.lower().rstrip(".") in lx.org_words()
            and not (i == 0 and w in ("Lalu", "Agung"))  # (given names: "Agung Ilmu Mangkunegara")
            and not (noble and i < 2)
        )
        or lx.is_known_place(w, districts=False)
    )
    if orgish * 2 > len(words) or (
        orgish and len(words) == 2 and words[-1].lower().rstrip(".") in lx.org_words()
    ):
        return False
    sasak = words[0] == "Lalu" and len(words) >= 2 and words[1] != "Lintas"  # Lalu = a Sasak name
    # "Agung" ends bodies ("Mahkamah Agung") but opens many names ("Agung Prasetyo")
    given = words[0] == "Agung" and len(words) >= 2
    if any(_AFFIXED_NOUN.match(w.rstrip(".,")) for w in words[1:]):
        return False  # "Izin Penggeledahan": a noun in Title Case (but "Budi Setiawan", "Yohanes Sebastian")
    if NOUN_LIKE.match(words[0]) or (
        org_word(words[0]) and not (sasak or given or noble)
    ):
        return False
    if lx.is_known_place(name, districts=False) or (
        len(words) == 1 and re.search(r"[a-z][A-Z]", name) and lx.is_joined_place(name)
    ):
        return False  # (also "MuaraEnim" run together)
    if any(acronym_word(w) and not re.fullmatch(r"(?:[A-Z]\.){1,3}", w) for w in words[1:]):  # (not "W.H.")
        return False  # "Kompi BKR", "Urusan BP7 Pusat": a body after an office, not a name
    if any(re.fullmatch(r"(?:Rp|US\$)[\d.,]+", w) for w in words):
        return False  # "Biaya Rp200 ribu": an amount, not a name
    if len(words) >= 2 and words[0].lower() in _GEO_FIRST:
        return False  # "Bukit Duri", "Pulau Gili Ketapang", "Rusunawa Warugunung": a place, not a person
    if len(words) == 1 and name.endswith("nya") and bare(name[:-3]) in lx.org_words() | _UNITS:
        return False  # "Kepala Desanya": the office of someone's own village, not a name
    if any(re.fullmatch(r"(?:Me[mn]?g?|Di|Ber|Ter|Per)[a-z]{3,}kan", w) for w in words):
        return False  # "Mengucapkan Sumpah Jabatan": a verb in Title Case, not a name
    if len(words) > 1 and words[-1].lower().rstrip(".") in COMPANY_TAILS:
        return False  # "Rimba Kaba Coffee", "Sinar Capital": a business, not a person
    return not (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4)


# words of geography whose own name follows them inside an office ("Pegunungan Kendeng", "Danau Toba")
_GEO_HEADS = frozenset(["pegunungan", "gunung", "sungai", "danau", "teluk", "selat", "tanjung", "bukit", "pantai"])

# first words of a place's or a building's name, never of a person's
_GEO_FIRST = frozenset(
    ["bukit", "pulau", "gili", "tanjung", "gunung", "danau", "teluk", "sungai", "pantai", "rusun", "rusunawa",
     "gang", "lembah", "selat", "muara", "kali", "antrean", "taman", "kartu"]
)


COMPANY_TAILS = frozenset(
    ["coffee", "cafe", "group", "holdings", "corp", "corporation", "company", "hotel", "studio", "farm", "capital",
     "ventures", "consulting", "partners", "foundation", "institute", "research", "center", "centre", "tbk", "ltd",
     "inc", "co", "llc", "plc", "gmbh", "sekuritas", "securities", "futures", "leasing", "airlines", "airways"]
)


def acronym_word(word: str) -> bool:
    """A body's acronym ("BKR", "BP7"), not a name's initials ("MS") or a degree."""
    w = word.rstrip(".")
    return (
        len(w) >= 3
        and w.isupper()
        and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w)  # ("E.J Papilaya": a name's initials)
        and w.replace(".", "").lower() not in lx.post_degrees()
        and w.lower() not in lx.honorifics()
    )


def _title_only(word: str) -> bool:
    w = word.rstrip(".")
    return w in lx.pre_degrees() or w.lower() in lx.honorifics() or w.replace(".", "").lower() in lx.post_degrees()


def name_key(name: str) -> list[str]:
    return [w.lower().rstrip(".") for w in name.split()]


def contains_words(big: list[str], small: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’-]*[A-Z]\b(?:\s+\b[A-Z][A-Z'’-]*[A-Z]\b)+")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’-]*[A-Z]\b")
_TWO_WORD_COUNTRIES = frozenset(
    ["Arab Saudi", "Amerika Serikat", "Korea Selatan", "Korea Utara", "Timor Leste", "Papua Nugini",
     "Selandia Baru", "Afrika Selatan", "Brunei Darussalam", "Sri Lanka", "Uni Eropa", "Kerajaan Belanda"]
)
_CONNECTORS = frozenset(["dan", "di", "ke", "dari", "yang", "untuk", "bin", "binti", "van", "de", "der"])


def _spoken_word(word: str) -> bool:
    """A capitalised word that reads as a word or a name, not as a body's acronym ("DERU", not
    "PUPR", "BPBD", "III")."""
    letters = re.sub(r"[^A-Z]", "", word)
    vowels = sum(c in "AEIOU" for c in letters)
    return (
        len(letters) >= 3
        and word not in lx.known_acronyms()
        and not re.fullmatch(r"[IVXLC]+", letters)
        and vowels >= (1 if len(letters) == 3 else 2)
    )


@cache
def _head_words() -> frozenset[str]:
    return frozenset(
        p[0] for p in (*lx.position_heads(), *lx.ranks(), *lx.role_words()) if p
    ) | lx.place_heads()


def soften_capitals(paragraph: str) -> str:
    """Names and offices some outlets print in capitals ("BUPATI Lahat, HERMAN SUSANTO
    mengatakan") in normal case, so that they read as names rather than as acronyms. Text inside
    quote marks and paragraphs mostly in capitals (headings) are left as printed."""
    words = paragraph.split()
    if not words or sum(w.isupper() and len(w) > 2 for w in words) > 0.5 * len(words):
        return paragraph
    parts = re.split(r"([\"“”])", paragraph)
    inside = False
    for k, part in enumerate(parts):
        if part in ('"', "“", "”"):
            inside = part == "“" or (part == '"' and not inside)
            continue
        if not inside:
            parts[k] = _CAPS_WORD.sub(_soften_head, _CAPS_RUN.sub(_soften_run, part))
    return "".join(parts)


def _soften_run(m: re.Match) -> str:
    words = m.group(0).split()
    spoken = [w for w in words if w.lower() not in _CONNECTORS]
    if not spoken or not all(_spoken_word(w) for w in spoken):
        return m.group(0)  # an acronym in the run, or only "DAN", "DI" ...
    return " ".join(w.lower() if w.lower() in _CONNECTORS else w.capitalize() for w in words)


def _soften_head(m: re.Match) -> str:
    w = m.group(0)
    if len(w) <= 2:
        return w  # "PM", "KA": a short office written as initials stays so
    return w.capitalize() if w.lower() in _head_words() and w not in lx.known_acronyms() else w
