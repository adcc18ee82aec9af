"""Extraction speed on one core, against spaCy's full en_core_web_sm pipeline over the same texts.

    python bench/throughput.py [N] [--seed 7] [--home DIR]   (default N = 300 synthetic reports, bench/synth.py)
    python bench/throughput.py --reports FILE|DIR [--home DIR]  (real texts: JSONL with a "text" field, or .txt files)
    --repeat N: time each side N times and keep its fastest run (CPU time), for a loaded machine

--home DIR: the Marsad home whose gazetteer index is used (DIR/gazetteer.sqlite; the same as
MARSAD_HOME=DIR), e.g. one holding the full SY+IQ import, to measure speed and memory with it.

Prints reports/s, events/s, tokens/s and peak memory for Marsad (`Pipeline.pipe`, every stage), then
the same texts through the spaCy model alone (`nlp.pipe`, every component: tok2vec, tagger, parser,
attribute ruler, lemmatizer, NER), and the ratio Marsad time / spaCy time. Scripts read the lines
`marsad: N reports/s` and `ratio: R`. Both run in this one process, one after the other; the
threads of the maths libraries are pinned to one so "one core" means one core. On a shared machine
the wall-clock figures fall with the load average (printed); the `cpu` lines (reports per CPU second
of this process, and the ratio of CPU times) move much less with it.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synth_reports  # noqa: E402


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def real_reports(where: str) -> list:
    """Reports read from a JSONL file or a directory of .txt files, as `marsad extract` reads them."""
    from marsad.ingest import read_reports

    path = Path(where)
    if not path.exists():
        sys.exit(f"throughput: no such file or directory: {where}")
    inputs = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    reports = list(read_reports(inputs))
    if len(reports) < 6:
        sys.exit(f"throughput: {where} holds {len(reports)} reports; at least 6 are needed (5 warm the pipeline up)")
    return reports


def _fastest(repeat: int, run) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, result) of the run with the least CPU time among `repeat` runs."""
    best: tuple[float, float, int] | None = None
    for _ in range(max(1, repeat)):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = run()
        timing = (time.perf_counter() - started, time.process_time() - cpu_started, result)
        if best is None or timing[1] < best[1]:
            best = timing
    assert best is not None
    return best


def bench_arguments(description: str, count: int) -> argparse.ArgumentParser:
    """The arguments the speed benches share (this file, stages.py, hotspots.py): how many synthetic reports and
    their seed, or real reports, and the Marsad home."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("count", type=int, nargs="?", default=count)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--home", help="Marsad home directory whose gazetteer.sqlite to use (else MARSAD_HOME)")
    parser.add_argument("--reports", help="real reports instead of synthetic ones: a JSONL file (one object with a "
                                          "\"text\" field a line) or a directory of .txt files")
    return parser


def bench_reports(args: argparse.Namespace) -> list:
    """The reports a bench's arguments name; --home is set as MARSAD_HOME first (read by get_settings() at each
    call, so before any pipeline is made)."""
    if args.home:
        os.environ["MARSAD_HOME"] = args.home
    return real_reports(args.reports) if args.reports else synth_reports(args.count, args.seed)


def main() -> None:
    parser = bench_arguments("Marsad extraction speed vs spaCy's full pipeline.", 300)
    parser.add_argument("--repeat", type=int, default=1, help="time each side N times, keep the fastest (CPU)")
    args = parser.parse_args()
    reports = bench_reports(args)

    import spacy

    from marsad.nlp.pipeline import Pipeline
    from marsad.settings import get_settings

    texts = [r.text for r in reports]
    words = sum(len(t.split()) for t in texts)
    kind = f"real, from {args.reports}" if args.reports else "synthetic"
    print(f"reports: {len(reports)} {kind}, {words / len(reports):.0f} words each on average")
    index = get_settings().gazetteer_path
    print(f"gazetteer: {index} ({index.stat().st_size / 2**20:.0f} MB); load average {os.getloadavg()[0]:.1f}")

    started = time.perf_counter()
    pipeline = Pipeline()
    list(pipeline.pipe(reports[:5]))  # warm-up: lazy loads and caches are not throughput
    pipeline.gazetteer.warm()  # the one-time fuzzy tables (~1 s with SY+IQ), built by a long run's first reports
    load = time.perf_counter() - started
    marsad_seconds, marsad_cpu, events = _fastest(args.repeat, lambda: sum(
        len(found) for _, found in pipeline.pipe(reports)))
    tokens = sum(len(doc) for doc in pipeline.nlp.tokenizer.pipe(texts))
    print(f"marsad pipeline: {', '.join(pipeline.nlp.pipe_names)} (loaded in {load:.1f} s)")
    print(f"marsad: {len(reports) / marsad_seconds:.1f} reports/s")
    print(f"marsad events: {events / marsad_seconds:.1f} events/s ({events / len(reports):.1f} per report)")
    print(f"marsad tokens: {tokens / marsad_seconds:.0f} tokens/s")
    print(f"marsad cpu: {len(reports) / marsad_cpu:.1f} reports per CPU second")
    print(f"marsad peak memory: {peak_mb():.0f} MB")

    nlp = spacy.load(get_settings().spacy_model)  # every component, NER included
    list(nlp.pipe(texts[:5]))
    spacy_seconds, spacy_cpu, _ = _fastest(args.repeat, lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32)))
    print(f"spacy pipeline: {', '.join(nlp.pipe_names)}")
    print(f"spacy: {len(reports) / spacy_seconds:.1f} reports/s, {tokens / spacy_seconds:.0f} tokens/s")
    print(f"peak memory (both): {peak_mb():.0f} MB")
    print(f"ratio: {marsad_seconds / spacy_seconds:.2f}")
    print(f"cpu ratio: {marsad_cpu / spacy_cpu:.2f}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
