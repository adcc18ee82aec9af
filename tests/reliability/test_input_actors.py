"""Property-based tests: an actor YAML file, however broken, loads or fails with one ActorBaseError line."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.actors.base import ActorBase
from marsad.actors.schema import FIELDS, KINDS, parse_yaml
from marsad.errors import ActorBaseError

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=True), st.text(max_size=12),
                    st.sampled_from(sorted(KINDS)), st.sampled_from(["sdf", "isis", "syria", "2014", "1.5"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.one_of(st.sampled_from(["id", "since", "until"]), scalars.filter(
                          lambda v: v is None or isinstance(v, str | int | bool))), inner, max_size=3),
                      max_leaves=8)
keys = st.one_of(st.sampled_from(sorted(FIELDS)), st.text(max_size=6), st.integers(0, 9))
entries = st.dictionaries(keys, values, max_size=8)
# Entries with the four required fields, each valid or just out of range: most of them pass validation,
# so what passes is checked too, not only what fails.
near_valid = st.fixed_dictionaries(
    {"id": st.sampled_from(["sdf", "isis", "a-b.c", "Bad Id"]), "name": st.sampled_from(["SDF", "Daesh", "", None]),
     "inter": st.integers(-1, 10), "kind": st.sampled_from([*sorted(KINDS), "militia?"])},
    optional={"aliases": values, "active": values, "backed_by": values},
)
documents = st.one_of(
    st.fixed_dictionaries({"actors": st.lists(st.one_of(entries, near_valid, values), max_size=4)}),
    values,
)


def _parse(text: str) -> None:
    try:
        entries = parse_yaml(text, "actors/fuzz.yaml")
    except ActorBaseError as exc:
        assert str(exc).startswith("actors/fuzz.yaml:") and "\n" not in str(exc), str(exc)
    else:
        for entry in entries:  # what passes validation holds the schema's promises
            data = entry.data
            assert set(data) <= FIELDS
            assert isinstance(data["id"], str) and data["id"] and isinstance(data["name"], str)
            assert type(data["inter"]) is int and 1 <= data["inter"] <= 8
            assert data["kind"] in KINDS


@FUZZ
@given(document=documents)
def test_input_actor_documents_validate_or_fail_in_one_line(document):
    _parse(yaml.safe_dump(document, allow_unicode=True))


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("actors:- {}[]&*!|>'\"#%@`id name\n\t?,1")) | st.characters(),
                    max_size=200))
def test_input_actor_yaml_text_parses_or_fails_in_one_line(text):
    _parse(text)


@FUZZ
@given(data=st.binary(max_size=200))
def test_input_actor_files_load_or_fail_in_one_line(tmp_path, data):
    path = tmp_path / "mine.yaml"
    path.write_bytes(b"actors:\n- {id: a, name: A, inter: 3, kind: rebel}\n" + data)
    try:
        base = ActorBase.load([path])
    except ActorBaseError as exc:
        assert "mine.yaml" in str(exc) and "\n" not in str(exc), str(exc)
    else:
        assert base.get("a").name == "A"  # the valid first entry survives whatever follows it


def test_input_actor_yaml_aliases_do_not_explode():
    # The "billion laughs" shape: PyYAML shares aliased nodes instead of copying them, and validation
    # refuses the nested lists before walking them.
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n" for n in range(8)
    ) + "actors:\n- {id: a, name: A, inter: 3, kind: rebel, aliases: *i}\n"
    with pytest.raises(ActorBaseError, match="aliases must be a list of strings"):
        parse_yaml(bomb, "actors/bomb.yaml")
