"""A draft the event classifier retyped into the type of another act its own sentence tells is that act told
again: it folds into it, though a later telling placed that act more precisely (rule retyped-folds; docs/events.md).
"Two policemen were killed in clashes in the district, and leaders brokered a deal": the classifier, reading the
sentence whole, names the clashes, and the deal it retyped so is no second battle at the district beside the one the
next sentence places in its village. A sentence that names two places ("arrested a man from A and seized his car in
B") may tell two acts, one at each: there nothing folds. A draft told in that sentence and again in one of its own
keeps its type: the label named the other act (rule label-of-another-act)."""

from __future__ import annotations

from marsad.events.acts_apart import JOINING_RULES
from marsad.events.drafts import Analysis, Draft, place_key
from marsad.events.merging import absorb

# places a sentence names that tell where nothing happened in it: the country, the region it belongs to
_WIDE = frozenset({"PCLI", "PCL", "REGION", "ADM1"})


def folded_into_sibling(analysis: Analysis, draft: Draft, drafts: list[Draft]) -> bool:
    """Fold `draft`, just retyped, into the first other draft of its sentence with its sub-event type (rule
    retyped-folds); False when its sentence tells no such act, or names two places where it may tell two."""
    if draft.in_headline:
        return False
    sibling = next((other for other in drafts if other is not draft and other.sentence == draft.sentence
                    and not other.in_headline and other.coding.sub_event_type == draft.coding.sub_event_type), None)
    if sibling is None:
        return False
    if place_key(sibling) != place_key(draft) and len(_places_named(analysis, draft.sentence)) > 1:
        return False
    absorb(sibling, draft, "retyped-folds")
    return True


def label_of_another_act(draft: Draft, drafts: list[Draft], label: str) -> bool:
    """"The clashes broke out after gunmen attacked a patrol at the entrance of the town. Security forces sent
    reinforcements to the town on Thursday.": the classifier labels the first sentence by the clashes, another event
    already told in it; the draft told there and again in a sentence of its own (the move of forces) is no telling of
    the clashes, and keeps its type (rule label-of-another-act). Told in that sentence alone, it is the act told
    again (rule retyped-folds)."""
    start, end = draft.sentence
    # told again in a later sentence that joined it (not a sentence that only located it, nor a headline's words)
    if not (JOINING_RULES & set(draft.rules) and any(e.start >= end for e in draft.evidence)):
        return False
    found = any(other is not draft and not other.in_headline and other.coding.sub_event_type == label
                and any(start <= e.start < end for e in other.evidence) for other in drafts)
    if found and "label-of-another-act" not in draft.rules:
        draft.rules.append("label-of-another-act")
    return found


def _places_named(analysis: Analysis, sentence: tuple[int, int]) -> set[str]:
    start, end = sentence
    return {p.place.geonameid for p in analysis.places if start <= p.start < end and p.place is not None
            and p.place.feature_code not in _WIDE}
