"""Fixtures for the security tests: a store with the secret report, and accounts (NAME-password each)."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_samples import PUBLISHED, UNREVIEWED, secret_report

from marsad.api.passwords import hash_password
from marsad.store import Store

ACCOUNTS = (("vera", "viewer"), ("carl", "coder"), ("ada", "admin"))


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'sec.db'}"
    with Store.open(url) as store:
        store.add_report(secret_report(), [PUBLISHED, UNREVIEWED])
    return url


@pytest.fixture
def accounts_url(store_url: str) -> str:
    with Store.open(store_url) as store:
        for name, role in ACCOUNTS:
            store.add_user(name, hash_password(f"{name}-password"), role)
    return store_url
