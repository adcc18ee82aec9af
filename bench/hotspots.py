"""Where Marsad's time goes: a cProfile of `Pipeline.pipe`, Marsad's own functions apart from spaCy's.

    python bench/hotspots.py [N] [--seed 7] [--home DIR] [--top 30] [--save FILE]
    python bench/hotspots.py --reports FILE|DIR   (real texts, as bench/throughput.py reads them)

Prints the share of the run spent in each package (marsad's modules one by one; spaCy, thinc, numpy and the
standard library's modules as wholes; a compiled method such as a regex's search counts for the module that
calls it most), then Marsad's top functions by their own time and by cumulative time. cProfile slows Python
function calls several times more than compiled code, so the shares lean towards Marsad's many small
functions: compare them run against run, and measure speed with bench/throughput.py (a sampling profiler,
py-spy, gives truer shares where it can be installed).
`--save FILE` keeps the raw profile for `python -m pstats FILE`.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import cProfile  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import bench_arguments, bench_reports  # noqa: E402

Row = tuple[str, int, str]  # (file, line, function) as pstats keys them


def package_of(filename: str) -> str:
    """`marsad/<stage>/<module>` for Marsad's files, else the library's top name (`spacy`, `re`, ...)."""
    parts = Path(filename).parts
    if "marsad" in parts:
        at = len(parts) - 1 - parts[::-1].index("marsad")
        return "/".join(parts[at:]).removesuffix(".py")
    if "site-packages" in parts:
        at = parts.index("site-packages")
        return parts[at + 1].removesuffix(".py") if at + 1 < len(parts) else filename
    if filename.startswith("<") or filename == "~":
        return "builtins"
    path = Path(filename)  # the standard library: re, sqlite3, functools, ...
    return path.parent.name if path.stem == "__init__" else path.stem


def _caller_package(stats: pstats.Stats, key: Row) -> str:
    """The package that spent most time calling a compiled function ("builtins" when none is known)."""
    callers = stats.stats.get(key, (0, 0, 0, 0, {}))[4]  # type: ignore[attr-defined]
    if not callers:
        return "builtins"
    (filename, _, _), _ = max(callers.items(), key=lambda item: item[1][2])
    return package_of(filename) if filename != "~" else "builtins"


def shares(stats: pstats.Stats) -> dict[str, float]:
    """Own (not cumulative) seconds per package."""
    own: dict[str, float] = defaultdict(float)
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        # a compiled method (a regex's search, a list's sort) counts for the package of whoever called it
        own[package_of(filename) if filename != "~" else _caller_package(stats, (filename, 0, function))] += tottime
    return own


def print_report(stats: pstats.Stats, top: int) -> None:
    own = shares(stats)
    total = sum(own.values())
    marsad = sum(s for name, s in own.items() if name.startswith("marsad/"))
    print(f"total {total:.1f} s (profiled); marsad's own Python {marsad:.1f} s ({marsad / total:.0%})")
    print("\nown time per package / marsad module:")
    for name, seconds in sorted(own.items(), key=lambda item: -item[1])[:top]:
        print(f"  {seconds:7.2f} s {seconds / total:6.1%}  {name}")
    rows = stats.stats  # type: ignore[attr-defined]
    mine = [(key, value) for key, value in rows.items() if package_of(key[0]).startswith("marsad/")]
    for title, column in (("own", 2), ("cumulative", 3)):
        print(f"\nmarsad's top functions by {title} time:")
        for (filename, line, function), value in sorted(mine, key=lambda item: -item[1][column])[:top]:
            print(f"  {value[column]:7.2f} s {value[1]:8d} calls  {package_of(filename)}:{line} {function}")


def main() -> None:
    parser = bench_arguments("A profile of Marsad's pipeline, its own code apart.", 100)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--save", help="keep the raw profile in this file")
    args = parser.parse_args()
    reports = bench_reports(args)

    from marsad.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    list(pipeline.pipe(reports[:5]))  # warm-up: lazy loads and caches are not what is measured
    pipeline.gazetteer.warm()
    profiler = cProfile.Profile()
    profiler.enable()
    events = sum(len(found) for _, found in pipeline.pipe(reports))
    profiler.disable()
    print(f"{len(reports)} reports, {events} events")
    if args.save:
        profiler.dump_stats(args.save)
    print_report(pstats.Stats(profiler), args.top)


if __name__ == "__main__":
    main()
