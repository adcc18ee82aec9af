"""The user's part of the base, kept in the store: added actors, imported files, the review queue.

Shipped YAML + stored actors = the base used everywhere, so a user's corrections survive upgrades.
Discovered groups wait in the store's pending queue until accepted (then saved as origin "discovered").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from marsad.actors.base import ActorBase
from marsad.errors import MarsadError, NotFoundError
from marsad.types import Actor, ActorMention, Patron


def slug(name: str) -> str:
    """A stable id for a user actor from its name ("Al-Sheikh Brigade" -> "al-sheikh-brigade")."""
    text = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return text or "actor"


def resolve_id(base: ActorBase, reference: str | None) -> str | None:
    """An actor id from an id or any name/alias; NotFoundError when the base has neither."""
    if not reference:
        return None
    if base.has(reference):
        return reference
    actor = base.find(reference)
    if actor is None:
        raise NotFoundError(f"no actor '{reference}' in the base; add it first or use `marsad actors list`")
    return actor.id


def patron_names(base: ActorBase, references: Iterable[str]) -> tuple[Patron, ...]:
    """Patrons by canonical name; a patron the base lacks keeps the name as given."""
    patrons = []
    for reference in references:
        actor = base.get(reference) if base.has(reference) else base.find(reference)
        patrons.append(Patron(name=actor.name if actor else reference))
    return tuple(patrons)


def queue_discovered(store: Any, mentions: Iterable[ActorMention], doc_id: str | None) -> list[int]:
    """Put each discovered group of a report in the review queue once; returns the pending ids."""
    ids: list[int] = []
    seen: set[str] = set()
    for mention in mentions:
        if not mention.discovered or mention.kind == "person" or mention.name in seen:
            continue
        seen.add(mention.name)
        descriptors = {
            "inter": mention.inter,
            "backed_by": list(mention.backed_by),
            "part_of": mention.part_of,
            "text": mention.text,
        }
        evidence = mention.evidence[0] if mention.evidence else None
        ids.append(store.add_pending_actor(mention.name, descriptors, doc_id, evidence))
    return ids


def actor_from_pending(base: ActorBase, pending: dict[str, Any]) -> Actor:
    """The Actor an accepted queue entry becomes."""
    descriptors = pending.get("descriptors") or {}
    inter = descriptors.get("inter") or 3
    part_of = descriptors.get("part_of")
    try:
        parent = resolve_id(base, part_of)
    except MarsadError:
        parent = None
    kind = descriptors.get("kind") or {2: "rebel", 4: "identity-militia"}.get(inter, "political-militia")
    return Actor(
        id=slug(pending["name"]),
        name=pending["name"],
        inter=int(inter),
        kind=kind,
        part_of=parent,
        backed_by=patron_names(base, descriptors.get("backed_by") or ()),
        description=f"discovered in {pending.get('doc_id') or 'a report'}",
    )
