from pathlib import Path

import pytest

from marsad.actors import base as base_module
from marsad.actors.base import ActorBase
from marsad.errors import ActorBaseError, NotFoundError


def test_lookups(base):
    assert base.get("fatemiyoun").name == "Fatemiyoun Brigade"
    assert base.by_name("fatemiyoun brigade").id == "fatemiyoun"
    assert [a.id for a in base.children("sdf")] == ["mmc"]
    assert [a.name for a in base.patrons("fatemiyoun")] == [
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    ]
    with pytest.raises(NotFoundError):
        base.get("no-such-actor")


def test_backed_by_carries_the_patron_canonical_name_and_years(base):
    patron = base.get("fatemiyoun").backed_by[0]
    assert patron.name == "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert patron.since == 2013


@pytest.mark.parametrize("spelling", ["Fatemiyoun", "Fatimyon", "Fatimiyoun", "Liwa Fatemiyoun"])
def test_alias_variants_meet(base, spelling):
    assert base.find(spelling).id == "fatemiyoun"


def test_acled_derived_names(base):
    assert base.find("QSD").id == "sdf"
    assert base.find("Syrian Democratic Forces").id == "sdf"


def test_shared_alias_chosen_by_country(base):
    assert base.find("ISIS", country="Iraq").id == "is-iraq"
    assert base.find("ISIS", country="Syria").id == "is-syria"


def test_period_dependent_alias(base):
    assert base.find("Syrian army", year=2016).id == "syria-forces"
    assert base.find("Syrian army", year=2025).id == "syria-forces-2024"


def test_state_forces_of_a_country(base):
    assert base.state_forces("Iran").id == "iran-forces"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_schema_error_names_file_and_line(tmp_path):
    path = _write(
        tmp_path,
        "actors:\n  - id: a\n    name: A\n    inter: 1\n    kind: state\n"
        "  - id: b\n    name: B\n    inter: 12\n    kind: rebel\n",
    )
    with pytest.raises(ActorBaseError, match=r"/mine.yaml:8: inter must be 1..8"):
        ActorBase.load([path])


def test_unknown_kind_and_field(tmp_path):
    path = _write(tmp_path, "actors:\n  - id: a\n    name: A\n    inter: 2\n    kind: gang\n")
    with pytest.raises(ActorBaseError, match=r"mine.yaml:5: kind must be one of"):
        ActorBase.load([path])
    path = _write(
        tmp_path, "actors:\n  - id: a\n    name: A\n    inter: 2\n    kind: rebel\n    alias: [x]\n"
    )
    with pytest.raises(ActorBaseError, match=r"mine.yaml:6: unknown field 'alias'"):
        ActorBase.load([path])


def test_acled_name_must_be_a_string(tmp_path):
    path = _write(
        tmp_path, "actors:\n  - id: a\n    name: A\n    inter: 3\n    kind: rebel\n    acled_name: [x]\n"
    )
    with pytest.raises(ActorBaseError, match=r"mine.yaml:6: acled_name must be a string"):
        ActorBase.load([path])


def test_unknown_reference_reported_with_line(tmp_path):
    path = _write(
        tmp_path,
        "actors:\n  - id: a\n    name: A\n    inter: 3\n    kind: political-militia\n"
        "    backed_by:\n      - {id: ghost, since: 2015}\n",
    )
    with pytest.raises(ActorBaseError, match=r"mine.yaml:6: backed_by refers to unknown actor id 'ghost'"):
        ActorBase.load([path])
    lenient = ActorBase.load([path], strict=False)
    assert lenient.get("a").backed_by == () and lenient.problems


def test_yaml_syntax_error_has_line(tmp_path):
    path = _write(tmp_path, "actors:\n  - id: a\n    name: [A\n")
    with pytest.raises(ActorBaseError, match=r"mine.yaml:\d+: not valid YAML"):
        ActorBase.load([path])


def test_duplicate_id(tmp_path):
    path = _write(
        tmp_path,
        "actors:\n  - {id: a, name: A, inter: 1, kind: state}\n  - {id: a, name: B, inter: 1, kind: state}\n",
    )
    with pytest.raises(ActorBaseError, match=r"mine.yaml:3: duplicate id 'a'"):
        ActorBase.load([path])


def test_shipped_base_validates_and_is_cached():
    # speed is measured by benchmarks, never asserted here: these machines are shared and noisy
    base_module._parse_file.cache_clear()
    base_module._load_cached.cache_clear()
    shipped = ActorBase.load()
    assert len(shipped) >= 250
    assert ActorBase.load() is shipped  # cached
