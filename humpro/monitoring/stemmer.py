"""A small Snowball-like Indonesian stemmer (Tala's algorithm).

It does not mangle names or offices.

Design (docs/monitoring.md, nlp.md §5):
- Tala's rules: particle (-kah/-lah/-tah/-pun), possessive (-ku/-mu/-nya), first-order prefix
  (meng-/meny-/men-/mem-/me-, peng-/peny-/pen-/pem-, di-, ter-, ke-), second-order prefix
  (ber-/be-/per-/pe-), derivational suffix (-kan/-an/-i), each only while the word keeps more
  than two vowels.
- Where Snowball guesses the recoded first letter (mengatakan → "ata", menulis → "ulis"), a short
  list of frequent news roots beginning with k/t/p/s/m restores it, so "mengatakan" and
  "dikatakan" both give "kata".
- Protected words are never stemmed: offices and ranks (menteri, bupati, gubernur …), government
  bodies, and the place gazetteer of the extractor. Indexing also keeps the surface form of every
  capitalised word, and queries match "stem OR surface form", so names (Jokowi, Mulyani) are found
  as typed even if the stemmer would clip them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

VOWELS = frozenset("aeiou")
TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)

OFFICE_WORDS = """
presiden wapres menteri menko wamen gubernur wagub bupati wabup walikota wali wakil camat lurah
kades kapolda kapolres kapolresta kapolsek kapolri kajati kajari kejati kejari dandim danrem
danramil pangdam sekda sekdaprov sekdakab sekdakot sekjen sekretaris kepala kabag kabid kasubag
kasi karo kadis plt plh pj ketua anggota direktur dirut asisten staf ajudan protokol humas
pemerintah pemprov pemkab pemkot pemda pemdes setda setdaprov dprd dpr dpd mpr kpu bawaslu
bupati opd dinas biro bagian badan inspektorat kementerian kemendagri kemenkeu kemenkes kominfo
diskominfo bappeda bpbd bpk bpkp ppid satpol pertanggungjawaban kebijakan pendidikan perhubungan
pekerjaan perumahan pertanian perikanan perindustrian perdagangan pariwisata kepolisian
kejaksaan kepegawaian kesehatan keuangan
""".split()  # noqa: SIM905

NYA_ROOTS = ("tanya", "punya", "hanya", "sanya")
NOMINAL_PREFIXES = frozenset({"ke", "peng", "peny", "pen", "pem", "pe1", "per"})
OVERRIDES = {"pemerintahan": "pemerintah", "kepemerintahan": "pemerintah"}

# Roots beginning with the consonant that meN-/peN- replaced (k, t, p, s) or kept (m).
RECODE_ROOTS = {
    "k": "kata keluh kirim kumpul kelola kenal kuat kaji kembang keluar kritik koordinasi kawal "
    "kunjung kukuh kurang kecam kemuka kabar kendali kerja kutip kait kejar kenai kuasa kelompok",
    "t": "tulis tanam tunggu tanggap tangan tingkat tata tutup tolak terima tentu tetap tuju "
    "tunjuk tarik tanya tembak tindak tukar tawar tampil tanda tugas terap tertib tangkap "
    "tanggung temu tinjau tekan tempat tuntut tutur tunda",
    "p": "pimpin pakai periksa pilih pukul putus pasang pantau proses publikasi potong pindah "
    "pinjam panggil perintah peringat pikir punya pulih pesan pengaruh",
    "s": "sampai salur sambut sapa sebut sedia sepakat siap simpan sikap surat susun sosialisasi "
    "sumbang serah sewa sita",
    "m": "minta makan masuk mulai milik mohon menang malu mati mudah",
    "r": "resmi rawat rumah rusak rencana rekam rekrut runding rumus raya ramal rampas rangkum "
    "rangkai ringan",
}
_RECODE = {letter: tuple(words.split()) for letter, words in RECODE_ROOTS.items()}


@cache
def protected_words() -> frozenset[str]:
    """Offices, bodies and the extractor's place gazetteer (one-word forms), lower-cased."""
    words = set(OFFICE_WORDS)
    try:
        from humpro.monitoring.extract.lexicon import load_json

        offices = load_json("offices.json")
        for phrase in offices.get("position_heads", []) + offices.get("place_heads", []):
            words.update(w.lower() for w in TOKEN_RE.findall(phrase))
        places = load_json("places.json")
        for phrase in places.get("provinces", []) + places.get("regencies", []):
            words.update(w.lower() for w in TOKEN_RE.findall(phrase) if len(w) > 3)
    except (ImportError, OSError, ValueError, KeyError):  # the gazetteer is optional
        pass
    return frozenset(words)


def _measure(word: str) -> int:
    return sum(1 for ch in word if ch in VOWELS)


