"""Invented SOHR-style reports for the scale tests: places and actors Marsad knows, two events each."""

from __future__ import annotations

from datetime import date

from marsad.types import Report

SOURCE = "Syrian Observatory for Human Rights"

# Invented reports in the SOHR manner: places and actors Marsad knows, several events each.
TEXTS = {
    "sohr-mayadin": (
        "Deir Ezzor Province – Syrian Observatory for Human Rights: ISIS cells attacked a checkpoint of "
        "regime forces near Al-Mayadeen city on Monday, killing four soldiers. Meanwhile, Russian warplanes "
        "carried out airstrikes on ISIS positions in the desert near Al-Bokamal."
    ),
    "sohr-idlib": (
        "Idlib Province – Syrian Observatory for Human Rights: Regime forces shelled Kansafra and Al-Bara "
        "villages in Jabal Al-Zawiya in the southern countryside of Idlib, killing a child. HTS fighters "
        "targeted regime positions in Kafr Nabl with rocket launchers."
    ),
    "sohr-daraa": (
        "Daraa Province – Syrian Observatory for Human Rights: ISIS cells detonated an explosive device near "
        "a military vehicle of regime forces on the road between Nawa and Jasim in the western countryside "
        "of Daraa, injuring three soldiers. Gunmen shot dead a former opposition fighter in Tafas city."
    ),
    "sohr-manbij": (
        "Aleppo Province – Syrian Observatory for Human Rights: Turkish forces shelled villages near Manbij "
        "in the eastern countryside of Aleppo, where SDF fighters are deployed. Clashes erupted between "
        "Turkish-backed factions and Manbij Military Council near Arima."
    ),
    "sohr-raqqa": (
        "Raqqa Province – Syrian Observatory for Human Rights: SDF forces arrested five people in a raid on "
        "Al-Karama town in the eastern countryside of Raqqa. Residents protested in Raqqa city against "
        "the rising prices of fuel."
    ),
    "sohr-homs": (
        "Homs Province – Syrian Observatory for Human Rights: ISIS cells ambushed a bus of regime soldiers "
        "in the Badia near Palmyra, killing seven soldiers. Russian warplanes carried out more than 20 "
        "airstrikes on the desert of Homs."
    ),
}


def make_reports(prefix: str = "") -> list[Report]:
    return [
        Report(doc_id=f"{prefix}{doc_id}", text=text, title=text.split(":")[0], published=date(2024, 3, 5),
               source=SOURCE, dateline_place=text.split(" – ")[0], dateline_source=SOURCE,
               origin=f"reports/{doc_id}.txt")
        for doc_id, text in TEXTS.items()
    ]
