"""The API under load: p50/p95 of filtered `/api/events` pages, of the GeoJSON map layer and of the
summary panel's `/api/events/facets`.

    python bench/api.py [--events 200000] [--clients 20] [--requests 80] [--max-seconds 240] [--db URL]
                        [--server-processes 1] [--client raw|httpx] [--without-indexes]
                        [--phase pages|map|facets ...]

A temporary SQLite store (or `--db`, which is emptied first: give it one of its own) is filled with
synthetic events (10 per report, two evidence spans each, spread over Syria's governorates and
2012–2024) by bulk inserts, the API (`create_app`) is served by uvicorn on 127.0.0.1 in a subprocess,
and `--clients` concurrent clients on loopback (each one keep-alive connection: a minimal asyncio
HTTP/1.1 client, or httpx with `--client httpx`) send `--requests` requests of each kind, in a
shuffled order, with parameters drawn per request (other dates, actors, boxes) so no answer is cached.
The run stops issuing requests after `--max-seconds`. Latency is measured at the client: queueing
behind the other 19 clients is part of it, as a user would see it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx
from sqlalchemy import insert

from marsad.store import Store
from marsad.store.engine import create_store_engine, downgrade
from marsad.store.models import EventRow, EvidenceRow, PlaceRow, ReportRow

# (governorate, latitude, longitude): events are scattered up to ~0.6° around each centre.
GOVERNORATES = [
    ("Aleppo", 36.20, 37.15), ("Idlib", 35.93, 36.63), ("Hama", 35.13, 36.75), ("Homs", 34.73, 36.72),
    ("Damascus", 33.51, 36.29), ("Rif Dimashq", 33.57, 36.55), ("Daraa", 32.62, 36.10),
    ("As-Suwayda", 32.71, 36.57), ("Quneitra", 33.13, 35.82), ("Latakia", 35.52, 35.79),
    ("Tartus", 34.89, 35.89), ("Deir ez-Zor", 35.34, 40.14), ("Ar-Raqqa", 35.95, 39.01),
    ("Al-Hasakah", 36.50, 40.75),
]
ACTORS = [
    ("Military Forces of Syria (2000-2024)", 1), ("Hayat Tahrir al-Sham", 2), ("Islamic State (Syria)", 2),
    ("SDF: Syrian Democratic Forces", 2), ("Syrian National Army", 2), ("Military Forces of Russia (2000-)", 8),
    ("Military Forces of Turkey (2016-)", 8), ("Unidentified Armed Group (Syria)", 3),
    ("Civilians (Syria)", 7), ("Protesters (Syria)", 6), ("Hezbollah", 2), ("Military Forces of Israel", 8),
]
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Strategic developments", "Arrests"),
]
FIRST_DAY = date(2012, 1, 1)
DAYS = 13 * 365
PAGE = 100
MAP_LIMIT = 1000
EVENTS_PER_REPORT = 10
INDEXES_0004 = ("ix_events_latitude_longitude_event_date", "ix_events_sub_event_type_event_date")


def fill(url: str, events: int, seed: int, without_indexes: bool = False) -> float:
    """Bulk-insert `events` synthetic events (and their reports, places, evidence); seconds taken."""
    started = time.perf_counter()
    store = Store.open(url)  # migrates: the same schema and indexes the API sees
    rng = random.Random(seed)
    places = [(f"bench-{gov}-{k}", gov, lat + rng.uniform(-0.6, 0.6), lon + rng.uniform(-0.6, 0.6))
              for gov, lat, lon in GOVERNORATES for k in range(40)]
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(insert(PlaceRow), [
            {"geonameid": gid, "name": gid, "latitude": lat, "longitude": lon, "country": "Syria",
             "admin1": gov, "admin2": None, "admin3": None, "feature_code": "PPL"}
            for gid, gov, lat, lon in places
        ])
        event_id = 0
        for first_report in range(1, events // EVENTS_PER_REPORT + 1, 1000):
            reports, rows, spans = [], [], []
            for report_id in range(first_report, min(first_report + 1000, events // EVENTS_PER_REPORT + 1)):
                day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
                reports.append({"id": report_id, "doc_id": f"bench-{report_id}", "content_hash": f"{report_id:064x}",
                                "title": None, "text": f"Synthetic report {report_id}.", "published": day,
                                "source": "SOHR", "url": None, "origin": None, "dateline_place": None,
                                "dateline_source": None, "ingested_at": now})
                for _ in range(EVENTS_PER_REPORT):
                    event_id += 1
                    rows.append(_event(rng, event_id, report_id, day, rng.choice(places)))
                    spans += [{"event_id": event_id, "field": None, "position": 0, "start": 0, "end": 9,
                               "text": "Synthetic"},
                              {"event_id": event_id, "field": "actor1", "position": 1, "start": 10, "end": 16,
                               "text": "report"}]
            conn.execute(insert(ReportRow), reports)
            conn.execute(insert(EventRow), rows)
            conn.execute(insert(EvidenceRow), spans)
    if without_indexes:  # the "before" of revision 0004: its indexes dropped, no planner statistics
        with store.engine.begin() as conn:
            for index in INDEXES_0004:
                conn.exec_driver_sql(f"DROP INDEX {index}")
    else:
        store.refresh_statistics()  # what `marsad batch` does after a bulk load
    store.close()
    return time.perf_counter() - started


def _event(rng: random.Random, event_id: int, report_id: int, day: date, place: tuple) -> dict:
    gid, gov, lat, lon = place
    event_type, sub_type = rng.choice(TYPES)
    (actor1, inter1), (actor2, inter2) = rng.sample(ACTORS, 2)
    location = f"Village {gid.rsplit('-', 1)[1]} of {gov}"
    return {
        "id": event_id, "event_id": f"bench-{report_id}-{event_id}", "report_id": report_id,
        "doc_id": f"bench-{report_id}", "event_type": event_type, "sub_event_type": sub_type,
        "plover": "ASSAULT", "cameo": "190", "event_date": day + timedelta(days=rng.randrange(-2, 1)),
        "time_precision": 1, "actor1": actor1, "assoc_actor_1": [], "actor2": actor2, "assoc_actor_2": [],
        "inter1": inter1, "inter2": inter2, "country": "Syria", "admin1": gov, "admin2": None, "admin3": None,
        "location": location, "latitude": lat, "longitude": lon, "geo_precision": 1,
        "fatalities": rng.choice([0, 0, 0, 1, 2, 3, 5]), "source": "SOHR", "source_attribution": None,
        "notes": f"On {day.isoformat()}, {actor1} and {actor2} in {location}.", "confidence": rng.random(),
        "plover_mode": None, "geonameid": gid, "injured": None, "detained": None, "fighters": None,
        "vehicles": None, "origin_location": None, "origin_latitude": None, "origin_longitude": None,
        "actor_search": f"{actor1.casefold()}\n{actor2.casefold()}",
        "place_search": f"{location.casefold()}\n{gov.casefold()}", "review_status": "unreviewed",
        "canonical_id": None,
    }


def _window(rng: random.Random, days: int) -> dict[str, str]:
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - days))
    return {"since": start.isoformat(), "until": (start + timedelta(days=days)).isoformat()}


def _bbox(rng: random.Random, size: float) -> str:
    _, lat, lon = rng.choice(GOVERNORATES)
    west, south = lon + rng.uniform(-0.6, 0.3), lat + rng.uniform(-0.6, 0.3)
    return f"{west:.3f},{south:.3f},{west + size:.3f},{south + size:.3f}"


# Each kind draws its own parameters per request; the web's own filters, as explore.js sends them.
QUERIES = {
    "first page": lambda r: {"limit": PAGE},
    "date range (90 days)": lambda r: {**_window(r, 90), "limit": PAGE},
    "type": lambda r: {"type": r.choice(TYPES)[r.randrange(2)], "limit": PAGE},
    "actor": lambda r: {"actor": r.choice(ACTORS)[0].split()[0 if r.random() < 0.5 else -1], "limit": PAGE},
    "admin1": lambda r: {"admin1": r.choice(GOVERNORATES)[0], "limit": PAGE},
    "bbox (0.5°)": lambda r: {"bbox": _bbox(r, 0.5), "limit": PAGE},
    "date+type+admin1": lambda r: {**_window(r, 365), "type": r.choice(TYPES)[0],
                                   "admin1": r.choice(GOVERNORATES)[0], "limit": PAGE},
    "deep page (offset 5000)": lambda r: {"offset": 5000, "limit": PAGE},
    "map layer: geojson, 1000": lambda r: {"format": "geojson", "limit": MAP_LIMIT},
    "map layer: geojson, 1000, bbox 2°+year": lambda r: {"format": "geojson", "limit": MAP_LIMIT,
                                                       "bbox": _bbox(r, 2.0), **_window(r, 365)},
}

# The workbench's summary panel (/api/events/facets: five facets and the totals) for the same filters.
FACET_PATH = "/api/events/facets"
FACET_QUERIES = {
    "facets: every event": lambda r: {},
    "facets: date range (90 days)": lambda r: _window(r, 90),
    "facets: year": lambda r: _window(r, 365),
    "facets: type": lambda r: {"type": r.choice(TYPES)[r.randrange(2)]},
    "facets: actor": lambda r: {"actor": r.choice(ACTORS)[0].split()[0 if r.random() < 0.5 else -1]},
    "facets: admin1": lambda r: {"admin1": r.choice(GOVERNORATES)[0]},
    "facets: bbox (0.5°)": lambda r: {"bbox": _bbox(r, 0.5)},
    "facets: date+type+admin1": lambda r: {**_window(r, 365), "type": r.choice(TYPES)[0],
                                           "admin1": r.choice(GOVERNORATES)[0]},
}
QUERIES.update(FACET_QUERIES)


def target(kind: str, params: dict) -> str:
    return (FACET_PATH if kind in FACET_QUERIES else "/api/events") + "?" + urlencode(params)


class RawConnection:
    """One keep-alive HTTP/1.1 connection, as a browser tab keeps: GET only, Content-Length or chunked bodies.

    A few lines of asyncio instead of httpx, so the 20 simulated users take less of the 2 cores the server
    needs (httpx spends ~2 ms of CPU a request); the latency is measured the same way, at the client."""

    def __init__(self, base: str) -> None:
        host_port = base.split("://", 1)[1]
        self.host, port = host_port.rsplit(":", 1)
        self.port = int(port)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split()[1])
        headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
        headers = {key.strip().lower(): value.strip() for key, value in headers.items()}
        if headers.get("transfer-encoding", "").lower() == "chunked":
            pieces = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                pieces.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(piece[:-2] for piece in pieces)
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = self.reader = None


async def load(base: str, kinds: list[str], clients: int, per_kind: int, max_seconds: float,
               seed: int, client_kind: str = "raw") -> dict[str, list[float]]:
    rng = random.Random(seed)
    plan = [(kind, QUERIES[kind](rng)) for kind in kinds for _ in range(per_kind)]
    rng.shuffle(plan)
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    timings: dict[str, list[float]] = {kind: [] for kind in kinds}
    errors: list[str] = []
    deadline = time.perf_counter() + max_seconds

    async def httpx_client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            while not queue.empty() and time.perf_counter() < deadline:
                kind, params = queue.get_nowait()
                started = time.perf_counter()
                response = await http.get(target(kind, params))
                await response.aread()
                timings[kind].append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    errors.append(f"{kind}: HTTP {response.status_code} {response.text[:120]}")

    async def raw_client() -> None:
        connection = RawConnection(base)
        try:
            while not queue.empty() and time.perf_counter() < deadline:
                kind, params = queue.get_nowait()
                started = time.perf_counter()
                status, body = await connection.get(target(kind, params))
                timings[kind].append((time.perf_counter() - started) * 1000)
                if status != 200:
                    errors.append(f"{kind}: HTTP {status} {body[:120]!r}")
        finally:
            connection.close()

    client = raw_client if client_kind == "raw" else httpx_client
    await asyncio.gather(*(client() for _ in range(clients)))
    for error in errors[:5]:
        print(f"  error {error}")
    if queue.qsize():
        print(f"  stopped after {max_seconds:.0f} s with {queue.qsize()} requests not sent")
    return timings


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def serve(url: str, port: int, processes: int) -> subprocess.Popen:
    # Several processes: uvicorn imports the app factory in each (create_app() reads MARSAD_DB).
    code = ("import uvicorn; uvicorn.run('marsad.api.app:create_app', factory=True, host='127.0.0.1', "
            f"port={port}, workers={processes}, log_level='warning')")
    server = subprocess.Popen([sys.executable, "-c", code], env={**os.environ, "MARSAD_DB": url})
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/events", params={"limit": 1}, timeout=5).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if server.poll() is not None:
            raise SystemExit(f"the API server exited with {server.returncode}")
        time.sleep(0.1)
    server.terminate()
    raise SystemExit("the API server did not answer within 30 s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description="p50/p95 of /api/events under concurrent clients.")
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=80, help="requests of each kind")
    parser.add_argument("--max-seconds", type=float, default=240)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="a database URL to use instead of a temporary SQLite file (emptied first)")
    parser.add_argument("--server-processes", type=int, default=1,
                        help="uvicorn worker processes serving the API (as `marsad serve --workers N`)")
    parser.add_argument("--client", choices=("raw", "httpx"), default="raw",
                        help="the simulated users: a minimal keep-alive HTTP/1.1 client (default) or httpx")
    parser.add_argument("--without-indexes", action="store_true",
                        help="drop revision 0004's indexes and skip ANALYZE: the figures before it")
    parser.add_argument("--phase", action="append", choices=("pages", "map", "facets"),
                        help="run only these phases (repeatable; default: all three)")
    args = parser.parse_args()
    pages = [kind for kind in QUERIES if not kind.startswith("map") and kind not in FACET_QUERIES]
    phases = {"filtered pages": pages, "map layer": [kind for kind in QUERIES if kind.startswith("map")],
              "facets": list(FACET_QUERIES)}
    if args.phase:
        chosen = {"pages": "filtered pages", "map": "map layer", "facets": "facets"}
        phases = {chosen[name]: phases[chosen[name]] for name in args.phase}

    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'api-bench.db'}"
        if args.db:
            engine = create_store_engine(url)
            downgrade(engine, "base")
            engine.dispose()
        seconds = fill(url, args.events, args.seed, args.without_indexes)
        print(f"store: {args.events} events in {args.events // EVENTS_PER_REPORT} reports, "
              f"{engine_name(url)}, filled in {seconds:.1f} s; cores: {os.cpu_count()}, "
              f"load average {os.getloadavg()[0]:.2f}"
              + ("; WITHOUT revision 0004's indexes" if args.without_indexes else ""))
        port = free_port()
        server = serve(url, port, args.server_processes)
        print(f"API: uvicorn, {args.server_processes} process(es), http://127.0.0.1:{port}")
        try:
            # One phase at a time: a slow export must not be counted in the pages' latency, and vice versa.
            for phase, kinds in phases.items():
                if phase == "facets":  # the in-memory index is read once per state of the data: timed apart
                    started = time.perf_counter()
                    for _ in range(args.server_processes * 4):  # each worker process reads its own
                        httpx.get(f"http://127.0.0.1:{port}{FACET_PATH}", timeout=120).raise_for_status()
                    print(f"\nfacets: first requests (reading the index) {time.perf_counter() - started:.1f} s")
                started, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
                client_before = time.process_time()
                timings = asyncio.run(load(f"http://127.0.0.1:{port}", kinds, args.clients, args.requests,
                                           args.max_seconds, args.seed, args.client))
                report(phase, timings, args.clients, time.perf_counter() - started,
                       cpu_seconds(server.pid) - cpu_before, time.process_time() - client_before)
        finally:
            server.terminate()
            server.wait(10)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its descendants so far, from /proc; 0 where there is none.

    What the server spent per request does not depend on what else the shared machine is doing, unlike
    the latencies (on 2 cores, other jobs and the 20 clients themselves take their share)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = " ".join(p.read_text() for p in Path(f"/proc/{pid}/task").glob("*/children")).split()
    except (OSError, IndexError, ValueError):
        return 0.0
    return seconds + sum(cpu_seconds(int(child)) for child in children)


def report(phase: str, timings: dict[str, list[float]], clients: int, elapsed: float, cpu: float,
           client_cpu: float) -> None:
    total = sum(len(t) for t in timings.values())
    print(f"\n{phase}: {total} requests from {clients} concurrent clients in {elapsed:.1f} s "
          f"({total / elapsed:.0f} requests/s; server CPU {cpu * 1000 / max(total, 1):.1f} ms a request, "
          f"clients' CPU {client_cpu * 1000 / max(total, 1):.1f} ms, load average {os.getloadavg()[0]:.1f})")
    print(f"{'query':<42} {'n':>4} {'p50 ms':>8} {'p95 ms':>8}")
    for kind, samples in timings.items():
        if samples:
            print(f"{kind:<42} {len(samples):>4} {statistics.median(samples):>8.0f} "
                  f"{percentile(samples, 0.95):>8.0f}")
    every = [s for samples in timings.values() for s in samples]
    if every:
        print(f"{phase}, all: p50 {statistics.median(every):.0f} ms, p95 {percentile(every, 0.95):.0f} ms")


def engine_name(url: str) -> str:
    return url.split(":", 1)[0].split("+", 1)[0]


if __name__ == "__main__":
    main()
