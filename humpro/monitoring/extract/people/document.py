"""Passes over the whole article: its places, pronoun offices ("dia", "-nya"), aliases in
parentheses, lists of names, paired offices and the CRF backstop for names no rule found."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .. import ner
from ..names import (
    ADDRESS_FORMS,
    NAME_PARTICLES,
    SPEECH_RE,
    bare,
    contains_words,
    is_cap,
    is_pre_title,
    join_tokens,
    loose_end,
    match_phrase,
    name_key,
    name_tok,
    parse_name,
    split_degree_token,
    tokens,
    valid_name,
)
from .common import _ADMIN_UNITS, _VILLAGE_HEADS, _VILLAGE_UNITS, Person, _is_headline_like
from .variants import _NAMED_THINGS, _TITLE_WORDS, _short_first_and_last, _similar


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
    # "Tirta Empul, Goa Gajah, Gunung Kawi Sebatu, Yeh Pulu": a list of sites
    + r"|\b(?:Goa|Gua|Gunung|Pantai|Tirta|Candi|Pura|Danau|Bukit|Taman|Museum|Situs|Makam|Curug|Telaga)"
    + _LIST_ITEMS
    + r"\s*(?:,|\bdan|\bserta)\s*$"
)
