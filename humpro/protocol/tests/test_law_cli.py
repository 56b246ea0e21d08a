"""``humpro protocol order`` / ``row`` helpers."""

import io
import json

import pytest

from humpro.protocol.law.cli import order_main, row_main


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


def run_order(tmp_path, content, level="provinsi"):
    path = tmp_path / "hadir.json"
    path.write_text(content, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = order_main(level, str(path), out, err)
    return code, out.getvalue(), err.getvalue()


def test_order_main_prints_json_in_order(tmp_path):
    data = [{"name": "Asep", "position": "Asisten I Setda Provinsi Nusa Makmur",
             "represents": "Gubernur Nusa Makmur"},
            {"name": "Budi", "position": "Kapolda Sumatera Selatan"},
            {"name": "Dedi", "position": "Direktur RSUD"}]
    code, out, err = run_order(tmp_path, json.dumps(data))
    assert code == 0 and err == ""
    result = json.loads(out)
    assert [r["name"] for r in result] == ["Budi", "Asep", "Dedi"]
    assert result[0]["tier"] == "10.1.g"
    assert result[0]["basis"] == "UU 9/2010 Pasal 10 ayat (1) huruf g"
    assert result[1]["announce"] == "mewakili Gubernur Nusa Makmur"
    assert result[2]["unmapped"] is True
    assert {"name", "position", "tier", "basis", "unmapped", "represents", "spouse_of",
            "announce", "rank"} <= set(result[0])


@pytest.mark.parametrize(("content", "level", "message"), [
    ("{not json", "provinsi", "bukan JSON"),
    ('{"name": "A"}', "provinsi", "daftar"),
    ('[{"position": "Gubernur"}]', "provinsi", "'name'"),
    ('[{"name": "A"}]', "provinsi", "'position'"),
    ('[{"name": "A", "position": "Bupati X"}]', "desa", "tingkat acara"),
])
def test_order_main_bad_input(tmp_path, content, level, message):
    code, out, err = run_order(tmp_path, content, level)
    assert code == 2 and out == ""
    assert err.startswith("Kesalahan:") and message in err


def test_order_main_missing_file(tmp_path):
    err = io.StringIO()
    assert order_main("provinsi", str(tmp_path / "tidak-ada.json"), io.StringIO(), err) == 2
    assert "tidak dapat dibaca" in err.getvalue()


def test_row_main():
    out = io.StringIO()
    assert row_main(5, out) == 0 and out.getvalue() == "5-3-1-2-4\n"
    out = io.StringIO()
    assert row_main(4, out) == 0 and out.getvalue() == "4-2-1-3\n"
    err = io.StringIO()
    assert row_main(0, io.StringIO(), err) == 2 and "jumlah kursi" in err.getvalue()
