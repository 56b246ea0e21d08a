"""Idempotent demo data (`humpro demo`): the base (organizations, officials, one user per role) and
a living office around today's date: agenda, protocol, newsroom, partner media, PPID and media
monitoring.

Every record is written through the apps' own services (validation, history rows, audit), so the
demo shows what the apps really produce. Running it again creates nothing twice.
"""

from __future__ import annotations

from django.db import transaction

from humpro.core.audit import acting_as
from humpro.demo.base import DEMO_PASSWORD, PROVINCE, REGENCY, seed_base

__all__ = ["DEMO_PASSWORD", "seed_demo"]


@transaction.atomic
def seed_demo() -> list[tuple[str, str]]:
    """Create (or complete) the demo data; returns (username, description) for the printout."""
    from humpro.demo.agenda import seed_agenda
    from humpro.demo.monitoring import seed_monitoring
    from humpro.demo.newsroom import seed_newsroom
    from humpro.demo.ppid import seed_ppid
    from humpro.demo.press import seed_press
    from humpro.demo.protocol import seed_protocol

    orgs, printed = seed_base()
    province, regency = orgs[PROVINCE], orgs[REGENCY]
    with acting_as("demo"):
        agenda = seed_agenda(province, regency)
        seed_protocol(agenda.represented)
        outlet = seed_press(province)
        seed_newsroom(province, launched=agenda.launched, today_item=agenda.today_public,
                      represented=agenda.represented, outlet=outlet)
        seed_ppid(province)
        seed_monitoring(province)
    return printed
