"""The affiliation graph: actors as nodes, `part_of` and `backed_by` as edges, exported as GraphML or JSON.

Edges come from the base and, optionally, from reports (`extra_edges`: dicts with source, target,
relation and any of doc_id, date, evidence), so an analyst sees who backs whom and since when.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from marsad.actors.base import ActorBase

_NODE_KEYS = (
    ("name", "string"),
    ("inter", "int"),
    ("kind", "string"),
    ("country", "string"),
    ("generic", "boolean"),
    ("discovered", "boolean"),
)
_EDGE_KEYS = (
    ("relation", "string"),
    ("since", "int"),
    ("until", "int"),
    ("doc_id", "string"),
    ("date", "string"),
    ("evidence", "string"),
)


def build_graph(
    base: ActorBase, extra_edges: Iterable[dict[str, Any]] = ()
) -> dict[str, list[dict[str, Any]]]:
    """{"nodes": [{id, name, inter, kind, country, generic}], "edges": [{source, target, relation, ...}]}.

    Edge endpoints are actor ids; a report edge naming an actor the base lacks adds a discovered node.
    """
    nodes: dict[str, dict[str, Any]] = {}
    by_name: dict[str, str] = {}
    for actor in base:
        nodes[actor.id] = {
            "id": actor.id,
            "name": actor.name,
            "inter": actor.inter,
            "kind": actor.kind,
            "country": actor.country,
            "generic": actor.generic,
            "discovered": False,
        }
        by_name[actor.name] = actor.id
    edges: list[dict[str, Any]] = []
    for actor in base:
        if actor.part_of and actor.part_of in nodes:
            edges.append({"source": actor.id, "target": actor.part_of, "relation": "part_of"})
        for patron in actor.backed_by:
            target = by_name.get(patron.name)
            if target:
                edges.append(
                    {
                        "source": actor.id,
                        "target": target,
                        "relation": "backed_by",
                        "since": patron.since,
                        "until": patron.until,
                    }
                )
    for edge in extra_edges:
        source = _node_for(edge["source"], base, nodes, by_name)
        target = _node_for(edge["target"], base, nodes, by_name)
        edges.append({**edge, "source": source, "target": target})
    return {"nodes": list(nodes.values()), "edges": edges}


def _node_for(
    reference: str, base: ActorBase, nodes: dict[str, dict[str, Any]], by_name: dict[str, str]
) -> str:
    if reference in nodes:
        return reference
    if reference in by_name:
        return by_name[reference]
    actor = base.find(reference)
    if actor is not None:
        return actor.id
    node_id = f"discovered:{reference}"
    nodes.setdefault(
        node_id,
        {
            "id": node_id,
            "name": reference,
            "inter": None,
            "kind": None,
            "country": None,
            "generic": False,
            "discovered": True,
        },
    )
    by_name[reference] = node_id
    return node_id


def to_json(graph: dict[str, Any]) -> str:
    return json.dumps(graph, ensure_ascii=False, indent=2)


def to_graphml(graph: dict[str, Any]) -> str:
    """GraphML (directed: an edge goes from the backed or subordinate actor to its patron or parent)."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    for domain, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(
                root,
                f"{{{ns}}}key",
                id=f"{domain}_{name}",
                attrib={"for": domain, "attr.name": name, "attr.type": kind},
            )
    body = ET.SubElement(root, f"{{{ns}}}graph", id="actors", edgedefault="directed")
    for node in graph["nodes"]:
        element = ET.SubElement(body, f"{{{ns}}}node", id=str(node["id"]))
        _data(element, ns, "node", _NODE_KEYS, node)
    for i, edge in enumerate(graph["edges"]):
        element = ET.SubElement(
            body, f"{{{ns}}}edge", id=f"e{i}", source=str(edge["source"]), target=str(edge["target"])
        )
        _data(element, ns, "edge", _EDGE_KEYS, edge)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _data(element: ET.Element, ns: str, domain: str, keys: tuple[tuple[str, str], ...], values: dict) -> None:
    for name, kind in keys:
        value = values.get(name)
        if value is None:
            continue
        text = str(value).lower() if kind == "boolean" else str(value)
        ET.SubElement(element, f"{{{ns}}}data", key=f"{domain}_{name}").text = text


def client_names(base: ActorBase, patron: str, *, year: int | None = None) -> list[str]:
    """Canonical names of the actors backed by `patron` (an id, name or alias), directly or through a unit.

    The patron counts with its subordinates (the Quds Force is part of the IRGC), and a client with its
    own (a militia's brigades): "which Iran-backed groups" is a question about the whole tree.
    """
    found = base.get(patron) if base.has(patron) else base.find(patron, year=year)
    # A country named as patron ("Iran") stands for its own forces at the top of their tree.
    roots = [found] if found is not None else _country_forces(base, patron)
    if not roots:
        return []
    patrons = {a.name for root in roots for a in _with_descendants(base, root.id)}
    clients = [a for a in base.actors if any(p.name in patrons for p in a.backed_by)]
    names: dict[str, None] = {}
    for client in clients:
        for actor in _with_descendants(base, client.id):
            names[actor.name] = None
    return sorted(names)


def _country_forces(base: ActorBase, country: str) -> list:
    """The named actors of `country` that belong to no other actor (its state forces, not generic groups)."""
    wanted = country.strip().casefold()
    return [a for a in base.actors
            if (a.country or "").casefold() == wanted and not a.part_of and not a.generic and a.inter in (1, 8)]


def _with_descendants(base: ActorBase, actor_id: str) -> list:
    seen, todo, out = {actor_id}, [actor_id], []
    while todo:
        current = todo.pop()
        out.append(base.get(current))
        for child in base.children(current):
            if child.id not in seen:
                seen.add(child.id)
                todo.append(child.id)
    return out
