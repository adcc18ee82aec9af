"""The pipeline over the small gazetteer of tests/conftest.py."""

import pytest


@pytest.fixture(scope="session")
def pipeline(small_gazetteer):
    from marsad.nlp.pipeline import Pipeline

    return Pipeline(gazetteer_path=small_gazetteer)
