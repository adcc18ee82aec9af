"""Worker memory: a worker's statistical profiler is stopped once it has loaded the pipeline (its kept call
trees, not the pipeline, made workers grow ~15–30 MB per 1,000 reports)."""

from __future__ import annotations

import pytest
from scale_samples import make_reports

from marsad.scale.worker import PipelineSpec, code_partition, stop_worker_profiler


def _profiling(dask_worker) -> tuple[bool, int]:
    return "profile" in dask_worker.periodic_callbacks, len(dask_worker.profile_history)


def test_workers_stop_their_profiler_when_the_pipeline_is_loaded(cluster_client) -> None:
    spec = PipelineSpec.from_settings()
    workers = list(cluster_client.scheduler_info()["workers"])
    futures = [cluster_client.submit(code_partition, make_reports()[:1], spec, workers=[address], pure=False)
               for address in workers]
    assert all(future.result().rows for future in futures)
    assert set(cluster_client.run(_profiling).values()) == {(False, 0)}


class _Callback:
    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class _FakeWorker:
    def __init__(self) -> None:
        self.periodic_callbacks = {"profile": _Callback(), "profile-cycle": _Callback(), "heartbeat": _Callback()}
        self.profile_history = [(1.0, {"count": 3})]
        self.profile_keys_history = [(1.0, {"task": {}})]
        self.profile_keys = {"task": {}}


def test_stopping_the_profiler_stops_both_callbacks_and_drops_the_history(monkeypatch) -> None:
    import distributed

    worker = _FakeWorker()
    profile, cycle, heartbeat = (worker.periodic_callbacks[k] for k in ("profile", "profile-cycle", "heartbeat"))
    monkeypatch.setattr(distributed, "get_worker", lambda: worker)
    stop_worker_profiler()
    assert profile.stopped and cycle.stopped and not heartbeat.stopped
    assert list(worker.periodic_callbacks) == ["heartbeat"]
    assert worker.profile_history == [] and worker.profile_keys_history == [] and worker.profile_keys == {}


def test_stopping_the_profiler_outside_a_worker_does_nothing() -> None:
    from distributed import get_worker

    with pytest.raises(ValueError):
        get_worker()  # a single process (tests, `marsad process`): no worker...
    assert stop_worker_profiler() is None  # ...and no error
