"""The event classifier's training sentences: the project's own phrasings (marsad/data/training/*.yaml),
expanded deterministically into labelled sentences.

A template names slots ({place}, {armed}, ...) filled from slots.yaml and alternatives [a|b] of which one
is picked; a random generator with a fixed seed draws them, so the same files and seed give the same
sentences. Each sentence keeps the template it came from (`group`): held-out figures hold out whole
templates, so they measure phrasings the model has not seen, not just new fillers in a known phrasing.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

TRAINING_DIR = Path(__file__).resolve().parent.parent / "data" / "training"
NONE = "none"
_SLOT = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"\[([^\[\]]+)\]")
# Ways outlets frame the same fact: attributions before or after, a dateline, a coder's note opening.
_PREFIXES = ("", "", "", "", "According to {outlet}, ", "{outlet} reported that ", "Local sources said that ",
             "{Day}, ", "On {date}, ", "{Place} - ", "Activists reported that ")
_SUFFIXES = ("", "", "", "", ", {outlet} reported.", ", according to {outlet}.", ", a local source said.",
             ", sources told {outlet}.")
_DATES = ("3 May 2024", "12 January 2025", "28 August 2023", "9 October 2024", "17 March 2025", "1 June 2022")


# Slots whose fillers say who, where and when, not what happened: the model learns from the template's
# words only, not from the fillers ("women" or "a shepherd" drawn into protest or attack phrasings must not
# come to mean a protest or an attack). Fillers that name the means (warplanes, mortars) are kept.
MASKED_SLOTS = frozenset({"people"})
MASK = "xx"


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    group: str  # the template it was expanded from
    masked: str = ""  # the text with MASKED_SLOTS fillers as MASK: what features are computed from

    @property
    def learned_from(self) -> str:
        return self.masked or self.text


def load_yaml(name: str, directory: Path = TRAINING_DIR) -> dict:
    path = directory / name
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return data


def templates(directory: Path = TRAINING_DIR) -> list[tuple[str, str, str]]:
    """(label, group, template) for every phrasing: events.yaml's sub-event types, negatives.yaml's "none"."""
    found = []
    for label, phrasings in load_yaml("events.yaml", directory).items():
        found.extend((label, f"{label}#{i}", t) for i, t in enumerate(phrasings))
    for family, phrasings in load_yaml("negatives.yaml", directory).items():
        found.extend((NONE, f"{family}#{i}", t) for i, t in enumerate(phrasings))
    return found


def fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> tuple[str, str]:
    """The template with its slots filled, and the same with the MASKED_SLOTS fillers masked."""
    resolved = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text, masked, position = [], [], 0
    for match in _SLOT.finditer(resolved):
        name = match.group(1)
        values = slots.get(name.lower())
        if values is None:
            raise ValueError(f"unknown slot {{{name}}} in {template!r}")
        value = str(rng.choice(values))
        value = value[:1].upper() + value[1:] if name[:1].isupper() else value
        between = resolved[position:match.start()]
        text += [between, value]
        masked += [between, MASK if name.lower() in MASKED_SLOTS else value]
        position = match.end()
    return "".join(text) + resolved[position:], "".join(masked) + resolved[position:]


def _framed(sentence: str, rng: random.Random) -> str:
    """The sentence as an outlet might frame it: an attribution or dateline before it, a credit after it."""
    prefix, suffix = rng.choice(_PREFIXES), rng.choice(_SUFFIXES)
    if prefix and sentence.split()[0] in {"A", "An", "The"}:
        sentence = sentence[0].lower() + sentence[1:]
    if suffix and sentence.endswith("."):
        sentence = sentence[:-1]
    elif suffix:
        suffix = ""
    return prefix + sentence + suffix


def expand(per_template: int = 12, seed: int = 13, directory: Path = TRAINING_DIR) -> list[Example]:
    """Every template filled `per_template` times, each framed as some outlet might (fixed seed)."""
    rng = random.Random(seed)
    slots = {k.lower(): v for k, v in load_yaml("slots.yaml", directory).items()}
    slots.setdefault("date", list(_DATES))
    examples: list[Example] = []
    for label, group, template in templates(directory):
        seen: set[str] = set()
        for _ in range(per_template * 3):
            if len(seen) >= per_template:
                break
            text, masked = fill(_framed(template, rng), slots, rng)
            text = text[:1].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                examples.append(Example(text, label, group, masked))
    return examples


def split(examples: list[Example], held_out_every: int = 5) -> tuple[list[Example], list[Example]]:
    """Train and held-out parts by template: every `held_out_every`-th template of each label is held out."""
    train, held = [], []
    for example in examples:
        index = int(example.group.rsplit("#", 1)[1])
        (held if index % held_out_every == held_out_every - 1 else train).append(example)
    return train, held
