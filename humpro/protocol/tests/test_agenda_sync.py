"""An agenda disposition reaches the event's protocol file (UU 9/2010 Pasal 15)."""

from __future__ import annotations

import pytest

from humpro.agenda.invitations import invitation_dispose
from humpro.agenda.models import AgendaItem
from humpro.agenda.tests.factories import governor, make_invitation, sekda
from humpro.protocol.models import Attendee
from humpro.protocol.services import event_protocol_open
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def test_disposition_represented_updates_the_open_protocol_file() -> None:
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    gub, rep = governor(org), sekda(org)
    invitation = make_invitation(org, invited_leader=gub)
    by = make_user(org=org)
    invitation_dispose(invitation=invitation, by=by, decision="hadir")
    item = AgendaItem.objects.get(invitation=invitation)
    event = event_protocol_open(organization=org, agenda_item=item)
    synced = event.attendees.get(source=Attendee.Source.AGENDA)
    assert synced.official_id == gub.pk and not synced.represents

    invitation_dispose(invitation=invitation, by=by, decision="diwakili", representative=rep)
    synced = event.attendees.get(source=Attendee.Source.AGENDA)
    assert synced.official_id == rep.pk and "Gubernur" in synced.represents
    assert event.attendees.filter(source=Attendee.Source.AGENDA).count() == 1


def test_items_without_a_protocol_file_are_left_alone() -> None:
    from humpro.protocol.models import EventProtocol

    org = make_org()
    invitation = make_invitation(org, invited_leader=governor(org))
    invitation_dispose(invitation=invitation, by=make_user(org=org), decision="diwakili", representative=sekda(org))
    assert not EventProtocol.objects.exists()
