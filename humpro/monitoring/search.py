"""Full-text search over pre-stemmed article text, on SQLite (FTS5) and PostgreSQL (tsvector/GIN).

The text is stemmed in Python (`humpro.monitoring.stemmer`) and stored in `ArticleSearch.stemmed`.
- PostgreSQL: a stored generated column `tsv = to_tsvector('simple', stemmed)` with a GIN index;
  queries use `tsv @@ to_tsquery('simple', …)` with every word as "(stem | surface form)". A
  stored vector matters: with an expression index, plans that check candidate rows one by one
  (rare words + a date order) re-parse every article's text, which took seconds at 100k articles.
- SQLite: the FTS5 table `monitoring_article_fts` (rowid = article id) mirrors the stemmed text;
  queries use FTS5 MATCH with the same alternatives.
Both structures are created by migration 0002 (vendor-specific) and maintained by `index_article`.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from humpro.monitoring.models import Article, ArticleSearch
from humpro.monitoring.stemmer import index_terms, query_terms

FTS_TABLE = "monitoring_article_fts"


def create_search_structures(schema_editor) -> None:  # type: ignore[no-untyped-def]
    """Called from migration 0002: the FTS5 table (SQLite) or the GIN index (PostgreSQL)."""
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
            "USING fts5(stemmed, tokenize='unicode61')"
        )
    elif vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE monitoring_articlesearch ADD COLUMN IF NOT EXISTS tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', stemmed)) STORED"
        )
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS monitoring_articlesearch_tsv ON monitoring_articlesearch USING gin (tsv)"
        )


def drop_search_structures(schema_editor) -> None:  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS monitoring_articlesearch_tsv")
        schema_editor.execute("ALTER TABLE monitoring_articlesearch DROP COLUMN IF EXISTS tsv")


def article_document(article: Article, names: list[str]) -> str:
    return "\n".join(
        [article.title, article.outlet, article.dateline, " ".join(names), article.text]
    )


def index_article(
    article: Article, *, names: list[str] | None = None, protected: frozenset[str] = frozenset()
) -> None:
    """(Re)index one article; `names` are people mentioned, `protected` extra words kept
    unstemmed.
    """
    names = names if names is not None else list(article.people.values_list("name", flat=True))
    stemmed = " ".join(index_terms(article_document(article, names), protected))
    ArticleSearch.objects.update_or_create(article=article, defaults={"stemmed": stemmed})
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [article.pk])  # noqa: S608
            cur.execute(
                f"INSERT INTO {FTS_TABLE}(rowid, stemmed) VALUES (%s, %s)",  # noqa: S608 (constant name)
                [article.pk, stemmed],
            )


def unindex_article(article_id: int) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [article_id])  # noqa: S608


def _fts5_query(groups: list[tuple[str, ...]]) -> str:
    return " AND ".join("(" + " OR ".join(f'"{alt}"' for alt in group) + ")" for group in groups)


def _tsquery(groups: list[tuple[str, ...]]) -> str:
    return " & ".join("(" + " | ".join(f"'{alt}'" for alt in group) + ")" for group in groups)


def search_filter(qs: QuerySet[Article], query: str) -> QuerySet[Article]:
    """Restrict `qs` to articles matching every word of `query` (stemmed the same way)."""
    groups = query_terms(query)
    if not groups:
        return qs
    if connection.vendor == "postgresql":
        sql = (
            "SELECT article_id FROM monitoring_articlesearch "
            "WHERE tsv @@ to_tsquery('simple', %s)"
        )
        return qs.filter(pk__in=RawSQL(sql, [_tsquery(groups)]))  # noqa: S611 (bound parameter)
    if connection.vendor == "sqlite":
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608
        return qs.filter(pk__in=RawSQL(sql, [_fts5_query(groups)]))  # noqa: S611 (bound parameter)
    for group in groups:  # other databases: substring match on the stemmed text
        qs = qs.filter(search__stemmed__icontains=group[0])
    return qs
