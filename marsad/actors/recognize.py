"""Actors in a report: base aliases, generic phrases, discovered groups, tribes, people, coreference.

`ActorRecognizer(base).find(text, year=..., country=...)` works on plain text (offsets into it);
the passes run in order and each only adds to or refines the list of `Found` mentions:

1. alias/phrase matching over folded tokens (longest match wins, case rules for abbreviations);
2. discovery of unknown groups (quoted or capitalised names with group nouns) and tribe lists;
3. overlap resolution (a base name covering a discovered name's core wins, else the longer span);
4. descriptors ("Iranian-backed", "affiliated with X") -> patrons and parents;
5. one actor per discovered name in the report; 6. anaphors; 7. people.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from marsad.actors.base import ActorBase, When, active_on
from marsad.actors.bracket_name import named_in_bracket
from marsad.actors.coref import find_anaphors
from marsad.actors.describe import Describer
from marsad.actors.discover import find_capitalised, find_quoted, find_tribes, tribe_found
from marsad.actors.era import ReportEra, report_era
from marsad.actors.found import PRIORITY_NAME, PRIORITY_PHRASE, Found
from marsad.actors.holdouts import holdouts
from marsad.actors.lexicon import (
    ARABIC_GROUP_NOUNS,
    COMMON_NOUN_ALIASES,
    DEMONYMS,
    FIELDED_THINGS,
    GROUP_NOUNS,
    LOCATIVE_PREPOSITIONS,
    MEDIA_NOUNS,
    OWNED_NOUN_MODIFIERS,
    TRIBAL_NOUNS,
)
from marsad.actors.matcher import AliasMatcher, Hit
from marsad.actors.national import national_spans
from marsad.actors.not_yet import earlier_holder
from marsad.actors.own_forces import unnamed_army_spans
from marsad.actors.owned_unit import numbered_units_of_names, units_stand_alone
from marsad.actors.people import find_people
from marsad.actors.period import as_of, period_names, period_windows
from marsad.actors.place_lookalike import place_lookalike
from marsad.actors.tokens import Token, alias_key, possessive_gap, tokenize
from marsad.actors.umbrella import under_umbrella
from marsad.types import Actor, ActorMention, Evidence

_DESCRIPTOR_AFTER = re.compile(
    r"^-(?:backed|supported|funded|sponsored|affiliated|affiliate|linked|aligned|allied)\b", re.IGNORECASE
)
_DESCRIPTOR_BEFORE = re.compile(r"\bpro[-\s]$", re.IGNORECASE)
_FOREIGN_BACKERS_REBEL = frozenset({"Turkey", "United States"})  # "Turkish-backed factions" are rebels
# Words that end an indefinite noun phrase before a common-noun alias ("a result of the regime")
_PHRASE_BREAK = frozenset({"the", "of", "its", "their"})


class ActorRecognizer:
    """Finds actor mentions in text against an `ActorBase`; deterministic, no model needed."""

    def __init__(self, base: ActorBase):
        self.base = base
        self.matcher = AliasMatcher(base)

    def find(
        self, text: str, *, year: When = None, country: str | None = None, doc: Any = None
    ) -> list[ActorMention]:
        """Mentions sorted by offset. `year` is the report's year or, better, its day (a day chooses between
        the period actors of a government that changed within the year). `doc` (a spaCy Doc of `text`) is
        accepted but not needed."""
        return self.find_with_era(text, year=year, country=country)[0]

    def find_with_era(
        self, text: str, *, year: When = None, country: str | None = None
    ) -> tuple[list[ActorMention], ReportEra | None]:
        """The mentions and, for an undated report (`year` None), the era its own words tell (actors/era.py,
        rule `report-era`): its day stands for the report's, so state actors are named for that government."""
        found, era = self._find(text, year, country)
        day = era.day if era is not None else None
        return [m for f in found if (m := as_of(f.to_mention(), day)) is not None], era

    def find_all(self, text: str, *, year: When = None, country: str | None = None) -> list[Found]:
        return self._find(text, year, country)[0]

    def _find(self, text: str, year: When, country: str | None) -> tuple[list[Found], ReportEra | None]:
        tokens = tokenize(text)
        hits = self.matcher.match(text, tokens)
        era = None
        if year is None:  # the era from the names that stand as actors ("a terror regime" is not Assad's)
            named = [(h, f) for h in hits if self._stands(text, f := self._from_hit(text, tokens, h, None, country))]
            era = report_era(text, period_windows(self.base, [h for h, _ in named], text,
                                                  [(f.start, f.end) for _, f in named]))
            year = era.day if era is not None else None
        known = [self._from_hit(text, tokens, hit, year, country) for hit in hits]
        known = [self._home_unit(f, text, year, country) for f in known if self._stands(text, f)]
        unlisted: list[tuple[int, int, str]] = []
        national = [
            self.found_for(self.base.get(actor_id), text, start, end, year)
            for start, end, actor_id in national_spans(text, tokens, self.base, year, country, unlisted)
        ] + [_unlisted_state(text, start, end, name, country) for start, end, name in unlisted]
        discovered = find_quoted(text, tokens) + find_capitalised(text, tokens)
        unnamed_army = [
            self.found_for(self.base.get(actor_id), text, start, end, year)
            for start, end, actor_id in unnamed_army_spans(
                text, tokens, self.base, year, country, [*known, *national], discovered
            )
        ]
        tribes = self._tribes(text, year, country)
        candidates = [*tribes, *known, *national, *unnamed_army, *discovered]
        candidates = [holdouts(self.base, text, f, year) or f for f in candidates]  # "the former regime", fallen
        candidates = numbered_units_of_names(text, candidates)  # "the PMF 52nd Brigade": the PMF's unit
        mentions = named_in_bracket(text, _owned_by_a_name(text, _resolve_overlaps(text, candidates)))
        mentions = units_stand_alone(text, mentions, self.base, country)  # "the regime's 4th Division"
        describer = Describer(self.base, year, country)
        for item in mentions:
            if item.kind == "group" and item.priority == PRIORITY_NAME:
                describer.apply(text, item, mentions)
        for item in mentions:
            if item.discovered:
                _guess_inter(item, self.base)
        _merge_discovered(mentions)
        mentions = under_umbrella(text, mentions)  # "factions under the operation": coded as the operation
        mentions += find_anaphors(text, mentions)
        mentions += find_people(text, sorted(mentions, key=lambda m: m.start))
        return sorted(mentions, key=lambda m: (m.start, m.kind == "person", m.end)), era

    def _foreign_numbered_unit(self, f: Found, country: str | None) -> bool:
        """A state unit of another country named only by its number ("the 14th Division", "Brigade 30"): every army
        numbers its units, so in a report of `country` the number names that country's unit, not the listed one."""
        if country is None or f.actor_kind != "state" or not f.actor_id:
            return False
        home = self.base.get(f.actor_id).country
        return home is not None and home.casefold() != country.casefold() and _only_number_and_nouns(f.text)

    def _home_unit(self, f: Found, text: str, year: When, country: str | None) -> Found:
        """The report country's forces for another country's unit named only by its number."""
        home = self.base.state_forces(country, year) if country and self._foreign_numbered_unit(f, country) else None
        return f if home is None else self.found_for(home, text, f.start, f.end, year)

    def _stands(self, text: str, f: Found) -> bool:
        """The name stands for an actor here (not a word inside a descriptor, a place, a media owner, "a ...
        regime" of another kind)."""
        return not _inside_descriptor(text, f) and not _bare_tribe_name(text, f) and not _place_named(text, f) \
            and not _media_owner(text, f) and not self._another_of_its_kind(text, f) \
            and not place_lookalike(self.base, text, f)  # "the town of Al-Sabha" is no "Shabiha"

    def _from_hit(
        self,
        text: str,
        tokens: list[Token],
        hit: Hit,
        year: When,
        country: str | None,
    ) -> Found:
        actor = self.base.choose(hit.ids, year=year, country=country)
        assert actor is not None  # a hit always carries at least one id
        start, end = tokens[hit.first].start, tokens[hit.last].end
        actor = earlier_holder(self.base, actor, text[start:end], year, country) or actor  # rule not-yet-in-being
        return self.found_for(actor, text, start, end, year, phrase=hit.phrase)

    def found_for(
        self, actor: Actor, text: str, start: int, end: int, when: When, *, phrase: bool = False
    ) -> Found:
        year = when.year if isinstance(when, date) else when
        # a tribe's canonical name says "Tribal Militia"; only what the report calls it counts for it
        named = "" if actor.kind == "identity-militia" else actor.name
        words = set(re.findall(r"[a-z]+", f"{named} {text[start:end]}".lower()))
        nouns = {w for w in words if w in GROUP_NOUNS or w in ARABIC_GROUP_NOUNS or w in TRIBAL_NOUNS}
        owner = self._coding_parent(actor, when)
        known_parent = actor.part_of is not None and self.base.has(actor.part_of)
        parent = (owner or self.base.get(actor.part_of)).name if known_parent and actor.part_of else None
        patrons = [
            p.name
            for p in actor.backed_by
            if year is None or ((p.since is None or p.since <= year) and (p.until is None or year <= p.until))
        ]
        return Found(
            start=start,
            end=end,
            text=text[start:end],
            name=actor.name,
            inter=actor.inter,
            actor_id=actor.id,
            kind="generic" if (phrase or actor.generic) else "group",
            actor_kind=actor.kind,
            backed_by=patrons,
            part_of=parent,
            nouns=nouns,
            priority=PRIORITY_PHRASE if phrase else PRIORITY_NAME,
            core=(start, end),
            evidence=[Evidence(start, end, text[start:end])],
            coded_under_parent=owner is not None,
            periods=period_names(self.base, actor),
        )

    def _coding_parent(self, actor: Actor, when: When) -> Actor | None:
        """The parent ACLED codes this component's events under (`coded_under_parent`), climbing past parents
        coded under their own; None when the actor is coded as itself or the parent was not yet active."""
        parent = actor
        while parent.coded_under_parent and parent.part_of and self.base.has(parent.part_of):
            parent = self.base.get(parent.part_of)
        if parent is actor or (when is not None and not active_on(parent, when)):
            return None
        return parent

    def _listed_tribe(self, name: str, year: When, country: str | None) -> Actor | None:
        """The base's tribe for a name a list gives without its noun ("the Jaafar and Zaiter clans": "Jaafar"), tried
        bare and then with the kin nouns the base's aliases carry ("Jaafar clan")."""
        for words in (name, f"{name} clan", f"{name} tribe", f"{name} family"):
            hits = self.matcher.match(words, tokenize(words))
            ids = [i for i in (hits[0].ids if len(hits) == 1 else ()) if self.base.get(i).kind == "identity-militia"]
            actor = self.base.choose(ids, year=year, country=country)
            if actor is not None:
                return actor
        return None

    def _another_of_its_kind(self, text: str, item: Found) -> bool:
        """A common-noun alias the report describes as another one: "a brutal terror regime" (an indefinite
        article with words between), "the Iranian regime" (another country's demonym)."""
        if item.text.lower().replace("\u2019", "'") not in COMMON_NOUN_ALIASES:
            return False
        before = re.split(r"[,.;:()\"“”]", text[max(0, item.start - 60) : item.start])[-1]
        words = re.findall(r"[\w'’-]+", before.lower())[-4:]
        country = self.base.get(item.actor_id).country if item.actor_id and self.base.has(item.actor_id) else None
        if any(DEMONYMS.get(w) == country for w in words):
            return False  # "a Syrian regime checkpoint": the base's own
        articles = [i for i, w in enumerate(words[:-1]) if w in ("a", "an")]
        # "a result of the regime('s) shelling": the article is another noun's, its phrase closed by "of the"
        if articles and not _PHRASE_BREAK & set(words[articles[-1] + 1:]):
            return True
        return bool(words) and words[-1] in DEMONYMS

    def _tribes(self, text: str, year: When, country: str | None) -> list[Found]:
        found = []
        for start, end, name in find_tribes(text):
            actor = self._listed_tribe(name, year, country)
            if actor is not None:
                item = self.found_for(actor, text, start, end, year)
                item.nouns.add("tribe")
                found.append(item)
            else:
                # a tribe the base lacks, named as ACLED names tribes: "Buferio Tribal Militia (Syria)"
                found.append(tribe_found(text, start, end, f"{name} Tribal Militia ({country})" if country else name))
        return found


