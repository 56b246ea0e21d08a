"""Tone (body and headline) with explanations, and keyword topics."""

import pytest

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract.tone import analyse_tone, score_text
from humpro.monitoring.extract.topics import classify_topics, default_taxonomy


def test_positive_tone_with_cues():
    out = analyse_tone(
        "Gubernur Resmikan Jembatan Baru",
        [
            "Pemerintah Provinsi Nusa Makmur meresmikan jembatan baru yang dibangun tahun ini.",
            "Warga bersyukur karena jalan menuju pasar kini mulus dan lancar.",
            "Bupati mengapresiasi kerja dinas yang berhasil menuntaskan proyek tepat waktu.",
        ],
    )
    assert out["tone"] == "positive"
    assert out["headline_tone"] == "positive"
    cues = {c["cue"].lower() for c in out["explain"]["body"]["positive_cues"]}
    assert {"meresmikan", "bersyukur"} <= cues
    assert all(c["sentence"] for c in out["explain"]["body"]["positive_cues"])


def test_negative_tone_with_cues():
    out = analyse_tone(
        "Warga Keluhkan Jalan Rusak",
        [
            "Warga mengeluhkan jalan kabupaten yang rusak parah dan berlubang.",
            "Mereka kecewa karena janji perbaikan dari pemerintah kabupaten tak kunjung ditepati.",
            "Anggota DPRD menilai dinas lamban menangani keluhan itu.",
        ],
    )
    assert out["tone"] == "negative"
    assert out["headline_tone"] == "negative"
    assert {"kecewa", "lamban"} <= {
        c["cue"].lower() for c in out["explain"]["body"]["negative_cues"]
    }


def test_problem_fixed_in_the_same_sentence_is_not_negative():
    out = analyse_tone(
        "Jalan Rusak di Seruni Tuntas Diperbaiki",
        [
            "Jalan rusak di Kecamatan Seruni akhirnya diperbaiki dinas pekerjaan umum.",
            "Pemerintah kabupaten menargetkan pengaspalan rampung pekan depan.",
        ],
    )
    assert out["tone"] == "positive" and out["headline_tone"] == "positive"
    assert any(c.get("reason") for c in out["explain"]["body"]["neutralised_cues"])


def test_neutral_when_no_government_actor():
    out = analyse_tone(
        "Festival Kopi Digelar di Lapangan Kota",
        [
            "Sebanyak 40 kedai kopi meramaikan festival yang sukses menarik pengunjung.",
            "Panitia berharap festival menjadi agenda tahunan.",
        ],
    )
    assert out["tone"] == "neutral"


def test_negated_resolution_is_not_positive():
    out = analyse_tone("Jalan Tak Kunjung Diperbaiki", [])
    assert out["headline_tone"] == "negative"


def test_topics_default_and_override():
    assert "infrastruktur" in classify_topics(
        "Jembatan Baru Diresmikan", "Jalan dan jembatan desa selesai dibangun."
    )
    assert "kesehatan" in classify_topics(
        "Vaksinasi di Puskesmas", "Puskesmas melayani vaksin untuk warga."
    )
    custom = {"kopi": ["kopi", "kedai"], "olahraga": ["sepak bola"]}
    assert classify_topics("Festival Kopi", "Ada 40 kedai kopi.", custom) == ["kopi"]
    assert "infrastruktur" in default_taxonomy()
    out = extract_document("<h1>Festival Kopi</h1><p>Ada 40 kedai kopi lokal.</p>", topics=custom)
    assert out["topics"] == ["kopi"]


def _plain_alternation(words):
    """The cue regex as one flat alternation, longest first (the reference for the branched one)."""
    import re

    items = sorted(words.items(), key=lambda kv: -len(kv[0]))
    parts = [re.escape(w).replace(r"\*", r"\w*").replace(r"\ ", r"\s+") for w, _ in items]
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(f"({p})" for p in parts) + r")(?![\w-])", re.I)
    return rx, [w for w, _ in items]


