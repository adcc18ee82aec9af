"""The place of a past act told about a person or a thing, not of the act the sentence reports (rule
`past-act-place`): Iraqi police and court statements name who was arrested by what he once did and where ("arrested
a man who took part in the killing of five policemen in Hawija in 2016"); the arrest was not made in Hawija. A
place inside a relative clause opened after the trigger, whose own clause tells a year before the report's, is such
a place: it yields to any other place of the sentence (the dateline's included). Without a year the clause may
tell the act just reported, whose aftermath is where it was (`aftermath-there`), so it stays."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule
from marsad.types import PlaceMention

_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_CLAUSE_END = re.compile(r"[,;:.!?]")


def past_act_place_test(text: str, sentence: tuple[int, int], cue: CueMatch | None, report_year: int | None
                        ) -> Callable[[PlaceMention], bool]:
    """Whether a place of the sentence lies in a relative clause about a past act dated to an earlier year."""

    def weak(place: PlaceMention) -> bool:
        if cue is None or report_year is None or place.start <= cue.end:
            return False
        opener = rule("past-act-place").search(text[cue.end:place.start])
        if opener is None:
            return False
        clause_start = cue.end + opener.start()
        end = _CLAUSE_END.search(text, place.end, sentence[1])
        clause = text[clause_start:end.start() if end else sentence[1]]
        return any(int(year) < report_year for year in _YEAR.findall(clause))

    return weak
