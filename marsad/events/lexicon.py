"""The trigger lexicon and type rules, read from marsad/data/events/*.yaml (data, editable without code)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.events.event_data import read_yaml
from marsad.events.inflection import lemma_index, term_pattern, word_forms
from marsad.events.rules import rule
from marsad.text.alternation import by_first_letter

CONDITION_KEYS = {"actor1", "actor2", "report"}
ACTOR1_VALUES = {"state", "nonstate", "generic", "unidentified", "any"}
ACTOR2_VALUES = {"armed", "civilian", "none", "any"}
REPORT_VALUES = {"coder-note", "any"}


@dataclass(frozen=True)
class Cue:
    id: str
    kind: str
    terms: tuple[str, ...]
    needs_object: tuple[str, ...] = ()
    object_within: int = 8  # how many words after the term `needs_object` reads
    object_ends_at_clause: bool = False  # the object window stops at ", and" after the last object named
    needs_before: tuple[str, ...] = ()  # one of these words among the eight before the term ("the drone was downed")
    needs_in_sentence: tuple[str, ...] = ()  # one of these words anywhere in the sentence ("tear gas": protesters)
    not_in_sentence: tuple[str, ...] = ()  # none of these words in the sentence (a mob's violence: no protest)
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    needs_place: bool = False
    marker: bool = False  # tells the kind of an event another trigger of the sentence tells; never one alone
    nouns: bool = False  # its terms match their plurals only, no verb forms ("deal": not "dealing with")
    # the cues whose match of the same word gives way when this one stands ("destroyed the militants' positions":
    # an attack on them, not property destroyed)
    replaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class Coding:
    event_type: str
    sub_event_type: str
    plover: str
    cameo: str
    plover_mode: str | None = None
    when: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Kind:
    name: str
    rank: int
    absorbs: frozenset[str]
    codings: tuple[Coding, ...]
    split_places: bool = True  # one event per place a trigger lists ("in A and B"); false: the first
    targets: bool = True  # False: acts on nobody (movement, protest); actor2 only from a direct object


@dataclass(frozen=True)
class CueMatch:
    cue: Cue
    start: int
    end: int
    text: str
    object_end: int | None = None  # for cues with needs_object: where the object window ends


class Lexicon:
    """Cues compiled into one regular expression; kinds with their codings."""

    def __init__(self, cues: list[Cue], kinds: dict[str, Kind], labels: dict[str, str] | None = None,
                 irregular: dict[str, tuple[str, ...]] | None = None) -> None:
        unknown = sorted({c.kind for c in cues} - set(kinds))
        if unknown:
            raise MarsadError(f"events lexicon: cue kinds without a coding in types.yaml: {', '.join(unknown)}")
        self.cues = cues
        self.kinds = kinds
        self.cued_kinds = frozenset(c.kind for c in cues)  # kinds some trigger names (the rest: the classifier)
        self.labels = {k.lower(): v for k, v in (labels or {}).items()}
        wrong = sorted(v for v in self.labels.values() if v not in kinds)
        if wrong:
            raise MarsadError(f"events lexicon: labels name unknown kinds: {', '.join(wrong)}")
        # a term is a run of lemmas: the pattern matches each word in its forms (inflection.py), and a match
        # finds its cues back through the lemmas its words may be forms of
        self._by_term: dict[tuple[str, ...], list[Cue]] = {}
        for cue in cues:
            for term in cue.terms:
                self._by_term.setdefault(tuple(term.lower().split()), []).append(cue)
        # a term takes noun forms only where every cue holding it says so (`nouns: true`)
        terms = {" ".join(t): all(c.nouns for c in cs) for t, cs in
                 sorted(self._by_term.items(), key=lambda item: len(" ".join(item[0])), reverse=True)}
        self._lemmas = lemma_index(terms, irregular)
        self._pattern = re.compile(rf"(?<![\w-])(?:{_alternation(terms, irregular)})(?![\w-])", re.IGNORECASE)

    def label(self, text: str) -> tuple[str, int, int] | None:
        """(kind, start, end) of an ACLED note label opening `text` ("Movement of forces: ...")."""
        match = re.match(r"\s*([A-Za-z][A-Za-z /-]{1,45}):\s", text)
        if match and match.group(1).lower() in self.labels:
            return self.labels[match.group(1).lower()], match.start(1), match.end(1)
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[CueMatch]:
        """Cue matches in text[start:end], with the object and neighbour conditions applied."""
        end = len(text) if end is None else end
        found: list[CueMatch] = []
        position = start
        while (match := self._pattern.search(text, position, end)) is not None:
            standing = self._standing(text, match, start, end)
            # a longer term none of whose cues stands ("opened fire at" with no protesters after it, "were killed"
            # with none before it) gives way to a shorter one at the same place ("opened fire"), then to the
            # terms inside it ("killed")
            shorter: re.Match[str] | None = match
            while not standing and shorter is not None:
                shorter = self._shorter(text, shorter)
                standing = self._standing(text, shorter, start, end) if shorter is not None else []
            found.extend(standing)
            position = standing[0].end if standing else match.start() + 1
        # words inside a seized object ("seized rockets") are the object, not a cue of their own
        windows = [(m.end, m.object_end) for m in found if m.object_end is not None]
        return [m for m in found if not any(s <= m.start < e for s, e in windows)]

    def _shorter(self, text: str, match: re.Match[str]) -> re.Match[str] | None:
        """The next shorter term matched where `match` starts, ending at a word's end."""
        limit = match.end() - 1
        while (shorter := self._pattern.match(text, match.start(), limit)) is not None:
            if not re.match(r"[\w-]", text[shorter.end():shorter.end() + 1]):
                return shorter
            limit = shorter.end() - 1
        return None

    def _standing(self, text: str, match: re.Match[str], start: int, end: int) -> list[CueMatch]:
        """The cues of one matched term whose conditions hold."""
        found: list[CueMatch] = []
        matched = match.group(0).lower().split()
        before = text[max(start, match.start() - 40):match.start()].lower()
        after = text[match.end():min(end, match.end() + 60)].lower()
        # a term several cues share ("captured": a place or people) yields one match per cue;
        # the conditions (object, place) decide which of them stand
        for cue in self._cues_of(matched):
            if cue.not_before and any(before.rstrip().endswith(w) for w in cue.not_before):
                continue
            if cue.not_after and _next_word_among(cue.not_after).match(after):
                continue
            if cue.needs_before and _words_before(text, start, match.start(), cue.needs_before) is None:
                continue
            if cue.needs_in_sentence and not _names_any(text[start:end].lower(), cue.needs_in_sentence):
                continue
            if cue.not_in_sentence and _names_any(_without_closing_attribution(text[start:end]).lower(),
                                                  cue.not_in_sentence):
                continue
            object_end = None
            if cue.needs_object:
                object_end = _object_end(after, cue.needs_object, cue.object_within, cue.object_ends_at_clause)
                if object_end is None:
                    continue
                object_end += match.end()
            found.append(CueMatch(cue, match.start(), match.end(), match.group(0), object_end))
        replaced = {cue_id for m in found for cue_id in m.cue.replaces}
        return [m for m in found if m.cue.id not in replaced]

    def _cues_of(self, words: list[str]) -> list[Cue]:
        """The cues of every term the matched words are forms of ("bombed": the cues of "bomb")."""
        cues: list[Cue] = []
        for lemmas in itertools.product(*(sorted(self._lemmas.get(w, {w})) for w in words)):
            cues.extend(c for c in self._by_term.get(lemmas, ()) if c not in cues)
        return cues


