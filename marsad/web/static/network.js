// The actor network (Cytoscape): patrons (backed by) and parents (part of) from /api/actors/graph where the
// server has it, plus who fought whom in the events the filters select; node size by events, a legend,
// labels laid out so they do not overlap, and never a self-loop. A click opens the actor's panel (aliases,
// patrons, events over time, places) and its neighbourhood: the actor with its patrons, clients, parents,
// units and opponents only. Text goes in as text: Cytoscape draws labels on a canvas, panels use text nodes.
"use strict";

let cy = null;
let network = null;  // {nodes: Map(id -> {id, name, count}), edges: [{source, target, relation, count}]}
let focus = null;  // the actor id of the neighbourhood shown, or null for the whole network

const RELATIONS = [
  ["backed_by", "backed by (client → patron)", "#27ae60", "solid"],
  ["part_of", "part of (unit → parent)", "#2980b9", "dashed"],
  ["fought", "fought (in the events shown)", "#c0392b", "solid"],
];

async function actorGraph() {
  try {
    return await M.api("/api/actors/graph");
  } catch (error) {
    return { nodes: [], edges: [] };  // a server without the actors routes: events only
  }
}

function buildNetwork(graph, events) {
  const nodes = new Map();
  const byName = new Map();
  for (const node of graph.nodes || []) {
    nodes.set(node.id, { id: node.id, name: node.name || node.id, count: 0, known: true });
    byName.set(node.name || node.id, node.id);
  }
  const idOf = (name) => {
    if (!byName.has(name)) {
      byName.set(name, `name:${name}`);
      nodes.set(`name:${name}`, { id: `name:${name}`, name, count: 0, known: false });
    }
    return byName.get(name);
  };
  const edges = [];
  for (const edge of graph.edges || []) {
    if (edge.source === edge.target) continue;  // never a self-loop
    if (nodes.has(edge.source) && nodes.has(edge.target)) {
      edges.push({ source: edge.source, target: edge.target, relation: edge.relation, count: 1 });
    }
  }
  const fights = new Map();
  for (const event of events) {
    const a = idOf(event.actor1);
    nodes.get(a).count += 1;
    if (!event.actor2) continue;
    const b = idOf(event.actor2);
    if (b !== a) nodes.get(b).count += 1;
    if (a === b) continue;  // an actor against itself (e.g. infighting) is counted, not drawn
    const key = [a, b].sort().join("|");
    fights.set(key, (fights.get(key) || 0) + 1);
  }
  for (const [key, count] of fights) {
    const [source, target] = key.split("|");
    edges.push({ source, target, relation: "fought", count });
  }
  return { nodes, edges };
}

// The ids to draw: the actors of these events with their patrons and parents; or one actor's neighbourhood.
function shownIds() {
  if (focus && network.nodes.has(focus)) {
    const shown = new Set([focus]);
    for (const edge of network.edges) {
      if (edge.source === focus) shown.add(edge.target);
      if (edge.target === focus) shown.add(edge.source);
    }
    return shown;
  }
  const active = new Set([...network.nodes.values()].filter((n) => n.count > 0).map((n) => n.id));
  const shown = new Set(active);
  for (const edge of network.edges) if (active.has(edge.source)) shown.add(edge.target);
  return shown;
}

function legend() {
  const box = document.getElementById("network-legend");
  box.replaceChildren(M.el("strong", "Legend"));
  for (const [relation, label, color, style] of RELATIONS) {
    const item = M.el("div", null, "legend-item");
    item.dataset.relation = relation;
    const line = M.el("span", null, "line");
    line.style.borderTop = `3px ${style} ${color}`;
    item.append(line, document.createTextNode(label));
    box.append(item);
  }
  box.append(M.el("div", "circle size: events in the current filter", "legend-item"));
}

function draw() {
  const shown = shownIds();
  const elements = [];
  for (const id of shown) {
    const node = network.nodes.get(id);
    elements.push({ data: { id, label: node.name, size: 18 + 8 * Math.sqrt(node.count), count: node.count },
      classes: id === focus ? "focus" : "" });
  }
  network.edges.forEach((edge, n) => {
    if (shown.has(edge.source) && shown.has(edge.target) && edge.source !== edge.target) {
      elements.push({ data: { id: `e${n}`, source: edge.source, target: edge.target, relation: edge.relation,
        width: edge.relation === "fought" ? Math.min(1.5 + Math.log2(edge.count), 6) : 1.5 } });
    }
  });
  const container = document.getElementById("network");
  if (cy) cy.destroy();
  cy = cytoscape({
    container,
    elements,
    // labels count in the node sizes the layout spaces out, so they do not overlap
    layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 400000, idealEdgeLength: () => 90, padding: 20 },
    style: [
      { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
        "font-size": 11, "background-color": "#34495e", color: "#222", "text-valign": "bottom",
        "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": 110, "text-background-color": "#fff",
        "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node.focus", style: { "background-color": "#8a3b12", "font-weight": "bold" } },
      { selector: "edge", style: { width: "data(width)", "curve-style": "bezier", "line-color": "#c0392b" } },
      { selector: "edge[relation = 'backed_by']", style: { "line-color": "#27ae60", "target-arrow-shape": "triangle",
        "target-arrow-color": "#27ae60" } },
      { selector: "edge[relation = 'part_of']", style: { "line-color": "#2980b9", "line-style": "dashed",
        "target-arrow-shape": "triangle", "target-arrow-color": "#2980b9" } },
    ],
  });
  spreadLabels();
  container.dataset.nodes = String(shown.size);
  container.dataset.edges = String(cy.edges().length);
  container.dataset.focus = focus || "";
  container.dataset.selfLoops = String(cy.edges().filter((e) => e.source().id() === e.target().id()).length);
  cy.on("tap", "node", (tap) => openActor(tap.target.id()));
  document.getElementById("network-whole").hidden = !focus;
}

