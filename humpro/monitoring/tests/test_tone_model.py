"""The trainable tone classifier (pure, no Django): training, prediction, serialisation."""

from __future__ import annotations

import json

from humpro.monitoring.extract import extract_document
from humpro.monitoring.extract import tone_model as tm
from humpro.monitoring.extract.tone import analyse_tone

ANCHORS = [
    tm.Example(
        "Bupati Resmikan Pasar Rakyat Baru",
        ["Bupati Lembah Permai meresmikan pasar rakyat yang dibangun pemerintah kabupaten.",
         "Pedagang bersyukur dan mengapresiasi fasilitas baru yang bersih."],
        "positive",
        "positive",
    ),
    tm.Example(
        "Warga Keluhkan Jalan Kabupaten Rusak Parah",
        ["Warga mengeluhkan jalan kabupaten yang rusak parah dan berlubang.",
         "Mereka kecewa karena dinas lamban memperbaiki jalan itu."],
        "negative",
        "negative",
    ),
    tm.Example(
        "DPRD Gelar Rapat Kerja dengan Dinas Perhubungan",
        ["DPRD menggelar rapat kerja dengan Dinas Perhubungan membahas rencana kerja.",
         "Rapat berlangsung hingga sore dan dilanjutkan pekan depan."],
        "neutral",
        "neutral",
    ),
]


def blackout(place: str, hours: int) -> tuple[str, list[str]]:
    # (a pattern the base model has no cue for: a lost phone signal, not a "pemadaman")
    return (
        f"Sinyal Seluler Kembali Hilang di {place}",
        [
            f"Sinyal telepon seluler kembali hilang di {place} selama {hours} jam pada Selasa.",
            f"PLN Unit Layanan {place} menyebut menara pemancar kehabisan daya karena gangguan pembangkit.",
            "Aktivitas warga dan pedagang di kawasan itu terganggu.",
        ],
    )


CORRECTED = [
    tm.Example(*blackout(place, h), "negative", "negative", 2.0)
    for place, h in (("Tanjung Api", 3), ("Bukit Sari", 4), ("Muara Dua", 6), ("Kampung Baru", 2))
]


def test_the_shipped_base_model_loads_and_explains() -> None:
    model = tm.base_model()
    assert model is not None
    out = model.predict(ANCHORS[0].title, ANCHORS[0].paragraphs)
    for head in ("body", "headline"):
        probs = out[head]["probabilities"]
        assert set(probs) == {"positive", "neutral", "negative"}
        assert abs(sum(probs.values()) - 1.0) < 0.01
        assert out[head]["tone"] == max(probs, key=probs.get)
        assert all(f["weight"] > 0 for f in out[head]["features"])
    assert out["body"]["tone"] == "positive"


def test_training_is_deterministic() -> None:
    a = tm.train(ANCHORS + CORRECTED, config=tm.TrainConfig(min_df=1))
    b = tm.train(ANCHORS + CORRECTED, config=tm.TrainConfig(min_df=1))
    assert json.dumps(a.to_json(), sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)


def test_serialisation_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    model = tm.train(ANCHORS, config=tm.TrainConfig(min_df=1), meta={"name": "uji"})
    path = tmp_path / "m.json.gz"
    model.save(path)
    again = tm.ToneModel.load(path)
    assert again.meta["name"] == "uji"
    title, paras = blackout("Kota Senja", 5)
    assert again.predict(title, paras) == model.predict(title, paras)
    assert tm.ToneModel.from_json(json.loads(json.dumps(model.to_json()))).predict(
        title, paras
    ) == model.predict(title, paras)


def test_a_correction_pattern_is_learnt_from_the_prior() -> None:
    base = tm.base_model()
    new = blackout("Kota Senja", 5)
    assert base.predict(*new)["body"]["tone"] == "neutral"
    model = tm.train(CORRECTED + ANCHORS, config=tm.TrainConfig(l2=0.5), prior=base)
    out = model.predict(*new)
    assert out["body"]["tone"] == "negative"
    assert out["headline"]["tone"] == "negative"
    # an unrelated neutral item stays neutral
    assert model.predict(ANCHORS[2].title, ANCHORS[2].paragraphs)["body"]["tone"] == "neutral"


def test_analyse_tone_takes_a_model_and_keeps_the_lexicon_explanation() -> None:
    base = tm.base_model()
    model = tm.train(CORRECTED + ANCHORS, config=tm.TrainConfig(l2=0.5), prior=base)
    title, paras = blackout("Kota Senja", 5)
    assert analyse_tone(title, paras)["tone"] == "neutral"
    out = analyse_tone(title, paras, model=model)
    assert out["tone"] == "negative"
    body = out["explain"]["body"]
    assert body["model"]["tone"] == "negative" and body["lexicon_tone"] == "neutral"
    assert {"positive_cues", "negative_cues", "neutralised_cues"} <= set(body)
    doc = title + "\n\n" + "\n\n".join(paras)
    assert extract_document(doc, fmt="text", tone_model=model)["tone"] == "negative"


def test_cross_validation_reports_both_heads() -> None:
    cv = tm.cross_validate(CORRECTED + ANCHORS, k=3, config=tm.TrainConfig(min_df=1))
    assert cv["k"] == 3 and cv["body"]["n"] == 7 and cv["headline"]["n"] == 7
    assert 0.0 <= cv["body"]["macro_f1"] <= 1.0
    assert tm.folds(7, 3) == tm.folds(7, 3)
    assert sorted(i for f in tm.folds(7, 3) for i in f) == list(range(7))
