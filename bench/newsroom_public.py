"""Bench: public article page under 50 concurrent clients against gunicorn on loopback.

Run: .venv/bin/python bench/newsroom_public.py [--clients 50] [--requests 40] [--workers 2] [--threads 8]
Throw-away SQLite database. The load comes from `wrk` (Debian package) when it is installed,
else from Python threads + urllib, which takes far more of the shared CPU, so its figures are
conservative. Target: p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TMP = tempfile.mkdtemp(prefix="humpro-bench-public-")
ENV = {
    **os.environ,
    "HUMPRO_DATA_DIR": TMP,
    "HUMPRO_MEDIA_ROOT": os.path.join(TMP, "media"),
    "DJANGO_SETTINGS_MODULE": "humpro.config.settings",
    "HUMPRO_DEBUG": "0",
}
os.environ.update(ENV)
sys.path.insert(0, str(ROOT))


def seed() -> str:
    import django

    django.setup()
    from django.core.management import call_command

    from humpro.newsroom.models import ReleaseStatus
    from humpro.newsroom.tests.factories import make_photo, make_release
    from humpro.testing import make_official, make_org

    call_command("migrate", verbosity=0)
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    leader = make_official(org, name="Ahmad Wirasena")
    release = None
    for i in range(60):
        release = make_release(
            org,
            status=ReleaseStatus.PUBLISHED,
            title=f"Gubernur Resmikan Proyek {i}",
            official_ids=[leader.pk],
            tags=["Infrastruktur", "Nusa Makmur"],
        )
    make_photo(org, release=release)
    return f"/publik/{org.slug}/berita/artikel/{release.slug}/"


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("WRK %d %d %d %.3f %.3f %.3f %.3f\\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def run_wrk(url: str, args: argparse.Namespace) -> None:
    script = Path(TMP) / "p95.lua"
    script.write_text(WRK_SCRIPT)
    out = subprocess.run(["wrk", "-t", "2", "-c", str(args.clients), "-d", f"{args.seconds}s", "-s", str(script), url],
                         capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    reqs, micros, errors, p50, p95, p99, top = line.split()[1:]
    rate = int(reqs) / (int(micros) / 1e6)
    p95 = float(p95)
    print(f"newsroom_public (wrk): {reqs} permintaan dalam {int(micros) / 1e6:.0f} s, {args.clients} koneksi, gunicorn "
          f"{args.workers} worker x {args.threads} thread, {os.cpu_count()} CPU; {rate:.0f} req/s; p50 {p50} ms, "
          f"p95 {p95:.1f} ms, p99 {p99} ms, maks {top} ms; galat {errors}; target p95 < 50 ms: "
          f"{'OK' if p95 < 50 else 'TIDAK'}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40, help="requests per client")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=15, help="wrk duration")
    parser.add_argument("--python-client", action="store_true", help="use the Python client even if wrk exists")
    args = parser.parse_args()
    path = seed()
    port = free_port()
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "humpro.config.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(args.workers),
            "-k",
            "gthread",
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=ENV,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        for _ in range(50):  # warm up every worker's template and article cache
            urllib.request.urlopen(base + path, timeout=5).read()
        if shutil.which("wrk") and not args.python_client:
            run_wrk(base + path, args)
            return
        latencies: list[float] = []
        errors = 0
        lock = threading.Lock()

        def client() -> None:
            nonlocal errors
            mine = []
            for _ in range(args.requests):
                t0 = time.perf_counter()
                try:
                    with urllib.request.urlopen(base + path, timeout=10) as r:
                        r.read()
                        ok = r.status == 200
                except OSError:
                    ok = False
                mine.append(time.perf_counter() - t0)
                if not ok:
                    with lock:
                        errors += 1
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    p95 = q[94] * 1000
    print(
        f"newsroom_public: {len(latencies)} permintaan, {args.clients} klien serentak, gunicorn "
        f"{args.workers} worker x {args.threads} thread, {os.cpu_count()} CPU; "
        f"{len(latencies) / wall:.0f} req/s; p50 {q[49] * 1000:.1f} ms, p95 {p95:.1f} ms, "
        f"p99 {q[98] * 1000:.1f} ms; galat {errors}; target p95 < 50 ms: {'OK' if p95 < 50 else 'TIDAK'}"
    )


if __name__ == "__main__":
    main()
