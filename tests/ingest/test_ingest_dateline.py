from __future__ import annotations

import pytest

from marsad.ingest.dateline import find_dateline, parse_dateline_line, split_title


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        ("Deir Ezzor Province – Syrian Observatory for Human Rights: Reliable sources in Hajin said",
         "Deir Ezzor", "Syrian Observatory for Human Rights"),
        ("Daraa: Unknown gunmen opened fire", "Daraa", None),
        ("ALEPPO – Turkish forces shelled Tal Rifaat", "Aleppo", None),
        ("Idlib countryside – SOHR: Regime forces shelled", "Idlib", "SOHR"),
        ("Idlib countryside - SOHR: Regime forces shelled", "Idlib", "SOHR"),
        ("Hama — SOHR: Regime forces shelled", "Hama", "SOHR"),
        ("Rif Dimashq –SOHR: A patrol was attacked", "Rif Dimashq", "SOHR"),
        ("Deir Ezzor province: SOHR sources have reported", "Deir Ezzor", None),
        ("Daraa Province – The Syrian Observatory for Human Rights: gunmen attacked",
         "Daraa", "The Syrian Observatory for Human Rights"),
        ("DEIR EZZOR – Clashes erupted", "Deir Ezzor", None),
        ("AL-HASAKAH – A drone struck", "Al-Hasakah", None),
        ("ERBIL (Kurdistan 24) – A Turkish drone struck a car", "Erbil", "Kurdistan 24"),
        ("QAMISHLI, Syria (AP) — Turkish drones struck", "Qamishli", "AP"),
        ("Eastern Deir Ezzor countryside – SOHR: militiamen", "Deir Ezzor", "SOHR"),
        ("Salah Al-Din: An explosive device went off", "Salah Al-Din", None),
    ],
)
def test_dateline_variants(line, place, source):
    found = parse_dateline_line(line)
    assert found is not None
    assert (found.place, found.source) == (place, source)


@pytest.mark.parametrize(
    "line",
    [
        "Reliable sources in Al-Bokamal city have informed SOHR that: a convoy arrived",
        "On 20 March 2024, unknown gunmen shot a policeman in Fallujah",
        "In order to deploy near Syria-Iraq border | militia heads east",
        "DeirEzzor24 exclusive report: dozens of militiamen arrived",
        "Update: the death toll rose to five",
        "Meanwhile, Turkish drones struck a car",
        "Deir Ezzor | Iranian-backed group kills young man",
        "Looting: On 11 March 2024, members of a faction seized six houses",
        "Other: On 5 December 2024, displaced families returned",
    ],
)
def test_not_a_dateline(line):
    assert parse_dateline_line(line) is None


def test_a_source_credit_alone_names_no_place():
    found = parse_dateline_line("SOHR: 28 killed in two attacks")
    assert found is not None and found.place is None and found.source == "SOHR"


def test_find_dateline_skips_banner_and_repeated_title():
    title = "Convoy arrives in Al-Bokamal | militia heads from Aleppo"
    text = (f"{title}\n\nThe Syrian Observatory For Human Rights\n\n{title}\n\n"
            "Deir Ezzor Province – SOHR: A convoy arrived in the city.\n")
    found = find_dateline(text, skip=(title,))
    assert (found.place, found.source) == ("Deir Ezzor", "SOHR")


def test_find_dateline_only_looks_at_the_opening():
    paragraphs = "\n\n".join(f"Paragraph {i} tells what happened." for i in range(6))
    text = f"Headline\n\n{paragraphs}\n\nHama: late"
    assert find_dateline(text, skip=("Headline",)) is None


@pytest.mark.parametrize(
    ("title", "clean", "publisher"),
    [
        ("Militia heads to Al-Bokamal • The Syrian Observatory For Human Rights",
         "Militia heads to Al-Bokamal", "The Syrian Observatory For Human Rights"),
        ("Deir Ezzor | Iranian-backed group kills man", "Deir Ezzor | Iranian-backed group kills man", None),
        ("Turkish drone targets car in Hasakah - Kurdistan24", "Turkish drone targets car in Hasakah",
         "Kurdistan24"),
        ("Clashes in Daraa - a new escalation", "Clashes in Daraa - a new escalation", None),
    ],
)
def test_split_title(title, clean, publisher):
    assert split_title(title) == (clean, publisher)
