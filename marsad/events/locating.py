"""Where a strike or a fight happened, not where it came from (ACLED: remote violence is located where the
munitions land, a battle where it is fought). The places of a sentence that only say where the shooters stood
— a launch site, a firing position, the base a force is stationed at, a road named after the towns it links —
are weak: each yields to another place of the sentence as precise (placing.py decides who yields). The
hospital the wounded were carried to says nothing of where they were hit, nor does the place of the wrong an act
answers ("in retaliation for the war in Gaza"): they yield to any other place, and are none of the act's when the
sentence names no other. Each weak
kind is a named rule in rules.yaml (stage `place`) with its word list."""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.drafts import FIGHTING_KINDS, Draft
from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule
from marsad.types import PlaceMention

_NOUN_GAP = 12  # "artillery [newly] deployed in": the stationing words right after a weapon noun
_CROWD_KINDS = {"protest", "riot", "mob", "protest_intervention"}
_BEFORE = 70  # how far before a place its introducing words may start ("fired by Iran-backed militias from")
# a demand tells its cause at length ("demanding the release of a young man abducted by gunmen two days ago near X")
_DEMAND_BEFORE = 120


def weak_place_tests(text: str, sentence: tuple[int, int], cue: CueMatch | None
                     ) -> list[tuple[str, Callable[[PlaceMention], bool]]]:
    """The named tests of a sentence's weak places other than the dateline, strongest claim first: each says
    whether a place is only where someone came from, stood, lived or travelled."""

    def before(place: PlaceMention, reach: int = _BEFORE) -> str:
        return text[max(sentence[0], place.start - reach):place.start]

    return [
        ("person-origin", lambda p: rule("person-origin").search(before(p)) is not None),
        ("launch-origin", lambda p: rule("launch-origin").search(before(p)) is not None),
        # "attackers came from the direction of X": the way they came, never where the act was (placing.py)
        ("came-from-direction", lambda p: rule("came-from-direction").search(before(p)) is not None),
        # where a crowd came from ("families from the camp in X"), not the shooters' positions of from-positions
        ("crowd-origin", lambda p: bool(crowd_origins(text, sentence, [p], cue))),
        ("from-positions", lambda p: (cue is None or cue.cue.kind not in _CROWD_KINDS)
         and rule("from-positions").search(before(p)) is not None),
        ("stationed-at", lambda p: _stationed_before_trigger(text, sentence, p, cue)),
        ("agent-stationed-at", lambda p: cue is not None and cue.cue.kind in FIGHTING_KINDS
         and rule("agent-stationed-at").search(before(p)) is not None),
        ("route-end", lambda p: rule("route-end").search(before(p)) is not None),
        # where the force went once its act was done ("detained three men before withdrawing towards X"); not for a move
        ("withdrew-after-act", lambda p: (cue is None or cue.cue.kind != "movement")
         and rule("withdrew-after-act").search(before(p)) is not None),
        # a soldier's home town is not where he fell, once a place was told before (placing.py _TOLD_PLACE_FIRST)
        ("fighter-from", lambda p: cue is not None and cue.cue.kind in FIGHTING_KINDS
         and rule("fighter-from").search(before(p)) is not None),
        # an arrest or abduction of "a man from X" that says no other place is often coded at X: strikes and fights only
        ("people-from", lambda p: cue is not None and cue.cue.kind in FIGHTING_KINDS
         and rule("people-from").search(before(p)) is not None),
        ("care-destination", lambda p: (cue is None or cue.cue.kind != "movement")
         and rule("care-destination").search(before(p)) is not None),
        # the place of the wrong an act answers ("in retaliation for the war in X") is not where the act was
        ("grievance-place", lambda p: rule("grievance-place").search(before(p)) is not None),
        ("road-name", lambda p: _names_a_road(text, sentence, p)),
        ("road-toward", lambda p: rule("road-toward").search(before(p)) is not None),
        # what a crowd asks for or mourns ("in solidarity with X") is not where it gathered: protests only
        ("demand-place", lambda p: cue is not None and cue.cue.kind in _CROWD_KINDS
         and rule("demand-place").search(before(p, _DEMAND_BEFORE)) is not None),
        # the governments a crowd calls on, named by their seats ("calling on Baghdad and Erbil to act"): protests
        ("addressed-place", lambda p: cue is not None and cue.cue.kind in _CROWD_KINDS
         and rule("addressed-place").search(before(p)) is not None),
    ]


def crowd_origins(text: str, sentence: tuple[int, int], places: list[PlaceMention], cue: CueMatch | None
                  ) -> list[PlaceMention]:
    """The places a protest's people came from ("protesters from the villages of A and B joined them", "the
    demonstrators came from A", rule crowd-origin): the marchers' homes, never where the protest happened, so
    they are no place of it (the protest is one, at its gathering place, told in the sentence or before); where
    nothing else is told they are weak places that yield only to a place as precise (weak_place_tests)."""
    if cue is None or cue.cue.kind not in _CROWD_KINDS:
        return []
    return [p for p in places if rule("crowd-origin").search(text[max(sentence[0], p.start - _BEFORE):p.start])]


def _stationed_before_trigger(text: str, sentence: tuple[int, int], place: PlaceMention, cue: CueMatch | None
                              ) -> bool:
    """"Turkish troops stationed in A shelled B", "regime artillery positions in A pounded B", "artillery deployed
    in A hit B": where the subject stands, told before the verb or with the weapon the trigger names, is not
    where its fire lands. Told after the verb ("shelled forces stationed in A") it is the target (rule
    stationed-at)."""
    if cue is None or cue.cue.kind not in FIGHTING_KINDS:  # "reinforcements were deployed in A": the movement's place
        return False
    window = max(sentence[0], place.start - _BEFORE)
    found = rule("stationed-at").search(text[window:place.start])
    if found is None:
        return False
    # the words that station the shooters describe the trigger's own weapon when they follow it closely
    return place.end <= cue.start or (cue.end <= place.start and window + found.start() <= cue.end + _NOUN_GAP)


def _names_a_road(text: str, sentence: tuple[int, int], place: PlaceMention) -> bool:
    """"On the Deir Ezzor-Hasakah road near the village of X": the towns a road is named after are its ends,
    not where on it the event happened (rule road-name)."""
    after = text[place.end:min(sentence[1], place.end + 60)]
    if rule("road-name").match(after):
        return True
    before = text[max(sentence[0], place.start - 40):place.start]
    return bool(rule("road-name-end").search(before)) and bool(rule("road-word").match(after))


def take_headline_place(event: Draft, headline: Draft) -> None:
    """"Turkish drone kills two in Qamishli countryside" over a body that tells the strike with no place of its
    own: the event happened where the headline says, not somewhere in the governorate (rule headline-place)."""
    if event.place is not None or headline.place is None or headline.geo_precision >= 3:  # a region says no more
        return
    event.place, event.geo_precision, event.place_fallback = headline.place, headline.geo_precision, None
    event.rules.append("headline-place")
