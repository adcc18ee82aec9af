"""The model's matrix products on numpy's BLAS, one thread at a time.

thinc's NumpyOps multiplies matrices with BLIS. On the machines Marsad runs on, numpy's OpenBLAS does
the same products (a sentence's tokens × 288 × 288, the tok2vec's maxout layers) about 2.8× faster on
one core, and the tok2vec is the largest single cost of extraction. The products are the same sums
(float32, each output row from its input row alone); across the dev sets the parses, and so the events,
came out byte-identical.

OpenBLAS would spread each product over every core and spin its threads between products: on a
shared machine that tripled the CPU time of a run. The products are limited to one thread while they
run (threadpoolctl); the rest of the process keeps its own BLAS settings.
"""

from __future__ import annotations

import threading

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

_CONTROLLER: ThreadpoolController | None = None
_CONTROLLER_LOCK = threading.Lock()


def _blas() -> ThreadpoolController:
    """The process's BLAS libraries, found once (scanning the loaded libraries takes milliseconds)."""
    global _CONTROLLER
    with _CONTROLLER_LOCK:
        if _CONTROLLER is None:
            _CONTROLLER = ThreadpoolController().select(user_api="blas")
        return _CONTROLLER


class OneThreadBlasOps(NumpyOps):
    """NumpyOps whose `gemm` is numpy's matrix product on one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x, y, *, out=None, trans1: bool = False, trans2: bool = False):
        with _blas().limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def use_numpy_blas(nlp: Language, components: tuple[str, ...]) -> None:
    """Every layer of the named components' models multiplies with OneThreadBlasOps. (The parser's own
    C loop over transitions keeps BLIS: it is a small share, and thinc gives it no other.)"""
    ops = OneThreadBlasOps()
    for name in components:
        model = getattr(nlp.get_pipe(name), "model", None) if name in nlp.component_names else None
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
