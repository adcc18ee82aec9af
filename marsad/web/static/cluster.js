// Grid clustering for the map (no plugin): events whose screen positions fall in the same cell of
// CLUSTER_CELL pixels are drawn as one numbered circle when there are at least CLUSTER_MIN of them;
// clicking it zooms to them. Recomputed on every zoom, so zooming in splits clusters.
"use strict";

// Tooltip and popup content as a text node: Leaflet (and vis) insert a string as HTML, and a location,
// sub-type or date can hold whatever a report or a coder wrote.
M.textTooltip = function textTooltip(text) {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
};

M.CLUSTER_CELL = 44;
M.CLUSTER_MIN = 3;

// points: [{x, y, item}] in pixels -> [{items, x, y}] (x, y: the cell's mean position), in a stable order.
M.gridCluster = function gridCluster(points, cell = M.CLUSTER_CELL) {
  const cells = new Map();
  for (const point of points) {
    const key = `${Math.floor(point.x / cell)}:${Math.floor(point.y / cell)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(point);
  }
  return [...cells.values()].map((members) => ({
    items: members.map((m) => m.item),
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
  }));
};

function dominantColor(events) {
  const counts = new Map();
  for (const event of events) counts.set(event.event_type, (counts.get(event.event_type) || 0) + 1);
  return M.color([...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]);
}

// Put `entries` ([{event, marker}]) on `layer`: single markers, or one cluster marker per dense cell.
M.drawClustered = function drawClustered(map, layer, entries) {
  layer.clearLayers();
  const zoom = map.getZoom();
  const points = entries.map((entry) => {
    const pixel = map.project(entry.marker.getLatLng(), zoom);
    return { x: pixel.x, y: pixel.y, item: entry };
  });
  let clusters = 0;
  for (const group of M.gridCluster(points)) {
    if (group.items.length < M.CLUSTER_MIN) {
      for (const entry of group.items) layer.addLayer(entry.marker);
      continue;
    }
    clusters += 1;
    const events = group.items.map((entry) => entry.event);
    const fatalities = events.reduce((sum, event) => sum + (event.fatalities || 0), 0);
    const size = Math.round(26 + 6 * Math.log10(events.length));
    const icon = L.divIcon({ className: "cluster", iconSize: [size, size], html: "" });
    const cluster = L.marker(map.unproject([group.x, group.y], zoom), { icon, keyboard: false });
    cluster.on("add", () => {
      const node = cluster.getElement();
      node.textContent = String(events.length);  // text only: nothing from a report becomes HTML
      node.style.background = dominantColor(events);
    });
    cluster.bindTooltip(M.textTooltip(`${events.length} events, ${fatalities} fatalities — click to zoom in`));
    const bounds = L.latLngBounds(group.items.map((entry) => entry.marker.getLatLng()));
    cluster.on("click", () => map.fitBounds(bounds.pad(0.5), { maxZoom: map.getZoom() + 3 }));
    layer.addLayer(cluster);
  }
  map.getContainer().dataset.clusters = String(clusters);
  map.getContainer().dataset.zoom = String(zoom);
};
