"""Caches the pipeline puts around calls the events stage repeats with the same arguments.

The events stage looks for trigger cues in each sentence twice: once to choose the sentences worth a
parse, once to code them (`Lexicon.find(text, start, end)`, ~2 ms a report each time). The lexicon
is immutable once loaded, so the second look can reuse the first's answer. The first looks are made for a
whole batch of reports before the first of them is coded (their sentences are parsed together), so the
memo keeps the answers for the last few texts, not only the last one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

# texts remembered per thread: more than the reports of one parse batch (the pipeline's batch_size, 32)
TEXTS_KEPT = 64


class PerTextMemo:
    """`find(text, start, end)` remembered for the last `texts` texts seen by this thread (a batch of reports at a
    time: nothing grows with the number of reports; threads sharing a pipeline do not mix their texts)."""

    def __init__(self, find: Callable[..., list[Any]], texts: int = TEXTS_KEPT) -> None:
        self.find = find
        self.texts = texts
        self._local = threading.local()

    def __call__(self, text: str, *args: Any, **kwargs: Any) -> list[Any]:
        by_text: dict[str, dict] | None = getattr(self._local, "by_text", None)
        if by_text is None:
            by_text = self._local.by_text = {}
        results = by_text.get(text)
        if results is None:
            if len(by_text) >= self.texts:  # the oldest text goes (dicts keep their insertion order)
                del by_text[next(iter(by_text))]
            results = by_text[text] = {}
        key = (args, tuple(sorted(kwargs.items())))
        found = results.get(key)
        if found is None:
            found = results[key] = self.find(text, *args, **kwargs)
        return list(found)  # a copy: a caller may change its list without changing the cache


def memoize_cue_search(lexicon: Any) -> None:
    """Make `lexicon.find` a PerTextMemo (once: the lexicon is shared by every pipeline of a process)."""
    if not isinstance(lexicon.find, PerTextMemo):
        lexicon.find = PerTextMemo(lexicon.find)
