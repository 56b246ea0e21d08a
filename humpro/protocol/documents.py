"""Printable documents of an event: MC script (DOCX, PDF) and seating plan with name cards (PDF)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from django.template.loader import render_to_string

from humpro.protocol.law.rundown import Paragraph
from humpro.protocol.models import EventProtocol
from humpro.protocol.seating import SeatingPlan, diagram, name_cards

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def mc_script_docx(paragraphs: Sequence[Paragraph]) -> bytes:
    """The MC script as a Word document, styled by paragraph kind."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(12)
    for p in paragraphs:
        if p.kind == "judul":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(p.text)
            run.bold = True
            run.font.size = Pt(14)
        elif p.kind == "acara":
            doc.add_heading(p.text, level=2)
        elif p.kind == "catatan":
            run = doc.add_paragraph().add_run(f"[Catatan: {p.text}]")
            run.italic = True
            run.font.color.rgb = RGBColor(0x80, 0x30, 0x00)
        elif p.kind == "sapaan":
            para = doc.add_paragraph(p.text)
            para.paragraph_format.left_indent = Pt(24)
        else:
            doc.add_paragraph(p.text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def mc_script_pdf(event: EventProtocol, paragraphs: Sequence[Paragraph]) -> bytes:
    return _pdf(render_to_string("protocol/pdf_mc_script.html",
                                 {"event": event, "paragraphs": paragraphs}))


def seating_pdf(event: EventProtocol, plan: SeatingPlan) -> bytes:
    """Seating diagram in both views, the list by row, and fold-over name cards."""
    return _pdf(render_to_string("protocol/pdf_seating.html", {
        "event": event, "plan": plan, "seated": diagram(plan, audience=False),
        "stage": diagram(plan, audience=True), "cards": name_cards(plan),
    }))
