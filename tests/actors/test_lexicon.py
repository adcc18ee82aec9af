import pytest

from marsad.actors import lexicon
from marsad.errors import ActorBaseError


def test_lexicon_is_loaded_from_yaml():
    assert lexicon.lexicon_path().name == "lexicon.yaml"
    assert lexicon.GROUP_NOUNS["brigade"] is True and lexicon.GROUP_NOUNS["militia"] is False
    assert "commander" in lexicon.ROLES and lexicon.DEMONYMS["iranian"] == "Iran"


def test_a_broken_lexicon_names_the_file_and_key(tmp_path):
    bad = tmp_path / "lexicon.yaml"
    bad.write_text(lexicon.lexicon_path().read_text(encoding="utf-8").replace("roles: [", "roles: [Chief, "))
    with pytest.raises(ActorBaseError, match=r"lexicon.yaml: 'roles' holds 'Chief'"):
        lexicon.load_lexicon(str(bad))
