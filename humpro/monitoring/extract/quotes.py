"""Direct quotes and their speakers: a deterministic, precision-first sieve.

1. Quote spans from double quote marks (straight or curly), continued across paragraphs when a
   paragraph opens a quote and does not close it; where the next paragraph reopens it with a
   mark, each paragraph is a part of its own (as printed) with the speaker of the last part.
2. Titles and scare quotes are dropped (short, no speech punctuation, no cue, or a title word
   before).
3. Speaker, in order: a cue after the quote ("ujar Rika", "tuturnya", "kata dia", "Rika
   menambahkan"),
   a cue before it ("X mengatakan: ..."), a continuation of the previous quote, the subject of the
   preceding reporting sentence. Pronouns and "-nya" go to the most recent person mentioned outside
   quotes, at most three paragraphs back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .aliases import alias_patterns, office_holder, resolve_nicknames
from .names import CUE_ROOTS, SPEECH_VERBS, bare, contains_words, is_pre_title, match_phrase, name_key, name_tok
from .people import Person, merge_variants, parse_mentions

QUOTE_CHARS = '"“”„‟«»'
_CUE_STOP = re.compile(r"[.;!?](?:\s|$)|\bsaat\b|\bketika\b|\bdi\s")


def _cue_stop(segment: str) -> re.Match[str] | None:
    """Where the words after a cue stop naming the speaker: a sentence end (not the dot of a title
    such as "ucap Tgk. Ilyas"), or "saat", "ketika", "di"."""
    for m in _CUE_STOP.finditer(segment):
        word = re.search(r"(\S+)$", segment[: m.start()])
        if m.group(0)[0] == "." and word and is_pre_title(word.group(1) + "."):
            continue
        return m
    return None


_POST_CUE = re.compile(r"^[\s,]*(?P<cue>(?:" + CUE_ROOTS + r"))(?P<nya>nya)?\b", re.I)
_POST_NYA = re.compile(r"^[\s,]*(?P<cue>[a-z]{3,}nya)\b")
_POST_NAME_VERB = re.compile(
    r"^[\s,]*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:ia|dia|beliau))\s+(?:pun\s+|juga\s+|kembali\s+)?(?:"
    + SPEECH_VERBS
    + r")\b"
)
_DEMIKIAN = re.compile(
    r"^[\s,.]*(?:demikian|begitu|begitulah|demikianlah|hal itu|hal tersebut)\s+(?:kata|ujar|disampaikan|"
    r"dikatakan|diungkapkan|dijelaskan|ditegaskan|penjelasan|ucap|respons?|tanggapan|jawaban)(?:\s+oleh)?\b",
    re.I,
)
_PRONOUN = re.compile(r"^\s*(?:dia|ia|beliau|yang bersangkutan)\b", re.I)
_DESCRIPTOR = re.compile(
    r"^\s*(?:pria|wanita|sosok|perempuan|lelaki|pejabat|politisi|politikus|mantan|"
    r"orang nomor|jenderal)\b",
    re.I,
)
_POLITICIAN = re.compile(r"^\s*(?:politisi|politikus|legislator|anggota dewan|wakil rakyat)\b", re.I)
_LEGISLATIVE = re.compile(
    r"\b(?:dprd?|dpd|dprk|dpra|dprp|mpr|fraksi|partai|senator|legislat\w*|pdi|golkar|gerindra|nasdem|pkb|pks|pan|"
    r"demokrat|ppp|hanura|perindo|psi)\b",
    re.I,
)


_AGREED = re.compile(r"\b(?:diamini|dibenarkan|diakui|dirasakan)\b(?:\s+(?:oleh|pula|juga))?")


_PRONOUN_SPEAKS = re.compile(r"(?:Ia|Dia|Beliau)\s+(?:juga\s+|pun\s+)?(?:" + SPEECH_VERBS + r")\b")


def _pronoun_goes_on(text: str, lo: int, hi: int) -> bool:
    """Whether every paragraph between the last quote and this one opens with the last speaker's
    pronoun and a speech verb ("Ia menambahkan, penunjukan dr. Andreas ..."): the speaker goes on."""
    paras = [p.strip() for p in text[lo:hi].split("\n\n")[1:] if p.strip()]
    return bool(paras) and all(_PRONOUN_SPEAKS.match(p) for p in paras)


def _passive_agent_before(text: str, at: int, mentions: _Mentions) -> int | None:
    """The person named after a passive verb of speech or assent in the quote's own paragraph
    ("Hal senada disampaikan X", "Keluhan Joni diamini warga lain, Yanti"), when nobody is named
    after that person before the quote."""
    lo = text.rfind("\n\n", 0, at) + 2 if text.rfind("\n\n", 0, at) >= 0 else 0
    window = text[lo:at]
    hits = [*_PASSIVE_INTRO.finditer(window), *_AGREED.finditer(window)]
    if not hits:
        return None
    return _named_alone_after(lo + max(h.end() for h in hits), at, mentions)


def _named_alone_after(after: int, at: int, mentions: _Mentions) -> int | None:
    """The first person named after ``after``, when nobody else is named after them before ``at``."""
    hit = mentions.first_in(after, at)
    if hit is None or mentions.any_between(mentions.start_of(after, hit) + 1, at, hit):
        return None
    return hit


def _legislative(people: list[Person], idx: int | None) -> bool:
    return idx is not None and bool(_LEGISLATIVE.search(people[idx].position or ""))


_ANON = re.compile(
    r"^\s*(?:sumber|seorang|salah seorang|salah satu|warga|pihak|petugas|mereka|para)\b", re.I
)
_TITLE_CTX = re.compile(
    r"(?:judul|bertajuk|bertema|tema|tagline|slogan|istilah|program|film|lagu|buku|aplikasi|tagar|hashtag|sebutan|julukan|"
    r"bernama|berjudul|kategori|gerakan|motto|moto|jargon|kampanye|akun|grup|acara|kata|kalimat|frasa|disebut|dijuluki|kolom|rubrik|lomba)\s*$",
    re.I,
)
_PRE_CUE = re.compile(
    r"(?:"
    + SPEECH_VERBS
    + r"|kata|ujar|ungkap|tegas|jelas|bilang|ucap|tutur|katanya|ujarnya|sebagai berikut|"
    r"menurut\s+[^,.]{2,60}|berikut\s+ini)\s*(?:bahwa\s*)?[,:]?\s*$",
    re.I,
)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    unclosed: bool = False
    speaker: int | None = None
    speaker_name: str | None = None
    cue: str | None = None


def _spans(text: str, para_bounds: list[tuple[int, int]]) -> tuple[list[tuple[int, int, bool]], set[int]]:
    """Quote spans (open, close, unclosed) and the opening positions of the parts of a quote that
    goes on in the next paragraph with a reopening mark (each paragraph is a part of its own, as
    the text prints it; a quote whose mark simply stays open across a paragraph is one span)."""
    out = []
    parts: set[int] = set()
    inside = False
    open_pos = 0
    skip_first = False
    for pi, (ps, pe) in enumerate(para_bounds):
        marks = [ps + m.start() for m in re.finditer("[" + QUOTE_CHARS + "]", text[ps:pe])]
        if skip_first and marks and marks[0] == ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip())):
            marks = marks[1:]
        skip_first = False
        for q in marks:
            if not inside:
                inside, open_pos = True, q
            else:
                inside = False
                out.append((open_pos, q, False))
        if inside:
            nxt = (
                text[para_bounds[pi + 1][0] : para_bounds[pi + 1][1]]
                if pi + 1 < len(para_bounds)
                else ""
            )
            starts_open = bool(nxt) and nxt.lstrip()[:1] in QUOTE_CHARS
            # it goes on if the next paragraph with quote marks (within 3) has an odd count
            n_marks = 0
            for ahead in range(pi + 1, min(len(para_bounds), pi + 4)):
                a, b = para_bounds[ahead]
                n_marks = sum(text[a:b].count(c) for c in QUOTE_CHARS)
                if n_marks:
                    break
            long_enough = pe - open_pos < 3000
            if nxt and long_enough and (starts_open or n_marks % 2 == 1):
                if starts_open:  # the next paragraph reopens the quote: this paragraph is one part
                    out.append((open_pos, pe, True))
                    parts.add(open_pos)
                    open_pos = para_bounds[pi + 1][0] + len(nxt) - len(nxt.lstrip())
                skip_first = starts_open
                continue
            out.append((open_pos, pe, True))
            inside = False
    return out, parts


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text.replace("\n", " ")).strip()
    text = re.sub(r"^[" + QUOTE_CHARS + r"\s]+|[" + QUOTE_CHARS + r"\s]+$", "", text)
    text = re.sub(r"\s*[" + QUOTE_CHARS + r"]\s*", " ", text)
    return re.sub(r"\s*,\s*$", "", text).strip()


_GOVERNORS = frozenset(
    [
        "hanya",  # "Tidak hanya Wildan, ibu rumah tangga Neneng juga ...": Neneng is the subject
        "selain",
        "dari",
        "kepada",
        "oleh",
        "dengan",
        "bersama",
        "untuk",
        "menemui",
        "menurut",
        "terhadap",
        "tentang",
        "soal",
        "atas",
        "bagi",
        "mendampingi",
        "didampingi",
        "menyinggung",
        "meminta",
        "memanggil",
        "melaporkan",
        "mengadukan",
        "dan",
        "serta",
        "termasuk",
        "yakni",
        "yaitu",
        "seperti",
        "memeriksa",
        "diperiksa",
        "menahan",
        "menetapkan",
    ]
)


def bare_word(w: str) -> str:
    return w.strip(',.;:()"“”').lower()


_SUBJ_AFTER = re.compile(r"^[^.!?\n\"“”]{0,80}?\b(?:" + SPEECH_VERBS + r")\b", re.I)


_SENT_END = re.compile(r"[.!?](?=\s)")
_ABBREV_BEFORE_DOT = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+|[A-Z]{1,4}|\w+\.\w+)$")


def _sentence_start(text: str, at: int) -> int:
    """Start of the sentence holding ``at``: after the last line break or sentence-final mark,
    not counting the dots of titles and degrees ("Hj. Sitti", "S.E., menilai")."""
    lo = text.rfind("\n", 0, at) + 1
    start = lo
    for m in _SENT_END.finditer(text, lo, at):
        if m.group(0) == "." and _ABBREV_BEFORE_DOT.search(text[max(lo, m.start() - 12) : m.start()]):
            continue
        start = m.end()
    return start


_PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?:[A-Z]\w+,\s+)?(?:Dirinya|Ia|Dia|Beliau|dirinya)\b")


# between a subject and the person who accompanies it: "(, Kepala Seksi Pidsus,) didampingi Kasi Intel Kejari X"
_ACCOMPANIED = re.compile(r"[^.!?\n\"“”]{0,80}?\bdidampingi\b[^.!?\n\"“”]{0,80}")


class _Mentions:
    """Person mentions outside quotes, in order; ``subj`` marks a speech-verb subject."""

    def __init__(self, text: str, people: list[Person], quote_spans: list[tuple[int, int]]) -> None:
        found: dict[int, tuple[int, int, int]] = {}
        for pattern, idx, case in alias_patterns(people, text):
            flags = 0 if case else re.I
            for m in lx.rx(r"(?<![\w])" + pattern + r"(?![\w])", flags).finditer(text):
                if any(a < m.start() < b for a, b in quote_spans):
                    continue
                cur = found.get(m.start())
                if cur is None or (m.end() - m.start()) > (cur[1] - cur[0]):
                    found[m.start()] = (m.start(), m.end(), idx)
        # drop mentions nested in a longer one ("Deru" inside "Herman Deru")
        items, last_end = [], -1
        self.escorts: set[int] = set()  # starts of mentions of people who only accompany the subject
        for s, e, idx in sorted(found.values()):
            if s < last_end:
                continue
            subj = bool(_SUBJ_AFTER.match(text[e : e + 120]))
            if items and (
                _ACCOMPANIED.fullmatch(text, items[-1][1], s)
                # (the escort named again by office and name: "Kasi Intel Kejari Kendal Langgeng Prabowo")
                or (
                    items[-1][0] in self.escorts
                    and items[-1][2] == idx
                    and not _SENT_END.search(text, items[-1][1], s)
                )
            ):
                # "Sigit, Kasi Pidsus, didampingi Kasi Intel Langgeng menjelaskan": Sigit speaks, not Langgeng
                self.escorts.add(s)
                lead = max(t for t, item in enumerate(items) if item[0] not in self.escorts)
                items[lead] = (*items[lead][:3], items[lead][3] or subj)
            items.append((s, e, idx, subj))
            last_end = e
        self.items = items
        self.text = text
        # sentence-initial mentions (the subject of their sentence): the first in the sentence,
        # not governed by a preposition ("data dari X", "kepada X")
        self.first: set[int] = set()
        seen_sent: set[int] = set()
        for s, _e, _idx, _subj in items:
            sent = _sentence_start(text, s)
            if sent in seen_sent:
                continue
            seen_sent.add(sent)
            prev = text[sent:s].split()
            if any(bare_word(w) in ("dirinya", "ia", "dia", "beliau") for w in prev[:3]):
                # "Ia mengaku menjadi pelanggan Cek Ros", "Bahkan, dirinya bersama kepala desa Prawoto,
                # Hyro ...": the pronoun is the subject
                continue
            if not prev or bare_word(prev[-1]) not in _GOVERNORS:
                self.first.add(s)
        self.virtual: list[tuple[int, int]] = []  # (position, person) of attributed quotes

    def add_virtual(self, pos: int, idx: int) -> None:
        self.virtual.append((pos, idx))

    def last_before(self, pos: int, floor: int, near: int | None = None) -> int | None:
        """Most recent person before ``pos``; a speech-verb subject after ``near`` wins."""
        best = best_pos = None
        subj = None
        for s, _e, idx, is_subj in self.items:
            if s >= pos:
                break
            if s >= floor and s not in self.escorts:
                best, best_pos = idx, s
                if near is not None and s >= near and is_subj:
                    subj = idx
        for vpos, idx in self.virtual:
            if floor <= vpos < pos and (best_pos is None or vpos > best_pos):
                best, best_pos = idx, vpos
        return subj if subj is not None else best

    def nearest_subject(self, pos: int, para_lo: int, floor: int) -> int | None:
        """Antecedent of "-nya" / "dia": the last subject in the quote's own paragraph, else in
        the nearest earlier paragraph (down to ``floor``) that names someone."""
        cands = [
            (s, idx, s in self.first or subj)
            for s, _e, idx, subj in self.items
            if floor <= s < pos and s not in self.escorts
        ]
        cands += [(vpos, idx, True) for vpos, idx in self.virtual if floor <= vpos < pos]
        if not cands:
            return None
        cands.sort()
        here = [c for c in cands if c[0] >= para_lo]
        if not here:
            last = cands[-1][0]
            lo = self.text.rfind("\n\n", 0, last) + 1
            here = [c for c in cands if c[0] >= lo]
            earlier = [c for c in cands if c[0] < lo]
            pron = _PRONOUN_SUBJECT.search(self.text, lo, pos)
            if earlier and not any(c[2] for c in here) and pron and pron.start() < here[0][0]:
                # "Dirinya ... bersama kepala desa Prawoto, Hyro ...": the paragraph's subject is a
                # pronoun and its only names are objects; the antecedent is further back
                lo2 = self.text.rfind("\n\n", 0, earlier[-1][0]) + 1
                here = [c for c in earlier if c[0] >= lo2]
        subj = [c for c in here if c[2]]
        return (subj or here)[-1][1]

    def first_in(self, lo: int, hi: int) -> int | None:
        for s, _e, idx, _subj in self.items:
            if lo <= s <= hi:
                return idx
        return None

    def start_of(self, lo: int, idx: int) -> int:
        return next((s for s, _e, i, _subj in self.items if i == idx and s >= lo), lo)

    def indices_between(self, lo: int, hi: int) -> list[int]:
        """The people mentioned between ``lo`` and ``hi``, in text order."""
        return [idx for s, _e, idx, _subj in self.items if lo <= s < hi]

    def any_between(self, lo: int, hi: int, other_than: int | None) -> bool:
        return any(lo <= s < hi and idx != other_than for s, _e, idx, _subj in self.items)


def extract_quotes(paragraphs: list[str], people: list[Person]) -> list[Quote]:
    text = "\n\n".join(paragraphs)
    bounds, pos = [], 0
    for para in paragraphs:
        bounds.append((pos, pos + len(para)))
        pos += len(para) + 2
    resolve_nicknames(people, text)
    raw_spans, parts = _spans(text, bounds)
    _people_from_cues(text, raw_spans, people)
    resolve_nicknames(people, text)
    mentions = _Mentions(text, people, [(a, b) for a, b, _u in raw_spans])

    def para_floor(at: int, back: int = 6) -> int:
        idx = next((i for i, (s, e) in enumerate(bounds) if s <= at <= e + 2), len(bounds) - 1)
        return bounds[max(0, idx - back)][0]

    def para_start(at: int) -> int:
        return next((s for s, e in bounds if s <= at <= e), 0)

    def antecedent(at: int) -> int | None:
        return mentions.nearest_subject(at, para_start(at), para_floor(at, 3))

    quotes: list[Quote] = []
    seen: set[str] = set()
    for open_pos, close_pos, unclosed in raw_spans:
        body = _clean(text[open_pos + 1 : close_pos])
        words = body.split()
        if not words:
            continue
        before = text[para_start(open_pos) : open_pos]
        after = text[close_pos + 1 : close_pos + 160].split("\n\n")[0] if not unclosed else ""
        q = Quote(open_pos, close_pos, body, unclosed)
        speechy = bool(
            re.search(r"[,.!?…]\s*$", text[open_pos + 1 : close_pos].rstrip(QUOTE_CHARS + " "))
        )
        if _TITLE_CTX.search(before.rstrip(" :")) and not speechy:
            continue
        _attribute_post(q, after, close_pos, text, mentions, people, antecedent, speechy)
        prev = quotes[-1] if quotes else None
        if (
            q.cue
            and _pronoun_cue(q.cue)
            and prev is not None
            and prev.speaker is not None
            and _pronoun_goes_on(text, prev.end, q.start)
        ):
            q.speaker = prev.speaker  # "“…,” jelas Aryoko. / Ia menambahkan, ... dr. Andreas ... / “…,” ujarnya."
        if q.cue is None and speechy or q.cue is None and len(words) >= 8:
            _attribute_pre(q, before, open_pos, mentions, antecedent, people)
        # a quote that opens the last paragraph and is cut by the end of the copy ("“Kita ingin
        # pelayanan yang ramah, re"): a truncated quote, not a scare quote
        cut_off = (
            unclosed
            and close_pos >= len(text.rstrip())
            and (not before.strip() or bool(re.search(r"[.!?:]\s*$", before)))  # (or after a full sentence)
            and len(words) >= 2
        )
        if q.cue is None and not (speechy and len(words) >= 3) and len(words) < 8 and not cut_off:
            continue  # scare quote or title
        if q.cue is None:
            _attribute_context(q, quotes, text, mentions, para_floor)
        elif not q.speaker_name and _pronoun_cue(q.cue):
            anon = _unnamed_source(text, para_floor(q.start, 1), q.start, mentions)
            if anon:  # "Seorang guru yang enggan disebut namanya mengaku ... “…,” ujarnya"
                q.speaker, q.speaker_name = None, anon
        if cut_off and q.speaker is None and not q.speaker_name:
            # the cut took the cue with it: the article's last speaker, else the person named last
            last = next((d for d in reversed(quotes) if d.speaker is not None or d.speaker_name), None)
            if (
                last is not None
                and last.speaker is not None
                and mentions.any_between(last.end, q.start, last.speaker)
                and not _pronoun_goes_on(text, last.end, q.start)
            ):
                last = None  # "Dukungan juga datang dari Aryati ... Ia menyatakan ...": someone new was named since
            if last is not None:
                q.speaker, q.speaker_name, q.cue = last.speaker, last.speaker_name, "terpotong"
            elif (hit := antecedent(q.start)) is not None:
                q.speaker, q.cue = hit, "terpotong"
        key = re.sub(r"\W+", " ", body.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        if q.speaker is None and q.speaker_name:
            q.speaker = _expand_name(q.speaker_name, people)
        if (
            q.speaker is not None
            and q.speaker_name is None
            or q.speaker is not None
            and (len(q.speaker_name.split()) < len(people[q.speaker].name.split()))
        ):
            q.speaker_name = people[q.speaker].name
        if q.speaker is not None:
            mentions.add_virtual(q.end, q.speaker)
        quotes.append(q)
    _parts_take_the_speaker(quotes, parts)
    return quotes


def _parts_take_the_speaker(quotes: list[Quote], parts: set[int]) -> None:
    """A paragraph that opens a quote the next paragraph reopens is said by whoever says the rest
    (the cue comes after the last part: "“... bagi. / “Dengan ... ujung,” kata Fajar")."""
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if q.start in parts and (nxt.speaker is not None or nxt.speaker_name):
            q.speaker, q.speaker_name = nxt.speaker, nxt.speaker_name


def _attribute_post(
    q: Quote,
    after: str,
    close_pos: int,
    text: str,
    mentions: _Mentions,
    people: list[Person],
    antecedent,
    speechy: bool,
) -> None:
    base = close_pos + 1
    # ("“…,” singkatnya": any "-nya" word after a quote that closes with speech punctuation, the
    # comma included, which the quote's text drops)
    m = _POST_CUE.match(after) or (_POST_NYA.match(after) if speechy else None)
    if m:
        q.cue = m.group(0).strip(" ,")
        rest = after[m.end() :]
        if (
            m.groupdict().get("nya")
            or _pronoun_cue(m["cue"], nya_only=True)
            or _PRONOUN.match(rest)
            or _DESCRIPTOR.match(rest)
        ):
            q.speaker = antecedent(q.start)
            if (agent := _passive_agent_before(text, q.start, mentions)) is not None:
                q.speaker = agent  # "Keluhan Joni juga diamini warga lain, Yanti. “…,” keluhnya": Yanti
            if _POLITICIAN.match(rest) and not _legislative(people, q.speaker):
                # "kata politisi PDI Perjuangan itu": the legislator named last, not the regent who spoke before
                floor = max(0, q.start - 1500)
                cands = [i for i in mentions.indices_between(floor, q.start) if _legislative(people, i)]
                if cands:
                    q.speaker = cands[-1]
            return
        if _ANON.match(rest) and _appositive_name(rest) is None:
            q.speaker_name = _anon_speaker(rest, text, q.start)
            return
        lo = base + m.end()
        if (app := _appositive_name(rest)) is not None:
            q.speaker = _expand_name(app, people)  # "terang kuasa hukum Dhani, Reza, kepada ..."
            if q.speaker is None:
                q.speaker_name = app
            return
        if (hit := _named_before_stop(text, mentions, lo, 90)) is not None:
            q.speaker = hit
            return
        nm = re.match(r"\s+((?:(?:Plt|Plh|Pj)\.?\s+)?(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})", rest)
        if nm and _office_only(nm.group(1)) and (far := _named_before_stop(text, mentions, lo, 220)) is not None:
            # "kata Kabid Kedaruratan dan Logistik Badan ... (BPBD) Kabupaten Bima M Nurul Huda, di Bima": a
            # long office, then its holder's name further on in the same clause
            q.speaker = far
            return
        if nm and _office_only(nm.group(1)):
            q.speaker = office_holder(nm.group(1), people)  # "ujar Bupati": whoever holds it here
        elif (
            nm
            and nm.group(1).split()[0].lower() not in lx.not_names()
            and not lx.is_known_place(nm.group(1))
        ):
            q.speaker_name = nm.group(1)
        elif re.match(r"\s+[a-z]", rest) and not re.match(r"\s+(?:oleh|para|salah)\b", rest):
            q.speaker = antecedent(q.start)  # "ujar ibu dua anak ini", "kata pria berkacamata itu"
        return
    m = _POST_NAME_VERB.match(after)
    if m:
        q.cue = m.group(0).strip(" ,")
        who = m["who"]
        if who.lower() in ("ia", "dia", "beliau"):
            q.speaker = antecedent(q.start)
        else:
            q.speaker = mentions.first_in(base, base + m.start("who") + 3)
            if q.speaker is None and _office_only(who):
                q.speaker = office_holder(who, people)
            elif q.speaker is None and who.split()[0].lower() not in lx.not_names():
                q.speaker_name = who
        return
    m = _DEMIKIAN.match(after)
    if m:
        q.cue = m.group(0).strip(" ,.")
        lo = base + m.end()
        q.speaker = mentions.first_in(lo, lo + 80)


def _attribute_pre(
    q: Quote, before: str, open_pos: int, mentions: _Mentions, antecedent, people: list[Person]
) -> None:
    sentence = re.split(r"(?<=[.!?])\s+|[" + QUOTE_CHARS + r"]", before)[-1]
    m = _PRE_CUE.search(sentence)
    if not m:
        return
    q.cue = m.group(0).strip(" ,:")
    lo = open_pos - len(sentence)
    hit = mentions.last_before(open_pos, lo)
    if hit is not None:
        q.speaker = hit
    elif (office := re.search(r"\b(?i:menurut)\s+([A-Z][^,.:]{1,50})", sentence)) and _office_only(
        office.group(1)
    ):
        q.speaker = office_holder(office.group(1), people)  # "Menurut Kajari, “...”"
    elif _ANON.match(sentence):
        q.speaker_name = _anon_speaker(" " + sentence, "", 0)
    elif re.search(r"\b(?:ia|dia|beliau)\b|nya\b", sentence, re.I):
        q.speaker = antecedent(lo)


_NYA_ROOTS = frozenset(["tanya", "bertanya"])  # cue words that end in "nya" without the pronoun


def _pronoun_cue(cue: str, nya_only: bool = False) -> bool:
    """ "ujarnya", "kata dia": the cue points back to someone named earlier ("tanya" does not)."""
    c = cue.lower()
    if c.endswith("nya") and c not in _NYA_ROOTS:
        return True
    return not nya_only and bool(re.search(r"\b(?:ia|dia|beliau)\b", c))
_UNNAMED_INTRO = re.compile(
    r"\b((?:seorang|salah seorang|salah satu)\s+[^,.;:!?\"“”\n]{2,80}?)\s*,?\s+yang\s+(?:namanya\s+)?"
    r"(?:enggan|tak mau|tidak mau|tak ingin|tidak ingin|tak bersedia|tidak bersedia|minta|meminta)\s+"
    r"(?:namanya\s+)?(?:tidak\s+|tak\s+|jangan\s+)?di\w+",
    re.I,
)
_UNNAMED_SUBJECT = re.compile(
    r"\b((?:seorang|salah seorang|salah satu)\s+[a-z][^,.;:!?\"“”\n]{2,70}?)\.\s+(?:Ia|Dia|Beliau)\b"
)


def _unnamed_source(text: str, lo: int, at: int, mentions: _Mentions) -> str | None:
    """The description of an unnamed source introduced after the last named person before
    ``at`` ("salah satu wali murid, yang meminta namanya tidak ditulis"; "... dirasakan seorang
    pedagang warung makan. Ia mengaku ..."), else None."""
    found = sorted(
        [*_UNNAMED_INTRO.finditer(text, lo, at), *_UNNAMED_SUBJECT.finditer(text, lo, at)],
        key=lambda m: m.start(),
    )
    if not found:
        return None
    intro = found[-1]
    if mentions.any_between(intro.end(), at, None) or any(intro.end() <= v < at for v, _i in mentions.virtual):
        return None
    return intro.group(1).strip().lower()


_ANON_STOP = re.compile(
    r"\s(?:kepada|yang|saat|ketika|usai|seusai|dalam|pada|sambil|sembari|dengan|melalui)\b|[,.;:!?(]"
)
_ANON_HEAD = re.compile(
    r"^\s*((?:seorang|salah seorang|salah satu|sumber|warga|petugas|pihak|para)\b[^,.;:!?(]{0,60})",
    re.I,
)


def _anon_speaker(rest: str, text: str, before: int) -> str | None:
    """Role description of an unnamed source: "seorang sumber", "salah satu tetangga"."""
    m = _ANON_HEAD.match(rest)
    if not m:
        return None
    phrase = m.group(1)
    stop = _ANON_STOP.search(phrase)
    if stop:
        phrase = phrase[: stop.start()]
    words = phrase.split()
    verb = next(
        (i for i, w in enumerate(words) if i and re.fullmatch(r"(?:me|ber|di)\w{3,}", w.lower())),
        None,
    )
    words = words[:verb][:5] if verb else words[:5]
    if len(words) >= 2 and words[-1].lower() in ("tersebut", "itu", "ini") and text:
        head = words[-2].lower()  # "kata sumber tersebut": the one introduced earlier
        back = text[max(0, before - 1500) : before]
        found = list(
            re.finditer(
                r"\b(?:seorang|salah seorang|salah satu)\s+"
                + re.escape(head)
                + r"\b([^,.;:!?\"“”]{0,60})",
                back,
                re.I,
            )
        )
        if found:
            return _anon_speaker(" " + found[-1].group(0), "", 0)
    if words and words[-1].lower().endswith("nya") and len(words[-1]) > 6:
        words[-1] = words[-1][:-3]  # "salah satu tetangganya"
    if not words or len(words) == 1 and words[0].lower() in ("para", "pihak", "seorang"):
        return None
    return " ".join(words).lower()


_APPOSITIVE = re.compile(
    r"\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?,\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})\s*(?:,|\.|$)"
)


def _appositive_name(rest: str) -> str | None:
    """The name set off by commas after a lower-case role in a cue ("kata kuasa hukumnya, Reza,")."""
    m = _APPOSITIVE.match(rest)
    if not m:
        return None
    name = m.group(1)
    words = name.split()
    if (
        words[0].lower() in lx.not_names()
        or lx.is_known_place(name)
        or _office_only(name)
        or any(w.lower() in lx.org_words() for w in words)
    ):
        return None
    return name


def _office_only(words: str) -> bool:
    """Whether a capitalised run is an office without a name ("Bupati", "Kadis PUPR itu")."""
    toks = []
    for w in (w.strip(",.") for w in words.split()):
        if not (w and w[0].isupper()):
            break  # ("ujar Menpan saat meninjau ... BPN Kabupaten Semarang": only the run after the cue)
        toks.append(w)
    a = lx.acting_prefix(toks)  # "Plt Wali Kota": the office after its acting prefix
    k = match_phrase(toks, a, lx.position_heads()) if len(toks) > a else 0
    if k and lx.is_known_place(" ".join(toks[a + k :])):
        return True  # "Wali Kota Pagar Alam"
    return bool(k) and not any(
        name_tok(t) and bare(t) not in lx.org_words() and not t.isupper() and not lx.is_known_place(t)
        for t in toks[a + k :]
    )


def _named_before_stop(text: str, mentions: _Mentions, lo: int, width: int) -> int | None:
    """The first person mentioned within ``width`` characters after a cue ending at ``lo``, unless
    the clause stops before the mention ("..., kata dia saat ...")."""
    hit = mentions.first_in(lo, lo + width)
    stop = _cue_stop(text[lo : lo + width])
    if hit is not None and (stop is None or mentions.start_of(lo, hit) < lo + stop.start()):
        return hit
    return None


def _expand_name(name: str, people: list[Person]) -> int | None:
    """A bare "Arif" after a cue: the one person whose name or alias contains that word (also "Bunda
    Eva" for Eva Dwiana, a form of address first, and "Habib" for Lalu Habiburahman, a short form)."""
    key = name_key(name)
    if len(key) == 2 and key[0] in {a.lower() for a in lx.address_forms()} | {"kang"}:  # ("Kang Yana")
        key = key[1:]
    hits = [
        i
        for i, p in enumerate(people)
        if any(contains_words(name_key(a), key) for a in {p.name, *p.aliases})
    ]
    if not hits and len(key) == 1 and len(key[0]) >= 4:
        hits = [
            i
            for i, p in enumerate(people)
            if any(w.startswith(key[0]) and len(w) >= len(key[0]) + 2 for w in name_key(p.name))
        ]
    if len(hits) > 1:  # prefer the person whose name starts with it ("Arif" = Arif Nugraha)
        starts = [i for i in hits if name_key(people[i].name)[: len(key)] == key]
        # else the one named first: "ujar Saifullah" is Wali Kota Muhammad Saifullah Anwar, the
        # article's subject, rather than the Hj. Nur Aisyah Saifullah listed among the guests
        hits = starts or hits[:1]
    return hits[0] if len(hits) == 1 else None


def _attribute_context(q: Quote, done: list[Quote], text: str, mentions: _Mentions, floor) -> None:
    prev = done[-1] if done else None
    if q.text.endswith("?") and prev is not None and prev.cue and _ANSWER_CUE.match(prev.cue):
        # a court or hearing dialogue: "“...?” tanya hakim X. / “...,” jawab Y. / “...?”" - the next
        # bare question is the asker's again, not a continuation of the answer
        asker = next(
            (d for d in reversed(done[:-1]) if d.text.endswith("?") and (d.speaker is not None or d.speaker_name)),
            None,
        )
        if asker is not None and (asker.speaker, asker.speaker_name) != (prev.speaker, prev.speaker_name):
            q.speaker, q.speaker_name, q.cue = asker.speaker, asker.speaker_name, "dialog"
            return
    if (
        prev
        and (prev.speaker is not None or prev.speaker_name)
        and q.start - prev.end < 1200
        and not mentions.any_between(prev.end, q.start, prev.speaker)
        and text.count("\n\n", prev.end, q.start) <= 2
    ):
        q.speaker, q.speaker_name, q.cue = prev.speaker, prev.speaker_name, "lanjutan"
        return
    lo = floor(q.start, 1)
    window = text[lo : q.start]
    verbs = list(_CONTEXT_VERB.finditer(window))
    verb = verbs[-1] if verbs else None
    passive = list(_PASSIVE_INTRO.finditer(window))
    if passive and (verb is None or passive[-1].start() > verb.start()):
        # "Hal senada disampaikan Karyanto, warga ...": the person named after the passive verb speaks next
        if (hit := _named_alone_after(lo + passive[-1].end(), q.start, mentions)) is not None:
            q.speaker, q.cue = hit, "konteks"
        return
    if verb is not None:
        hit = mentions.last_before(lo + verb.start(), lo)
        if hit is not None and not mentions.any_between(lo + verb.end(), q.start, hit):
            q.speaker, q.cue = hit, "konteks"


_ANSWER_CUE = re.compile(r"(?:jawab|balas|sahut)", re.I)
_PASSIVE_INTRO = re.compile(
    r"\bdi\s?(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|tuturkan|utarakan|kemukakan)"  # (also "di sampaikan")
    r"(?:\s+(?:oleh|pula|juga))?,?\s+(?=[A-Z])"
)
_CONTEXT_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r"|[Mm]enurutnya)\b")  # (+ "Menurutnya ...")


