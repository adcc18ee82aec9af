"""Review edits that stay consistent (store/edits.py): each recomputation and each validation."""

from __future__ import annotations

import csv
import io

import pytest
from store_samples import make_events, make_report

from marsad.errors import InputError
from marsad.export import write_events
from marsad.places.gazetteer import Gazetteer
from marsad.store.edits import acled_types

STRIKE, ARREST = "sohr-raids-1", "sohr-raids-2"


@pytest.fixture
def stored(store, small_gazetteer):
    store.add_report(make_report(), make_events())
    gazetteer = Gazetteer.open(small_gazetteer)

    def edit(event_id: str, **fields):
        store.review_event(event_id, "edit", "carl", fields=fields, gazetteer=lambda: gazetteer)
        return store.get_event(event_id)

    return edit


def acled(event: dict) -> dict[str, str]:
    out = io.StringIO()
    write_events([event], "acled-csv", out)
    return next(csv.DictReader(io.StringIO(out.getvalue())))


def test_a_new_actor_takes_its_canonical_name_and_inter_code(stored) -> None:
    event = stored(STRIKE, actor1="HTS")
    assert event["actor1"] == "HTS: Hayat Tahrir al Sham" and event["inter1"] == 2
    row = acled(event)  # interaction and disorder type follow, as every export derives them
    assert row["interaction"] == "22" and row["disorder_type"] == "Political violence"


def test_a_new_target_recomputes_inter2_interaction_and_civilian_targeting(stored) -> None:
    event = stored(STRIKE, actor2="Civilians (Syria)")
    assert event["inter2"] == 7
    row = acled(event)
    assert row["interaction"] == "78" and row["civilian_targeting"] == "Civilian targeting"


def test_removing_actor2_clears_inter2(stored) -> None:
    event = stored(STRIKE, actor2=None)
    assert event["actor2"] is None and event["inter2"] == 0 and acled(event)["interaction"] == "80"


def test_an_inter_code_the_reviewer_gives_wins(stored) -> None:
    assert stored(STRIKE, actor1="HTS", inter1=3)["inter1"] == 3


def test_an_actor_the_base_lacks_is_kept_as_written(stored) -> None:
    event = stored(STRIKE, actor1="Banana Republic Army")
    assert event["actor1"] == "Banana Republic Army" and event["inter1"] == 8  # unchanged


def test_associated_actors_take_canonical_names(stored) -> None:
    event = stored(STRIKE, assoc_actor_1=["IRGC", "Liwa Nowhere"])
    assert event["assoc_actor_1"] == ["Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
                                      "Liwa Nowhere"]


def test_notes_follow_a_renamed_actor_and_place(stored) -> None:
    event = stored(ARREST, actor1="HTS", location="Hajin")
    assert event["notes"] == "The Fourth Division arrested two young men at a checkpoint in Al-Bokamal."  # no old name
    event = stored(STRIKE, location="Hajin")
    assert event["notes"].startswith("Russian warplanes")  # "Al Mayadin" is not written in these notes
    event = stored(STRIKE, actor2="HTS")
    assert "HTS" not in event["notes"]


def test_notes_replace_the_old_name_where_they_hold_it(store, small_gazetteer) -> None:
    from dataclasses import replace

    strike = replace(make_events()[0], notes="Russian warplanes struck Islamic State (Syria) near Al Mayadin.")
    store.add_report(make_report(), [strike])
    gazetteer = Gazetteer.open(small_gazetteer)
    store.review_event(STRIKE, "edit", "carl", fields={"actor2": "HTS", "location": "Hajin"},
                       gazetteer=lambda: gazetteer)
    assert store.get_event(STRIKE)["notes"] == "Russian warplanes struck HTS: Hayat Tahrir al Sham near Hajin."


def test_a_typed_location_brings_its_admin_names_and_coordinates(stored) -> None:
    event = stored(STRIKE, location="Hajeen")
    assert event["location"] == "Hajeen" and event["geonameid"] == "900009"
    assert (event["latitude"], event["longitude"], event["admin1"]) == (34.687, 40.839, "Deir ez-Zor")


