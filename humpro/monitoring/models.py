"""Media monitoring records: sources, articles (with the extractor's analysis), clusters, alerts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from humpro.core.models import OrgOwnedModel, OrgQuerySet


class OrgRecord(models.Model):
    """Machine-written rows (ingested articles, clusters, alerts): owned by an organization like
    `OrgOwnedModel` but not audited field by field (the worker writes thousands a day; analyst
    actions on them — tone corrections, sources, settings — are audited models)."""

    organization = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgQuerySet.as_manager()

    class Meta:
        abstract = True


class SourceKind(models.TextChoices):
    FEED = "feed", "RSS/Atom"
    SITEMAP = "sitemap", "Peta situs berita (news sitemap)"


class SourceType(models.TextChoices):
    """Where an article came from (a search filter)."""

    ONLINE = "online", "Media daring (umpan)"
    URL = "url", "Tautan tunggal"
    UPLOAD = "upload", "Berkas unggahan"
    PRINT = "print", "Media cetak"
    TV = "tv", "Televisi"
    RADIO = "radio", "Radio"
    RELEASE = "release", "Siaran pers kita"


class Tone(models.TextChoices):
    POSITIVE = "positive", "positif"
    NEUTRAL = "neutral", "netral"
    NEGATIVE = "negative", "negatif"


class Source(OrgOwnedModel):
    """A feed or news sitemap of an outlet, polled by the worker.

    `outlet` links it to the partner-media registry (`press.Outlet`): set explicitly, or matched
    by domain (`humpro.monitoring.outlets`); `outlet_name`/`outlet_url` stay the display name.
    """

    name = models.CharField("nama sumber", max_length=200)
    kind = models.CharField(
        "jenis", max_length=10, choices=SourceKind.choices, default=SourceKind.FEED
    )
    url = models.URLField("alamat umpan/peta situs", max_length=1000)
    outlet_name = models.CharField("nama media", max_length=200)
    outlet_url = models.URLField("situs media", max_length=500, blank=True)
    outlet = models.ForeignKey(
        "press.Outlet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitored_sources",
        verbose_name="media mitra",
        help_text="Kosong = dicocokkan otomatis dengan domain situs/umpan media mitra.",
    )
    is_major = models.BooleanField(
        "media besar",
        default=False,
        help_text="Berita negatif tentang pimpinan di media besar memicu peringatan krisis.",
    )
    active = models.BooleanField("aktif", default=True)
    poll_minutes = models.PositiveIntegerField("interval (menit)", default=30)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    next_poll_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    items_seen = models.PositiveIntegerField(default=0)
    silent_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["outlet_name", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "url"], name="monitoring_source_unique_url"
            )
        ]

    def __str__(self) -> str:
        return f"{self.outlet_name}: {self.name}"


class HostState(models.Model):
    """Politeness state per host, shared by every worker: next allowed request and robots.txt."""

    host = models.CharField(max_length=255, unique=True)
    next_allowed_at = models.DateTimeField(default=timezone.now)
    robots_txt = models.TextField(blank=True)
    robots_status = models.PositiveIntegerField(default=0)
    robots_fetched_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.host


class FetchLog(models.Model):
    """One HTTP request made by the poller (feed health and debugging)."""

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.CASCADE, related_name="fetches"
    )
    url = models.URLField(max_length=1000)
    at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.PositiveIntegerField(default=0)
    ok = models.BooleanField(default=False)
    items = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.status} {self.url}"


class Cluster(OrgRecord):
    """Near-duplicate articles (reprints of the same text across outlets)."""

    label = models.CharField(max_length=300, blank=True)

    def __str__(self) -> str:
        return self.label or f"klaster {self.pk}"


class ArticleQuerySet(OrgQuerySet):
    def with_people(self) -> ArticleQuerySet:
        return self.prefetch_related("people__official", "quotes")


class Article(OrgRecord):
    """One news item, stored once per organization (same URL, canonical URL or content)."""

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    source_type = models.CharField(
        "jenis sumber", max_length=10, choices=SourceType.choices, db_index=True
    )
    is_own_release = models.BooleanField("siaran pers kita", default=False, db_index=True)
    release_ref = models.CharField("rujukan siaran pers", max_length=100, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    canonical_url = models.URLField(max_length=1000, blank=True)
    content_hash = models.CharField(max_length=64)
    title = models.CharField("judul", max_length=500)
    outlet = models.CharField("media", max_length=200, blank=True, db_index=True)
    press_outlet = models.ForeignKey(
        "press.Outlet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitored_articles",
        verbose_name="media mitra",
    )
    dateline = models.CharField(max_length=100, blank=True)
    published_on = models.DateField("tanggal terbit", null=True, blank=True, db_index=True)
    reporter = models.CharField(max_length=200, blank=True)
    editor = models.CharField(max_length=200, blank=True)
    text = models.TextField("isi")
    captions = models.JSONField(default=list, blank=True)
    organizations = models.JSONField(default=list, blank=True)
    topics = models.JSONField(default=list, blank=True)
    places = models.JSONField("tempat", default=list, blank=True)  # [{name, level}]
    tone = models.CharField(
        "nada isi", max_length=10, choices=Tone.choices, default=Tone.NEUTRAL, db_index=True
    )
    headline_tone = models.CharField(
        "nada judul", max_length=10, choices=Tone.choices, default=Tone.NEUTRAL
    )
    tone_auto = models.CharField(max_length=10, choices=Tone.choices, default=Tone.NEUTRAL)
    headline_tone_auto = models.CharField(max_length=10, choices=Tone.choices, default=Tone.NEUTRAL)
    explain = models.JSONField(default=dict, blank=True)
    raw_file = models.FileField(upload_to="monitoring/raw/", max_length=300, blank=True)
    raw_format = models.CharField(max_length=10, blank=True)
    media_file = models.FileField(
        "pindaian/rekaman", upload_to="monitoring/clips/", max_length=300, blank=True
    )
    minhash = models.BinaryField(blank=True, default=b"")
    cluster = models.ForeignKey(
        Cluster, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    fetched_at = models.DateTimeField(default=timezone.now, db_index=True)
    seen_count = models.PositiveIntegerField(default=1)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-fetched_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "content_hash"], name="monitoring_article_unique_hash"
            ),
            models.UniqueConstraint(
                fields=["organization", "url"],
                condition=~Q(url=""),
                name="monitoring_article_unique_url",
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "canonical_url"]),
            models.Index(fields=["organization", "published_on"]),
        ]

    def __str__(self) -> str:
        return self.title


class ArticleSearch(models.Model):
    """Pre-stemmed text of an article (PostgreSQL: stored tsvector column `tsv` with a GIN index;
    SQLite: mirrored into the FTS5 table `monitoring_article_fts`)."""

    article = models.OneToOneField(
        Article, primary_key=True, on_delete=models.CASCADE, related_name="search"
    )
    stemmed = models.TextField()

    def __str__(self) -> str:
        return f"indeks berita {self.article_id}"


class LshBand(models.Model):
    """One LSH band key of an article's MinHash: articles sharing a key are near-duplicate
    candidates.
    """

    organization = models.ForeignKey(
        "orgs.Organization", on_delete=models.CASCADE, related_name="+"
    )
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    key = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["organization", "key"])]

    def __str__(self) -> str:
        return f"pita LSH {self.key} → berita {self.article_id}"


class ArticlePerson(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="people")
    name = models.CharField(max_length=200)
    position = models.CharField(max_length=300, blank=True)
    degrees = models.JSONField(default=list, blank=True)
    official = models.ForeignKey(
        "officials.Official",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitoring_mentions",
    )
    match_score = models.FloatField(default=0)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class Quote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    speaker = models.CharField(max_length=200, blank=True)
    official = models.ForeignKey(
        "officials.Official",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitoring_quotes",
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:60]}"


class ToneCorrection(OrgOwnedModel):
    """An analyst's correction of the tone (kept as history; exported as training data)."""

    class Field(models.TextChoices):
        BODY = "body", "isi"
        HEADLINE = "headline", "judul"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="tone_corrections")
    field = models.CharField(max_length=10, choices=Field.choices)
    old = models.CharField(max_length=10, choices=Tone.choices)
    new = models.CharField(max_length=10, choices=Tone.choices)
    note = models.CharField("alasan", max_length=500, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.old} → {self.new}"


