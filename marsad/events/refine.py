"""The rules' event drafts checked and completed by the event classifier (events/classify.py).

The rules keep what they do well: roles, places, dates, counts and ACLED's conventions (which kind absorbs
which, the coding an actor pair calls for). The classifier, reading each sentence whole, adds what word
lists miss:
- a type: a draft whose kind cannot give the sub-event type the classifier is confident of (and does not
  absorb it by ACLED's conventions) takes the kind of that type, coded again by the same actor rules;
- a veto: a draft in a sentence the classifier is confident tells no event as fact (a plan, a denial, a
  tally) is dropped, except in an ACLED coder's note, which always codes one event; a draft only the generic
  attack words made needs less doubt to go, unless its sentence counts the dead or wounded (bare-attack);
- a new event: in a report where no rule fired at all, a body sentence that names an actor or a place and
  that the classifier is confident tells an event becomes a draft through the same binding of roles, place and
  date, with the word that weighed most for the type as its trigger.
Every draft records in `rules` (the record's `coded_by`), after the rules that made it, the classifier's
label and score, and what the classifier changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.background import carried_date, not_news
from marsad.events.classify import NONE, EventClassifier, Prediction, cue_kinds
from marsad.events.clauses import CIVILIANS_INTER
from marsad.events.drafts import (
    DEVELOPMENT_KINDS,
    TERRITORY_SUBTYPES,
    WEAPON_KINDS,
    Analysis,
    Draft,
    choose_coding,
    place_key,
)
from marsad.events.extract import _drafts_for_kind
from marsad.events.lexicon import Cue, CueMatch, Kind, Lexicon
from marsad.events.merging import merge_drafts
from marsad.events.modality import agreement_not_reached, irrealis_mode, is_negated, sentence_skip_reason
from marsad.events.retyped_fold import folded_into_sibling, label_of_another_act
from marsad.events.rules import rule
from marsad.types import ActorMention

# The kind (types.yaml) the classifier's label calls for; kinds whose codings depend on the actors (capture:
# the government regains or a non-state actor overtakes) are coded by the same rules as a rule's draft.
KIND_OF_LABEL = {
    "Armed clash": "clash", "Government regains territory": "capture", "Non-state actor overtakes territory": "capture",
    "Chemical weapon": "chemical", "Air/drone strike": "air", "Suicide bomb": "suicide",
    "Shelling/artillery/missile attack": "shelling", "Remote explosive/landmine/IED": "ied", "Grenade": "grenade",
    "Sexual violence": "sexual", "Attack": "attack", "Abduction/forced disappearance": "abduct",
    "Peaceful protest": "protest", "Protest with intervention": "protest_intervention",
    "Excessive force against protesters": "excessive_force", "Violent demonstration": "riot", "Mob violence": "mob",
    "Agreement": "agreement", "Arrests": "arrest", "Change to group/activity": "movement",
    "Disrupted weapons use": "weapons", "Headquarters or base established": "base",
    "Looting/property destruction": "loot", "Non-violent transfer of territory": "handover", "Other": "meeting",
}


# ACLED's conventions a type stands on: force "against protesters" and a riot need a protest told in the
# sentence. Where it is told, the classifier may retype to them across event types (an attack on a protest is
# force against protesters) though the sentence lacks the cues' own words for them.
_DEMONSTRATION = frozenset({"protest", "protest_intervention", "riot", "excessive_force"})
NEEDS_CUE = {"excessive_force": _DEMONSTRATION - {"excessive_force"}, "riot": _DEMONSTRATION - {"riot"}}


@dataclass(frozen=True)
class Thresholds:
    """Chosen on report-level folds of the dev articles and the ACLED note sets (docs/coder.md)."""

    veto: float = 0.995  # P(none) from which a rule's draft is dropped
    bare_attack: float = 0.0  # P(none), "none" being its best label, from which bare-attack drops an event
    retype: float = 0.9  # P(type) from which an inconsistent rule type gives way
    create: float = 0.97  # P(some event) from which a sentence no rule read makes an event...
    create_type: float = 0.8  # ...of its best type, when that type is at least this sure


class SentenceReading:
    """The classifier's reading of each sentence of one report, and the cue kinds it read with, made once."""

    def __init__(self, text: str, lexicon: Lexicon, classifier: EventClassifier) -> None:
        self.text, self.lexicon, self.classifier = text, lexicon, classifier
        self._kinds: dict[tuple[int, int], tuple[str, ...]] = {}
        self._predictions: dict[tuple[int, int], Prediction] = {}

    def kinds(self, sentence: tuple[int, int]) -> tuple[str, ...]:
        if sentence not in self._kinds:
            self._kinds[sentence] = cue_kinds(self.lexicon, self.text, *sentence)
        return self._kinds[sentence]

    def predict(self, sentence: tuple[int, int]) -> Prediction:
        if sentence not in self._predictions:
            start, end = sentence
            self._predictions[sentence] = self.classifier.predict(self.text[start:end], self.kinds(sentence))
        return self._predictions[sentence]


