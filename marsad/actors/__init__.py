"""Actors: the knowledge base (marsad/data/actors/*.yaml + the user's), recognition in text, the graph."""

from marsad.actors.base import ActorBase
from marsad.actors.graph import build_graph, to_graphml, to_json
from marsad.actors.recognize import ActorRecognizer

__all__ = ["ActorBase", "ActorRecognizer", "build_graph", "to_graphml", "to_json"]
