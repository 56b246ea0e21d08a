"""Rule families 2-5: a role word, a title or rank, a passive verb's agent, or a name first
told apart by what follows it."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .. import ner
from ..names import (
    ADDRESS_FORMS,
    CUE_ROOTS,
    ROLE_WITH_POSITION,
    SPEECH_RE,
    acronym_word,
    agency_list_end,
    balinese_name_at,
    bare,
    ends_sentence,
    field_list_end,
    given_hari_at,
    is_cap,
    is_pre_title,
    join_tokens,
    loose_end,
    match_phrase,
    name_tok,
    parse_name,
    sasak_name_at,
    valid_name,
)
from .common import (
    _ADMIN_UNITS,
    _APPOS_VERBS,
    _DESCRIPTORS,
    _FILLERS,
    _LOWER_HEADS,
    _PASSIVE,
    _PLACE_PREFIXES,
    _VERB,
    _VILLAGE_HEADS,
    _VILLAGE_UNITS,
    _clause_verb,
    _Hit,
    _mention,
    _named,
    _Parsed,
    _role_qualifier,
)
from .office_first import (
    _NUMBER_WORDS,
    _acronym_closes_body,
    _aged_at,
    _named_body_word,
    _office_first,
    _office_from,
    _office_head,
)

# --- rule family 2: a role word, then the name ("warga Desa X, Sulaiman (61)") ---


def _role_word(toks: list[str], i: int, extra: frozenset[str]) -> _Hit | None:
    n = len(toks)
    k = match_phrase(toks, i, lx.role_words(), cap=False)
    at_start = i == 0 or toks[i - 1].endswith((".", "!", "?")) or toks[i - 1] in ('"', "“", "”")
    if not k and at_start and is_cap(toks[i]):
        k = match_phrase(toks, i, lx.sentence_roles(), cap=False)  # "Penenun Rosminah (52) ..."
    if k and (hit := _role_at_titled_name(toks, i, i + k, extra)):
        return hit
    if k and (hit := _expert_of_a_body(toks, i, k, extra)):
        return hit
    if not k or (is_cap(toks[i]) and not at_start):
        return None
    if toks[i + k - 1].endswith(".") and len(bare(toks[i + k - 1])) > 3:
        return None  # "... sambutan dari warga. Salah seorang warga X, Name": the role ended its sentence
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
    place_cut = False
    for w in (2, 1):  # "Aktris Korea Selatan Cha Yoo-rim": the country or town goes with the role
        if len(name) > w and lx.is_known_place(" ".join(name[:w]), districts=False):
            if len(name) == w + 1 and not (hons or degrees or rank) and i > 0 and toks[i - 1] == ",":
                return [], end  # "Rosmawati (41), warga Medan Johor, ...": a town and its district
            k += w
            name = name[w:]
            p = (hons, name, degrees, rank, end)
            place_cut = True
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
        # "warga Batang Kapas, Yusniar (45)": the word left after a known town ends a longer place name
        ok = ok and not (place_cut and later and valid_name(" ".join(later)))
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
    if (
        len(name) == 1
        and lx.is_known_place(toks[comma - 1])
        and end + 1 < n
        and (bare(toks[end]) in ("dan", "serta") or (toks[end] == "," and bare(toks[end + 1]) in ("dan", "serta")))
    ):
        return None  # "pedagang dari Pekanbaru, Rengat, dan daerah lainnya": a list of towns
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


_CONNECTIVES = frozenset(
    ["kemudian", "namun", "sementara", "sedangkan", "adapun", "bahkan", "lalu", "selanjutnya", "akhirnya",
     "padahal", "tetapi"]
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
    # "Kemudian Amir Syarifuddin yang saat ini sebagai Kepala Dinas ...": a connective opening the sentence
    connective = i > 0 and bare(toks[i - 1]) in _CONNECTIVES and (i == 1 or ends_sentence(toks[i - 2]))
    if not (name_tok(toks[i]) or given_hari_at(toks, i)) or not (
        i == 0
        or not is_cap(toks[i - 1])
        or toks[i - 1] in (",", "(")
        or ends_sentence(toks[i - 1])
        or after_cue
        or connective
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
        return [_mention(p, None)], _role_phrase_end(toks, p[4])
    if p[1] and p[4] >= len(toks) and _named_by_speech_cue(toks, i, p):
        return [_mention(p, None)], p[4]  # ("..., kata Irwan Basri." closing the text)
    if not p[1] or p[4] >= len(toks) or (after_cue and len(p[1]) < 2 and toks[p[4]] != "(" and not office_clause):
        return None  # ("Menurut Wamendikdasmen, ...": a short form of an office; "Menurut Darmawan
        # (Sekretaris APPAD)," is a name with its office)
    if len(p[1]) >= 2 and not valid_name(" ".join(p[1])):
        return None  # "rilis Humas Polres Sintang, Kapolres ...": a body, not a name; the office comes next
    if toks[p[4]] == "(" and any(match_phrase(p[1], t, lx.position_heads()) for t in range(1, len(p[1]))):
        return None  # "Hadir Sekretaris Daerah (Sekda) Budi": a verb, then an office and its short form
    aka = _nickname_end(toks, p[4])
    if aka:  # "Ahmad Junaidi alias Utuh Jun, relawan ...": what follows the nickname is said of him
        p = (*p[:4], aka)
    for rule in _AFTER_NAME if p[4] < len(toks) else ():  # (a nickname may close a cut text)
        if (hit := rule(toks, i, p, extra)) is not None:
            return hit
    if aka and len(p[1]) >= 2 and valid_name(" ".join(p[1])):
        return [_mention(p, None)], aka
    if _named_by_speech_cue(toks, i, p):
        return [_mention(p, None)], p[4]
    return None


_SPEECH_CUE = re.compile(r"(?:" + CUE_ROOTS + r"|menurut)", re.I)


def _named_by_speech_cue(toks: list[str], i: int, p: _Parsed) -> bool:
    """A full name right after a speech verb, with nothing said of the person ("..., kata Ganjar
    Pranowo.", "ujar Rina Sari saat ditemui", "Menurut Ganjar Pranowo, ..."): a person, no office."""
    e = p[4]
    return (
        i > 0
        and bool(_SPEECH_CUE.fullmatch(bare(toks[i - 1])))
        and (toks[i - 1][:1].islower() or bare(toks[i - 1]) == "menurut")
        and len(p[1]) >= 2
        and valid_name(" ".join(p[1]))
        and (e >= len(toks) or ends_sentence(toks[e - 1]) or toks[e] in (",", ";") or toks[e][:1].islower())
    )


def _one_word_then_role(toks: list[str], i: int, p: _Parsed) -> bool:
    """One name word, then what the person is, in lower case: after a speech verb ("Seperti yang
    dikatakan Robet warga Kampung X, ...") or before "salah satu" ("Di tempat lain, Siti salah satu
    pedagang di pasar itu mengatakan")."""
    n, e = len(toks), p[4]
    if len(p[1]) != 1 or e >= n:
        return False
    word = bare(p[1][0])
    if lx.is_known_place(p[1][0]) or word in lx.org_words() or word in lx.not_names():
        return False
    if i > 0 and bare(toks[i - 1]) in _OPENING_CUES - {"menurut", "mewakili"}:
        return bool(match_phrase(toks, e, lx.role_words(), cap=False))
    return (
        (i == 0 or toks[i - 1] == "," or ends_sentence(toks[i - 1]))  # (also opening a sentence: "Joni salah ...")
        and e + 2 < n
        and bare(toks[e]) == "salah"
        and bare(toks[e + 1]) in ("satu", "seorang")
        and bool(match_phrase(toks, e + 2, lx.role_words(), cap=False))
    )


_EXPERT_ROLES = frozenset(
    ["pengamat", "pakar", "peneliti", "dosen", "akademisi", "ekonom", "analis", "guru besar", "praktisi", "aktivis",
     "pegiat", "konsultan"]
)


def _expert_of_a_body(toks: list[str], i: int, k: int, extra: frozenset[str]) -> _Hit | None:
    """ "Pengamat Hukum Universitas Mulawarman Samarinda Herdiansyah Hamzah", "Peneliti ICW Budi
    Hartono": an expert's field and body read like an office, and the name follows them."""
    role = " ".join(bare(t) for t in toks[i : i + k])
    j = i + k
    if role not in _EXPERT_ROLES or j >= len(toks):
        return None
    if not (is_cap(toks[j]) or (toks[j].islower() and j + 1 < len(toks) and is_cap(toks[j + 1]))):
        return None
    hit = _office_from(toks, i, k, extra)
    if not hit or len(hit[0]) != 1 or len(hit[0][0].name.split()) < 2 or hit[0][0].position == join_tokens(toks[i:j]):
        return None  # (a bare role before a name stays a role: "Pengamat politik Budi Hartono")
    if any(bare(t) == "dari" for t in toks[i : hit[1]]) and " dari " not in f" {hit[0][0].position} ":
        return None  # ("Pengamat UMKM dari Universitas Padjadjaran, Yudi Permana": the role's own rule)
    return hit


def _role_phrase_end(toks: list[str], e: int) -> int:
    """End of "salah satu warga Sukadana" after a one-word name: the role and the place it names are
    said of that person, not a second name."""
    n, k = len(toks), e + (2 if bare(toks[e]) == "salah" else 0)
    k += match_phrase(toks, k, lx.role_words(), cap=False)
    while k < n and is_cap(toks[k]) and not ends_sentence(toks[k - 1]):
        k += 1
    return k


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
    if len(p[1]) < (1 if p[0] else 2) or e >= len(toks):
        return None
    if is_cap(toks[e]):
        hit = _office_first(toks, e, extra) if _office_head(toks, e) else None
    elif bare(toks[e]) in _LOWER_HEADS:  # "Ambo Dalle anggota Banggar": a lower-case head before its body
        sub = toks[e:]  # (read on its own: the name before it is no capitalised word of the office)
        hit = _office_first(sub, 0, extra) if _office_head(sub, 0) else None
        hit = (hit[0], hit[1] + e) if hit else None
    else:
        return None
    if hit is None or hit[0] or hit[1] - e < 2:
        return None
    closes = ends_sentence(toks[hit[1] - 1])  # ("..., protes Ambo Dalle anggota Banggar.")
    if hit[1] >= len(toks) and not closes:
        return None
    after = toks[hit[1]] if hit[1] < len(toks) else ""
    if not (closes or after == "," or (after.islower() and (_VERB.match(after) or SPEECH_RE.match(after)))):
        return None
    return [_mention(p, join_tokens(toks[e : hit[1]]).rstrip("."))], hit[1]


def _described_name(toks: list[str], i: int, p: _Parsed, extra: frozenset[str] = frozenset()) -> _Hit | None:
    """ "Helen Bond, wanita yang ...", "Rahmat, siswa kelas VIII ...": a described person."""
    name, end = p[1], p[4]
    if (  # "Rosinta Nainggolan salah seorang penerima bantuan": no comma before "salah seorang"
        len(name) >= 2
        and end + 2 < len(toks)
        and toks[end] == "salah"
        and toks[end + 1] in ("satu", "seorang")
        and toks[end + 2].islower()
        and _not_a_place(name)
    ):
        return [_mention(p, None, note=toks[end + 2])], end + 3
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


def _holds_name(toks: list[str], start: int, end: int) -> bool:
    """Whether the office phrase ``toks[start:end]`` itself ends in a person's name."""
    from .mentions import parse_mentions  # (deferred: the parser runs these rules, so the import is circular)

    return any(m.name for m in parse_mentions(" ".join(toks[start:end])) if m.position)
