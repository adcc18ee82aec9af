"""GET /api/reports?q=: search in the report text (PostgreSQL's full-text search; every word on SQLite)."""

from __future__ import annotations


def test_reports_are_searched_by_their_text(client) -> None:
    found = client.get("/api/reports", params={"q": "drone Sarmada"}).json()
    assert (found["total"], [r["doc_id"] for r in found["reports"]]) == (1, ["sohr-b"])
    both = client.get("/api/reports", params={"q": "Syrian Observatory"}).json()
    assert both["total"] == 2 and len(both["reports"]) == 2
    none = client.get("/api/reports", params={"q": "Raqqa"}).json()
    assert none == {"total": 0, "limit": 50, "offset": 0, "reports": []}


def test_a_search_of_too_many_words_is_a_clear_error(client) -> None:
    answer = client.get("/api/reports", params={"q": " ".join(["word"] * 21)})
    assert answer.status_code == 400 and "at most 20" in answer.json()["detail"]
