"""What a report tells that is not news of its own: old background, patterns of conduct, events named as
linked to another or by their day, agreements named but not reached (`not_news`, the rules of stage `cue`
that need the report's reference date or the trigger's kind). Most of this module is about old background:
a happening the report dates well before its own time is context, not news.

A report retells history to explain the news ("Raqqa was liberated from ISIS in October 2017", "In 2014, the
group seized vast areas", "a move that violated the 1974 agreement"). Such a telling carries its own date or
year, and that date lies well before the report's reference date (dates.reference_date: the publication
date, else the latest date or year the text tells). Recent background told to the day ("On August 22 a drone
was shot down") is still coded; a month told alone ("In March, two men were killed") is the run-up in summary
once that month ended over a week before the reference; `OLD_AFTER_DAYS` holds the ages; when the reference
is known only as a year, only earlier years do.

A sentence whose dates are all old tells background. A sentence that also tells a current date ("On Monday
gunmen attacked the town, which the group had seized in 2014") keeps its events, except a trigger in the same
clause as the old date and no current one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from marsad.events.acts_told_apart import own_day_not_restated
from marsad.events.claimed_act import claim_names_its_place, claimed_act_at, day_of_the_claim
from marsad.events.dates import ReferenceDate, find_years, only_days_of_saying
from marsad.events.drafts import FIGHTING_KINDS, PRECEDENCE, Analysis, Draft, lowest
from marsad.events.lexicon import Kind
from marsad.events.modality import agreement_not_reached
from marsad.events.riot_told_again import crowd_act_named_again
from marsad.events.rules import rule
from marsad.events.search_sent import search_sent
from marsad.events.told_not_done import told_not_done
from marsad.types import DateMention

# How old a date must be, past its last day, to be history, by how finely it is told: a day is an event's date,
# news for long (a strike "on 4 March" in an autumn report); a month whose end lies over a week before the report
# is the run-up told in summary (`old-date`); a week, a season or a year is history after 90 days.
OLD_AFTER_DAYS = {1: 365, 3: 7}
# what parts a sentence into clauses for this purpose: punctuation and the words that open a relative clause
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:which|who|whom|whose|where|when|while)\b", re.I)


def _history(text: str, sentence: tuple[int, int], own_dates: list[DateMention], reference: ReferenceDate | None,
             trigger_start: int) -> str | None:
    """History retold: an act told with an old date (`old-date`), or with no date in an era the sentence names as
    past (`past-era`: "during its rule over the area", "when the group overran the town")."""
    if old_background(text, sentence, own_dates, reference, trigger_start):
        return "old-date"
    if after_publication(text, sentence, own_dates, reference, trigger_start):
        return "after-publication"
    if not own_dates and rule("past-era").search(text[sentence[0]:sentence[1]]):
        return "past-era"
    return None


# an act's verb in the simple present (its past forms, "attacked", "struck", are read as an act)
_PRESENT_VERB = re.compile(r"(?:attack|shell|raid|target|kidnap|abduct|ambush|strike|bomb|assassinate|plant|storm|"
                           r"shoot|kill)s?\b", re.IGNORECASE)


def _present_pattern(before: str, trigger_on: str) -> str | None:
    """A pattern told in the simple present ("the cells still carry out [attacks]": rule generic-present) and the
    participle clause that goes with it ("..., [killing] dozens every year": rule present-pattern-participle)."""
    if rule("generic-present").search(before[-80:]):
        return "generic-present"
    if rule("they-present").search(before[-30:]) and _PRESENT_VERB.match(trigger_on):
        return "they-present"  # "where they attack the posts": a way of fighting
    if rule("present-pattern-participle").search(before) and re.match(r"\w+ing\b", trigger_on):
        return "present-pattern-participle"
    return None


def not_news(text: str, sentence: tuple[int, int], trigger_start: int, kind: str, own_dates: list[DateMention],
             reference: ReferenceDate | None, trigger_end: int | None = None) -> str | None:
    """The rule (rules.yaml, stage `cue`) by which a trigger tells nothing new in this report: history retold with an
    old date (`old-date`) or in an era past (`past-era`), a pattern of conduct (`frequency`: "they usually raid"),
    another event named as linked (`linked-event`: "blamed for the bombing of") or by its day (`named-by-its-day`:
    "Sunday's raid"), one that should or will be (`modal-after`: "the shelling must stop") or a trend
    (`trend-after`: "kidnappings are on the rise"), acts going on for months (`for-a-long-time`), a press conference
    (`press-conference`), a pattern told in the simple present (`generic-present`: "the cells still carry out
    attacks", and its participle clause, `present-pattern-participle`: ", killing dozens every year"), an act judged
    in court (`court-case`), counted over time (`counted-acts-perfect`) or said to go on harming (`lasting-harm`),
    an agreement named as the framework of another act (`agreement-framework`), a move of forces told as
    the routine after an act (`aftermath-of-act`: "cordoned off the area and searched for the attackers"), a force
    sent with no day of its own to search the act's scene (`search-sent`: "sent patrols to comb the area"). None for
    news."""
    before = text[sentence[0]:trigger_start]
    if why := _history(text, sentence, own_dates, reference, trigger_start):
        return why
    # "The arrest came a day after gunmen killed a guard on Tuesday": the act the comment opens on is named, not told
    # (the sentence is read for the dated act after it: rule dated-act-before)
    if (head := rule("comment").match(text[sentence[0]:sentence[1]])) and trigger_start < sentence[0] + head.end():
        return "comment"
    if rule("frequency").search(before[-80:]):
        return "frequency"
    if rule("linked-event").search(before[-60:]):
        return "linked-event"
    if rule("named-by-its-day").search(before[-40:]):
        return "named-by-its-day"
    # what follows the trigger ("[attacks] on the camps will continue"), else its first word
    after = text[trigger_end:sentence[1]] if trigger_end is not None else \
        re.sub(r"^\S+", "", text[trigger_start:sentence[1]], count=1)
    if rule("modal-after").search(after):
        return "modal-after"
    if rule("trend-after").search(after):
        return "trend-after"
    if rule("pattern-participle").search(before) and re.match(r"\w+ing\b", text[trigger_start:], re.I):
        return "pattern-participle"
    if _told_for_a_long_time(text, sentence, trigger_start):
        return "for-a-long-time"
    if why := _conduct_not_act(text, sentence, trigger_start, after, own_dates) or \
            told_not_done(text, sentence, trigger_start, after, kind, own_dates) or \
            search_sent(text, sentence, trigger_start, kind, own_dates):
        return why
    if kind == "meeting" and rule("press-conference").search(before[-20:]):
        return "press-conference"
    # a dated sentence, or a headline ("Turkish jets launch strikes on ...": no full stop), tells news; a day that
    # only dates the saying ("warned on Thursday that the cells plant bombs") dates no act
    told = (not own_dates or only_days_of_saying(text, sentence[0], own_dates)) and \
        text[:sentence[1]].rstrip().endswith(".")
    if told and (why := _present_pattern(before, text[trigger_start:sentence[1]])):
        return why
    if told and rule("pattern-passive").match(after):
        return "pattern-passive"  # "explosive devices are planted on the roads at night"
    if why := _explosion_not_violence(text[sentence[0]:sentence[1]], kind):
        return why
    return _named_not_done(before, text[sentence[0]:sentence[1]], kind)


def _named_not_done(before: str, sentence_text: str, kind: str) -> str | None:
    """An act named as the subject of talks ("discussed the deployment of joint forces"), an agreement named but not
    reached, a move of forces told as the routine after an act (the scene cordoned off, a search for the
    attackers)."""
    if rule("topic-of-talks").search(before[-160:]):
        return "topic-of-talks"
    if kind == "agreement":
        return agreement_not_reached(before, sentence_text)
    if kind in ("movement", "raid") and rule("aftermath-of-act").search(sentence_text):
        return "aftermath-of-act"
    return None


# what an accident or a controlled detonation may be mistaken for: a bombing, an arson (loot covers property
# destruction)
_ACCIDENT_KINDS = ("ied", "loot")


def _explosion_not_violence(sentence: str, kind: str) -> str | None:
    """An explosion that is no remote violence: a device blown up by those who cleared it
    (`controlled-detonation`: "detonated it in a controlled explosion") or an accident (`accident`: "caused by a
    technical fault", "a gas cylinder exploded")."""
    if kind == "ied" and rule("controlled-detonation").search(sentence):
        return "controlled-detonation"
    if kind in _ACCIDENT_KINDS and rule("accident").search(sentence):
        return "accident"
    return None


def _conduct_not_act(text: str, sentence: tuple[int, int], trigger_start: int, after: str,
                     own_dates: list[DateMention]) -> str | None:
    """Conduct spoken of rather than an act told: an accusation (`accusation`: "accused the militia of
    attacking"; `accused-of-being`: "accused of being members of a cell that planted bombs"), words not force
    (`verbal-attack`: "a scathing attack"; `criticism-attack`: "attacked the ruling"), a pattern
    (`repeated-after`: "targeted repeatedly"). A date of the sentence's own keeps the act (for an accusation, one
    after the trigger: a date before it is the accusation's)."""
    before = text[sentence[0]:trigger_start]
    word = re.match(r"[\w'’-]+", text[trigger_start:sentence[1]])
    if rule("accusation").search(before[-160:]) and not any(d.start >= trigger_start for d in own_dates):
        return "accusation"
    if rule("accused-of-being").search(before[-200:]):
        return "accused-of-being"  # who the accused are said to be: their alleged past, whatever its date
    if word is not None and word.group().lower().startswith("attack"):
        if rule("verbal-attack").search(before[-30:]):
            return "verbal-attack"
        if rule("criticism-attack").search(after):
            return "criticism-attack"
    if not own_dates and rule("repeated-after").search(after):
        return "repeated-after"
    return None


_GOING_ON = re.compile(r"\b(?:has|have|had|been|continu\w+|kept|keeps?)\b", re.I)


def _told_for_a_long_time(text: str, sentence: tuple[int, int], trigger_start: int) -> bool:
    """Rule `for-a-long-time`: the trigger's clause says the acts have gone on for weeks, months or years
    ("has been shelling the hills for months"; not "the talks, held for months, ended in a deal" alone)."""
    start, end = _clause_of(text, sentence, trigger_start)
    clause = text[start:end]  # with a perfect or a continuing verb: "has been shelling", "kept striking"
    return rule("for-a-long-time").search(clause) is not None and _GOING_ON.search(clause) is not None


_YEARS_AGO = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|\d+)\s+"
                        r"years?|(?:a|two|three|several)\s+decades?)\s+(?:ago|earlier|before)\b|"
                        # "Last year, a drone strike killed three": a year told with no month is history
                        r"\b(?:last|the previous|the prior)\s+year\b(?!['’]s)", re.I)


