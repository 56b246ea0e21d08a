"""Per-organization tone model: retrained from the analysts' tone corrections (issue 6).

The retrain starts from the shipped base model (``extract/data/tone_model.json.gz``) and pulls
its weights towards the organization's corrected articles (latest correction per article and
field), with the invented anchor examples of ``extract/data/tone_examples.json`` keeping the
class balance. Only the organization's own corrections are used. The newest active row is the
model used by ingest and reprocess.
"""

from __future__ import annotations

import json
from typing import Any

from django.db import transaction
from django.utils import timezone

from humpro.monitoring.extract import tone_model as tm
from humpro.monitoring.extract.lexicon import DATA_DIR
from humpro.monitoring.models import Article, ToneCorrection, ToneModel
from humpro.orgs.models import Organization

CORRECTION_WEIGHT = 2.0  # a corrected article counts as two base examples
RETRAIN_L2 = 0.5
CV_MIN_CORRECTIONS = 10
HISTORY = 20  # model rows kept per organization

_cache: dict[int, tuple[int, tm.ToneModel]] = {}


def anchor_examples() -> list[tm.Example]:
    """The invented examples shipped with the extractor (no news-dev text)."""
    path = DATA_DIR / "tone_examples.json"
    if not path.exists():
        return []
    rows = json.loads(path.read_text(encoding="utf-8"))["examples"]
    return [
        tm.Example(r["title"], _paragraphs(r["text"]), r["tone"], r["headline_tone"]) for r in rows
    ]


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()] or [text]


def correction_examples(organization: Organization) -> list[tm.Example]:
    """One example per corrected article of this organization: the latest corrected label per
    field (a field never corrected gives no label, so that head does not learn from it)."""
    labels: dict[int, dict[str, str]] = {}
    qs = (
        ToneCorrection.objects.for_org(organization)
        .order_by("created_at", "id")
        .values_list("article_id", "field", "new")
    )
    for article_id, field, new in qs:
        labels.setdefault(article_id, {})[field] = new
    articles = Article.objects.for_org(organization).filter(pk__in=list(labels)).order_by("pk")
    return [
        tm.Example(
            a.title,
            _paragraphs(a.text),
            labels[a.pk].get("body"),
            labels[a.pk].get("headline"),
            CORRECTION_WEIGHT,
        )
        for a in articles.only("pk", "title", "text")
    ]


def _accuracy(model: tm.ToneModel | None, examples: list[tm.Example]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for head in tm.HEADS:
        gold, pred = [], []
        for e in examples:
            if e.label(head) in tm.TONES:
                ev = tm.lexicon_evidence(e.title, e.paragraphs)
                got = model.predict_evidence(ev)[head]["tone"] if model else (
                    ev.tone if head == "body" else ev.headline_tone
                )
                gold.append(e.label(head))
                pred.append(got)
        n = len(gold)
        out[head] = {
            "n": n,
            "accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True)) / n, 3)
            if n
            else None,
        }
    return out


def retrain_tone_model(*, organization: Organization, user: Any = None) -> ToneModel | None:
    """Train, evaluate and activate a new tone model from the organization's corrections.

    Returns None (nothing stored) when the organization has no correction yet. Metrics: accuracy
    of the base model and of the new model on the corrected articles (the latter is a training
    figure), and k-fold CV on the corrections once there are enough of them.
    """
    examples = correction_examples(organization)
    if not examples:
        return None
    base = tm.base_model()
    anchors = anchor_examples()
    config = tm.TrainConfig(l2=RETRAIN_L2)
    name = f"org-{organization.pk}-{timezone.now():%Y%m%dT%H%M%S}"
    model = tm.train(examples + anchors, config=config, prior=base, meta={"name": name})
    metrics: dict[str, Any] = {
        "corrections": len(examples),
        "anchors": len(anchors),
        "base_on_corrections": _accuracy(base, examples),
        "train_on_corrections": _accuracy(model, examples),
        "cv": None,
    }
    if len(examples) >= CV_MIN_CORRECTIONS:
        metrics["cv"] = tm.cross_validate(
            examples, k=5, config=config, prior=base, fixed=anchors
        )
    with transaction.atomic():
        ToneModel.objects.filter(organization=organization, active=True).update(active=False)
        row = ToneModel.objects.create(
            organization=organization,
            n_examples=len(examples) + len(anchors),
            n_corrections=len(examples),
            metrics=metrics,
            weights=model.to_json(),
            active=True,
            trained_by=user if getattr(user, "is_authenticated", False) else None,
        )
        old = ToneModel.objects.filter(organization=organization).order_by("-created_at", "-id")
        stale = list(old.values_list("pk", flat=True)[HISTORY:])
        if stale:
            ToneModel.objects.filter(pk__in=stale).delete()
    _cache[organization.pk] = (row.pk, model)
    return row


def current_tone_model(organization: Organization) -> ToneModel | None:
    """The organization's active model row (without loading its weights)."""
    return (
        ToneModel.objects.filter(organization=organization, active=True)
        .defer("weights")
        .order_by("-created_at", "-id")
        .first()
    )


def active_tone_model(organization: Organization) -> tm.ToneModel | None:
    """The organization's active classifier (cached per process by row id); None = base model."""
    pk = (
        ToneModel.objects.filter(organization=organization, active=True)
        .order_by("-created_at", "-id")
        .values_list("pk", flat=True)
        .first()
    )
    if pk is None:
        return None
    cached = _cache.get(organization.pk)
    if cached and cached[0] == pk:
        return cached[1]
    model = tm.ToneModel.from_json(ToneModel.objects.values_list("weights", flat=True).get(pk=pk))
    _cache[organization.pk] = (pk, model)
    return model


def needs_retrain(organization: Organization) -> bool:
    """True when a correction was made after the active model was trained (or none exists)."""
    corrections = ToneCorrection.objects.for_org(organization)
    current = current_tone_model(organization)
    if current is not None:
        corrections = corrections.filter(created_at__gt=current.created_at)
    return corrections.exists()


def request_tone_retrain(*, organization: Organization, user: Any = None) -> bool:
    """Queue a retrain of the organization's tone model for the worker; False when the
    organization has no tone correction to learn from (nothing is queued)."""
    from humpro.monitoring.tasks import tone_retrain_org_task

    if not ToneCorrection.objects.for_org(organization).exists():
        return False
    user_id = user.pk if getattr(user, "is_authenticated", False) else None
    tone_retrain_org_task.enqueue(organization.pk, user_id)
    return True
