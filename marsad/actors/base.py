"""The actor knowledge base: marsad/data/actors/*.yaml (+ the user's actors), validated, indexed.

`ActorBase.load()` parses every YAML file once per process (the parse is cached by file path and
modification time), checks the schema and the references, and builds `marsad.types.Actor` objects.
Lookups go by id, canonical name, or any alias folded with `marsad.text.fold`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad.actors.schema import RawActor, check_references, day_of, parse_yaml
from marsad.actors.tokens import alias_key, alias_words, similar_words
from marsad.errors import ActorBaseError, NotFoundError
from marsad.types import Actor, Patron

_ACLED_PREFIX = re.compile(r"^([A-Za-z][A-Za-z'’]{1,7}):\s+(.+)$")  # "QSD: Syrian Democratic Forces"
# "Islamic State (Syria)", "Military Forces of Syria (2000-)"
_PARENTHESIS = re.compile(r"\s*\(([^)]*)\)\s*$")
_YEARS = re.compile(r"^\d{4}\s*[-\u2013]\s*(?:\d{4})?$")
# A national government of a period, "Government of Iraq (2022-)" (not "... Kurdistan Regional Government")
_NATIONAL_GOVERNMENT = re.compile(r"Government of [^()]+ \(\d{4}-(?:\d{4})?\)")
# The period bracket of a state actor's name, "(2018-2020)", "(2024-)": the actors one name stands for in turn
_PERIOD_BRACKET = re.compile(r"\(\d{4}-(?:\d{4})?\)")
# When a report was written: a day where it is known, else a year, else None. A day chooses among the
# period actors of a government that changed within a year ("Military Forces of Syria (2024-)" from 8 December).
When = int | date | None

# A parenthesis that only places or dates the actor may be left out when reporters write the name;
# any other ("Militia (Pro-Iran)") is what tells the actor apart and must stay.
_PLACE_QUALIFIERS = frozenset({"international", "global", "regional"})


def default_paths() -> list[Path]:
    """Every YAML file shipped under marsad/data/actors, in name order (deterministic)."""
    folder = resources.files("marsad") / "data" / "actors"
    try:
        return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".yaml", ".yml")))
    except FileNotFoundError:
        return []


def derived_names(actor: Actor) -> list[str]:
    """The canonical name plus the forms ACLED's naming implies: without "ABBR: " and without "(Syria)".

    Only a country or period in parentheses is dropped, and only when more than one word remains:
    "Islamic State (Syria)" gives "Islamic State", but "Militia (Pro-Iran)" never gives "Militia".
    """
    names = [actor.name]
    match = _ACLED_PREFIX.match(actor.name)
    if match:
        names += [match.group(1), match.group(2)]
    for name in list(names):
        found = _PARENTHESIS.search(name)
        if not found or not _only_places(found.group(1), actor):
            continue
        stripped = name[: found.start()].strip()
        if len(alias_words(stripped)) > 1:
            names.append(stripped)
    return names


def _only_places(qualifier: str, actor: Actor) -> bool:
    text = qualifier.strip().casefold()
    if _YEARS.match(text) or text in _PLACE_QUALIFIERS:
        return True
    return bool(actor.country) and text == actor.country.casefold()


@lru_cache(maxsize=32)
def _parse_file(path: str, mtime_ns: int) -> tuple[RawActor, ...]:  # mtime in the key invalidates edits
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        name = _display_name(Path(path))
        raise ActorBaseError(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise ActorBaseError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return tuple(parse_yaml(text, _display_name(Path(path))))


def _display_name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def read_file(path: Path) -> list[RawActor]:
    """Validated entries of one YAML file (cached while the file is unchanged)."""
    return list(_parse_file(str(path), _mtime(path)))


def actors_from_raw(
    raws: Sequence[RawActor], known: dict[str, Actor] | None = None, *, strict: bool = True
) -> tuple[list[Actor], list[str]]:
    """Turn validated entries into Actors (patrons named by their canonical name), and the problems found.

    strict=False drops unknown references and duplicate ids (keeping the first) instead of raising.
    """
    known = dict(known or {})
    ids = set(known) | {r.data["id"] for r in raws}
    problems = check_references(raws, ids, strict=strict)
    names = {a.id: a.name for a in known.values()} | {r.data["id"]: r.data["name"] for r in raws}
    actors, seen = [], set()
    for raw in raws:
        if raw.data["id"] not in seen:
            seen.add(raw.data["id"])
            actors.append(_to_actor(raw.data, names))
    return actors, problems


def _to_actor(data: dict, names: dict[str, str]) -> Actor:
    patrons = []
    for item in data.get("backed_by") or []:
        item = {"id": item} if isinstance(item, str) else item
        if item["id"] not in names:
            continue  # an unknown reference, already reported
        patrons.append(Patron(name=names[item["id"]], since=item.get("since"), until=item.get("until")))
    active = data.get("active") or [None, None]
    return Actor(
        id=data["id"],
        name=data["name"],
        inter=data["inter"],
        kind=data["kind"],
        country=data.get("country"),
        aliases=tuple(data.get("aliases") or ()),
        arabic=data.get("arabic"),
        part_of=data.get("part_of") if data.get("part_of") in names else None,
        backed_by=tuple(patrons),
        active=(active[0], active[1]),
        generic=bool(data.get("generic")),
        description=data.get("description"),
        acled_name=data.get("acled_name"),
        coded_under_parent=bool(data.get("coded_under_parent")),
        began=day_of(data.get("began")),
        ended=day_of(data.get("ended")),
    )


def phrases_from_raw(raws: Sequence[RawActor]) -> dict[str, tuple[str, ...]]:
    """Generic descriptions ("unknown gunmen") per actor id; `Actor` itself has no field for them."""
    return {r.data["id"]: tuple(p.lower() for p in r.data["phrases"]) for r in raws if r.data.get("phrases")}


class ActorBase:
    """Actors by id, by name and by folded alias; `find` chooses among actors sharing an alias."""

    def __init__(
        self,
        actors: Sequence[Actor],
        phrases: dict[str, tuple[str, ...]] | None = None,
        problems: Sequence[str] = (),
    ):
        self.problems: list[str] = list(problems)  # references dropped by a non-strict load
        self.phrases: dict[str, tuple[str, ...]] = dict(phrases or {})
        self.actors: list[Actor] = []
        self._by_id: dict[str, Actor] = {}
        self._by_name: dict[str, Actor] = {}
        # index key -> (the alias words as written, actor id): the key finds candidates, the words decide
        self._by_key: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
        self._children: dict[str, list[str]] = {}
        for actor in actors:
            if actor.id in self._by_id:  # a later entry (the user's) overrides a shipped one
                self.actors = [a for a in self.actors if a.id != actor.id]
            self._by_id[actor.id] = actor
            self.actors.append(actor)
        for actor in self.actors:
            self._by_name.setdefault(actor.name.casefold(), actor)
            if actor.acled_name:
                self._by_name.setdefault(actor.acled_name.casefold(), actor)
            for name in self.names_of(actor):
                key = alias_key(name)
                if key:
                    forms = self._by_key.setdefault(key, [])
                    form = (tuple(t.text for t in alias_words(name)), actor.id)
                    if form not in forms:
                        forms.append(form)
            if actor.part_of:
                self._children.setdefault(actor.part_of, []).append(actor.id)
        self._periods: dict[str, list[str]] = {}  # the name with "(*)" for its period -> ids, oldest first
        for actor in self.actors:
            if not actor.generic and _PERIOD_BRACKET.search(actor.name):
                self._periods.setdefault(_PERIOD_BRACKET.sub("(*)", actor.name), []).append(actor.id)

    @classmethod
    def load(
        cls, paths: Sequence[Path] | None = None, extra: Sequence[Actor] = (), *, strict: bool = True
    ) -> ActorBase:
        """The base from YAML files (default: the shipped ones) plus `extra` actors (the user's).

        strict (default) raises ActorBaseError with FILE:LINE on any schema or reference error;
        strict=False still raises on schema errors but drops unknown references, listed in `.problems`.
        """
        files = default_paths() if paths is None else [Path(p) for p in paths]
        stamps = tuple((str(p), _mtime(p)) for p in files)
        if not extra:
            return _load_cached(stamps, strict)
        raws = [raw for path in files for raw in read_file(path)]
        shipped, problems = actors_from_raw(raws, known={a.id: a for a in extra}, strict=strict)
        base = cls([*shipped, *extra], phrases_from_raw(raws), problems)
        base.check_extra_references(strict=strict)
        return base

    def check_extra_references(self, *, strict: bool = True) -> None:
        for actor in self.actors:
            if actor.part_of and actor.part_of not in self._by_id:
                message = f"actor '{actor.id}': part_of refers to unknown actor id '{actor.part_of}'"
                if strict:
                    raise ActorBaseError(message)
                self.problems.append(message)

    def names_of(self, actor: Actor) -> list[str]:
        """Every string the actor may be written as: canonical name, derived forms, aliases."""
        acled = [actor.acled_name] if actor.acled_name else []
        return [*derived_names(actor), *acled, *actor.aliases]

    def acled_names(self) -> dict[str, str]:
        """Canonical name -> ACLED's name, for the actors whose two names differ."""
        return {a.name: a.acled_name for a in self.actors if a.acled_name and a.acled_name != a.name}

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self):
        return iter(self.actors)

    def get(self, actor_id: str) -> Actor:
        try:
            return self._by_id[actor_id]
        except KeyError:
            raise NotFoundError(f"no actor with id '{actor_id}'; see `marsad actors list`") from None

    def has(self, actor_id: str) -> bool:
        return actor_id in self._by_id

    def by_name(self, name: str) -> Actor | None:
        """The actor whose canonical name is `name` (case-insensitive)."""
        return self._by_name.get(name.casefold())

    def ids_for(self, alias: str) -> list[str]:
        """Ids of the actors `alias` names: same key, every word spelt alike (abbreviations exactly)."""
        written = [t.text for t in alias_words(alias)]
        ids: list[str] = []
        for words, actor_id in self._by_key.get(alias_key(alias), []):
            if actor_id not in ids and similar_words(written, words):
                ids.append(actor_id)
        return ids

    def find(self, alias: str, *, year: When = None, country: str | None = None) -> Actor | None:
        """The actor written as `alias` (any spelling), preferring one active in `year` (or on that day), in
        `country`."""
        exact = self.by_name(alias)
        ids = self.ids_for(alias)
        if exact and exact.id not in ids:
            ids = [exact.id, *ids]
        return self.choose(ids, year=year, country=country)

    def choose(
        self, ids: Sequence[str], *, year: When = None, country: str | None = None
    ) -> Actor | None:
        """Among actors sharing an alias: active in `year` or on that day (with neither, still active), then of
        `country`, then base order."""
        if not ids:
            return None
        order = {actor_id: i for i, actor_id in enumerate(ids)}
        return min((self._by_id[i] for i in ids), key=lambda a: (-self._fit(a, year, country), order[a.id]))

    @staticmethod
    def _fit(actor: Actor, year: When, country: str | None) -> int:
        score = 0
        if year is not None:
            score += 4 if active_on(actor, year) else -4
        elif actor.active[1] is None:
            score += 1  # no date and no period word: a report read today is most likely of today's government
        if country and actor.country:
            score += 2 if actor.country.casefold() == country.casefold() else -1
        return score

    def periods_of(self, actor_id: str) -> list[Actor]:
        """The same state actor in each government period the base holds ("Military Forces of Iraq (2014-2018)",
        "(2018-2020)", ...), oldest first; [] for an actor ACLED does not name by period or holds in one only."""
        actor = self._by_id.get(actor_id)
        if actor is None or not _PERIOD_BRACKET.search(actor.name):
            return []
        family = [self._by_id[i] for i in self._periods.get(_PERIOD_BRACKET.sub("(*)", actor.name), [])]
        return sorted(family, key=lambda a: a.active[0] or 0) if len(family) > 1 else []

    def children(self, actor_id: str) -> list[Actor]:
        return [self._by_id[i] for i in self._children.get(actor_id, [])]

    def patrons(self, actor_id: str) -> list[Actor]:
        """The actors backing `actor_id` (from its backed_by names)."""
        actor = self.get(actor_id)
        found = [self.by_name(p.name) for p in actor.backed_by]
        return [a for a in found if a is not None]

    def state_forces(self, country: str, year: When = None, *, police: bool = False) -> Actor | None:
        """A country's main state forces (kind state/external, no parent), e.g. for "Iranian-backed";
        with `police`, its police forces where the base holds them ("Turkish police")."""
        ids = [a.id for a in self._of_country(country) if a.kind in ("state", "external") and not a.part_of]
        military = [i for i in ids if "military" in self._by_id[i].name.casefold()]
        police_forces = [i for i in ids if self._by_id[i].name.casefold().startswith("police forces")] if police else []
        return self.choose(police_forces or military or ids, year=year, country=country)

    def state_government(self, country: str, year: When = None) -> Actor | None:
        """A country's national government of the period ("Government of Iraq (2022-)"), not a regional one
        ("... Kurdistan Regional Government"); None where the base holds none for the period."""
        ids = [a.id for a in self._of_country(country) if a.kind == "state" and _NATIONAL_GOVERNMENT.fullmatch(a.name)]
        actor = self.choose(ids, year=year, country=country) if ids else None
        return actor if actor is not None and (year is None or active_on(actor, year)) else None

    def _of_country(self, country: str) -> list[Actor]:
        """The named (not generic) actors of one country."""
        folded = country.casefold()
        return [a for a in self.actors if a.country and a.country.casefold() == folded and not a.generic]

    def with_actors(self, extra: Sequence[Actor]) -> ActorBase:
        """A new base with `extra` added (or replacing actors of the same id)."""
        base = ActorBase([*self.actors, *extra], self.phrases, self.problems)
        base.check_extra_references(strict=False)
        return base


def active_on(actor: Actor, when: int | date) -> bool:
    """Whether the actor was active in that year, or on that day: a day is read against the actor's
    `began`/`ended` where the base gives them ("Military Forces of Syria (2024-)" from 2024-12-08), else
    against its active years."""
    first, last = actor.active
    if isinstance(when, datetime):
        when = when.date()
    if not isinstance(when, date):
        return (first is None or first <= when) and (last is None or when <= last)
    start = actor.began or (date(first, 1, 1) if first is not None else None)
    end = actor.ended or (date(last, 12, 31) if last is not None else None)
    return (start is None or start <= when) and (end is None or when <= end)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError as exc:
        raise ActorBaseError(f"{path}: cannot read the actor file ({exc.strerror}); check the path") from exc


@lru_cache(maxsize=8)
def _load_cached(stamps: tuple[tuple[str, int], ...], strict: bool) -> ActorBase:
    """The base of these files at these modification times: parsed and indexed once per process."""
    raws = [raw for path, mtime in stamps for raw in _parse_file(path, mtime)]
    actors, problems = actors_from_raw(raws, strict=strict)
    return ActorBase(actors, phrases_from_raw(raws), problems)
