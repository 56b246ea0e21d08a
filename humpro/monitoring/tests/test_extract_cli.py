"""CLI JSON-lines output, folders, unreadable files, and robustness on malformed HTML."""

import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.cli import run

FIX = Path(__file__).parent / "fixtures"
SCHEMA = {
    "file",
    "title",
    "outlet",
    "dateline",
    "date",
    "reporter",
    "people",
    "organizations",
    "quotes",
    "tone",
    "headline_tone",
    "topics",
    "places",
    "captions",
    "explain",
}


def run_lines(paths):
    buf = io.StringIO()
    code = run([str(p) for p in paths], buf)
    return code, [json.loads(line) for line in buf.getvalue().splitlines()]


def test_cli_json_lines_have_the_schema():
    code, rows = run_lines([FIX / "nm_text.txt", FIX / "nm_fragment.html"])
    assert code == 0 and len(rows) == 2
    for row in rows:
        assert set(row) >= SCHEMA
        assert row["tone"] in ("positive", "neutral", "negative")
        assert all({"name", "position", "degrees"} <= set(p) for p in row["people"])
        assert all(set(q) == {"text", "speaker"} for q in row["quotes"])


def test_cli_non_ascii_is_kept():
    buf = io.StringIO()
    run([str(FIX / "nm_fragment.html")], buf)
    assert "\\u" not in buf.getvalue()


def test_cli_folder_recurses_and_filters_suffixes():
    code, rows = run_lines([FIX / "folder"])
    assert code == 0
    assert sorted(Path(r["file"]).name for r in rows) == ["a.txt", "b.htm"]


def test_cli_unreadable_file_reports_and_continues(tmp_path):
    missing = tmp_path / "hilang.txt"
    code, rows = run_lines([missing, FIX / "nm_text.txt"])
    assert code == 1
    assert "error" in rows[0] and "berkas" in rows[0]["error"]
    assert rows[1]["title"].startswith("Warga Desa")


def test_cli_directory_given_as_file_is_an_error(tmp_path):
    bad = tmp_path / "x.html"
    bad.mkdir()
    (tmp_path / "ok.txt").write_text("Judul\n\nIsi berita pendek.", encoding="utf-8")
    code, rows = run_lines([tmp_path / "ok.txt"])
    assert code == 0 and rows[0]["title"] == "Judul"


_tags = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<h1>",
        "</h1>",
        "<div class='caption'>",
        "</div>",
        "<br>",
        "<strong>",
        "</strong>",
        "<figcaption>",
        "<img alt='Foto bupati'>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<html>",
        "<body>",
        "&amp;quot;",
        "&ldquo;",
        "&rdquo;",
        '"',
        "“",
        "”",
        "<",
        ">",
        "(ANTARA) -",
        "ujarnya",
        "Bupati Seruni Ahmad Fauzan",
        "Selasa (24/9/2019)",
    ]
)
_chunks = st.lists(st.one_of(_tags, st.text(max_size=40)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(_chunks, st.sampled_from([None, "html", "html_fragment", "text"]))
def test_malformed_html_never_raises(raw, fmt):
    out = extract_document(raw, filename="acak.html", fmt=fmt)
    assert out["tone"] in ("positive", "neutral", "negative")
    json.dumps(out, ensure_ascii=False)
