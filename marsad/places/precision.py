"""Which candidates a mention may keep: loose spelling matches of ordinary words are no places.

The folded key is coarse on purpose, so a capitalised English word often shares a key with some
village ("Some" -> Samarra, "Neither" -> Naqirah, "Base" -> Al Bash) and a part of a longer name
shares one with a place ("Hayat" in "Hayat Tahrir al-Sham", "Omar" in "Omar oil fields"). The
events stage places events at the mentions the geoparser emits, so these must not be emitted.
The rules are general: a run made only of common words (`marsad/data/places/common_words.txt`)
needs the gazetteer's name spelled exactly so; a mention that is only a part of a longer
capitalised run, or one that opens a sentence, needs a near-exact spelling; a name followed by a
facility noun ("X oil field", "X Dam") means the facility, so it resolves to a facility or not at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml
from anyascii import anyascii

from marsad.geo import CORE_COUNTRIES
from marsad.places.build import DATA_DIR
from marsad.types import Candidate

# Nouns after a name that make the name part of a facility's name.
FACILITY_WORDS = frozenset(
    {
        "oil",
        "gas",
        "field",
        "fields",
        "oilfield",
        "oilfields",
        "dam",
        "base",
        "airbase",
        "airport",
        "station",
        "refinery",
        "camp",
        "camps",
    }
)
# Facilities named after the town beside them ("the Tabqa dam", "Kuweires airbase", "the Atmeh camps"):
# where the gazetteer lacks the facility, the town spelled so stands for it (as near it); a camp named for
# an idea ("Al-Karama camps": dignity) meets no village by a loose spelling, and is left to its container.
NAMED_FOR_TOWN = frozenset({"dam", "airport", "airbase", "camp", "camps"})
# Feature classes of facilities: spot features (S), water (H: dams in some gazetteers).
_FACILITY_CLASSES = frozenset({"S", "H"})
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "ez"})
# the nouns that end the name of a part of a town
_TOWN_PART_NOUNS = frozenset({"square", "street", "roundabout", "bridge", "intersection", "neighbourhood",
                              "neighborhood"})
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The common English (and a few transliterated Arabic) words of news prose, lower case."""
    words: set[str] = set()
    for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.update(line.lower().split())
    return frozenset(words)


@lru_cache(maxsize=50_000)
def is_common_phrase(text: str) -> bool:
    """True when every word of `text` (articles aside) is a common word: "Some", "Oil Field", "Peace"."""
    words = [w for w in _WORD.findall(anyascii(text).lower()) if w not in _ARTICLE_WORDS]
    vocabulary = common_words()
    return bool(words) and all(w in vocabulary for w in words)


def exact_name(mention: str, name: str) -> bool:
    """The gazetteer holds the name as written, up to case, hyphens and spaces ("Al-Bab" = "Al Bab")."""
    return _spaced(mention) == _spaced(name)


@lru_cache(maxsize=100_000)
def near_exact(mention: str, name: str) -> bool:
    """Spelled alike once diacritics, marks, articles and a final h are set aside ("Hit" = "Hīt",
    "Mare" = "Mare‘", "Karma" = "Al Karmah"); not merely sharing a folded key ("Some" / "Samarra")."""
    return _plain(mention) == _plain(name)


def admissible(
    candidates: list[Candidate],
    text: str,
    *,
    common: bool,
    partial: bool,
    facility_word: str | None,
) -> list[Candidate]:
    """The candidates a mention may keep; [] drops the mention.

    `common`: the mention is made of common words; `partial`: it is a part of a longer capitalised
    run or opens a sentence; `facility_word`: the facility noun that follows it ("Omar oil fields"), if any."""
    words = re.split(r"[\s\-]+", text.strip().lower())
    if len(words) > 1 and words[-1] in _ARTICLE_WORDS:
        return []  # "Khan Al" of "Khan Al-asal": a name cut before its last word, not a place
    if len(words) > 1 and words[-1] in _TOWN_PART_NOUNS:
        # "Haboubi Square", "Rashid Street": a part of a town is found under its own name or not at all, never a
        # village whose loosely folded name sounds alike ("Habbubah Saghirah"); unfound, it is placed at its town
        candidates = [c for c in candidates if c.method in ("data", "arabic") or exact_name(text, c.matched_name)]
    if facility_word is not None:
        facilities = [c for c in candidates if (c.place.feature_class or "") in _FACILITY_CLASSES]
        if not facilities and facility_word in NAMED_FOR_TOWN:
            facilities = [
                c
                for c in candidates
                if c.place.feature_class == "P"
                and c.place.country_code in CORE_COUNTRIES
                and near_exact(text, c.matched_name)
            ]
        candidates = facilities
    if common:
        return [
            c
            for c in candidates
            if (c.method == "data" or c.place.country_code in CORE_COUNTRIES) and exact_name(text, c.matched_name)
        ]
    if partial:
        if _spaced(text) in _name_heads():
            return []  # "Jabal" of "Jabal Minkar Sharqi" is the mountain's noun, not a place of that name
        return [c for c in candidates if c.method == "arabic" or exact_name(text, c.matched_name)]
    return candidates


@lru_cache(maxsize=1)
def lexicon_data() -> dict:
    """marsad/data/places/lexicon.yaml as written, parsed once (mentions.lexicon() builds its sets from it)."""
    return yaml.safe_load((DATA_DIR / "lexicon.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """The Arabic nouns that open feature names (lexicon.yaml `name_heads`): "Jabal", "Tal", "Wadi"."""
    return frozenset(lexicon_data().get("name_heads", []))


def _spaced(name: str) -> str:
    return " ".join(re.split(r"[\s\-]+", name.lower().strip()))


@lru_cache(maxsize=100_000)
def _plain(name: str) -> str:
    words = [w for w in _WORD.findall(anyascii(name).lower().replace("'", "")) if w not in _ARTICLE_WORDS]
    plain = "".join(words)
    return plain[:-1] if plain.endswith("h") and len(plain) > 3 else plain