def _last_day(mention: DateMention) -> date | None:
    """The latest day a date expression may mean: the day, the week's last day, the month's last day."""
    value = mention.value
    if value is None:
        return None
    if mention.time_precision == 2:
        return value + timedelta(days=6)
    if mention.time_precision == 3:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def is_old(last_day: date, reference: ReferenceDate, precision: int = 0) -> bool:
    if reference.by_year:
        return last_day.year < reference.value.year
    return (reference.value - last_day).days > OLD_AFTER_DAYS.get(precision, 90)


def carried_date(own_dates: list[DateMention], reference: ReferenceDate | None) -> DateMention | None:
    """The date a sentence lends the sentences after it that tell none of their own: its first date, unless
    that date is old (history told in passing does not date the news that follows it)."""
    if not own_dates:
        return None
    first = own_dates[0]
    day = _last_day(first)
    if reference is not None and day is not None and is_old(day, reference, first.time_precision):
        return None
    return first


def old_background(text: str, sentence: tuple[int, int], own_dates: list[DateMention],
                   reference: ReferenceDate | None, trigger_start: int) -> bool:
    """True when the trigger at `trigger_start` is told with an old date (see the module's docstring)."""
    # a day the text tells but that cannot be resolved ("on March 3" in an undated report, "on Sunday") is the
    # news' own time; "two years ago" is old whatever the reference
    if reference is None:
        return bool(_YEARS_AGO.search(text, *sentence)) and not own_dates
    ages = [(d.start, d.value is not None and is_old(_last_day(d) or d.value, reference, d.time_precision))
            for d in own_dates]
    ages += [(y.start, is_old(date(y.year, 12, 31), reference)) for y in find_years(text, *sentence)]
    ages += [(start, True) for start in _years_ago(text, *sentence)]
    return _told_all_or_in_clause(text, sentence, trigger_start, ages)


