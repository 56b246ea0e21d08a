"""Susunan acara (rundown) templates and their expansion with the speakers of an event.

Templates are data (rules-id §1.3). The flag-ceremony template is the 15-step order of the
Kemensetneg circular [H]; the others are practice [M]/[L] and meant to be edited per event.
Speeches (sambutan) run in ascending order of honour; the highest speaks last (rules-id §1.3
seq 7). A speech read on behalf of an absent official ("atas nama") is ordered by the
official represented, as the MC greets them (rules-id §1.2, §6.3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .order import Placed

#: Template item kinds with special expansion.
SPEECHES = "sambutan"  # one item per speaker, ascending honour, highest last
ADDRESS = "amanat"  # one item for the highest speaker only (pembina upacara, pelantik)


@dataclass(frozen=True)
class TemplateItem:
    title: str
    kind: str = "acara"
    optional: bool = False
    note: str = ""


@dataclass(frozen=True)
class RundownTemplate:
    key: str
    title: str
    source: str
    items: tuple[TemplateItem, ...]
    #: Wording of the last (highest) speech, e.g. "sekaligus membuka acara secara resmi".
    closing_speech: str = ""


@dataclass(frozen=True)
class RundownItem:
    seq: int
    title: str
    kind: str = "acara"
    speaker: Placed | None = None
    optional: bool = False
    note: str = ""


T = TemplateItem

TEMPLATES: dict[str, RundownTemplate] = {
    "acara_resmi": RundownTemplate(
        "acara_resmi", "Acara resmi (bukan upacara bendera)",
        "rules-id §1.3 susunan_acara_resmi_template (praktik, [M])",
        (
            T("Pembukaan oleh pembawa acara", "mc"),
            T("Kedatangan/penyambutan pejabat tertinggi (hadirin dimohon berdiri)", "kedatangan"),
            T("Menyanyikan Lagu Kebangsaan Indonesia Raya", "lagu",
              note="dapat dilanjutkan Mars/Hymne daerah"),
            T("Mengheningkan cipta", "hening", optional=True,
              note="pada peringatan hari nasional/duka"),
            T("Pembacaan doa", "doa", note="dapat dipindah sebelum penutup"),
            T("Laporan ketua panitia/kepala perangkat daerah penyelenggara", "laporan"),
            T("Sambutan-sambutan", SPEECHES),
            T("Acara inti/simbolis (penandatanganan prasasti, pengguntingan pita, pemukulan "
              "gong, penyerahan bantuan, penandatanganan naskah kerja sama)", "inti"),
            T("Penutup; foto bersama; ramah tamah/peninjauan", "penutup"),
        ),
        closing_speech="sekaligus membuka acara secara resmi",
    ),
    "upacara_bendera": RundownTemplate(
        "upacara_bendera", "Upacara bendera",
        "Surat edaran Kemensetneg, susunan upacara HUT RI (rules-id §1.3, [H])",
        (
            T("Pemimpin upacara memasuki lapangan upacara", "upacara"),
            T("Pembina upacara tiba di tempat upacara", "kedatangan"),
            T("Penghormatan kepada pembina upacara", "upacara"),
            T("Laporan pemimpin upacara", "laporan"),
            T("Pengibaran Bendera Merah Putih diiringi Lagu Kebangsaan Indonesia Raya",
              "lagu", note="korps musik/paduan suara; tidak boleh rekaman"),
            T("Mengheningkan cipta dipimpin pembina upacara", "hening"),
            T("Pembacaan naskah Pancasila diikuti seluruh peserta", "upacara"),
            T("Pembacaan naskah Pembukaan UUD NRI 1945", "upacara"),
            T("Pembacaan Keppres penganugerahan Satyalancana Karya Satya dan penyerahan",
              "upacara", optional=True, note="jika ada"),
            T("Amanat pembina upacara", ADDRESS),
            T("Pembacaan doa", "doa"),
            T("Laporan pemimpin upacara", "laporan"),
            T("Penghormatan kepada pembina upacara", "upacara"),
            T("Pembina upacara meninggalkan mimbar", "upacara"),
            T("Upacara selesai, barisan dibubarkan", "penutup"),
        ),
    ),
    "pelantikan": RundownTemplate(
        "pelantikan", "Pelantikan dan pengambilan sumpah/janji jabatan",
        "praktik pemerintah daerah ([L], sesuaikan dengan SOP setempat)",
        (
            T("Pembukaan oleh pembawa acara", "mc"),
            T("Kedatangan pejabat yang melantik (hadirin dimohon berdiri)", "kedatangan"),
            T("Menyanyikan Lagu Kebangsaan Indonesia Raya", "lagu"),
            T("Pembacaan keputusan pengangkatan", "upacara"),
            T("Pengambilan sumpah/janji jabatan, didampingi rohaniwan", "upacara"),
            T("Penandatanganan berita acara sumpah/janji dan pakta integritas", "upacara"),
            T("Amanat pejabat yang melantik", ADDRESS),
            T("Pembacaan doa", "doa"),
            T("Ucapan selamat dan foto bersama", "penutup"),
        ),
    ),
    "rapat_koordinasi": RundownTemplate(
        "rapat_koordinasi", "Rapat koordinasi",
        "praktik pemerintah daerah ([L])",
        (
            T("Pembukaan oleh pembawa acara", "mc"),
            T("Menyanyikan Lagu Kebangsaan Indonesia Raya", "lagu", optional=True),
            T("Pembacaan doa", "doa"),
            T("Laporan penyelenggara", "laporan"),
            T("Sambutan dan arahan", SPEECHES),
            T("Paparan narasumber", "inti"),
            T("Diskusi dan tanya jawab", "inti"),
            T("Kesimpulan dan rumusan rapat", "inti"),
            T("Penutup", "penutup"),
        ),
        closing_speech="sekaligus membuka rapat secara resmi",
    ),
}


def speech_order(speakers: Sequence[Placed]) -> list[Placed]:
    """Speakers in ascending honour: the lowest first, the highest last."""
    return sorted(speakers, key=lambda p: p.honour_rank, reverse=True)


def speech_title(speaker: Placed, *, prefix: str = "Sambutan", suffix: str = "") -> str:
    """'Sambutan Bupati Banyuasin' or, for a representative, the represented official."""
    if speaker.represents:
        text = (f"{prefix} {speaker.represents}, dibacakan oleh {speaker.position} "
                f"{speaker.name}")
    else:
        text = f"{prefix} {speaker.position}"
    return f"{text} {suffix}".strip()


def build_rundown(
    template_key: str,
    *,
    speakers: Sequence[Placed] = (),
    include_optional: bool = True,
) -> list[RundownItem]:
    """The template's items with speeches expanded; sequence numbers from 1."""
    template = TEMPLATES.get(template_key)
    if template is None:
        known = ", ".join(TEMPLATES)
        raise ValueError(f"Templat susunan acara tidak dikenal: {template_key!r} ({known})")
    ordered = speech_order(speakers)
    items: list[RundownItem] = []

    def add(title: str, kind: str, speaker: Placed | None = None, optional: bool = False,
            note: str = "") -> None:
        items.append(RundownItem(len(items) + 1, title, kind, speaker, optional, note))

    for item in template.items:
        if item.optional and not include_optional:
            continue
        if item.kind == SPEECHES and ordered:
            for i, speaker in enumerate(ordered):
                last = i == len(ordered) - 1
                add(speech_title(speaker, suffix=template.closing_speech if last else ""),
                    SPEECHES, speaker)
        elif item.kind == ADDRESS and ordered:
            prefix = item.title.split(" ")[0]
            add(speech_title(ordered[-1], prefix=prefix), ADDRESS, ordered[-1])
        else:
            note = item.note or ("pembicara belum ditetapkan"
                                 if item.kind in (SPEECHES, ADDRESS) else "")
            add(item.title, item.kind, None, item.optional, note)
    return items


