from __future__ import annotations

from datetime import date

import pytest
from store_samples import make_events, make_report

from marsad.errors import NotFoundError, StoreError
from marsad.store import Store
from marsad.types import Actor, Evidence, Patron

REGIMENT = Actor(
    id="qassem-soleimani-regiment",
    name="Al-Haj Qassem Soleimani Regiment",
    inter=3,
    kind="militia",
    country="Syria",
    aliases=("Qassem Soleimani Regiment", "Soleimani Regiment"),
    arabic="فوج الحاج قاسم سليماني",
    part_of=None,
    backed_by=(Patron("Iran", since=2021),),
    active=(2021, None),
    description="Local militia formed in 2021.",
)


def test_save_and_list_actors(store: Store) -> None:
    store.save_actor(REGIMENT)
    found = Actor(id="tribal-force", name="Tribal Force", inter=4, kind="identity")
    store.save_actor(found, origin="discovered")
    assert store.list_actors() == [REGIMENT, found]
    assert store.list_actors(origin="user") == [REGIMENT]
    assert store.list_actors(origin="discovered") == [found]


def test_a_period_actor_keeps_its_days_acled_name_and_coding_under_its_parent(store: Store) -> None:
    army = Actor(id="northland-army-2019", name="Military Forces of Northland (2019-)", inter=1, kind="state",
                 country="Northland", active=(2020, None), began=date(2019, 11, 3), acled_name="Northland Army",
                 coded_under_parent=False)
    council = Actor(id="alpha-council", name="Alpha Council", inter=2, kind="rebel", part_of="northland-army-2019",
                    coded_under_parent=True, ended=date(2023, 4, 30))
    store.save_actor(army)
    store.save_actor(council)
    assert store.list_actors() == [council, army]


def test_saving_again_replaces_aliases_and_patrons(store: Store) -> None:
    store.save_actor(REGIMENT)
    changed = Actor(**{**REGIMENT.__dict__, "aliases": ("Soleimani Regiment",), "backed_by": ()})
    store.save_actor(changed)
    assert store.list_actors() == [changed]


def test_unknown_origin_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="unknown actor origin"):
        store.save_actor(REGIMENT, origin="guessed")


def test_pending_actors_are_queued_once_by_folded_name(store: Store) -> None:
    store.add_report(make_report(), make_events())
    evidence = Evidence(10, 28, "Al-Sheikh Brigade")
    first = store.add_pending_actor("Al-Sheikh Brigade", {"kind": "militia"}, "sohr-raids", evidence)
    again = store.add_pending_actor("al sheikh brigade", {"kind": "other"}, None, None)
    other = store.add_pending_actor("Desert Hawks", {}, None, None)
    assert first == again != other
    pending = store.list_pending()
    assert [p["name"] for p in pending] == ["Al-Sheikh Brigade", "Desert Hawks"]
    assert pending[0]["descriptors"] == {"kind": "militia"}
    assert pending[0]["report_id"] is not None
    assert pending[0]["evidence"] == {"start": 10, "end": 28, "text": "Al-Sheikh Brigade"}
    assert pending[1]["evidence"] is None

    store.set_pending_status(first, "accepted")
    assert [p["name"] for p in store.list_pending()] == ["Desert Hawks"]
    assert [p["status"] for p in store.list_pending(status=None)] == ["accepted", "pending"]
    with pytest.raises(StoreError, match="unknown pending-actor status"):
        store.set_pending_status(first, "maybe")
    with pytest.raises(NotFoundError):
        store.set_pending_status(999, "rejected")
