"""Near-duplicates and release pickup (nlp.md §6): MinHash + LSH for candidates, exact containment.

Shingles are word 5-grams of the normalised body (lower-case, "Baca juga" lines and the dateline
already removed by the extractor). Candidates come from LSH band keys stored in `LshBand`
(a persistent MinHashLSH: 128 permutations, bands tuned by datasketch for Jaccard ≥ 0.3), so
every worker process shares the same index. Each candidate is then scored exactly:
containment = |A ∩ B| / min(|A|, |B|) and Jaccard = |A ∩ B| / |A ∪ B|.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param
from django.db.models import Count

from humpro.monitoring.models import Article, Cluster, LshBand, Pickup

NUM_PERM = 128
SHINGLE = 5
LSH_THRESHOLD = 0.3
REPRINT = 0.8  # containment ≥ 0.8: a reprint (nlp.md §6.2)
PARTIAL = 0.3  # 0.3–0.8: partial reuse
VERBATIM_JACCARD = 0.9
CLUSTER_CONTAINMENT = 0.8
MAX_CANDIDATES = 25  # most band keys in common first; exact scoring only for these
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = WORD_RE.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def minhash_of(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in sh])
    return m


@cache
def bands() -> tuple[int, int]:
    b, r = _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5)
    return b, r


def band_keys(hashvalues: np.ndarray) -> list[int]:
    b, r = bands()
    keys = []
    for i in range(b):
        chunk = hashvalues[i * r : (i + 1) * r].astype(np.uint64).tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=f"band{i}".encode()).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def scores(a: set[str], b: set[str]) -> tuple[float, float]:
    """(containment of the smaller in the other, Jaccard)."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / min(len(a), len(b)), inter / len(a | b)


def pickup_kind(containment: float, jaccard: float) -> str | None:
    if jaccard >= VERBATIM_JACCARD:
        return Pickup.Kind.VERBATIM
    if containment >= REPRINT:
        return Pickup.Kind.REPRINT
    if containment >= PARTIAL:
        return Pickup.Kind.PARTIAL
    return None


def register_article(article: Article) -> list[tuple[Article, float, float]]:
    """Store the article's MinHash and band keys; link it to near-duplicates and releases.

    Returns the matched (other article, containment, jaccard) triples.
    """
    own = shingles(article.text)
    if not own:
        return []
    mh = minhash_of(own)
    keys = band_keys(mh.hashvalues)
    Article.objects.filter(pk=article.pk).update(minhash=mh.hashvalues.astype(np.uint64).tobytes())
    shared = (
        LshBand.objects.filter(organization_id=article.organization_id, key__in=keys)
        .exclude(article_id=article.pk)
        .values("article_id")
        .annotate(n=Count("id"))
        .order_by("-n", "-article_id")[:MAX_CANDIDATES]
    )
    candidate_ids = {row["article_id"] for row in shared}
    LshBand.objects.bulk_create(
        [LshBand(organization_id=article.organization_id, article=article, key=k) for k in keys]
    )
    matches = []
    for other in Article.objects.filter(pk__in=candidate_ids).only(
        "id", "text", "cluster_id", "is_own_release", "title", "organization_id"
    ):
        containment, jaccard = scores(own, shingles(other.text))
        if containment >= PARTIAL:
            matches.append((other, containment, jaccard))
    _cluster(article, [m for m in matches if m[1] >= CLUSTER_CONTAINMENT])
    _pickups(article, matches)
    return matches


def _cluster(article: Article, dupes: list[tuple[Article, float, float]]) -> None:
    if not dupes:
        return
    cluster_id = next((o.cluster_id for o, _, _ in dupes if o.cluster_id), None)
    if cluster_id is None:
        cluster_id = Cluster.objects.create(
            organization_id=article.organization_id, label=dupes[0][0].title[:300]
        ).pk
    ids = [article.pk] + [o.pk for o, _, _ in dupes]
    Article.objects.filter(pk__in=ids, cluster__isnull=True).update(cluster_id=cluster_id)
    article.cluster_id = cluster_id


def _pickups(article: Article, matches: list[tuple[Article, float, float]]) -> None:
    for other, containment, jaccard in matches:
        kind = pickup_kind(containment, jaccard)
        if kind is None or article.is_own_release == other.is_own_release:
            continue
        release, reprint = (other, article) if other.is_own_release else (article, other)
        Pickup.objects.get_or_create(
            organization_id=article.organization_id,
            release=release,
            article=reprint,
            defaults={
                "kind": kind,
                "containment": round(containment, 3),
                "jaccard": round(jaccard, 3),
            },
        )
