"""Who acts and who is acted upon: actor1, actor2 and associated actors of a trigger.

The dependency parse decides where it can (the subject of the trigger's verb acts; the passive
subject is acted upon; the agent of "by" acts); constructions the parse does not settle ("clashes
between X and Y", "an attack by X on Y", "X clashed with Y") are read from the function words
around the actor mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from marsad.actors.period import as_of
from marsad.events.firing_side import fired_from, firing_side
from marsad.events.hand_named import agent_gap, named_over_generic
from marsad.events.quantities import says_killed
from marsad.events.rules import rule
from marsad.events.syntax_roles import syntactic_roles
from marsad.events.victims_before import side_hurt, victim_told_before
from marsad.types import ActorMention

ARMED_INTER = {1, 2, 3, 4, 8}
STATE_INTER = {1, 8}  # state forces, at home (1) or abroad (8)


@dataclass(frozen=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()
    victim_phrase: str | None = None  # "a young man" where actor2 is a person the base does not hold
    fighter_victim: bool = False  # "a soldier was shot", "killing two militants": an armed side no mention names
    rules: tuple[str, ...] = ()  # the role rules that fired, for the draft's coded_by ("victim-told-before")


def _before(text: str, mention: ActorMention, sentence_start: int, words: int = 3) -> str:
    window = text[max(sentence_start, mention.start - 40):mention.start].lower()
    return " ".join(re.findall(r"[\w'-]+", window)[-words:])


def _group_of(mention: ActorMention, mentions: list[ActorMention]) -> ActorMention:
    """A person stands for the group they lead or belong to (ACLED codes the group)."""
    if mention.kind != "person" or not mention.part_of:
        return mention
    for other in mentions:
        if other.kind != "person" and other.name == mention.part_of:
            return other
    return ActorMention(mention.start, mention.end, mention.text, mention.part_of, mention.inter,
                        kind="group", backed_by=mention.backed_by, discovered=mention.discovered)


# parse(sentence span) -> (a parsed Doc of that sentence, the sentence's offset in the report), or None
SentenceParser = Callable[[tuple[int, int]], "tuple[Doc, int] | None"]


@dataclass(frozen=True)
class _Scene:
    """A trigger in its sentence, with the actor mentions of the sentence and what the parse says of them."""

    text: str
    start: int
    end: int
    trigger: tuple[int, int]
    mentions: list[ActorMention]
    syntax: dict[int, str]  # id(mention) -> "agent" | "patient"
    targets: bool

    @property
    def before(self) -> list[ActorMention]:
        return [m for m in self.mentions if m.end <= self.trigger[0]]

    @property
    def after(self) -> list[ActorMention]:
        return [m for m in self.mentions if m.start >= self.trigger[1]]

    def in_role(self, role: str) -> list[ActorMention]:
        return [m for m in self.mentions if self.syntax.get(id(m)) == role]

    def words_before(self, mention: ActorMention, words: int) -> str:
        return _before(self.text, mention, self.start, words)


def assign_roles(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    mentions: list[ActorMention],
    parse: SentenceParser | None = None,
    targets: bool = True,
) -> Roles:
    """actor1/actor2 for the trigger at `trigger` among the actor mentions of its sentence."""
    start, end = sentence
    in_sentence = [m for m in mentions if start <= m.start < end and not alleged_side(text, m, start)]
    if not in_sentence:
        victim, fighter = _victims(text, sentence, trigger)
        told_before = victim is not None and victim_told_before(text, sentence, trigger) is not None
        return Roles(None, None, victim_phrase=victim, fighter_victim=fighter,
                     rules=("victim-told-before",) if told_before else ())
    syntax = syntactic_roles(parse(sentence) if parse else None, trigger[0], in_sentence)
    scene = _Scene(text, start, end, trigger, named_over_generic(text, in_sentence),
                   {id(m): role for i, m in enumerate(in_sentence) if (role := syntax.get(i))}, targets)
    agent, patient = _defended_sides(scene)
    if agent is None:
        agent, patient = _between_sides(scene)
    if agent is None:
        agent = _named_agent(scene)
    if agent is None:
        agent, patient = _subject_before(scene)
    searched = patient is None
    # "two brothers were killed when gunmen ...": the brothers were hit, not the gunmen (rule victim-told-before)
    told_before = searched and agent is None and victim_told_before(text, sentence, trigger) is not None
    if searched and not told_before:
        patient = _patient(scene, agent)
    if patient is None and agent is not None and scene.targets and _named_after_the_attacked(scene, agent):
        patient = next((m for m in reversed(scene.before) if m.kind != "person" and m.name != agent.name
                        and m.end <= agent.start), None)
    agent, patient = _checked_sides(scene, agent, patient, searched)
    if agent is None:  # "shells fired from regime positions hit the town": the regime fired
        agent, patient = firing_side(text, scene.mentions, patient, start)
    if holds_place(text, agent) and not fired_from(text, agent, start):
        agent = None  # "opposite the SDF-held areas": where it happened, not who did it
    if _answered_attack(scene, agent, patient):
        agent, patient = patient, agent
    agent = _group_of(agent, scene.mentions) if agent else None
    patient = _group_of(patient, scene.mentions) if patient else None
    assoc1 = tuple(
        m for m in scene.mentions
        if agent and m is not agent and m is not patient and m.name != agent.name
        and m.kind != "person" and m.end <= trigger[0] and _joined(text, m, agent)
    )
    victim, fighter = _victims(text, sentence, trigger) if patient is None else (None, False)
    return Roles(agent, patient, assoc1, (), victim, fighter, ("victim-told-before",) if told_before else ())


def alleged_side(text: str, mention: ActorMention, sentence_start: int) -> bool:
    """Rule alleged-membership: "detained two men accused of being members of the militia": the suspects are the
    ones acted upon, and the militia is no side of the act."""
    return rule("alleged-membership").search(text[max(sentence_start, mention.start - 80):mention.start]) is not None


def holds_place(text: str, mention: ActorMention | None) -> bool:
    """ "SDF-held areas", "regime-controlled villages": the mention names who holds a place (rule
    `controller-of-place`), which tells where an event was, not who acted."""
    return mention is not None and rule("controller-of-place").match(text[mention.end:mention.end + 16]) is not None


def _defended_sides(scene: _Scene) -> tuple[ActorMention | None, ActorMention | None]:
    """ "The Guards repelled a Rebels attack", "the Guards came under attack from the Rebels", "the Guards lost
    four men in a Rebels ambush" (rule `defended-side`): the side that defends is named first, as the subject,
    but the attack is the other side's, named inside the attack phrase or after it ("from", "by", "of").
    Air defences engaging a strike (rule `air-defence-engages`) answer the side that strikes."""
    held = next((m for m in scene.mentions if m.start <= scene.trigger[0] < m.end), None)
    if held is not None and rule("air-defence-engages").pattern.fullmatch(  # type: ignore[union-attr]
            scene.text[scene.trigger[0]:scene.trigger[1]]):
        strikers = [m for m in scene.mentions if m is not held and m.name != held.name and m.kind != "person"
                    and m.inter in ARMED_INTER]
        return (strikers[0], held) if strikers else (None, None)
    window = scene.text[scene.start:scene.trigger[1]] + " "  # the trigger may be the verb ("confronted")
    defended = rule("defended-side").search(window)
    if defended is None:
        return None, None
    verb_at = scene.start + defended.start()
    defenders = [m for m in scene.before if m.end <= verb_at and m.kind != "person"]
    attackers = [m for m in scene.before if m.start >= verb_at] or [
        m for m in scene.after if (verb_at >= scene.trigger[0] and m.inter in ARMED_INTER
                                   or re.search(r"\b(?:by|from|of)(?:\s+the)?$", scene.words_before(m, 2)))
        and re.fullmatch(r"[^,.;:()]{0,40}", scene.text[scene.trigger[1]:m.start])]
    if not defenders or not attackers or defenders[-1].name == attackers[0].name:
        return None, None
    return attackers[0], defenders[-1]


def _answered_attack(scene: _Scene, agent: ActorMention | None, patient: ActorMention | None) -> bool:
    """ "The Guards clashed with the Rebels after the latter attacked a post", "the Guards and the Rebels clashed
    after the Rebels attacked" (rule `clash-started-by`): the side named second started the fight."""
    if agent is None or patient is None or agent.start > patient.start:
        return False
    return _started_by(scene.text, scene.mentions, patient, scene.end)


