"""Retrain loop: analysts' tone corrections → per-organization tone model → new articles."""

from __future__ import annotations

import re

import pytest

from humpro.core.scheduler import JOBS
from humpro.core.worker import run_pending_tasks
from humpro.monitoring import services, tone_training
from humpro.monitoring.ingest import article_reprocess, ingest_document
from humpro.monitoring.models import Article, ToneModel
from humpro.monitoring.tasks import tone_retrain_task
from humpro.monitoring.tests.newsdata import text_doc
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db

PLACES = ["Tanjung Api", "Bukit Sari", "Muara Dua", "Kampung Baru"]


def blackout(place: str, hours: int = 4) -> tuple[str, list[str]]:
    # (a pattern the base model has no cue for: a lost phone signal, not a "pemadaman")
    return (
        f"Sinyal Seluler Kembali Hilang di {place}",
        [
            f"Sinyal telepon seluler kembali hilang di {place} selama {hours} jam pada Selasa.",
            f"PLN Unit Layanan {place} menyebut menara pemancar kehabisan daya karena gangguan pembangkit.",
            "Aktivitas warga dan pedagang di kawasan itu terganggu.",
        ],
    )


def store(org, place: str, hours: int = 4) -> Article:  # type: ignore[no-untyped-def]
    title, paras = blackout(place, hours)
    result = ingest_document(
        organization=org,
        raw=text_doc(title, paras),
        fmt="text",
        url=f"https://warta.example/{org.slug}/{place.replace(' ', '-').lower()}-{hours}",
    )
    assert result.article is not None
    return result.article


def correct_all(org, user) -> None:  # type: ignore[no-untyped-def]
    for i, place in enumerate(PLACES):
        article = store(org, place, 2 + i)
        assert article.tone == "neutral"  # the base model does not know this pattern
        services.tone_correct(article=article, field="body", tone="negative", user=user)
        services.tone_correct(article=article, field="headline", tone="negative", user=user)


@pytest.fixture
def world():  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    analyst = make_user(org=org, roles=[Role.ANALYST], username="analis")
    head = make_user(org=org, roles=[Role.HEAD], username="kepala")
    return org, analyst, head


def test_corrections_retrain_and_new_articles_get_the_corrected_tone(world) -> None:  # type: ignore[no-untyped-def]
    org, analyst, head = world
    assert tone_training.retrain_tone_model(organization=org) is None  # nothing to learn yet
    correct_all(org, analyst)
    assert tone_training.needs_retrain(org)
    row = services.retrain_tone_model(organization=org, user=head)
    assert row is not None and row.active and row.n_corrections == 4
    assert row.n_examples == 4 + len(tone_training.anchor_examples())
    assert row.trained_by == head
    assert row.metrics["base_on_corrections"]["body"]["accuracy"] == 0.0
    assert row.metrics["train_on_corrections"]["body"]["accuracy"] == 1.0
    assert row.metrics["cv"] is None  # fewer than 10 corrected articles
    assert not tone_training.needs_retrain(org)

    new = store(org, "Kota Senja", 5)
    assert (new.tone, new.headline_tone) == ("negative", "negative")
    assert new.tone_auto == "negative"
    assert new.explain["body"]["model"]["tone"] == "negative"
    assert new.explain["tone_model"].startswith(f"org-{org.pk}-")

    # a second retrain keeps the first row as history, inactive
    services.tone_correct(article=new, field="body", tone="neutral", user=analyst)
    second = services.retrain_tone_model(organization=org)
    assert ToneModel.objects.filter(organization=org).count() == 2
    assert list(ToneModel.objects.filter(organization=org, active=True)) == [second]


def test_reprocess_uses_the_active_model_but_keeps_corrections(world) -> None:  # type: ignore[no-untyped-def]
    org, analyst, _head = world
    older = store(org, "Desa Karang", 7)
    assert older.tone == "neutral"
    correct_all(org, analyst)
    services.retrain_tone_model(organization=org)
    article_reprocess(article=older)
    older.refresh_from_db()
    assert older.tone_auto == "negative" and older.tone == "negative"
    corrected = Article.objects.filter(organization=org, tone_corrections__isnull=False).first()
    services.tone_correct(article=corrected, field="body", tone="positive", user=analyst)
    article_reprocess(article=corrected)
    corrected.refresh_from_db()
    assert corrected.tone == "positive" and corrected.tone_auto == "negative"


