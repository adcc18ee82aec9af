"""The cue-search memo answers as the lexicon does, per text, and never mixes texts or threads."""

import threading

from marsad.events.lexicon import load_lexicon
from marsad.nlp.caching import PerTextMemo, memoize_cue_search

FIRST = "Regime forces shelled Kansafra. SOHR sources said the situation is calm. Gunmen killed a man."
SECOND = "Clashes erupted near Sarmada. Residents demonstrated in Darkush."


def test_memo_returns_what_find_returns_and_calls_it_once_per_sentence():
    calls = []

    def find(text, start=0, end=None):
        calls.append((text, start, end))
        return [text[start:end].split()[0]]

    memo = PerTextMemo(find)
    assert memo(FIRST, 0, 31) == ["Regime"]
    assert memo(FIRST, 0, 31) == ["Regime"]
    assert memo(FIRST, 32, 71) == ["SOHR"]
    assert len(calls) == 2
    assert memo(SECOND, 0, 31) == ["Clashes"]  # another text: asked again, not the first text's answer
    assert memo(FIRST, 0, 31) == ["Regime"] and len(calls) == 3  # the first text is still remembered


def test_a_callers_change_does_not_reach_the_cache():
    memo = PerTextMemo(lambda text, start=0, end=None: [start, end])
    memo(FIRST, 1, 2).append("changed")
    assert memo(FIRST, 1, 2) == [1, 2]


def test_threads_keep_their_own_text():
    memo = PerTextMemo(lambda text, start=0, end=None: [text[start:end]])
    results = {}

    def work(name, text):
        results[name] = [memo(text, 0, 7)[0] for _ in range(2000)]

    threads = [threading.Thread(target=work, args=(n, t)) for n, t in (("a", FIRST), ("b", SECOND))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results["a"]) == {FIRST[:7]} and set(results["b"]) == {SECOND[:7]}


def test_the_lexicon_answers_the_same_through_the_memo():
    lexicon = load_lexicon()
    plain = type(lexicon).find
    memoize_cue_search(lexicon)
    memoize_cue_search(lexicon)  # twice: wrapped once
    assert isinstance(lexicon.find, PerTextMemo) and not isinstance(lexicon.find.find, PerTextMemo)
    for start, end in ((0, 31), (32, 71), (72, len(FIRST))):
        assert lexicon.find(FIRST, start, end) == plain(lexicon, FIRST, start, end)
    assert lexicon.find(FIRST, 0, 31)  # "shelled" is a trigger


def test_the_memo_keeps_a_batch_of_texts_and_forgets_the_oldest():
    calls = []

    def find(text, start=0, end=None):
        calls.append(text)
        return [text[start:end]]

    memo = PerTextMemo(find, texts=2)
    memo(FIRST, 0, 6)
    memo(SECOND, 0, 7)
    assert memo(FIRST, 0, 6) == ["Regime"] and memo(SECOND, 0, 7) == ["Clashes"] and len(calls) == 2
    memo("A third text.", 0, 1)  # a third text: the first one, the oldest, is forgotten
    assert memo(SECOND, 0, 7) == ["Clashes"] and len(calls) == 3
    assert memo(FIRST, 0, 6) == ["Regime"] and len(calls) == 4
