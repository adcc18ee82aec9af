"""The shortcuts of the speed work answer exactly as the plain computation does, and keep nothing a caller can change.

Each shortcut skips work only where the work could find nothing (a cheap look for the words a pattern needs) or
remembers an answer that cannot change (a pure function of its arguments); these tests hold them to that.
"""

from datetime import date

import pytest

from marsad.actors.discover import normalise_name
from marsad.actors.tokens import _POSSESSIVE, _WORD, ARTICLES, Token, tokenize, word_key
from marsad.events import dates
from marsad.events.background import _CLAUSE_BREAK, _YEARS_AGO, _clause_breaks, _clause_of, _years_ago
from marsad.geo import distance_km
from marsad.places.operations import _any_operation, _operations

# invented sentences, each with the words of one or more of the date patterns (and some with none)
TEXTS = [
    "On Monday, gunmen attacked a checkpoint near the village; two days ago a drone struck the same road.",
    "Earlier today the army shelled the hills, and tonight the shelling went on for an hour.",
    "The same day, a second convoy was hit. The day before yesterday, a raid took place at dawn.",
    "Clashes broke out last week and again a few days ago; in recent days the front was calm.",
    "Three months ago the group took the town, and recently it lost it, sources said last month.",
    "At the end of last year, a court sentenced five men. At the beginning of this month, two were freed.",
    "Around 3 March, 2024 (week of) an attack happened. In early May 2023 (month of) protests were held.",
    "On 12 June 2024 rebels killed three soldiers; on June 14 they withdrew, and by July 2024 they were gone.",
    "A few minutes ago an explosion was heard; this morning and this afternoon the streets were empty.",
    "Yesterday and last night, drones flew over the city; on Sunday they struck a depot.",
    "Residents said nothing happened in the district during the week, with no casualties.",
    "No date here at all: fighters moved between two villages and set up a position.",
    "In 2014 the group seized the area; since 2019 it has lost it, the 2020 elections aside.",
    "ON TUESDAY, TWO DAYS AGO, THE SAME NIGHT: THE REPORT SHOUTS ITS DATES.",
    "Sunday's raid was the first since the ceasefire, in the past few days; the next day, a second one.",
    "Ağır çatışmalar on Friday near the border, a week ago (Turkish words: not ASCII).",
]


def test_every_match_of_a_needled_pattern_holds_one_of_its_needles():
    patterns = dict(dates._PATTERNS)
    seen = set()
    for kind, needles in dates._NEEDLES.items():
        for text in TEXTS:
            for match in patterns[kind].finditer(text):
                assert any(needle in match.group(0).lower() for needle in needles), (kind, match.group(0))
                seen.add(kind)
    assert seen == set(dates._NEEDLES)  # every needled pattern was met at least once


# invented sentences naming months in the ways the month patterns read them (and months' letters in other words)
MONTH_TEXTS = [
    "On the 31st of December 2023 the market in Marjan was hit; on 2nd of May, 2024, and on March 3, 2024 again.",
    "In midMarch and in mid-April the decision was made; since early June of last year nothing moved.",
    "Fighting went on by the end of   October last year, and at the beginning of Sept. the army came back.",
    "The markets of Octavia reopened in Decatur; Mayor Junaid said the Augustan monument stood (no month here).",
    "Around 3 March, 2024 (week of) an attack happened. In early May 2023 (month of) protests were held.",
    "On 12 June 2024 rebels killed three soldiers; on June 14 they withdrew, and by July 2024 they were gone.",
    "In January, the group said; on 5 Feb. the town fell, and in the middle of November it was retaken.",
]


@pytest.mark.parametrize("shortcut", ["_NEEDLES", "_MONTH_LEADS"])
@pytest.mark.parametrize("text", TEXTS + MONTH_TEXTS)
def test_dates_with_and_without_each_shortcut_are_the_same(text, shortcut, monkeypatch):
    """The needles a pattern's match must hold, and the month named near its start, only skip work."""
    found = dates.find_dates(text, date(2024, 6, 20))
    monkeypatch.setattr(dates, shortcut, {})
    assert dates.find_dates(text, date(2024, 6, 20)) == found


def test_every_match_of_a_month_pattern_begins_its_month_within_the_lead():
    patterns = dict(dates._PATTERNS)
    seen = set()
    for kind, lead in dates._MONTH_LEADS.items():
        for text in TEXTS + MONTH_TEXTS:
            for match in patterns[kind].finditer(text):
                named = dates._MONTH_NAMED.search(text, match.start())  # the first month named from the match on
                assert named is not None and named.start() < match.end(), (kind, match.group(0))
                assert lead is None or named.start() - match.start() <= lead, (kind, match.group(0))
                seen.add(kind)
    assert seen == set(dates._MONTH_LEADS)  # every month pattern was met at least once
    assert dates._MONTH_NAMED.search(MONTH_TEXTS[3]) is None  # months' letters inside other words name none


