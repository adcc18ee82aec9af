"""A coder's note that tells its act "in an unspecified location in X" (ACLED's words for a place it does not know
inside a town or governorate it does) places the event at X, whatever other names the note gives (a brand of bread,
a person's surname, a village the suspects came from). Notes written for these tests; coded with no language model
and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

import pytest

from tests.events import handmade

PLACES = [handmade.place("Kut", 32.51, 45.82), handmade.place("Rafidain", 32.4, 44.6),
          handmade.place("Qasri", 35.9, 44.0), handmade.place("Hawija", 35.32, 43.76)]
REPORTS = handmade.Reports("", PLACES)


@pytest.mark.parametrize("note", [
    "On 4 June 2025, police arrested three smugglers with pills packed in 'Rafidain' tea boxes in an unspecified "
    "location in Kut.",
    "On 9 June 2025, police arrested the network's financier (Omar Qasri) and two of his aides in an unspecified "
    "location in Kut.",
    "On 2 March 2024, the army arrested two suspects from Hawija in unspecified locations of Kut.",
])
def test_an_unspecified_location_in_a_place_is_that_place(note):
    analysis, drafts = REPORTS.code(note)
    assert [d.place.text for d in drafts] == ["Kut"]
    assert "unspecified-location" in drafts[0].rules


def test_a_note_without_those_words_keeps_its_own_place():
    analysis, drafts = REPORTS.code("On 2 March 2024, the army arrested two suspects in Hawija near Kut.")
    assert "unspecified-location" not in drafts[0].rules


# --- a means presumed for an act told (rule presumed-means) ---------------------------------------------------

@pytest.mark.parametrize(("note", "sub_event_type"), [
    ("On 11 June 2025, the army hit a hideout of militants near Hawija via unspecified means (presumed to be "
     "Airstrike), killing four.", "Air/drone strike"),
    ("On 2 May 2024, the army killed two militants by unspecified means (likely artillery shelling) near Hawija.",
     "Shelling/artillery/missile attack"),
])
def test_a_means_presumed_for_an_act_told_types_the_act(note, sub_event_type):
    analysis, drafts = REPORTS.code(note)
    assert [d.coding.sub_event_type for d in drafts] == [sub_event_type]
