"""/api/pending-actors: discovered groups reviewed from the web; accepting one puts it in the actor base."""

from __future__ import annotations

from api_helpers import FakePipeline, login
from api_samples import TEXT_A, span
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.store import Store


def queue_two(url: str) -> tuple[int, int]:
    with Store.open(url) as store:
        first = store.add_pending_actor(
            "Liwa al-Quds al-Sharqi", {"inter": 3, "backed_by": ["Iran"], "part_of": None, "text": "x"},
            "sohr-a", span(TEXT_A, "gunmen of ISIS"),
        )
        second = store.add_pending_actor("Saraya al-Fajr", {"inter": 2}, None, None)
    return first, second


def test_pending_actor_accept_and_reject(accounts_url: str) -> None:
    first, second = queue_two(accounts_url)
    with TestClient(create_app(accounts_url, pipeline_factory=FakePipeline), base_url="http://localhost") as client:
        coder = login(client, "carl")
        listed = client.get("/api/pending-actors").json()
        assert [p["name"] for p in listed] == ["Liwa al-Quds al-Sharqi", "Saraya al-Fajr"]
        assert listed[0]["evidence"]["text"] == "gunmen of ISIS" and listed[0]["report_id"] is not None
        refused = client.post(f"/api/pending-actors/{first}", json={"action": "accept"}, headers=coder)
        assert refused.status_code == 403 and "admin" in refused.json()["detail"]

        admin = login(client, "ada")
        accepted = client.post(f"/api/pending-actors/{first}", json={"action": "accept"}, headers=admin)
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["status"] == "accepted"
        actor_id = accepted.json()["actor_id"]
        assert actor_id == "liwa-al-quds-al-sharqi"
        assert client.get(f"/api/actors/{actor_id}").json()["name"] == "Liwa al-Quds al-Sharqi"
        again = client.post(f"/api/pending-actors/{first}", json={"action": "reject"}, headers=admin)
        assert again.status_code == 400 and "already accepted" in again.json()["detail"]

        rejected = client.post(f"/api/pending-actors/{second}", json={"action": "reject"}, headers=admin)
        assert rejected.json()["status"] == "rejected" and rejected.json()["actor_id"] is None
        assert client.get("/api/pending-actors").json() == []
        assert len(client.get("/api/pending-actors?status=all").json()) == 2
        assert client.get("/api/actors/saraya-al-fajr").status_code == 404
        assert client.post("/api/pending-actors/999", json={"action": "accept"}, headers=admin).status_code == 404
        bad = client.post(f"/api/pending-actors/{second}", json={"action": "merge"}, headers=admin)
        assert bad.status_code == 422


def test_pending_actors_need_a_coder(accounts_url: str) -> None:
    queue_two(accounts_url)
    with TestClient(create_app(accounts_url, pipeline_factory=FakePipeline), base_url="http://localhost") as client:
        assert client.get("/api/pending-actors").status_code == 401
        login(client, "vera")
        assert client.get("/api/pending-actors").status_code == 403
