"""Excerpts and feed summaries stop anywhere: the extractor must take a text cut at any word."""

from __future__ import annotations

import pytest

from humpro.monitoring.extract import extract_document

ARTICLE = """Polisi Selidiki Perusakan Rumah Petani di Desa Sukamaju

TANJUNG RAYA, Kabarsejahtera.id - Kapolsek Tanjung Raya Iptu Handoko Saputra, S.H. mengatakan pihaknya
telah menerima laporan perusakan rumah milik seorang petani, Darsono (52), warga Desa Sukamaju.

"Laporan sudah kami terima dan penyidik sedang memeriksa tiga saksi," ujar Handoko, Rabu (14/8/2024).

Darsono menduga perusakan dilakukan oleh tetangganya, Yusuf alias Ucok.

Sengketa batas lahan sudah lama terjadi. Kepala Desa Sukamaju, Hj. Ratna Dewi, menyebut pemerintah
desa siap memediasi kedua pihak.

"Kami minta warga menahan diri," kata Ratna.
"""


def cuts(text: str) -> list[str]:
    """The article stopped after each of its words."""
    return [text[:i] for i, c in enumerate(text) if c in " \n"] + [text]


def test_the_fixture_is_read_whole() -> None:
    doc = extract_document(ARTICLE, fmt="text")
    names = {p["name"] for p in doc["people"]}
    assert {"Handoko Saputra", "Ratna Dewi"} <= names


@pytest.mark.parametrize(
    "end",
    ["Yusuf alias Ucok.", "Yusuf alias Ucok", "Yusuf Effendi alias Ucok.", "Yusuf alias", "Kepala Desa Sukamaju,"],
)
def test_a_paragraph_may_stop_on_a_name_or_nickname(end: str) -> None:
    # (a nickname closing a paragraph once sent the name-first rules past its last word)
    doc = extract_document(f"Judul\n\nPerusakan itu diduga dilakukan oleh {end}\n\nKasus itu diselidiki.", fmt="text")
    if "Effendi" in end:
        assert [p["name"] for p in doc["people"]] == ["Yusuf Effendi"]


def test_every_cut_of_an_article_is_extracted() -> None:
    failures = []
    for text in cuts(ARTICLE):
        try:
            extract_document(text, fmt="text")
        except Exception as exc:  # noqa: BLE001 (collect every failing cut, then report them all)
            failures.append(f"{text[-40:]!r}: {exc!r}")
    assert not failures, "\n".join(failures)


def test_a_paragraph_may_stop_on_any_office_word_of_the_lexicon() -> None:
    # ("... disampaikan Pangdam" at the end of an excerpt once sent a body rule past the last word)
    from humpro.monitoring.extract import lexicon as lx

    words = sorted(
        {" ".join(h) for h in lx.position_heads()}
        | {" ".join(h) for h in lx.ranks()}
        | set(lx.offices()["office_abbreviations"])
        | {w for w in lx.org_words() if w.isalpha()}
    )
    failures = []
    for word in words:
        cased = word[:1].upper() + word[1:]
        for text in (f"Judul\n\nHal itu disampaikan {cased}", f"Judul\n\nKata {cased} XIV", f"Judul\n\n{cased}"):
            try:
                extract_document(text, fmt="text")
            except Exception as exc:  # noqa: BLE001 (collect every failing word, then report them all)
                failures.append(f"{text!r}: {exc!r}")
    assert not failures, "\n".join(failures[:20])