def test_another_organizations_corrections_never_leak(world) -> None:  # type: ignore[no-untyped-def]
    org, analyst, _head = world
    other = make_org(slug="lain", name="Pemerintah Kabupaten Lain")
    other_analyst = make_user(org=other, roles=[Role.ANALYST], username="analis-lain")
    correct_all(other, other_analyst)
    assert services.retrain_tone_model(organization=other) is not None
    assert tone_training.correction_examples(org) == []
    assert services.retrain_tone_model(organization=org) is None
    assert tone_training.active_tone_model(org) is None
    assert store(org, "Kota Senja", 5).tone == "neutral"  # still the base model here
    assert store(other, "Kota Senja", 5).tone == "negative"
    # this organization's own model is trained on its corrections only
    services.tone_correct(
        article=store(org, "Sungai Lebar", 3), field="headline", tone="neutral", user=analyst
    )
    row = services.retrain_tone_model(organization=org)
    assert row.n_corrections == 1
    assert store(org, "Teluk Damar", 6).tone == "neutral"


def test_weekly_task_retrains_only_when_there_are_new_corrections(world) -> None:  # type: ignore[no-untyped-def]
    org, analyst, _head = world
    assert JOBS["monitoring.tone_retrain"].task is tone_retrain_task
    assert tone_retrain_task.call() == 0
    correct_all(org, analyst)
    assert tone_retrain_task.call() == 1
    assert tone_retrain_task.call() == 0  # nothing new since
    assert ToneModel.objects.filter(organization=org).count() == 1


def test_settings_page_button_and_permissions(client, world) -> None:  # type: ignore[no-untyped-def]
    org, analyst, head = world
    settings_url = "/o/nusa-makmur/pemantauan/pengaturan/"
    url = "/o/nusa-makmur/pemantauan/pengaturan/latih-nada/"
    client.login(username="analis", password=PASSWORD)
    assert client.post(url).status_code == 403  # analysts correct, heads/admins retrain
    correct_all(org, analyst)
    client.login(username="kepala", password=PASSWORD)
    assert client.get(url).status_code == 405
    page = client.get(settings_url).content.decode()
    assert 'data-testid="tone-model"' in page and "Latih ulang model nada sekarang" in page
    assert "Belum ada model yang dilatih ulang" in page
    response = client.post(url, follow=True)
    assert response.redirect_chain[-1][0].endswith(settings_url)
    assert "Pelatihan ulang model nada dijadwalkan" in response.content.decode()
    assert not ToneModel.objects.exists()  # the worker trains, not the request
    assert run_pending_tasks() == 1
    assert "4 artikel yang dikoreksi analis" in client.get(settings_url).content.decode()
    row = ToneModel.objects.get(organization=org, active=True)
    assert row.trained_by == head
    other = make_org(slug="lain", name="Lain")
    outsider = make_user(org=other, roles=[Role.HEAD], username="kepala-lain")
    client.login(username=outsider.username, password=PASSWORD)
    assert client.post(url).status_code == 403
    assert ToneModel.objects.count() == 1


def test_detail_page_shows_the_model_explanation(client, world) -> None:  # type: ignore[no-untyped-def]
    org, _analyst, _head = world
    article = store(org, "Kota Senja", 5)
    client.login(username="analis", password=PASSWORD)
    page = client.get(f"/o/nusa-makmur/pemantauan/artikel/{article.pk}/").content.decode()
    assert 'data-testid="tone-model-body"' in page and 'data-testid="tone-model-headline"' in page
    model_line = page[page.index('data-testid="tone-model-body"') :].split("penentu utama")[0]
    # labels in Indonesian with their probabilities, not model keys
    for label in ("positif", "netral", "negatif"):  # (key order follows the database's JSON)
        assert re.search(label + r" [01][,.]\d\d", model_line)
    assert "neutral" not in model_line and "positive" not in model_line


def test_retrain_button_without_corrections_queues_nothing(client, world) -> None:  # type: ignore[no-untyped-def]
    _org, _analyst, _head = world
    client.login(username="kepala", password=PASSWORD)
    response = client.post("/o/nusa-makmur/pemantauan/pengaturan/latih-nada/", follow=True)
    assert "Belum ada koreksi nada; model dasar tetap dipakai." in response.content.decode()
    assert run_pending_tasks() == 0
    assert not ToneModel.objects.exists()