def refine(analysis: Analysis, lexicon: Lexicon, drafts: list[Draft], classifier: EventClassifier,
           thresholds: Thresholds = Thresholds()) -> list[Draft]:
    reading = SentenceReading(analysis.report.text, lexicon, classifier)
    kept = []
    retyped = False
    labelled = lexicon.label(analysis.report.text) is not None
    for draft in drafts:
        prediction = reading.predict(draft.sentence)
        draft.rules.append(f"classifier: {prediction.label} {prediction.score:.2f}")
        veto_at = _veto_threshold(draft, thresholds)
        vetoed = prediction.label == NONE and prediction.score >= veto_at and not analysis.coder_note \
            and not any(rule("found-not-vetoed").match(name) for name in draft.rules)
        if vetoed and labelled:  # a note a coder's label opens ("Other: On 3 May, ...") codes the event it was
            draft.rules.append("labelled-note-stands")  # written for, as a coder's note does
            vetoed = False
        if vetoed and not _told_as_event_elsewhere(analysis, reading, draft, veto_at):
            why = "classifier-veto" if prediction.score >= thresholds.veto else "weak-cue-veto"
            analysis.dropped_drafts.append((why, draft))
            continue
        # the doubt bare-attack weighs is gone where another telling of the event reads as one (veto-whole-telling)
        if prediction.label == NONE and prediction.score >= thresholds.bare_attack and not analysis.coder_note \
                and "veto-whole-telling" not in draft.rules and _bare_generic_attack(draft, reading.text):
            analysis.dropped.append(("bare-attack", draft.trigger))
            analysis.dropped_drafts.append(("bare-attack", draft))
            continue
        if _force_on_the_crowd(draft, drafts, prediction.label, reading.text):
            analysis.dropped_drafts.append(("force-on-the-crowd", draft))
            continue
        if _protest_named_again(draft, drafts):
            analysis.dropped_drafts.append(("protest-named-again", draft))
            continue
        if prediction.label != NONE and prediction.score >= thresholds.retype and not _told_beside(
                draft, drafts, prediction.label) and not _named_not_told(analysis, lexicon, draft, prediction.label) \
                and not label_of_another_act(draft, drafts, prediction.label) \
                and _retype(lexicon, draft, prediction.label, reading.kinds(draft.sentence), reading.text):
            retyped = True
            if folded_into_sibling(analysis, draft, drafts):
                continue
        kept.append(draft)
    # only where the rules found no event in the whole report (a snippet, a note, a report in words the
    # lists lack): in a report where they did, the sentences they passed over were mostly background, and
    # events made there cost more than they found on the dev folds (docs/coder.md)
    created = [] if drafts else _new_events(analysis, lexicon, reading, set(), thresholds)
    # two kinds the rules kept apart may now be one type: one event, as the rules merge any two of a kind
    return merge_drafts(kept + created, lexicon.kinds, apart=not analysis.brief) if created or retyped else kept


