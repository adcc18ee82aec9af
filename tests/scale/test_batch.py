"""run_batch on a 2-process LocalCluster: as one process, re-runs add nothing, failures reported."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import cloudpickle
import pytest
from scale_samples import make_reports

from marsad.errors import StoreError
from marsad.scale.batch import run_batch
from marsad.scale.worker import PartitionResult, PipelineSpec, code_partition
from marsad.store import Store

# The coder below is defined in this test module: ship it to the workers by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def stored(db_url: str) -> tuple[int, list[dict]]:
    with Store.open(db_url) as store:
        events = sorted(store.iter_events(), key=lambda e: e["event_id"])
        return store.count_reports(), events


def test_batch_equals_single_process(cluster_client, pipeline, db_url, tmp_path):
    reports = make_reports()
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    refused = []  # what the store refuses from one process, it must refuse from the batch too
    with Store.open(single_url) as store:
        for report, events in pipeline.pipe(reports):
            try:
                store.add_report(report, events)
            except StoreError:
                refused.append(report.doc_id)
    result = run_batch(reports, db_url=db_url, scheduler=cluster_client, partition_size=2)
    assert [f.doc_id for f in result.failures] == refused
    assert (result.read, result.stored, result.partitions) == (6, 6 - len(refused), 3)
    single_count, single_events = stored(single_url)
    batch_count, batch_events = stored(db_url)
    assert batch_count == single_count == 6 - len(refused)
    assert len(single_events) >= 6
    assert batch_events == single_events
    assert result.events == len(single_events)


def test_rerun_codes_only_what_is_missing(cluster_client, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'rerun.db'}"
    reports = make_reports()
    first = run_batch(reports[:4], db_url=db_url, scheduler=cluster_client, partition_size=3)
    assert (first.stored, first.skipped) == (4, 0)
    # A crash after four reports, then the whole archive again: only the two missing are coded.
    second = run_batch(reports, db_url=db_url, scheduler=cluster_client, partition_size=3)
    assert (second.read, second.skipped, second.coded, second.stored) == (6, 4, 2, 2)
    third = run_batch(reports + [replace(reports[0], doc_id="copy-of-first")], db_url=db_url,
                      scheduler=cluster_client)
    assert (third.skipped, third.coded, third.stored, third.events, third.partitions) == (7, 0, 0, 0, 0)
    assert stored(db_url)[0] == 6


def explode_on_boom(reports, spec: PipelineSpec) -> PartitionResult:
    if any(r.doc_id.startswith("boom") for r in reports):
        raise RuntimeError("worker lost its partition")
    return code_partition(reports, spec)


def test_failed_partition_is_reported_and_the_rest_stored(cluster_client, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'failing.db'}"
    good = make_reports()
    broken = make_reports(prefix="boom-")[0]
    broken = replace(broken, text=broken.text + " (second telling)")
    result = run_batch(good[:3] + [broken] + good[3:], db_url=db_url, scheduler=cluster_client,
                       partition_size=1, retries=1, coder=explode_on_boom)
    assert [f.doc_id for f in result.failures] == ["boom-sohr-mayadin"]
    reason = result.failures[0].reason
    assert "partition failed after 1 retries: RuntimeError: worker lost its partition" in reason
    assert result.stored == 6
    assert stored(db_url)[0] == 6


def test_unreadable_input_is_reported_and_the_rest_stored(cluster_client, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for report in make_reports()[:3]:
        (folder / f"{report.doc_id}.txt").write_text(report.text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 50)
    db_url = f"sqlite:///{tmp_path / 'files.db'}"
    result = run_batch([str(folder)], db_url=db_url, scheduler=cluster_client)
    assert len(result.failures) == 1 and "broken.txt" in result.failures[0].origin
    assert result.stored == 3


class FlakyPipeline:
    """Batched coding fails; one report at a time fails only for the broken one."""

    def pipe(self, reports):
        raise ValueError("batch broke")

    def process(self, report):
        if report.doc_id == "bad":
            raise ValueError("cannot parse this report")
        return []


def test_partition_isolates_a_broken_report(monkeypatch):
    from marsad.scale import worker

    spec = PipelineSpec(home="/nowhere", spacy_model="none", gazetteer_path="/nowhere/g.sqlite")
    monkeypatch.setitem(worker._PIPELINES, spec, FlakyPipeline())
    reports = make_reports()[:2]
    reports.insert(1, replace(reports[0], doc_id="bad", text="x"))
    result = code_partition(reports, spec)
    assert [r.doc_id for r, _ in result.rows] == ["sohr-mayadin", "sohr-idlib"]
    assert [(f.doc_id, f.reason.split(" (")[0]) for f in result.failures] == [
        ("bad", "ValueError: cannot parse this report")]
    assert result.rss_mb > 10


def test_scheduler_that_does_not_answer_is_one_clear_error(tmp_path):
    from marsad.errors import MarsadError

    with pytest.raises(MarsadError, match="cannot reach the Dask scheduler tcp://127.0.0.1:9"):
        run_batch(make_reports()[:1], db_url=f"sqlite:///{tmp_path / 'x.db'}", scheduler="tcp://127.0.0.1:9",
                  connect_timeout=2)


def test_worker_spec_names_this_home(marsad_home: Path):
    spec = PipelineSpec.from_settings()
    assert spec.home == str(marsad_home)
    assert spec.gazetteer_path == str(marsad_home / "gazetteer.sqlite")


def test_batch_command_stores_and_summarises(cluster_client, tmp_path):
    import typer
    from typer.testing import CliRunner

    from marsad.scale.cli import batch_command

    app = typer.Typer()
    app.command()(batch_command)
    folder = tmp_path / "archive"
    folder.mkdir()
    for report in make_reports()[:2]:
        (folder / f"{report.doc_id}.txt").write_text(report.text, encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'cli.db'}"
    args = [str(folder), "--db", db_url, "--scheduler", cluster_client.scheduler.address]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    # 5 events: the default gazetteer knows the villages Kansafra and Al-Bara, each a shelling of its own
    assert "2 report(s) stored with 5 event(s); 0 already stored; 0 failed" in result.output
    assert "dedupe: 5 record(s) examined" in result.output  # linked across reports at once, as after ingest
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "dedupe:" not in again.output  # nothing new stored, nothing to link
    result = CliRunner().invoke(app, args + ["--published", "5/3/2024"])
    assert result.exit_code == 1
    assert "--published '5/3/2024' is not a date; use YYYY-MM-DD" in result.output
