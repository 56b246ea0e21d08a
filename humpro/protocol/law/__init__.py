"""The protocol engine of UU 9/2010 tentang Keprotokolan, in pure Python (no Django).

- ``tiers``: the precedence lists of Pasal 9, 10 and 11 ayat (1) as data.
- ``recognize``: written position title -> tiers on each list that names the office.
- ``order``: urutan Tata Tempat of an event's attendees (Pasal 10-15, PP 56/2019 Pasal 6A).
- ``seating``: row order (3-1-2 / 4-2-1-3), rows, host placement (Pasal 13), overrides.
- ``rundown``: susunan acara templates, speech order, MC greetings and script.
- ``cli``: the ``humpro protocol order|row`` commands.

Sources and confidence: docs/rules-id.md §1 and §6.3.
"""

from .order import Attendee, Placed, order_attendees
from .recognize import Recognition, recognize
from .seating import Seat, apply_override, arrange_rows, audience_view, row_order
from .tiers import LEVELS, TIERS, Tier, get_tier, tier_choices

__all__ = [
    "LEVELS", "TIERS", "Attendee", "Placed", "Recognition", "Seat", "Tier", "apply_override",
    "arrange_rows", "audience_view", "get_tier", "order_attendees", "recognize", "row_order",
    "tier_choices",
]
