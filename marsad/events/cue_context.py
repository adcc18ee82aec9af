"""The words just before a cue that change what it tells: a count of people ("dozens of residents
protested": one act, not a habit), a weapon a movement carries in its clause ("the arrival of tanks"), a
cargo seized ("a truck carrying rockets"). Each names its rule (rules.yaml)."""

from __future__ import annotations

from marsad.events.rules import rule


def counted_people(before: str, trigger: str) -> bool:
    """"Dozens of residents protested", "three smugglers were detained": the count word counts who acted or was
    acted upon, and the verb after them tells one act (rule counted-people); "several ambushes" counts acts."""
    found = rule("counted-people").search(before + trigger)
    return found is not None and found.end() == len(before + trigger)


def load_in_clause(before: str) -> bool:
    """A weapon a movement carries in its own clause ("the arrival of tanks and heavy weapons"); one told after
    the movement's clause has ended ("sent reinforcements to the town amid heavy shelling on it") is an act of
    its own (rules moved-cargo, clause-joint, background-clause)."""
    found = rule("moved-cargo").search(before)
    return found is not None and not rule("clause-joint").search(before[found.start():]) and \
        not rule("background-clause").search(before[found.start():])


def cargo_in_clause(before: str) -> bool:
    """A word of cargo before the weapon in its own clause ("seized a truck carrying rockets"); one that ends its
    clause before another begins ("factions seized the harvest, and the army shelled the village") is not."""
    found = rule("cargo").search(before)
    return found is not None and not rule("clause-joint").search(before[found.start():])
