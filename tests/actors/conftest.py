from pathlib import Path

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer

FIXTURE = Path(__file__).parent / "fixtures" / "actors.yaml"


@pytest.fixture(scope="session")
def base() -> ActorBase:
    return ActorBase.load([FIXTURE])


@pytest.fixture(scope="session")
def recognizer(base: ActorBase) -> ActorRecognizer:
    return ActorRecognizer(base)
