"""Capitalised runs that name something other than a place: a person ("commander Ali Hussein", "Mohammad
al-Madhi"), a group ("Hamza Division", "Army of Islam", "the Al-Mashahda and Al-Bakir clans", a quoted name
after "the group"), a building or a weapon ("Tochka missile"), unless a settlement word or a locative with its
container says the run is a village named after a man ("Hajj Ali village", "in Hasan Sultan, Diyala"). Split
from mentions.py, which asks `names_other_thing` of each run it finds in the gazetteer."""

from __future__ import annotations

import re

from marsad.places.precision import FACILITY_WORDS
from marsad.places.tokens import Token, adjacent, adjacent_or_space, cue_before, is_name_word, lexicon

# "Hajj Ali village", "the village of Sheikh Mohammed": a settlement word next to a run says it names a
# place, however much it looks like a person's name (Iraqi villages are often named after one man). So
# does a locative word before it with its container after it ("in Hasan Sultan, Diyala", "near Ali Hamud,
# in the countryside of Samarra", "in Hasan Sultan in Baladruz"): a person is not "in" someone.
_SETTLEMENT_WORDS = frozenset({"village", "villages", "town", "hamlet", "farm", "farms", "area"})
_THEN_CONTAINER = re.compile(
    r"(?:\s*,\s+(?:in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?)?|\s+(?:in|near)\s+(?:the\s+)?)[A-Z]"
)


# Iraq's regional commands are named after the governorate or town they hold ("the Anbar Operations Command",
# "the Basra Police Command", "the Ninewa Operations Commander"): the name before them is that place.
_AREA_COMMAND = re.compile(r"\s+(?:Operations|Police)\s+Command(?:er|s)?\b")


def _settlement_after(text: str, tokens: list[Token], j: int) -> bool:
    return (
        j < len(tokens) and tokens[j].lower in _SETTLEMENT_WORDS and adjacent_or_space(text, tokens[j - 1], tokens[j])
    )


def _called_settlement(text: str, tokens: list[Token], i: int, j: int) -> bool:
    if _settlement_after(text, tokens, j):
        return True
    relation = cue_before(tokens, i)[0]
    if relation in ("village", "town"):
        return True
    return relation in ("in", "near") and bool(_THEN_CONTAINER.match(text, tokens[j - 1].end))


