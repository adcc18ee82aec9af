"""Who a report credits for a fact: "reliable sources in Al-Bokamal city informed SOHR", "according to the SDF"."""

from __future__ import annotations

import re

from marsad.events.word_lists import alternation
from marsad.types import Evidence

# the word lists live in marsad/data/events/word_lists.yaml (named, tested there); the shapes stay here
_SOURCE_NOUN = alternation("source-nouns")
_CREDITED_BODY = alternation("credited-bodies")
_SOURCE_KIND = alternation("source-kinds")
_TELLS = alternation("telling-verbs")  # the verbs rule teller-not-side reads too
_PATTERNS = [
    # "Reliable sources in Al-Bokamal city in the eastern countryside of Deir Ezzor have informed SOHR"
    re.compile(
        # the sources Iraqi outlets cite by the body they sit in too ("a police source said", "an army source told")
        rf"(?P<who>\b(?:{_SOURCE_KIND}\s+)+"
        rf"{_SOURCE_NOUN}"
        rf"(?:\s+(?:in|from|at|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|city|town|village|area))*)?)"
        rf"[^.]{{0,120}}?\b(?:have |has |had )?(?:informed|told|reported|confirmed|said|documented|monitored)\b"),
    # "A source in the Internal Security Command in Latakia told SANA that": a source named by the body and the town
    # it sits in, with no adjective before it (SANA's and Iraqi agencies' manner); the town is the source's seat
    re.compile(rf"(?P<who>\b[Aa]n?\s+{_SOURCE_NOUN}(?:\s+(?:in|from|at|of|with)\s+(?:the\s+)?[A-Z][\w'’-]*"
               rf"(?:\s+(?:[A-Z][\w'’-]*|of|for|city|town|village|area))*)+)"
               rf"\s+(?:have |has |had )?(?:informed|told|reported|confirmed|said|stated)\b"),
    re.compile(rf"\b[Aa]ccording to (?P<who>(?:the )?(?:[\w'’-]+\s+){{0,5}}?{_SOURCE_NOUN}(?:\s+(?:in|of)\s+"
               rf"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)"),
    re.compile(r"\b[Aa]ccording to (?P<who>(?:the )?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|al-\w+))*)"),
    # the body a wire or a local outlet credits at the end of the sentence ("..., killing three, police said.",
    # "..., a rights group said on Tuesday.", "..., the Syrians for Truth and Justice group said.")
    re.compile(rf",\s+(?P<who>(?:(?:a|an|the)\s+)?(?:[\w'’.-]+\s+){{0,6}}?{_CREDITED_BODY})\s+"
               rf"{_TELLS}\b(?=[^,;.]*(?:[.!?]|$))"),
    # a sentence opened by an unarmed body that tells it ("Rights groups said the boy was shot in the chest")
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?!Armed\b|Militant|Rebel|Insurgent)(?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?"
               rf"{alternation('unarmed-tellers')})"
               r"\s+(?:said|say|reported|told)\b"),
    re.compile(rf"(?P<who>\bSOHR {_SOURCE_NOUN}|\bSyrian Observatory {_SOURCE_NOUN}|\bSOHR)\s+"
               r"(?:have |has )?(?:reported|documented|monitored|learned|learnt|said|confirmed)\b"),
]


def find_attributions(text: str, offset: int = 0) -> list[Evidence]:
    """Attribution phrases in `text`, as written, in order of appearance."""
    found: list[Evidence] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span("who")
            who = match.group("who").strip()
            if any(start < e.end - offset and e.start - offset < end for e in found):
                continue
            found.append(Evidence(offset + start, offset + start + len(who), who))
    return sorted(found, key=lambda e: e.start)