# --- MC (pembawa acara) texts ----------------------------------------------------------

#: The interfaith opening greeting common at pemerintah daerah events (practice).
SALAM_PEMBUKA = ("Assalamu'alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita "
                 "semua, shalom, om swastiastu, namo buddhaya, salam kebajikan.")
SALAM_PENUTUP = "Wassalamu'alaikum warahmatullahi wabarakatuh."
UNMAPPED_MARK = " [urutan belum ditetapkan]"


@dataclass(frozen=True)
class Paragraph:
    """One block of the MC script; the Django layer styles it by ``kind``.

    Kinds: "judul", "info", "acara" (a rundown heading), "salam", "sapaan" (one greeting),
    "narasi" (what the MC says), "catatan" (a note for the MC, not read aloud).
    """

    kind: str
    text: str


def _principal_and_spouses(placed: Sequence[Placed]) -> list[tuple[Placed, list[Placed]]]:
    groups: list[tuple[Placed, list[Placed]]] = []
    for p in sorted(placed, key=lambda p: p.honour_rank):
        if p.spouse_of and groups and groups[-1][0].name == p.spouse_of:
            groups[-1][1].append(p)
        else:
            groups.append((p, []))
    return groups


def _greeting(p: Placed, spouses: Sequence[Placed], flag_unmapped: bool) -> str:
    if p.represents:
        text = (f"Yang kami hormati {p.represents}, yang dalam hal ini diwakili oleh "
                f"{p.position}, {p.name}")
    else:
        text = f"Yang kami hormati {p.position or p.name}"
    if spouses:
        text += " beserta " + " dan ".join(s.name for s in spouses)
    if p.unmapped and flag_unmapped:
        text += UNMAPPED_MARK
    return text + ";"


