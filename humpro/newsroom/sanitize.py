"""Rich-text bodies are stored sanitised: an allow-list of tags/attributes (nh3, ammonia)."""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h2",
    "h3",
    "h4",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
}
URL_SCHEMES = {"http", "https", "mailto"}
_BLOCK_END = re.compile(r"</(p|li|h[2-4]|blockquote|figcaption|tr)>|<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_LOOKS_HTML = re.compile(r"<[a-zA-Z/!]")


def sanitize_html(raw: str) -> str:
    """Keep harmless formatting; drop scripts, styles, event handlers and javascript: URLs."""
    if not raw:
        return ""
    text = (
        raw
        if _LOOKS_HTML.search(raw)
        else "".join(f"<p>{html.escape(p.strip())}</p>" for p in raw.split("\n\n") if p.strip())
    )
    return nh3.clean(
        text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def html_to_text(body: str) -> str:
    """Plain text of a sanitised body: one line per block, for search, diff, email and WhatsApp."""
    marked = _BLOCK_END.sub(lambda m: m.group(0) + "\n", body or "")
    lines = (html.unescape(_TAG.sub("", line)).strip() for line in marked.splitlines())
    return "\n".join(line for line in lines if line)
