"""Shared helpers for the ingest tests: reports written here, in SOHR style, invented."""

from __future__ import annotations

import pytest

SOHR_REPORT = (
    "Shelling on Jabal Al-Zawiya | Regime forces target Kansafra at dawn"
    " • The Syrian Observatory For Human Rights\n"
    "\n"
    "Idlib Province – Syrian Observatory for Human Rights: Regime forces fired rocket shells at dawn today"
    " on Kansafra village in Jabal Al-Zawiya, killing a shepherd and injuring two children.\n"
    "\n"
    "On Monday, Hayat Tahrir Al-Sham fighters clashed with regime forces on the Al-Fatirah axis, leaving two "
    "soldiers dead. SOHR has documented 40 civilian deaths in the area since January.\n"
)


class ErrorLog(list):
    """An on_error handler that remembers (origin, reason) pairs."""

    def __call__(self, origin: str, reason: str) -> None:
        self.append((origin, reason))


@pytest.fixture
def errors() -> ErrorLog:
    return ErrorLog()
