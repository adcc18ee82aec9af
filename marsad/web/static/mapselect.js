// Space: select the events in a box drawn on the map (the API's bbox filter) or in a circle around a
// point (near=lat,lon,km), each shown as a removable chip; and the map's view (centre and zoom) kept in
// the shareable address as map=lat,lon,zoom.
"use strict";

M.FILTERS.push("bbox", "near");
let selecting = null;  // "box" | "circle" while the next press-drag-release draws one
const SHAPE_STYLE = { color: "#8a3b12", weight: 1, dashArray: "4 3" };

function setSelecting(map, shape) {
  selecting = shape;
  for (const button of document.querySelectorAll("#map .select-shape")) {
    button.classList.toggle("active", button.dataset.shape === shape);
  }
  if (shape) map.dragging.disable(); else map.dragging.enable();
  document.getElementById("map").classList.toggle("selecting", Boolean(shape));
}

function shapeControl(map) {
  const Control = L.Control.extend({
    options: { position: "topleft" },
    onAdd() {
      const bar = L.DomUtil.create("div", "leaflet-bar select-shapes");
      for (const [shape, symbol, title] of [["box", "▭", "Select an area: drag a box over the map"],
        ["circle", "◯", "Select around a point: press at the centre, drag out the radius"]]) {
        const button = L.DomUtil.create("button", `select-shape select-${shape}`, bar);
        button.type = "button";
        button.textContent = symbol;
        button.title = title;
        button.dataset.shape = shape;
        button.setAttribute("aria-label", title.split(":")[0]);
        L.DomEvent.on(button, "click", () => setSelecting(map, selecting === shape ? null : shape));
      }
      L.DomEvent.disableClickPropagation(bar);
      return bar;
    },
  });
  return new Control();
}

// Press, drag, release while selecting: the box becomes the bbox filter (west,south,east,north), the
// circle the near filter (centre and radius in km).
function drawShape(map) {
  let start = null;
  let shape = null;
  map.on("mousedown", (down) => {
    if (!selecting) return;
    start = down.latlng;
    shape = selecting === "box" ? L.rectangle(L.latLngBounds(start, start), SHAPE_STYLE)
      : L.circle(start, { ...SHAPE_STYLE, radius: 1 });
    shape.addTo(map);
  });
  map.on("mousemove", (move) => {
    if (!start) return;
    if (selecting === "box") shape.setBounds(L.latLngBounds(start, move.latlng));
    else shape.setRadius(map.distance(start, move.latlng));
  });
  map.on("mouseup", (up) => {
    if (!start) return;
    const [from, kind] = [start, selecting];
    start = null;
    map.removeLayer(shape);
    setSelecting(map, null);
    const round = (value) => value.toFixed(4);
    if (kind === "box") {
      const bounds = L.latLngBounds(from, up.latlng);
      if (bounds.getNorth() - bounds.getSouth() < 1e-4 || bounds.getEast() - bounds.getWest() < 1e-4) return;
      M.form().elements.bbox.value = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
        .map(round).join(",");
    } else {
      const km = map.distance(from, up.latlng) / 1000;
      if (km < 0.1) return;
      M.form().elements.near.value = `${round(from.lat)},${round(from.lng)},${Math.min(km, 1000).toFixed(1)}`;
    }
    M.filtersChanged("map");
  });
}

// The areas of the bbox and near filters, as dashed outlines that stay until the filter is removed.
const outlines = L.layerGroup();
M.showSelection = function showSelection(map) {
  outlines.clearLayers().addTo(map);
  const style = { color: "#8a3b12", weight: 1.5, fill: false, dashArray: "6 4", interactive: false };
  const box = M.form().elements.bbox.value.split(",").map(Number);
  if (box.length === 4 && !box.some(Number.isNaN)) {
    const [west, south, east, north] = box;
    outlines.addLayer(L.rectangle([[south, west], [north, east]], style));
  }
  const near = M.form().elements.near.value.split(",").map(Number);
  if (near.length === 3 && !near.some(Number.isNaN)) {
    outlines.addLayer(L.circle([near[0], near[1]], { ...style, radius: near[2] * 1000 }));
  }
};

// The address's view ("lat,lon,zoom" as {center, zoom}) until the map has shown it, then null. Until then
// the map's own moves (its first fit, a resize) do not overwrite it in the address.
let pendingView = null;

function addressView() {
  const parts = (M.state.map || "").split(",").map(Number);
  if (parts.length !== 3 || parts.some(Number.isNaN)) return null;
  return { center: [parts[0], parts[1]], zoom: parts[2] };
}

M.takeAddressView = function takeAddressView() {
  const view = pendingView;
  pendingView = null;
  return view;
};

M.initMapSelection = function initMapSelection(map) {
  shapeControl(map).addTo(map);
  drawShape(map);
  pendingView = addressView();
  map.on("moveend", () => {
    if (pendingView) return;
    const center = map.getCenter();
    M.state.map = `${center.lat.toFixed(4)},${center.lng.toFixed(4)},${map.getZoom()}`;
    M.writeAddress();
  });
  M.onFiltersChanged(() => M.showSelection(map));
  M.showSelection(map);
};