def after_publication(text: str, sentence: tuple[int, int], own_dates: list[DateMention],
                      reference: ReferenceDate | None, trigger_start: int) -> bool:
    """True when the trigger is told with a date that begins after the report was published ("the agreement takes
    effect on 1 January 2025" in a report of 2024, "elections set for 2026"): a plan, a deadline or a schedule, not
    an act the report can tell as done. Only a publication date counts (a reference the text tells is its latest
    date); a day's slack allows for time zones."""
    if reference is None or reference.evidence is not None or reference.by_year:
        return False
    latest = reference.value + timedelta(days=1)
    starts = [(d.start, d.value is not None and d.value > latest) for d in own_dates]
    starts += [(y.start, y.year > reference.value.year) for y in find_years(text, *sentence)]
    return _told_all_or_in_clause(text, sentence, trigger_start, starts)


def _told_all_or_in_clause(text: str, sentence: tuple[int, int], trigger_start: int,
                           marks: list[tuple[int, bool]]) -> bool:
    """True when every time the sentence tells has the mark (old, or after publication), or every time told in
    the trigger's own clause has it: the sentence's other times may belong to other acts."""
    if not marks:
        return False
    if all(marked for _, marked in marks):
        return True
    clause = _clause_of(text, sentence, trigger_start)
    in_clause = [marked for start, marked in marks if clause[0] <= start < clause[1]]
    return bool(in_clause) and all(in_clause)


