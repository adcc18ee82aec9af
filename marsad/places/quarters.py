"""ACLED's "City - Quarter" names: "Baghdad - Karkh", "Mosul - Al Zuhur", "Aleppo - Sheikh Maqsoud".

ACLED names a place inside a city by the city, a spaced dash and the quarter, and reports that follow its
notes write them so. The quarter lies in the city: its own candidates within a city's reach, else the city's
point (precision 2, as ACLED codes an unknown quarter), never a village elsewhere whose folded name happens
to equal the whole run ("Mosul - Al Zuhur" folds like a hamlet "Muslih az Zahir"). A name Marsad holds
whole ("Baghdad - Rusafa", OCHA's two-village "Hamadi Elomr - Kawkab Elsweid") is read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.places.mentions import Span
from marsad.types import Place

CITY_DASH = re.compile(r"\s+[-–—]\s+")
# a capitalised run of one to four words (articles inside) after "City - ", that the gazetteer lacks
_QUARTER_RUN = re.compile(
    r"(?:(?:[Aa]l|[Ee]l)[- ])?[A-Z][\w'’]*(?:[- ](?:(?:al|el|ad|ar|as|ash|az)[- ])?[A-Z][\w'’]*){0,3}"
)
_NOT_NAMES = frozenset({"the", "a", "an", "this", "these", "in", "on", "at", "he", "she", "it", "they", "we", "i"})
CITY_POPULATION = 20_000  # a place this large has quarters that ACLED names after it
WHOLE_SPELLING = 0.9  # a candidate spelled this like the whole run is a name Marsad holds


def city_part(span: Span) -> str | None:
    """The city part of a mention written "City - Quarter", or None."""
    parts = CITY_DASH.split(span.text, maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[0] and parts[1] else None


def a_city(place: Place | None) -> bool:
    return place is not None and place.feature_class == "P" and (
        place.population >= CITY_POPULATION or (place.feature_code or "").startswith(("PPLA", "PPLC"))
    )


def unknown_quarters(
    text: str, spans: list[Span], known: Callable[[str], bool], city: Callable[[str], bool]
) -> list[Span]:
    """The spans with each "City - Quarter" whose quarter the gazetteer lacks joined into one span (the city
    alone was found): "in Baghdad - Abu Disher city" gives the span "Baghdad - Abu Disher". `known(name)`: the
    gazetteer holds the name; `city(name)`: the name is a city's. "Kurdistan Region - The Kurdish-led..."
    is no city and a sentence after a dash."""
    out: list[Span] = []
    taken = -1
    for span in spans:
        if span.start < taken:
            continue
        # "DAMASCUS - Syrian forces...": a dateline's dash opens the report, it names no quarter
        dash = None if span.sentence_start else CITY_DASH.match(text, span.end)
        run = _QUARTER_RUN.match(text, dash.end()) if dash else None
        # a word of the quarter may be a place's name on its own ("Disher"): the run is read whole
        if run is None or run.group().split()[0].lower() in _NOT_NAMES or known(run.group()) or not city(span.text):
            out.append(span)
            continue
        whole = text[span.start : run.end()]
        out.append(Span(span.start, run.end(), whole, span.relation, span.direction, span.sentence_start,
                        span.cue_word))
        taken = run.end()
    return out