def _named_not_told(analysis: Analysis, lexicon: Lexicon, draft: Draft, label: str) -> bool:
    """"Residents protested against the looting of their homes": the words of the label's kind are in the sentence,
    but the cue rule reference found each of them named again, not told; the classifier, which
    reads the words whole, does not make the draft that act (rule named-not-told)."""
    wanted = KIND_OF_LABEL.get(label)
    start, end = draft.sentence
    text = analysis.report.text
    cues = [m for m in lexicon.find(text, start, end) if m.cue.kind == wanted]
    not_told = {(e.start, e.end) for why, e in analysis.dropped
                if start <= e.start < end and why in _NOT_TOLD}
    return bool(cues) and all((m.start, m.end) in not_told for m in cues)


# the cue rules by which a trigger is named but not told anew ("against the looting of their homes", "demanding
# justice for the man who had killed a boy"); the other cue rules (plans, denials, old dates) leave the classifier
# its say: measured on articles-2, its retyping there was right
_NOT_TOLD = {"reference", "past-relative"}


def _veto_threshold(draft: Draft, thresholds: Thresholds) -> float:
    """Rule weak-cue-veto: the P(none) from which the classifier's veto drops a draft. A draft only cues of a weak
    family made (words said of a thing, a plan or a standing state as often as of an act that day: a mine, a
    handover, talks, a checkpoint, a base, seized arms) defers to a confident "none" (the rule's threshold in
    rules.yaml); a draft any other cue made (a clash, a strike, shelling, an attack with its toll) needs the
    near-certain "none" of `thresholds.veto`."""
    weak = rule("weak-cue-veto")
    cues = [name for name in draft.rules if name.startswith("cue:")]
    if weak.threshold is None or not cues or not all(weak.match(name) for name in cues):
        return thresholds.veto
    return min(weak.threshold, thresholds.veto)


def _told_as_event_elsewhere(analysis: Analysis, reading: SentenceReading, draft: Draft, veto_at: float) -> bool:
    """Rule veto-whole-telling: an event told in two sentences ("Rebels and the army clashed near the town. Residents
    fled as the fighting spread.") carries the later one's trigger when the details join the summary, and in a full
    report a lead read as background ("A deadly attack this week has stirred tensions in the province.") may open the
    event its details tell; the veto reads every sentence that tells it, and drops it only when none is read as
    telling an event."""
    told = {s for s in analysis.sentences for e in draft.evidence if s[0] <= e.start < s[1]} - {draft.sentence}
    for sentence in sorted(told):
        prediction = reading.predict(sentence)
        if not (prediction.label == NONE and prediction.score >= veto_at):
            draft.rules.append("veto-whole-telling")
            return True
    return False


def _bare_generic_attack(draft: Draft, text: str) -> bool:
    """Rule bare-attack: the generic words of an attack ("attacked", "targeted", "fired") are said of criticism,
    accusations, patterns and aims as often as of an act; an event that only they made, in a sentence the
    classifier reads as telling none, stands only with a toll of its own (killed or wounded counted there) or the
    bodily harm done told after it (rule harm-told)."""
    cues = {name for name in draft.rules if name.startswith("cue:")}
    if not cues or not all(rule("bare-attack").match(name) for name in cues):
        return False
    start, end = draft.sentence
    if rule("harm-told").search(text[draft.trigger.end:end]):
        return False  # "attacked farmers picking olives, beating three of them": the harm done is told
    return not any(count is not None and start <= count.evidence.start < end
                   for count in (draft.fatalities, draft.injured))


_PROTEST_LABELS = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                             "Violent demonstration"})