def test_a_chosen_place_sets_location_admin_names_and_coordinates(stored) -> None:
    event = stored(STRIKE, geonameid="900003")  # Sarmada, Idlib
    assert (event["location"], event["admin1"], event["country"]) == ("Sarmada", "Idlib", "Syria")
    assert (event["latitude"], event["longitude"]) == (36.178, 36.722)


def test_coordinates_the_reviewer_types_win_over_the_gazetteer(stored) -> None:
    event = stored(STRIKE, location="Hajin", latitude=34.7, longitude=40.85)
    assert (event["latitude"], event["longitude"], event["geonameid"]) == (34.7, 40.85, "900009")


def test_a_location_the_gazetteer_lacks_is_kept_without_a_place_id(stored) -> None:
    event = stored(STRIKE, location="Wadi Nowhere", latitude=34.9, longitude=40.5)
    assert (event["location"], event["geonameid"], event["latitude"]) == ("Wadi Nowhere", None, 34.9)


def test_an_unknown_place_id_is_refused(stored) -> None:
    with pytest.raises(InputError, match="no place '999' in the gazetteer"):
        stored(STRIKE, geonameid="999")


def test_a_movements_origin_gets_its_coordinates(stored) -> None:
    event = stored(STRIKE, origin_location="Manbij")
    assert (event["origin_location"], event["origin_latitude"], event["origin_longitude"]) == (
        "Manbij", 36.526, 37.956)


def test_time_precision_is_editable(stored) -> None:
    assert stored(STRIKE, time_precision=3)["time_precision"] == 3


def test_an_unknown_event_type_is_refused_with_acleds_list(stored) -> None:
    with pytest.raises(InputError, match="unknown event type 'Banana'; ACLED's event types: Battles"):
        stored(STRIKE, event_type="Banana")


def test_an_unknown_sub_event_type_is_refused(stored) -> None:
    with pytest.raises(InputError, match="unknown sub-event type 'Banana split'"):
        stored(STRIKE, sub_event_type="Banana split")


def test_a_sub_type_of_another_type_is_refused(stored) -> None:
    with pytest.raises(InputError, match="'Arrests' is not one of Battles; choose one of: Armed clash"):
        stored(STRIKE, event_type="Battles", sub_event_type="Arrests")


def test_a_new_type_needs_one_of_its_sub_types(stored) -> None:
    with pytest.raises(InputError, match="'Air/drone strike' is not one of Battles"):
        stored(STRIKE, event_type="Battles")


def test_a_sub_type_alone_sets_its_type_and_disorder_follows(stored) -> None:
    event = stored(STRIKE, sub_event_type="Peaceful protest")
    assert event["event_type"] == "Protests"
    assert acled(event)["disorder_type"] == "Demonstrations"


def test_a_refused_edit_changes_nothing(store, stored) -> None:
    with pytest.raises(InputError):
        stored(STRIKE, actor1="HTS", event_type="Banana")
    event = store.get_event(STRIKE)
    assert event["actor1"] == "Military Forces of Russia" and event["event_type"] == "Explosions/Remote violence"


def test_acleds_list_has_every_type_and_sub_type_once() -> None:
    types = acled_types()
    assert list(types) == ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                           "Riots", "Strategic developments"]
    subs = [sub for group in types.values() for sub in group]
    assert len(subs) == len(set(subs)) == 25


def test_a_location_the_gazetteer_lacks_drops_the_old_coordinates(stored) -> None:
    event = stored(STRIKE, location="Wadi Nowhere")
    assert (event["geonameid"], event["latitude"], event["longitude"]) == (None, None, None)


def test_an_origin_the_gazetteer_lacks_drops_the_old_coordinates(stored) -> None:
    stored(STRIKE, origin_location="Manbij")
    event = stored(STRIKE, origin_location="Wadi Nowhere")
    assert (event["origin_latitude"], event["origin_longitude"]) == (None, None)