def _unlisted_state(text: str, start: int, end: int, name: str, country: str | None) -> Found:
    """The forces of a state the base lists none for, named as ACLED names a state's forces."""
    home = country is not None and name.endswith(f" of {country}")
    return Found(start=start, end=end, text=text[start:end], name=name, inter=1 if home else 8,
                 actor_kind="state" if home else "external", core=(start, end),
                 evidence=[Evidence(start, end, text[start:end])])


def _owned_by_a_name(text: str, mentions: list[Found]) -> list[Found]:
    """ "The Salvation Government's police": a common noun ("police", "security forces") owned by the group
    named before it is that group's, not the base's actor of the same noun; the owner stands for it. So is a
    unit named by its number only ("the PMF's 52nd Brigade", "the Federal Police said its 5th Division"):
    ACLED codes such a unit as the force it belongs to."""
    kept: list[Found] = []
    for i, item in enumerate(mentions):
        owner = kept[-1] if kept else None
        if owner is not None and owner.kind == "group" and (
            (item.text.islower() and _owned_noun(text[owner.end : item.start]))
            or (_numbered_unit(item) and _owns(text[owner.end : item.start]))
        ):
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.kind == "group" and _numbered_unit(item) \
                and _UNIT_OF.fullmatch(text[item.end : after.start]):
            continue  # "the 5th Division of the Iraqi army", "Brigade 56, affiliated with the PMF": the force stands
        kept.append(item)
    return kept


