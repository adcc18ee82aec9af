"""A force sent to search the scene of an act told before (rule `search-sent`, stage `cue`).

The guide codes a movement of forces (Change to group/activity) where forces move as news of their own: a
deployment, reinforcements, a convoy, each with its place and day. A report of an attack often closes with the
routine that followed it: "The army sent patrols to comb the area", "police sent a force to search the nearby
orchards". The place is only "the area" of the act, the day is the act's own, and the search is the end of the
act's story, not a posture of forces that ACLED codes; gold codes none. A move told with a day of its own ("At
dawn today, the army sent twenty vehicles to comb the area") or a place of its own ("sent reinforcements to the
desert of X to search it") stays a development: it is news apart from the act (rule `aftermath-of-act` drops the
cordon and the hunt for the attackers told in so many words).
"""

from __future__ import annotations

from marsad.events.rules import rule
from marsad.types import DateMention


def search_sent(text: str, sentence: tuple[int, int], trigger_start: int, kind: str,
                own_dates: list[DateMention]) -> str | None:
    """Rule `search-sent`: the movement trigger at `trigger_start` sends a force to search a place the sentence
    names only by referring to the act's scene ("to comb the area", "to search the orchards along the road"), with
    no day of its own; None when the move may be news of its own."""
    if kind != "movement" or own_dates:
        return None
    found = rule("search-sent").pattern.search(text, trigger_start, sentence[1])  # type: ignore[union-attr]
    # the purpose clause follows the move's own verb, close enough to be its aim ("sent patrols to comb ...")
    return "search-sent" if found is not None and found.start() - trigger_start <= 80 else None