def _named_after_the_attacked(scene: _Scene, agent: ActorMention) -> bool:
    """ "the Guards repelled an attack by the Rebels", "two civilians were killed in an attack by X": the agent
    is named after the trigger, or holds it in the by-phrase of a passive ("the posts were targeted by Turkish
    drones", rule `by-phrase-agent`), so the one named before it is the one attacked."""
    if agent.start >= scene.trigger[1]:
        return True
    return rule("by-phrase-agent").search(scene.text[max(scene.start, agent.start - 40):agent.start]) is not None


def _victims(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> tuple[str | None, bool]:
    """Who is hit when no actor mention is: civilians named after the trigger ("a young farmer", rule victim-phrase)
    or told before it, and whether the one hit is a fighter no mention names (rule fighter-victim): the first people
    named after the trigger ("killing two soldiers") or the subject of a passive trigger ("a militant was shot").
    The GUIDE codes an attack on fighters as an armed clash; civilians named first keep it one on civilians."""
    civilians = victim_told_before(text, sentence, trigger) or rule("victim-phrase").pattern.search(
        text, trigger[1], sentence[1])  # "two brothers were killed when gunmen ..." (rule victim-told-before)
    after = (fighters := rule("fighter-victim").pattern).search(text, trigger[1], sentence[1])
    fighter = after is not None and (civilians is None or after.start() < civilians.start())
    if not fighter:
        before = text[sentence[0]:trigger[0]]
        fighter = bool(re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", before)) \
            and fighters.search(before) is not None and rule("victim-phrase").search(before) is None
    return (civilians.group(0) if civilians else None), fighter


def _between_sides(scene: _Scene) -> tuple[ActorMention | None, ActorMention | None]:
    """"clashes (took place / erupted) between X and Y": the sides follow the trigger closely; "in a sneak
    operation by Y": the side that launched it acts."""
    text, end, after = scene.text, scene.end, scene.after
    between = re.match(r"[^.;]{0,120}?\b(?:between|among|amongst)\b", text[scene.trigger[1]:end], re.IGNORECASE)
    if not (between and after and all(m.name.startswith("Civilians") for m in scene.before)):  # victims told first
        return None, None
    pos = scene.trigger[1] + between.end()
    sides = [m for m in after if m.start >= pos  # "X, affiliated with Y, and Z": Y describes X
             and not rule("descriptor-not-a-side").search(text[max(pos, m.start - 40):m.start])]
    if sides and not re.fullmatch(r"[^,.;:()]{0,60}", text[pos:sides[0].start]):
        return None, None  # "a car on the road between Kobani and Sarrin": places, not the two sides
    agent = sides[0] if sides else None
    patient = sides[1] if len(sides) >= 2 else None
    against = re.search(r"\bagainst\b", text[pos:end], re.IGNORECASE)
    if against is not None and agent is not None:  # "between A and B against C": C is the other side
        patient = next((m for m in sides if m.start >= pos + against.end() and m.name != agent.name), patient)
    if agent is not None and patient is not None and _started_by(text, sides, patient, end):
        return patient, agent
    launcher = re.search(r"\b(?:operation|attack|offensive|assault|infiltration|advance)\s+(?:launched\s+)?by\s+"
                         r"(?:the\s+)?", text[pos:end], re.IGNORECASE)
    if launcher and agent is not None and patient is not None:
        named = next((m for m in sides if m.start >= pos + launcher.end() - 1), None)
        if named is None:  # "by the factions": the side whose name holds the noun
            noun = re.match(r"[\w-]+", text[pos + launcher.end():end])
            named = patient if noun and noun.group(0).lower() in patient.text.lower().split() else None
        if named is not None and named.name == patient.name:
            agent, patient = patient, agent
    return agent, patient


def _started_by(text: str, sides: list[ActorMention], side: ActorMention, end: int) -> bool:
    """"clashes between A and B after they attacked a checkpoint" (rule `clash-started-by`), "... following an
    attack by the latter" (rule `clash-attack-by`): the side whose attack the clause tells started the fight;
    "they" and "the latter" are the side named last, "the former" the side named first."""
    clause = rule("clash-started-by").pattern.search(text, side.end, end)
    if clause is not None and clause.group("which"):  # "the Rebels, who attacked a post": the side before it
        return clause.start() == side.end
    clause = clause or rule("clash-attack-by").pattern.search(text, side.end, end)
    if clause is None:
        return False
    who = clause.group("who").lower()
    named_before = [m for m in sides if m.end <= clause.start()]
    if who in ("they", "the latter") and named_before:
        return max(named_before, key=lambda m: m.end).name == side.name
    if who == "the former" and named_before:
        return min(named_before, key=lambda m: m.start).name == side.name
    named = next((m for m in sides if clause.start("who") <= m.start < clause.end("who") + 1), None)
    return named is not None and named.name == side.name


def _named_agent(scene: _Scene) -> ActorMention | None:
    """The agent named by the construction: "an attack by X" (or after a relative clause, "the attack, which
    was carried out by X"); the armed forces named with the trigger itself ("a new Turkish attack"); the
    subject of the trigger's verb in the parse ("the army with the support of the air force": the army)."""
    text, trigger = scene.text, scene.trigger
    by_agents = [m for m in scene.after if re.search(r"\b(?:by|of)(?:\s+the)?$", scene.words_before(m, 2))
                 and not rule("backing-by-phrase").search(scene.words_before(m, 4))
                 and not _uses_the_object(scene, m)
                 and agent_gap(text[trigger[1]:m.start])]  # "by X", "at the hands of X" (hand_named.py)
    if by_agents:
        return by_agents[0]
    # "soldiers were killed in an X attack", "three soldiers killed in X ambush" (rule `attack-named-by-side`)
    named_attacks = [m for m in scene.after if m.inter in ARMED_INTER
                     and re.fullmatch(r"[\s\w'’-]{0,40}?\b(?:in|during|by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?",
                                      text[trigger[1]:m.start])
                     and rule("attack-named-by-side").match(text[m.end:scene.end])]
    if named_attacks:
        return named_attacks[0]
    # "wounded by fragments of the Russian shelling of a market", "debris of a Turkish drone": the side whose weapon
    # left the fragments did it (rule remnants-name-the-side)
    remnants = [m for m in scene.after if m.inter in ARMED_INTER
                and rule("remnants-name-the-side").search(text[max(trigger[0], m.start - 40):m.start])
                and not rule("target-noun").pattern.match(text[m.end:scene.end])]
    if remnants:
        return remnants[0]
    # "the shelling of X on the town", "sniper fire of X" (rule agent-of-attack), unless X owns the target
    # ("the shelling of X positions": X is hit)
    of_agents = [m for m in scene.after if m.inter in ARMED_INTER
                 and rule("agent-of-attack").pattern.fullmatch(text[trigger[0]:m.start])
                 and not rule("target-noun").pattern.match(text[m.end:scene.end])]
    if of_agents:
        return of_agents[0]
    holding = [m for m in scene.mentions if m.start <= trigger[0] < m.end and m.inter in ARMED_INTER]
    if holding:
        return holding[0]
    # the parse makes the by-object of "backed by", "led by" an agent; it backs or leads the side named before
    agents = [m for m in scene.in_role("agent") if not rule("backing-by-phrase").search(scene.words_before(m, 4))]
    return agents[0] if agents else None


_PLACED_BY = frozenset({"left", "planted", "hidden", "buried", "stored", "abandoned"})


def _uses_the_object(scene: _Scene, mention: ActorMention) -> bool:
    """"struck a building used by the party": the party uses what was hit (rule user-of-object); "found mines left by
    the militants": for an act with no target, who left the things seized owns them (an IED "planted by" a side
    that explodes is still that side's act)."""
    found = rule("user-of-object").search(scene.words_before(mention, 4))
    return found is not None and (not scene.targets or found.group(0).split()[0].lower() not in _PLACED_BY)


def _subject_before(scene: _Scene) -> tuple[ActorMention | None, ActorMention | None]:
    """The mention before the trigger: the one acted upon after a passive ("22 members of the brigade were
    killed"), else the one acting, unless it only modifies another ("the army-backed X")."""
    # the side that tells the act ("the ministry said that a bomb went off") is not its subject
    before = [m for m in scene.before if not _tells_the_act(scene, m)]
    if not before:
        return None, None
    # a passive turns the subject into the one acted upon, unless nobody is acted upon ("the militia,
    # which had been established in the town": the militia is still the actor of its own formation)
    window = scene.text[max(scene.start, scene.trigger[0] - 30):scene.trigger[0]]
    auxiliary = re.search(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$", window, re.IGNORECASE)
    at = scene.trigger[0] - len(window) + auxiliary.start() if auxiliary else -1
    if scene.targets and auxiliary and not any(m.start <= at < m.end for m in scene.mentions):  # "IS ambushed"
        return _attacker_in_clause(scene) or _speaking_forces(scene, before[-1]), side_hurt(scene.text, before)
    # "the convoy of the army was hit by a roadside bomb": the trigger is the passive's agent, the army its
    # target; "... hit by Turkish drones": the side named inside the by-phrase is the agent
    window_start = max(scene.start, scene.trigger[0] - 80)
    passive = rule("passive-by-weapon").search(scene.text[window_start:scene.trigger[0]]) if scene.targets else None
    if passive is not None:
        by_at = window_start + passive.start()
        in_phrase = [m for m in before if m.start >= by_at]
        targets = [m for m in before if m.end <= by_at]
        # "fighters were killed by clashes with the army": the side they fought killed them (rule fought-with-side)
        agent = in_phrase[-1] if in_phrase else _fought_side(scene)
        return agent, (targets[-1] if targets else None)
    # "two members of the militia were wounded in a bomb blast": the side hurt by the act told after it is its
    # target, not its author (rule victim-before-act); the author is the side the clause names, else unknown
    if scene.targets and _hurt_by_the_act(scene, before[-1]):
        return _attacker_in_clause(scene), side_hurt(scene.text, before)
    # the owner of the target is the one hit ("the strikes hit a depot belonging to the militia, killing four")
    owners = [m for m in before if scene.targets and rule("owner-of-target").search(scene.words_before(m, 3))]
    owner = owners[-1] if owners else None
    before = [m for m in before if m not in owners]
    if not before:
        return None, owner
    # the object of the verb is not its subject ("gunmen attacked a Guards checkpoint, killing three")
    subjects = [m for m in before if scene.syntax.get(id(m)) != "patient"] or before
    for candidate in reversed(subjects):
        if re.search(r"\b(?:of|in|from|by|with|alongside)(?:\s+(?:the|a|an|its|their|his|her))?$",
                     scene.words_before(candidate, 2)):
            continue
        if candidate is not subjects[0] and rule("object-of-targeting").search(scene.words_before(candidate, 2)):
            # "the factions targeted regime positions with mortar shells": the side after the verb is hit
            owner = owner or candidate
            continue
        return candidate, owner  # "the brigade, supported by the air force, raided": the brigade acts
    return subjects[-1], owner


def _tells_the_act(scene: _Scene, mention: ActorMention) -> bool:
    """Rule speaker-not-subject: the words between the mention and the trigger say it reports the act."""
    said = rule("speaker-not-subject").match(scene.text[mention.end:scene.trigger[0]])
    return said is not None and said.end() > 0


def _hurt_by_the_act(scene: _Scene, mention: ActorMention) -> bool:
    """The side named before a passive verb of harm told with the act after it (rule victim-before-act), unless
    it fought the side named after the act ("killed in clashes with X": rule fought-with-side) or handled the
    device itself ("while they were planting it": rule handled-own-device)."""
    return bool(rule("victim-before-act").match(scene.text[mention.end:scene.trigger[0]])) \
        and _fought_side(scene) is None \
        and not rule("handled-own-device").search(scene.text[scene.trigger[1]:scene.end])


def _fought_side(scene: _Scene) -> ActorMention | None:
    """The side named after the act with "with" or "against" ("clashes with the army"): the other side of a fight
    the side named before took part in (rule fought-with-side)."""
    return next((m for m in scene.after if rule("fought-with-side").search(scene.words_before(m, 3))), None)


def _attacker_in_clause(scene: _Scene) -> ActorMention | None:
    """ "Two guards were killed when the Rebels attacked their post" (rule `clash-started-by`, its clause after
    the passive trigger): the side the clause names attacked."""
    clause = rule("clash-started-by").pattern.search(scene.text, scene.trigger[1], scene.end)
    if clause is None or clause.group("which") or clause.group("who").lower() in ("they", "the latter", "the former"):
        return None
    return next((m for m in scene.after if clause.start("who") <= m.start < clause.end("who") + 1
                 and m.inter in ARMED_INTER), None)


def _speaking_forces(scene: _Scene, patient: ActorMention) -> ActorMention | None:
    """ "Seven militants were neutralised, the Turkish Defence Ministry said" (rule `speaking-forces`): a
    state's forces that tell of a passive kill are its agent, unless they are the ones it was done to. Only a
    kill: who arrested or shelled is told by the sentence, not by who reports it."""
    if not says_killed(scene.text[scene.trigger[0]:scene.trigger[1]]):
        return None
    return next((m for m in scene.mentions if m.inter in STATE_INTER and m.kind != "person"
                 and m.name != patient.name
                 and rule("speaking-forces").match(scene.text[m.end:scene.end])), None)


def _patient(scene: _Scene, agent: ActorMention | None) -> ActorMention | None:
    """The one acted upon: the object in the parse, else the first mention after a word of targeting ("on",
    "against", "killing"), else the first other mention after the trigger."""
    # the ones who tell the act at the sentence's end (", two police officers said") are no side of it where the words
    # name the civilians it hit (rule teller-not-side): an attack on a shepherd they tell of is not one on the police
    named_victims = rule("victim-phrase").pattern.search(scene.text, scene.trigger[1], scene.end) is not None
    after = [m for m in scene.after if not (named_victims and _tells_after(scene, m))]
    patients = [m for m in scene.in_role("patient") if m is not agent and m in after + scene.before]
    if patients:
        return patients[0]
    targeted = [m for m in after if m is not agent and rule("targeted-side").search(scene.words_before(m, 2))]
    if targeted:
        return targeted[0]
    remaining = [m for m in after if m is not agent]
    return remaining[0] if remaining else None


def _tells_after(scene: _Scene, mention: ActorMention) -> bool:
    """Rule teller-not-side: the mention opens the clause that credits the sentence (", two police officers and a
    tribal leader said.") after the act's own words."""
    opens = re.search(r"(?:,|\b(?P<according>according to))\s+(?:(?:an?|the|two|three|four|several|some|\d+)\s+)?$",
                      scene.text[max(scene.start, mention.start - 40):mention.start], re.IGNORECASE)
    rest = scene.text[mention.end:scene.end]
    if opens is None:
        return False
    if opens.group("according"):  # ", according to a police officer." closes the sentence or its clause
        return re.match(r"(?:\s+[\w'’-]+){0,2}?\s*(?:[.,;]|$)", rest) is not None
    return rule("teller-not-side").match(rest) is not None


def _checked_sides(scene: _Scene, agent: ActorMention | None, patient: ActorMention | None, searched: bool
                   ) -> tuple[ActorMention | None, ActorMention | None]:
    """One side named twice is one side: the one acted upon is then the other armed side named ("the group
    repelled an attack of the army", with the group named again); and civilians do not attack ("two
    civilians were killed in the strikes" names the victims). `searched`: the patient came from `_patient`,
    and the other side is taken only where a word of targeting named someone."""
    if agent is not None and patient is not None and agent.name == patient.name and agent.kind != "generic":
        targeted = any(m is not agent and rule("targeted-side").search(scene.words_before(m, 2)) for m in scene.after)
        others = [m for m in scene.mentions if m.name != agent.name and m.kind != "person" and m.inter in ARMED_INTER]
        patient = others[0] if others and (targeted if searched else scene.targets) else None
    if agent is not None and agent.inter == 7:
        # in "the militia detained four farmers ... for conscription" the armed subject before them acts; with
        # civilians on both sides ("the fighters seized a farmer's truck and arrested a civilian") only where
        # an armed side is named before them, else it stays a fight among civilians
        subject = next((m for m in scene.before if m.start < agent.start and m.inter in ARMED_INTER), None)
        if patient is None or patient.inter != 7 or subject is not None:
            agent, patient = subject, patient or agent
    return agent, patient


def _joined(text: str, a: ActorMention, b: ActorMention) -> bool:
    """True when two mentions are listed together ("X, Y and Z", "X and Y")."""
    first, second = sorted((a, b), key=lambda m: m.start)
    gap = text[first.end:second.start]
    return bool(re.fullmatch(r"[\s,]*(?:and|,|&)?[\s,]*(?:the\s+)?(?:\w+\s+){0,2}?", gap)) and len(gap) < 30


_FLYING_INTER = {1, 8}  # a state's own forces and foreign forces


def ground_side_as_striker(text: str, sentence: tuple[int, int], roles: Roles,
                           mentions: list[ActorMention]) -> Roles | None:
    """An air strike's actor1 that flies no aircraft (not a state's or foreign forces) is the side on the ground
    the sentence also names, not the striker: "IS cells attacked an SDF post, and helicopters struck the village",
    "two IS members were killed in an airstrike". It becomes the side hit and the striker is left to the report
    (rule aircraft-of-states). Drones, which militias fly, named in the sentence keep it, and so does a sentence
    that names a side that flies ("the SDF, backed by Coalition helicopters, raided ...": the roles read it)."""
    actor = roles.actor1
    if actor is None or actor.inter in _FLYING_INTER or rule("aircraft-of-states").search(text[slice(*sentence)]) \
            or any(sentence[0] <= m.start < sentence[1] and m.inter in _FLYING_INTER for m in mentions):
        return None
    return Roles(None, actor, (), roles.assoc1, roles.victim_phrase, roles.fighter_victim)



def of_event_period(roles: Roles, day: date | None) -> Roles:
    """The roles named for the government period of the event's own day (rule `event-period`): a report
    chooses its state actors by its own date, and an event it tells with an earlier day ("in March 2019, US
    aircraft struck ...") belongs to the period of that day."""
    if day is None:
        return roles
    return replace(roles, actor1=as_of(roles.actor1, day), actor2=as_of(roles.actor2, day),
                   assoc1=tuple(m for a in roles.assoc1 if (m := as_of(a, day)) is not None),
                   assoc2=tuple(m for a in roles.assoc2 if (m := as_of(a, day)) is not None))