_ORDINAL_WORD = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.IGNORECASE
)


def _numbered_unit(item: Found) -> bool:
    """A discovered name that is only a number and group nouns: "52nd Brigade", "5th Division", "Brigade 30"."""
    return item.discovered and _only_number_and_nouns(item.text)


def _only_number_and_nouns(name: str) -> bool:
    words = re.findall(r"[\w]+", name.lower())
    return any(_ORDINAL_WORD.match(w) for w in words) and all(
        _ORDINAL_WORD.match(w) or w in GROUP_NOUNS or w == "the" for w in words)


def _owns(gap: str) -> bool:
    """The gap between an owner and what it owns: "'s", a clause of the same sentence ending in "its"/"their", or
    its men "of" the unit ("PMF fighters of the 56th Brigade", "Iraqi army forces of the 5th Division")."""
    return possessive_gap(gap) or re.fullmatch(r"[^.;:!?]{0,60}\b(?:its|their)\s+(?:own\s+)?", gap) is not None \
        or _MEN_OF.fullmatch(gap) is not None


# the men of a force before the unit it owns: "PMF fighters of the 56th Brigade", "army forces of the 5th Division"
_MEN_OF = re.compile(r"\s+(?:(?:fighters|forces|members|troops|units|elements)\s+)?of\s+(?:the\s+)?", re.IGNORECASE)
# a numbered unit told as a force's: "the 5th Division of the army", "Brigade 56, affiliated with the PMF"
_UNIT_OF = re.compile(r"\s*,?\s+(?:of|in|within|(?:affiliated|belonging)\s+(?:with|to)|part\s+of)\s+(?:the\s+)?",
                      re.IGNORECASE)


