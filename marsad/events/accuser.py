"""A side that blames another for an act ("...; the SDF accused ISIS cells of the killing", "police blamed a gang for
the attack") tells whom it holds responsible: it neither did the act nor was hit by it (rule accuser-not-side), as a
body named only as the source of the report is no side (rule source-not-side)."""

from __future__ import annotations

from marsad.events.drafts import Analysis
from marsad.events.rules import rule
from marsad.types import ActorMention


def role_candidates(analysis: Analysis, sentence: tuple[int, int]) -> tuple[list[ActorMention], list[str]]:
    """The actors that may take a role in an act of `sentence`: none named only as a source (rule source-not-side),
    nor the one who blames another and those it blames (rule accuser-not-side); with the rule that set them aside."""
    text = analysis.report.text
    sources = [a for a in analysis.actors if not any(t.start <= a.start < t.end for t in analysis.attributions)]
    accuser = next((a for a in sources if sentence[0] <= a.start < sentence[1] and accuses(text, a)), None)
    if accuser is None:
        return sources, []
    # the one blamed, named after the accuser ("accused ISIS cells of the killing"), is alleged, not hit either
    return [a for a in sources if not accuser.start <= a.start < sentence[1]], ["accuser-not-side"]


def accuses(text: str, mention: ActorMention) -> bool:
    """Whether the words right after `mention` have it blame another ("the SDF accused cells loyal to X", "the army
    blamed ISIS"); "militants accused of the attack" are the ones blamed, still a side."""
    return rule("accuser-not-side").match(text[mention.end:mention.end + 60]) is not None
