from __future__ import annotations

import socket
from typing import Any

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string

from humpro.core.scheduler import SchedulerThread
from humpro.core.worker import make_worker


class Command(BaseCommand):
    help = "Jalankan worker latar belakang (antrean tugas + jadwal). Tambah proses untuk skala."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--interval", type=float, default=1.0, help="jeda (detik) saat antrean kosong")
        parser.add_argument("--no-scheduler", action="store_true", help="jangan jalankan tugas terjadwal")
        parser.add_argument("--batch", action="store_true", help="jalankan tugas yang ada lalu keluar")

    def handle(self, *args: Any, interval: float, no_scheduler: bool, batch: bool, **options: Any) -> None:
        worker_id = f"{socket.gethostname()[:40]}-{get_random_string(8)}"
        scheduler = None
        if not no_scheduler and not batch:
            scheduler = SchedulerThread(worker_id=worker_id)
            scheduler.start()
        self.stdout.write(f"humpro worker {worker_id} berjalan (Ctrl+C untuk berhenti)")
        worker = make_worker(batch=batch, interval=interval, worker_id=worker_id)
        if not batch:
            worker.configure_signals()
        try:
            worker.run()
        finally:
            if scheduler:
                scheduler.stop()
