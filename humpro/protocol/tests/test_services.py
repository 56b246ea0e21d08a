"""Services of the protocol app on the real database (fictional province Nusa Makmur)."""

from __future__ import annotations

import pytest

from humpro.protocol import services
from humpro.protocol.models import Attendee, TierChange
from humpro.protocol.rundown import mc_script, rundown_generate
from humpro.protocol.seating import seat_override_add, seating_plan
from humpro.protocol.services import ProtocolError
from humpro.protocol.tests.factories import make_event, make_guest, make_item, make_province
from humpro.testing import make_official, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return make_province()


def test_open_event_adds_the_leader_from_the_agenda(org):
    event = make_event(org)
    (leader,) = event.attendees.all()
    assert leader.source == Attendee.Source.AGENDA
    assert leader.position == "Gubernur Nusa Makmur"
    assert (leader.rank, leader.tier, leader.unmapped) == (1, "10.1.a", False)
    assert leader.basis == "UU 9/2010 Pasal 10 ayat (1) huruf a"
    assert event.level == "provinsi"


def test_directory_tier_wins_and_unknown_positions_are_flagged(org):
    event = make_event(org)
    # the directory says 10.1.g although the written title is not recognisable
    pangdam = make_official(org, name="Mayjen TNI Rudi", title="Pangdam XX Makmur Jaya",
                            tier="10.1.g")
    services.attendee_add(event=event, official=pangdam)
    guest = make_guest(event, name="Ir. Sutrisno", position="Direktur PT Sinar Makmur")
    kapolda = make_guest(event)
    rows = {a.name: a for a in event.attendees.all()}
    assert rows["Mayjen TNI Rudi"].tier == "10.1.g"
    assert rows["Mayjen TNI Rudi"].directory_tier == "10.1.g"
    assert kapolda.tier == "10.1.g" and not kapolda.unmapped
    guest.refresh_from_db()
    assert guest.unmapped and guest.tier == ""
    assert "tempatkan manual" in guest.basis
    # never silently placed: the unmapped guest is last
    assert guest.rank == event.attendees.count()


def test_representative_sits_by_own_position_and_is_greeted_for_the_leader(org):
    governor = make_official(org, name="H. Arif", title="Gubernur Nusa Makmur", tier="10.1.a")
    asisten = make_official(org, name="Drs. Asep", title="Asisten I Setda Provinsi Nusa Makmur",
                            tier="10.1.p")
    item = make_item(org, leader=governor, representative=asisten, status="diwakilkan")
    event = services.event_protocol_open(organization=org, agenda_item=item)
    kapolda = make_guest(event)
    rep = event.attendees.get(source=Attendee.Source.AGENDA)
    assert rep.official == asisten and rep.represents == "Gubernur Nusa Makmur"
    assert rep.represents_official == governor
    # Pasal 15: seated by own rank (10.1.p) below the Kapolda (10.1.g) ...
    assert rep.tier == "10.1.p" and kapolda.rank < rep.rank
    assert "Pasal 15" in rep.basis
    # ... but greeted first, for the Gubernur
    script = [p.text for p in mc_script(event)]
    greeting = ("Yang kami hormati Gubernur Nusa Makmur, yang dalam hal ini diwakili oleh "
                "Asisten I Setda Provinsi Nusa Makmur, Drs. Asep;")
    assert greeting in script
    assert script.index(greeting) < script.index("Yang kami hormati Kapolda Nusa Makmur;")


def test_sync_representative_follows_the_disposition(org):
    governor = make_official(org, name="H. Arif", title="Gubernur Nusa Makmur", tier="10.1.a")
    sekda = make_official(org, name="Dr. Sekar", title="Sekda Provinsi Nusa Makmur",
                          tier="10.1.g")
    item = make_item(org, leader=governor)
    synced = services.protocol_sync_representative(item)
    assert synced.official == governor and synced.represents == ""
    item.representative, item.status = sekda, "diwakilkan"
    item.save()
    synced = services.protocol_sync_representative(item)
    event = item.protocol
    assert list(event.attendees.values_list("name", flat=True)) == [sekda.full_name]
    assert synced.represents == "Gubernur Nusa Makmur" and synced.tier == "10.1.g"
    # idempotent
    services.protocol_sync_representative(item)
    assert event.attendees.count() == 1
    item.status = "dibatalkan"
    item.save()
    assert services.protocol_sync_representative(item) is None
    assert event.attendees.count() == 0


def test_manual_tier_needs_a_reason_and_keeps_history(org):
    event = make_event(org)
    guest = make_guest(event, name="Dr. Wulan", position="Direktur RSUD Makmur Sehat")
    user = make_user(org=org, roles=["protocol"])
    with pytest.raises(ProtocolError, match="Alasan"):
        services.attendee_set_tier(attendee=guest, tier="10.1.q", reason=" ")
    with pytest.raises(ProtocolError, match="tidak dikenal"):
        services.attendee_set_tier(attendee=guest, tier="10.9.z", reason="x")
    guest = services.attendee_set_tier(attendee=guest, tier="10.1.q", reason="setara eselon III",
                                       user=user)
    assert not guest.unmapped and guest.tier == "10.1.q"
    assert guest.basis.endswith("ditetapkan manual: setara eselon III")
    guest = services.attendee_set_tier(attendee=guest, tier="", reason="keliru", user=user)
    assert guest.unmapped
    history = list(TierChange.objects.filter(attendee=guest).order_by("id")
                   .values_list("from_tier", "to_tier", "reason", "by"))
    assert history == [("", "10.1.q", "setara eselon III", user.pk),
                       ("10.1.q", "", "keliru", user.pk)]


