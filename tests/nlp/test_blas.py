"""The model's matrix products on numpy's BLAS, one thread (marsad/nlp/blas.py)."""

import numpy as np
import pytest
from thinc.api import NumpyOps
from thinc.backends.ops import Ops
from threadpoolctl import ThreadpoolController

from marsad.nlp.blas import OneThreadBlasOps


def _matrices(rows=37, inner=288, cols=96, seed=3):
    rng = np.random.default_rng(seed)
    return (rng.standard_normal((rows, inner)).astype("float32"),
            rng.standard_normal((cols, inner)).astype("float32"))


@pytest.mark.parametrize("trans1", [False, True])
def test_products_are_the_ones_blis_computes(trans1):
    x, w = _matrices()
    if trans1:
        x = np.ascontiguousarray(x.T)
    expected = NumpyOps().gemm(x, w, trans1=trans1, trans2=True)
    found = OneThreadBlasOps().gemm(x, w, trans1=trans1, trans2=True)
    assert found.dtype == np.float32 and found.shape == expected.shape
    np.testing.assert_allclose(found, expected, rtol=1e-4, atol=1e-4)


def test_product_into_a_given_array():
    x, w = _matrices()
    out = np.zeros((x.shape[0], w.shape[0]), dtype="float32")
    returned = OneThreadBlasOps().gemm(x, w, out=out, trans2=True)
    assert returned is out
    np.testing.assert_allclose(out, x @ w.T, rtol=1e-4, atol=1e-4)


def test_one_blas_thread_while_multiplying_and_the_setting_restored_after(monkeypatch):
    blas = ThreadpoolController().select(user_api="blas")
    if not blas.lib_controllers:
        pytest.skip("numpy has no BLAS that threadpoolctl can see")
    seen = []
    real_gemm = Ops.gemm

    def spying_gemm(self, *args, **kwargs):
        seen.append(max(lib.num_threads for lib in ThreadpoolController().select(user_api="blas").lib_controllers))
        return real_gemm(self, *args, **kwargs)

    monkeypatch.setattr(Ops, "gemm", spying_gemm)
    x, w = _matrices()
    with blas.limit(limits=2):
        OneThreadBlasOps().gemm(x, w, trans2=True)
        after = max(lib.num_threads for lib in ThreadpoolController().select(user_api="blas").lib_controllers)
    assert seen == [1]
    assert after == 2


def test_the_models_syntax_layers_multiply_with_it(pipeline):
    for name in ("tok2vec", "tagger", "parser"):
        layers = list(pipeline.nlp.get_pipe(name).model.walk())
        assert layers and all(isinstance(layer.ops, OneThreadBlasOps) for layer in layers), name