def names_other_thing(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A person ("commander Ali Hussein") or an organisation ("Hamza Division", "Syrian Observatory")."""
    lex = lexicon()
    if i > 0 and tokens[i - 1].lower in lex["person_cues"] and adjacent_or_space(text, tokens[i - 1], tokens[i]):
        return True
    if _opens_longer_facility(text, tokens, j):
        return True
    # "Omar oil fields", "Ibrahim Khalil Border Crossing": a run that ends in a feature noun is no person
    facility = tokens[j - 1].lower in FACILITY_WORDS or tokens[j - 1].lower in lex["feature_words"]
    if (
        not facility
        and not _called_settlement(text, tokens, i, j)
        and tokens[i].lower in lex["first_names"]
        and (
            j - i > 1
            or (j < len(tokens) and is_name_word(tokens[j]) and adjacent_or_space(text, tokens[j - 1], tokens[j]))
            or (  # "Mohammad al-Madhi": a first name, then a family name with its article
                j + 1 < len(tokens)
                and tokens[j].lower in lex["connectors"]
                and adjacent_or_space(text, tokens[j - 1], tokens[j])
                and is_name_word(tokens[j + 1])
                and adjacent(text, tokens[j], tokens[j + 1])
            )
        )
    ):
        return True
    if (  # "Army of Islam", "Soldiers of the Levant": a group named "X of Y"
        i > 1
        and tokens[i - 1].lower == "of"
        and tokens[i - 2].text[0].isupper()
        and tokens[i - 2].lower in lex["organisation_words"] | _GROUP_WORDS
    ):
        return True
    if (
        i > 0
        and tokens[i - 1].lower in lex["first_names"]
        and tokens[i - 1].text[0].isupper()
        and adjacent_or_space(text, tokens[i - 1], tokens[i])
    ):
        return True
    if _AREA_COMMAND.match(text, tokens[j - 1].end):
        return False  # "the Kirkuk Operations Command": a command named after the area it holds
    # The rest of the capitalised run: an organisation word there makes the run a name of a group.
    k = j
    while (
        k < len(tokens)
        and k - j < 4
        and adjacent_or_space(text, tokens[k - 1], tokens[k])
        and (is_name_word(tokens[k]) or tokens[k].lower in lex["connectors"])
    ):
        if tokens[k].lower in lex["organisation_words"]:
            return True
        k += 1
    if _group_context(text, tokens, i, j):
        return True
    if j < len(tokens) and tokens[j].lower in _GROUP_WORDS | _THING_WORDS:
        return True
    return False


_GROUP_WORDS = frozenset(
    {
        "militia",
        "militias",
        "regiment",
        "brigade",
        "brigades",
        "tribe",
        "tribes",
        "clan",
        "clans",
        "family",
        "families",
        "faction",
        "factions",
        "group",
        "groups",
        "battalion",
        "battalions",
        "movement",
        "agency",  # "through its Amaq agency": a news agency named after a town is no place of the act
    }
)
# Nouns after a name that make it the name of a building or a weapon: "Tochka missile", "Grad rockets".
_THING_WORDS = frozenset(
    {"hospital", "school", "mosque", "missile", "missiles", "rocket", "rockets", "launcher", "launchers"}
    | {"drone", "drones", "tank", "tanks", "helicopter", "helicopters", "jet", "jets", "system", "systems"}
)
_QUOTES = '"“”«»'


def _opens_longer_facility(text: str, tokens: list[Token], j: int) -> bool:
    """ "the Kuwait al-Rahma camp": the run goes on with a hyphenated article and a name, then a facility word;
    the name matched is only the first word of a camp's (field's, base's) name the gazetteer lacks, not a place
    of its own (rule `name-inside-facility`)."""
    return (
        j + 2 < len(tokens)
        and tokens[j].lower in ("al", "el")
        and adjacent_or_space(text, tokens[j - 1], tokens[j])
        and text[tokens[j].end : tokens[j + 1].start] == "-"
        and is_name_word(tokens[j + 1])
        and adjacent_or_space(text, tokens[j + 1], tokens[j + 2])
        and tokens[j + 2].lower in FACILITY_WORDS | {"camp", "camps"}
    )


def _group_context(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Names of groups, tribes and families that look like places: "Al-Haj Qassem" (a title), "Liwa Al-Baqir"
    (a group word before), "Al-Mashahda and Al-Bakir clans" (a kin word after a list), a quoted run after
    "the group" or holding an organisation word."""
    lex = lexicon()
    first = i + 1 if tokens[i].lower in lex["connectors"] and j - i > 1 else i
    if tokens[first].lower in lex["person_titles"] and not _called_settlement(text, tokens, i, j):
        return True  # but "Hajj Kazim village", "the village of Haji Mansour": Iraqi villages bear a man's name
    if i > 0 and tokens[i - 1].lower in lex["group_prefixes"] and adjacent_or_space(text, tokens[i - 1], tokens[i]):
        return True
    # "X and Y clans", "X, Y and Z tribes": the kin word after the list names every member of it.
    k = j
    while (
        k < len(tokens)
        and k - j < 8
        and (tokens[k].lower in ("and", "of", "the") or is_name_word(tokens[k]) or tokens[k].lower in lex["connectors"])
    ):
        k += 1
    if k < len(tokens) and k > j and tokens[k].lower in _GROUP_WORDS and "and" in {t.lower for t in tokens[j:k]}:
        return True
    return _quoted_group(text, tokens[i].start, tokens[j - 1].end) or _bracket_after_group(text, tokens[i].start)


# Words that may stand between a group word's bracket and the names in it: "clans (likely A and B)".
_BRACKET_HEDGES = frozenset({"likely", "reportedly", "mainly", "mostly", "namely", "including", "the", "and", "or"})


_MEMBERS_OPENING = re.compile(r"\(|,?\s+(?:including|namely|such\s+as|notably|among\s+them)\s+", re.I)


def _bracket_after_group(text: str, start: int) -> bool:
    """ "armed clans (reportedly A and B)", "two tribes (the Shaitat, the Baggara)", "local clans, including A
    and B", "tribes such as A and B": a bracket or an "including" opened right after a kin or group word
    lists the group's members, not places."""
    window = max(0, start - 60)
    openings = [m for m in _MEMBERS_OPENING.finditer(text, window, start) if ")" not in text[m.end() : start]]
    if not openings:
        return False
    opening = openings[-1]
    before = text[max(0, opening.start() - 20) : opening.start()].lower().split()
    if not before or before[-1].strip(",;:") not in _GROUP_WORDS:
        return False
    between = re.findall(r"[A-Za-z'’-]+", text[opening.end() : start])
    return all(word[0].isupper() or word.lower() in _BRACKET_HEDGES for word in between)


def _quoted_group(text: str, start: int, end: int) -> bool:
    opening = max(text.rfind(q, max(0, start - 40), start) for q in _QUOTES)
    if opening < 0 or text[opening + 1 : start].count(" ") > 4:
        return False
    closing = min((p for p in (text.find(q, end, end + 40) for q in _QUOTES) if p >= 0), default=-1)
    if closing < 0:
        return False
    lex = lexicon()
    inside = text[opening + 1 : closing].lower().split()
    before = text[max(0, opening - 30) : opening].lower().split()
    return any(w in lex["organisation_words"] or w in lex["group_prefixes"] for w in inside) or any(
        w in _GROUP_WORDS or w in {"called", "named", "dubbed", "known"} for w in before[-3:]
    )
