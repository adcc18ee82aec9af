"""Alternations grouped by first letter find exactly what the flat alternation finds, in the same order."""

from __future__ import annotations

import re

import pytest

from marsad.text.alternation import by_first_letter, first_letter, first_letters, words_by_first_letter

WORDS = ["a dozen", "an?", "dozens", "two", "ten", "twelve", "persons?", "gunm[ae]n", "child(?:ren)?", "men"]
TEXT = ("Gunmen killed two persons and A DOZEN men; an attack left ten children and twelve gunman dead, "
        "a man fled; Dozens of men, Ten of them, Persons unknown.")


def spans(pattern: str, text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def test_grouped_words_match_like_the_flat_alternation() -> None:
    flat = rf"\b(?:{'|'.join(WORDS)})\b"
    grouped = rf"\b(?:{words_by_first_letter(WORDS)})\b"
    assert spans(grouped, TEXT) == spans(flat, TEXT)
    assert len(spans(grouped, TEXT)) > 10


def test_order_within_a_letter_decides_as_before() -> None:
    # "a" before "a dozen": the flat alternation takes the first branch that lets the rest match
    words = ["an?", "a dozen"]
    assert spans(rf"(?:{words_by_first_letter(words)})", "a dozen") == spans(r"(?:an?|a dozen)", "a dozen")
    assert spans(rf"(?:{words_by_first_letter(words)})", "a dozen")[0][2] == "a"


def test_a_fragment_goes_under_every_letter_it_may_start_with() -> None:
    # an irregular form: "fought" is a form of "fight", "went" of "go"
    grouped = by_first_letter([("(?:went|go|goes)", "wg"), ("fought|fight", "f")])
    assert spans(grouped, "They went, go and fought.") == [(5, 9, "went"), (11, 13, "go"), (18, 24, "fought")]


@pytest.mark.parametrize("fragment", [r"\d*x", r"\s+x", "s?hot", "[ab]c", "(?:a|b)*c", "(?:a)?", "(?:the|)x", "ça|war"])
def test_a_fragment_without_a_plain_first_letter_keeps_the_plain_alternation(fragment: str) -> None:
    assert first_letters(fragment) is None
    assert words_by_first_letter(["men", fragment]) == f"men|{fragment}"


def test_first_letters_that_can_be_told() -> None:
    assert [first_letter(w) for w in ["Persons?", "gunm[ae]n", "an?", "lost (?:his|her) li(?:fe|ves)", "a[|]b"]] == \
        ["p", "g", "a", "l", "a"]


def test_first_letters_read_through_branches_groups_and_look_arounds() -> None:
    cases = {"attack|raid": "ar", "(?:slogans?|chants?) against": "cs", "(?:death )?toll": "dt",
             "(?<!was )(?<!is )used\\s+to": "u", "\\bwhile\\b": "w", "x[|)]y|z": "xz", "(?:x[^])|]|y)q": "xy"}
    assert {fragment: "".join(sorted(first_letters(fragment) or ())) for fragment in cases} == cases


def test_words_with_groups_first_match_like_the_flat_alternation() -> None:
    words = ["(?:death )?toll (?:rose|reached)", "(?:held |hold )?talks", "(?<!was )used to", "(?:a|one) dozen",
             "dozens", "tolls?", "(?:that|who) (?:had )?staged"]
    text = ("The death toll rose; toll reached ten; held talks, TALKS; he used to, was used to; a dozen and One dozen, "
            "dozens; the group that had staged it, who staged it; tolls.")
    flat = rf"\b(?:{'|'.join(words)})"
    grouped = rf"\b(?:{words_by_first_letter(words)})"
    assert grouped != flat
    assert spans(grouped, text) == spans(flat, text)
    assert len(spans(grouped, text)) >= 10


def test_a_digit_begins_its_own_group() -> None:
    words = [r"\d+ (?:raids|attacks)", "two raids", r"(?:\d+|several) killings", r"\d?x"]
    assert first_letters(words[0]) == {r"\d"} and first_letters(words[3]) is None
    grouped = rf"\b(?:{words_by_first_letter(words[:3])})"
    text = "12 raids, two raids and 3 killings; several killings, 40 attacks."
    assert spans(grouped, text) == spans(rf"\b(?:{'|'.join(words[:3])})", text)
    assert len(spans(grouped, text)) == 5
