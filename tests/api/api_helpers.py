"""Helpers for the api tests: a fake pipeline, the CSRF header, logging in, waiting for a job."""

from __future__ import annotations

import time

from api_samples import ATTACK
from fastapi.testclient import TestClient

from marsad.types import Evidence


class FakePipeline:
    """Stands in for marsad.nlp.pipeline.Pipeline: one Battles event per report, evidence = first sentence."""

    def process(self, report):
        from dataclasses import replace

        end = report.text.find(".") + 1 or len(report.text)
        return [
            replace(
                ATTACK,
                doc_id=report.doc_id,
                event_id=f"{report.doc_id}-1",
                notes=report.text[:end],
                evidence=(Evidence(0, end, report.text[:end]),),
                field_evidence={},
            )
        ]


def csrf(client: TestClient) -> dict[str, str]:
    """The header every state-changing request needs."""
    return {"X-CSRF-Token": client.get("/api/session").json()["csrf_token"]}


def login(client: TestClient, name: str) -> dict[str, str]:
    response = client.post(
        "/api/login", json={"name": name, "password": f"{name}-password"}, headers=csrf(client)
    )
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": response.json()["csrf_token"]}


def wait_for_job(client: TestClient, job_id: str) -> dict:
    for _ in range(200):
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.02)
    raise AssertionError(f"job {job_id} did not finish")
