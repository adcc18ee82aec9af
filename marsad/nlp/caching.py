"""Caches the pipeline puts around calls the events stage repeats with the same arguments.

The events stage looks for trigger cues in each sentence twice: once to choose the sentences worth a
parse, once to code them (`Lexicon.find(text, start, end)`, ~2 ms a report each time). The lexicon
is immutable once loaded, so the second look can reuse the first's answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class PerTextMemo:
    """`find(text, start, end)` remembered for the text last seen by this thread (a report at a time:
    nothing grows with the number of reports; threads sharing a pipeline do not mix their texts)."""

    def __init__(self, find: Callable[..., list[Any]]) -> None:
        self.find = find
        self._local = threading.local()

    def __call__(self, text: str, *args: Any, **kwargs: Any) -> list[Any]:
        local = self._local
        if getattr(local, "text", None) != text:
            local.text, local.results = text, {}
        key = (args, tuple(sorted(kwargs.items())))
        found = local.results.get(key)
        if found is None:
            found = local.results[key] = self.find(text, *args, **kwargs)
        return list(found)  # a copy: a caller may change its list without changing the cache


def memoize_cue_search(lexicon: Any) -> None:
    """Make `lexicon.find` a PerTextMemo (once: the lexicon is shared by every pipeline of a process)."""
    if not isinstance(lexicon.find, PerTextMemo):
        lexicon.find = PerTextMemo(lexicon.find)
