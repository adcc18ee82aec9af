"""Words of movement and of targeting that tell no Strategic development of their own (rules.yaml, stage `cue`).

The guide codes a movement of forces (Change to group/activity) where forces, fighters or weapons move, and no
Strategic development for what is part of another event. Six regularities of news writing break that when a
motion word or "targeting" is read alone:

- `mover-not-forces`: the one who arrives, enters, moves or is sent is no armed force: visitors, families, the
  displaced, a delegation, a minister, a committee, a protest and its crowd ("a delegation from the ministry
  arrived in the capital", "the protest moved to the government compound").
- `moved-not-forces`: what it moves, told right after the word, is no force, fighter or weapon (salaries, a
  party's candidates, an ambassador, citizens, a letter, aid), or the word is no motion ("entered into force").
- `move-ends-act`: forces that step into the act told to end it ("were sent to the area and separated the two
  sides", "withdrew from the post to avoid a confrontation"): the intervention is part of that clash or riot.
- `target-of-attack`: a patrol, a convoy or reinforcements told as what an attack hit ("opened fire on a
  patrol"): the attack's target, not a move.
- `truce-ends-act`: a truce told in the sentence of the fight it ended, as its end ("exchanged fire until elders
  intervened and the sides agreed to a truce"): part of the clash, no Agreement of its own.
- `campaign-aim`: what a security, inspection or arrest campaign is "targeting" is its aim, not an attack: the
  campaign is a Strategic development, and a fight it led to is told by its own words.
"""

from __future__ import annotations

import re

from marsad.events.rules import Rule, rule


def no_development_told(text: str, sentence: tuple[int, int], trigger_start: int, after: str, kind: str) -> str | None:
    """The rule by which a trigger of `kind` (`after`: its sentence's text after it) tells no development of forces
    and no attack: a movement of no forces (`move_not_of_forces`), a campaign's aim read as an attack
    (`campaign-aim`), a truce that ended the fight told before it (`truce-ends-act`); None when it may tell one."""
    if kind == "movement":
        return move_not_of_forces(text, sentence, trigger_start, after)
    if kind == "attack" and campaign_aim(text, sentence, trigger_start, after):
        return "campaign-aim"  # "its security campaign in the countryside, targeting remnants": its aim
    if kind == "agreement" and rule("truce-ends-act").search(text[sentence[0]:trigger_start]):
        return "truce-ends-act"  # "exchanged fire until elders intervened and the sides agreed to a truce"
    return None


def move_not_of_forces(text: str, sentence: tuple[int, int], trigger_start: int, after: str) -> str | None:
    """The rule by which a movement trigger tells no move of forces: its mover is people who are no armed force,
    the move is the intervention that ends the act told, or what moved is the target of an attack; None when it
    may tell one."""
    trigger_end = sentence[1] - len(after)
    if _verb_of_match(rule("mover-not-forces"), text, sentence, trigger_start, trigger_end):
        return "mover-not-forces"  # "thousands of displaced families arrived in the city": no forces moved
    if any(found.start() == trigger_start for found in _matches(rule("moved-not-forces"), text, sentence)):
        return "moved-not-forces"  # "transferred the salaries of the employees", "the deal entered into force"
    if rule("move-ends-act").search(after):
        return "move-ends-act"  # "were sent to the area and separated the two sides": part of the clash
    if rule("target-of-attack").search(text[max(sentence[0], trigger_start - 160):trigger_start]):
        return "target-of-attack"  # "opened fire on a General Security patrol": the attack's target
    return None


def campaign_aim(text: str, sentence: tuple[int, int], trigger_start: int, after: str) -> bool:
    """Rule `campaign-aim`: the "targeting" trigger at `trigger_start` says what a security, inspection, search or
    arrest campaign or operation of its clause aims at ("its security campaign in the countryside, targeting
    remnants of the militias"), not an attack."""
    trigger_end = sentence[1] - len(after)
    return _verb_of_match(rule("campaign-aim"), text, sentence, trigger_start, trigger_end)


def _verb_of_match(found_by: Rule, text: str, sentence: tuple[int, int], trigger_start: int, trigger_end: int) -> bool:
    """Whether a match of the rule's pattern in the sentence ends on the trigger: the pattern reads who or what
    comes before a verb and the verb itself, and the verb must be the trigger (its first word, for a phrase
    such as "moved to")."""
    return any(trigger_start < found.end() <= trigger_end for found in _matches(found_by, text, sentence))


def _matches(found_by: Rule, text: str, sentence: tuple[int, int]) -> list[re.Match[str]]:
    """Every match of the rule's pattern in the sentence."""
    pattern = found_by.pattern
    return [] if pattern is None else list(pattern.finditer(text, sentence[0], sentence[1]))
