"""A polite HTTP client for the poller: per-host rate limit, robots.txt, conditional GET, retries.

Politeness state lives in the database (`HostState`), so every worker process on every machine
shares it: a request to a host reserves the next free slot (`MONITORING_HOST_INTERVAL` seconds
apart) and robots.txt is fetched once a day per host. Settings (all optional, with defaults):
MONITORING_HOST_INTERVAL (2.0 s), MONITORING_FETCH_TIMEOUT (15 s), MONITORING_FETCH_RETRIES (2),
MONITORING_RETRY_BACKOFF (1.0 s, doubled per retry), MONITORING_MAX_BYTES (5 MB),
MONITORING_MAX_CRAWL_DELAY (60 s).

A robots.txt `Crawl-delay` for our user agent (or `*`) widens the per-host interval to
max(MONITORING_HOST_INTERVAL, crawl delay), the delay capped at MONITORING_MAX_CRAWL_DELAY so a
hostile value cannot stall a worker. The delay is read from the robots.txt kept in `HostState`
(no extra column): it applies as soon as robots.txt has been fetched.
"""

from __future__ import annotations

import datetime as dt
import functools
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from humpro.monitoring.models import HostState

ROBOTS_TTL = dt.timedelta(hours=24)
ROBOTS_RETRY = dt.timedelta(hours=1)


def _conf(name: str, default: float) -> float:
    return float(getattr(settings, name, default))


def user_agent() -> str:
    return (
        getattr(settings, "MONITORING_USER_AGENT", "")
        or f"humpro-monitor/1.0 (+{settings.SITE_URL})"
    )


class FetchError(Exception):
    """A request that failed; `message` is Indonesian, `retryable` for 5xx/timeouts/network
    errors.
    """

    def __init__(
        self, message: str, *, status: int = 0, retryable: bool = False, robots: bool = False
    ) -> None:
        super().__init__(message)
        self.message, self.status, self.retryable, self.robots = message, status, retryable, robots


@dataclass
class FetchResponse:
    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    attempts: int = 1
    duration_ms: int = 0

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _robots_parser(text: str) -> urllib.robotparser.RobotFileParser:
    """A parsed robots.txt. The stdlib parser crashes (ValueError) on a Crawl-delay or
    Request-rate made of non-ASCII digits ("²"); such lines are dropped and the rest is kept."""
    parser = urllib.robotparser.RobotFileParser()
    lines = text.splitlines()
    try:
        parser.parse(lines)
    except ValueError:
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(
            [
                line
                for line in lines
                if not line.split("#", 1)[0].strip().lower().startswith(
                    ("crawl-delay", "request-rate")
                )
                or line.isascii()
            ]
        )
    return parser


@functools.lru_cache(maxsize=512)
def _robots_crawl_delay(text: str, agent: str) -> float:
    try:
        delay = _robots_parser(text).crawl_delay(agent)
    except ValueError:  # pragma: no cover (non-ASCII delay lines are filtered above)
        return 0.0
    return float(delay or 0)


def crawl_delay(state: HostState) -> float:
    """The robots.txt Crawl-delay of the host for our user agent (or `*`) in seconds, capped at
    MONITORING_MAX_CRAWL_DELAY; 0 when robots.txt is missing, unreadable or sets no delay."""
    if state.robots_status != 200 or not state.robots_txt:
        return 0.0
    delay = _robots_crawl_delay(state.robots_txt, user_agent())
    return max(0.0, min(delay, _conf("MONITORING_MAX_CRAWL_DELAY", 60.0)))


def host_interval(state: HostState) -> float:
    """Minimum seconds between two requests to the host: max(configured interval, crawl delay)."""
    return max(_conf("MONITORING_HOST_INTERVAL", 2.0), crawl_delay(state))


def crawl_delays(hosts: list[str]) -> dict[str, float]:
    """Crawl delays (seconds, capped) of the given hosts that set one (for feed health)."""
    states = HostState.objects.filter(host__in=[h.lower()[:255] for h in hosts])
    return {s.host: d for s in states if (d := crawl_delay(s)) > 0}


def wait_for_host(host: str) -> float:
    """Reserve the next request slot for `host` and sleep until it; returns the seconds waited.

    Slots are `host_interval` apart (the configured interval, widened by robots.txt Crawl-delay).
    """
    with transaction.atomic():
        state, _ = HostState.objects.select_for_update().get_or_create(host=host[:255])
        now = timezone.now()
        slot = max(now, state.next_allowed_at)
        interval = dt.timedelta(seconds=host_interval(state))
        HostState.objects.filter(pk=state.pk).update(next_allowed_at=slot + interval)
    wait = (slot - now).total_seconds()
    if wait > 0:
        time.sleep(wait)
    return max(wait, 0.0)


