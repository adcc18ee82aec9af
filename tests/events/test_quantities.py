import pytest

from marsad.events import quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("clashes broke out, killing 3 members of the faction and injuring others.", 3),
        ("Two civilians were killed and five injured in the shelling.", 2),
        ("the militiamen shot the young man dead", 1),
        ("gunmen shot and killed a policeman", 1),
        ("tens of fighters were killed", 10),
        ("dozens of people were killed", 12),
        ("hundreds of people died", 100),
        ("He died later on 27th of March from his wounds.", 1),
        ("Unknown number of fatalities coded as 10.", 10),
        ("Unspecified fatalities coded to 10.", 10),
        ("3 fatalities spread across 3 events.", 3),
        ("1 fatality.", 1),
        ("killing four, while other sources said six members were killed", 4),
    ],
)
def test_fatalities(text, expected):
    count = quantities.fatalities(text)
    assert count is not None and count.value == expected


@pytest.mark.parametrize("text", ["Five people were injured in the blast.", "Casualties unknown.",
                                  "There were no fatalities.", "wounding two members"])
def test_injuries_are_not_fatalities(text):
    assert quantities.fatalities(text) is None


def test_stated_total_overrides_narrative():
    assert quantities.fatalities("killing two members and wounding others. 3 fatalities.").value == 3


def test_other_counts():
    assert quantities.injured("injuring 4 civilians").value == 4
    assert quantities.detained("security forces arrested 5 young men").value == 5
    assert quantities.vehicles("a convoy of 50 trucks arrived").value == 50
    assert quantities.fighters("Tens of members of the militia arrived").value == 10


def test_evidence_offsets():
    text = "A shell fell, killing 2 children in the market."
    count = quantities.fatalities(text, offset=100)
    assert text[count.evidence.start - 100:count.evidence.end - 100] == count.evidence.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unknown fatalities coded as 10. Total fatalities coded as 7.", 7),
        ("the death of 4 QSD fighters. Unknown number coded as 10 for a total of 14 fatalities.", 14),
        ("Clashes resulted in the killing of 19 fighters. Total fatalities 26.", 26),
        ("Coded 9 fatalities.", 9),
        ("Unknown fatalities assumed to be 10.", 10),
        ("clashes, resulting in the death of 2 rebel fighters.", 2),
        ("gunmen opened fire and killed 2 National Liberation Front leaders", 2),
        ("YPG forces clashed with faction fighters, killing 4 of the latter.", 4),
    ],
)
def test_stated_totals_and_other_phrasings(text, expected):
    assert quantities.fatalities(text).value == expected


@pytest.mark.parametrize(
    ("text", "total", "place", "expected"),
    [
        ("Unknown fatalities coded as 10, distributed across two locations.", 10, None, 5),
        ("3 fatalities spread across 3 events.", 3, None, 1),
        ("Fatalities split between the two events with 3 coded to each location.", 6, None, 3),
        ("Split fatalities between events in Tell Hamra, and Kafr Nouran.", 10, None, 5),
        ("Fatalities are coded as ten and split as follows: Tell Hamra four, Kafr Nouran three, and Bir Issa three.",
         10, "Kafr Nouran", 3),
        ("Unknown fatalities coded as 10.", 10, None, None),
    ],
)
def test_share_of_a_coders_figure(text, total, place, expected):
    assert quantities.share(text, total, place) == expected


@pytest.mark.parametrize("hint, patterns", [
    ("_TOTAL_WORDS", "_TOTAL_PATTERNS"), ("_INJURY_WORDS", "_INJURED_PATTERNS"),
    ("_DETENTION_WORDS", "_DETAINED_PATTERNS"),
])
def test_each_pattern_holds_a_word_of_its_first_look(hint, patterns):
    """The cheap first look skips a text without one of its words: every pattern of the list must require one, or
    figures it finds would be lost (speed must not change what is counted)."""
    words = getattr(quantities, hint).pattern.split("|")
    for pattern in getattr(quantities, patterns):
        assert any(word in pattern.pattern for word in words), pattern.pattern[:80]


def test_first_looks_keep_the_figures():
    assert quantities.injured("Shelling wounded three civilians in the town").value == 3
    assert quantities.detained("Security forces rounded up five young men").value == 5
    assert quantities.fatalities("Total fatalities coded as 7; 2 fatalities in the first strike").value == 7
    assert quantities.injured("Shelling killed three civilians in the town") is None
