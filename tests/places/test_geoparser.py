from __future__ import annotations

import spacy

from marsad.places.component import PlaceResolver
from marsad.places.geoparser import Geoparser

REPORT = (
    "Deir Ezzor province – Syrian Observatory for Human Rights: Reliable sources in Al-Bokamal city in the "
    "eastern countryside of Deir Ezzor have told SOHR that members of the "
    "“Al-Haj Qassem Soleimani Regiment”, "
    "formed in Nebl and Al-Zahraa areas in the northern countryside of Aleppo, arrived near Theeban. "
    "On May 3, commander Ali Hussein met elders in the city of Mayadeen."
)


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_finds_and_resolves_variant_spellings(small_gazetteer):
    found = by_text(Geoparser(small_gazetteer).parse(REPORT, context_place="Deir Ezzor"))
    assert found["Al-Bokamal"].place.geonameid == "1002"
    assert found["Nebl"].place.geonameid == "1005"
    assert found["Mayadeen"].place.geonameid == "1003"
    assert found["Theeban"].place.geonameid in {"1009"}
    assert found["Theeban"].geo_precision == 2 and found["Theeban"].relation == "near"


def test_countryside_of_a_governorate_is_region_level(small_gazetteer):
    found = by_text(Geoparser(small_gazetteer).parse(REPORT))
    deir = found["Deir Ezzor"]
    assert deir.relation == "countryside" and deir.direction == "eastern" and deir.geo_precision == 3
    assert deir.place.feature_code == "ADM1" and deir.place.latitude == 35.336  # the capital's point
    assert found["Aleppo"].direction == "northern"


def test_ambiguous_name_resolved_by_context(small_gazetteer):
    parser = Geoparser(small_gazetteer)
    north = by_text(
        parser.parse("Clashes in Nubl and Al-Zahraa areas in the northern countryside of Aleppo.")
    )
    assert north["Al-Zahraa"].place.geonameid == "1006"
    candidates = {c.place.geonameid for c in north["Al-Zahraa"].resolution.candidates}
    assert candidates == {"1006", "1007"}  # both kept for review
    south = by_text(parser.parse("Shelling hit Al-Zahraa village.", context_place="Homs"))
    assert south["Al-Zahraa"].place.geonameid == "1007"


def test_governorate_context_beats_spelling_alone(small_gazetteer):
    found = by_text(
        Geoparser(small_gazetteer).parse(
            "A QSD member was killed near Sur town in eastern Deir Ezzor countryside."
        )
    )
    assert found["Sur"].place.geonameid == "1010"


def test_no_places_from_people_actors_months(small_gazetteer):
    found = by_text(Geoparser(small_gazetteer).parse(REPORT))
    assert not {"Qassem Soleimani", "Soleimani", "Ali Hussein", "May", "Syrian Observatory", "Hussein"} & set(
        found
    )


def test_arabic_text(small_gazetteer):
    found = by_text(Geoparser(small_gazetteer).parse("قصف على مدينة البوكمال وريف دير الزور"))
    assert found["البوكمال"].place.geonameid == "1002"


def test_same_text_same_output(small_gazetteer):
    parser = Geoparser(small_gazetteer)
    assert parser.parse(REPORT) == parser.parse(REPORT)


def test_component_on_blank_pipeline(small_gazetteer):
    nlp = spacy.blank("en")
    nlp.add_pipe("marsad_places")
    component = nlp.get_pipe("marsad_places")
    assert isinstance(component, PlaceResolver)
    component._geoparser = Geoparser(small_gazetteer)
    doc = nlp("Clashes broke out in Al-Bukamal city.")
    assert [m.place.geonameid for m in doc._.places] == ["1002"]
