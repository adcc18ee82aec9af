"""GET /api/events/{id}/places: the candidates the geoparser weighed, recomputed from the stored text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from api_samples import ATTACK, report, span
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.errors import GazetteerError
from marsad.places.build import build
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser
from marsad.store import Store

# A tiny GeoNames dump: two towns share a name in two governorates; the report's province decides.
PLACES = [
    ("2001", "Mayādīn", "Mayadin", "Al Mayadin,Al-Mayadeen", 35.021, 40.453, "07", 45000),
    ("2002", "Mayādīn", "Mayadin", "Al Mayadin,Al-Mayadeen", 34.600, 36.900, "11", 0),
    ("2003", "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor,Deir Ezzor", 35.336, 40.141, "07", 240000),
]
TEXT = ("Deir Ezzor Province – Syrian Observatory for Human Rights: On April 2, gunmen attacked a position "
        "of regime forces near Al-Mayadeen, killing two soldiers.")


def geonames_line(gid: str, name: str, ascii_name: str, alternates: str, lat: float, lon: float,
                  admin1: str, population: int) -> str:
    return "\t".join([gid, name, ascii_name, alternates, f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", "SY", "",
                      admin1, "", "", "", str(population), "", "0", "Asia/Damascus", "2020-01-01"])


@pytest.fixture(scope="module")
def gazetteer_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gazetteer")
    dump = folder / "SY.txt"
    dump.write_text("\n".join(geonames_line(*row) for row in PLACES) + "\n", encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("SY.07\tDeir ez-Zor\tDeir ez-Zor\t0\nSY.11\tHoms\tHoms\t0\n", encoding="utf-8")
    index = folder / "gazetteer.sqlite"
    build(index, [dump, admin1], with_default=False)
    return index


def test_event_page_candidates(sqlite_url: str, gazetteer_index: Path) -> None:
    event = replace(ATTACK, doc_id="sohr-m", event_id="sohr-m-1", notes="Gunmen attacked near Al-Mayadeen.",
                    evidence=(span(TEXT, "gunmen attacked a position"),),
                    field_evidence={"location": span(TEXT, "Al-Mayadeen")})
    with Store.open(sqlite_url) as store:
        store.add_report(report("sohr-m", TEXT), [event])
    app = create_app(sqlite_url, geoparser_factory=lambda: Geoparser(Gazetteer.open(gazetteer_index)))
    with TestClient(app, base_url="http://localhost") as client:
        answer = client.get("/api/events/sohr-m-1/places")
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["how"] == "evidence"
        location = body["mentions"][body["location_mention"]]
        assert location["text"] == "Al-Mayadeen" and location["event_location"] is True
        assert location["relation"] == "near"
        weighed = {c["geonameid"]: c for c in location["candidates"]}
        assert set(weighed) == {"2001", "2002"}
        assert weighed["2001"]["chosen"] and not weighed["2002"]["chosen"]
        assert weighed["2001"]["score"] > weighed["2002"]["score"]
        assert weighed["2002"]["admin1"] == "Homs"
        assert location["candidates"][0]["geonameid"] == "2001"  # best first
        assert location["chosen_now"] == "2001"
        assert [m["event_location"] for m in body["mentions"]].count(True) == 1
        assert client.get("/api/events/nope/places").status_code == 404

        # No location evidence (sohr-a): found by the same place name, or reported as not found.
        other = client.get("/api/events/sohr-a-1/places").json()
        assert other["how"] in ("same place", "same name", "not found")


def test_missing_gazetteer_is_a_clear_503(sqlite_url: str) -> None:
    def broken() -> Geoparser:
        raise GazetteerError("cannot read the gazetteer index /nowhere: run `marsad gazetteer import` again")

    with TestClient(create_app(sqlite_url, geoparser_factory=broken), base_url="http://localhost") as client:
        answer = client.get("/api/events/sohr-a-1/places")
        assert answer.status_code == 503 and answer.json()["error"] == "gazetteer_error"
