"""People (name, position, degrees, honorifics, rank) found by office/title-anchored rules.

The rules live in submodules: ``office_first`` and ``name_first`` (rule families), ``mentions``
(one text), ``variants`` (one person written several ways) and ``document`` (the whole article).
Names with a leading underscore are internal to this package; the public ones are in ``__all__``.
"""

from __future__ import annotations

import re

from .. import lexicon as lx
from ..names import contains_words, name_key
from ..text import strip_photo_credit
from .common import _HEADLINE_VERBS, Mention, Person, _caption_verb_at, _headline_verb_at, _is_headline_like
from .document import (
    _aliases_in_parentheses,
    _body_of_a_town,
    _complete_name_lists,
    _crf_backstop,
    _drop_unit_words,
    _introduced_name_lists,
    _named_facility,
    _named_people,
    _offices_of_listed_people,
    _owner,
    _paired_offices,
    _pronoun_offices,
    _village_before_name,
    _village_name_pairs,
    doc_places,
)
from .mentions import cue_names, parse_mentions
from .variants import merge_variants

__all__ = [
    "Mention",
    "Person",
    "doc_places",
    "find_people",
    "merge_variants",
    "parse_mentions",
    "split_name_position",
]


def find_people(paragraphs: list[str], captions: list[str] = (), places: tuple[str, ...] = ()) -> list[Person]:
    """Merge mentions from body and captions into distinct people, in order of first mention.

    ``places`` are extra place names known for this article (e.g. the dateline city).
    """
    extra = doc_places(list(paragraphs) + list(captions)) | {p.lower() for p in places if p}
    captions = [strip_photo_credit(c) for c in captions]  # (a credit still tells places: "Dok. Diskominfo Minut")
    texts = [*paragraphs, *captions]
    people: list[Person] = []
    weak: list[Mention] = []
    cues = cue_names(list(paragraphs))
    for text in texts:
        headline_like = _is_headline_like(text)
        for m in parse_mentions(text, extra, cues):
            if headline_like and not m.position:
                continue  # "Orang Tua Siswa Akui Ada Pungutan": a Title Case subhead, not names
            if headline_like and (
                m.name.split()[0].lower() in _HEADLINE_VERBS
                or (m.position and m.position.split()[-1].lower() in _HEADLINE_VERBS)
            ):
                continue  # "Jubir Timnas AMIN Sebut Bansos Tembus Rekor": no name before the verb
            if headline_like and (cut := _headline_verb_at(m.name.split())):
                m.name = " ".join(m.name.split()[:cut])  # "PM Anwar Ibrahim Sebut Indonesia Teman Sejati"
            if cut := _caption_verb_at(m.name.split()):
                m.name = " ".join(m.name.split()[:cut])  # "Ketua DPRD Lotim Murnan Memimpin sidang"
            key = name_key(m.name)
            match = next(
                (p for p in people if contains_words(name_key(p.name), key) or contains_words(key, name_key(p.name))),
                None,
            )
            if match is None:
                if not m.strong:
                    weak.append(m)
                    continue
                people.append(Person(m.name, m.position, list(m.degrees), list(m.honorifics), m.rank, m.note))
                continue
            if fixed := _village_before_name((match.name, match.position), (m.name, m.position)):
                match.name, match.position = fixed  # "Kades Sidowangi Muansin" and "Kades Muansin"
            elif len(key) > len(name_key(match.name)):
                match.aliases.add(match.name)
                match.name = m.name
            elif m.name != match.name:
                match.aliases.add(m.name)
            match.position = _without_name_head(_fuller(match.position, m.position) or m.position, match.name)
            if match.position and m.note:
                m.note = None
            match.note = match.note if match.position else (match.note or m.note)
            match.rank = match.rank or m.rank
            match.degrees += [d for d in m.degrees if d not in match.degrees]
            match.honorifics += [h for h in m.honorifics if h not in match.honorifics]
    people = _drop_unit_words(merge_variants(people))
    people = [p for p in people if not _body_of_a_town(p) and not _named_facility(p, texts)]
    _aliases_in_parentheses(texts, people)
    _crf_backstop(texts, people, extra)
    _complete_name_lists(texts, people, extra)
    _introduced_name_lists(texts, people, extra)
    _village_name_pairs(list(paragraphs), people)
    _paired_offices(list(paragraphs), people)
    _named_people(list(paragraphs), people, extra)
    _offices_of_listed_people(list(paragraphs), people)
    _pronoun_offices(texts, people)
    for m in weak:  # "Rusdianto adalah Kepala Pelaksana ...": a later, bare mention of a person found above
        key = name_key(m.name)
        match = _owner(key, people)
        if match is not None:
            mended = _without_name_head(match.position, m.name)
            if len(key) > len(name_key(match.name)) and mended != match.position:
                match.aliases.add(match.name)  # "Sekretaris Desa Dwi Ratnasari" read as "... Desa Dwi" + "Ratnasari"
                match.name, match.position = m.name, mended
            match.position = match.position or m.position
            match.rank = match.rank or m.rank
            match.degrees += [d for d in m.degrees if d not in match.degrees]
    for p in people:
        if p.position:
            p.position = _TIME_TAIL.sub("", p.position) or p.position  # "Menhan saat ini" is the Menhan
            p.note = None
        # "pesan Dt. Rajo Alam": the Minangkabau adat title after the name also names the person
        p.aliases |= {h for h in p.honorifics if h.startswith(("Dt.", "Dt ", "Datuk ")) and len(h.split()) >= 2}
    return people


def _fuller(first: str | None, later: str | None) -> str | None:
    """The later office when it spells out the first one ("Kepala Badan BMKG Kabupaten Tuban", then
    "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Kabupaten Tuban"), else the first."""
    if not (first and later):
        return first
    a, b = (re.findall(r"\w+", x.lower()) for x in (first, later))
    spelt = {w.lower() for w in re.findall(r"\((\w+)\)", later)} - {w.lower() for w in re.findall(r"\((\w+)\)", first)}
    bare_head = " ".join(a) in lx.place_heads()  # "Wakil Bupati", later "Wakil Bupati (Wabup) Semarang"
    if a[0] in spelt and a[0] != b[0]:  # "Sekda Kota Siantar", later "Sekretaris Daerah (sekda) Kota Siantar"
        return later if contains_words(b, a[1:]) else first
    return later if (spelt & set(a) or bare_head) and a[0] == b[0] and contains_words(b, a) and b != a else first


_TIME_TAIL = re.compile(r",?\s+(?:saat ini|saat itu|sekarang|kala itu|ketika itu|waktu itu)$")


def _without_name_head(position: str | None, name: str) -> str | None:
    """ "Sekretaris Desa Dwi" for Dwi Ratnasari: the office took the first word of a name the
    article gives in full elsewhere; that word goes back to the name."""
    if not position:
        return position
    pos, words = position.split(), name.split()
    for k in (2, 1):
        if len(words) > k and len(pos) > k + 1 and pos[-k:] == words[:k]:
            return " ".join(pos[:-k])
    return position


def split_name_position(text: str) -> tuple[str | None, str | None, list[str]]:
    """Split ``"Kepala Biro Humas ... Rika Efianti, S.E, M.M"`` into (name, position, degrees)."""
    mentions = parse_mentions(text, doc_places([text]))
    if not mentions:
        return None, None, []
    m = mentions[0]
    return m.name, m.position, list(m.degrees)
