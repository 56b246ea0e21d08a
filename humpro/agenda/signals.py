"""Plug-in point: other modules react to agenda changes without the agenda importing them.

`agenda_item_changed` is sent (inside the saving transaction) after an agenda item is created,
changed, disposed or changes status. The protocol module listens to keep the representative
among an event's attendees (UU 9/2010 Pasal 15).
"""

from django.dispatch import Signal

agenda_item_changed = Signal()  # kwargs: item
