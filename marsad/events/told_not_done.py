"""Acts a report names without telling them as news of its own (rules.yaml, stage `cue`):

- `court-case`: an act named in a trial, a verdict or a confession ("sentenced to death for taking part in the
  bombing of the market", "confessed to planting explosive devices"). The court's ruling is no ACLED event, and
  the act it judges happened long before, most often already coded from the reports of its day.
- `abroad-in-passing`: in a report on Syria or Iraq, an act placed only in another country ("Israeli jets also
  struck southern Lebanon") is context for the report's news, not an event of its area.
- `held-for-act`: what the one arrested, detained or freed did or suffered, told in a relative clause ("police
  arrested a man who shot dead his neighbour", "freed a trader who had been kidnapped"): the arrest or the rescue
  is the act told; `handed-to-justice`: people handed over to the authorities hand over no ground.
- `air-support-named`: aircraft named as the support of a ground operation ("backed by coalition aircraft") name
  who takes part; a strike is told by its own words (`strike-told`).
- `lasting-harm`: weapons said to go on harming ("mines left by the war still claim lives"): a danger, no act.
- `response-to-event`, `attackers-withdraw`: a move to the scene or to hospital, or the attackers' retreat, is
  part of the act told, not a movement of forces.
- `counted-acts-perfect`: a perfect verb with a count of many acts ("has launched hundreds of strikes", "have
  set up dozens of bases"): a tally of conduct over time, not one act on one day; `counted-perfect-passive` the
  same with the many as the subject of a perfect passive ("hundreds of villages have been evacuated").
- `crowd-named`: the crowd named as the ones a body speaks or acts for ("committees of the protesters", "the
  families of the demonstrators"): people named, no protest told.
- `officials-not-forces`: officials, a delegation or investigators sent somewhere: no forces moved;
  `passing-when-hit`: a patrol told as passing when a device went off, or as what it went off near, is its target.
- `aid-not-forces`: a move told of aid, relief, food or goods ("humanitarian convoys entered the province"): no
  movement of forces.
- `committee-formed`: a committee, commission or inquiry formed ("ordered the formation of an investigation
  committee"): a body of officials, no armed group or posture changed.
- `founding-described`: a body named with how it came to be, in a participle after its noun ("the army formed by
  the ministry after the fall of the regime"): a description, no founding told as news.
- `refuted-claim`: an act told only as someone's claim that the report refutes ("pages claimed the SDF shelled the
  town, but local sources said no shelling took place"; refuted_claim.py).
- `conduct-described`: a group described by what it is known for or engaged in ("a gang known for kidnapping
  traders", "a cell that specialises in planting explosive devices"): its conduct, no act.
- `since-event`: an act told in the perfect with "since" an event that opens a period ("has been deploying its
  forces along the river since the regime's fall"): conduct over that period, no one act.
- `since-then`: an act told in the perfect with the adverb "since" right before its verb ("its remnants have since
  retreated to the desert"): what followed an earlier turn, up to now, no one act.
- `who-moved`, `deployed-state`: a move told in a relative clause about people ("officers who defected"), or
  forces said in the present to be where they are ("are deployed at the entrances"): a description, no move.
- `deeds-of-the-arrested`: a sentence opening on those held, in the past perfect ("The cell had killed two
  guards"): the charge, no act of this report.
- `remnants-lie`: a weapon said only to lie where it was left ("fields contaminated with mines and unexploded
  shells"): a danger in place, unless the sentence tells it going off or harming someone (`remnant-goes-off`).

Both are linguistic regularities of news writing, not phrases of one report: the examples in rules.yaml are
written for the project.
"""

from __future__ import annotations

import re

from marsad.events.drafts import WEAPON_KINDS, Analysis
from marsad.events.not_forces import no_development_told
from marsad.events.refuted_claim import refuted_claim
from marsad.events.rules import rule
from marsad.events.word_lists import alternation
from marsad.geo import CORE_COUNTRIES
from marsad.types import DateMention, Evidence, PlaceMention


