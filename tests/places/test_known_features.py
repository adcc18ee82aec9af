"""Rule known-feature-over-namesake (known_features.py): a mountain area, valley, plain or region of Marsad's own
feature data is what a bare name or "the X area" means, before a village namesake in the dateline's governorate.
Villages and reports are invented; the features are Marsad's own entries (marsad/data/places), built into every
index."""

from __future__ import annotations

import pytest

from tests.places.conftest import places_in

ROWS = [
    ("5001", "Arbīl", "Arbil", "Erbil,Hawler", 36.190, 44.009, "PPLA", "IQ", "11", 900000),
    ("5002", "Dahūk", "Dahuk", "Duhok,Dohuk", 36.867, 42.988, "PPLA", "IQ", "06", 300000),
    # villages that share a feature's name, in the governorate of the dateline, far from the feature
    ("5003", "Qandīl", "Qandil", "", 36.10, 44.30, "PPL", "IQ", "11", 0),
    ("5004", "Gārah", "Garah", "Gara", 36.90, 43.20, "PPL", "IQ", "06", 0),
    ("5005", "Idlib", "Idlib", "Idleb", 35.930, 36.633, "PPLA", "SY", "10", 160000),
    ("5006", "Al Ghāb", "Al Ghab", "Ghab", 35.95, 36.70, "PPL", "SY", "10", 0),
]
ADMIN1 = [("IQ.11", "Erbil"), ("IQ.06", "Duhok"), ("IQ.05", "Sulaymaniyah"), ("SY.10", "Idlib"), ("SY.06", "Hama")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ERBIL - Turkish drones struck Qandil on Monday, a local official said.", "Qandil"),
        ("ERBIL - A Turkish drone hit a car in the Qandil area on Monday.", "Qandil"),
        ("ERBIL - Turkish jets bombed the Qandil mountains overnight.", "Qandil mountains"),
    ],
)
def test_a_named_mountain_area_wins_over_the_datelines_village(parser, text, name):
    assert places_in(parser, text)[name].place.geonameid == "marsad:iq-qandil"


def test_a_plain_wins_over_a_village_of_its_name_in_the_datelines_governorate(parser):
    text = "IDLIB - Government artillery shelled the Ghab on Monday."
    assert places_in(parser, text)["Ghab"].place.feature_code == "PLN"


@pytest.mark.parametrize(
    "text",
    [
        "ERBIL - A roadside bomb went off in Qandil village on Monday.",
        "ERBIL - Gunmen attacked the village of Qandil in Erbil province on Monday.",
    ],
)
def test_a_settlement_word_or_container_still_names_the_village(parser, text):
    assert places_in(parser, text)["Qandil"].place.geonameid == "5003"


def test_a_base_or_field_is_not_a_known_area(parser):
    """Only mountains, areas, valleys, plains and regions: a camp or base often stands at its village."""
    from marsad.places.known_features import area_feature_codes

    assert {"MT", "AREA", "VAL", "PLN", "REGION"} <= area_feature_codes()
    assert area_feature_codes().isdisjoint({"AIRB", "MILB", "CMP", "OILF", "BCRS", "PPL"})