def _clause_of(text: str, sentence: tuple[int, int], position: int) -> tuple[int, int]:
    start, end = sentence
    breaks = _clause_breaks(text, start, end)
    before = [b for b in breaks if b < position]
    after = [b for b in breaks if b > position]
    return (before[-1] if before else start), (after[0] if after else end)


# --- an event told again ------------------------------------------------------------------------------------
# A past form ends a verb; a noun may follow a determiner ("the attack", "this shelling"), a verb may not.
_VERB_FORM = re.compile(r"(?:ed|\b(?:struck|hit|shot|fought|took|blew|threw|set|led|fled|brought|sent))$", re.I)


def absorb_restatements(analysis: Analysis, drafts: list[Draft], kinds: dict[str, Kind]) -> list[Draft]:
    """Rule `restates`: an event named again with a definite noun ("the ambush was carried out by a cell
    of five", "the statement accused the militia of launching the rockets", "the blast was caused by a
    device planted by the group") retells an event already told in the body, even where it names another
    actor (the one blamed, the one speaking) or the speaker's place: it joins the latest earlier event of its
    family (the same kind or sub-event type, or violence of a kind that absorbs the other) and lends it its
    spans and figures, never its place. It stays an event of its own when it names a place of its own after
    the noun, other than the earlier event's ("the attack on Kesta", "the attack, which targeted a post in
    Kesta"), or another day. As when a sentence elaborates, the graver type of the two stands ("strikes on
    the town ... in the course of the battle": a battle)."""
    kept: list[Draft] = []
    for draft in drafts:  # in the order of the report
        target = _restated(analysis, draft, kept, kinds)
        if target is None:
            kept.append(draft)
            continue
        if PRECEDENCE.get(draft.coding.event_type, 0) > PRECEDENCE.get(target.coding.event_type, 0) and \
                {target.kind, draft.kind} <= FIGHTING_KINDS and _absorbing(kinds, target.kind, draft.kind):
            target.kind, target.coding = draft.kind, draft.coding  # "strikes ... in the course of the battle"
        if (target.place is None or target.geo_precision >= 3) and draft.geo_precision < 3 \
                and _sent_there(draft, drafts):
            # "The SDF sent reinforcements to the town of X to contain the clashes": the clashes were at X
            target.place, target.geo_precision, target.place_fallback = draft.place, draft.geo_precision, None
            target.rules.append("occasion-there")
        target.rules.extend(["restates"] + [r for r in draft.rules if r not in target.rules])
        target.evidence.extend(e for e in draft.evidence if e not in target.evidence)
        target.fatalities = lowest(target.fatalities, draft.fatalities)
        target.injured = target.injured or draft.injured
        target.detained = target.detained or draft.detained
    return kept


