"""Which sides a battle told twice keeps: the telling that names both sides over one that names a single side.

Reports tell a fight first in passing, with one side ("Government forces withdrew from the city after days of
fighting"), and then with its two sides ("clashes erupted between the Alpha tribesmen and the Guards near Beta").
When the two tellings are one event, the side of the passing telling is no side of the fight the detail tells: a
coder codes the two sides the detail names (rule `both-sides-named`). A passing side that is one of the two keeps its
place as actor1, and the other side joins it as actor2, as before.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.drafts import Draft


def join_other_side(target: Draft, other: Draft) -> None:
    """`other` tells `target` again and names an actor2 that `target` lacks: in a battle whose one named side is
    neither of the two `other` names, both sides come from `other` (rule `both-sides-named`); else `other`'s actor2
    joins `target`'s actor1."""
    mine, theirs = target.roles, other.roles
    if target.coding.event_type == "Battles" and mine.actor1 is not None and theirs.actor1 is not None \
            and theirs.actor2 is not None and mine.actor1.name not in (theirs.actor1.name, theirs.actor2.name):
        target.roles = replace(mine, actor1=theirs.actor1, actor2=theirs.actor2,
                               assoc1=theirs.assoc1, assoc2=theirs.assoc2)
        target.rules.append("both-sides-named")
        return
    if target.coding.event_type == "Battles" and mine.actor1 is not None and theirs.actor1 is not None \
            and theirs.actor2 is not None and theirs.actor2.name == mine.actor1.name:
        # "Gunmen attacked SDF posts" told of a battle of the SDF: its other side is the one who attacked
        target.roles = replace(mine, actor2=theirs.actor1, assoc2=theirs.assoc1)
        return
    target.roles = replace(mine, actor2=theirs.actor2)
