import json
import xml.etree.ElementTree as ET

from marsad.actors.graph import build_graph, to_graphml, to_json

NS = "{http://graphml.graphdrawing.org/xmlns}"


def test_graph_edges_from_base_and_reports(base):
    graph = build_graph(
        base,
        extra_edges=[
            {
                "source": "Al-Nour Brigade",
                "target": "IRGC",
                "relation": "backed_by",
                "doc_id": "r1",
                "date": "2023-02-03",
            }
        ],
    )
    edges = {(e["source"], e["target"], e["relation"]) for e in graph["edges"]}
    assert ("fatemiyoun", "irgc", "backed_by") in edges
    assert ("mmc", "sdf", "part_of") in edges
    assert ("discovered:Al-Nour Brigade", "irgc", "backed_by") in edges
    assert json.loads(to_json(graph))["nodes"][0]["id"] == "syria-forces"


def test_graphml_parses(base):
    root = ET.fromstring(to_graphml(build_graph(base)))
    graph = root.find(f"{NS}graph")
    nodes = graph.findall(f"{NS}node")
    edges = graph.findall(f"{NS}edge")
    assert len(nodes) == len(base) and edges
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
