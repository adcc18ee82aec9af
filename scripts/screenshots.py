"""The workbench's screenshots for docs/workbench.md, taken from a real server and Chromium, never by hand.

    .venv/bin/python scripts/screenshots.py [--out docs/img] [--chromium /usr/bin/chromium]

A temporary store gets the browser tests' reports (tests/web/workbench_data.py: five short reports, one
event told twice, one movement), `marsad dedupe` links the twice-told event, a coder account logs in, and
each screen of the workbench is saved as a PNG.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.web.test_workbench import movement_geoparser, start_server, workbench_store  # noqa: E402

VIEWPORT = {"width": 1400, "height": 950}


def shoot(base: str, out: Path, chromium: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    saved: list[Path] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        # bypass_csp: playwright evaluates its waits as strings, which the page's policy forbids
        page = browser.new_page(viewport=VIEWPORT, bypass_csp=True)
        page.set_default_timeout(20000)

        def save(name: str, full_page: bool = False) -> None:
            path = out / f"{name}.png"
            page.wait_for_timeout(300)  # let the map's tiles of outlines settle
            page.screenshot(path=str(path), full_page=full_page)
            saved.append(path)

        page.goto(f"{base}/")
        page.fill("#login-form input[name=name]", "carl")
        page.fill("#login-form input[name=password]", "carl-password")
        page.click("#login-form button[type=submit]")
        page.wait_for_selector("#summary[data-total]")
        page.wait_for_selector("#chart rect.bar")
        save("workbench-summary", full_page=True)

        page.locator("#summary section[data-field=admin1] button", has_text="Idleb").click()
        page.wait_for_selector("#chips .chip")
        page.wait_for_function("document.getElementById('map').dataset.markers === '1'")
        save("workbench-facet")
        page.click("#chips .chip")
        page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 4")

        page.locator("#events tbody tr[data-event-id='sohr-b-1'] button.reports-toggle").click()
        page.wait_for_selector("#events tbody tr.member")
        page.locator("#events").scroll_into_view_if_needed()
        save("workbench-canonical")

        page.goto(f"{base}/?event=sohr-m-1&movements=true")
        page.wait_for_selector("#detail mark.ev-origin")
        page.wait_for_function("document.getElementById('map').dataset.legs === '4'")
        save("workbench-movements")
        page.locator("#detail .report-evidence").scroll_into_view_if_needed()
        save("workbench-evidence")

        page.goto(f"{base}/?q=sources+said&canonical=false")
        page.wait_for_selector("#found-reports[data-total]")
        page.click("#found-reports .report-title")
        page.wait_for_selector("#found-reports .report-event")
        page.locator("#found-reports").scroll_into_view_if_needed()
        save("workbench-report-search")

        page.goto(f"{base}/?bbox=36.45,35.95,36.95,36.4&canonical=false")
        page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
        save("workbench-box")

        page.goto(f"{base}/?view=network")
        page.wait_for_function("Number(document.getElementById('network').dataset.nodes) >= 4")
        save("workbench-network")
        page.evaluate("""(() => { const node = cy.nodes().filter((n) => n.data('label') === 'Hurras al-Din')[0];
            node.emit('tap'); })()""")
        page.wait_for_selector("#actor-panel .actor-chart rect.bar")
        save("workbench-actor")
        browser.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--chromium", default=CHROMIUM)
    args = parser.parse_args()
    if not Path(args.chromium).exists():
        raise SystemExit(f"no Chromium at {args.chromium}: apt-get install -y chromium, or give --chromium")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        gazetteer = Path(folder) / "gazetteer"
        gazetteer.mkdir()
        base, server, thread = start_server(workbench_store(Path(folder)),
                                            geoparser_factory=movement_geoparser(gazetteer))
        try:
            for path in shoot(base, args.out, args.chromium):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            server.should_exit = True
            thread.join(timeout=5)


if __name__ == "__main__":
    main()
