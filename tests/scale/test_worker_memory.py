"""Worker memory: a worker's statistical profiler is stopped once it has loaded the pipeline (its kept call
trees, not the pipeline, made workers grow ~15–30 MB per 1,000 reports)."""

from __future__ import annotations

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


def test_stopping_the_profiler_outside_a_worker_does_nothing() -> None:
    stop_worker_profiler()  # a single process (tests, `marsad process`): no worker, no error
