"""A strike told first with a toll or a place of its own, then a capture told after it (rule strike-told-first)."""

from __future__ import annotations

from marsad.events.drafts import WEAPON_KINDS, Draft


def strike_told_first(target: Draft, later: Draft) -> bool:
    """"A roadside bomb killed two soldiers near the village on Monday. Rebels later took the village.": a strike
    told first as an act of its own, with its toll or its place, is the act the report tells there; a capture told
    in a later sentence that joins it elaborates it and does not rename it to the capture (rule strike-told-first),
    so the strike's type, hand and toll stay what its own telling said. A strike told with neither ("Shells fell.
    The army then took the village.") is only the capture's setting, and the capture names the event."""
    if target.kind not in WEAPON_KINDS or later.kind != "capture" or later.sentence[0] < target.sentence[1]:
        return False
    if target.fatalities is None and target.injured is None and target.place is None:
        return False
    if "strike-told-first" not in target.rules:
        target.rules.append("strike-told-first")
    return True