def _owned_noun(gap: str) -> bool:
    """The gap between a group and a common noun it owns: "'s", with up to two lower-case words between ("the
    SDF's military police", "HTS's internal security forces"): the group's own, not the state's of the same noun."""
    words = re.fullmatch(r"['’`]s\s((?:[a-z]+\s){1,2})", gap)
    return possessive_gap(gap) or (words is not None
                                   and all(w in OWNED_NOUN_MODIFIERS for w in words.group(1).split()))


def _media_owner(text: str, item: Found) -> bool:
    """ "Turkish state media", "army news agency": the name owns a source that speaks, not an actor."""
    after = re.match(r"[\s-]*([A-Za-z]+)", text[item.end : item.end + 20])
    return after is not None and after.group(1).lower() in MEDIA_NOUNS


def _inside_descriptor(text: str, item: Found) -> bool:
    """ "IRGC" in "IRGC-backed" or "Iran" in "pro-Iran" names a patron, not an actor in the scene."""
    after = _DESCRIPTOR_AFTER.match(text[item.end : item.end + 14])
    if after is not None and _fielded_thing(text, item.end + after.end()):
        return False  # "a Coalition-affiliated convoy": the Coalition's own convoy (rule affiliated-thing)
    return bool(after or _DESCRIPTOR_BEFORE.search(text[max(0, item.start - 4) : item.start]))