def _sent_there(occasion: Draft, drafts: list[Draft]) -> bool:
    """The act named as the occasion of a move of forces, a curfew or an arrest told at a place (rule occasion-named)
    is at that place: forces are sent where the clashes they are to contain broke out (rule occasion-there)."""
    return "told-before" in occasion.rules and occasion.place is not None and any(
        "occasion-named" in d.rules and d.sentence == occasion.sentence and d.place is not None
        and d.place.place is not None and occasion.place.place is not None
        and d.place.place.geonameid == occasion.place.place.geonameid for d in drafts)


def _restated(analysis: Analysis, draft: Draft, earlier: list[Draft], kinds: dict[str, Kind]) -> Draft | None:
    """The earlier body event that `draft` names again (rule `restates`), or None."""
    if draft.in_headline:
        return None
    # "The victim ... was shot dead in the Hayaniya area": the detail of the event just told, not another
    # "The kidnapped man was later released": the act read as the victim's adjective, the trigger itself
    victim = rule("restates-victim").match(analysis.report.text[draft.sentence[0]:draft.trigger.end]) is not None
    quoted = _quoted(analysis.report.text, draft)
    claim_at = claimed_act_at(analysis, draft)  # "saying its fighters had targeted ..." (rule claimed-act)
    claimed = claim_at is not None and draft.trigger.start >= claim_at
    if not victim and not quoted and not claimed and not _definite_noun(analysis, draft):
        return None
    # a place told after the noun is the event's own (a place before it is the speaker's: "an official in
    # Baghdad said the blast ..."); a place the restated event has already is no new one
    # ("the ambush was carried out by a cell who fled towards the hills": where the attackers went, not where
    # they struck)
    own_place = draft.place is not None and draft.place.place is not None \
        and draft.trigger.end <= draft.place.start < draft.sentence[1] \
        and not _FLED.search(analysis.report.text, draft.trigger.end, draft.place.start)

    def family(other: Draft) -> bool:
        violence = {other.kind, draft.kind} <= FIGHTING_KINDS and _absorbing(kinds, other.kind, draft.kind) \
            or crowd_act_named_again(kinds, other, draft)  # an IED told as "the attack"; "inquiry into the killing"
        # a speaker quoted on the event at its very place retells it, in words of his own
        quoted_here = quoted and own_place and other.place is not None and other.place.place is not None \
            and other.place.place.geonameid == draft.place.place.geonameid  # type: ignore[union-attr]
        return other.coding.sub_event_type == draft.coding.sub_event_type or other.kind == draft.kind or violence \
            or quoted_here

    def same_day(other: Draft) -> bool:
        if claim_at is not None and day_of_the_claim(draft, claim_at):
            return True
        if own_day_not_restated(draft, other):  # "at dawn today they arrested four of the gunmen"
            return False
        if not (draft.explicit_date and other.explicit_date and draft.date and other.date):
            return True
        return draft.date.value is None or other.date.value is None or draft.date.value == other.date.value

    def same_place(other: Draft) -> bool:
        if claim_at is not None and claimed and claim_names_its_place(analysis, draft, other, claim_at):
            return True
        return victim or not own_place or (other.place is not None and other.place.place is not None
                                           and other.place.place.geonameid == draft.place.place.geonameid)  # type: ignore[union-attr]

    return next((other for other in reversed(earlier) if not other.in_headline
                 and other.sentence[1] <= draft.sentence[0] and family(other) and same_day(other)
                 and same_place(other)), None)


