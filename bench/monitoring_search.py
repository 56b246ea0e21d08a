"""Search latency over many articles: p50/p95 of the article search (FTS with Indonesian stemming).

    DATABASE_URL=postgres://… .venv/bin/python bench/monitoring_search.py [--articles 100000]
    .venv/bin/python bench/monitoring_search.py --articles 20000      # SQLite FTS5 (throw-away DB)

Synthetic articles are generated here (bulk inserts of Article + pre-stemmed ArticleSearch; on
SQLite also the FTS5 mirror), then 200 searches of 1–3 words (with and without a tone filter) run
through `selectors.articles_search` + the first page (30 rows), as the list view does.
Target: p95 < 100 ms over 100,000 articles on PostgreSQL.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from monitoring_common import OUTLETS, PEOPLE, paragraphs, setup_django

QUERIES = [
    "jalan rusak",
    "Wiratama",
    "puskesmas",
    "banjir permukiman",
    "gubernur jembatan",
    "beasiswa",
    "mengeluhkan harga beras",
    "Kartika anggaran",
    "pelayanan publik",
    "vaksinasi balita Lembah",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    setup_django("humpro-bench-monsearch-")
    from django.db import connection, transaction

    from humpro.core.pagination import CappedPaginator
    from humpro.monitoring.models import Article, ArticleSearch
    from humpro.monitoring.search import FTS_TABLE, article_document
    from humpro.monitoring.selectors import ArticleFilters, articles_search
    from humpro.monitoring.stemmer import index_terms
    from humpro.orgs.models import Organization

    org, _ = Organization.objects.get_or_create(
        slug="bench-search",
        defaults={"name": "Pemerintah Provinsi Nusa Makmur", "kind": "provinsi", "timezone": "Asia/Jakarta"},
    )
    existing = Article.objects.filter(organization=org).count()
    rng = random.Random(7)
    started = time.perf_counter()
    batch = 2000
    for start in range(existing, args.articles, batch):
        rows = []
        for i in range(start, min(start + batch, args.articles)):
            title, paras = paragraphs(rng, n=4)
            rows.append(
                Article(
                    organization=org,
                    source_type="online",
                    title=title[:500],
                    text="\n\n".join(paras),
                    outlet=OUTLETS[i % 5],
                    content_hash=f"bench-{i}",
                    url=f"https://m.example/{i}",
                    tone=rng.choice(["positive", "neutral", "negative"]),
                    published_on=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                )
            )
        with transaction.atomic():
            Article.objects.bulk_create(rows)
            saved = list(Article.objects.filter(organization=org, content_hash__in=[r.content_hash for r in rows]))
            docs = [(a.pk, " ".join(index_terms(article_document(a, [p for p, _ in PEOPLE[:2]])))) for a in saved]
            ArticleSearch.objects.bulk_create([ArticleSearch(article_id=pk, stemmed=s) for pk, s in docs])
            if connection.vendor == "sqlite":
                with connection.cursor() as cur:
                    cur.executemany(f"INSERT INTO {FTS_TABLE}(rowid, stemmed) VALUES (%s, %s)", docs)  # noqa: S608
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE monitoring_article; ANALYZE monitoring_articlesearch")
    total = Article.objects.filter(organization=org).count()
    print(f"{connection.vendor}: {total} articles ({time.perf_counter() - started:.0f} s to generate)")
    samples, hits = [], []
    for i in range(args.runs):
        q = " ".join(rng.sample(QUERIES, 1)) if i % 3 else rng.choice(QUERIES).split()[0]
        filters = ArticleFilters(q=q, tone="negative" if i % 2 else "")
        t = time.perf_counter()
        qs = articles_search(organization=org, filters=filters)
        paginator = CappedPaginator(qs, 30)  # as the list view pages (exact count up to 1,000)
        page = list(paginator.page(1).object_list)
        count = paginator.count
        samples.append((time.perf_counter() - t) * 1000)
        hits.append(count)
        assert len(page) <= 30
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    print(
        f"search + first page + count, {args.runs} runs: median {statistics.median(samples):.1f} ms, "
        f"p95 {p95:.1f} ms, max {samples[-1]:.1f} ms; median hits {statistics.median(hits):.0f} "
        f"({'OK' if p95 < 100 else 'ABOVE'} target p95 < 100 ms)"
    )


if __name__ == "__main__":
    main()
