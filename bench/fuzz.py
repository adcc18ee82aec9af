"""Fuzz every reader Marsad exposes for a bounded time; not part of the test suite or CI.

    python bench/fuzz.py [--seconds 60] [--target NAME ...] [--engine atheris|random]

Each target (bench/fuzz_targets.py: the text, HTML, feed, JSONL and sniffed file readers, the API's text
reader, gazetteer imports plain and zipped, actor YAML, the API's JSON bodies and uploads) runs in its own
process for `--seconds`. An input that ends in anything but a result or one MarsadError line is a crash;
crashes are grouped by exception and place, with the first input that caused each saved under
test-artifacts/fuzz/. A process that dies or overruns its time (a hang) counts as a crash too.

The engine is atheris (coverage-guided libFuzzer, `pip install atheris`) where it is installed; without
it, a seeded random mutation loop over the same seeds and targets (less thorough, same reporting).
Prints one line per target: `NAME: N inputs, C crashes (engine, slowest input S s)`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "fuzz"
FLUSH_SECONDS = 1.0


def _engine(requested: str | None) -> str:
    if requested:
        return requested
    try:
        import atheris  # noqa: F401
    except ImportError:
        return "random"
    return "atheris"


def _crash_key(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "/marsad/" in f.filename] or frames
    where = f"{Path(inside[-1].filename).name}:{inside[-1].lineno}" if inside else "?"
    return f"{type(exc).__name__} at {where}"


class Recorder:
    """Counts inputs, groups crashes, writes the figures to `out` every second (libFuzzer exits without
    running Python's atexit handlers, so the last flush is at most a second old)."""

    def __init__(self, target: str, engine: str, out: Path) -> None:
        self.out = out
        self.stats = {"target": target, "engine": engine, "inputs": 0, "crashes": {}, "slowest_s": 0.0}
        self.flushed = 0.0

    def run(self, run_one, data: bytes) -> None:
        start = time.perf_counter()
        try:
            run_one(data)
        except Exception as exc:  # noqa: BLE001 - every unexpected exception is what we are looking for
            key = _crash_key(exc)
            crashes = self.stats["crashes"]
            if key not in crashes:
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                sample = ARTIFACTS / f"{self.stats['target']}-{len(crashes) + 1}.bin"
                sample.write_bytes(data)
                crashes[key] = {"count": 0, "message": str(exc)[:300], "input": str(sample)}
            crashes[key]["count"] += 1
        elapsed = time.perf_counter() - start
        self.stats["inputs"] += 1
        self.stats["slowest_s"] = max(self.stats["slowest_s"], round(elapsed, 3))
        if time.monotonic() - self.flushed > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        self.out.write_text(json.dumps(self.stats))
        self.flushed = time.monotonic()


def _mutate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    """One of the classic byte mutations: flip, insert, delete, duplicate a range, splice with a seed."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.randrange(6)
        at = rng.randrange(len(buffer) + 1)
        if choice == 0 and buffer:
            buffer[min(at, len(buffer) - 1)] = rng.randrange(256)
        elif choice == 1:
            buffer[at:at] = bytes(rng.choice(b"<>/&;\"'{}[]:\n\r\t\x00\xff\xfe#%*!-") for _ in range(rng.randint(1, 4)))
        elif choice == 2 and buffer:
            del buffer[at:at + rng.randint(1, 16)]
        elif choice == 3 and buffer:
            chunk = buffer[at:at + rng.randint(1, 64)]
            buffer[at:at] = chunk * rng.randint(1, 50)
        elif choice == 4:
            other = rng.choice(seeds)
            cut = rng.randrange(len(other) + 1)
            buffer[at:] = other[cut:]
        else:
            buffer[at:at] = rng.randbytes(rng.randint(1, 8))
    return bytes(buffer[: 1 << 20])


def worker(target: str, seconds: float, engine: str, out: Path) -> None:
    from fuzz_targets import FACTORIES, SEEDS

    if engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["marsad"]):
            run_one = FACTORIES[target]()
    else:
        run_one = FACTORIES[target]()
    recorder = Recorder(target, engine, out)
    recorder.flush()
    seeds = SEEDS[target]
    for seed in seeds:
        recorder.run(run_one, seed)
    if engine == "atheris":
        corpus = Path(tempfile.mkdtemp(prefix=f"marsad-fuzz-{target}-"))
        for number, seed in enumerate(seeds):
            (corpus / f"seed{number}").write_bytes(seed)
        flags = [f"-max_total_time={int(seconds)}", "-timeout=30", "-rss_limit_mb=3072", "-max_len=65536",
                 "-print_final_stats=0", "-close_fd_mask=3"]
        atheris.Setup([sys.argv[0], *flags, str(corpus)], lambda data: recorder.run(run_one, data))
        atheris.Fuzz()
    rng = random.Random(7)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        recorder.run(run_one, _mutate(rng, rng.choice(seeds), seeds))
    recorder.flush()


def supervise(target: str, seconds: float, engine: str) -> dict:
    """Run one target in a child process; a child that dies or overruns is a crash of its own."""
    out = Path(tempfile.mkstemp(prefix=f"fuzz-{target}-", suffix=".json")[1])
    command = [sys.executable, __file__, "--worker", target, "--seconds", str(seconds), "--engine", engine,
               "--out", str(out)]
    grace = 120 + seconds * 0.5  # start-up (an API app, a base index) and the last input
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + grace)
        problem = None if result.returncode == 0 else f"exit {result.returncode}: {result.stderr.strip()[-300:]}"
    except subprocess.TimeoutExpired:
        problem = f"still running {seconds + grace:.0f} s after start (a hang)"
    try:
        stats = json.loads(out.read_text() or "{}")
    except json.JSONDecodeError:
        stats = {}
    out.unlink(missing_ok=True)
    stats = {"target": target, "engine": engine, "inputs": 0, "crashes": {}, "slowest_s": 0.0} | stats
    if problem:
        stats["crashes"][problem] = {"count": 1, "message": problem, "input": "(see stderr)"}
    return stats


def main() -> None:
    from fuzz_targets import FACTORIES

    parser = argparse.ArgumentParser(description="Bounded-time fuzzing of Marsad's readers and API bodies.")
    parser.add_argument("--seconds", type=float, default=60, help="time per target (default 60)")
    parser.add_argument("--target", action="append", choices=sorted(FACTORIES), help="repeatable; default all")
    parser.add_argument("--engine", choices=["atheris", "random"], help="default: atheris if installed")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    engine = _engine(args.engine)
    if args.worker:
        worker(args.worker, args.seconds, engine, args.out)
        return
    os.environ.setdefault("MARSAD_HOME", tempfile.mkdtemp(prefix="marsad-fuzz-home-"))
    for target in args.target or list(FACTORIES):
        stats = supervise(target, args.seconds, engine)
        crashes = stats["crashes"]
        total = sum(c["count"] for c in crashes.values())
        print(f"{target}: {stats['inputs']} inputs, {len(crashes)} distinct crashes ({total} inputs) "
              f"({engine}, {args.seconds:g} s, slowest input {stats['slowest_s']} s)", flush=True)
        for key, crash in crashes.items():
            print(f"  {key}: {crash['message'][:200]!r} x{crash['count']} -> {crash['input']}", flush=True)


if __name__ == "__main__":
    main()