def test_years_are_found_afresh_for_each_caller():
    text = TEXTS[12]
    first = dates.find_years(text)
    assert [y.year for y in first] == [2014, 2019, 2020]
    first.append("changed")  # a caller's change does not reach the next caller
    assert [y.year for y in dates.find_years(text)] == [2014, 2019, 2020]
    assert dates.find_years(text, 0, 20) == [y for y in dates.find_years(text) if y.end <= 20]
    assert dates.find_years(TEXTS[11]) == []  # no year's digits: nothing (without running the pattern)
    digits = "in 2020s houses, from 1999 on, at 2019-05-01"  # year's digits: the pattern runs, as before
    assert dates.find_years(digits) == list(dates._years_in(digits, 0, len(digits)))
    assert [y.year for y in dates.find_years(digits)] == [1999]


def test_a_sentences_clauses_and_years_ago_are_what_the_patterns_find():
    text = "Gunmen, who came at night, attacked the post, which two years ago was taken, while a year ago it fell."
    assert _clause_breaks(text, 0, len(text)) == tuple(m.start() for m in _CLAUSE_BREAK.finditer(text))
    assert _years_ago(text, 0, len(text)) == tuple(m.start() for m in _YEARS_AGO.finditer(text))
    # "attacked the post" lies between the comma after "night" and the comma before "which"
    assert _clause_of(text, (0, len(text)), text.index("attacked")) == (text.index(", attacked"), text.index(", which"))


def test_an_operation_is_looked_for_only_where_one_is_named():
    for patterns_and_towns in _operations():
        pattern = patterns_and_towns[0]
        name = pattern.pattern.split("(?:", 1)[1].split("|")[0].split(")")[0].replace("\\", "")
        text = f"Fighters operating under {name} shelled a village."
        assert pattern.search(text) and _any_operation().search(text), name
    for text in TEXTS:
        assert bool(_any_operation().search(text)) == any(p.search(text) for p, _ in _operations())


def test_a_remembered_distance_is_the_distance():
    assert distance_km(36.2, 37.1, 36.2, 37.1) == 0.0
    assert round(distance_km(36.2, 37.16, 35.93, 39.01), 3) == round(distance_km(35.93, 39.01, 36.2, 37.16), 3)
    assert 160 < distance_km(36.2, 37.16, 35.93, 39.01) < 175  # Aleppo to Raqqa


def test_name_and_token_shortcuts_answer_as_before():
    assert normalise_name("  “al-sheikh  maqsoud” ") == "Al-sheikh Maqsoud"
    assert normalise_name("ahrar al-sham") == normalise_name("ahrar al-sham") == "Ahrar al-sham"
    text = "The SDF's fighters and al Hamza's men met the Army’s patrol; Ra's al-Ain's people, el-Bab's"
    tokens = tokenize(text)
    assert [t.text for t in tokens][:4] == ["The", "SDF", "fighters", "and"]
    plain = []  # the loop tokenize ran before its words were remembered
    for match in _WORD.finditer(text):
        word, end = match.group(), match.end()
        possessive = _POSSESSIVE.search(word)
        if possessive:
            word, end = word[: possessive.start(1)], end - len(possessive.group(1))
        plain.append(Token(match.start(), end, word, word_key(word), word.lower() in ARTICLES, word.lower()))
    assert tokens == plain
    assert tokenize(text) == plain  # asked again, from the memory


COUNT_TEXTS = TEXTS + [
    "Gunmen killed two farmers and a shepherd; three fatalities were coded, a total of 4 deaths.",
    "The death toll rose to 12 after 3 bodies were found; an unknown number of fatalities, coded as 10.",
    "A young man was killed and two civilians died when a shell hit the market, leaving 4 dead.",
    "Killing 3 members of the guard, the attack led to the death of a colonel. Five men were slain.",
]


def test_fatality_patterns_skipped_only_where_their_words_are_missing() -> None:
    from marsad.events import quantities

    def counts(text: str, needed: dict) -> list:
        saved = dict(quantities._NEEDED)
        quantities._NEEDED.clear()
        quantities._NEEDED.update(needed)
        try:
            return quantities._counts(quantities._FATALITY_PATTERNS, text, 7, tallies=False)
        finally:
            quantities._NEEDED.clear()
            quantities._NEEDED.update(saved)

    assert quantities._NEEDED  # the shortcut is in place
    for text in COUNT_TEXTS:
        assert counts(text, dict(quantities._NEEDED)) == counts(text, {})
    assert sum(bool(counts(t, {})) for t in COUNT_TEXTS) >= 4
    for pattern, needed in quantities._NEEDED.items():  # every match holds the words
        for text in COUNT_TEXTS:
            assert all(needed.search(m.group(0)) for m in pattern.finditer(text))


def test_a_remembered_rule_answer_is_the_patterns():
    from marsad.events.rules import load_rules

    texts = ["the army shelled the town", "Gunmen killed two farmers", "", "protesters gathered in the square"]
    for found in load_rules().values():
        if found.pattern is None:
            continue
        for text in texts * 2:  # the second round answers from the memory
            for asked, direct in ((found.search(text), found.pattern.search(text)),
                                  (found.match(text), found.pattern.match(text))):
                assert (asked.span() if asked else None) == (direct.span() if direct else None)


def test_a_remembered_spelling_is_the_likeness():
    from marsad.places.scoring import _spelled, _vowel_ratio

    assert _spelled("Duchan", "Dujan") == _spelled("Duchan", "Dujan") >= _vowel_ratio("Duchan", "Dujan")
    assert _spelled("Erbil", "Arbil") == _vowel_ratio("Erbil", "Arbil")  # no other reading of "Erbil"
