"""A real server (uvicorn in a thread, a temp SQLite store with three events, two pending actors, a coder and an
admin account) and
headless Chromium driven by playwright. Skips with the reason when chromium or playwright is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from marsad.types import EventRecord, Evidence, Report
from tests.local_server import serving

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

TEXT_A = (
    "Deir Ezzor Province – Syrian Observatory for Human Rights: On January 9, gunmen of ISIS attacked "
    "a checkpoint of regime forces near Al-Mayadeen, killing four soldiers. <script>alert('x')</script>"
    "<img src=x onerror=alert(2)>"
)
TEXT_B = (
    "Idlib Province – Syrian Observatory for Human Rights: On February 2, a drone of the international "
    "coalition struck a car near Sarmada, killing a commander of Hurras al-Din."
)
TEXT_C = (
    "Aleppo Province – Syrian Observatory for Human Rights: On March 5, a convoy of Turkish forces "
    "entered from Kilis and deployed in Azaz countryside."
)


def span(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(start, start + len(needle), needle)


ATTACK = EventRecord(
    doc_id="sohr-a", event_id="sohr-a-1", event_type="Battles", sub_event_type="Armed clash",
    plover="ASSAULT", cameo="190", event_date="2024-01-09", time_precision=1,
    actor1="Islamic State (Syria)", assoc_actor_1=(), actor2="Military Forces of Syria (2000-2024)",
    assoc_actor_2=(), inter1=2, inter2=1, country="Syria", admin1="Deir ez-Zor", admin2="Al Mayadin",
    admin3=None, location="Al Mayadin", latitude=35.0203, longitude=40.4513, geo_precision=2, fatalities=4,
    source="Syrian Observatory for Human Rights", source_attribution=None,
    notes="ISIS gunmen attacked a regime checkpoint near Al-Mayadeen, killing four soldiers.",
    evidence=(span(TEXT_A, "gunmen of ISIS attacked a checkpoint"),), confidence=0.55,
    field_evidence={"fatalities": span(TEXT_A, "killing four soldiers"), "location": span(TEXT_A, "Al-Mayadeen")},
)
STRIKE = replace(
    ATTACK, doc_id="sohr-b", event_id="sohr-b-1", event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike", event_date="2024-02-02", actor1="International Coalition Forces",
    actor2="Hurras al-Din", inter1=8, inter2=2, admin1="Idleb", admin2="Harim", location="Sarmada",
    latitude=36.1859, longitude=36.7235, fatalities=1, confidence=0.8,
    notes="A coalition drone struck a car near Sarmada, killing a Hurras al-Din commander.",
    evidence=(span(TEXT_B, "a drone of the international coalition struck a car"),), field_evidence={},
)
CONVOY = replace(
    ATTACK, doc_id="sohr-c", event_id="sohr-c-1", event_type="Strategic developments",
    sub_event_type="Headquarters or base established", event_date="2024-03-05",
    actor1="Military Forces of Turkey (2016-)", actor2=None, inter1=8, inter2=0, admin1="Aleppo",
    admin2="Azaz", location="Azaz", latitude=36.5866, longitude=37.0463, fatalities=0, confidence=0.9,
    origin_location="Kilis", origin_latitude=36.7184, origin_longitude=37.1212,
    notes="A Turkish convoy entered from Kilis and deployed near Azaz.",
    evidence=(span(TEXT_C, "a convoy of Turkish forces entered from Kilis"),), field_evidence={},
)


class FakePipeline:
    """One Battles event per submitted report (the real pipeline needs the gazetteer index)."""

    def process(self, report: Report) -> list[EventRecord]:
        end = report.text.find(".") + 1 or len(report.text)
        return [replace(ATTACK, doc_id=report.doc_id, event_id=f"{report.doc_id}-1", event_date="2024-01-20",
                        notes=report.text[:end], evidence=(Evidence(0, end, report.text[:end]),),
                        field_evidence={})]


# A tiny gazetteer for the event page's candidates: two towns share a name; the province decides.
PLACES = [
    ("2001", "Mayādīn", "Mayadin", "Al Mayadin,Al-Mayadeen", 35.021, 40.453, "07", 45000),
    ("2002", "Mayādīn", "Mayadin", "Al Mayadin,Al-Mayadeen", 34.600, 36.900, "11", 0),
    ("2003", "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor,Deir Ezzor", 35.336, 40.141, "07", 240000),
]


def tiny_gazetteer(folder: Path, places: list[tuple] = PLACES,
                   admin1_names: tuple[tuple[str, str], ...] = (("07", "Deir ez-Zor"), ("11", "Homs"))) -> Path:
    from marsad.places.build import build

    rows = ["\t".join([gid, name, ascii_name, alternates, f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", "SY", "",
                       admin1, "", "", "", str(population), "", "0", "Asia/Damascus", "2020-01-01"])
            for gid, name, ascii_name, alternates, lat, lon, admin1, population in places]
    dump = folder / "SY.txt"
    dump.write_text("\n".join(rows) + "\n", encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("".join(f"SY.{code}\t{name}\t{name}\t0\n" for code, name in admin1_names), encoding="utf-8")
    index = folder / "gazetteer.sqlite"
    build(index, [dump, admin1], with_default=False)
    return index


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from marsad.api import create_app
    from marsad.api.passwords import hash_password
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.geoparser import Geoparser
    from marsad.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    index = tiny_gazetteer(tmp_path_factory.mktemp("gazetteer"))
    with Store.open(url) as store:
        for doc_id, text, event in (("sohr-a", TEXT_A, ATTACK), ("sohr-b", TEXT_B, STRIKE),
                                    ("sohr-c", TEXT_C, CONVOY)):
            report = Report(doc_id=doc_id, text=text, title=f"Report {doc_id}", published=date(2024, 3, 6))
            store.add_report(report, [event])
        store.add_user("carl", hash_password("carl-password"), "coder")
        store.add_user("ada", hash_password("ada-password"), "admin")
        store.add_pending_actor("Liwa al-Baqir", {"inter": 3, "backed_by": ["Iran"]}, "sohr-a",
                                span(TEXT_A, "gunmen of ISIS"))
        store.add_pending_actor("Saraya <b>al-Fajr</b>", {"inter": 2}, None, None)
    app = create_app(url, pipeline_factory=FakePipeline,
                     geoparser_factory=lambda: Geoparser(Gazetteer.open(index)))
    with serving(app) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright (pip install playwright; never `playwright install`)")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server: str):
    # bypass_csp: playwright evaluates strings; with the page's CSP bypassed, escaping alone must hold.
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.dialogs = dialogs  # type: ignore[attr-defined]
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()
