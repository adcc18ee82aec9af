"""The words just before a cue that change what it tells: a count of people ("dozens of residents
protested": one act, not a habit), a weapon a movement carries in its clause ("the arrival of tanks"), a
cargo seized ("a truck carrying rockets"), a past told in a relative clause or the fighting a place had seen
before, a group's name read as the act referred to ("the remnants of the regime attacked"). Each names its rule
(rules.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.rules import rule

if TYPE_CHECKING:
    from marsad.events.drafts import Analysis
    from marsad.events.lexicon import CueMatch
    from marsad.types import DateMention


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


def cargo_in_clause(before: str, cue_text: str = "") -> bool:
    """A word of cargo before the weapon in its own clause ("seized a truck carrying rockets"); one that ends its
    clause before another begins ("factions seized the harvest, and the army shelled the village") is not, nor is
    what the words tell going off ("a shell the boys were collecting detonated": rule blast-not-cargo)."""
    if cue_text and rule("blast-not-cargo").fullmatch(cue_text):
        return False
    found = rule("cargo").search(before)
    return found is not None and not rule("clause-joint").search(before[found.start():])


def past_clause(before: str, match: CueMatch, own_dates: list[DateMention]) -> str | None:
    """The rule by which a trigger with no date of its own after it tells an undated past: a relative clause in the
    past perfect (`past-relative`: "a guard who had deserted") or the fighting a place had seen
    (`scene-of-past-fighting`: "the area had been the scene of battles with the group")."""
    if any(d.start >= match.start for d in own_dates):
        return None
    if rule("past-relative").search(before[-60:]):
        return "past-relative"
    if rule("scene-of-past-fighting").search(before[-80:]):
        return "scene-of-past-fighting"
    return None


def actor_acts(analysis: Analysis, match: CueMatch, sentence_start: int) -> bool:
    """"Outlaw groups from the remnants of the defunct regime attacked a checkpoint": the words a reference reads
    ("remnants of the ...", rule reference) are the name of the group whose verb the trigger is; the act is told,
    not referred to (rule actor-acts). Only the reference's words that may name people open such a name: "after
    the militia attacked the post" stays the act the sentence names as its occasion."""
    if not rule("past-form").search(match.text):  # a predicate, not a noun referred to ("the attack")
        return False
    text = analysis.report.text
    window = max(sentence_start, match.start - 120)
    found = rule("reference").search(text[window:match.start])
    if found is None:
        return False
    if not rule("actor-acts").match(found.group(0)):  # "remnants of ...", not only what fighting left behind
        return False
    return any(window + found.start() < a.end <= match.start and not text[a.end:match.start].strip()
               for a in analysis.actors)
