"""Issue 18.10: a gazetteer zip whose member is named outside the archive (`../../x`, an absolute path, a
drive) is refused in one line, not read as the gazetteer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from marsad.errors import GazetteerError
from marsad.places.build import build

LINE = "\t".join(["900003", "Sarmada", "Sarmada", "Sarmadah", "36.178", "36.722", "P", "PPL", "SY", "", "12",
                  "", "", "", "15000", "", "300", "Asia/Damascus", "2024-01-01"]) + "\n"


@pytest.mark.parametrize("name", ["../../SY.txt", "/etc/SY.txt", "C:/SY.txt", "data/../../SY.txt",
                                  "..\\..\\SY.txt"])
def test_a_member_named_outside_the_archive_is_refused(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr(zipfile.ZipInfo(name), LINE)
    with pytest.raises(GazetteerError, match="outside the archive"):
        build(tmp_path / "gazetteer.sqlite", [archive], with_default=False)


def test_a_plain_member_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("SY.txt", LINE)
    build(tmp_path / "gazetteer.sqlite", [archive], with_default=False)
    assert (tmp_path / "gazetteer.sqlite").exists()
