"""People (name, position, degrees, honorifics, rank) found by office/title-anchored rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”]+|[,;:()\[\]\"“”]")
_GLUED = re.compile(r"\b(H|Hj|Ir|Dr|Drs|Dra|dr|Prof|KH)\.(?=[A-Z][a-z])")
SPEECH_VERBS = (
    "mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|mengungkapkan|menyampaikan|menuturkan|memaparkan|"
    "menerangkan|menguraikan|mengklaim|mengakui|mengaku|menilai|menyebut|menyebutkan|mengimbau|menghimbau|meminta|"
    "berharap|berpesan|menandaskan|mengemukakan|menekankan|berujar|berkata|bertanya|menanggapi|membenarkan|"
    "melanjutkan|mengingatkan|mengajak|menuturkan|mengharapkan|mengapresiasi|menyebutkan|memastikan|menerangkan"
)
_SPEECH = re.compile(r"^(?:" + SPEECH_VERBS + r")$", re.I)


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


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_GLUED.sub(r"\1. ", text))


def _bare(tok: str) -> str:
    return tok.rstrip(".").lower()


def _is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


_INDEX_CACHE: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    idx = _INDEX_CACHE.get(id(phrases))
    if idx is None:
        idx = {}
        for ph in phrases:  # phrases come sorted longest first
            idx.setdefault(ph[0], []).append(ph)
        _INDEX_CACHE[id(phrases)] = idx
    return idx


def _match_phrase(toks: list[str], i: int, phrases: tuple[tuple[str, ...], ...], cap: bool = True) -> int:
    if i >= len(toks) or (cap and not _is_cap(toks[i])):
        return 0
    for ph in _index(phrases).get(_bare(toks[i]), ()):
        k = len(ph)
        if i + k <= len(toks) and all(_bare(toks[i + t]) == ph[t] for t in range(1, k)):
            return k
    return 0


def _match_place(toks: list[str], i: int, extra: frozenset[str]) -> int:
    for k in range(min(lx.max_place_len(), len(toks) - i), 0, -1):
        words = toks[i:i + k]
        if not all(_is_cap(w) for w in words):
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


def _is_pre_title(tok: str) -> str | None:
    b = tok.rstrip(".")
    if b in lx.pre_degrees():
        return "degree"
    if b.lower().replace(".", "") in lx.honorifics() and (tok.endswith(".") or b in ("KH", "Hj", "H")):
        return "honorific"
    return None


def _name_tok(tok: str) -> bool:
    b = tok.rstrip(".")
    if not b or not _is_cap(b) or b.lower() in lx.not_names():
        return False
    if re.fullmatch(r"[A-Z]", b):
        return True
    return bool(re.fullmatch(r"[A-Z][\w'’-]*", b)) and not b.isdigit() and not (b.isupper() and len(b) > 4)


def _parse_name(toks: list[str], j: int) -> tuple[list[str], list[str], list[str], str | None, int]:
    """Titles, name tokens and trailing degrees starting at ``j``."""
    degrees: list[str] = []
    hons: list[str] = []
    rank = None
    while j < len(toks):
        k = _match_phrase(toks, j, lx.ranks())
        if k:
            rank_toks = toks[j:j + k]
            j += k
            while j < len(toks) and toks[j].strip("()") in lx.offices()["rank_suffixes"]:
                rank_toks.append(toks[j])
                j += 1
            rank = " ".join(rank_toks)
            continue
        kind = _is_pre_title(toks[j])
        if kind and j + 1 < len(toks) and _is_cap(toks[j + 1]):
            (degrees if kind == "degree" else hons).append(toks[j] if toks[j].endswith(".") or kind == "honorific" else toks[j])
            j += 1
            continue
        break
    name: list[str] = []
    while j < len(toks) and len(name) < 5 and _name_tok(toks[j]):
        if name and (split_degree_token(toks[j]) or _is_pre_title(toks[j]) or _match_phrase(toks, j, lx.ranks())
                     or _match_phrase(toks, j, lx.position_heads())):
            break
        if not name and _match_phrase(toks, j, lx.position_heads()):
            break
        name.append(toks[j].rstrip(".") if not re.fullmatch(r"[A-Z]\.", toks[j]) else toks[j])
        j += 1
        if toks[j - 1].endswith(".") and len(toks[j - 1]) > 2:
            break
    # trailing degrees: ", SH, MH" / " SE" / ",SKM.M.Si"
    k = j
    got: list[str] = []
    while k < len(toks):
        if toks[k] == ",":
            k += 1
            continue
        parts = split_degree_token(toks[k])
        if not parts:
            break
        got.extend(parts)
        k += 1
    if got and name:
        degrees.extend(got)
        j = k
    return hons, name, degrees, rank, j


def _extend_position(toks: list[str], j: int, extra: frozenset[str]) -> int:
    n = len(toks)
    while j < n:
        tok = toks[j]
        b = _bare(tok)
        if b in ("dan", "&", "serta") and j + 1 < n and _bare(toks[j + 1]) in lx.org_words() and not _match_phrase(toks, j + 1, lx.position_heads()):
            j += 1
            continue
        k = _match_place(toks, j, extra)
        if k:
            j += k
            continue
        if _is_cap(tok) and b in lx.org_words():
            j += 1
            continue
        if re.fullmatch(r"[A-Z][A-Z0-9&/-]{1,11}", tok.rstrip(".")) and not split_degree_token(tok) and _bare(tok) not in lx.honorifics():
            j += 1
            continue
        if re.fullmatch(r"[0-9IVX]{1,4}(?:/[\w-]+)?", tok) and j > 0 and _bare(toks[j - 1]) in lx.org_words() | {"komisi", "mtsn", "smpn", "sman", "sdn"}:
            j += 1
            continue
        if tok == "(":
            close = next((t for t in range(j + 1, min(n, j + 8)) if toks[t] == ")"), None)
            if close and all(_is_cap(t) or t in ",&-" for t in toks[j + 1:close]):
                j = close + 1
                continue
        if b == "periode" and j + 1 < n and re.fullmatch(r"\d{4}(?:-\d{4})?", toks[j + 1]):
            j += 2
            continue
        if b in ("se", "se-") or (tok.lower().startswith("se-") and len(tok) > 3):
            j += 1
            continue
        break
    return j


def _loose_end(toks: list[str], j: int) -> int:
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
        if _is_cap(tok) or tok[0].isdigit() or _bare(tok) in ("dan", "&", "serta", "se", "periode") or tok.lower().startswith("se-"):
            if _match_phrase(toks, j, lx.ranks()) or _is_pre_title(tok):
                break
            j += 1
            continue
        break
    return j


def _join(toks: list[str]) -> str:
    s = " ".join(toks)
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    return re.sub(r"\s+,", ",", s).strip(" ,")


def parse_mentions(text: str, extra_places: frozenset[str] = frozenset()) -> list[Mention]:
    """All person mentions anchored by an office, a title/degree/rank, a role word or a speech verb."""
    toks = _tokens(text)
    n = len(toks)
    out: list[Mention] = []
    i = 0
    while i < n:
        k = _match_phrase(toks, i, lx.position_heads())
        if k and not (i > 0 and _bare(toks[i - 1]) in ("wakil",)):
            head = " ".join(toks[i:i + k]).lower()
            j = i + k
            while (k2 := _match_phrase(toks, j, lx.position_heads())) or (j < n and _bare(toks[j]) in lx.org_words() and _is_cap(toks[j])):
                j += k2 or 1
            j = _extend_position(toks, j, extra_places)
            loose = _loose_end(toks, j)
            if loose > j and loose < n and toks[loose] == ",":
                h2, n2, d2, r2, e2 = _parse_name(toks, loose + 1)
                if n2 and (len(n2) >= 2 or h2 or d2 or r2):
                    j = loose
            pos_end = j
            comma = j < n and toks[j] == ","
            hons, name, degrees, rank, end = _parse_name(toks, j + 1 if comma else j)
            # "Kapolsek Sukaraja Kompol Birman": unknown words before a title belong to the position
            if name and len(name) <= 2 and end + 1 < n and _bare(toks[end]) == "periode" and re.fullmatch(r"\d{4}(?:-\d{4})?", toks[end + 1]):
                h2, n2, d2, r2, e2 = _parse_name(toks, end + 2)
                if n2:
                    pos_end, hons, name, degrees, rank, end = end + 2, h2, n2, d2, r2, e2
            if name and len(name) <= 2 and end < n and (_is_pre_title(toks[end]) or _match_phrase(toks, end, lx.ranks())):
                h2, n2, d2, r2, e2 = _parse_name(toks, end)
                if n2:
                    pos_end, hons, name, degrees, rank, end = end, h2, n2, d2, r2, e2
            # "Walikota Cekmekoy, Ahmet Poyraz": a lone unknown word before a comma belongs to the position
            if name and len(name) == 1 and end < n and toks[end] == ",":
                h2, n2, d2, r2, e2 = _parse_name(toks, end + 1)
                if n2 and (len(n2) >= 2 or h2 or d2 or r2 or lx.is_known_place(name[0])) and (e2 >= n or not _is_cap(toks[e2]) or toks[e2] == ","):
                    pos_end, hons, name, degrees, rank, end = end, h2, n2, d2, r2, e2
            elif name and len(name) >= 3 and head in lx.place_heads() and pos_end == i + k and not (hons or degrees or rank):
                pos_end += 1
                name = name[1:]
            position = _join([t for t in toks[i:pos_end]])
            if name:
                out.append(Mention(" ".join(name), position, degrees, hons, rank))
                i = end
                continue
            i = max(pos_end, i + 1)
            continue
        k = _match_phrase(toks, i, lx.role_words(), cap=False)
        if k and not _is_cap(toks[i]):
            j = i + k
            while j < n and (_bare(toks[j]) in ("setempat", "asal") or toks[j] == ","):
                j += 1
            hons, name, degrees, rank, end = _parse_name(toks, j)
            if name and (len(name) >= 2 or hons or degrees) or (name and end < n and toks[end] == ","):
                out.append(Mention(" ".join(name), None, degrees, hons, rank, note=" ".join(toks[i:i + k])))
                i = end
                continue
        kind = _is_pre_title(toks[i]) or (_match_phrase(toks, i, lx.ranks()) and "rank")
        if kind and (i == 0 or not _is_cap(toks[i - 1]) or toks[i - 1] == ","):
            hons, name, degrees, rank, end = _parse_name(toks, i)
            if name:
                out.append(Mention(" ".join(name), None, degrees, hons, rank))
                i = end
                continue
        # "Muhammad Buldansyah, Wakil Presiden Direktur ..." / "Irsan Efendi Nasution berharap"
        if _name_tok(toks[i]) and (i == 0 or not _is_cap(toks[i - 1]) or toks[i - 1] in (",", "(")):
            hons, name, degrees, rank, end = _parse_name(toks, i)
            if name and end < n:
                if toks[end] == "," and end + 1 < n and _match_phrase(toks, end + 1, lx.position_heads()):
                    pe = _loose_end(toks, end + 1)
                    out.append(Mention(" ".join(name), _join(toks[end + 1:pe]), degrees, hons, rank))
                    i = pe
                    continue
                verb_at = end + 1 if _bare(toks[end]) in ("juga", "pun", "kembali", "lalu", "kemudian") and end + 1 < n else end
                if _SPEECH.match(toks[verb_at]) and not any(lx.is_known_place(t, districts=False) for t in name):
                    out.append(Mention(" ".join(name), None, degrees, hons, rank, strong=len(name) >= 2))
                    i = end
                    continue
        i += 1
    return [m for m in out if _valid_name(m.name)]


_NOUN_LIKE = re.compile(r"^(?:Pe[mnr]?|Per|Ke|Pen[gy]|Pem|Se)\w{3,}an$")


def _valid_name(name: str) -> bool:
    words = name.split()
    if not words or all(len(w.rstrip(".")) < 2 for w in words):
        return False
    orgish = sum(1 for w in words if w.lower().rstrip(".") in lx.org_words() or lx.is_known_place(w, districts=False))
    if orgish * 2 > len(words) or (orgish and len(words) == 2 and words[-1].lower().rstrip(".") in lx.org_words()):
        return False
    if _NOUN_LIKE.match(words[0]) or words[0].lower().rstrip(".") in lx.org_words():
        return False
    if lx.is_known_place(name, districts=False):
        return False
    return not (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4)


def _key(name: str) -> list[str]:
    return [w.lower().rstrip(".") for w in name.split()]


def _contains(big: list[str], small: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def doc_places(paragraphs: list[str]) -> frozenset[str]:
    """Unknown place names introduced in the text itself ("Provinsi Nusa Makmur")."""
    text = "\n".join(paragraphs)
    found = set()
    for m in re.finditer(r"\b(?:Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan|Prov\.|Kab\.)\s+((?:[A-Z][a-z'’]+\s?){1,3})", text):
        words = m.group(1).split()
        if lx.is_known_place(words[0]) or words[0].lower() in lx.not_names() or words[0].lower() in lx.org_words():
            continue
        best, best_score = None, 0
        for k in range(1, len(words) + 1):
            phrase = " ".join(words[:k])
            count = len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text))
            if count >= 2 and count * k > best_score:
                best, best_score = phrase, count * k
        if best:
            found.add(best.lower())
    return frozenset(found)


def find_people(paragraphs: list[str], captions: list[str] = ()) -> list[Person]:
    """Merge mentions from body and captions into distinct people, in order of first mention."""
    extra = doc_places(list(paragraphs) + list(captions))
    people: list[Person] = []
    weak: list[Mention] = []
    for text in list(paragraphs) + list(captions):
        for m in parse_mentions(text, extra):
            key = _key(m.name)
            match = next((p for p in people if _contains(_key(p.name), key) or _contains(key, _key(p.name))), None)
            if match is None:
                if not m.strong:
                    weak.append(m)
                    continue
                people.append(Person(m.name, m.position, list(m.degrees), list(m.honorifics), m.rank, m.note))
                continue
            if len(key) > len(_key(match.name)):
                match.aliases.add(match.name)
                match.name = m.name
            elif m.name != match.name:
                match.aliases.add(m.name)
            match.position = match.position or m.position
            if match.position and m.note:
                m.note = None
            match.note = match.note if match.position else (match.note or m.note)
            match.rank = match.rank or m.rank
            match.degrees += [d for d in m.degrees if d not in match.degrees]
            match.honorifics += [h for h in m.honorifics if h not in match.honorifics]
    for p in people:
        if p.position:
            p.note = None
    return people


def split_name_position(text: str) -> tuple[str | None, str | None, list[str]]:
    """Split e.g. ``"Kepala Biro Humas ... Rika Efianti, S.E, M.M"`` into (name, position, degrees)."""
    mentions = parse_mentions(text, doc_places([text]))
    if not mentions:
        return None, None, []
    m = mentions[0]
    return m.name, m.position, list(m.degrees)


def alias_patterns(people: list[Person], text: str) -> list[tuple[str, int, bool]]:
    """Surface strings that refer to each person: (pattern, person index, case_sensitive)."""
    out: list[tuple[str, int, bool]] = []
    token_owner: dict[str, set[int]] = {}
    for idx, p in enumerate(people):
        for name in {p.name, *p.aliases}:
            out.append((re.escape(name), idx, True))
            for w in name.split():
                w = w.rstrip(".")
                if len(w) >= 3 and w.lower() not in lx.not_names():
                    token_owner.setdefault(w, set()).add(idx)
        words = [w for w in p.name.split() if w[0].isupper()]
        if len(words) >= 2:
            out.append((r"(?<![\w.])" + "".join(w[0] for w in words) + r"(?![\w.])", idx, True))
    for w, owners in token_owner.items():
        if len(owners) == 1:
            out.append((re.escape(w), next(iter(owners)), True))
    heads: dict[str, set[int]] = {}
    for idx, p in enumerate(people):
        if not p.position:
            continue
        toks = _tokens(p.position)
        start = 1 if toks and _bare(toks[0]) in ("plt", "plh", "pj") else 0
        k = _match_phrase(toks, start, lx.position_heads())
        if k:
            heads.setdefault(" ".join(toks[start:start + k]), set()).add(idx)
    for head, owners in heads.items():
        if len(owners) == 1 and head.lower() not in ("kepala", "ketua", "anggota", "direktur", "sekretaris", "plt", "pj"):
            out.append((r"(?<!Wakil )(?<!wakil )" + re.escape(head[:1].upper() + head[1:]), next(iter(owners)), True))
    return out


def resolve_nicknames(people: list[Person], text: str) -> None:
    """Attach nicknames introduced by "akrab disapa X" to the person mentioned just before."""
    for m in re.finditer(r"(?:akra[bp]|biasa)\s+(?:di)?(?:sapa|panggil)(?:\s+dengan\s+panggilan)?\s+(?:Bang|Pak|Bu|Mas|Mbak|Kak)?\s*([A-Z]\w+)", text):
        before = text[:m.start()]
        best = None
        for idx, p in enumerate(people):
            pos = max((before.rfind(a) for a in {p.name, *p.aliases}), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, idx)
        if best:
            people[best[1]].aliases.add(m.group(1))
    for p in people:  # "Presiden Joko Widodo (Jokowi)"
        for m in re.finditer(re.escape(p.name) + r"\s*\(\s*([A-Z][\w-]{2,20})\s*\)", text):
            if m.group(1).lower() not in lx.org_words():
                p.aliases.add(m.group(1))
