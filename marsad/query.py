"""Event filters as analysts write them: place spellings and actor aliases made into the names the store holds.

The CLI (`marsad events`), the API and the web app build one `EventFilter` and resolve it here, so
"Mayadeen", "Al-Mayadeen" and "Al Mayādīn" find the same town, "Deir Ezzor" and "Dayr az Zawr" the same
governorate, and "SDF", "Daesh" or "PMF" the actors the actor base knows by those aliases. The SQL of every
filter is `EventFilter.apply` (store/filters.py), one implementation for all three.

Layer: above store/ and actors/ (it reads the actor base and the store's place names), below api/ and cli/.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.actors.base import ActorBase
from marsad.actors.graph import client_names
from marsad.store.filters import EventFilter
from marsad.text.fold import compact, fold, vowel_fold

if TYPE_CHECKING:
    from marsad.store import Store


def resolve_filter(filters: EventFilter, store: Store, base: ActorBase | None = None) -> EventFilter:
    """`filters` with its place, governorate, actor and patron texts resolved to stored and canonical names."""
    changes: dict[str, tuple[str, ...]] = {}
    if filters.place or filters.admin1:
        names = store.place_names()
        # a text that spells no stored place is left to match as typed (part of a name)
        if filters.place and (found := same_place(filters.place, [n for level in names.values() for n in level])):
            changes["place_names"] = found
        if filters.admin1 and (found := same_place(filters.admin1, names["admin1"])):
            changes["admin1_names"] = found
    if filters.actor or filters.backed_by:
        base = base or ActorBase.load(extra=store.list_actors(), strict=False)
        if filters.actor:
            changes["actor_names"] = actor_names(base, filters.actor)
        if filters.backed_by:
            changes["client_names"] = tuple(client_names(base, filters.backed_by))
    return replace(filters, **changes) if changes else filters


def same_place(query: str, names: list[str]) -> tuple[str, ...]:
    """The names that spell the place `query` names (whole names, folded: not every name containing it).

    Names meet on the folded consonant key ("Mayadeen" ~ "Al Mayādīn"); where several places share the key
    ("Maadan"), the ones whose vowels agree too are kept when there are any.
    """
    key = compact(fold(query))
    if not key:
        return ()
    found = sorted({name for name in names if name and compact(fold(name)) == key})
    vowels = vowel_fold(query)
    closer = [name for name in found if vowel_fold(name) == vowels]
    return tuple(closer or found)


def actor_names(base: ActorBase, query: str) -> tuple[str, ...]:
    """Canonical (and ACLED) names of the actors the base knows by `query`: an id, name or alias."""
    ids = [query] if base.has(query) else list(base.ids_for(query))
    exact = base.by_name(query)
    if exact is not None and exact.id not in ids:
        ids.append(exact.id)
    names: dict[str, None] = {}
    for actor_id in ids:
        actor = base.get(actor_id)
        names[actor.name] = None
        if actor.acled_name:
            names[actor.acled_name] = None
    return tuple(names)