// The layout spaces nodes with their labels, but not always enough: push apart any two whose boxes (label
// included) still overlap, along the axis where they overlap least, until none does.
function spreadLabels(rounds = 60) {
  const nodes = cy.nodes().toArray();
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    const boxes = nodes.map((node) => node.boundingBox({ includeLabels: true }));
    for (let i = 0; i < nodes.length; i += 1) {
      for (let j = i + 1; j < nodes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]];
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (dx <= 0 || dy <= 0) continue;
        const [p, q] = [nodes[i].position(), nodes[j].position()];
        const push = (Math.min(dx, dy) / 2) + 3;
        if (dx < dy) {
          const sign = p.x <= q.x ? -1 : 1;
          nodes[i].position({ x: p.x + sign * push, y: p.y });
          nodes[j].position({ x: q.x - sign * push, y: q.y });
        } else {
          const sign = p.y <= q.y ? -1 : 1;
          nodes[i].position({ x: p.x, y: p.y + sign * push });
          nodes[j].position({ x: q.x, y: q.y - sign * push });
        }
        moved = true;
        boxes[i] = nodes[i].boundingBox({ includeLabels: true });
        boxes[j] = nodes[j].boundingBox({ includeLabels: true });
      }
    }
    if (!moved) break;
  }
  cy.fit(undefined, 20);
}

function relatedNames(id, relation, outgoing) {
  return network.edges.filter((e) => e.relation === relation && (outgoing ? e.source === id : e.target === id))
    .map((e) => network.nodes.get(outgoing ? e.target : e.source).name);
}

function nameList(title, names) {
  const section = M.el("section", null, "actor-list");
  section.append(M.el("h3", title));
  const list = M.el("ul");
  for (const name of names.length ? names : ["none known"]) list.append(M.el("li", name));
  section.append(list);
  return section;
}

// The side panel: what the actor base says of it, and what the stored events say.
async function actorPanel(id) {
  const node = network.nodes.get(id);
  const panel = document.getElementById("actor-panel");
  panel.hidden = false;
  panel.dataset.actor = node.name;
  const heading = M.el("h2", node.name);
  const filter = M.el("button", "Filter the events to this actor", "actor-filter");
  filter.type = "button";
  filter.addEventListener("click", () => {
    M.form().elements.actor.value = node.name;
    M.filtersChanged("network");
  });
  const parts = [heading, M.el("p", `${node.count} event(s) in the current filter`, "hint"), filter];
  let details = null;
  if (node.known) {
    try { details = await M.api(`/api/actors/${encodeURIComponent(node.id)}`); } catch (error) { details = null; }
  }
  if (details) {
    if (details.arabic) parts.push(M.el("p", details.arabic, "arabic"));
    parts.push(nameList("Also called", details.aliases || []));
    parts.push(nameList("Backed by", (details.patrons || []).map((p) =>
      `${p.name}${p.since || p.until ? ` (${p.since || "…"}–${p.until || "…"})` : ""}`)));
  } else {
    parts.push(M.el("p", "Not in the actor base: known from the events only.", "hint"));
    parts.push(nameList("Backed by", relatedNames(id, "backed_by", true)));
  }
  parts.push(nameList("Backs", relatedNames(id, "backed_by", false)));
  parts.push(nameList("Fought", [...relatedNames(id, "fought", true), ...relatedNames(id, "fought", false)]));
  const chart = M.el("div", null, "actor-chart");
  const places = M.el("section", null, "actor-places");
  parts.push(M.el("h3", "Events over time"), chart, places);
  panel.replaceChildren(...parts);
  const params = M.filterParams(["actor"]);
  params.set("actor", node.name);
  const [overTime, facets] = await Promise.all([
    M.api(`/api/events/over-time?${params}`),
    M.api(`/api/events/facets?${params}&field=admin1&field=month`),
  ]);
  M.drawStackedChart(chart, overTime, null, 90);
  places.replaceChildren(M.el("h3", "Places (governorates)"));
  const list = M.el("ul");
  for (const entry of facets.facets.admin1) list.append(M.el("li", `${entry.value}: ${entry.count}`));
  if (!facets.facets.admin1.length) list.append(M.el("li", "none in the current filter"));
  places.append(list);
}

function openActor(id) {
  focus = id;
  draw();
  actorPanel(id).catch((error) => M.setStatus(`Actor: ${error.message}`));
}

M.loadNetwork = async function loadNetwork() {
  if (!cy && !network) initNetwork();
  const params = M.filterParams();
  params.set("limit", "1000");
  const [graph, page] = await Promise.all([actorGraph(), M.api(`/api/events?${params}`)]);
  network = buildNetwork(graph, page.events);
  legend();
  draw();
  if (focus && network.nodes.has(focus)) await actorPanel(focus);
};

function initNetwork() {
  document.getElementById("network-whole").addEventListener("click", () => {
    focus = null;
    document.getElementById("actor-panel").hidden = true;
    draw();
  });
};