class Pickup(OrgRecord):
    """An article that republished (part of) one of our releases: a candidate proof of
    publication.
    """

    class Kind(models.TextChoices):
        VERBATIM = "verbatim", "salinan utuh"
        REPRINT = "reprint", "dimuat ulang"
        PARTIAL = "partial", "dikutip sebagian"

    release = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="pickups")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="picked_up_from")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    containment = models.FloatField()
    jaccard = models.FloatField()

    class Meta:
        ordering = ["-containment", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["release", "article"], name="monitoring_pickup_unique")
        ]

    def __str__(self) -> str:
        return f"{self.release_id} → {self.article_id} ({self.kind})"


class Quarantine(OrgRecord):
    """An item the worker could not turn into an article, kept with its reason."""

    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="quarantine"
    )
    url = models.URLField(max_length=1000, blank=True)
    reason = models.CharField("alasan", max_length=500)
    excerpt = models.TextField(blank=True)
    resolved = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.url or self.source_id}: {self.reason[:60]}"


class Alert(OrgRecord):
    class Tier(models.TextChoices):
        CRISIS = "crisis", "Krisis (segera)"
        DIGEST = "digest", "Ringkasan harian"
        WEEKLY = "weekly", "Ringkasan mingguan"
        HEALTH = "health", "Kesehatan sumber"

    tier = models.CharField(max_length=10, choices=Tier.choices, db_index=True)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.CASCADE, related_name="alerts"
    )
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"[{self.tier}] {self.title}"


