"""The one reader of the event data files: a YAML syntax error is a one-line error naming the file."""

from __future__ import annotations

import pytest

from marsad.errors import MarsadError
from marsad.events.event_data import event_data_file, read_yaml


def test_a_broken_file_is_one_line_naming_it(tmp_path):
    broken = tmp_path / "rules.yaml"
    broken.write_text("rules:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(MarsadError) as caught:
        read_yaml(broken)
    message = str(caught.value)
    assert "rules.yaml" in message and "not valid YAML" in message
    assert "\n" not in message


def test_the_package_files_read():
    for name in ("rules.yaml", "word_lists.yaml", "triggers.yaml"):
        assert isinstance(read_yaml(event_data_file(name)), dict)
