"""Kurdish (Latin and Arabic script) and Iraqi spellings fold with the Arabic/English ones."""

from __future__ import annotations

import pytest

from marsad.text.fold import compact, fold, fold_arabic, vowel_fold


@pytest.mark.parametrize(
    ("kurdish", "english"),
    [
        ("Xakurke", "Khakurk"),  # x is kh; a final -e is a vowel
        ("Zaxo", "Zakho"),
        ("Derbendîxan", "Darbandikhan"),  # marked vowels
        ("Dihok", "Duhok"),
        ("Silêmanî", "Sulaymaniyah"),
        ("Çemçemal", "Chamchamal"),  # ç is ch
        ("Şêladizê", "Sheladiza"),  # ş is sh
        ("Rewandiz", "Rawanduz"),
        ("Qeladizê", "Qaladiza"),
    ],
)
def test_latin_kurdish_spellings_fold_by_rule(kurdish, english):
    assert compact(fold(kurdish)) == compact(fold(english))


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [("Shingal", "Sinjar"), ("Hewlêr", "Erbil"), ("Xurmatu", "Tuz Khurmatu"), ("Koysinjaq", "Koya")],
)
def test_exonym_pairs_meet_by_the_table(variant, canonical):
    assert compact(fold(variant)) == compact(fold(canonical))


def test_an_exonym_inside_a_longer_name():
    assert fold("Shingal Resistance Units") == fold("Sinjar Resistance Units")
    assert fold("Shingal") != fold("Sinjil")


def test_doubled_vowels_rank_alike():
    assert vowel_fold("Qandeel") == vowel_fold("Qandil")
    assert vowel_fold("Xakurk") == vowel_fold("Khakurk")


@pytest.mark.parametrize(
    ("kurdish", "arabic"),
    [("هەولێر", "هولير"), ("دهۆک", "دهوك"), ("شنگال", "شنكال"), ("ڕانیە", "رانيه")],
)
def test_kurdish_arabic_script_meets_the_arabic_spelling(kurdish, arabic):
    assert fold_arabic(kurdish) == fold_arabic(arabic)