def told_not_done(text: str, sentence: tuple[int, int], trigger_start: int, after: str, kind: str,
                  own_dates: list[DateMention]) -> str | None:
    """The rule by which the trigger of `kind` at `trigger_start` (`after`: the sentence's text after it) names
    an act judged in court, counted over time or said to go on harming, the reason another act was done for (a
    protest someone was detained for covering), or a move that answers or ends the act told (to the scene, to
    hospital, the attackers' retreat); None when it may tell one act."""
    before = text[sentence[0]:trigger_start]
    if rule("court-case").search(before[-200:]):
        return "court-case"
    if why := _claimed_or_described(text, sentence, trigger_start, after, kind, own_dates):
        return why
    if why := _told_of_people_held(before, text[sentence[0]:sentence[1]], after, kind):
        return why
    if kind == "air" and rule("air-support-named").search(before[-260:]) and not rule("strike-told").search(after):
        return "air-support-named"  # "an operation backed by coalition aircraft": who takes part, no strike told
    if rule("commented-act").match(after):
        return "commented-act"  # "The arrest came a day after ...": the arrest told before, named again
    if rule("cause-of-protest").search(before[-200:]):
        return "cause-of-protest"  # "protested against the killing of a man by a sniper": what is denounced
    if not own_dates and rule("lasting-harm").match(after):
        return "lasting-harm"  # "mines left by the war still claim lives"
    if why := _development_not_made(text, sentence, trigger_start, before, after, kind):
        return why
    if kind == "protest" and rule("crowd-named").search(before[-60:]):
        return "crowd-named"  # "committees of the protesters called for a march on Friday"
    if kind in WEAPON_KINDS and rule("remnants-lie").search(before[-120:]) \
            and not rule("remnant-goes-off").search(text[sentence[0]:sentence[1]]):
        return "remnants-lie"  # "the fields remain contaminated with mines and unexploded shells"
    if not own_dates:  # "on Monday the army has arrested dozens of suspects": a dated act is one act
        for name in ("counted-acts-perfect", "counted-perfect-passive"):
            for found in rule(name).pattern.finditer(text, sentence[0], sentence[1]):  # type: ignore[union-attr]
                if found.start() <= trigger_start < found.end():
                    return name
    return None


def _told_of_people_held(before: str, sentence_text: str, after: str, kind: str) -> str | None:
    """The rule by which a trigger tells what was done to or by people held, not an act of the report: why they
    were held, what the one arrested or freed had done or suffered, what was found on them, people handed over
    to justice."""
    if rule("reason-for-act").search(before[-120:]):
        return "reason-for-act"  # "detained a reporter after he covered a protest": why, not what happened
    if rule("held-for-act").search(before[-160:]):
        return "held-for-act"  # "arrested a man who killed his brother": what the one held did, not an act told
    if kind == "weapons" and rule("seized-from-the-arrested").match(after):
        return "seized-from-the-arrested"  # "seized rifles in their possession": the arrest's detail
    if kind == "handover" and rule("handed-to-justice").search(sentence_text):
        return "handed-to-justice"  # "the suspects were handed over to the judiciary": people, not ground
    return None


