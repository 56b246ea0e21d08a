"""The `humpro` command: demo, tests, worker, server, and the domain tools.

    humpro demo                 start the web app with demo data on SQLite
    humpro test [PYTEST ARGS]   lint, migration check and the whole test suite
    humpro worker               background worker (queue + scheduled jobs)
    humpro serve                production web server (gunicorn)
    humpro protocol order --level {nasional,provinsi,kabupaten} FILE.json
    humpro protocol row N
    humpro ppid deadline --received YYYY-MM-DD [--extended] [--objection] [--org SLUG]
    humpro press import FILE.xlsx|FILE.csv [--dry-run] [--org SLUG]
    humpro monitoring extract PATH...
    humpro manage ARGS...       any Django management command
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "humpro.config.settings")
    import django

    django.setup()


def _migrate_if_needed() -> None:
    """Bring the database schema up to date (a fresh SQLite file on first use)."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=0)


def _manage(*args: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "humpro.config.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["humpro", *args])


def cmd_demo(args: argparse.Namespace) -> int:
    from humpro.config.env import env_str

    os.environ.pop("DATABASE_URL", None)  # the demo always runs on the embedded SQLite database
    data_dir = Path(env_str("HUMPRO_DATA_DIR", str(ROOT / "var")))
    data_dir.mkdir(parents=True, exist_ok=True)
    _django_setup()
    from django.core.management import call_command

    from humpro.demo import DEMO_PASSWORD, seed_demo

    call_command("migrate", interactive=False, verbosity=0)
    users = seed_demo()
    url = f"http://{args.host}:{args.port}/"
    print("\nhumpro demo siap (SQLite: %s)" % (data_dir / "humpro.sqlite3"))
    print(f"  Buka: {url}")
    print(f"  Kata sandi semua akun demo: {DEMO_PASSWORD}")
    for username, label in users:
        print(f"  - {username:<14} {label}")
    if args.no_serve:
        return 0
    env = {**os.environ, "HUMPRO_SITE_URL": url.rstrip("/")}
    worker = subprocess.Popen([sys.executable, "-m", "humpro", "worker"], env=env)
    try:
        return subprocess.call(
            [sys.executable, "-m", "humpro", "manage", "runserver", "--noreload", f"{args.host}:{args.port}"],
            env=env,
        )
    except KeyboardInterrupt:
        return 0
    finally:
        worker.terminate()
        worker.wait(timeout=10)


def _ensure_chromium() -> None:
    if shutil.which("chromium"):
        return
    if os.geteuid() != 0:
        sys.exit("chromium belum terpasang: jalankan `sudo apt-get install chromium` lalu ulangi.")
    print("Memasang chromium (apt-get) untuk uji peramban…", flush=True)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "fonts-dejavu-core"], check=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def cmd_test(args: argparse.Namespace, extra: list[str]) -> int:
    _ensure_chromium()
    py = sys.executable
    steps = [
        ("ruff", [py, "-m", "ruff", "check", "."]),
        ("migrasi", [py, "-m", "humpro", "manage", "makemigrations", "--check", "--dry-run"]),
    ]
    base_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    for name, command in steps:
        print(f"== {name}", flush=True)
        if subprocess.call(command, cwd=ROOT, env=base_env) != 0:
            print(f"GAGAL: {name}", file=sys.stderr)
            return 1
    runs = [("SQLite", base_env)]
    db_url = os.environ.get("DATABASE_URL", "")
    if db_url.startswith(("postgres://", "postgresql://")):
        runs.append(("PostgreSQL", {**base_env, "DATABASE_URL": db_url}))
    status = 0
    for name, env in runs:
        print(f"== pytest ({name})", flush=True)
        code = subprocess.call([py, "-m", "pytest", *extra], cwd=ROOT, env=env)
        if code != 0:
            print(f"GAGAL: pytest di {name} (kode {code})", file=sys.stderr)
            status = code
    return status


def cmd_serve(args: argparse.Namespace) -> int:
    return subprocess.call([sys.executable, "-m", "gunicorn", "humpro.config.wsgi:application",
                            "--bind", args.bind, "--workers", str(args.workers)])


def cmd_protocol(args: argparse.Namespace) -> int:
    from humpro.protocol.law import cli

    if args.protocol_command == "order":
        return cli.order_main(args.level, args.file, sys.stdout)
    return cli.row_main(args.n, sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="humpro", description="Sistem informasi Humas dan Protokol")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="jalankan aplikasi web dengan data demo (SQLite)")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=int(os.environ.get("HUMPRO_DEMO_PORT", "8000")))
    demo.add_argument("--no-serve", action="store_true", help="hanya siapkan data demo, tanpa server")
    sub.add_parser("test", help="ruff, cek migrasi, dan seluruh pengujian (argumen lain diteruskan ke pytest)")
    sub.add_parser("worker", help="worker latar belakang")
    serve = sub.add_parser("serve", help="server web produksi (gunicorn)")
    serve.add_argument("--bind", default="0.0.0.0:8000")  # noqa: S104 (a server binds all interfaces)
    serve.add_argument("--workers", type=int, default=3)
    protocol = sub.add_parser("protocol", help="tata tempat UU 9/2010")
    psub = protocol.add_subparsers(dest="protocol_command", required=True)
    order = psub.add_parser("order", help="urutkan peserta menurut tata tempat")
    order.add_argument("--level", required=True, choices=["nasional", "provinsi", "kabupaten"])
    order.add_argument("file")
    row = psub.add_parser("row", help="urutan kursi satu baris dari sudut pandang yang duduk")
    row.add_argument("n", type=int)
    sub.add_parser("manage", help="perintah manajemen Django")
    return parser


DOMAIN_TOOLS = {
    # (command, subcommand): (module, function, needs Django)
    ("ppid", "deadline"): ("humpro.ppid.cli", "deadline_main", True),
    ("press", "import"): ("humpro.press.cli", "import_main", True),
    ("monitoring", "extract"): ("humpro.monitoring.cli", "extract_main", False),
}


def _domain_tool(argv: list[str]) -> int | None:
    """Run `humpro <domain> <tool> …` when it names one of DOMAIN_TOOLS, else None."""
    if len(argv) < 2 or (argv[0], argv[1]) not in DOMAIN_TOOLS:
        if argv and argv[0] in {c for c, _ in DOMAIN_TOOLS}:
            tools = ", ".join(sub for c, sub in DOMAIN_TOOLS if c == argv[0])
            print(f"Perintah tidak dikenal. Pilihan: humpro {argv[0]} {{{tools}}} …", file=sys.stderr)
            return 2
        return None
    import importlib

    module, function, needs_django = DOMAIN_TOOLS[(argv[0], argv[1])]
    if needs_django:
        _django_setup()
        _migrate_if_needed()
    return int(getattr(importlib.import_module(module), function)(argv[2:], sys.stdout))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    code = _domain_tool(argv)
    if code is not None:
        return code
    if argv and argv[0] == "manage":
        _manage(*argv[1:])
        return 0
    if argv and argv[0] == "test":
        return cmd_test(argparse.Namespace(), argv[1:])
    if argv and argv[0] == "worker":
        _manage("worker", *argv[1:])
        return 0
    args = build_parser().parse_args(argv)
    handlers = {"demo": cmd_demo, "serve": cmd_serve, "protocol": cmd_protocol}
    return handlers[args.command](args)
