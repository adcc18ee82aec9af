"""`geoparse_rows`: the resolved place mentions of reports as flat rows (what `marsad geoparse` prints)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.places.constraints import FALLBACK
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser
from marsad.types import Report


def geoparse_rows(reports: Iterable[Report], gazetteer: Gazetteer) -> Iterator[dict]:
    """One row per resolved place mention, in text order: the `marsad geoparse` output."""
    geoparser = Geoparser(gazetteer)
    for report in reports:
        for mention in geoparser.parse(report.text, context_place=report.dateline_place):
            place = mention.place
            if place is None or mention.resolution.chosen.method == FALLBACK:
                continue  # a village the gazetteer lacks, placed at its container for the event only
            yield {
                "doc_id": report.doc_id,
                "mention": mention.text,
                "start": mention.start,
                "end": mention.end,
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