def _definite_noun(analysis: Analysis, draft: Draft) -> bool:
    """The trigger is a noun a definite determiner opens ("the ambush", "this deadly attack"), not a verb after
    a subject ("the militia shelled"): the parse decides where the sentence was parsed; else a past form or an
    actor named between the determiner and the trigger makes it a verb."""
    text = analysis.report.text
    before = text[draft.sentence[0]:draft.trigger.start]
    match = rule("restates").search(before)
    if match is None or rule("done-so").search(text[max(draft.sentence[0], draft.trigger.start - 30):
                                                    draft.trigger.start]):
        return False  # "raised the state of alert": the measure taken, not named again (rule done-so)
    gap_start = draft.sentence[0] + match.start()
    parsed = analysis.parse(draft.sentence) if analysis.parse else None
    if parsed is not None and parsed[0].has_annotation("DEP"):
        doc, offset = parsed
        tokens = [t for t in doc if draft.trigger.start <= offset + t.idx < draft.trigger.end]
        determiner = next((t for t in doc if offset + t.idx == gap_start), None)
        if tokens and determiner is not None:  # the determiner opens the trigger's own noun phrase
            heads = {t.i for t in tokens} | ({tokens[-1].head.i} if tokens[-1].dep_ == "compound" else set())
            return determiner.dep_ == "det" and determiner.head.i in heads and determiner.head.pos_ in {"NOUN", "PROPN"}
    if any(gap_start <= a.start < draft.trigger.start for a in analysis.actors):
        return False
    words = text[gap_start:draft.trigger.start].split()[1:] + [draft.trigger.text]
    return not any(_VERB_FORM.search(word) for word in words)


_FLED = re.compile(r"\b(?:fled|flee(?:ing)?|withdrew|withdrawing|escaped|retreated|headed|returned)\b", re.I)


def _absorbing(kinds: dict[str, Kind], first: str, second: str) -> bool:
    """One of two kinds absorbs the other by ACLED's conventions (types.yaml `absorbs`)."""
    a, b = kinds.get(first), kinds.get(second)
    return a is not None and b is not None and (second in a.absorbs or first in b.absorbs)


def _quoted(text: str, draft: Draft) -> bool:
    """The trigger is inside a quotation that opens in its paragraph: a speaker retelling what the report told."""
    paragraph = text.rfind("\n", 0, draft.trigger.start) + 1
    before = text[paragraph:draft.trigger.start]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


@lru_cache(maxsize=256)  # asked once per trigger of a sentence
def _clause_breaks(text: str, start: int, end: int) -> tuple[int, ...]:
    return tuple(m.start() for m in _CLAUSE_BREAK.finditer(text, start, end))


@lru_cache(maxsize=256)  # asked once per trigger of a sentence
def _years_ago(text: str, start: int, end: int) -> tuple[int, ...]:
    return tuple(m.start() for m in _YEARS_AGO.finditer(text, start, end))
