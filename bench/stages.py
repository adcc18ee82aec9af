"""Where the CPU time of extraction goes, stage by stage, without a profiler's distortion; and how much of the
parse is needed.

    python bench/stages.py [N] [--seed 7] [--home DIR] [--batch-size 32]
    python bench/stages.py --reports FILE|DIR   (real texts, as bench/throughput.py reads them)

Runs `Pipeline.pipe` over N synthetic reports (bench/synth.py) or real ones, with a CPU clock
(`time.process_time`) around each of Marsad's components and, inside the events stage, around the parse of
the trigger sentences (each of the model's components apart: tok2vec, tagger, parser, attribute ruler) and
the coding that follows. cProfile (bench/hotspots.py) slows Python calls several times more than compiled
code; these clocks add a few microseconds a call, so the shares are the run's own.

Then the parse's needs: the report's sentences, those parsed (a trigger, an actor, no tally, recap or comment:
`EventCoder._may_ask`), those a rule asked for, with their tokens: what a stricter choice of sentences could
save at most. And the collector's time (`gc.callbacks`) and the process's peak memory.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import gc  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import bench_arguments, bench_reports, peak_mb  # noqa: E402

CLOCKS: dict[str, float] = defaultdict(float)


def clocked(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function`, its CPU time added to CLOCKS[name] at each call."""
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            CLOCKS[name] += time.process_time() - started
    return timed


class ClockedComponent:
    """One of the model's components as the events stage runs it (`pipe` over a list of sentence Docs), timed."""

    def __init__(self, name: str, component: Any) -> None:
        self.name, self.component = name, component

    def pipe(self, docs: list) -> list:
        started = time.process_time()
        run = self.component.pipe(docs) if hasattr(self.component, "pipe") else (self.component(d) for d in docs)
        done = list(run)
        CLOCKS[f"  model: {self.name}"] += time.process_time() - started
        return done


class AskedParses(dict):
    """A report's parses (sentence → (Doc, offset)) that remember which sentences a rule asked for."""

    def __init__(self, parses: dict) -> None:
        super().__init__(parses)
        self.asked: set = set()

    def get(self, key, default=None):  # the events stage reads a parse with `parsed.get`
        self.asked.add(key)
        return super().get(key, default)


def instrument(pipeline: Any) -> list[tuple[list, AskedParses]]:
    """Clocks on every stage of `pipeline`; returns the list each batch's parses are recorded in."""
    for name in ("marsad_places", "marsad_actors", "marsad_dates"):
        component_class = type(pipeline.nlp.get_pipe(name))
        component_class.__call__ = clocked(name, component_class.__call__)
    events = pipeline.nlp.get_pipe("marsad_events")
    names = [n for n in pipeline.nlp.component_names if n in events._statistical_components.__globals__[
        "SYNTAX_COMPONENTS"]]
    components = [ClockedComponent(n, c) for n, c in zip(names, events._statistical_components(), strict=True)]
    events._statistical_components = lambda: components
    recorded: list[tuple[list, AskedParses]] = []
    parse_wanted = events._parse_wanted

    def recording(reports: list, model: list) -> list:
        parses = [AskedParses(p) for p in parse_wanted(reports, model)]
        recorded.extend(((spans, text), p) for (text, spans, _), p in zip(reports, parses, strict=True))
        return parses

    events._parse_wanted = clocked("parse of the trigger sentences (all)", recording)
    events.code_with_drops = clocked("events: rules, roles, records", events.code_with_drops)
    return recorded


def parse_needs(pipeline: Any, recorded: list) -> dict[str, int]:
    tokens = pipeline.nlp.tokenizer
    needs = dict.fromkeys(("sentences", "parsed", "asked", "sentence tokens", "parsed tokens", "asked tokens"), 0)
    for (spans, text), parses in recorded:
        needs["sentences"] += len(spans)
        needs["sentence tokens"] += sum(len(tokens(text[s:e])) for s, e in spans)
        needs["parsed"] += len(parses)
        needs["parsed tokens"] += sum(len(doc) for doc, _ in parses.values())
        asked = [s for s in parses.asked if s in parses]
        needs["asked"] += len(asked)
        needs["asked tokens"] += sum(len(dict.__getitem__(parses, s)[0]) for s in asked)
    return needs


def collector_clock() -> dict[str, list[float]]:
    """The garbage collector's CPU seconds and runs per generation, from now on."""
    seen: dict[str, list[float]] = {"seconds": [0.0, 0.0, 0.0], "runs": [0, 0, 0], "_start": [0.0]}

    def on_collect(phase: str, info: dict) -> None:
        if phase == "start":
            seen["_start"][0] = time.process_time()
        else:
            seen["seconds"][info["generation"]] += time.process_time() - seen["_start"][0]
            seen["runs"][info["generation"]] += 1

    gc.callbacks.append(on_collect)
    return seen


def main() -> None:
    parser = bench_arguments("CPU time of extraction per stage, and the parse's needs.", 150)
    parser.add_argument("--batch-size", type=int, default=32, help="the pipeline's batch size (reports)")
    args = parser.parse_args()
    reports = bench_reports(args)

    from marsad.nlp.pipeline import Pipeline

    pipeline = Pipeline(batch_size=args.batch_size)
    print(f"model loaded: peak memory {peak_mb():.0f} MB")
    list(pipeline.pipe(reports[:5]))  # warm-up: lazy loads and caches are not what is measured
    pipeline.gazetteer.warm()
    recorded = instrument(pipeline)
    collector = collector_clock()
    started = time.process_time()
    events = sum(len(found) for _, found in pipeline.pipe(reports))
    total = time.process_time() - started
    count = len(reports)
    print(f"{count} reports, {events} events: {total:.2f} CPU s, {count / total:.1f} reports per CPU second, "
          f"load average {os.getloadavg()[0]:.1f}")
    for name, seconds in sorted(CLOCKS.items(), key=lambda item: (item[0].startswith("  "), -item[1])):
        print(f"  {name:40s} {seconds:6.2f} s {seconds / total:6.1%} {1000 * seconds / count:6.1f} ms a report")
    gc_seconds = sum(collector["seconds"])
    print(f"  {'(of which the garbage collector)':40s} {gc_seconds:6.2f} s {gc_seconds / total:6.1%} "
          f"runs per generation {collector['runs']}")
    needs = parse_needs(pipeline, recorded)
    print("parse needs: " + ", ".join(f"{k} {v}" for k, v in needs.items()))
    if needs["parsed tokens"]:
        unasked = 1 - needs["asked tokens"] / needs["parsed tokens"]
        print(f"tokens parsed but never asked for: {unasked:.1%}; tokens of the report parsed: "
              f"{needs['parsed tokens'] / max(1, needs['sentence tokens']):.1%}")
    print(f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