class MonitoringSettings(OrgOwnedModel):
    """Per-organization configuration: recipients, webhook, leaders, major outlets, topic
    taxonomy.
    """

    crisis_emails = models.TextField(
        "email peringatan krisis", blank=True, help_text="Satu per baris."
    )
    digest_emails = models.TextField(
        "email ringkasan & kliping", blank=True, help_text="Satu per baris."
    )
    webhook_url = models.URLField("webhook (gateway WhatsApp)", max_length=500, blank=True)
    major_outlets = models.TextField(
        "media besar", blank=True, help_text="Nama media, satu per baris."
    )
    leaders = models.ManyToManyField(
        "officials.Official", blank=True, related_name="+", verbose_name="pimpinan yang dipantau"
    )
    topics = models.JSONField("taksonomi topik", default=dict, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization"], name="monitoring_settings_one_per_org")
        ]

    def __str__(self) -> str:
        return f"pengaturan pemantauan {self.organization_id}"

    @staticmethod
    def lines(text: str) -> list[str]:
        return [line.strip() for line in text.splitlines() if line.strip()]


class ClippingReport(OrgOwnedModel):
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    file = models.FileField(upload_to="monitoring/clipping/", max_length=300)
    articles = models.PositiveIntegerField(default=0)
    scheduled = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"kliping {self.period_start:%Y-%m-%d %H:%M} – {self.period_end:%Y-%m-%d %H:%M}"


class ToneModel(OrgRecord):
    """A tone classifier retrained for one organization (base model + its analysts' corrections).

    Rows are kept as history; the newest active one is used by ingest and reprocess.
    """

    n_examples = models.PositiveIntegerField(default=0)
    n_corrections = models.PositiveIntegerField(default=0)
    metrics = models.JSONField(default=dict, blank=True)
    weights = models.JSONField(default=dict)
    active = models.BooleanField(default=False)
    trained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "active"], name="monitoring_tonemodel_active")]

    def __str__(self) -> str:
        return f"model nada {self.organization_id} {self.created_at:%Y-%m-%d %H:%M}"
