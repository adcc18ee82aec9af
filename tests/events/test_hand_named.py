"""Words that name the hand (hand_named.py): passive agents told without "by" (rule agent-phrase) and descriptions
tied to a named group by where their men come from (rule identified-hand). Sentences written for these tests, read
without the language model."""

from marsad.events.hand_named import agent_gap
from marsad.events.roles import assign_roles
from marsad.types import ActorMention

UNKNOWN = "Unidentified Armed Group (Northland)"


def _mention(text: str, phrase: str, name: str, inter: int = 1, kind: str = "group") -> ActorMention:
    start = text.index(phrase)
    return ActorMention(start, start + len(phrase), phrase, name, inter, kind=kind)


def _roles(text: str, trigger: str, mentions: list[ActorMention]) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_the_side_after_at_the_hands_of_acted():
    text = "A shepherd was killed at the hands of Guards soldiers near the well of Alpha on Monday."
    mentions = [_mention(text, "A shepherd", "Civilians", 7, "generic"), _mention(text, "Guards soldiers", "Guards")]
    assert _roles(text, "killed", mentions) == ("Guards", "Civilians")


def test_the_side_whose_bullets_hit_acted():
    text = "A young man was shot dead with bullets of the Hawks in the market of Beta."
    mentions = [_mention(text, "A young man", "Civilians", 7, "generic"), _mention(text, "Hawks", "Hawks", 2)]
    assert _roles(text, "shot", mentions) == ("Hawks", "Civilians")


def test_a_side_named_only_as_where_it_happened_does_not_act():
    """"killed in the village of the Hawks' stronghold" names a place, not an agent: no agent phrase stands between."""
    assert agent_gap(" at the hands of the ")
    assert agent_gap(" by the ")
    assert not agent_gap(" in the village of the ")
    assert not agent_gap(" near the posts of the ")


def test_gunmen_from_a_named_tribe_are_that_tribe():
    text = "Gunmen from the Alpha tribe attacked a checkpoint of the Guards near the bridge."
    mentions = [_mention(text, "Gunmen", UNKNOWN, 3, "generic"), _mention(text, "Alpha", "Alpha Tribal Militia", 4),
                _mention(text, "Guards", "Guards")]
    assert _roles(text, "attacked", mentions) == ("Alpha Tribal Militia", "Guards")


def test_gunmen_from_a_place_a_group_holds_stay_unidentified():
    text = "Gunmen from Guards-held villages attacked a checkpoint of the Hawks near the bridge."
    mentions = [_mention(text, "Gunmen", UNKNOWN, 3, "generic"), _mention(text, "Guards", "Guards"),
                _mention(text, "Hawks", "Hawks", 2)]
    assert _roles(text, "attacked", mentions)[0] != "Guards"


def test_gunmen_from_a_car_are_not_the_side_they_shot():
    text = "Unknown gunmen from a passing car shot dead a member of the Guards near the bridge."
    mentions = [_mention(text, "Unknown gunmen", UNKNOWN, 3, "generic"), _mention(text, "Guards", "Guards")]
    assert _roles(text, "shot", mentions) == (UNKNOWN, "Guards")
