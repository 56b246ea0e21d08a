"""WhatsApp-ready text and per-platform social-media share kits generated from a release."""

from __future__ import annotations

import re
from dataclasses import dataclass

from humpro.newsroom.models import Release

# Platform limits (characters). X counts every link as 23 characters (t.co).
LIMITS = {"x": 280, "threads": 500, "instagram": 2200, "facebook": 5000, "linkedin": 3000}
LABELS = {
    "x": "X (Twitter)",
    "threads": "Threads",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
}
MAX_HASHTAGS = {"x": 2, "threads": 3, "instagram": 15, "facebook": 5, "linkedin": 5}
X_LINK_LENGTH = 23
_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class ShareText:
    platform: str
    label: str
    text: str
    length: int
    limit: int
    image_url: str

    @property
    def fits(self) -> bool:
        return self.length <= self.limit


def hashtag(name: str) -> str:
    words = re.findall(r"[0-9A-Za-z]+", name)
    return "#" + "".join(w[:1].upper() + w[1:] for w in words) if words else ""


def hashtags_for(release: Release, defaults: str = "") -> list[str]:
    tags = [hashtag(t.name) for t in release.tags.all()]
    tags += [hashtag(t) for t in defaults.replace(",", " ").split()]
    seen: list[str] = []
    for t in tags:
        if t and t.lower() not in {s.lower() for s in seen}:
            seen.append(t)
    return seen


def counted_length(text: str, platform: str) -> int:
    if platform == "x":
        return len(_URL.sub("x" * X_LINK_LENGTH, text))
    return len(text)


def _shorten(text: str, room: int) -> str:
    if room <= 1:
        return ""
    if len(text) <= room:
        return text
    cut = text[: room - 1].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return cut + "\u2026"


def compose(platform: str, *, title: str, lead: str, url: str, tags: list[str]) -> str:
    """Text for one platform that fits its limit: title, as much lead as fits, link, hashtags."""
    limit = LIMITS[platform]
    tag_line = " ".join(tags[: MAX_HASHTAGS[platform]])
    tail = "\n\n".join(p for p in (url, tag_line) if p)
    fixed = counted_length(f"{title}\n\n\n\n{tail}", platform)
    if fixed > limit:  # even the title is too long: shorten it, drop the lead
        title = _shorten(title, limit - counted_length(f"\n\n{tail}", platform))
        return "\n\n".join(p for p in (title, tail) if p)
    body = _shorten(lead, limit - fixed)
    return "\n\n".join(p for p in (title, body, tail) if p)


def share_kit(release: Release, *, url: str, image_url: str = "", defaults: str = "") -> list[ShareText]:
    tags = hashtags_for(release, defaults)
    kit = []
    for platform, limit in LIMITS.items():
        text = compose(platform, title=release.title, lead=release.lead, url=url, tags=tags)
        kit.append(ShareText(platform, LABELS[platform], text, counted_length(text, platform), limit, image_url))
    return kit


def whatsapp_text(release: Release, *, url: str, defaults: str = "") -> str:
    """WhatsApp formatting: *bold* title, lead, quotes in _italics_, link, hashtags."""
    parts = [f"*{release.title.strip()}*"]
    if release.lead:
        parts.append(release.lead.strip())
    for q in release.quotes.all():
        parts.append(f"_\u201c{q.text.strip()}\u201d_ \u2014 {q.speaker_label}".strip())
    parts.append(f"Selengkapnya: {url}")
    tags = hashtags_for(release, defaults)
    if tags:
        parts.append(" ".join(tags[:5]))
    return "\n\n".join(parts)