def _open(url: str, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str], str]:
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), **headers})  # noqa: S310
    timeout = _conf("MONITORING_FETCH_TIMEOUT", 15.0)
    limit = int(_conf("MONITORING_MAX_BYTES", 5 * 1024 * 1024))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http/https checked by caller)
            body = resp.read(limit + 1)
            if len(body) > limit:
                raise FetchError(f"Respons terlalu besar (lebih dari {limit // 1024} KB).")
            return resp.status, body, {k.lower(): v for k, v in resp.headers.items()}, resp.geturl()
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return 304, b"", {k.lower(): v for k, v in (exc.headers or {}).items()}, url
        retry = exc.code >= 500 or exc.code == 429
        raise FetchError(f"HTTP {exc.code} dari server", status=exc.code, retryable=retry) from None
    except TimeoutError:
        raise FetchError(f"Batas waktu habis ({timeout:g} detik)", retryable=True) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FetchError(f"Batas waktu habis ({timeout:g} detik)", retryable=True) from None
        raise FetchError(f"Tidak dapat terhubung: {reason}", retryable=True) from None
    except (ConnectionError, OSError) as exc:
        raise FetchError(f"Koneksi gagal: {exc}", retryable=True) from None


def robots_allows(url: str) -> bool:
    """robots.txt of the host (cached a day; 4xx = allowed, 401/403 or unreachable = refused)."""
    parts = urlsplit(url)
    host = parts.netloc.lower()
    state, _ = HostState.objects.get_or_create(host=host[:255])
    now = timezone.now()
    if state.robots_fetched_at is None or now - state.robots_fetched_at > ROBOTS_TTL:
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        wait_for_host(host)
        requested_at = timezone.now()
        try:
            status, body, _, _ = _open(robots_url, {})
            text = body.decode("utf-8", errors="replace")
            fetched = now
        except FetchError as exc:
            status, text = (exc.status or 599), ""
            fetched = now - ROBOTS_TTL + ROBOTS_RETRY if status >= 500 else now
        HostState.objects.filter(pk=state.pk).update(
            robots_txt=text[:100_000], robots_status=status, robots_fetched_at=fetched
        )
        state.robots_txt, state.robots_status = text[:100_000], status
        _respect_new_crawl_delay(state, requested_at)
    if state.robots_status in (401, 403) or state.robots_status >= 500:
        return False
    if state.robots_status != 200:
        return True
    return _robots_parser(state.robots_txt).can_fetch(user_agent(), url)


def _respect_new_crawl_delay(state: HostState, requested_at: dt.datetime) -> None:
    """The robots.txt request itself reserved a slot with the interval known before it; once the
    file says Crawl-delay, the next request waits that long after the robots.txt request."""
    if crawl_delay(state) <= _conf("MONITORING_HOST_INTERVAL", 2.0):
        return
    earliest = requested_at + dt.timedelta(seconds=host_interval(state))
    with transaction.atomic():
        current = HostState.objects.select_for_update().get(pk=state.pk)
        if current.next_allowed_at < earliest:
            HostState.objects.filter(pk=state.pk).update(next_allowed_at=earliest)


def polite_get(
    url: str, *, etag: str = "", last_modified: str = "", check_robots: bool = True
) -> FetchResponse:
    """GET `url` politely. Returns 200/304 responses; raises FetchError for everything else."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("Alamat harus diawali http:// atau https://")
    if check_robots and not robots_allows(url):
        raise FetchError("Dilarang oleh robots.txt situs", robots=True)
    headers = {"Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    retries = int(_conf("MONITORING_FETCH_RETRIES", 2))
    backoff = _conf("MONITORING_RETRY_BACKOFF", 1.0)
    host = _host(url)
    started = time.monotonic()
    for attempt in range(retries + 1):
        wait_for_host(host)
        try:
            status, body, resp_headers, final = _open(url, headers)
        except FetchError as exc:
            if not exc.retryable or attempt == retries:
                if exc.retryable:
                    exc.message = f"{exc.message} (setelah {attempt + 1} percobaan)"
                    exc.args = (exc.message,)
                raise
            time.sleep(backoff * 2**attempt)
            continue
        return FetchResponse(
            url=final,
            status=status,
            body=body,
            headers=resp_headers,
            attempts=attempt + 1,
            duration_ms=int((time.monotonic() - started) * 1000),
        )
    raise FetchError("Gagal mengambil")  # pragma: no cover (loop always returns or raises)
