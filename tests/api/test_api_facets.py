"""/api/events/facets and /api/events/over-time: counts that agree with /api/events for the same filters,
fatality sums, public mode counting reviewed events only; and `marsad events --facet`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from api_samples import ATTACK, STRIKE, TEXT_A, TEXT_B, report
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.api import create_app
from marsad.cli import app as cli
from marsad.store import Store


def values(answer: dict, field: str) -> dict[str, tuple[int, int]]:
    return {entry["value"]: (entry["count"], entry["fatalities"]) for entry in answer["facets"][field]}


def test_facets_count_the_listed_events(client: TestClient) -> None:
    answer = client.get("/api/events/facets").json()
    assert answer["total"] == 2 and answer["fatalities"] == 5
    assert values(answer, "event_type") == {"Battles": (1, 4), "Explosions/Remote violence": (1, 1)}
    assert values(answer, "admin1") == {"Deir ez-Zor": (1, 4), "Idleb": (1, 1)}
    assert values(answer, "month") == {"2024-01": (1, 4), "2024-02": (1, 1)}
    assert [entry["value"] for entry in answer["facets"]["month"]] == ["2024-01", "2024-02"]  # in order
    # an event counts once under each of its two actors
    assert values(answer, "actor")["Hurras al-Din"] == (1, 1)
    assert len(answer["facets"]["actor"]) == 4

    narrowed = client.get("/api/events/facets", params={"type": "Battles", "field": "admin1"}).json()
    listed = client.get("/api/events", params={"type": "Battles"}).json()
    assert narrowed["total"] == listed["total"] == 1
    assert list(narrowed["facets"]) == ["admin1"] and values(narrowed, "admin1") == {"Deir ez-Zor": (1, 4)}


def test_facets_reject_unknown_fields(client: TestClient) -> None:
    answer = client.get("/api/events/facets", params={"field": "source_attribution"})
    assert answer.status_code == 422


def test_over_time_buckets_by_week_and_month(client: TestClient) -> None:
    months = client.get("/api/events/over-time").json()
    assert months["interval"] == "month"
    assert [(b["period"], b["event_type"], b["count"]) for b in months["buckets"]] == [
        ("2024-01", "Battles", 1), ("2024-02", "Explosions/Remote violence", 1)]
    weeks = client.get("/api/events/over-time", params={"interval": "week"}).json()
    # 2024-01-09 is a Tuesday, 2024-02-02 a Friday: their weeks start on the Mondays before
    assert [b["period"] for b in weeks["buckets"]] == ["2024-01-08", "2024-01-29"]


def test_public_facets_count_reviewed_events_only(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'public.db'}"
    with Store.open(url) as store:
        store.add_report(report("sohr-a", TEXT_A), [ATTACK])
        store.add_report(report("sohr-b", TEXT_B), [replace(STRIKE, source_attribution="a nurse")])
        store.review_event("sohr-a-1", "confirm", "carl")
    with TestClient(create_app(url, public=True), base_url="http://localhost") as public:
        answer = public.get("/api/events/facets").json()
        assert answer["total"] == 1 and values(answer, "event_type") == {"Battles": (1, 4)}
        assert "a nurse" not in public.get("/api/events/facets").text
        over_time = public.get("/api/events/over-time").json()
        assert [b["count"] for b in over_time["buckets"]] == [1]


def test_cli_events_facet(db_url: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db_url, "--facet", "event_type"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "event_type\tevents\tfatalities", "Battles\t1\t4", "Explosions/Remote violence\t1\t1",
        "(all matching)\t2\t5"]
    wrong = CliRunner().invoke(cli, ["events", "--db", db_url, "--facet", "colour"])
    assert wrong.exit_code == 1 and "facet 'colour'" in wrong.output


def test_events_within_a_radius(client: TestClient) -> None:
    # Al Mayadin (35.02, 40.45) is ~390 km from Sarmada (36.19, 36.72)
    def ids(near: str) -> list[str]:
        answer = client.get("/api/events", params={"near": near})
        assert answer.status_code == 200, answer.text
        return [event["event_id"] for event in answer.json()["events"]]

    assert ids("35.0,40.4,20") == ["sohr-a-1"]
    assert ids("35.0,40.4,450") == ["sohr-b-1", "sohr-a-1"]
    assert client.get("/api/events/facets", params={"near": "36.2,36.7,10"}).json()["total"] == 1
    wrong = client.get("/api/events", params={"near": "35,40"})
    assert wrong.status_code == 400 and "latitude,longitude,km" in wrong.json()["detail"]
    assert client.get("/api/events", params={"near": "35,40,0"}).status_code == 400
