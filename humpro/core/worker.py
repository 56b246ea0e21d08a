"""Run queued tasks: the production worker loop and a helper for tests and one-shot commands."""

from __future__ import annotations

from django.utils.crypto import get_random_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction


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


def run_pending_tasks(*, limit: int = 10_000) -> int:
    """Run every task that is ready now, in this process, then return how many ran.

    Unlike the worker loop it never closes the database connection, so it also works inside
    a test's transaction.
    """
    worker = make_worker(batch=True, interval=0)
    ran = 0
    while ran < limit:
        tasks = DBTaskResult.objects.ready().filter(backend_name=DEFAULT_TASK_BACKEND_ALIAS)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(worker.worker_id)
        if task_result is None:
            return ran
        worker.run_task(task_result)
        ran += 1
    return ran