def mc_greetings(placed: Sequence[Placed], *, flag_unmapped: bool = True) -> list[str]:
    """Greetings (sapaan) in order of honour, ending with "Hadirin yang berbahagia.".

    Consecutive people with the same position (e.g. anggota DPRD) are greeted together as
    "para ...". A representative is greeted as the official represented ("yang dalam hal
    ini diwakili oleh ..."). Unmapped people come last, marked for the protocol officer.
    """
    lines: list[str] = []
    groups = _principal_and_spouses(placed)
    i = 0
    while i < len(groups):
        p, spouses = groups[i]
        j = i + 1
        while (j < len(groups) and not spouses and not p.represents and p.position
               and not groups[j][1] and not groups[j][0].represents
               and groups[j][0].unmapped == p.unmapped
               and groups[j][0].position.casefold() == p.position.casefold()):
            j += 1
        if j - i > 1:
            mark = UNMAPPED_MARK if p.unmapped and flag_unmapped else ""
            lines.append(f"Yang kami hormati para {p.position}{mark};")
        else:
            lines.append(_greeting(p, spouses, flag_unmapped))
        i = j
    lines.append("Hadirin yang berbahagia.")
    return lines


def _addressee(p: Placed) -> str:
    return f"{p.position}, {p.name}" if p.position else p.name


def _narration(item: RundownItem, event_title: str, top: Placed | None) -> list[str]:
    if item.kind in (SPEECHES, ADDRESS) and item.speaker is not None:
        return [f"{item.title}. Kepada {_addressee(item.speaker)}, kami persilakan."]
    if item.kind == "kedatangan":
        who = "pejabat tertinggi"
        if top is not None:
            who = (f"{top.represents} yang dalam hal ini diwakili oleh {_addressee(top)}"
                   if top.represents else _addressee(top))
        return [f"Hadirin dimohon berdiri untuk menyambut kedatangan {who}."]
    if item.kind == "lagu":
        return [f"Hadirin dimohon berdiri. {item.title}, dipimpin oleh dirigen.",
                "Hadirin dipersilakan duduk kembali."]
    if item.kind == "doa":
        return ["Pembacaan doa. Kepada petugas, kami persilakan."]
    if item.kind == "penutup":
        return [f"Demikian rangkaian acara {event_title}. Atas perhatian dan kehadiran "
                f"Bapak/Ibu sekalian, kami ucapkan terima kasih.", SALAM_PENUTUP]
    return [f"Acara selanjutnya: {item.title}."]


def mc_script(
    event_title: str,
    date_text: str,
    venue: str,
    rundown: Sequence[RundownItem],
    placed: Sequence[Placed],
    *,
    salam: str = SALAM_PEMBUKA,
) -> list[Paragraph]:
    """Naskah pembawa acara as structured paragraphs (exported to DOCX/PDF elsewhere)."""
    out = [Paragraph("judul", "NASKAH PEMBAWA ACARA"), Paragraph("judul", event_title),
           Paragraph("info", f"Hari/tanggal: {date_text}"), Paragraph("info", f"Tempat: {venue}")]
    unmapped = [p.name for p in placed if p.unmapped]
    if unmapped:
        out.append(Paragraph("catatan", "Urutan belum ditetapkan (tempatkan manual): "
                             + ", ".join(unmapped)))
    honoured = sorted((p for p in placed if not p.spouse_of), key=lambda p: p.honour_rank)
    top = honoured[0] if honoured else None
    for item in rundown:
        out.append(Paragraph("acara", f"{item.seq}. {item.title}"))
        if item.note:
            out.append(Paragraph("catatan", item.note))
        if item.kind == "mc":
            out.append(Paragraph("salam", salam))
            out.extend(Paragraph("sapaan", line) for line in mc_greetings(placed))
            out.append(Paragraph("narasi", "Puji syukur kita panjatkan ke hadirat Tuhan Yang "
                                 "Maha Esa, karena atas rahmat-Nya kita dapat hadir pada acara "
                                 f"{event_title}. Susunan acara hari ini adalah sebagai berikut:"))
            out.extend(Paragraph("narasi", f"{other.seq}. {other.title}")
                       for other in rundown if other.kind != "mc")
            continue
        out.extend(Paragraph("narasi", text) for text in _narration(item, event_title, top))
    return out
