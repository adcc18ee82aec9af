"""The event classifier: per sentence, is a reportable event told as fact, and of which ACLED sub-event type.

A multinomial logistic regression over word n-gram features (marsad/events/train.py builds it from the
project's own phrasings; the weights ship as marsad/data/models/event_classifier.npz). Inference is a
few dictionary look-ups and a sum of weight rows per sentence: no extra dependency, microseconds each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "event_classifier.npz"
NONE = "none"
_WORD = re.compile(r"[A-Za-z]+|\d+")
_PREFIX = 5  # a word's first letters stand in for its stem: "bombed", "bombing", "bombard" share "bomba"/"bombi"


def words(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _norm(word: str) -> str:
    return "<num>" if word[0].isdigit() else word.lower()


def features(text: str, cue_kinds: Iterable[str] = ()) -> list[str]:
    """Unigrams, bigrams, and word prefixes (a cheap stem) of the lower-cased words, numbers as <num>; and the
    kinds of the trigger cues the rules' lexicon finds in the sentence (their word lists generalise past the
    training phrasings)."""
    tokens = [_norm(m.group()) for m in words(text)]
    found = [f"w:{t}" for t in tokens]
    found += [f"p:{t[:_PREFIX]}" for t in tokens if len(t) > _PREFIX]
    found += [f"b:{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    found += sorted({f"k:{kind}" for kind in cue_kinds})
    found.append("bias")
    return found


def word_features(word: str) -> tuple[str, ...]:
    """The features one word contributes on its own (for pointing at the word that decided)."""
    token = _norm(word)
    return (f"w:{token}", f"p:{token[:_PREFIX]}") if len(token) > _PREFIX else (f"w:{token}",)


def cue_kinds(lexicon, text: str, start: int = 0, end: int | None = None) -> tuple[str, ...]:
    """The kinds of the lexicon's trigger cues in text[start:end] (`lexicon`: events.lexicon.Lexicon)."""
    return tuple(sorted({m.cue.kind for m in lexicon.find(text, start, end)}))


@dataclass(frozen=True)
class Prediction:
    label: str  # a sub-event type, or "none"
    score: float  # its probability
    event_score: float  # 1 - P(none): that some event is told here as fact
    second: tuple[str, float] | None = None  # the best other event label, for sentences telling two


class EventClassifier:
    def __init__(self, vocabulary: list[str], labels: list[str], weights: np.ndarray, bias: np.ndarray) -> None:
        self.index = {feature: i for i, feature in enumerate(vocabulary)}
        self.labels = list(labels)
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.none = self.labels.index(NONE)
        # ACLED's event type of each sub-event type, for typing a draft from a label
        self.event_types: dict[str, str] = {}

    @classmethod
    def load(cls, path: Path | str = MODEL_PATH) -> EventClassifier:
        with np.load(path, allow_pickle=False) as data:
            model = cls(str(data["vocabulary"]).split("\n"), str(data["labels"]).split("\n"),
                        data["weights"], data["bias"])
            model.event_types = dict(line.split("\t") for line in str(data["event_types"]).split("\n") if line)
        return model

    def save(self, path: Path | str) -> None:
        vocabulary = sorted(self.index, key=self.index.get)
        np.savez_compressed(path, vocabulary=np.array("\n".join(vocabulary)), labels=np.array("\n".join(self.labels)),
                            weights=self.weights.astype(np.float16), bias=self.bias,
                            event_types=np.array("\n".join(f"{k}\t{v}" for k, v in sorted(self.event_types.items()))))

    def logits(self, text: str, cue_kinds: Iterable[str] = ()) -> np.ndarray:
        rows = sorted({self.index[f] for f in features(text, cue_kinds) if f in self.index})  # binary, as trained
        return self.weights[rows].sum(axis=0) + self.bias

    def probabilities(self, text: str, cue_kinds: Iterable[str] = ()) -> np.ndarray:
        z = self.logits(text, cue_kinds)
        z = np.exp(z - z.max())
        return z / z.sum()

    def predict(self, text: str, cue_kinds: Iterable[str] = ()) -> Prediction:
        p = self.probabilities(text, cue_kinds)
        order = [int(i) for i in np.argsort(-p, kind="stable")]
        best = order[0]
        other = next((i for i in order if i not in {best, self.none}), None)
        return Prediction(self.labels[best], float(p[best]), float(1.0 - p[self.none]),
                          (self.labels[other], float(p[other])) if other is not None else None)

    def deciding_word(self, text: str, label: str) -> tuple[int, int] | None:
        """The span of the word that speaks most for `label` in `text` ("bomber" for a suicide bombing): the
        evidence an event the classifier made stands on, and where roles split actor from target."""
        column = self.labels.index(label)
        best, span = 0.0, None
        for match in words(text):
            weight = sum(float(self.weights[self.index[f], column]) for f in word_features(match.group())
                         if f in self.index)
            if weight > best:
                best, span = weight, match.span()
        return span


@lru_cache(maxsize=2)
def load_classifier(path: str = str(MODEL_PATH)) -> EventClassifier | None:
    """The shipped model, loaded once; None when the file is absent (the rules then code alone)."""
    return EventClassifier.load(path) if Path(path).exists() else None
