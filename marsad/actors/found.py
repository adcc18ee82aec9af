"""The recogniser's working record of a mention, mutable while the passes refine it."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.types import ActorMention, Evidence, PeriodName

# Which mention keeps a contested span: names from the base or discovered, then generic phrases.
PRIORITY_NAME = 3
PRIORITY_PHRASE = 2
PRIORITY_ANAPHOR = 1


@dataclass
class Found:
    start: int
    end: int
    text: str
    name: str
    inter: int | None = None
    actor_id: str | None = None
    kind: str = "group"  # "group", "person", "generic"
    actor_kind: str | None = None  # the base's kind (state, rebel, political-militia...) or a guess
    backed_by: list[str] = field(default_factory=list)
    part_of: str | None = None
    role: str | None = None
    discovered: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    nouns: set[str] = field(default_factory=set)  # group nouns that describe it ("brigade", "militia")
    priority: int = PRIORITY_NAME
    core: tuple[int, int] | None = None  # the span of the name proper, without descriptive nouns
    anaphor: bool = False
    coded_under_parent: bool = False  # ACLED names `part_of` as the actor, this one as associated
    periods: tuple[PeriodName, ...] = ()  # the same actor in each government period (ActorMention.periods)

    def add_patron(self, name: str | None) -> None:
        if name and name not in self.backed_by and name != self.name:
            self.backed_by.append(name)

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end

    def to_mention(self) -> ActorMention:
        return ActorMention(
            start=self.start,
            end=self.end,
            text=self.text,
            name=self.name,
            inter=self.inter,
            actor_id=self.actor_id,
            kind=self.kind,
            backed_by=tuple(self.backed_by),
            part_of=self.part_of,
            role=self.role,
            discovered=self.discovered,
            evidence=tuple(self.evidence),
            coded_under_parent=self.coded_under_parent,
            periods=self.periods,
        )