_FIELDED_AFTER = re.compile(r"\s+(?:armou?red\s+|military\s+)?([a-z]+)")


def _fielded_thing(text: str, position: int) -> bool:
    """An affiliation word followed by a thing a side fields ("-affiliated convoy", "-linked armored patrol")."""
    word = text[position - 10 : position].lower()
    thing = _FIELDED_AFTER.match(text, position)
    return ("affiliat" in word or word.endswith("linked")) and thing is not None and \
        thing.group(1) in FIELDED_THINGS


_TRIBAL_CONTEXT = re.compile(r"\b(?:" + "|".join(sorted(TRIBAL_NOUNS)) + r")\b", re.IGNORECASE)


def _bare_tribe_name(text: str, item: Found) -> bool:
    """A tribe's one-word name with no tribal word near it is most often the town of the same name."""
    if item.actor_kind != "identity-militia" or item.kind != "group":
        return False
    if len([w for w in re.split(r"[\s-]+", item.text) if w.lower() not in ("al", "el")]) > 1:
        return False
    return not _TRIBAL_CONTEXT.search(text[max(0, item.start - 30) : item.end + 30])


def _place_named(text: str, item: Found) -> bool:
    """A tribe's name right after a locative preposition is the place of that name ("the attacks on
    Al-Bo Kamal"), unless a tribal word follows it ("in the Shaitat tribe")."""
    if item.actor_kind != "identity-militia" or item.kind != "group":
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, item.start - 20) : item.start].lower())
    while before and before[-1] in ("the", "al", "el"):
        before = before[:-1]
    if not before or before[-1] not in LOCATIVE_PREPOSITIONS:
        return False
    after = re.findall(r"[A-Za-z]+", text[item.end : item.end + 20].lower())[:1]
    return not (after and after[0] in TRIBAL_NOUNS)


# English and Arabic articles ("the", "Ar-Raqqa", "As-Suwayda"): a known name with one before it is still that name
_ARTICLES = frozenset({"al", "el", "ar", "as", "ash", "ad", "az", "at", "an", "the", "of"})