def _force_on_the_crowd(draft: Draft, drafts: list[Draft], label: str, text: str) -> bool:
    """Rule force-on-the-crowd: in a report that codes a protest, an attack on nobody named that only the generic
    words of an attack made ("security forces fired tear gas near the bridge", "riot police fired into the air"),
    done by a state's forces, in a sentence the classifier reads as a protest, is the force used on that crowd,
    told with the protest event, not an attack of its own. So is one on people named with the article ("then live
    bullets were fired at the young men"): the crowd told before, named again (rule crowd-named-again)."""
    if label not in _PROTEST_LABELS or draft.coding.sub_event_type != "Attack" \
            or (draft.roles.actor2 is not None and not _crowd_named_again(draft.roles.actor2, text)) \
            or draft.roles.victim_phrase or draft.roles.actor1 is None or draft.roles.actor1.inter != 1:
        return False
    if not any(other is not draft and other.kind == "protest" for other in drafts):
        return False
    cues = {name for name in draft.rules if name.startswith("cue:")}
    start, end = draft.sentence
    return bool(cues) and all(rule("bare-attack").match(name) for name in cues) and not any(
        count is not None and start <= count.evidence.start < end for count in (draft.fatalities, draft.injured))


def _crowd_named_again(victims: ActorMention, text: str) -> bool:
    """Rule crowd-named-again: civilians named with the definite article and no count ("at the young men", "on the
    people") in a sentence the classifier reads as a protest are the crowd the report told before."""
    named = text[max(0, victims.start - 12):victims.start] + text[victims.start:victims.end]
    return victims.inter == CIVILIANS_INTER and rule("crowd-named-again").search(named) is not None


def _told_beside(draft: Draft, drafts: list[Draft], label: str) -> bool:
    """The sentence's label is the type of another act the rules found in it ("regime forces shelled the town,
    and the SDF withdrew from it"): the classifier reads the sentence whole, so its label names that act, and the
    act the rules kept apart (rules own-clause, another-actor, distinct-act) keeps its own type (rule kept-apart).
    So does a development the rules found standing beside a territory change at the same place ("the factions took
    control of the village and looted its shops": the capture, and a looting), and a new base or checkpoint beside
    any act ("arrested three suspects and set up checkpoints in the area"), where a seizure told with an
    abduction or a fight is still that act's detail."""
    kept_apart = bool(_KEPT_APART & set(draft.rules))
    return any(other is not draft and other.sentence == draft.sentence and other.coding.sub_event_type == label
               and (kept_apart or draft.kind in DEVELOPMENT_KINDS and place_key(other) == place_key(draft)
                    and (other.coding.sub_event_type in TERRITORY_SUBTYPES or draft.kind == "base")
                    or _act_beside_development(draft, other) or _crowd_beside_act(draft, other)
                    or _act_at_another_place(draft, other))
               for other in drafts)


def _act_at_another_place(draft: Draft, other: Draft) -> bool:
    """Rule label-of-the-other-place: "aircraft struck a hideout in Alpha, and a force defused two devices near
    Beta": an act the rules found by its own words (not the generic verb of an attack) at another place than the
    sentence's act of the label's type is another act; the label the classifier gives the sentence whole names
    that one. An act the classifier itself retyped to the label ("a campaign in Alpha and Beta", the first place's
    draft) is no act of the label's type by its own words: the same act at a second place of the list takes the
    label too."""
    here, there = place_key(draft), place_key(other)
    retyped = any(r.startswith("retyped by classifier") for r in other.rules)
    return draft.kind != "attack" and not retyped and here is not None and there is not None and here != there


def _protest_named_again(draft: Draft, drafts: list[Draft]) -> bool:
    """Rule protest-named-again: "the protest came after a bomb went off near the home of a sheikh", "during the
    protests, gunmen threw a grenade at a party office": a protest named with the definite article (told-before) in
    a sentence that tells an act of violence of its own is the time or the cause of that act, not a second
    protest; the classifier, which reads the sentence whole, would make it that act a second time."""
    return draft.coding.event_type in _CROWD_TYPES and "told-before" in draft.rules and any(
        other is not draft and other.sentence == draft.sentence and other.coding.event_type in _VIOLENT_TYPES
        for other in drafts)


def _crowd_beside_act(draft: Draft, other: Draft) -> bool:
    """"Gunmen kidnapped a teacher, prompting dozens of residents to take to the streets": a protest the rules found
    beside another act in its sentence is the crowd's act, never the kidnapping or the arrest it protests (rule
    kept-apart), though the classifier, reading the sentence whole, names that act."""
    return draft.coding.event_type == "Protests" and other.coding.event_type not in _CROWD_TYPES \
        and "told-before" not in draft.rules  # "arrested men who took part in the protests": named, not told


