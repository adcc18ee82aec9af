"""The words recognition is built on: group nouns, patron descriptors, roles, anaphors.

They are data, `marsad/data/actor-lexicon/lexicon.yaml` (grammar of English conflict reporting, not
knowledge about particular groups, which lives in marsad/data/actors/*.yaml), read once per process.
Edit the YAML to change recognition; this module only gives the lists their Python shapes.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import ActorBaseError

_LISTS = (
    "holdout_markers",
    "fielded_things",
    "arabic_group_nouns",
    "tribal_nouns",
    "name_stopwords",
    "name_connectors",
    "pro_regime_words",
    "backing_after",
    "membership_after",
    "roles",
    "militia_kinds",
    "military_nouns",
    "military_modifiers",
    "country_attack_verbs",
    "locative_prepositions",
    "function_words",
    "common_noun_aliases",
    "media_nouns",
    "suspicion_words",
    "unnamed_army_phrases",
    "unnamed_state_arm_phrases",
    "unnamed_government_phrases",
    "other_army_modifiers",
    "foreign_army_modifiers",
    "identity_adjectives",
    "police_nouns",
    "owned_noun_modifiers",
)
_MAPS = ("group_nouns", "demonyms", "anaphor_nouns", "forces_by_ruler", "capitals", "holdouts_of")


def lexicon_path() -> Path:
    return Path(str(resources.files("marsad") / "data" / "actor-lexicon" / "lexicon.yaml"))


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict[str, Any]:
    """The lexicon YAML, checked: every list a list of lower-case strings, every map a mapping."""
    where = Path(path) if path else lexicon_path()
    try:
        data = yaml.safe_load(where.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ActorBaseError(f"{where}: cannot read the actor lexicon ({exc}); fix the file") from exc
    for key in (*_LISTS, *_MAPS):
        value = data.get(key)
        expected = list if key in _LISTS else dict
        if not isinstance(value, expected):
            raise ActorBaseError(f"{where}: '{key}' must be a {expected.__name__}; see the file's comments")
        words = value if key in _LISTS else value.keys()
        bad = [w for w in words if not isinstance(w, str) or w != w.lower()]
        if bad:
            raise ActorBaseError(f"{where}: '{key}' holds {bad[0]!r}; words must be lower-case strings")
    return data


_DATA = load_lexicon()

# Nouns that make a name a group name. True when the noun is part of the group's name after a quoted or
# capitalised name ("'al-Sheikh' Brigade" -> "Al-Sheikh Brigade"), False when it only describes.
GROUP_NOUNS: dict[str, bool] = {k: bool(v) for k, v in _DATA["group_nouns"].items()}
ARABIC_GROUP_NOUNS = frozenset(_DATA["arabic_group_nouns"])  # open a name: "Liwa al-Baqir"
TRIBAL_NOUNS = frozenset(_DATA["tribal_nouns"])  # give a named group the identity-militia reading
NAME_STOPWORDS = frozenset(_DATA["name_stopwords"])  # never start a discovered name
NAME_CONNECTORS = frozenset(_DATA["name_connectors"])  # lower-case words inside a capitalised name
DEMONYMS: dict[str, str] = dict(_DATA["demonyms"])  # "iranian" -> "Iran" (patron descriptors)
CAPITALS: dict[str, str] = dict(_DATA["capitals"])  # "ankara" -> "Turkey" ("Ankara launched strikes")
PRO_REGIME_WORDS = frozenset(_DATA["pro_regime_words"])  # "pro-regime": the report country's state forces
BACKING_AFTER: tuple[str, ...] = tuple(_DATA["backing_after"])  # "X, backed by Y" -> backed_by Y
MEMBERSHIP_AFTER: tuple[str, ...] = tuple(_DATA["membership_after"])  # "X, affiliated with Y" -> part_of Y
ROLES = frozenset(_DATA["roles"])  # "the commander of X" makes a person
ANAPHOR_NOUNS: dict[str, frozenset[str]] = {k: frozenset(v or ()) for k, v in _DATA["anaphor_nouns"].items()}
# anaphor nouns that refer back only with a word that marks it ("the same forces", "these forces")
MARKED_ANAPHOR_NOUNS = frozenset(_DATA.get("marked_anaphor_nouns") or ())
MILITIA_KINDS = frozenset(_DATA["militia_kinds"])
MILITARY_NOUNS = frozenset(_DATA["military_nouns"])  # "Turkish shelling": the country's forces
FORCES_BY_RULER: dict[str, str] = dict(_DATA["forces_by_ruler"])  # "Assad artillery": his forces' actor id
POLICE_NOUNS = frozenset(_DATA["police_nouns"])  # "Turkish police": the country's police forces
OWNED_NOUN_MODIFIERS = frozenset(_DATA["owned_noun_modifiers"])  # "the SDF's military police": the group's own
MILITARY_MODIFIERS = frozenset(_DATA["military_modifiers"])  # may stand between: "Israeli air strike"
COUNTRY_ATTACK_VERBS: tuple[str, ...] = tuple(_DATA["country_attack_verbs"])  # "Turkey shelled"
LOCATIVE_PREPOSITIONS = frozenset(_DATA["locative_prepositions"])  # "on Al-Bo Kamal" is a place
FUNCTION_WORDS = frozenset(_DATA["function_words"])  # meet an alias only when spelt exactly
COMMON_NOUN_ALIASES = frozenset(_DATA["common_noun_aliases"])  # "regime": the base's actor unless described
SUSPICION_WORDS = frozenset(_DATA["suspicion_words"])  # "drones believed to be Turkish"
UNNAMED_ARMY_PHRASES = frozenset(tuple(p.split()) for p in _DATA["unnamed_army_phrases"])  # "army units"
OTHER_ARMY_MODIFIERS = frozenset(_DATA["other_army_modifiers"])  # "rebel soldiers": not the state's army
FOREIGN_ARMY_MODIFIERS = frozenset(_DATA["foreign_army_modifiers"])  # "the occupation army": a foreign state's
# "military reinforcements": the state's forces only when no one else is named for them
UNNAMED_STATE_ARM_PHRASES = frozenset(tuple(p.split()) for p in _DATA["unnamed_state_arm_phrases"])
# "the authorities", "the Prime Minister's Office": the government of the state named last, else the report's
UNNAMED_GOVERNMENT_PHRASES = frozenset(tuple(p.replace("'s", "").split()) for p in _DATA["unnamed_government_phrases"])
# "Islamic factions", "Shiite militias": described, not named (apostrophes dropped: "Shi'ite" -> "shiite")
IDENTITY_ADJECTIVES = frozenset(_DATA["identity_adjectives"])
MEDIA_NOUNS = frozenset(_DATA["media_nouns"])  # "Turkish state media": a source, no actor
HOLDOUT_MARKERS = frozenset(_DATA["holdout_markers"])  # "the former regime": the past
HOLDOUTS_OF: dict[str, str] = dict(_DATA["holdouts_of"])  # a fallen state's period actor -> its holdouts
FIELDED_THINGS = frozenset(_DATA["fielded_things"])  # "a Coalition-affiliated convoy": the side's own
