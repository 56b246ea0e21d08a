"""End-to-end monitoring throughput: news-sized HTML → stored, analysed, indexed (articles/s).

    .venv/bin/python bench/monitoring_throughput.py [--articles 300] [--workers 2]

Each article goes through `humpro.monitoring.ingest.ingest_document` exactly as the worker does
(extraction, officials linking, quotes, FTS index, MinHash/LSH near-duplicate check, raw capture
to storage, crisis check). `--workers N` runs N processes in parallel on the same database (the
production setup is N `humpro worker` processes). Target: ≥ 20 articles/s on 2 cores.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import time

from monitoring_common import OUTLETS, PEOPLE, html, paragraphs, setup_django


def _work(args: tuple[int, list[tuple[str, str]]]) -> int:
    from django.db import connections

    from humpro.monitoring.ingest import _Officials, ingest_document
    from humpro.monitoring.models import SourceType
    from humpro.orgs.models import Organization

    connections.close_all()
    org = Organization.objects.get(pk=args[0])
    matcher = _Officials(org)
    created = 0
    for url, page in args[1]:
        result = ingest_document(organization=org, raw=page, url=url, source_type=SourceType.ONLINE, officials=matcher)
        created += bool(result.created)
    return created


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    setup_django("humpro-bench-monitoring-")
    from django.db import connections

    from humpro.officials.models import Official
    from humpro.orgs.models import Organization

    org = Organization.objects.create(
        slug="bench-mon", name="Pemerintah Provinsi Nusa Makmur", kind="provinsi", timezone="Asia/Jakarta"
    )
    for name, _ in PEOPLE:
        Official.objects.create(organization=org, name=name)
    rng = random.Random(6)
    pages = []
    for i in range(args.articles):
        title, paras = paragraphs(rng)
        pages.append((f"https://media{i % 5}.example/berita/{i}", html(title, paras, OUTLETS[i % 5])))
    size = sum(len(p) for _, p in pages) / len(pages)
    connections.close_all()
    chunks = [(org.pk, pages[i :: args.workers]) for i in range(args.workers)]
    started = time.perf_counter()
    if args.workers == 1:
        created = _work(chunks[0])
    else:
        with mp.get_context("fork").Pool(args.workers) as pool:
            created = sum(pool.map(_work, chunks))
    elapsed = time.perf_counter() - started
    print(
        f"{args.articles} pages (avg {size / 1024:.1f} KB HTML), {args.workers} worker(s): "
        f"{created} stored in {elapsed:.1f} s = {args.articles / elapsed:.1f} articles/s "
        f"({'OK' if args.articles / elapsed >= 20 else 'BELOW'} target 20/s)"
    )


if __name__ == "__main__":
    main()