def test_branched_cue_regex_finds_what_a_flat_alternation_finds():
    import random

    from humpro.monitoring.extract.lexicon import load_json
    from humpro.monitoring.extract.tone import _Alternation

    words = load_json("tone.json")["negative"]
    branched = _Alternation(words)
    flat, order = _plain_alternation(words)
    vocab = list(words) + ["jalan", "Bupati", "tidak", "warga", "rusak-rusakan", "Pemkab", "x"]
    rnd = random.Random(7)
    for _ in range(300):
        text = " ".join(rnd.choice(vocab).upper() if rnd.random() < 0.2 else rnd.choice(vocab) for _ in range(12))
        got = [(m.span(), word) for m, word, _w in branched.finditer(text)]
        want = [(m.span(), order[m.lastindex - 1]) for m in flat.finditer(text)]
        assert got == want, text


def test_routine_arrest_reported_by_a_police_officer_is_not_misconduct():
    from humpro.monitoring.extract.tone import score_text

    routine = (
        "Polres Kaur menangkap dua pengedar sabu di Desa Padang Kedondong. "
        "Kasi Humas Polres Kaur, Iptu Darmin, menambahkan kedua tersangka dijerat Pasal 114 UU Narkotika."
    )
    s = score_text(routine)
    assert s["negative"] == 0  # crime words neutralised: the police officer reports, no official at fault
    assert any(c.get("reason", "").startswith("law") for c in s["cues"])
    misconduct = "Oknum polisi Polres Kaur diduga memeras warga dan kini ditetapkan sebagai tersangka."
    assert score_text(misconduct)["negative"] > 0


def test_cheap_food_market_reads_positive():
    out = analyse_tone(
        "Pemkab Gelar Pasar Murah Jelang Lebaran",
        [
            "Pemerintah Kabupaten Kaur menggelar pasar murah di halaman kantor dinas ketahanan pangan.",
            "Kegiatan itu untuk menjaga daya beli dan menekan inflasi menjelang Lebaran.",
            "Antusiasme warga tinggi dan mereka mengaku terbantu karena beras dijual di bawah harga pasar.",
        ],
    )
    assert out["tone"] == "positive"
    cues = {c["cue"].lower() for c in out["explain"]["body"]["positive_cues"]}
    assert {"pasar murah", "terbantu"} <= cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Bulog menggelar operasi pasar beras di lima pasar.",
        "Pertamina menambah pasokan elpiji bersubsidi.",
        "BPJS Kesehatan membuka kantor cabang baru.",
        "Kejati memeriksa tiga saksi kasus itu.",
        "KPU menetapkan daftar calon tetap.",
    ],
)
def test_state_bodies_and_state_companies_count_as_government(sentence):
    # rule 10 of the annotation guide: BUMN and state bodies are "government"
    assert score_text(sentence)["government_mentions"] >= 1


@pytest.mark.parametrize(
    ("title", "paragraphs", "cues"),
    [
        (
            "Temuan BPK di Pemkab Ditelusuri",
            [
                "BPK menemukan kelebihan bayar perjalanan dinas di sekretariat DPRD sebesar Rp900 juta.",
                "Hingga kini kelebihan pembayaran itu belum dikembalikan seluruhnya oleh pemerintah kabupaten.",
            ],
            {"kelebihan bayar", "belum dikembalikan"},
        ),
        (
            "Korban Longsor Menunggu",
            [
                "Tujuh bulan setelah longsor, warga belum mendapat kepastian relokasi dari pemerintah kabupaten.",
                "Sampai pagi ini belum ada bantuan dari pemkab, kata warga.",
            ],
            {"belum mendapat kepastian", "belum ada bantuan"},
        ),
        (
            "Paripurna APBD Perubahan Diskors",
            [
                "Rapat paripurna DPRD diskors karena tidak kuorum.",
                "Pansus menilai pemda tidak serius melaksanakan rekomendasi dewan.",
            ],
            {"diskors", "tidak kuorum", "tidak serius"},
        ),
    ],
)
def test_audit_findings_unkept_promises_and_failed_sessions_read_negative(title, paragraphs, cues):
    out = analyse_tone(title, paragraphs)
    found = {c["cue"].lower() for c in out["explain"]["body"]["negative_cues"]}
    assert cues <= found
    assert out["explain"]["body"]["negative_score"] > out["explain"]["body"]["positive_score"]
    assert out["tone"] == "negative"