def _people_from_cues(text: str, spans: list[tuple[int, int, bool]], people: list[Person]) -> None:
    """Speakers introduced only in a cue ("kata Wali Kota Padang Mahyeldi") become people."""
    for _open, close, unclosed in spans:
        if unclosed:
            continue
        after = text[close + 1 : close + 200].split("\n\n")[0]
        m = _POST_CUE.match(after)
        if not m or m.groupdict().get("nya"):
            continue
        rest = after[m.end() :]
        if (app := _appositive_name(rest)) is not None:
            rest = " " + app  # "kata warga setempat, Budi Santoso, ...": the name between commas
        if not re.match(r"\s+[A-Z]", rest):
            continue
        found = parse_mentions(rest.strip())
        if not found:
            if _office_only(rest.strip().split(",")[0].split(".")[0]):
                continue  # "ujar Bupati": an office, resolved to its holder when attributing
            nm = re.match(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})", rest)
            words = nm.group(1).split() if nm else []
            while words and (words[-1].lower() in lx.not_names()):
                words.pop()
            if (
                not words
                or words[0].lower() in lx.not_names()
                or lx.is_known_place(" ".join(words))
            ):
                continue
            if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
                continue  # initials such as "HD": resolved through aliases instead
            found = [
                type(
                    "M",
                    (),
                    {
                        "name": " ".join(words),
                        "position": None,
                        "degrees": [],
                        "honorifics": [],
                        "rank": None,
                    },
                )()
            ]
        m0 = found[0]
        key = name_key(m0.name)
        match = next(
            (
                p
                for p in people
                if any(
                    contains_words(name_key(a), key) or contains_words(key, name_key(a))
                    for a in {p.name, *p.aliases}
                )
            ),
            None,
        )
        if match is None:
            people.append(
                Person(m0.name, m0.position, list(m0.degrees), list(m0.honorifics), m0.rank)
            )
        elif not match.position and m0.position:
            match.position = m0.position
    people[:] = merge_variants(people)
