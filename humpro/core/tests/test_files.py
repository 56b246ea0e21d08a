from __future__ import annotations

import io

import pytest
from PIL import Image

from humpro.core.files import extension_of, sniff_content_type


def _image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (2, 2)).save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize("content,expected", [
    (_image("PNG"), "image/png"),
    (_image("JPEG"), "image/jpeg"),
    (_image("WEBP"), "image/webp"),
    (b"%PDF-1.7\n...", "application/pdf"),
    (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
    (b"\x00\x00\x00\x18ftypM4A ", "audio/mp4"),
    (b"\x1a\x45\xdf\xa3\x01", "video/webm"),
    (b"ID3\x03", "audio/mpeg"),
    (b"OggS\x00", "audio/ogg"),
    (b"<?php echo 1; ?>", ""),
    (b"MZ\x90\x00", ""),
    (b"", ""),
])
def test_content_decides_not_the_name(content: bytes, expected: str) -> None:
    assert sniff_content_type(content[:32]) == expected


def test_extension() -> None:
    assert extension_of("KTP.Scan.JPG") == "jpg" and extension_of("tanpa-titik") == ""
