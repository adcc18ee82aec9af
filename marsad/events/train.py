"""Rebuild the event classifier from the project's own phrasings, reproducibly, and print held-out figures.

    python -m marsad.events.train [--out marsad/data/models/event_classifier.npz] [--seed 13] [--epochs 14]

The phrasings (marsad/data/training/*.yaml) are expanded with a fixed seed (train_data.expand); one template
in five of each label is held out, and the figures printed are on those unseen phrasings: accuracy,
macro and weighted F1 over the 26 labels, event-vs-none precision/recall, and F1 per label. Then the
model is trained again on every template and written. One CPU, well under a minute.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

from marsad.events.classify import MODEL_PATH, NONE, EventClassifier, cue_kinds, features
from marsad.events.lexicon import load_lexicon
from marsad.events.train_data import Example, expand, split

ACLED_TYPES_PATH = Path(__file__).resolve().parent.parent / "data" / "events" / "acled_types.yaml"
# ACLED's 25 sub-event types -> their event type (the codebook's list, shared with the review form)
ACLED_TYPES = {sub: event_type
               for event_type, subs in yaml.safe_load(ACLED_TYPES_PATH.read_text(encoding="utf-8")).items()
               for sub in subs}


def example_features(examples: list[Example]) -> list[list[str]]:
    lexicon = load_lexicon()
    return [features(e.learned_from, cue_kinds(lexicon, e.text)) for e in examples]


def build_vocabulary(featured: list[list[str]], min_count: int = 2) -> list[str]:
    counts = Counter(f for found in featured for f in set(found))
    return sorted(f for f, c in counts.items() if c >= min_count)


def fit(examples: list[Example], seed: int = 13, epochs: int = 14, l2: float = 1e-4, rate: float = 0.05,
        batch: int = 32) -> EventClassifier:
    """Softmax regression by mini-batch Adam on sparse binary features (fixed seed: same data, same weights)."""
    labels = [NONE, *sorted(ACLED_TYPES)]
    featured = example_features(examples)
    vocabulary = build_vocabulary(featured)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [np.array(sorted({index[f] for f in found if f in index}), dtype=np.int64) for found in featured]
    target = np.array([labels.index(e.label) for e in examples])
    rng = np.random.default_rng(seed)
    weights = np.zeros((len(vocabulary), len(labels)), dtype=np.float64)
    bias = np.zeros(len(labels))
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(examples))
        for start in range(0, len(order), batch):
            chosen = order[start:start + batch]
            logits = np.stack([weights[rows[i]].sum(axis=0) for i in chosen]) + bias
            logits -= logits.max(axis=1, keepdims=True)
            probs = np.exp(logits)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(chosen)), target[chosen]] -= 1.0
            probs /= len(chosen)
            grad_w = l2 * weights
            for k, i in enumerate(chosen):
                grad_w[rows[i]] += probs[k]
            step += 1
            for param, grad, m, v in ((weights, grad_w, moments[0], moments[1]),
                                      (bias, probs.sum(axis=0), moments[2], moments[3])):
                m *= 0.9
                m += 0.1 * grad
                v *= 0.999
                v += 0.001 * grad * grad
                param -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    model = EventClassifier(vocabulary, labels, weights, bias)
    model.event_types = dict(ACLED_TYPES)
    return model


def fit_bagged(per_template: int, seed: int, epochs: int, bags: int, part=None) -> EventClassifier:
    """The mean of `bags` models, each fitted on its own expansion of the phrasings (seeds seed, seed+1, ...): the
    fillers one expansion happens to draw weigh less (one model's typing moved by whole events on the dev sets
    from one expansion to the next). A linear model's mean weights give the mean of their logits: inference
    costs the same as one model's. `part` picks the examples of each expansion to fit on (all by default)."""
    models = []
    for bag in range(bags):
        examples = expand(per_template, seed + bag)
        models.append(fit(part(examples) if part else examples, seed + bag, epochs))
    vocabulary = sorted({f for m in models for f in m.index})
    index = {f: i for i, f in enumerate(vocabulary)}
    weights = np.zeros((len(vocabulary), len(models[0].labels)), dtype=np.float64)
    for m in models:
        rows = [index[f] for f in sorted(m.index, key=m.index.get)]
        weights[rows] += m.weights / len(models)
    model = EventClassifier(vocabulary, models[0].labels, weights, sum(m.bias for m in models) / len(models))
    model.event_types = dict(ACLED_TYPES)
    return model


def evaluate(model: EventClassifier, examples: list[Example]) -> dict:
    lexicon = load_lexicon()
    return scores([(e.label, model.predict(e.text, cue_kinds(lexicon, e.text)).label) for e in examples])


def scores(pairs: list[tuple[str, str]]) -> dict:
    """From (gold, predicted) labels: accuracy, macro/weighted F1 over labels, event-vs-none P/R/F1, F1 per label."""
    support = Counter(g for g, _ in pairs)
    per_label = {}
    for label in sorted(support):
        tp = sum(1 for g, p in pairs if g == p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        precision, recall = (tp / predicted if predicted else 0.0), tp / support[label]
        per_label[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    told = sum(1 for g, p in pairs if g != NONE and p != NONE)
    p_event = told / max(1, sum(1 for _, p in pairs if p != NONE))
    r_event = told / max(1, sum(1 for g, _ in pairs if g != NONE))
    return {
        "sentences": len(pairs),
        "accuracy": sum(g == p for g, p in pairs) / len(pairs),
        "macro_f1": sum(per_label.values()) / len(per_label),
        "weighted_f1": sum(per_label[k] * support[k] for k in per_label) / len(pairs),
        "event_precision": p_event, "event_recall": r_event,
        "event_f1": 2 * p_event * r_event / (p_event + r_event) if p_event + r_event else 0.0,
        "per_label": per_label,
    }


def print_figures(figures: dict) -> None:
    print(f"held-out sentences {figures['sentences']}: accuracy {figures['accuracy']:.3f}  macro F1 "
          f"{figures['macro_f1']:.3f}  weighted F1 {figures['weighted_f1']:.3f}  event-vs-none P "
          f"{figures['event_precision']:.3f} R {figures['event_recall']:.3f} F1 {figures['event_f1']:.3f}")
    for label, f1 in sorted(figures["per_label"].items(), key=lambda kv: kv[1]):
        print(f"  {f1:.2f}  {label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild Marsad's event classifier from the project's phrasings.")
    parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the model (.npz)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=14)
    parser.add_argument("--per-template", type=int, default=12, help="sentences expanded from each template")
    parser.add_argument("--bags", type=int, default=3, help="models averaged, each on its own expansion")
    args = parser.parse_args(argv)
    started = time.process_time()
    examples = expand(args.per_template, args.seed)
    train, held = split(examples)
    print(f"sentences: {len(examples)} from {len({e.group for e in examples})} templates; "
          f"{len(train)} to train, {len(held)} held out (whole templates); {args.bags} expansions averaged")
    held_out = fit_bagged(args.per_template, args.seed, args.epochs, args.bags, part=lambda e: split(e)[0])
    print_figures(evaluate(held_out, held))
    model = fit_bagged(args.per_template, args.seed, args.epochs, args.bags)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"model: {args.out} ({Path(args.out).stat().st_size / 1024:.0f} KB, {len(model.index)} features); "
          f"{time.process_time() - started:.0f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
