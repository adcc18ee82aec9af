"""`geoparse_rows`: the resolved place mentions of reports as flat rows (what `marsad geoparse` prints)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.geo import distance_km
from marsad.places.constraints import FALLBACK
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser
from marsad.types import PlaceMention, Report

# ACLED writes a location as "Town - Quarter" or "Feature - Governorate" ("Lattakia - Da'tor", "Bishri
# Mountain - Deir-ez-Zor"), and its notes repeat those names: a spaced hyphen between two place names.
_ACLED_JOIN = " - "
JOINED_KM = 100.0


def geoparse_rows(reports: Iterable[Report], gazetteer: Gazetteer) -> Iterator[dict]:
    """One row per resolved place mention, in text order: the `marsad geoparse` output. Two names joined
    ACLED's way ("Lattakia - Da'tor") give one more row, for the joined name."""
    geoparser = Geoparser(gazetteer)
    for report in reports:
        mentions = geoparser.parse(report.text, context_place=report.dateline_place)
        for index, mention in enumerate(mentions):
            row = _row(report.doc_id, mention, mention.text, mention.start, mention.end)
            if row is not None:
                yield row
            following = mentions[index + 1] if index + 1 < len(mentions) else None
            if following is not None and report.text[mention.end : following.start] == _ACLED_JOIN:
                joined = _row(
                    report.doc_id,
                    _joined_place(mention, following, gazetteer),
                    report.text[mention.start : following.end],
                    mention.start,
                    following.end,
                )
                if joined is not None:
                    yield joined


def _joined_place(first: PlaceMention, second: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """The place of "A - B": B, the narrower name ("Idleb - Sarmada", "Lattakia - Kessab"),
    unless B is A's governorate ("Bishri Mountain - Deir-ez-Zor") or lies beyond a district's reach of A
    (a namesake read for a name the gazetteer lacks): then A."""
    a, b = first.place, second.place
    if a is None or (
        b is not None
        and b.feature_code != "ADM1"
        and gazetteer.governorate(second.text) is None
        and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= JOINED_KM
    ):
        return second
    return first


def _row(doc_id: str, mention: PlaceMention, text: str, start: int, end: int) -> dict | None:
    place = mention.place
    if place is None or mention.resolution.chosen.method == FALLBACK:
        return None  # a village the gazetteer lacks, placed at its container for the event only
    row = {
        "doc_id": doc_id,
        "mention": text,
        "start": start,
        "end": end,
        "name": place.name,
        "geonameid": place.geonameid,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "feature_code": place.feature_code,
        "score": mention.resolution.score,
    }
    if mention.resolution.rule:  # the place rule that decided between namesakes, and its evidence
        row["rule"] = mention.resolution.rule
    return row
