"""Run queued tasks: the production worker loop and a helper for tests and the demo."""

from __future__ import annotations

from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks_db.management.commands.db_worker import Worker


def make_worker(*, batch: bool, interval: float = 1.0, worker_id: str | None = None) -> Worker:
    return Worker(
        queue_names=["*"],
        interval=interval,
        batch=batch,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id or get_random_string(32),
        excluded_queue_names=[],
    )


def run_pending_tasks() -> None:
    """Run every task that is ready now, then return (tests, one-shot commands)."""
    make_worker(batch=True, interval=0).run()
