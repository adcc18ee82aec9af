"""The `notes` sentence of an event record, written as an analyst would: no holes, unknown roles said so.

Each kind has two phrasings: one with the side acted upon, one without ("Turkish forces shelled Kurdish
militia in Ain Issa" / "... carried out shelling in Ain Issa"). A generic actor ("Unidentified Armed Group
(Syria)") reads as words ("An unidentified armed group"), so an unknown side never leaves a gap.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.types import Place

# kind -> (with the side acted upon, {target} standing for it; without one)
PHRASES: dict[str, tuple[str, str]] = {
    "clash": ("clashed with {target}", "took part in an armed clash"),
    "fight": ("fought {target}", "took part in a fight"),
    "attack_armed": ("attacked {target}", "carried out an attack"),
    "attack": ("attacked {target}", "carried out an attack"),
    "capture": ("took control of an area from {target}", "took control of an area"),
    "air": ("carried out an air/drone strike on {target}", "carried out an air/drone strike"),
    "shelling": ("shelled {target}", "carried out shelling"),
    "ied": ("detonated an explosive device against {target}", "detonated an explosive device"),
    "grenade": ("threw a grenade at {target}", "threw a grenade"),
    "suicide": ("carried out a suicide bombing against {target}", "carried out a suicide bombing"),
    "abduct": ("abducted {target}", "abducted people"),
    "arrest": ("arrested {target}", "made arrests"),
    "raid": ("raided {target}", "carried out a raid"),
    "protest": ("protested", "protested"),
    "protest_intervention": ("protested and were dispersed by {target}", "protested and were dispersed"),
    "riot": ("rioted", "rioted"),
    "movement": ("moved or reinforced forces", "moved or reinforced forces"),
    "base": ("established a base", "established a base"),
    "handover": ("handed over positions to {target}", "handed over positions"),
    "weapons": ("seized weapons", "seized weapons"),
    "intercept": ("brought down a drone or missile launched by {target}", "brought down a drone or missile"),
    "loot": ("seized or destroyed property of {target}", "seized or destroyed property"),
    "meeting": ("met {target}", "held a meeting"),
    "agreement": ("reached an agreement with {target}", "reached an agreement"),
    "chemical": ("used chemical weapons against {target}", "used chemical weapons"),
    "sexual": ("committed sexual violence against {target}", "committed sexual violence"),
    "excessive_force": ("protested and were met with lethal force by {target}",
                        "protested and were met with lethal force"),
    "mob": ("rioted and attacked {target}", "rioted and attacked people"),
}
_FALLBACK = ("acted against {target}", "took part in an event")
# "Unidentified Armed Group (Syria)" -> how a sentence names it, as the one acting / the one acted upon
_GENERIC = re.compile(r"^(?P<kind>Unidentified Armed Group|Protesters|Rioters|Civilians)(?: \([^)]*\))?$")
_GENERIC_WORDS = {"Unidentified Armed Group": ("An unidentified armed group", "an unidentified armed group"),
                  "Protesters": ("Protesters", "protesters"), "Rioters": ("Rioters", "rioters"),
                  "Civilians": ("Civilians", "civilians")}


def _named(actor: str, acting: bool) -> str:
    generic = _GENERIC.match(actor)
    if generic is None:
        return actor
    subject, objective = _GENERIC_WORDS[generic.group("kind")]
    return subject if acting else objective


def write_notes(kind: str, actor1: str, actor2: str | None, place: Place | None, event_date: str | None,
                fatalities: int) -> str:
    """One sentence (and the toll): who did what to whom, where and when."""
    with_target, without = PHRASES.get(kind, _FALLBACK)
    target = actor2 if actor2 and actor2 != actor1 and "{target}" in with_target else None
    verb = with_target.format(target=_named(target, acting=False)) if target else without
    where = ""
    if place is not None and place.name:
        where = f" in {place.name}" + (f", {place.admin1}" if place.admin1 and place.admin1 != place.name else "")
    subject = _named(actor1, acting=True)
    if event_date:
        value = date.fromisoformat(event_date)
        # after the date the generic subject is mid-sentence: "On 1 March 2025, an unidentified armed group ..."
        subject = _named(actor1, acting=False) if _GENERIC.match(actor1) else subject
        subject = f"On {value.day} {value.strftime('%B')} {value.year}, {subject}"
    sentence = f"{subject} {verb}{where}."
    toll = f" {fatalities} {'person was' if fatalities == 1 else 'people were'} reported killed." if fatalities else ""
    return sentence[0].upper() + sentence[1:] + toll
