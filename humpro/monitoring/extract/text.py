"""Input decoding and cleanup: raw HTML / CMS fragment / plain text -> title, paragraphs, captions.

Boilerplate lines (share buttons, "Baca juga", copy footers, source links ...) are removed from the
body but kept in ``Source.removed`` with a kind, because some of them (sign-offs, source URLs)
still carry metadata.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("html", "html_fragment", "text")

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,30});", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|blockquote|figure|section|article|header|"
    r"footer|br|hr|td|th|dd|dt|dl|pre|main|aside|nav)\b[^<>]{0,2000}>",
    re.I,
)
_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


@dataclass
class Source:
    """A decoded input: the article title, body paragraphs and side material."""

    fmt: str
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    page_lines: list[str] = field(default_factory=list)
    lead_bold: str = ""


def unescape_deep(text: str, rounds: int = 3) -> str:
    """Decode HTML entities, including double-escaped ones such as ``&amp;quot;``."""
    for _ in range(rounds):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def normalize_space(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)
    return _SPACE.sub(" ", text).strip()


def detect_format(raw: str, filename: str = "") -> str:
    """Guess ``html`` / ``html_fragment`` / ``text`` from the content and file name."""
    suffix = Path(filename).suffix.lower() if filename else ""
    head = raw.lstrip()[:3000].lower()
    if re.search(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", head):
        return "html"
    if suffix == ".txt":
        return "text"
    if head.startswith("<h1") or re.search(
        r"</?(?:p|div|br|h1|h2|span|strong|figure|em|b)\b[^<>]*>", raw[:8000], re.I
    ):
        return "html_fragment"
    return "text"


def strip_tags(fragment: str) -> str:
    """Turn an HTML fragment into text lines (block tags become newlines)."""
    s = re.sub(r"<(script|style|noscript|template)\b.*?</\1\s*>", " ", fragment, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = _BLOCK_TAG.sub("\n", s)
    s = _TAG.sub("", s)
    s = unescape_deep(s)
    if "<" in s:  # entity-encoded markup decoded above
        s = _BLOCK_TAG.sub("\n", s)
        s = _TAG.sub("", s)
    return s


def _lines(text: str) -> list[str]:
    out = []
    for line in re.split(r"\r\n|\r|\n", text):
        line = normalize_space(line)
        if len(line) > 2 and line[0] == line[-1] and line[0] in "*_" and line[1] != line[0]:
            line = line[1:-1].strip()  # "*Bupati Serahkan ...*": a WhatsApp-bold line of a forwarded release
        if line:
            out.append(line)
    return out


# --- boilerplate and caption classification -------------------------------------------------

_SIGNOFF = re.compile(
    r"^\(?\s*(?:pewarta|penulis|reporter|wartawan|laporan|jurnalis|kontributor|editor|redaktur|red|"
    r"penyunting|fotografer|videografer|uploader)\s*:\s*\S|^(?:foto|photo)\s*:\s*\S+(?:\s+\S+){0,3}$|"
    r"^laporan\s+(?:reporter|wartawan|jurnalis|kontributor)\b|^rep\s*:\s*\S.{0,40}/\s*red\s*:",
    re.I,
)
_BYLINE_IN_LINE = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b.{0,40}?[·|•,-]\s*(?:penulis|reporter|editor|oleh|pewarta)\s*:"
    r"|^(?:oleh|penulis|reporter)\s*:?\s*[A-Z][\w .']{2,40}?\s*[·|•]",  # "Oleh: Wahyu · Rabu, 21 Agustus 2024"
    re.I,
)
_BOILER = [
    r"^(?:baca|lihat|simak|cek|tonton|klik|dengarkan)\s+(?:juga|pula|selengkapnya|berita|artikel)\b",
    r"^(?:berita|artikel|topik|video|foto)\s+(?:terkait|lainnya|terpopuler|terkini|pilihan|populer)\b",
    r"^bacaan\s+lainnya$",
    r"^(?:aa\s+)?(?:related|read more|read next|advertisement|iklan|sponsored|scroll to continue)",
    r"^(?:sumber|source)\s*:?\s*(?:<?https?://|www\.)",
    r"^[\w-]+(?:\.[a-z]{2,3}){1,2}/[\w .'-]{2,40}$",  # a photo credit line: "NUSAKINI.com/FADHLI RAHMAN"
    r"^<?https?://\S+>?$",
    r"^www\.\S+$",
    r"^artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat)",
    r"^klik untuk baca",
    r"^(?:copyright|hak cipta)\b",
    r"^©",
    r"^\(c\)\s*\d{4}",
    r"^[•·*\-–]?\s*(?:bagikan|share|sebarkan)\b.{0,40}$",
    r"^(?:bagikan|sebarkan)\s+(?:artikel|berita|tulisan|halaman)\s+ini\b.{0,80}$",
    r"^(?:facebook|twitter|whatsapp|telegram|line|email|linkedin|pinterest|copy link|salin tautan)"
    r"(?:\s*[|/·,•]?\s*(?:facebook|twitter|whatsapp|telegram|line|email|linkedin|pinterest|"
    r"copy link|salin tautan))*$",
    r"^(?:\d+\s+)?(?:komentar|tulis komentar|beri komentar|tinggalkan komentar|kirim komentar|"
    r"balas)\b.{0,60}$",
    r"^(?:responses?|comments?|komentar)\s*\(\d+\)$",  # "Response (1)": a comment counter
    r"^(?:dapatkan|ikuti|gabung)\b.{0,120}"
    r"\b(?:google news|telegram|whatsapp|instagram|channel|saluran)\b",
    r"^(?:download|unduh)\s+(?:aplikasi|app)\b",
    r"^(?:tags?|tag|kata kunci|keyword)s?\s*:",
    r"^banner\s*\d+\s*x\s*\d+$",
    r"^(?:kontak|contact|video)\s*:",
    r"^(?:loading|memuat)\.*$",
    r"^(?:halaman|page)\s+\d+(?:\s+(?:dari|of)\s+\d+)?$",
    r"^(?:selanjutnya|sebelumnya|next|prev(?:ious)?)\s*[»›>]?$",
    r"^(?:home|beranda)\s*[»›>/]",
    # WordPress in Indonesian: comment form, likes, related posts
    r"^tinggalkan\s+(?:balasan|komentar)\b",
    r"^alamat email anda tidak akan dipublikasikan",
    r"^%d blogger\b|\bblogger menyukai ini\W*$",
    r"^mungkin anda (?:menyukai|suka|juga suka)\b",
    r"^(?:suka|sukai) ini\W*$",
]
_BOILER_RE = re.compile("|".join(f"(?:{p})" for p in _BOILER), re.I)
_CAPTION_RE = re.compile(
    r"(?:^(?:foto|photo|gambar|ilustrasi)\s*[:.-]|"
    r"\((?:foto|dok\b|dok\.|dokumentasi|ist\b|ist\.|istimewa|antara foto)[^)]{0,80}\)\s*\.?$|"
    r"©|\bantara/[A-Za-z ]+\)\s*$|\((?:[A-Za-z]+\.)?(?:com|id)/[^)]{1,40}\)\s*$|"
    r"[.!]\s*(?:foto|photo)\s*:\s*[A-Z][\w .&/-]{1,40}$)",
    re.I,
)
_QUOTE_THEN_CUE = re.compile(r"[,.!?][”\"]\s*[a-z]\w+")
_CAPTION_LEAD = re.compile(
    r"^[A-Z][A-Z ]{2,30}\s*[-–]\s+\S"
)  # "SAMBUTAN - Bupati ..." photo caption style


def classify_line(line: str, title: str = "", headlines: bool = False) -> str:
    """Return ``body`` or a boilerplate kind for one text line."""
    low = line.lower()
    if title and normalize_space(low) == normalize_space(title.lower()):
        return "title_repeat"
    if _SIGNOFF.match(line) or re.match(r"^editor\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}$", line):
        return "signoff"
    if len(line) < 200 and _BYLINE_IN_LINE.search(line):
        return "signoff"  # "Kamis, 13 Juni 2024 - 09:47 WIB · Penulis: Desi · Dibaca: 1.204 kali"
    if _BOILER_RE.search(line):
        return "boilerplate"
    if _CAPTION_RE.search(line) and len(line) < 400 and not _QUOTE_THEN_CUE.search(line):
        return "caption"  # (not "“...,” pungkasnya.(wayar.id/kontr)": a quote, then the sign-off)
    if _CAPTION_LEAD.match(line) and len(line) < 400 and re.search(r"\((?:foto|dok)", low):
        return "caption"
    words = line.split()
    if (
        headlines
        and 4 <= len(words) <= 16
        and not re.search(r"[.!?,\"“”]$", line)
        and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
    ):
        return "headline"  # related-article headlines in Title Case
    if (
        len(words) > 16
        and not re.search(r"[.!?,;:\"“”()]", line)
        and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)
    ):
        return "headline"  # a ticker of headlines run together ("Rektor X Lantik ... Wali Kota Y Terima ...")
    # keyword/tag lines: several commas, no sentence punctuation, mostly lower case
    if (
        line.count(",") >= 3
        and not re.search(r"[.!?\"“”]", line)
        and sum(c.isupper() for c in line) < len(line) * 0.1
        and max(len(item.split()) for item in line.split(",")) <= 5
    ):  # (not a sentence cut off by the end of the copy: "Sementara itu, Kepala ... mengatakan ..., gula, ko")
        return "tags"
    return "body"


_INLINE_RELATED = re.compile(r"\b(?:baca|lihat|simak)\s+(?:juga|pula)\s*:\s*", re.I)
_HEADLINE_SMALL_WORDS = frozenset(
    ["di", "ke", "dari", "dan", "soal", "untuk", "yang", "atau", "dengan", "pada", "jadi", "jelang",
     "usai", "demi", "bagi", "oleh", "akan", "tak", "tidak", "belum", "ini", "itu"]
)


def strip_inline_related(line: str) -> tuple[str, str]:
    """Cut a "Lihat juga: Title Case Headline" inserted inside a paragraph; return (rest, cut)."""
    m = _INLINE_RELATED.search(line)
    if not m or m.start() == 0:
        return line, ""
    words = list(re.finditer(r"\S+", line[m.end() :]))
    ends: list[int] = []  # end offsets of the headline's content words
    stop = None
    for w in words:
        tok = w.group(0)
        if tok[0] in "\"“'‘&" or not (tok[0].isupper() or tok[0].isdigit() or tok.lower() in _HEADLINE_SMALL_WORDS):
            stop = tok
            break
        if tok.lower() not in _HEADLINE_SMALL_WORDS:
            ends.append(w.end())
    if stop and stop[0].islower() and len(ends) >= 4:
        ends.pop()  # "... di Lahat Warga juga meminta": the last capital starts the next sentence
    if not ends:
        return line, ""
    end = ends[-1]
    cut = line[m.start() : m.end() + end]
    return normalize_space(line[: m.start()] + " " + line[m.end() + end :]), cut


_RELATED_HEADER = re.compile(
    r"^(?:jangan lewatkan|baca juga|berita terkait|artikel terkait|rekomendasi|pilihan editor|"
    r"terpopuler|berita lainnya|artikel lainnya|lihat juga)\W*$",
    re.I,
)
_INITIALS_LINE = re.compile(r"^\(\s*[A-Za-z]{2,6}(?:\s*/\s*[A-Za-z0-9]{1,6}){0,3}\s*\)\.?$")
_NAME_WORDS = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,4}"
# a byline line above the copy: "Nurul Arifin, Jurnalis · Rabu 23 Juli 2014 12:57 WIB", "Mukhlis Dinillah -
# detikFinance", "Candra Yuri Nuralam • 28 January 2026 20:56"
BYLINE_LINE = re.compile(
    r"^(?P<name>" + _NAME_WORDS + r")\s*(?:,\s*(?:Jurnalis|Wartawan|Reporter|Kontributor)\b.{0,60}"
    r"|\s[-–]\s*(?:detik[A-Za-z]+|[\w-]+\.(?:com|id|co\.id|co|net))"
    r"|\s*[•·|]\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\b.{0,30})$"
)
# Kompas.com's stamp line, after which the writers' names stand one per line ("Name,", "Name")
_STAMP_THEN_NAMES = re.compile(r"^[\w.]+\.com\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}\s*,\s*\d{1,2}[:.]\d{2}\s*WIB$", re.I)
_NAME_LINE = re.compile(r"^" + _NAME_WORDS + r",?$")


def _split_body(lines: list[str], src: Source, headlines: bool = False) -> None:
    seen: set[str] = set()
    related = ended = names = False
    for line in lines:
        if not re.search(r"\w", line):
            continue
        if BYLINE_LINE.match(line) or (names and _NAME_LINE.match(line) and line.lower() != "tim redaksi"):
            src.removed.append(("byline", line))  # the writers' names, not people of the story
            continue
        names = bool(_STAMP_THEN_NAMES.match(line))
        if names or line.lower() == "tim redaksi":
            src.removed.append(("boilerplate", line))
            continue
        if len(line) >= 40:  # bodies pasted twice: keep the first copy
            if line in seen:
                continue
            seen.add(line)
        if _RELATED_HEADER.match(line):
            related = True  # "Jangan Lewatkan!": teaser headlines follow
            src.removed.append(("related", line))
            continue
        if _INITIALS_LINE.match(line) and src.paragraphs:
            # "(kpl/otx)" closes the article (kept for the sign-off), or the teaser block above it
            if related:
                src.removed.append(("related", line))
            else:
                src.paragraphs.append(line)
            related, ended = False, True
            continue
        if (related or ended) and len(line) < 160:
            src.removed.append(("related", line))  # teasers after a header or after the sign-off
            continue
        related = False
        kind = classify_line(line, src.title, headlines)
        if kind == "body":
            line, also = strip_inline_related(line)
            if also:
                src.removed.append(("boilerplate", also))
            if line:
                src.paragraphs.append(line)
        elif kind == "caption":
            src.captions.append(line)
        else:
            src.removed.append((kind, line))


# --- readers ------------------------------------------------------------------------------------

_FIGCAPTION = re.compile(
    r"<(figcaption|(?:p|div|span)\b[^<>]*class=[\"'][^\"']*caption[^\"']*[\"'])[^<>]*>(.*?)</(?:figcaption|p|div|span)\s*>",
    re.S | re.I,
)
_IMG_ALT = re.compile(r"<img\b[^<>]*\balt=[\"']([^\"']{8,400})[\"']", re.I)


def read_fragment(raw: str) -> Source:
    src = Source(fmt="html_fragment")
    m = re.search(r"<h1\b[^<>]*>(.*?)</h1\s*>", raw, re.S | re.I)
    body = raw
    if m:
        src.title = normalize_space(strip_tags(m.group(1)).replace("\n", " "))
        body = raw[: m.start()] + "\n" + raw[m.end() :]
    for cm in _FIGCAPTION.finditer(body):
        cap = normalize_space(strip_tags(cm.group(2)).replace("\n", " "))
        if cap:
            src.captions.append(cap)
    body = _FIGCAPTION.sub("\n", body)
    for am in _IMG_ALT.finditer(body):
        alt = normalize_space(unescape_deep(am.group(1)))
        if alt and " " in alt and alt not in src.captions:
            src.captions.append(alt)
    lead = re.search(r"^\s*(?:<p\b[^<>]*>\s*)?<(strong|b)\b[^<>]*>(.*?)</\1\s*>", body, re.S | re.I)
    if lead:
        src.lead_bold = normalize_space(strip_tags(lead.group(2)))
    _split_body(_lines(strip_tags(body)), src)
    return src


def read_text(raw: str) -> Source:
    src = Source(fmt="text")
    text = unescape_deep(raw)
    if _TAG.search(text) and re.search(r"</?(?:p|br|div)\b", text, re.I):
        text = strip_tags(text)
    lines = _lines(text)
    while lines and classify_line(lines[0]) != "body":
        src.removed.append(("boilerplate", lines.pop(0)))
    if lines and not _is_lead(lines[0]):
        src.title = lines.pop(0)
    _split_body(_join_comma_breaks(lines), src)
    return src


def _join_comma_breaks(lines: list[str]) -> list[str]:
    """Lines broken after a comma go on: "Wakil Gubernur Jawa Tengah," / "Taj Yasin, menegaskan ..."."""
    out: list[str] = []
    for line in lines:
        words = line.split() or [""]
        dateline = (len(words[0]) >= 3 and words[0].rstrip(",").isupper()) or re.search(r"\s[-–—|]\s", line[:60])
        short = len(words) <= 4  # ("Bayu Permana," / "Siti Rahmah": a byline's names, one a line)
        if out and out[-1].endswith(",") and len(out[-1]) < 300 and line[:1].isupper() and not (dateline or short):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _is_lead(line: str) -> bool:
    """A first line that reads as the lead paragraph, not a headline (a copy without title)."""
    return len(line) > 200 and line.rstrip().endswith((".", "!", "?", '"', "”"))


_SITE_SEGMENT = re.compile(
    r"(?:\.(?:com|co\.id|co|id|net|org|news|go\.id)\b|^(?:kompas|detik|antara|tribun|liputan6)\b)",
    re.I,
)


def _clean_page_title(title: str, sitename: str) -> str:
    parts = re.split(r"\s+(?:[-|–—»]|::)\s+", title)
    site = (sitename or "").lower()
    while len(parts) > 1 and (
        _SITE_SEGMENT.search(parts[-1]) or (site and site in parts[-1].lower())
    ):
        parts.pop()
    while len(parts) > 1 and (
        _SITE_SEGMENT.search(parts[0]) or (site and site in parts[0].lower())
    ):
        parts.pop(0)
    return normalize_space(" - ".join(parts))


def read_html(raw: str) -> Source:
    from trafilatura import bare_extraction

    src = Source(fmt="html")
    doc = None
    try:
        doc = bare_extraction(
            raw,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
            include_images=True,
            with_metadata=True,
            deduplicate=False,  # trafilatura's dedup cache is process-wide: it dropped dates of re-seen pages
        )
    except Exception:  # trafilatura raises on some broken inputs; fall back to tag stripping
        doc = None
    page = strip_tags(raw)
    src.page_lines = _lines(page)
    if doc is None or not getattr(doc, "text", None):
        frag = read_fragment(re.sub(r"(?is)^.*?<body\b[^<>]*>", "", raw))
        frag.fmt = "html"
        frag.page_lines = src.page_lines
        return frag
    sitename = doc.sitename or ""
    src.meta = {
        "date": doc.date,
        "author": doc.author,
        "sitename": sitename,
        "url": doc.url,
        "hostname": doc.hostname,
    }
    title = doc.title or ""
    h1s = [
        normalize_space(strip_tags(h))
        for h in re.findall(r"<h1\b[^<>]*>(.*?)</h1\s*>", raw, re.S | re.I)
    ]
    for h in h1s:
        if len(h) > 15 and h.lower() in title.lower():
            title = h
            break
    src.title = _clean_page_title(unescape_deep(title), sitename)
    lines = []
    for line in _lines(doc.text):
        img = re.match(r"^!\[([^\]]*)\]\([^)]*\)\s*(.*)$", line)
        if img:
            cap = normalize_space(img.group(2) or img.group(1))
            if cap and " " in cap and cap not in src.captions:
                src.captions.append(cap)
            continue
        lines.append(line)
    # trailing link lists / short navigation lines collected by recall mode
    while lines and (
        lines[-1].startswith(("- ", "* ", "|"))
        or (len(lines[-1]) < 60 and not re.search(r"[.!?)\"”]$", lines[-1]))
    ):
        src.removed.append(("boilerplate", lines.pop()))
    _split_body([ln for ln in lines if not ln.startswith(("- ", "* ", "|"))], src, headlines=True)
    for cap in _article_figcaptions(raw, src.paragraphs):
        if cap not in src.captions:
            src.captions.append(cap)
        if cap in src.paragraphs:  # a caption block the main-text extraction took for copy
            src.paragraphs.remove(cap)
            src.removed.append(("caption", cap))
    return src


_PHOTO_CREDIT = re.compile(
    r"(?:\s*\((?:foto|photo|dok|ist|sumber)\b[^()]*\)|\s*-?\s*\([^()]*/[^()]*\)\s*-?"  # "-(Tri Budi/Tangsel Ekspres)-"
    r"|\s*/[A-Z][\w .'’-]{1,40}/[A-Z][\w .'’-]{1,40}/"  # "... 22 Desember 2023. /Kabar Tegal/Dwi Prasetyo/"
    r"|[\s.]*\b(?:foto|photo)\s*[:/]\s*[^()]{2,60}"
    r"|(?<=[.!?])\s+[A-Za-z][\w-]*\.(?:com|id|co\.id|net|news)\s*/\s*[A-Z][\w .'’-]{1,40})\s*\.?\s*$",
    re.I,
)


_CAPS_CREDIT = re.compile(r"(?<=[.!?)])\s*\(\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}\s*\)\s*\.?\s*$")
# a photo credit in capitals closing a paragraph: "... rabu (22/7).(RIA MEKAR/RADAR SAMPIT)"
_CAPS_SLASH_CREDIT = re.compile(r"(?<=[.!?)])\s*\(\s*[A-Z][A-Z .'’-]+(?:/\s*[A-Z][A-Z .'’-]+)+\)\s*\.?\s*$")


# a line that is only a photo credit: "Erlan Saputra/Tribun Timur"
_CREDIT_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_CREDIT_LINE = re.compile(r"^\(?" + _CREDIT_WORDS + r"\s*/\s*" + _CREDIT_WORDS + r"\)?$")


def strip_caps_credit(paragraph: str) -> str:
    """A paragraph without a closing photo credit in capitals ("(RIA MEKAR/RADAR SAMPIT)"); a line
    that is only a credit ("Erlan Saputra/Tribun Timur") is left empty."""
    if _CREDIT_LINE.match(paragraph.strip()):
        return ""
    return _CAPS_SLASH_CREDIT.sub("", paragraph)


def strip_photo_credit(caption: str) -> str:
    """A caption without its trailing photo credit ("(Foto: Wahyu/Jatim Sepekan)",
    "(SuaraPandalungan.com/Fajar)", "FOTO/ANTARA/Rudi", "... (14/8/2024). NUSAWARTA.com/Dimas",
    "... rabu (22/7).(RIA MEKAR)"): the photographer is not in the story."""
    return _CAPS_CREDIT.sub("", _PHOTO_CREDIT.sub("", caption)).strip()


def _article_figcaptions(raw: str, paragraphs: list[str]) -> list[str]:
    """Figure captions of the article itself (a featured photo above the copy, which the main-text
    extraction leaves out): those between the page's headline and the end of the copy, not the
    thumbnails of related-news boxes further down."""
    h1 = re.search(r"</h1\s*>", raw, re.I)
    if not h1 or not paragraphs:
        return []
    last = next((p for p in reversed(paragraphs) if len(re.findall(r"\w+", p)) >= 4), "")  # not "(aln/mgb)"
    words = re.findall(r"\w+", last)[:6]
    if len(words) < 4:
        return []
    tail = re.search(r"(?:\W|&\w+;)+".join(map(re.escape, words)), raw[h1.end() :])
    if not tail:
        return []
    end = h1.end() + tail.end()
    out = []
    for cm in _FIGCAPTION.finditer(raw, h1.end(), end):
        cap = normalize_space(unescape_deep(strip_tags(cm.group(2))).replace("\n", " "))
        if cap and " " in cap and not _BOILER_RE.search(cap):  # ("LIHAT JUGA: ..." in a "para_caption" box)
            out.append(cap)
    return out


def read_source(raw: str, fmt: str | None = None, filename: str = "") -> Source:
    """Decode ``raw`` into a :class:`Source` (format auto-detected when ``fmt`` is None)."""
    fmt = fmt or detect_format(raw, filename)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if fmt == "html":
        return read_html(raw)
    if fmt == "html_fragment":
        return read_fragment(raw)
    return read_text(raw)


# --- sentence helpers ---------------------------------------------------------------------------

_ABBREV = (
    r"(?:\b(?:Ir|Dr|dr|drg|Drs|Dra|Prof|H|Hj|KH|St|No|Rp|Kab|Prov|Kec|Kel|Jl|Jln|Tbk|Pol|Inf|Sp|S|M|A|Bpk|Yth|dkk|dll|dsb|tgl|Plt|Plh|Pj|Ds)"
    r"|\b[A-Z])\."
)
_SENT_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9(])|(?<=[a-z0-9)]{2}[.!?])(?=[A-Z][a-z])")


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within a paragraph; conservative about abbreviations."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(paragraph):
        cut = m.start()
        if re.search(_ABBREV + "$", paragraph[max(0, cut - 8) : cut]):
            continue
        end = cut + re.match(r"[\"”’]?", paragraph[cut:]).end()
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return spans


def full_title(title: str, lines: list[str]) -> str:
    """A title cut by a narrow column ("Kejari Lahat Tahan Mantan") completed from a copy footer
    that repeats it in full ("Artikel ini telah tayang … dengan judul "…"")."""
    if not title:
        return title
    rx = re.compile(r"judul\s*:?\s*[\"“]?(" + re.escape(title) + r"[^\"”\n]{3,200}?)[\"”]?\s*\.?\s*$", re.I)
    for line in lines:
        m = rx.search(line)
        if m:
            return normalize_space(m.group(1)).rstrip(" .")
    return title