def _act_beside_development(draft: Draft, other: Draft) -> bool:
    """"Turkish forces set up a post in the town amid regime shelling of it", "the army took control of the village
    and looted its shops": a strike or a territory change the rules found with its own words never becomes the
    development told beside it (rule kept-apart); the development is the lesser act, and the label of the sentence
    names it only because the classifier reads the sentence whole."""
    return other.kind in DEVELOPMENT_KINDS and (draft.kind in WEAPON_KINDS or draft.kind == "capture")


_CROWD_TYPES = {"Protests", "Riots"}
_CROWD_KINDS = frozenset(KIND_OF_LABEL[label] for label in _PROTEST_LABELS) | {"mob"}
_VIOLENT_TYPES = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
# the rules that keep a second act of a sentence
_KEPT_APART = {"own-clause", "another-actor", "distinct-act", "air-beside-battle", "other-sides", "occasion-named",
               "another-day"}  # an act of another day the sentence recalls ("a man detained there on Thursday")


def consistent(kind: Kind, label: str, lexicon: Lexicon) -> bool:
    """The rule's kind can give `label` (by its actor rules), or absorbs the label's kind by ACLED's conventions
    (a clash told with its shelling is the clash)."""
    return any(c.sub_event_type == label for c in kind.codings) or KIND_OF_LABEL.get(label) in kind.absorbs \
        or KIND_OF_LABEL.get(label) not in lexicon.kinds


def conventions_hold(kind: str | None, sentence_kinds: tuple[str, ...]) -> bool:
    return kind not in NEEDS_CUE or bool(NEEDS_CUE[kind] & set(sentence_kinds))


def _retype(lexicon: Lexicon, draft: Draft, label: str, sentence_kinds: tuple[str, ...], text: str) -> bool:
    """The classifier chooses among the kinds the sentence's cues name (the rules saw the words but ranked
    another first), among the sub-types of the rules' event type (a protest dispersed), names a kind no cue
    reaches, or a kind of the demonstration family where a protest is told (force on protesters, a riot): it
    does not overrule the rules with another event type they found no word for."""
    kind = lexicon.kinds[draft.kind]
    wanted = KIND_OF_LABEL.get(label)
    if consistent(kind, label, lexicon) or wanted is None or _unfought(draft):
        return False
    if draft.kind == "arrest" and label in TERRITORY_SUBTYPES:
        return False  # "captured two fighters in the region": people taken, no ground (rule people-taken)
    if draft.kind == "protest" and wanted in ("riot", "mob") and not rule("crowd-did-violence").search(
            text[draft.sentence[0]:draft.sentence[1]]):
        return False  # a protest turns into a riot by what its crowd did, told in words (rule crowd-did-violence)
    if draft.kind == "protest" and wanted not in _CROWD_KINDS and rule("protest-told").fullmatch(draft.trigger.text) \
            and "told-before" not in draft.rules:  # "men who took part in the protests": named, not told
        return False  # "staged a protest against the raids in which three were arrested": the crowd's act, not the raid
    same_type = lexicon.kinds[wanted].codings[-1].event_type == draft.coding.event_type
    # the generic verb of an attack ("the targeting of a car near the bridge killed two men") names no weapon: a remote
    # weapon the classifier is sure of decides the type (ACLED: the weapon decides, not who was hit)
    # unless the sentence names a hand weapon ("gunmen attacked two farmers": a gun, whatever the model guesses)
    weapon = draft.kind == "attack" and wanted in WEAPON_KINDS and not rule("hand-weapon").search(
        text[draft.sentence[0]:draft.sentence[1]])
    if not (wanted in sentence_kinds or same_type or wanted not in lexicon.cued_kinds or wanted in NEEDS_CUE
            or weapon):
        return False
    if not conventions_hold(wanted, sentence_kinds):
        return False
    start, end = draft.sentence  # an Agreement is one reached in the sentence, as for the rules' own cues
    if wanted == "agreement" and (agreement_not_reached(text[start:draft.trigger.start], text[start:end])
                                  or _agreement_only_named(lexicon, text, start, end)):
        return False
    new = lexicon.kinds[wanted]
    before = draft.coding.sub_event_type
    draft.kind, draft.coding = new.name, choose_coding(new, draft.roles, coder_note=False)
    draft.rules.append(f"retyped by classifier: {before} -> {draft.coding.sub_event_type}")
    return True


