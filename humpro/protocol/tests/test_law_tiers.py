"""The precedence lists of UU 9/2010 as data (rules-id §1.1)."""

import subprocess
import sys

import pytest

from humpro.protocol.law.tiers import LEVELS, TIERS, get_tier, tier_choices, tiers_of


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


def test_list_lengths_match_the_law():
    assert len(tiers_of("nasional")) == 22  # Pasal 9 ayat (1) huruf a-v
    assert len(tiers_of("provinsi")) == 17  # Pasal 10 ayat (1) huruf a-q
    assert len(tiers_of("kabupaten")) == 13  # Pasal 11 ayat (1) huruf a-m
    assert LEVELS == ("nasional", "provinsi", "kabupaten")


def test_tier_fields():
    tier = get_tier("10.1.g")
    assert tier is not None
    assert (tier.pasal, tier.ayat, tier.huruf, tier.rank) == (10, 1, "g", 7)
    assert tier.list_level == "provinsi"
    assert tier.basis == "UU 9/2010 Pasal 10 ayat (1) huruf g"
    assert "kepala kepolisian" in tier.label
    assert tier.confidence == "H" and tier.confirmed


def test_ranks_are_consecutive_per_list():
    for level in LEVELS:
        assert [t.rank for t in tiers_of(level)] == list(range(1, len(tiers_of(level)) + 1))
        assert [t.huruf for t in tiers_of(level)] == [
            chr(ord("a") + i) for i in range(len(tiers_of(level)))
        ]


def test_unconfirmed_national_rows_are_marked():
    assert [c for c, t in TIERS.items() if not t.confirmed] == [
        "9.1.s", "9.1.t", "9.1.u", "9.1.v"]
    assert get_tier("9.1.s").confidence == "M"
    assert {get_tier(f"9.1.{h}").confidence for h in "tuv"} == {"L"}
    assert "belum terkonfirmasi" in dict(tier_choices("nasional"))["9.1.v"]


def test_get_tier_unknown_and_normalised():
    assert get_tier("10.1.z") is None
    assert get_tier(" 11.1.A ") is get_tier("11.1.a")
    assert get_tier(None) is None  # type: ignore[arg-type]


def test_tier_choices():
    choices = tier_choices()
    assert len(choices) == 52
    assert choices[0][0] == "9.1.a"
    assert dict(tier_choices("kabupaten"))["11.1.l"].startswith("kepala bagian")


def test_engine_does_not_import_django():
    code = ("import sys, humpro.protocol.law, humpro.protocol.law.cli, "
            "humpro.protocol.law.rundown; assert 'django' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