def test_order_inside_a_tier_is_configurable(org):
    event = make_event(org)
    for name, title in [("A", "Kepala Kejaksaan Tinggi Nusa Makmur"),
                        ("B", "Kapolda Nusa Makmur"), ("C", "Sekda Provinsi Nusa Makmur")]:
        make_guest(event, name=name, position=title)

    def g_order() -> list[str]:
        services.precedence_refresh(event)
        return list(event.attendees.filter(tier="10.1.g").order_by("rank")
                    .values_list("name", flat=True))

    assert g_order() == ["A", "B", "C"]  # the law gives none: input order
    services.tier_order_save(organization=org, tier="10.1.g",
                             keywords="sekretaris daerah\nkepala kepolisian\n")
    assert g_order() == ["C", "B", "A"]
    a = event.attendees.get(name="A")
    services.attendee_update(attendee=a, name="A", position=a.position, order_in_tier=1)
    assert g_order() == ["A", "C", "B"]
    with pytest.raises(ProtocolError):
        services.tier_order_save(organization=org, tier="99.x", keywords="a")


def test_spouse_follows_principal(org):
    event = make_event(org)
    kapolda = make_guest(event)
    spouse = services.attendee_add(event=event, name="Ny. Ratna Bagus", spouse_of=kapolda)
    kapolda.refresh_from_db()
    assert spouse.rank == kapolda.rank + 1 and "Pasal 14" in spouse.basis


def test_bad_input_is_refused_without_saving(org):
    event = make_event(org)
    before = event.attendees.count()
    with pytest.raises(ProtocolError, match="Jabatan wajib"):
        services.attendee_add(event=event, name="Tanpa Jabatan", position=" ")
    other = make_official(make_province(), name="Orang Lain")
    with pytest.raises(ProtocolError, match="direktori"):
        services.attendee_add(event=event, official=other)
    assert event.attendees.count() == before


def test_seating_host_beside_highest_and_override(org):
    event = make_event(org)
    kapolda = make_guest(event)
    kajati = make_guest(event, name="Dr. Kurnia", position="Kajati Nusa Makmur")
    host = make_guest(event, name="Ir. Hadi", position="Kepala Dinas PUPR Provinsi Nusa Makmur")
    unmapped = make_guest(event, name="Ir. Sutrisno", position="Direktur PT Sinar Makmur")
    event.host, event.seats_per_row, event.front_rows = host, "5", 1
    event.save()
    plan = seating_plan(event)
    by_number = {s.number: s.person.name for s in plan.rows[0] if s.person}
    assert by_number[1] == "H. Arif Wicaksana"  # the Gubernur
    assert by_number[2] == "Ir. Hadi"  # host beside the highest guest (Pasal 13)
    assert [s.number for s in plan.rows[0]] == [5, 3, 1, 2, 4]
    assert [p.name for p in plan.unplaced] == [unmapped.name]
    user = make_user(org=org, roles=["protocol"])
    with pytest.raises(ProtocolError, match="Alasan"):
        seat_override_add(event=event, attendee=kajati, row=1, seat_number=2, reason="")
    with pytest.raises(ProtocolError, match="tidak ada"):
        seat_override_add(event=event, attendee=kajati, row=1, seat_number=9, reason="x")
    seat_override_add(event=event, attendee=kajati, row=1, seat_number=2, reason="permintaan",
                      user=user)
    plan = seating_plan(event)
    by_number = {s.number: s.person.name for s in plan.rows[0] if s.person}
    assert by_number[2] == "Dr. Kurnia"
    assert kapolda.name in by_number.values() and host.name in by_number.values()
    assert len(plan.applied) == 1 and plan.applied[0].by == user


def test_rundown_speeches_ascending_highest_last(org):
    governor = make_official(org, name="H. Arif", title="Gubernur Nusa Makmur", tier="10.1.a")
    item = make_item(org, leader=governor)
    event = services.event_protocol_open(organization=org, agenda_item=item)
    make_guest(event, speaks=True)
    make_guest(event, name="Ir. Hadi", position="Kepala Dinas PUPR Provinsi Nusa Makmur",
               speaks=True)
    items = rundown_generate(event=event)
    speeches = [i for i in items if i.kind == "sambutan"]
    assert [i.speaker.name for i in speeches] == ["Ir. Hadi", "Irjen Pol. Bagus Santoso",
                                                  governor.full_name]
    assert speeches[-1].title.endswith("sekaligus membuka acara secara resmi")
    with pytest.raises(ProtocolError):
        rundown_generate(event=event, template="pesta")