def _alternation(terms: dict[str, bool], irregular: dict[str, tuple[str, ...]] | None) -> str:
    """The terms' alternation, longest first, each tried only at words starting with a letter one of its
    first word's forms starts with (`by_first_letter`: a thousand terms cost a few tries a word, not a
    thousand)."""
    return by_first_letter(
        (term_pattern(term, irregular, nouns),
         (form[0].lower() for form in word_forms(term.split()[0], irregular, nouns)))
        for term, nouns in terms.items())


def _without_closing_attribution(sentence: str) -> str:
    """The sentence without the attribution that closes it (", police said on Monday."): who reports an act is no
    word of the act, so a cue's `not_in_sentence` does not read it (rule closing-attribution)."""
    found = rule("closing-attribution").search(sentence)
    return sentence[:found.start()] if found else sentence


def _object_end(after: str, objects: tuple[str, ...], within: int = 8, stop_at_new_clause: bool = False) -> int | None:
    """Offset in `after` where the last of the next `within` words ends, if one of `objects` is among them. With
    `stop_at_new_clause` (property seized or burned), the window stops at ", and" after the last object named ("setting
    fire to farmland, and on Tuesday a shell landed": the shell is a strike of its own, not what was burned)."""
    words = list(re.finditer(r"[\w'-]+", after))[:within]
    if not words or not objects:
        return None
    window = after[:words[-1].end()]
    found = list(_any_word(objects).finditer(window.lower()))
    if not found:
        return None
    stop = re.compile(r"[,;]\s+and\b").search(window, found[-1].end()) if stop_at_new_clause else None
    return stop.start() if stop is not None else words[-1].end()


