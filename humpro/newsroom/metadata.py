"""Photos for download: upright, caption/credit/people written into EXIF, XMP and IPTC."""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from PIL import Image, ImageOps

EXIF_IMAGE_DESCRIPTION, EXIF_ARTIST, EXIF_COPYRIGHT = 0x010E, 0x013B, 0x8298
IPTC_CAPTION, IPTC_BYLINE, IPTC_CREDIT, IPTC_COPYRIGHT, IPTC_KEYWORDS = 120, 80, 110, 116, 25


@dataclass
class PhotoMeta:
    caption: str = ""
    credit: str = ""
    copyright: str = ""
    people: list[str] = field(default_factory=list)


def xmp_packet(meta: PhotoMeta) -> bytes:
    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    people = "".join(f"<rdf:li>{escape(p)}</rdf:li>" for p in meta.people)
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
        f"<dc:description>{alt(meta.caption)}</dc:description>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.credit)}</rdf:li></rdf:Seq></dc:creator>"
        f"<dc:rights>{alt(meta.copyright)}</dc:rights>"
        f"<photoshop:Credit>{escape(meta.credit)}</photoshop:Credit>"
        f"<Iptc4xmpExt:PersonInImage><rdf:Bag>{people}</rdf:Bag></Iptc4xmpExt:PersonInImage>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return xml.encode("utf-8")


def _iptc_dataset(record: int, number: int, value: bytes) -> bytes:
    return b"\x1c" + bytes([record, number]) + struct.pack(">H", len(value)) + value


def iptc_block(meta: PhotoMeta) -> bytes:
    """An IPTC-IIM block in UTF-8 (1:90 = ESC % G) inside a Photoshop 8BIM 0x0404 resource."""
    data = _iptc_dataset(1, 90, b"\x1b%G")
    data += _iptc_dataset(2, 0, b"\x00\x04")
    for number, value in (
        (IPTC_CAPTION, meta.caption[:2000]),
        (IPTC_BYLINE, meta.credit[:32]),
        (IPTC_CREDIT, meta.credit[:32]),
        (IPTC_COPYRIGHT, meta.copyright[:128]),
    ):
        if value:
            data += _iptc_dataset(2, number, value.encode("utf-8"))
    for person in meta.people:
        data += _iptc_dataset(2, IPTC_KEYWORDS, person[:64].encode("utf-8"))
    if len(data) % 2:
        data += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(data)) + data
    return b"Photoshop 3.0\x00" + resource


def insert_app13(jpeg: bytes, payload: bytes) -> bytes:
    """Insert an APP13 segment after the JPEG's leading APPn segments."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("bukan JPEG")
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + struct.unpack(">H", jpeg[pos + 2 : pos + 4])[0]
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:pos] + segment + jpeg[pos:]


def _ascii(value: str) -> str:
    return value.encode("ascii", "replace").decode("ascii")


def photo_with_metadata(source: bytes, meta: PhotoMeta, *, max_side: int | None = None) -> bytes:
    """A JPEG of `source`, upright (EXIF orientation applied), with caption/credit/people."""
    with Image.open(io.BytesIO(source)) as opened:
        image = ImageOps.exif_transpose(opened)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        if max_side:
            image.thumbnail((max_side, max_side))
        exif = Image.Exif()
        exif[EXIF_IMAGE_DESCRIPTION] = _ascii(meta.caption)
        exif[EXIF_ARTIST] = _ascii(meta.credit)
        exif[EXIF_COPYRIGHT] = _ascii(meta.copyright)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=92, exif=exif.tobytes(), xmp=xmp_packet(meta))
    return insert_app13(out.getvalue(), iptc_block(meta))


def resized_jpeg(source: bytes, max_side: int, quality: int = 82) -> tuple[bytes, int, int]:
    """An upright RGB JPEG no larger than max_side, without metadata; returns (bytes, w, h)."""
    with Image.open(io.BytesIO(source)) as opened:
        image = ImageOps.exif_transpose(opened)
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.thumbnail((max_side, max_side))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        return out.getvalue(), image.width, image.height
