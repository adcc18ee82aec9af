"""Who a report credits for a fact: "reliable sources in Al-Bokamal city informed SOHR", "according to the SDF"."""

from __future__ import annotations

import re

from marsad.types import Evidence

_SOURCE_NOUN = r"(?:sources?|activists?|correspondents?|reporters?|network|informants?|witnesses|eyewitnesses)"
_CREDITED_BODY = (r"(?:police|group|groups|organi[sz]ations?|monitor|observatory|officials?|ministry|office|"
                  r"spokes(?:man|woman|person)|agency|committee|council|authorities|media|residents|relatives|"
                  r"family|doctors|medics|witnesses|union|"
                  # the people who tell it ("two police officers and a tribal leader said", "the mayor told AFP")
                  r"officers?|leaders?|elders?|sheikhs?|commanders?|mayor|governor|"
                  # the Iraqi commands and cells that issue statements ("the Basra police command said")
                  r"[Cc]ommand|[Cc]ell|[Dd]irectorate|[Dd]epartment)")
_PATTERNS = [
    # "Reliable sources in Al-Bokamal city in the eastern countryside of Deir Ezzor have informed SOHR"
    re.compile(
        rf"(?P<who>\b(?:(?:[Rr]eliable|[Ll]ocal|[Pp]rivate|[Mm]edical|[Ss]ecurity|[Mm]ilitary|[Ii]nformed|"
        rf"[Tt]ribal|[Ff]amily|[Ee]xclusive|SOHR|Syrian Observatory|[Ii]ts|[Oo]ur|"
        # the sources Iraqi outlets cite by the body they sit in ("a police source said", "an army source told")
        rf"[Pp]olice|[Ii]ntelligence|[Gg]overnment|[Oo]fficial|[Hh]ealth|[Hh]ospital|[Aa]rmy|[Jj]udicial)\s+)+"
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
               r"(?:said|reported|told|added|confirmed|stated|announced)\b(?=[^,;.]*(?:[.!?]|$))"),
    # a sentence opened by an unarmed body that tells it ("Rights groups said the boy was shot in the chest")
    re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?!Armed\b|Militant|Rebel|Insurgent)(?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,3}?"
               r"(?:groups?|organi[sz]ations?|monitors?|observatory|activists|residents|witnesses|medics|doctors))"
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