# a perfect verb whose participle is the trigger or stands right before it ("has been [deploying]", "has [set up]",
# "have also [deployed]")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:" + alternation("perfect-fillers") + r"\s+){0,2}"
                             r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def _claimed_or_described(text: str, sentence: tuple[int, int], trigger_start: int, after: str, kind: str,
                          own_dates: list[DateMention]) -> str | None:
    """The rule by which the trigger names an act only as a claim the report refutes (`refuted-claim`), as the
    conduct a group is described by (`conduct-described`, `conduct-engaged`), as conduct over a period opened by an
    event (`since-event`), as a description of people or forces (`who-moved`, `deployed-state`) or as what those held
    had done (`deeds-of-the-arrested`); None when it may tell one act."""
    before = text[sentence[0]:trigger_start]
    if refuted_claim(text, sentence, trigger_start, after):
        return "refuted-claim"  # "pages claimed the SDF shelled the town, but no shelling took place"
    if any(d.start >= trigger_start for d in own_dates):  # "known for kidnapping traders on Monday": one act
        return None
    if rule("conduct-described").search(before[-80:]):
        return "conduct-described"  # "a gang known for kidnapping traders": what it does, no act told
    if rule("conduct-engaged").search(before[-40:]) and re.match(r"\w+ing\b", text[trigger_start:]):
        return "conduct-engaged"  # "involved in smuggling weapons", not "involved in clashes near the dam"
    if own_dates:
        return None
    if _PERFECT_BEFORE.search(before[-60:]) and _since_event(text, sentence, trigger_start):
        return "since-event"  # "has been deploying its forces along the river since the regime's fall"
    if rule("since-then").search(before[-60:]):
        return "since-then"  # "its remnants have since retreated to the desert": what followed, up to now
    if kind == "movement" and (why := _forces_described(text, trigger_start, before)):
        return why
    if rule("deeds-of-the-arrested").match(before):
        return "deeds-of-the-arrested"  # "The cell had killed two guards": the charge against those held
    return None


def _forces_described(text: str, trigger_start: int, before: str) -> str | None:
    """The rule by which a movement trigger describes people or forces rather than telling a move: a relative
    clause about them (`who-moved`: "officers who defected from the old army") or their place in the present
    (`deployed-state`: "security forces are deployed at the entrances"; not "are deploying")."""
    if rule("who-moved").search(before[-40:]):
        return "who-moved"
    if rule("deployed-state").search(before[-40:]) and not re.match(r"\w+ing\b", text[trigger_start:]):
        return "deployed-state"
    return None


def _since_event(text: str, sentence: tuple[int, int], trigger_start: int) -> bool:
    """Rule `since-event` in the trigger's own clause: "since" the event told after the trigger with no relative
    clause between ("has deployed units along the river since the regime's fall"; not "killed a man in the town,
    which has been held since the regime's fall"), or opening the sentence ("Since the fall of the regime, the army
    has set up ...")."""
    told = text[sentence[0]:sentence[1]]
    if rule("since-event").match(told.lstrip()):
        return True
    tail = text[trigger_start:sentence[1]]
    found = rule("since-event").search(tail)
    return found is not None and not _RELATIVE_OR_BREAK.search(tail[:found.start()])


_RELATIVE_OR_BREAK = re.compile(r"\b" + alternation("clause-openers") + r"\b|[;:]", re.IGNORECASE)


def _development_not_made(text: str, sentence: tuple[int, int], trigger_start: int, before: str, after: str,
                          kind: str) -> str | None:
    """The rule by which a movement trigger tells no move of forces (`_move_not_made`, then the mover, what is moved
    and the act it ends: not_forces.py), or an attack trigger names a security campaign's aim; None otherwise."""
    if kind == "movement" and (why := _move_not_made(text, sentence, trigger_start, before, after)):
        return why
    return no_development_told(text, sentence, trigger_start, after, kind)


def _move_not_made(text: str, sentence: tuple[int, int], trigger_start: int, before: str, after: str) -> str | None:
    """The rule by which a movement trigger tells no move of forces: an answer to the act told, the attackers'
    retreat, aid on the move, or a body formed or described; None when it may tell one."""
    if rule("response-to-event").match(after):
        return "response-to-event"  # "the wounded were transferred to a hospital"
    if rule("attackers-withdraw").search(before[-240:]):
        return "attackers-withdraw"  # the attackers' retreat, or the one who struck "then withdrew"
    if rule("aid-not-forces").search(text[sentence[0]:sentence[1]]):
        return "aid-not-forces"  # "an aid convoy arrived in the town": no forces moved
    if rule("passing-when-hit").search(before[-120:]):
        return "passing-when-hit"  # "the device went off as a patrol was passing": the bomb's target, no move
    if _FOUNDING.match(text, trigger_start) and rule("committee-formed").match(after):
        return "committee-formed"  # "ordered the formation of an investigation committee": no armed group changed
    if _FOUNDING.match(text, trigger_start) and rule("committee-subject").search(before[-160:]):
        return "committee-subject"  # "a committee to settle the disputes was formed": officials, no armed group
    if _founding_described(text, trigger_start, before, after):
        return "founding-described"  # "the new army formed by the ministry after the fall of the regime"
    if rule("officials-not-forces").match(after):
        return "officials-not-forces"  # "sent the interior minister to the area": no forces moved
    return None