def _recode(rest: str, letters: str) -> str:
    """`rest` after a meN-/peN- prefix that ended before a vowel: restore a dropped consonant."""
    for letter in letters:
        candidate = letter + rest
        if any(candidate.startswith(root) for root in _RECODE[letter]):
            return candidate
    return rest


def _first_prefix(w: str) -> tuple[str, str]:
    for pre, kind in (
        ("meng", "meng"),
        ("peng", "peng"),
        ("meny", "meny"),
        ("peny", "peny"),
        ("mem", "mem"),
        ("pem", "pem"),
        ("men", "men"),
        ("pen", "pen"),
    ):
        if w.startswith(pre) and len(w) > len(pre) + 2:
            rest = w[len(pre) :]
            if kind in ("meny", "peny"):
                return ("s" + rest if rest[0] in VOWELS else rest), kind
            if rest[0] in VOWELS:
                letters = {
                    "meng": "k",
                    "peng": "k",
                    "mem": "mp",
                    "pem": "mp",
                    "men": "t",
                    "pen": "t",
                }[kind]
                recoded = _recode(rest, letters)
                if recoded == rest and kind in ("mem", "pem"):
                    recoded = "p" + rest  # Snowball's default for mem-/pem- before a vowel
                return recoded, kind
            return rest, kind
    for pre in ("di", "ter", "ke"):
        if pre == "ke" and any(
            w.startswith(root) for root in _RECODE["k"] if root.startswith("ke")
        ):
            continue  # a root that begins with "ke" (keluh, kelola, kerja), not the ke- prefix
        if w.startswith(pre) and len(w) > len(pre) + 3:
            return w[len(pre) :], pre
    if w.startswith("me") and len(w) > 5 and w[2] in "lmnrwy":
        return w[2:], "me"
    if w.startswith("pe") and len(w) > 5 and w[2] in "lmnwy":
        return w[2:], "pe1"
    return w, ""


def _second_prefix(w: str) -> tuple[str, str]:
    if w.startswith("ber") and len(w) > 5:
        return w[3:], "ber"
    if w.startswith("be") and len(w) > 6 and w[2] not in VOWELS and w[3:5] == "er":
        return w[2:], "ber"
    if w.startswith("per") and len(w) > 5:
        rest = w[3:]
        return (_recode(rest, "r") if rest[0] in VOWELS else rest), "per"
    if w.startswith("pelajar"):
        return w[3:], "per"
    if w.startswith("pe") and len(w) > 5 and w[2] not in VOWELS:
        return w[2:], "per"
    return w, ""


def _suffix(w: str, prefix: str) -> str:
    if _measure(w) <= 2:
        return w
    if w.endswith("kan") and prefix not in NOMINAL_PREFIXES and len(w) > 5:
        return w[:-3]
    if w.endswith("an") and prefix not in ("di", "meng", "ter") and len(w) > 4:
        return w[:-2]
    if (
        w.endswith("i")
        and not w.endswith("si")
        and prefix not in ("ber", "ke", "peng")
        and len(w) > 4
    ):
        return w[:-1]
    return w


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one lower-case word (protected words and short/numeric tokens unchanged)."""
    if word in OVERRIDES:
        return OVERRIDES[word]
    if len(word) < 5 or not word.isalpha() or word in protected_words():
        return word
    w = word
    for suffix in ("kah", "lah", "tah", "pun"):
        if w.endswith(suffix) and _measure(w) > 2:
            w = w[:-3]
            break
    for suffix in ("nya", "ku", "mu"):
        if w.endswith(suffix) and _measure(w) > 2 and not w.endswith(NYA_ROOTS):
            w = w[: -len(suffix)]
            break
    if w in protected_words():
        return w
    prefix = ""
    if _measure(w) > 2:
        w, prefix = _first_prefix(w)
    if prefix:
        w = _suffix(w, prefix)
        if _measure(w) > 2:
            w, _ = _second_prefix(w)
    else:
        w, second = _second_prefix(w) if _measure(w) > 2 else (w, "")
        w = _suffix(w, second)
    return w if len(w) >= 3 else word


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def index_terms(text: str, extra_protected: frozenset[str] = frozenset()) -> list[str]:
    """Terms to index: the stem of every word, plus the surface form of capitalised or protected
    words.
    """
    terms: list[str] = []
    for tok in tokens(text):
        low = tok.lower()
        if low in extra_protected:
            terms.append(low)
            continue
        s = stem(low)
        terms.append(s)
        if s != low and (tok[0].isupper() or low in protected_words()):
            terms.append(low)
    return terms


def query_terms(query: str) -> list[tuple[str, ...]]:
    """For each query word, the alternatives to match: (stem, surface form) or just one."""
    out = []
    for tok in tokens(query):
        low = tok.lower()
        s = stem(low)
        out.append((s,) if s == low else (s, low))
    return out
