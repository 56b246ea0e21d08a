"""Demo protocol file of the represented event: attendees from the directory (Kapolda, Ketua
DPRD, Pangdam), a spouse, a free-text guest with an unrecognised title (flagged "perlu
penempatan manual"), the "acara_resmi" rundown and the seating plan."""

from __future__ import annotations

from humpro.agenda.models import AgendaItem
from humpro.demo.common import official
from humpro.protocol.models import Attendee, EventProtocol
from humpro.protocol.rundown import rundown_generate
from humpro.protocol.seating import SeatingPlan, seating_plan
from humpro.protocol.services import attendee_add, event_protocol_open, event_settings_save

GUESTS = [  # (directory title, speaks)
    ("Kapolda Nusa Makmur", False),
    ("Ketua DPRD Provinsi Nusa Makmur", False),
    ("Pangdam XX/Nusa Makmur", False),
    ("Kepala Kejaksaan Tinggi Nusa Makmur", False),
    ("Ketua MUI Provinsi Nusa Makmur", False),
    ("Bupati Tanjung Harapan", False),
]
FREE_GUEST = ("Drs. Lalu Wirajaya", "Ketua Panitia Festival Budaya Nusa Makmur")
SPOUSE_NAME = "Ny. Ratih Setiawan"  # spouse of the Kapolda (Ketua Bhayangkari Daerah)


def seed_protocol(item: AgendaItem) -> tuple[EventProtocol, SeatingPlan]:
    org = item.organization
    event = event_protocol_open(organization=org, agenda_item=item)
    if not event.attendees.filter(source=Attendee.Source.MANUAL).exists():
        added = {}
        for title, speaks in GUESTS:
            person = official(org, title)
            added[title] = attendee_add(event=event, official=person, speaks=speaks)
        attendee_add(event=event, name=SPOUSE_NAME, spouse_of=added["Kapolda Nusa Makmur"])
        attendee_add(event=event, name=FREE_GUEST[0], position=FREE_GUEST[1])
        event_settings_save(event=event, level=event.level, template="acara_resmi", host=None,
                            seats_per_row="5,7", front_rows=2,
                            notes="Gubernur diwakili Sekda (disposisi). Tamu undangan ±800 orang.")
        rundown_generate(event=event, template="acara_resmi")
    return event, seating_plan(event)
