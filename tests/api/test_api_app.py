from __future__ import annotations

from pathlib import Path

import pytest

from marsad.api import create_app
from marsad.errors import StoreError


def test_create_app_with_a_bad_url_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")


def test_importing_the_api_opens_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    import importlib

    import marsad.api.app

    importlib.reload(marsad.api.app)
    assert not (tmp_path / "marsad.db").exists()
