"""Agenda test fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def nusa(db):  # type: ignore[no-untyped-def]
    """Pemerintah Provinsi Nusa Makmur with its leaders and staff."""
    from humpro.agenda.tests.factories import governor, sekda, vice_governor
    from humpro.orgs.roles import Role
    from humpro.testing import make_org, make_user

    class Nusa:
        org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
        gub = governor(org)
        wagub = vice_governor(org)
        sekda_ = sekda(org)
        protocol = make_user(org=org, roles=[Role.PROTOCOL], email="protokol@nusamakmur.test")
        head = make_user(org=org, roles=[Role.HEAD], email="kabiro@nusamakmur.test")
        aide = make_user(org=org, roles=[Role.AIDE], email="ajudan@nusamakmur.test")

    return Nusa
