"""Tiered alerts (anchors.md: alert fatigue): crisis immediately, a daily digest, a weekly summary,
and feed-health ("silent zero") notices. Every alert is an in-app `Alert` row; email goes through
the outbox and the crisis tier also to the configured webhook (a WhatsApp gateway)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from django.db.models import Count, Q
from django.utils import timezone

from humpro.core.models import OutboxMessage
from humpro.core.outbox import outbox_enqueue
from humpro.monitoring.models import Alert, Article, MonitoringSettings, Source, Tone
from humpro.officials.models import Office
from humpro.orgs.models import Organization

LEADER_TITLE = re.compile(r"^(wakil\s+)?(presiden|gubernur|bupati|wali\s*kota|walikota)\b", re.I)
SILENT_BASELINE_DAYS = 14
SILENT_MIN_ITEMS = 7  # at least ~one item every two days to count as "normally publishing"
SILENT_WINDOW = dt.timedelta(hours=24)
TONE_LABEL = {t.value: t.label for t in Tone}


def settings_for(organization: Organization) -> MonitoringSettings:
    conf = MonitoringSettings.objects.filter(organization=organization).first()
    if conf is None:
        conf, _ = MonitoringSettings.objects.get_or_create(organization=organization)
    return conf


def leader_ids(organization: Organization, conf: MonitoringSettings) -> set[int]:
    """Configured leaders, else officials whose current office is governor/regent/mayor (or
    deputy).
    """
    ids = set(conf.leaders.values_list("pk", flat=True))
    if ids:
        return ids
    offices = (
        Office.objects.filter(organization=organization)
        .current()
        .values_list("official_id", "title")
    )
    return {oid for oid, title in offices if LEADER_TITLE.match(title.strip())}


def notify(
    *,
    organization: Organization,
    tier: str,
    title: str,
    body: str,
    emails: list[str],
    article: Article | None = None,
    source: Source | None = None,
    webhook: bool = False,
    key: str,
) -> Alert:
    alert = Alert.objects.create(
        organization=organization,
        tier=tier,
        title=title[:300],
        body=body,
        article=article,
        source=source,
    )
    for email in emails:
        outbox_enqueue(
            recipient=email,
            subject=f"[Pemantauan media] {title}",
            body=body,
            organization=organization,
            purpose=f"monitoring.{tier}",
            dedupe_key=f"monitoring:{key}:{email}"[:200],
            related=alert,
        )
    conf = settings_for(organization)
    if webhook and conf.webhook_url:
        outbox_enqueue(
            recipient=conf.webhook_url,
            subject=title,
            body=body,
            organization=organization,
            channel=OutboxMessage.Channel.WEBHOOK,
            purpose=f"monitoring.{tier}",
            dedupe_key=f"monitoring:{key}:webhook"[:200],
            related=alert,
        )
    return alert


def crisis_check(*, article_id: int) -> Alert | None:
    """Negative (body or headline) about a leader in a major outlet → crisis alert, once per
    article.
    """
    article = Article.objects.select_related("source", "organization").filter(pk=article_id).first()
    if article is None or Tone.NEGATIVE not in (article.tone, article.headline_tone):
        return None
    org = article.organization
    conf = settings_for(org)
    majors = {m.lower() for m in MonitoringSettings.lines(conf.major_outlets)}
    major = bool(article.source and article.source.is_major) or article.outlet.lower() in majors
    if not major or Alert.objects.filter(article=article, tier=Alert.Tier.CRISIS).exists():
        return None
    leaders = leader_ids(org, conf)
    mentioned = set(
        article.people.filter(official_id__in=leaders).values_list("official__name", flat=True)
    )
    mentioned |= set(
        article.quotes.filter(official_id__in=leaders).values_list("official__name", flat=True)
    )
    if not mentioned:
        return None
    title = f"KRISIS: berita negatif tentang {', '.join(sorted(mentioned))} di {article.outlet}"
    body = (
        f"{article.title}\n{article.outlet} · {article.published_on or ''}\n{article.url}\n\n"
        f"Nada isi: {TONE_LABEL[article.tone]}, nada judul: {TONE_LABEL[article.headline_tone]}.\n"
        f"{article.text[:600]}"
    )
    return notify(
        organization=org,
        tier=Alert.Tier.CRISIS,
        title=title,
        body=body,
        article=article,
        emails=MonitoringSettings.lines(conf.crisis_emails),
        webhook=True,
        key=f"crisis:{article.pk}",
    )


def _summary(organization: Organization, since: dt.datetime, until: dt.datetime) -> tuple[int, str]:
    qs = Article.objects.for_org(organization).filter(fetched_at__gte=since, fetched_at__lt=until)
    total = qs.count()
    tones = Counter(dict(qs.values_list("tone").annotate(n=Count("id")).values_list("tone", "n")))
    lines = [
        f"{total} berita: {tones.get('positive', 0)} positif, {tones.get('neutral', 0)} netral, "
        f"{tones.get('negative', 0)} negatif."
    ]
    negative = qs.filter(Q(tone=Tone.NEGATIVE) | Q(headline_tone=Tone.NEGATIVE))[:10]
    if negative:
        lines.append("\nBerita negatif:")
        lines += [f"- {a.title} ({a.outlet}) {a.url}" for a in negative]
    return total, "\n".join(lines)


def send_digest(
    *, organization: Organization, weekly: bool = False, now: dt.datetime | None = None
) -> Alert | None:
    now = now or timezone.now()
    span = dt.timedelta(days=7 if weekly else 1)
    total, body = _summary(organization, now - span, now)
    if total == 0:
        return None
    tier = Alert.Tier.WEEKLY if weekly else Alert.Tier.DIGEST
    label = "Ringkasan mingguan" if weekly else "Ringkasan harian"
    day = timezone.localtime(now, organization.tz).date()
    return notify(
        organization=organization,
        tier=tier,
        title=f"{label} pemantauan media {day:%d-%m-%Y}",
        body=body,
        emails=MonitoringSettings.lines(settings_for(organization).digest_emails),
        key=f"{tier}:{organization.pk}:{day.isoformat()}",
    )


def silent_zero_check(*, now: dt.datetime | None = None) -> list[Source]:
    """Sources that normally publish but produced nothing in the last 24 h: one alert per
    silence.
    """
    now = now or timezone.now()
    recent_from = now - SILENT_WINDOW
    base_from = recent_from - dt.timedelta(days=SILENT_BASELINE_DAYS)
    sources = (
        Source.objects.filter(active=True)
        .select_related("organization")
        .annotate(
            baseline=Count(
                "articles",
                filter=Q(articles__fetched_at__gte=base_from, articles__fetched_at__lt=recent_from),
            ),
            recent=Count("articles", filter=Q(articles__fetched_at__gte=recent_from)),
        )
    )
    alerted = []
    for source in sources:
        if source.recent and source.silent_since:
            Source.objects.filter(pk=source.pk).update(silent_since=None)
        elif (
            not source.recent
            and source.baseline >= SILENT_MIN_ITEMS
            and source.silent_since is None
        ):
            Source.objects.filter(pk=source.pk).update(silent_since=now)
            per_day = source.baseline / SILENT_BASELINE_DAYS
            detail = f" Galat terakhir: {source.last_error}." if source.last_error else ""
            body = (
                f"Sumber {source.name} ({source.outlet_name}) biasanya menghasilkan "
                f"±{per_day:.1f} berita/hari, "
                f"tetapi tidak ada berita baru dalam 24 jam terakhir.{detail}\nAlamat: {source.url}"
            )
            notify(
                organization=source.organization,
                tier=Alert.Tier.HEALTH,
                title=f"Sumber senyap: {source.name}",
                body=body,
                source=source,
                emails=MonitoringSettings.lines(settings_for(source.organization).digest_emails),
                key=f"silent:{source.pk}:{now:%Y%m%d%H}",
            )
            alerted.append(source)
    return alerted
