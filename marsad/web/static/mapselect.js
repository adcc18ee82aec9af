// Space: select the events in a box drawn on the map (the API's bbox filter, shown as a removable chip),
// and the map's view (centre and zoom) kept in the shareable address as map=lat,lon,zoom.
"use strict";

M.FILTERS.push("bbox");
let selecting = false;

function boxControl(map) {
  const Control = L.Control.extend({
    options: { position: "topleft" },
    onAdd() {
      const button = L.DomUtil.create("button", "select-box");
      button.type = "button";
      button.textContent = "▭";
      button.title = "Select an area: drag a box over the map";
      button.setAttribute("aria-label", "Select an area");
      L.DomEvent.disableClickPropagation(button);
      L.DomEvent.on(button, "click", () => {
        selecting = !selecting;
        button.classList.toggle("active", selecting);
        if (selecting) map.dragging.disable(); else map.dragging.enable();
        document.getElementById("map").classList.toggle("selecting", selecting);
      });
      return button;
    },
  });
  return new Control();
}

// Press, drag, release while selecting: the box becomes the bbox filter (west,south,east,north).
function drawBox(map) {
  let start = null;
  let rectangle = null;
  map.on("mousedown", (down) => {
    if (!selecting) return;
    start = down.latlng;
    rectangle = L.rectangle(L.latLngBounds(start, start), { color: "#8a3b12", weight: 1, dashArray: "4 3" }).addTo(map);
  });
  map.on("mousemove", (move) => { if (start) rectangle.setBounds(L.latLngBounds(start, move.latlng)); });
  map.on("mouseup", (up) => {
    if (!start) return;
    const bounds = L.latLngBounds(start, up.latlng);
    start = null;
    map.removeLayer(rectangle);
    selecting = false;
    map.dragging.enable();
    document.querySelector(".select-box").classList.remove("active");
    document.getElementById("map").classList.remove("selecting");
    if (bounds.getNorth() - bounds.getSouth() < 1e-4 || bounds.getEast() - bounds.getWest() < 1e-4) return;
    const round = (value) => value.toFixed(4);
    M.form().elements.bbox.value = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map(round).join(",");
    M.filtersChanged("map");
  });
}

// The shown area of the bbox filter, as a dashed outline that stays until the filter is removed.
let outline = null;
M.showSelection = function showSelection(map) {
  if (outline) map.removeLayer(outline);
  outline = null;
  const value = M.form().elements.bbox.value;
  if (!value) return;
  const [west, south, east, north] = value.split(",").map(Number);
  if ([west, south, east, north].some(Number.isNaN)) return;
  outline = L.rectangle([[south, west], [north, east]], { color: "#8a3b12", weight: 1.5, fill: false,
    dashArray: "6 4", interactive: false }).addTo(map);
};

// "lat,lon,zoom" of the address, or null.
M.addressView = function addressView() {
  const parts = (M.state.map || "").split(",").map(Number);
  if (parts.length !== 3 || parts.some(Number.isNaN)) return null;
  return { center: [parts[0], parts[1]], zoom: parts[2] };
};

M.initMapSelection = function initMapSelection(map) {
  boxControl(map).addTo(map);
  drawBox(map);
  map.on("moveend", () => {
    const center = map.getCenter();
    M.state.map = `${center.lat.toFixed(4)},${center.lng.toFixed(4)},${map.getZoom()}`;
    M.writeAddress();
  });
  M.onFiltersChanged(() => M.showSelection(map));
  M.showSelection(map);
};
