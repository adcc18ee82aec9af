"""Issue 18.8 (second half): failed logins hold an account with a growing wait, but the right password
from a browser the account logged in from before is never held up by someone else's guesses."""

from __future__ import annotations

import re

from security_helpers import csrf, local, login


def _wait(response) -> int:
    assert response.status_code == 429, response.text
    return int(re.search(r"(\d+) s", response.json()["detail"]).group(1))


def test_guesses_elsewhere_never_lock_the_owner_out(accounts_url: str) -> None:
    with local(accounts_url) as owner, local(accounts_url) as attacker, local(accounts_url) as stranger:
        assert login(owner, "vera").status_code == 200  # this browser is now one vera logged in from
        assert owner.post("/api/logout", headers=csrf(owner)).status_code == 204
        answers = [login(attacker, "vera", "guess-password") for _ in range(5)]
        assert all(a.status_code == 401 for a in answers)
        assert _wait(login(attacker, "vera", "guess-password")) >= 1
        # another browser, right password: held like the guesser (it could be the guesser)
        assert login(stranger, "vera").status_code == 429
        # vera's own browser, right password: in at once
        assert login(owner, "vera").json()["user"] == "vera"
        assert owner.get("/api/events").status_code == 200


def test_the_wait_grows_with_each_failure(accounts_url: str, monkeypatch) -> None:
    import marsad.api.sessions as sessions

    waits = []
    with local(accounts_url) as attacker:
        for _ in range(5):
            login(attacker, "carl", "guess-password")
        for _ in range(4):
            waits.append(_wait(login(attacker, "carl", "guess-password")))
            monkeypatch.setattr(sessions, "backoff_seconds", lambda key, n, real=sessions.backoff_seconds: 0.0)
            login(attacker, "carl", "guess-password")  # one more failure, let through to be counted
            monkeypatch.undo()
    assert waits == sorted(waits) and waits[-1] > waits[0], waits