# the words of a group or a body brought into being, and the auxiliaries that make them a verb told as news
_FOUNDING = re.compile(alternation("founding-words") + r"\b", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b" + alternation("founding-told-markers") + r"\s+$", re.I)


def _founding_described(text: str, trigger_start: int, before: str, after: str) -> bool:
    """Rule `founding-described`: a body named with how it came to be, in a participle after its noun ("the new
    army formed by the ministry after the fall of the regime", "a council established in 2019") describes it; the
    founding is no news of this report. A founding told as a verb ("a council was formed by the factions on
    Monday", "the factions formed a council") still tells one."""
    return bool(_FOUNDING.match(text, trigger_start)) and not _AUXILIARY_BEFORE.search(before) \
        and re.search(r"[a-z]\s+$", before) is not None and rule("founding-described").match(after) is not None


def abroad_in_passing(analysis: Analysis, sentence: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Rule `abroad-in-passing`: in a report on Syria or Iraq, an act the sentence places only beyond them ("Israeli
    jets also struck targets in southern Lebanon", "clashes in Turkey's Hakkari") is told for context: the
    report's region is no place for it, and it is no event of the report's area. A report from elsewhere (no
    Syrian or Iraqi place at all) keeps its events, and a sentence that also names a Syrian or Iraqi place
    keeps them."""
    s_start, s_end = sentence
    resolved = [(p, p.resolution.chosen.place) for p in analysis.places if p.resolution.chosen is not None]
    if not any(place.country_code in CORE_COUNTRIES for _, place in resolved):
        return False
    text = analysis.report.text
    named = [(p, place) for p, place in resolved if s_start <= p.start < s_end and not _dateline(analysis, sentence, p)]
    # a country named but not as where the act was ("offices of groups tied to Iran", "Iranian-backed") places nothing
    abroad = [p for p, place in named if place.country_code not in CORE_COUNTRIES
              and rule("abroad-in-passing").search(text[max(s_start, p.start - 40):p.start])]
    home = [place for _, place in named if place.country_code in CORE_COUNTRIES]
    home += [p.place for p in places if p.place is not None and p.place.country_code in CORE_COUNTRIES]
    return bool(abroad) and not home


def _dateline(analysis: Analysis, sentence: tuple[int, int], place: PlaceMention) -> bool:
    """The place is in the sentence's dateline ("Erbil (Kurdistan24) –"): where it was written, not where it
    happened."""
    found = rule("dateline-place").pattern.match(analysis.report.text, sentence[0], sentence[1])  # type: ignore[union-attr]
    return found is not None and place.end <= found.end()


# the rules that find a sentence's act to be another one than the report's news (abroad, in court, a tally, old
# history, a pattern): its toll is that act's
_OTHER_ACT = ("abroad-in-passing", "court-case", "refuted-claim", "conduct-described", "conduct-engaged",
              "since-event", "since-then", "deeds-of-the-arrested", "counted-acts-perfect", "counted-perfect-passive",
              "remnants-lie", "old-date", "past-era", "lasting-harm", "repeated-after",
              "frequency", "for-a-long-time", "generic-present", "present-pattern-participle", "habitual")


def elsewhere_told(dropped: list[tuple[str, Evidence]], sentence: tuple[int, int]) -> str | None:
    """The rule by which a sentence with no event of its own told another act (abroad, judged in court,
    counted over time, years old, a pattern): its figures ("killing two Hezbollah members") belong to that act
    and complete no event told before it."""
    return next((name for name, span in dropped
                 if name in _OTHER_ACT and sentence[0] <= span.start < sentence[1]), None)
