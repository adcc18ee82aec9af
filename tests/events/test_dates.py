from datetime import date

import pytest

from marsad.events.dates import find_dates

PUBLISHED = date(2021, 2, 8)  # a Monday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("On 12 January 2022, clashes took place.", date(2022, 1, 12), 1),
        ("On January 12, 2022 clashes took place.", date(2022, 1, 12), 1),
        ("On February 3, the commander met the elders.", date(2021, 2, 3), 1),
        ("On 3rd of February the commander met the elders.", date(2021, 2, 3), 1),
        ("Clashes erupted yesterday in the town.", date(2021, 2, 7), 1),
        ("At dawn today, a drone struck a car.", date(2021, 2, 8), 1),
        ("On Friday, gunmen attacked a checkpoint.", date(2021, 2, 5), 1),
        ("Two days ago a mine exploded.", date(2021, 2, 6), 1),
        ("Last week, the militia arrived.", date(2021, 2, 1), 2),
        ("Around 11 March 2024 (week of), police detained a man.", date(2024, 3, 11), 2),
        ("In March 2024, the group was formed.", date(2024, 3, 1), 3),
        ("The regiment was established a few months ago.", None, 3),
    ],
)
def test_resolves_against_publication(text, value, precision):
    found = find_dates(text, PUBLISHED)
    assert found, text
    assert (found[0].value, found[0].time_precision) == (value, precision)


def test_day_after_publication_falls_in_previous_year():
    assert find_dates("On December 30, a strike hit.", date(2021, 1, 5))[0].value == date(2020, 12, 30)


@pytest.mark.parametrize("text", ["Clashes erupted yesterday.", "On Monday gunmen attacked.", "On February 3, x."])
def test_relative_date_without_publication_is_none_never_today(text):
    found = find_dates(text, None)
    assert found and found[0].value is None


def test_offsets_point_at_the_expression():
    text = "Reports said that on 4 May 2022 shelling hit the town."
    found = find_dates(text, None)[0]
    assert text[found.start:found.end] == found.text == "4 May 2022"


def test_may_the_month_is_not_missed_and_numbers_are_not_dates():
    assert find_dates("On May 4, 2022 a drone struck.", None)[0].value == date(2022, 5, 4)
    assert find_dates("The convoy of 40 trucks arrived.", None) == []


def test_last_weekday_on_that_weekday_is_a_week_before():
    sunday = date(2021, 2, 7)
    assert find_dates("Last Sunday, a drone struck a car.", sunday)[0].value == date(2021, 1, 31)
    assert find_dates("On Sunday, a drone struck a car.", sunday)[0].value == sunday


def test_the_same_day_is_the_day_last_told():
    text = "On 3 May 2022 gunmen attacked a post. On the same day, a mine went off."
    assert [d.value for d in find_dates(text, date(2022, 5, 20))] == [date(2022, 5, 3), date(2022, 5, 3)]
    assert find_dates("On the same day, a mine went off.", date(2022, 5, 20))[0].value == date(2022, 5, 20)


def test_a_day_counted_from_the_day_told_before_it():
    text = "Clashes broke out on Monday. They went on the next day. Three days later, a drone struck the town."
    found = find_dates(text, date(2024, 5, 17))
    assert [(d.text, d.value) for d in found] == [("on Monday", date(2024, 5, 13)), ("the next day", date(2024, 5, 14)),
                                                  ("Three days later", date(2024, 5, 17))]


def test_a_day_counted_from_nothing_told_is_a_day_of_its_own_unresolved():
    found = find_dates("The fighting resumed the following morning.", date(2024, 5, 17))
    assert [(d.text, d.value, d.time_precision) for d in found] == [("the following morning", None, 1)]


def test_a_month_of_last_year_is_that_month_a_year_before() -> None:
    published = date(2024, 10, 28)
    assert [d.value for d in find_dates("In October last year, jets hit it.", published)] == [date(2023, 10, 1)]
    assert [d.value for d in find_dates("In March of last year, jets hit it.", published)] == [date(2023, 3, 1)]
    assert [d.value for d in find_dates("In March, jets hit it.", published)] == [date(2024, 3, 1)]
