"""`marsad serve --workers 2` for real: two processes answer, and a login made in one holds in both."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from marsad.api.passwords import hash_password
from marsad.store import Store

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to see the workers")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[str, list[int]]]:
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    with Store.open(url) as store:
        store.add_user("ada", hash_password("ada-password"), "admin")
    port = _free_port()
    log = tmp_path / "serve.log"
    command = [sys.executable, "-c", "from marsad.cli import main; main()",
               "serve", "--db", url, "--port", str(port), "--workers", "2"]
    with log.open("w") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        base = f"http://127.0.0.1:{port}"
        pids: list[int] = []
        for _ in range(600):  # up to a minute on a busy machine
            pids = [int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", log.read_text())]
            if len(pids) == 2 and log.read_text().count("Application startup complete") == 2:
                break
            assert server.poll() is None, log.read_text()
            time.sleep(0.1)
        assert len(pids) == 2, log.read_text()
        assert log.read_text().count("(2 worker processes)") == 1  # the banner, once
        yield base, pids
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_workers_share_the_login(two_workers: tuple[str, list[int]]) -> None:
    base, pids = two_workers
    with httpx.Client(base_url=base) as browser:
        token = browser.get("/api/session").json()["csrf_token"]
        answer = browser.post("/api/login", json={"name": "ada", "password": "ada-password"},
                              headers={"X-CSRF-Token": token})
        assert answer.status_code == 200, answer.text
        cookie = browser.cookies["marsad_session"]
    before = {pid: _cpu_ticks(pid) for pid in pids}
    answers = []
    # A new connection per request, so each lands on whichever process accepts it; more requests until
    # both processes have done work (each request costs milliseconds of CPU in the process serving it).
    for _ in range(20):
        answers.extend(_burst(base, cookie))
        if all(_cpu_ticks(pid) > before[pid] for pid in pids) and len(answers) >= 20:
            break
    assert all(_cpu_ticks(pid) > before[pid] for pid in pids), "one worker answered every request"
    assert answers and all(status == 200 and user == "ada" for status, user in answers)


def _burst(base: str, cookie: str) -> list[tuple[int, str | None]]:
    import concurrent.futures

    def one(_: int) -> tuple[int, str | None]:
        with httpx.Client(base_url=base, cookies={"marsad_session": cookie}) as fresh:
            events = fresh.get("/api/events", params={"limit": 50})
            return events.status_code, fresh.get("/api/session").json()["user"]

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, range(20)))