def _agreement_only_named(lexicon: Lexicon, text: str, start: int, end: int) -> bool:
    """Every agreement word of the sentence names an agreement not in force (rule agreement-unmade): "talks began on
    reviving the old disengagement agreement" names one, and the classifier, reading the sentence whole, must not
    make the act told beside it that agreement. An agreement in force ("under the agreement") may be."""
    words = [m for m in lexicon.find(text, start, end) if m.cue.kind == "agreement"]
    return bool(words) and all(rule("agreement-unmade").search(text[start:m.start][-100:]) for m in words)


def _unfought(draft: Draft) -> bool:
    """The rules read words saying no fight took place (rule unfought-transfer): the classifier, which weighs the
    capture verb, does not make the transfer a regaining or an overtaking again."""
    return any(name.startswith("unfought-transfer") for name in draft.rules)


def _new_events(analysis: Analysis, lexicon: Lexicon, reading: SentenceReading, read: set,
                thresholds: Thresholds) -> list[Draft]:
    created: list[Draft] = []
    current_date = None
    for sentence in analysis.sentences:
        start, end = sentence
        own_dates = [d for d in analysis.dates if start <= d.start < end]
        if sentence not in read and start >= analysis.headline_end and _names_actor_or_place(analysis, sentence):
            prediction = reading.predict(sentence)
            wanted = KIND_OF_LABEL.get(prediction.label)
            if prediction.label != NONE and prediction.event_score >= thresholds.create \
                    and prediction.score >= thresholds.create_type and wanted in lexicon.kinds \
                    and conventions_hold(wanted, reading.kinds(sentence)):
                draft = _draft(analysis, lexicon, reading.classifier, sentence, prediction, own_dates, current_date)
                if draft is not None:
                    created.append(draft)
        if own_dates and start >= analysis.headline_end:
            current_date = carried_date(own_dates, analysis.reference)
    return created


def _names_actor_or_place(analysis: Analysis, sentence: tuple[int, int]) -> bool:
    start, end = sentence
    return any(start <= a.start < end for a in analysis.actors) or any(
        start <= p.start < end and p.resolution.chosen is not None for p in analysis.places)


def _content_word(word: str) -> bool:
    return word.isalpha() and len(word) > 3


def _draft(analysis: Analysis, lexicon: Lexicon, classifier: EventClassifier, sentence: tuple[int, int],
           prediction: Prediction, own_dates: list, current_date) -> Draft | None:
    text = analysis.report.text
    start, end = sentence
    sentence_text = text[start:end]
    span = classifier.deciding_word(sentence_text, prediction.label)
    if span is None or not _content_word(sentence_text[span[0]:span[1]]):
        return None  # "a", "2019": no word tells the type, only the sum of weak hints
    before = sentence_text[:span[0]]
    # the rules' own filters of what is not a fact hold for the classifier's events too
    kind = lexicon.kinds[KIND_OF_LABEL[prediction.label]]
    if sentence_skip_reason(sentence_text) or is_negated(before) or irrealis_mode(before) or not_news(
            text, sentence, start + span[0], kind.name, own_dates, analysis.reference):
        return None
    cue = CueMatch(Cue(id="classifier", kind=kind.name, terms=()), start + span[0], start + span[1],
                   sentence_text[span[0]:span[1]])
    drafts = _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date)
    if not drafts:
        return None
    draft = drafts[0]
    draft.rules.extend([f"classifier: {prediction.label} {prediction.score:.2f} on '{cue.text}'",
                        "made by the classifier where no rule fired"])
    return draft
