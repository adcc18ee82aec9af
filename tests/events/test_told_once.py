"""One act told twice is one event: a lede placed only by its wire dateline and the act told where it happened
(rule lede-at-dateline), a withdrawal told beside the handover it was part of (rule development-once); and a span of
months with one year told after the last is all in that year (rule months-share-year), so fighting told of it is
history. Reports written for these tests; places from the hand-made gazetteer of test_segmentation, actors from
test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from datetime import date

from marsad.events.dates import find_dates
from tests.events.test_second_act_at_place import code as code_published


def code(text: str, published: date | None = date(2024, 5, 17)) -> list:
    return code_published(text, published)


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None,
                   d.date.value.isoformat() if d.date and d.date.value else None) for d in code(text))


# --- a lede placed only by its dateline (rule lede-at-dateline) -------------------------------------------------


def test_a_lede_at_the_dateline_is_the_act_the_body_locates() -> None:
    text = ("Soldiers killed in desert attack\n"
            "KIRKUK, May 17 (Wire) - ISIS killed three soldiers in an attack in the desert, the ministry said Friday.\n"
            "ISIS fighters opened fire on an army patrol near Dibis on Thursday, the ministry said.\n")
    assert events(text) == [("Armed clash", "Dibis", "2024-05-16")]
    assert "lede-at-dateline" in code(text)[0].rules


def test_a_lede_with_its_own_place_stays_where_it_is() -> None:
    # the lede names its town: a second attack elsewhere is another act, not the lede told again
    text = ("Two attacks on soldiers\n"
            "KIRKUK, May 17 (Wire) - ISIS attacked an army patrol in Qara Tepe on Thursday, the ministry said.\n"
            "ISIS fighters also opened fire on an army post near Dibis on Thursday.\n")
    assert [d.place.text for d in code(text)] == ["Qara Tepe", "Dibis"]
    assert not any("lede-at-dateline" in d.rules for d in code(text))


def test_an_act_of_another_type_does_not_locate_the_lede() -> None:
    text = ("Soldiers killed\n"
            "KIRKUK, May 17 (Wire) - ISIS killed three soldiers in an attack in the desert, the ministry said.\n"
            "Police arrested two men near Dibis on Thursday.\n")
    assert events(text) == [("Armed clash", "KIRKUK", "2024-05-17"), ("Arrests", "Dibis", "2024-05-16")]


# --- a withdrawal beside the handover it served (rule development-once) -----------------------------------------


def test_a_withdrawal_told_beside_a_handover_is_part_of_it() -> None:
    text = ("The SDF hands a town to the army\n"
            "The SDF handed over Saraqib to the army on Thursday under a deal, officials said.\n"
            "Dozens of SDF fighters withdrew from their posts in the morning, a witness said.\n")
    assert events(text) == [("Non-violent transfer of territory", "Saraqib", "2024-05-16")]
    assert "development-once" in code(text)[0].rules


def test_a_withdrawal_on_another_day_stays_apart() -> None:
    text = ("The SDF hands a town to the army\n"
            "The SDF handed over Saraqib to the army on Thursday under a deal, officials said.\n"
            "On Friday, the SDF withdrew its fighters from Harim.\n")
    found = [d for d in code(text) if d.coding.event_type == "Strategic developments"]
    assert len(found) == 2 and not any("development-once" in d.rules for d in found)


# --- months told together share the year told after the last (rule months-share-year) ----------------------------


def test_months_told_together_share_the_year_told_after_them() -> None:
    found = find_dates("The town saw weeks of fighting in August and September 2023.", date(2024, 5, 17))
    assert [(d.text, d.value) for d in found] == [("in August", date(2023, 8, 1)), ("September 2023", date(2023, 9, 1))]
    found = find_dates("Clashes raged in December and January 2021.", date(2024, 5, 17))
    assert found[0].value == date(2020, 12, 1)


def test_a_month_told_apart_from_a_year_keeps_the_reports_year() -> None:
    found = find_dates("In March, clashes hit the town; in April 2021 a truce held.", date(2024, 5, 17))
    assert found[0].value == date(2024, 3, 1)


def test_fighting_told_of_months_of_a_past_year_is_history() -> None:
    text = ("Gunmen attack a post\n"
            "Gunmen attacked an army post in Saraqib on Thursday, killing two soldiers.\n"
            "The area saw weeks of fighting between Regime forces and tribal fighters in March and April 2023.\n")
    assert events(text) == [("Armed clash", "Saraqib", "2024-05-16")]


# --- strikes told only as the setting of a battle (rule air-support-of-battle) ----------------------------------


def test_air_raids_told_as_the_setting_of_a_battle_are_its_support() -> None:
    text = ("Reports from the front\nClashes broke out between Regime forces and ISIS in Saraqib amid air raids on the "
            "area.\n")
    assert [(t, p) for t, p, _ in events(text)] == [("Armed clash", "Saraqib")]
    assert "air-support-of-battle" in code(text)[0].rules


def test_air_raids_with_a_toll_of_their_own_stay_apart() -> None:
    text = ("Reports from the front\nClashes broke out between Regime forces and ISIS in Saraqib amid air raids on the "
            "area killing a fighter.\n")
    assert [(t, p) for t, p, _ in events(text)] == [("Air/drone strike", "Saraqib"), ("Armed clash", "Saraqib")]


def test_air_raids_on_a_place_of_their_own_stay_apart() -> None:
    text = ("Reports from the front\nClashes broke out between Regime forces and ISIS in Saraqib, while warplanes "
            "struck Harim.\n")
    assert sorted((t, p) for t, p, _ in events(text)) == [("Air/drone strike", "Harim"), ("Armed clash", "Saraqib")]
