// The actor network (Cytoscape): patrons and parents from /api/actors/graph where the server has it,
// plus who fought whom in the events the filters select; nodes sized by events. Click: filter to it.
"use strict";

let cy = null;

async function actorGraph() {
  try {
    return await M.api("/api/actors/graph");
  } catch (error) {
    return { nodes: [], edges: [] };  // a server without the actors routes: events only
  }
}

M.loadNetwork = async function loadNetwork() {
  const params = M.filterParams();
  params.set("limit", "1000");
  const [graph, page] = await Promise.all([actorGraph(), M.api(`/api/events?${params}`)]);
  const nodes = new Map();
  const byName = new Map();
  for (const node of graph.nodes || []) {
    nodes.set(node.id, { id: node.id, name: node.name || node.id, count: 0 });
    byName.set(node.name || node.id, node.id);
  }
  const idOf = (name) => {
    if (!byName.has(name)) {
      byName.set(name, `name:${name}`);
      nodes.set(`name:${name}`, { id: `name:${name}`, name, count: 0 });
    }
    return byName.get(name);
  };
  const edges = [];
  for (const edge of graph.edges || []) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) {
      edges.push({ source: edge.source, target: edge.target, relation: edge.relation });
    }
  }
  const fights = new Map();
  for (const event of page.events) {
    const a = idOf(event.actor1);
    nodes.get(a).count += 1;
    if (event.actor2) {
      const b = idOf(event.actor2);
      nodes.get(b).count += 1;
      const key = [a, b].sort().join("|");
      fights.set(key, (fights.get(key) || 0) + 1);
    }
  }
  for (const [key, count] of fights) {
    const [source, target] = key.split("|");
    edges.push({ source, target, relation: "fought", count });
  }
  // Keep the actors of these events and their patrons/parents; the whole base would drown them.
  const active = new Set([...nodes.values()].filter((n) => n.count > 0).map((n) => n.id));
  const shown = new Set(active);
  for (const edge of edges) if (active.has(edge.source)) shown.add(edge.target);
  const elements = [];
  for (const id of shown) {
    const node = nodes.get(id);
    elements.push({ data: { id, label: node.name, size: 20 + 8 * Math.sqrt(node.count) } });
  }
  edges.forEach((edge, n) => {
    if (shown.has(edge.source) && shown.has(edge.target)) {
      elements.push({ data: { id: `e${n}`, source: edge.source, target: edge.target, relation: edge.relation } });
    }
  });
  const container = document.getElementById("network");
  if (cy) cy.destroy();
  cy = cytoscape({
    container,
    elements,
    layout: { name: "cose", animate: false, randomize: false },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
        "font-size": 10, "background-color": "#34495e", color: "#222" } },
      { selector: "edge", style: { width: 1.5, "curve-style": "bezier", "line-color": "#c0392b" } },
      { selector: "edge[relation = 'backed_by']", style: { "line-color": "#27ae60", "target-arrow-shape": "triangle",
        "target-arrow-color": "#27ae60" } },
      { selector: "edge[relation = 'part_of']", style: { "line-color": "#2980b9", "line-style": "dashed",
        "target-arrow-shape": "triangle", "target-arrow-color": "#2980b9" } },
    ],
  });
  container.dataset.nodes = String(shown.size);
  cy.on("tap", "node", (tap) => {
    M.form().elements.actor.value = tap.target.data("label");
    M.filtersChanged("network");
  });
};
