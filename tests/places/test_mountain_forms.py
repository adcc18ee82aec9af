"""A mountain named in any of the ways reports write it (rule `mountain-name-forms`), a title-opened run before
"area" (a place, not a man), and an acronym after a capitalised article (rule `article-before-acronym`).
Hand-made gazetteer, invented villages; the mountains are Marsad's own entries (marsad/data/places), built into
every index."""

from __future__ import annotations

from marsad.places.mountain_names import mountain_variants

from .conftest import places_in

ROWS = [
    ("4201", "Ḩimş", "Hims", "Homs", 34.727, 36.723, "PPLA", "SY", "11", 700000),
    ("4202", "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor", 35.336, 40.141, "PPLA", "SY", "07", 240000),
    # villages spelled like a mountain's bare name, far from it
    ("4203", "Ash Shā‘ir", "Ash Sha'ir", "Shaer,Al-Shaer", 35.90, 40.90, "PPL", "SY", "07", 0),
    ("4204", "Bishrī", "Bishri", "Bishri", 36.30, 40.70, "PPL", "SY", "07", 0),
    # a village that bears a man's name with a title, and one spelled like an acronym
    ("4205", "Ḩājj Nāṣir", "Hajj Nasir", "Haj Naser,Haji Nasir", 36.10, 37.50, "PPL", "SY", "09", 0),
    ("4206", "Īsīs", "Isis", "Isis", 35.00, 38.00, "PPL", "SY", "11", 0),
    ("4207", "An Nūrīyah", "An Nuriyah", "An Nuriyah", 35.10, 38.10, "PPL", "SY", "11", 0),
]
ADMIN1 = [("SY.07", "Deir ez-Zor"), ("SY.09", "Aleppo"), ("SY.11", "Homs")]

FORMS = {"feature_codes": ["MT"], "prefixes": ["Jabal", "Mount"], "suffixes": ["mountain", "mountains"]}


def test_a_mountain_name_gets_the_other_forms_with_and_without_its_article():
    variants = mountain_variants(["Jabal al-Nur"], "MT", FORMS)
    assert {"Mount Nur", "Mount al-Nur", "Nur mountain", "al-Nur mountains", "Jabal Nur"} <= set(variants)
    assert "Jabal al-Nur" not in variants  # a form the entry lists is not repeated
    assert set(mountain_variants(["Nur Mountains"], "MT", FORMS)) == {"Jabal Nur", "Mount Nur", "Nur mountain"}


def test_names_without_a_mountain_word_or_of_another_kind_get_none():
    assert mountain_variants(["Nur"], "MT", FORMS) == []
    assert mountain_variants(["Jabal al-Nur"], "GASF", FORMS) == []
    assert mountain_variants(["Mount"], "MT", FORMS) == []


def test_a_mountain_is_found_by_a_form_its_entry_does_not_list(parser):
    found = places_in(parser, "Gunmen attacked a post on Mount Shaer, east of Homs, on Monday.")
    assert found["Mount Shaer"].place.geonameid == "marsad:shaer-mountains"
    found = places_in(parser, "Shepherds were killed near Jebel Shaer east of Homs.")
    assert found["Jebel Shaer"].place.geonameid == "marsad:shaer-mountains"
    found = places_in(parser, "Jets struck caves on Mount Bishri in Deir ez-Zor.")
    assert found["Mount Bishri"].place.geonameid == "marsad:jabal-bishri"


def test_a_titled_run_before_area_is_a_place_and_a_titled_man_is_not(parser):
    found = places_in(parser, "Artillery shelled the Haj Naser area north of Aleppo.")
    assert found["Haj Naser"].place.geonameid == "4205"
    assert "Haj Naser" not in places_in(parser, "Haj Naser said the shells fell near Aleppo.")


def test_an_acronym_after_an_article_is_no_place(parser):
    found = places_in(parser, "HOMS - An ISIS cell attacked a checkpoint on Monday.")
    assert not any(m.place.geonameid == "4206" for m in found.values())
    # an article before a name in the usual case still opens it
    assert places_in(parser, "Shells fell near An Nuriyah village in Homs.")["An Nuriyah"].place.geonameid == "4207"


def test_a_name_that_opens_a_longer_camp_name_is_no_place(parser):
    # rule name-inside-facility: "Homs" is only the first word of a camp the gazetteer lacks
    found = places_in(parser, "A fire broke out in the Homs al-Amal camp near Deir ez-Zor.")
    assert "Homs" not in found and "Deir ez-Zor" in found
    assert "Homs" in places_in(parser, "A fire broke out in a camp in Homs.")
