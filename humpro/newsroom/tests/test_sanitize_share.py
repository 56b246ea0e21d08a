from __future__ import annotations

import pytest

from humpro.newsroom.sanitize import html_to_text, sanitize_html
from humpro.newsroom.sharekit import LIMITS, compose, counted_length, share_kit, whatsapp_text
from humpro.newsroom.tests.factories import make_release, sample_data
from humpro.testing import make_org


def test_script_tags_and_event_handlers_are_removed() -> None:
    dirty = (
        '<p onclick="steal()">Halo <strong>warga</strong></p><script>alert("x")</script>'
        '<img src="https://contoh.test/a.jpg" onerror="alert(1)" alt="foto">'
        '<a href="javascript:alert(1)" onmouseover="x()">tautan</a><style>p{}</style>'
        '<iframe src="https://jahat.test"></iframe>'
    )
    clean = sanitize_html(dirty)
    lowered = clean.lower()
    for bad in ("<script", 'alert("x")', "onclick", "onerror", "onmouseover", "javascript:", "<style", "<iframe"):
        assert bad not in lowered, bad
    assert "<strong>warga</strong>" in clean
    assert 'src="https://contoh.test/a.jpg"' in clean and 'alt="foto"' in clean
    assert 'rel="noopener noreferrer"' in clean


def test_plain_paragraphs_become_escaped_html_and_text_round_trips() -> None:
    clean = sanitize_html("Nilai 3 < 5\n\nParagraf & dua")
    assert clean == "<p>Nilai 3 &lt; 5</p><p>Paragraf &amp; dua</p>"
    assert html_to_text(sanitize_html("<p>A</p><ul><li>B</li><li>C &amp; D</li></ul>")) == "A\nB\nC & D"


@pytest.mark.django_db
def test_release_body_is_stored_sanitised() -> None:
    release = make_release(make_org(), body='<p>Isi</p><script>document.cookie</script><p onload="x">lagi</p>')
    assert "script" not in release.body and "onload" not in release.body and "document.cookie" not in release.body
    assert release.body_text == "Isi\nlagi"


@pytest.mark.django_db
def test_share_kit_fits_every_platform_limit() -> None:
    org = make_org()
    long_lead = "Pemerintah provinsi meresmikan jembatan baru. " * 200
    release = make_release(org, lead=long_lead, tags=["Infrastruktur Daerah", "Nusa Makmur", "jembatan"])
    url = "https://berita.nusamakmur.test/publik/nusa/berita/artikel/" + "x" * 80 + "/"
    kit = share_kit(release, url=url, image_url="https://contoh.test/f.jpg")
    assert {k.platform for k in kit} == set(LIMITS)
    for k in kit:
        assert k.fits, (k.platform, k.length)
        assert url in k.text and k.image_url == "https://contoh.test/f.jpg"
        assert k.text.startswith(release.title)
    x = next(k for k in kit if k.platform == "x")
    assert x.length <= 280 and "#InfrastrukturDaerah" in x.text and "\u2026" in x.text
    insta = next(k for k in kit if k.platform == "instagram")
    assert "#NusaMakmur" in insta.text and "#Jembatan" in insta.text


def test_x_counts_links_as_23_characters() -> None:
    text = compose("x", title="T" * 300, lead="", url="https://a.test/" + "p" * 200, tags=[])
    assert counted_length(text, "x") <= 280


@pytest.mark.django_db
def test_whatsapp_text_uses_whatsapp_formatting() -> None:
    release = make_release(make_org(), **{"tags": ["Infrastruktur"]})
    text = whatsapp_text(release, url="https://contoh.test/r")
    assert text.startswith(f"*{release.title}*")
    assert "_\u201cJembatan ini memangkas waktu tempuh warga.\u201d_ \u2014 Gubernur" in text
    assert "Selengkapnya: https://contoh.test/r" in text and text.endswith("#Infrastruktur")
    assert sample_data().title  # the fixture text is the one used above