def _only_descriptors(text: str, outer: Found, inner: Found) -> bool:
    """The words of `outer` outside `inner` only describe it: "Afghani Luwaa Fatimyon militia" is the
    known Fatemiyoun described by nationality and group nouns, not a new group."""
    rest = f"{text[outer.start : inner.start]} {text[inner.end : outer.end]}"
    words = re.findall(r"[^\W\d_]+", rest.lower())
    return all(
        w in DEMONYMS or w in GROUP_NOUNS or w in ARABIC_GROUP_NOUNS or w in _ARTICLES for w in words
    )


def _resolve_overlaps(text: str, candidates: list[Found]) -> list[Found]:
    """Keep non-overlapping mentions: base names covering a discovered core first, then priority, length."""
    dropped: set[int] = set()
    for d in candidates:
        if not d.discovered or d.core is None:
            continue
        for b in candidates:
            if b.discovered or b.priority != PRIORITY_NAME or not b.overlaps(d):
                continue
            core_start, core_end = d.core
            inside = d.start <= b.start and b.end <= d.end
            if (b.start <= core_start + 1 and b.end >= core_end - 1) or (inside and _only_descriptors(text, d, b)):
                dropped.add(id(d))  # the base knows this name: "“Fatemiyoun” Brigade"
                b.nouns |= d.nouns
    ordered = sorted(
        (c for c in candidates if id(c) not in dropped),
        key=lambda c: (-c.priority, -(c.end - c.start), c.start, not c.discovered),
    )
    kept: list[Found] = []
    for item in ordered:
        if not any(item.overlaps(k) for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda c: c.start)


def _guess_inter(item: Found, base: ActorBase) -> None:
    """ACLED inter for a group the base lacks, from its nouns, its parent and its patrons."""
    if item.inter is not None:
        return
    parent = base.by_name(item.part_of) if item.part_of else None
    patrons = [base.by_name(name) for name in item.backed_by]
    if item.nouns & TRIBAL_NOUNS or "tribal" in item.nouns:
        item.inter, item.actor_kind = 4, "identity-militia"
    elif parent is not None:
        item.inter, item.actor_kind = parent.inter, parent.kind
    elif any(p is not None and p.country in _FOREIGN_BACKERS_REBEL for p in patrons):
        item.inter, item.actor_kind = 2, "rebel"
    elif item.backed_by or item.nouns & {"militia", "militias", "regiment", "brigade", "battalion"}:
        item.inter, item.actor_kind = 3, "political-militia"
    elif item.nouns & {"faction", "factions", "front", "army", "movement"}:
        item.inter, item.actor_kind = 2, "rebel"
    else:
        item.inter, item.actor_kind = 3, "political-militia"


def _merge_discovered(mentions: list[Found]) -> None:
    """One actor per discovered name in a report: the fullest name, the union of patrons, one parent."""
    groups: list[list[Found]] = []
    for item in (m for m in mentions if m.discovered):
        core = _core_words(item.name)
        for group in groups:
            other = _core_words(group[0].name)
            if core and other and (core <= other or other <= core):
                group.append(item)
                break
        else:
            groups.append([item])
    for group in groups:
        best = max(group, key=lambda m: (_has_naming_noun(m.name), len(m.name), -m.start))
        patrons: list[str] = []
        for item in group:
            patrons += [p for p in item.backed_by if p not in patrons]
        parent = next((m.part_of for m in group if m.part_of), None)
        inter = best.inter
        nouns = set().union(*(m.nouns for m in group))
        for item in group:
            item.name, item.backed_by, item.part_of, item.inter = best.name, list(patrons), parent, inter
            item.actor_kind, item.nouns = best.actor_kind, nouns


def _core_words(name: str) -> frozenset[str]:
    return frozenset(
        k
        for k, w in zip(alias_key(name), _plain_words(name), strict=False)
        if w not in GROUP_NOUNS and w not in ARABIC_GROUP_NOUNS
    )


def _plain_words(name: str) -> list[str]:
    return [t.lower for t in tokenize(name) if t.key and not t.article]


def _has_naming_noun(name: str) -> bool:
    return any(GROUP_NOUNS.get(w) for w in _plain_words(name))
