"""The event record's vocabulary, stated once: ACLED's event types and the record's fields.

The pydantic models of the API, the de-duplication record and the CSV columns are derived from here.
"""

from __future__ import annotations

# ACLED's six event types (ACLED Codebook), in the codebook's order.
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Violence against civilians",
    "Explosions/Remote violence",
    "Riots",
    "Protests",
    "Strategic developments",
)
