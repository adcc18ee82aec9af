"""Rule name-read-once: the mentions of one name in a report name one place, including the mentions whose own
sentence says nothing of where it lies.

"Ex-rebel killed in Jasim" in a headline, then "In Daraa, gunmen shot dead a former fighter in the city of
Jasim": the headline is the same Jasim. The sentence rule (sentence_governorate.py) moves the second mention to
the namesake of the governorate its sentence names; the headline's sentence names none, so it kept the
ranker's near-tie pick (a hamlet of that name in Deir ez-Zor). Here every other mention of the name follows
the reading the sentence evidence gave, when all such readings agree on one place and that place is among the
mention's candidates. Mentions the text ties to a container keep their container's reading."""

from __future__ import annotations

from marsad.types import Resolution

RULE = "name-read-once"


def read_once(keys: list[str], before: list[Resolution], after: list[Resolution], held: set[int]) -> list[Resolution]:
    """`before`: each mention's reading before the sentence evidence; `after`: after it (same order as `keys`,
    the mentions' span keys). Returns `after` with the unmoved mentions of a moved name following it."""
    moved_to: dict[str, set[str]] = {}
    for key, old, new in zip(keys, before, after, strict=True):
        if old.chosen is not None and new.chosen is not None \
                and old.chosen.place.geonameid != new.chosen.place.geonameid:
            moved_to.setdefault(key, set()).add(new.chosen.place.geonameid)
    out = list(after)
    for index, (key, new) in enumerate(zip(keys, after, strict=True)):
        places = moved_to.get(key)
        if not places or len(places) != 1 or index in held or new.chosen is None:
            continue
        (target,) = places
        if new.chosen.place.geonameid == target:
            continue
        choice = next((c for c in new.candidates if c.place.geonameid == target), None)
        if choice is not None:
            out[index] = Resolution(chosen=choice, score=new.score, candidates=new.candidates, rule=RULE)
    return out