def _words_before(text: str, start: int, position: int, words: tuple[str, ...]) -> int | None:
    """Offset where the first of the eight words before `position` starts, if one of `words` is among them."""
    before = list(re.finditer(r"[\w'-]+", text[start:position]))[-8:]
    if not before:
        return None
    window = text[start + before[0].start():position].lower()
    return start + before[0].start() if _names_any(window, words) else None


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    return bool(words) and _any_word(words).search(text) is not None


@lru_cache(maxsize=1024)  # one pattern per word list of the lexicon, compiled once (asked per sentence)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `words` as a whole word."""
    return re.compile("|".join(rf"\b{re.escape(w)}\b" for w in words))


@lru_cache(maxsize=1024)
def _next_word_among(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` as the first or second word of a text (a cue's `not_after`)."""
    alternatives = "|".join(re.escape(w) + r"\b" for w in words)
    return re.compile(rf"\s*(?:\w+\s+)?(?:{alternatives})")


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise MarsadError(f"{where}: missing '{key}'")
    return data[key]


def _load_yaml(path: Path | Any) -> dict[str, Any]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise MarsadError(f"{path}: expected a mapping at the top")
    return data


def parse_lexicon(triggers: dict[str, Any], types: dict[str, Any]) -> Lexicon:
    cues = []
    for index, item in enumerate(triggers.get("cues") or []):
        where = f"triggers.yaml: cue {index + 1}"
        cues.append(Cue(
            id=str(_require(item, "id", where)),
            kind=str(_require(item, "kind", where)),
            terms=tuple(str(t) for t in _require(item, "terms", where)),
            needs_object=tuple(item.get("needs_object") or ()),
            object_within=int(item.get("object_within", 8)),
            object_ends_at_clause=bool(item.get("object_ends_at_clause", False)),
            needs_before=tuple(item.get("needs_before") or ()),
            needs_in_sentence=tuple(item.get("needs_in_sentence") or ()),
            not_in_sentence=tuple(item.get("not_in_sentence") or ()),
            not_before=tuple(item.get("not_before") or ()),
            not_after=tuple(item.get("not_after") or ()),
            needs_place=bool(item.get("needs_place", False)),
            marker=bool(item.get("marker", False)),
            nouns=bool(item.get("nouns", False)),
            replaces=tuple(item.get("replaces") or ()),
        ))
    kinds = {}
    for name, item in (types.get("kinds") or {}).items():
        where = f"types.yaml: kind {name}"
        codings = []
        for coding in _require(item, "codings", where):
            when = coding.get("when") or {}
            for key, value in when.items():
                allowed = {"actor1": ACTOR1_VALUES, "actor2": ACTOR2_VALUES, "report": REPORT_VALUES}.get(key, set())
                if key not in CONDITION_KEYS or value not in allowed:
                    raise MarsadError(f"{where}: unknown condition {key}: {value}")
            codings.append(Coding(
                event_type=str(_require(coding, "event_type", where)),
                sub_event_type=str(_require(coding, "sub_event_type", where)),
                plover=str(_require(coding, "plover", where)),
                cameo=str(_require(coding, "cameo", where)),
                plover_mode=coding.get("plover_mode"),
                when=tuple(sorted(when.items())),
            ))
        kinds[name] = Kind(name, int(item.get("rank", 0)), frozenset(item.get("absorbs") or ()),
                           tuple(codings), bool(item.get("split_places", True)),
                           bool(item.get("targets", True)))
    irregular = {str(k): tuple(str(f) for f in v) for k, v in (triggers.get("irregular_forms") or {}).items()}
    return Lexicon(cues, kinds, types.get("labels") or {}, irregular)


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """The lexicon from `folder` (default: the package's marsad/data/events)."""
    base = Path(folder) if folder else resources.files("marsad") / "data" / "events"
    return parse_lexicon(_load_yaml(base / "triggers.yaml"), _load_yaml(base / "types.yaml"))
