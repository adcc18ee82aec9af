import pytest

from marsad.events.modality import irrealis_mode, is_negated, is_recap, is_tally


@pytest.mark.parametrize(
    ("before", "mode"),
    [
        ("the leadership of the Revolutionary Guard would ", "hypothetical"),
        ("He promised to ", "promise"),
        ("The militia threatened to ", "threaten"),
        ("The militia plans to ", "plan"),
        ("with the aim to boost and be ", "plan"),
        ("Regime forces ", None),
        ("On May 3, gunmen ", None),
        ("The commander concluded his ", None),
    ],
)
def test_irrealis(before, mode):
    assert irrealis_mode(before) == mode


def test_negation_tally_recap():
    assert is_negated("No ")
    assert not is_negated("Regime forces ")
    assert is_tally("Since the beginning of 2023, SOHR documented the death of 120 people.")
    assert not is_tally("On Monday, 3 people were killed.")
    assert is_recap("SOHR had previously reported that the militia arrived.")
