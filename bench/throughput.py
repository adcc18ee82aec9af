"""Extraction speed on one core, against spaCy's full en_core_web_sm pipeline over the same texts.

    python bench/throughput.py [N] [--seed 7]      (default N = 300 synthetic reports, bench/synth.py)

Prints reports/s, events/s, tokens/s and peak memory for Marsad (`Pipeline.pipe`, every stage), then
the same texts through the spaCy model alone (`nlp.pipe`, every component: tok2vec, tagger, parser,
attribute ruler, lemmatizer, NER), and the ratio Marsad time / spaCy time. Scripts read the lines
`marsad: N reports/s` and `ratio: R`. Both run in this one process, one after the other; the
threads of the maths libraries are pinned to one so "one core" means one core.
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


def main() -> None:
    parser = argparse.ArgumentParser(description="Marsad extraction speed vs spaCy's full pipeline.")
    parser.add_argument("count", type=int, nargs="?", default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import spacy

    from marsad.nlp.pipeline import Pipeline
    from marsad.settings import get_settings

    reports = synth_reports(args.count, args.seed)
    texts = [r.text for r in reports]
    words = sum(len(t.split()) for t in texts)
    print(f"reports: {len(reports)} synthetic, {words / len(reports):.0f} words each on average")

    started = time.perf_counter()
    pipeline = Pipeline()
    list(pipeline.pipe(reports[:5]))  # warm-up: lazy loads and caches are not throughput
    load = time.perf_counter() - started
    started = time.perf_counter()
    events = sum(len(found) for _, found in pipeline.pipe(reports))
    marsad_seconds = time.perf_counter() - started
    tokens = sum(len(doc) for doc in pipeline.nlp.tokenizer.pipe(texts))
    print(f"marsad pipeline: {', '.join(pipeline.nlp.pipe_names)} (loaded in {load:.1f} s)")
    print(f"marsad: {len(reports) / marsad_seconds:.1f} reports/s")
    print(f"marsad events: {events / marsad_seconds:.1f} events/s ({events / len(reports):.1f} per report)")
    print(f"marsad tokens: {tokens / marsad_seconds:.0f} tokens/s")
    print(f"marsad peak memory: {peak_mb():.0f} MB")

    nlp = spacy.load(get_settings().spacy_model)  # every component, NER included
    list(nlp.pipe(texts[:5]))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_seconds = time.perf_counter() - started
    print(f"spacy pipeline: {', '.join(nlp.pipe_names)}")
    print(f"spacy: {len(reports) / spacy_seconds:.1f} reports/s, {tokens / spacy_seconds:.0f} tokens/s")
    print(f"peak memory (both): {peak_mb():.0f} MB")
    print(f"ratio: {marsad_seconds / spacy_seconds:.2f}")


if __name__ == "__main__":
    main()
