"""Geoparser speed and memory: mentions/s, reports/s, peak memory, on a JSONL of reports.

Usage: python bench/geoparse.py [REPORTS.jsonl] (default ../shared/eval/dev/acled-battles/reports.jsonl)
Uses the index under MARSAD_HOME (import SY.txt and IQ.txt first for the full figures).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser

DEFAULT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "dev" / "acled-battles" / "reports.jsonl"
)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    texts = [
        json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    started = time.perf_counter()
    gazetteer = Gazetteer.open()
    opened = time.perf_counter() - started
    gazetteer.warm()  # one-time fuzzy tables, timed apart from the per-report work
    warmed = time.perf_counter() - started - opened
    parser = Geoparser(gazetteer)
    started, cpu_started = time.perf_counter(), time.process_time()
    mentions = sum(len(parser.parse(text)) for text in texts)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # other processes on the machine do not count here
    status = gazetteer.status()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"index: {status['places']} places, {status['names']} names "
        f"(open {opened:.2f} s, fuzzy tables {warmed:.2f} s)"
    )
    print(
        f"{len(texts)} reports, {mentions} mentions in {elapsed:.2f} s: "
        f"{len(texts) / elapsed:.0f} reports/s, {mentions / elapsed:.0f} mentions/s "
        f"(CPU time {cpu:.2f} s: {len(texts) / cpu:.0f} reports/s)"
    )
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
