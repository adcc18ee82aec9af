"""A fight of unnamed tribes, clans or families whose names the report gives in a sentence around it (rule
kin-named-nearby).

Iraqi and Syrian outlets open with the toll of "an armed dispute between two clans" and name the clans in the
next sentence ("The fighting broke out between members of the Bani X and Al-Y clans over land"), often in a
sentence that tells no act of its own. A coder reads the names into the event, as ACLED names a tribal militia by
its tribe wherever the report gives it. Only the kin the report names close by count (the sentence before the
event's, its own, and the two after it), and only where they are few enough to be its sides: two sides at most,
and no more names than the event has unnamed sides to fill.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.actors.lexicon import TRIBAL_NOUNS
from marsad.events.drafts import Analysis, Draft
from marsad.types import ActorMention

_BEFORE, _AFTER = 1, 2  # sentences around the event's own in which its kin may be named
_KIN_WORDS = TRIBAL_NOUNS | {"family", "families"}  # words of a kin group's name ("X Tribal Militia", "Y Clan")


def _unnamed_kin(mention: ActorMention | None) -> bool:
    """"Two clans", "tribal gunmen": a generic identity militia (ACLED inter 4) that names no tribe."""
    return mention is not None and mention.kind == "generic" and mention.inter == 4


def _named_kin(mention: ActorMention) -> bool:
    """A named tribe, clan or family ("Al Shaitat Tribal Militia (Syria)"): its name says kin. Another identity
    militia ("National Guard (Sweida)", a Druze force; "Sanadid Forces") is a side of its own, no kin of the tribes."""
    return mention.kind not in ("generic", "person") and mention.inter == 4 \
        and any(word in _KIN_WORDS for word in re.findall(r"[a-z]+", mention.name.lower()))


def _window(analysis: Analysis, draft: Draft) -> tuple[int, int] | None:
    """The characters of the sentences around the draft's, within the body (not the headline)."""
    body = [s for s in analysis.sentences if s[0] >= analysis.headline_end]
    index = next((i for i, s in enumerate(body) if s[0] <= draft.sentence[0] < s[1]), None)
    if index is None:
        return None
    last = next((i for i, s in enumerate(body) if s[0] <= max(draft.sentence[1] - 1, draft.sentence[0]) < s[1]),
                index)
    return body[max(0, index - _BEFORE)][0], body[min(len(body) - 1, last + _AFTER)][1]


def _kin_around(analysis: Analysis, draft: Draft) -> list[ActorMention]:
    """The distinct tribes, clans and families named around the draft, in the order the report names them."""
    window = _window(analysis, draft)
    if window is None:
        return []
    kin: list[ActorMention] = []
    for mention in sorted(analysis.actors, key=lambda m: m.start):
        if window[0] <= mention.start < window[1] and _named_kin(mention) and \
                all(k.name != mention.name for k in kin):
            kin.append(mention)
    return kin


def name_unnamed_kin(drafts: list[Draft], analysis: Analysis) -> None:
    """Give an event's unnamed tribal or communal side the name of the kin the report names around it."""
    for draft in drafts:
        roles = draft.roles
        if draft.in_headline or not _unnamed_kin(roles.actor1):
            continue
        unnamed_second = roles.actor2 is None or _unnamed_kin(roles.actor2)
        kin = [k for k in _kin_around(analysis, draft) if roles.actor2 is None or k.name != roles.actor2.name]
        if not kin or len(kin) > (2 if unnamed_second else 1):
            continue  # more tribes than sides: which fought is not told
        actor2 = kin[1] if len(kin) == 2 else roles.actor2
        draft.roles = replace(roles, actor1=kin[0], actor2=actor2)
        draft.rules.append("kin-named-nearby")
