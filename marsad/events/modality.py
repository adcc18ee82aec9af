"""Things that look like events but are not: plans, threats, promises, hypotheticals, denials, tallies, recaps.

Each check looks at the words that govern a trigger inside its own sentence. The result is a
`mode` string (the PLOVER-style mode kept for promises and threats) or None for a real event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from marsad.events.dates import find_dates
from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule
from marsad.types import ActorMention

_MODE_WORDS = (
    ("promise", re.compile(r"\b(?:promis\w+|pledg\w+|vow\w*|would provide)\b", re.I)),
    ("threaten", re.compile(r"\b(?:threat\w*|warn\w*)\b", re.I)),
    ("plan", re.compile(r"\b(?:plan\w*|intend\w*|prepar\w+|aim\w*|in order|expected)\b", re.I)),
    ("deny", re.compile(r"\b(?:denied|denies|deny)\b", re.I)),
)


_INFINITIVE = re.compile(r"\bto(?:\s+be)?\s*$", re.IGNORECASE)
# "continued to shell", "managed to carry out an attack": the infinitive tells what was done
_FACT_BEFORE_TO = re.compile(r"\b(?:continu\w+|began|begun|begins|started|starts|managed|went on|resumed|used|able|"
                             r"came)\s*$", re.IGNORECASE)
# "opened fire near the village to scare off the crowd": force used, its purpose told by the infinitive after it
_FORCE_BEFORE_TO = re.compile(r"\b(?:opened\s+fire|fired(?:\s+(?:shots|live\s+\w+|tear\s+gas|warning\s+shots))?|"
                              r"used\s+force)\b(?:\s+[\w'’-]+){0,6}\s*$", re.IGNORECASE)
# how far back a call may govern the act it asks for: the ones called on may be a long list, its commas read as
# clause breaks by the split above (rule call-to-act)
_CALL_WORDS = 20
_WEEK_OR_MONTH = re.compile(r"the (?:past|last|previous) (?:week|month)$", re.IGNORECASE)
_ANAPHORIC = re.compile(r"^\s*(?:this|that|these|those|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def is_comment(sentence: str) -> bool:
    """True when the sentence comments on an event rather than telling one; not when what it came days after is
    an act told with a day of its own (rule dated-act-before: "The arrest came a day after gunmen opened fire on a
    checkpoint late on Tuesday" tells Tuesday's attack, a background fact with its own date), nor when it came hours
    or minutes apart from the act told (rule hours-apart: the same day)."""
    found = rule("comment").match(sentence)
    # "The blast came hours after the army sent a column of tanks to the town": that same day (hours-apart)
    return bool(found) and not (re.search(r"(?:after|before)$", found.group(0), re.IGNORECASE)
                                and (rule("dated-act-before").search(sentence[found.end():])
                                     or rule("hours-apart").search(found.group(0))))


_PHOTO_CREDIT = re.compile(r"^\s*\(?\s*(?:file\s+)?(?:photo|image|picture)s?(?:\s+credit)?\s*:", re.IGNORECASE)
_OTHER_ARTICLE = re.compile(r"^\s*(?:read\s+more|read\s+also|also\s+read|related|see\s+also)\s*:", re.IGNORECASE)
_CAPTION_MAX_WORDS = 15


def is_aside(sentence: str, rest_of_line: str) -> bool:
    """True for what a web page sets beside the report: a picture's caption ("A Turkish-made Bayraktar TB2
    drone. (Photo: AFP)": a short sentence whose line goes on with a photo credit, or the credit itself) and
    the title of another article it links to ("Read More: Artillery hits border village")."""
    if _PHOTO_CREDIT.match(sentence) or _OTHER_ARTICLE.match(sentence):
        return True
    return len(sentence.split()) <= _CAPTION_MAX_WORDS and bool(_PHOTO_CREDIT.match(rest_of_line))


_NOTE_MAX_CHARS = 1500


def is_coder_note(text: str) -> bool:
    """True for an ACLED coder's note (one short paragraph in the coders' words), which codes one event."""
    return len(text) <= _NOTE_MAX_CHARS and "\n\n" not in text.strip() and bool(rule("coder-note").search(text))


def dated_act_of_a_hand(text: str, actors: Sequence[ActorMention], trigger: CueMatch, sentence_end: int) -> bool:
    """"The attack came a day after the Asayish arrested a man in the town on Tuesday": a hand named right before a
    verb in the past tense tells its act ("after the Asayish arrested"), it does not name one told before ("after the
    raid"); with a day of its own the act is a background fact coded as an event (rule dated-act-of-a-hand, as
    dated-act-before)."""
    if not rule("past-form").fullmatch(trigger.text):
        return False
    return any(0 <= trigger.start - actor.end <= 1 for actor in actors) and bool(
        rule("dated-act-before").search(text[trigger.end:sentence_end]))


def is_reference(sentence_before_trigger: str, trigger: str = "") -> bool:
    """"after the raids on X", "like the killing of Y", "That bombing was...", "hours before the drone strike" (rule
    named-as-time, a noun only: "before the army shelled the town" tells the shelling): an event named again or
    compared, not told."""
    before = sentence_before_trigger
    return bool(rule("reference").search(before[-120:]) or _ANAPHORIC.match(before)) or bool(
        trigger and rule("named-as-time").search(before[-80:]) and not rule("past-form").search(trigger))


def irrealis_mode(sentence_before_trigger: str) -> str | None:
    """The mode ("plan", "promise", "threaten", "deny", "hypothetical") when the words before a trigger
    make it not a fact; None when it reads as a fact."""
    clause = re.split(r"[,;:]\s+(?:and |while |but |after |as |amid |when )?(?=[a-z])|\bwhile\b|\bbut\b|"
                      r"\bafter\b|\bwhere\b|\bwhen\b|\bwhich\b|\bwho\b",
                      sentence_before_trigger)[-1]
    tail = " ".join(clause.split()[-9:])
    tail = re.sub(r"\bMay\b", "MONTH", tail)  # the month, not the modal verb
    match = rule("not-a-fact").search(tail)
    infinitive = _INFINITIVE.search(tail) or rule("purpose-infinitive").search(tail)
    if not match and infinitive and not _FACT_BEFORE_TO.search(tail[:infinitive.start()]) \
            and not _FORCE_BEFORE_TO.search(tail[:infinitive.start()]):
        return "plan"  # a bare infinitive ("to deploy", "to be deployed"), or a light verb's ("to carry out attacks")
    if not match and rule("call-to-act").search(" ".join(sentence_before_trigger.split()[-_CALL_WORDS:])):
        return "hypothetical"  # "calling on the regional government and Baghdad to stop the [shelling]"
    if not match or done_despite_intent(tail):
        return None
    for mode, pattern in _MODE_WORDS:
        if pattern.search(tail):
            return mode
    return "hypothetical"


def done_despite_intent(tail: str) -> bool:
    """Whether the only not-a-fact words of a trigger's clause tell an intent, an attempt or a demand that
    describes who acted or was hit, and the act is told done after them (rule `done-after-intent`): "gunmen
    trying to cross the border were killed". A modal, a condition, a denial, a fear or a rumour anywhere in the
    clause keeps the act unreal."""
    intents = list(rule("intent-word").pattern.finditer(tail))  # type: ignore[union-attr]
    if not intents or rule("not-a-fact").search(rule("intent-word").pattern.sub(" ", tail)):  # type: ignore[union-attr]
        return False
    return rule("done-after-intent").search(tail[intents[-1].end():]) is not None


def is_negated(sentence_before_trigger: str) -> bool:
    return bool(rule("negated").search(sentence_before_trigger))


@lru_cache(maxsize=1024)  # asked of a sentence when choosing what to parse and again when coding it
def is_tally(sentence: str) -> bool:
    """Cumulative statistics ("since the beginning of 2023, 120 people were killed"); "since" a date in a
    relative clause that describes a state ("in Afrin, which has been occupied since 2018") is no tally. A
    running total told in a trailing clause ("..., killing two men, bringing the number killed since March to
    36") marks only that clause (rule `tally-clause`): the act told before it stands."""
    clause = rule("tally-clause").search(sentence)
    if clause is not None and clause.start() > 0:
        sentence = sentence[:clause.start()]
    for match in rule("tally").pattern.finditer(sentence):  # type: ignore[union-attr]
        if match.group(0).lower().startswith("since") and rule("state-since").search(sentence[:match.start()]):
            continue
        if _WEEK_OR_MONTH.search(match.group(0)) and not rule("counted-over-the-week").search(sentence):
            continue  # "built a new post over the past week": one act that took the week, nothing counted
        return True
    return False


@lru_cache(maxsize=1024)
def is_recap(sentence: str) -> bool:
    """A reminder of earlier coverage rather than new facts."""
    return bool(rule("recap").search(sentence))


def agreement_not_reached(sentence_before_trigger: str, sentence: str) -> str | None:
    """The rule by which an agreement cue tells no agreement reached here: one named as the framework of
    something else ("the implementation of the truce", "violating the ceasefire") or one on oil, salaries or
    trade (civil-agreement). None otherwise: an agreement named without a word of one reached is mostly one in
    force ("the truce in the valley"); the rule that asked for such a word (agreement-not-reached) was removed,
    as its drops on the held half were all real agreements. One called for or planned is not-a-fact."""
    if rule("agreement-framework").search(sentence_before_trigger[-100:]):
        return "agreement-framework"
    if rule("agreement-of-a-year").search(sentence_before_trigger[-100:]):
        return "agreement-of-a-year"  # "the 2020 agreement between the two governments": reached years before
    if rule("civil-agreement").search(sentence):
        return "civil-agreement"  # oil, salaries, trade: politics, not a deal between the sides of a conflict
    return None


def is_worth_noting(sentence: str) -> bool:
    """An aside opened "It is worth noting that ..." with no date of its own: context, not news."""
    return bool(rule("worth-noting").match(sentence)) and not find_dates(sentence, None)


def sentence_skip_reason(sentence: str, rest_of_line: str = "") -> str | None:
    """The sentence rule (rules.yaml, stage `sentence`) by which a whole sentence tells no new event."""
    checks = (("tally", is_tally), ("recap", is_recap), ("worth-noting", is_worth_noting), ("comment", is_comment),
              ("aside", lambda text: is_aside(text, rest_of_line)))
    return next((name for name, holds in checks if holds(sentence)), None)
