"""Generalisation checks on invented articles (fixtures/news_gold, own text, own annotation).

The gold files follow the news-dev schema, so ``bench/eval_extract.py --data`` scores them too.
"""

import json
from pathlib import Path

import pytest

from humpro.monitoring.extract import extract_document, extract_file, ner
from humpro.monitoring.extract.people import Person, find_people, merge_variants
from humpro.monitoring.extract.quotes import extract_quotes
from humpro.monitoring.extract.tone import analyse_tone

GOLD = Path(__file__).parent / "fixtures" / "news_gold"


def _key(name):
    return " ".join(name.lower().replace(".", " ").split()) if name else ""


def _same(a, b):
    x, y = _key(a), _key(b)
    return (
        bool(x) and bool(y) and (x == y or set(x.split()) <= set(y.split()) and len(x.split()) >= 2)
    )


def test_gold_fixtures_scores():
    items = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    assert len(items) >= 15
    tp_p = n_pred = n_gold = tp_q = n_q = tone_ok = 0
    for g in items:
        out = extract_file(GOLD / g["raw_file"])
        used = set()
        for gp in g["people"]:
            hit = next(
                (
                    i
                    for i, pp in enumerate(out["people"])
                    if i not in used and _same(gp["name"], pp["name"])
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                tp_p += 1
        n_pred += len(out["people"])
        n_gold += len(g["people"])
        for gq in g["quotes"]:
            n_q += 1
            pq = next((q for q in out["quotes"] if q["text"][:30] == gq["text"][:30]), None)
            tp_q += bool(pq and _same(gq["speaker"], pq["speaker"]))
        tone_ok += out["tone"] == g["tone"]
    prec, rec = tp_p / n_pred, tp_p / n_gold
    assert 2 * prec * rec / (prec + rec) >= 0.85
    assert tp_q / n_q >= 0.85
    assert tone_ok / len(items) >= 0.75


def test_nearest_subject_in_paragraph_wins_over_earlier_speaker():
    paras = [
        "Juru bicara KPK Arief Santoso mengatakan penyidik mendalami aliran dana.",
        'Usai diperiksa, Lukman Hakim enggan berkomentar banyak. "Tanyakan saja kepada '
        'penyidik," ujarnya.',
    ]
    people = find_people(paras)
    quotes = extract_quotes(paras, people)
    assert quotes[0].speaker_name == "Lukman Hakim"


def test_unnamed_source_gets_a_role_description():
    paras = [
        "Seorang sumber di lingkungan pemkab menyebut proyek itu bermasalah sejak awal. "
        '"Pemenangnya sudah ditentukan," kata sumber tersebut.',
    ]
    quotes = extract_quotes(paras, find_people(paras))
    assert quotes[0].speaker_name == "seorang sumber di lingkungan pemkab"


def test_descriptor_after_cue_goes_to_the_person_just_named():
    paras = [
        "Bupati Rawa Indah Budi Hartono membuka pasar itu.",
        'Salah seorang pedagang, Sumirah, mengaku senang. "Sekarang bersih," ujar ibu dua anak '
        "ini.",
    ]
    people = find_people(paras)
    assert "Sumirah" in {p.name for p in people}
    assert extract_quotes(paras, people)[0].speaker_name == "Sumirah"


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Kepala Desa Lubuk Sari, Mursid, mengaku bersyukur.", "Mursid", "Kepala Desa Lubuk Sari"),
        ('"Sudah lama," kata Rahmat (45), warga Talang Sari.', "Rahmat", None),
        (
            "Peserta dari Dinas Perikanan, Rina Marlini, mengaku mendapat ilmu baru.",
            "Rina Marlini",
            None,
        ),
        (
            "Acara dihadiri anggota DPRD Ogan Ilir Zulkarnain Siregar dan para camat.",
            "Zulkarnain Siregar",
            "anggota DPRD Ogan Ilir",
        ),
        (
            "Warga setempat sekaligus Ketua Masjid Al Ikhlas, Drs. Zainal Abidin, mengatakan",
            "Zainal Abidin",
            "Ketua Masjid Al Ikhlas",
        ),
    ],
)
def test_new_person_anchors(text, name, position):
    people = {p.name: p for p in find_people([text])}
    assert name in people
    assert people[name].position == position


