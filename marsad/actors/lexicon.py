"""The words recognition is built on: group nouns, patron descriptors, roles, anaphors.

These are grammar of English conflict reporting, not knowledge about particular groups (that lives
in marsad/data/actors/*.yaml). Keep them lower-case.
"""

from __future__ import annotations

# Nouns that make a name a group name. Values: True when the noun is part of the group's name when it
# follows a quoted or capitalised name ("'al-Sheikh' Brigade" -> "Al-Sheikh Brigade"), False when it only
# describes ("'Al-Haj Qassem Soleimani' militia" -> "Al-Haj Qassem Soleimani").
GROUP_NOUNS: dict[str, bool] = {
    "militia": False, "militias": False, "group": False, "groups": False, "faction": False,
    "factions": False, "cell": False, "cells": False, "movement": True,
    "regiment": True, "brigade": True, "brigades": True, "battalion": True, "battalions": True,
    "division": True, "forces": True, "force": True, "army": True, "front": True, "council": True,
    "corps": True, "unit": True, "units": True, "legion": True, "squadron": True, "gathering": True,
    "operation": True, "operations": True, "room": True,
}
# Arabic group nouns open a name ("Liwa al-Baqir", "Kataib Hezbollah").
ARABIC_GROUP_NOUNS = frozenset({
    "liwa", "liwaa", "luwaa", "kataib", "kata'ib", "katai'b", "saraya", "jaysh", "jaish", "harakat",
    "haraka", "firqat", "firqa", "fawj", "jabhat", "tajamu", "tajammu", "alwiya", "alwiyat", "quwat",
    "hayat", "hay'at", "ansar", "jund", "usbat", "asaib", "asa'ib",
})
# Nouns that give a named group the identity-militia reading (inter 4).
TRIBAL_NOUNS = frozenset({"tribe", "tribes", "clan", "clans", "tribal", "communal", "clansmen", "tribesmen"})

# Words that never start a discovered name even when capitalised at a sentence start.
NAME_STOPWORDS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "on", "in", "at",
    "of", "and", "or", "by", "with", "from", "to", "for", "after", "before", "during", "while", "when",
    "according", "reliable", "sources", "tens", "dozens", "hundreds", "members", "fighters", "some",
    "several", "two", "three", "four", "five", "both", "other", "another", "new", "newly", "recently",
    "local", "syrian", "iraqi", "iranian", "turkish", "russian", "pro", "regime", "government",
    "opposition", "rebel", "rebels", "islamist", "jihadist", "kurdish", "arab", "foreign", "allied",
    "loyal", "loyalist", "armed", "military", "security", "elite", "special", "clashes", "clash",
    "meanwhile", "also", "however", "moreover", "furthermore", "yesterday", "today", "sohr",
})
# Lower-case words allowed inside a capitalised name ("Ahrar al Sham", "Khalid ibn al Walid Army").
NAME_CONNECTORS = frozenset({
    "al", "el", "ar", "as", "ash", "ad", "az", "at", "an", "ez", "bin", "ibn", "bint", "abu", "of", "the",
    "de", "wal", "wa", "li", "lil", "bi", "fi", "min", "ahl", "abi", "ul", "u", "and",
})

# Demonyms and short country names a patron descriptor may use ("Iranian-backed", "pro-Iran").
DEMONYMS: dict[str, str] = {
    "iranian": "Iran", "iran": "Iran", "turkish": "Turkey", "turkey": "Turkey", "russian": "Russia",
    "russia": "Russia", "american": "United States", "us": "United States", "u.s.": "United States",
    "usa": "United States", "israeli": "Israel", "israel": "Israel", "syrian": "Syria", "syria": "Syria",
    "iraqi": "Iraq", "iraq": "Iraq", "lebanese": "Lebanon", "saudi": "Saudi Arabia", "qatari": "Qatar",
    "emirati": "United Arab Emirates", "jordanian": "Jordan", "british": "United Kingdom",
    "uk": "United Kingdom", "french": "France", "afghan": "Afghanistan", "pakistani": "Pakistan",
}
# Descriptors written before a group ("pro-regime militia"): the patron is the country's state forces.
PRO_REGIME_WORDS = frozenset({"regime", "government", "assad", "damascus"})
# Verbs of backing written after a group: "X, backed by Y" -> backed_by Y.
BACKING_AFTER = ("backed by", "supported by", "funded by", "sponsored by", "loyal to", "allied with",
                 "allied to", "aligned with")
# Phrases of membership written after a group: "X, affiliated with Y" -> part_of Y.
MEMBERSHIP_AFTER = ("affiliated with", "affiliated to", "operating under", "operate under", "operates under",
                    "part of", "a wing of", "an arm of", "subordinate to", "belonging to", "belong to",
                    "under the umbrella of", "under the command of")

# Roles that make a person out of a role phrase ("the commander of X", "X's leader").
ROLES = frozenset({
    "commander", "leader", "head", "chief", "founder", "spokesman", "spokesperson", "emir", "amir",
    "official", "deputy", "officer", "general", "mukhtar", "sheikh",
})

# Anaphors naming a kind of group ("the militia") -> nouns an antecedent must carry (empty: any group).
ANAPHOR_NOUNS: dict[str, frozenset[str]] = {
    "militia": frozenset({"militia", "militias"}),
    "militias": frozenset({"militia", "militias"}),
    "brigade": frozenset({"brigade", "liwa", "liwaa", "luwaa"}),
    "regiment": frozenset({"regiment", "fawj"}),
    "battalion": frozenset({"battalion"}),
    "division": frozenset({"division", "firqat", "firqa"}),
    "faction": frozenset(),
    "group": frozenset(),
    "organisation": frozenset(),
    "organization": frozenset(),
    "movement": frozenset({"movement", "harakat", "haraka"}),
    "front": frozenset({"front", "jabhat"}),
}
# Kinds of actor an untyped anaphor ("the militia") may refer to when the antecedent's name lacks the noun.
MILITIA_KINDS = frozenset({"political-militia", "identity-militia"})
