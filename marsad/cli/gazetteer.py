"""`marsad gazetteer import|download|status`: the typer app the main CLI mounts."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from marsad.cli.errors import handles_errors
from marsad.places.gazetteer import Gazetteer
from marsad.places.index_upkeep import build_progress
from marsad.settings import get_settings

gazetteer_app = typer.Typer(help="Build and inspect the place gazetteer index.", no_args_is_help=True)


@gazetteer_app.command("import")
@handles_errors
def import_files(
    files: list[Path] = typer.Argument(
        ..., help="GeoNames dumps (SY.txt, IQ.zip...), admin1CodesASCII.txt, OCHA syr_pplp_adm4_unocha_*.csv"
    ),
) -> None:
    """Import gazetteer files into the index (all or nothing).

    Example: marsad gazetteer import SY.txt IQ.txt admin1CodesASCII.txt syr_pplp_adm4_unocha_20210113.csv
    """
    target = get_settings().gazetteer_path
    counts = _build_with_progress(target, list(files))
    for name, count in counts.items():
        typer.echo(f"{name}: {count} places")
    typer.echo(f"index: {target}")


@gazetteer_app.command("download")
@handles_errors
def download_files(
    countries: list[str] = typer.Argument(..., help="ISO country codes, e.g. SY IQ"),
    dest: Path = typer.Option(None, help="folder for the downloads (default MARSAD_HOME/downloads)"),
    geonames_base: str = typer.Option("https://download.geonames.org/export/dump", help="GeoNames dump URL"),
    ocha_url: str = typer.Option(None, help="URL of the OCHA Syria populated-places CSV (default: HDX)"),
) -> None:
    """Download GeoNames dumps (and the OCHA table for SY), then import them.

    Example: marsad gazetteer download SY IQ
    """
    from marsad.places.download import OCHA_SYRIA_URL, download

    folder = dest or get_settings().home / "downloads"
    files = download(countries, folder, geonames_base=geonames_base, ocha_url=ocha_url or OCHA_SYRIA_URL)
    for path in files:
        typer.echo(f"downloaded {path}")
    counts = _build_with_progress(get_settings().gazetteer_path, files)
    for name, count in counts.items():
        typer.echo(f"{name}: {count} places")


def _build_with_progress(target: Path, files: list[Path]) -> dict[str, int]:
    from marsad.places.build import build, build_steps

    total = build_steps(files, fresh=not target.exists())
    with build_progress(total, "importing into the gazetteer index") as step:
        return build(target, files, progress=step)


@gazetteer_app.command("status")
@handles_errors
def status() -> None:
    """Say what the index holds (builds the default index on first use).

    Example: marsad gazetteer status
    """
    info = Gazetteer.open().status()
    typer.echo(json.dumps(info, indent=2, ensure_ascii=False))