def test_place_from_the_text_is_not_a_person():
    paras = [
        "Jalan di Desa Talang Sari rusak. Warga Talang Sari, Asep Kurniadi, mengaku kecewa.",
    ]
    names = {p.name for p in find_people(paras)}
    assert "Talang Sari" not in names
    assert "Asep Kurniadi" in names


def test_spelling_variants_and_nicknames_merge():
    people = merge_variants(
        [
            Person("Joko Widodo", "Presiden"),
            Person("Jokowi"),
            Person("Sudrajad Dimyati"),
            Person("Sudrajat Dimyati", "Hakim Agung"),
        ]
    )
    assert [p.name for p in people] == ["Joko Widodo", "Sudrajad Dimyati"]
    assert people[1].position == "Hakim Agung"


def test_crf_weights_ship_with_the_package():
    assert ner.available()


def test_crf_backstop_finds_unanchored_names():
    paras = [
        "Dalam acara itu hadir pula petani mitra asal Malang, Slamet Riyanto dan Wahyu "
        "Hidayat, yang berbagi pengalaman.",
    ]
    names = {p.name for p in find_people(paras)}
    assert {"Slamet Riyanto", "Wahyu Hidayat"} <= names


def test_crf_rejects_common_word_runs():
    paras = ["Tema tahun ini adalah Melangkah Pasti dan Tokoh Adat ikut hadir bersama warga."]
    assert find_people(paras) == []


def test_routine_arrest_is_neutral_but_official_corruption_is_negative():
    arrest = analyse_tone(
        "Polisi Tangkap Pencuri Motor",
        [
            "Polres Sukamaju menangkap dua pria yang diduga mencuri sepeda motor. Kedua tersangka "
            "ditahan dan dijerat pasal pencurian. Kapolres mengimbau warga memasang kunci ganda.",
        ],
    )
    assert arrest["tone"] == "neutral"
    graft = analyse_tone(
        "Mantan Kades Jadi Tersangka Korupsi Dana Desa",
        [
            "Kejaksaan menetapkan mantan kepala desa sebagai tersangka korupsi dana desa. "
            "Kerugian negara mencapai Rp 800 juta. Tersangka ditahan. Warga kecewa karena "
            "dana desa dipakai untuk kepentingan pribadi oleh kepala desa.",
        ],
    )
    assert graft["tone"] == "negative"


def test_anti_corruption_event_is_not_negative():
    res = analyse_tone(
        "Pemkab Peringati Hari Antikorupsi",
        [
            "Pemerintah kabupaten memperingati Hari Anti Korupsi bersama kejaksaan. Bupati "
            "mengajak ASN melawan korupsi. Menurut bupati, korupsi hanya bisa dilawan bersama.",
        ],
    )
    assert res["tone"] != "negative"


def test_public_service_complaint_without_named_government_is_negative():
    res = analyse_tone(
        "Jalan Rusak dan Berlubang Dikeluhkan Warga",
        [
            "Warga mengeluhkan jalan yang rusak parah dan berlubang. Keluhan sudah lama "
            "disampaikan namun tak kunjung ada perbaikan. Pengendara kecewa.",
        ],
    )
    assert res["tone"] == "negative"


def test_extract_document_is_fast_enough():
    import time

    raw = (GOLD / "g002.txt").read_text(encoding="utf-8")
    extract_document(raw, filename="g002.txt")
    t0 = time.process_time()
    for _ in range(10):
        extract_document(raw, filename="g002.txt")
    assert (time.process_time() - t0) / 10 < 0.05
