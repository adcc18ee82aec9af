"""Issue 18.7: `marsad actors import` on a Latin-1 or binary file is one FILE:LINE line and exit 1, never
a traceback; nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store

LATIN1 = "actors:\n  - id: liwa-test\n    name: Liwa al-Qud\u00e9s\n    inter: 3\n".encode("latin-1")
BINARY = b"actors:\n  - id: x\n" + bytes(range(128, 256))


@pytest.mark.parametrize(("content", "line"), [(LATIN1, 3), (BINARY, 3)])
def test_a_file_that_is_not_utf8_fails_in_one_line(tmp_path: Path, content: bytes, line: int) -> None:
    url = f"sqlite:///{tmp_path / 'actors.db'}"
    path = tmp_path / "actors.yaml"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["actors", "import", str(path), "--db", url])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = result.output.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    assert f"{path}:{line}:" in message and "UTF-8" in message
    with Store.open(url) as store:
        assert store.list_actors() == []
