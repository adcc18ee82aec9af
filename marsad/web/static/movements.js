// Movements of forces on the map: arrows, their legend entry and the "movements only" filter. The layer
// of events draws one arrow per movement from its placed origin (explore.js); the event opened gets an
// arrow from every origin the text gives to every destination (or to where the event is), placed by the
// geoparser's reading of the report (GET /api/events/{id}/places). Never an arrow from a place the text
// does not name as an origin: only spans the extractor kept as origins.N start one.
"use strict";

M.FILTERS.push("movements");
let legs = null;

// An arrow from `from` to `to` ([lat, lon] each): a dashed line and a two-stroke head at `to`.
M.arrowBetween = function arrowBetween(from, to, color, weight = 2) {
  const line = L.polyline([from, to], { color, weight, dashArray: "4 4" });
  const angle = Math.atan2(to[0] - from[0], to[1] - from[1]);
  const size = Math.min(0.15, Math.hypot(to[0] - from[0], to[1] - from[1]) / 4);
  const head = [-0.5, 0.5].map((turn) => [
    to, [to[0] - size * Math.sin(angle + turn), to[1] - size * Math.cos(angle + turn)],
  ]);
  return L.featureGroup([line, L.polyline(head, { color, weight })]);
};

function spansOf(event, prefix) {
  return Object.entries(event.field_evidence || {}).filter(([field]) => field.startsWith(prefix))
    .sort(([a], [b]) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length))).map(([, span]) => span);
}

// Where the geoparser placed the mention at a span: [lat, lon, name], or null.
function placed(answer, span) {
  const mention = answer.mentions.find((m) => m.start < span.end && span.start < m.end);
  const chosen = mention && mention.candidates.find((c) => c.chosen);
  return chosen ? [chosen.latitude, chosen.longitude, chosen.name] : null;
}

// The opened event's legs; called by explore.js when an event is shown.
M.showMovement = async function showMovement(event, map) {
  if (!legs) legs = L.featureGroup().addTo(map);
  legs.clearLayers();
  const box = document.getElementById("map");
  box.dataset.legs = "0";
  const origins = spansOf(event, "origins.");
  if (!origins.length) return;
  let answer;
  try {
    answer = await M.api(`/api/events/${encodeURIComponent(event.event_id)}/places`);
  } catch (error) {
    return;  // no gazetteer on this server: the layer's arrow from the first origin stays
  }
  const from = origins.map((span) => placed(answer, span)).filter(Boolean);
  let to = spansOf(event, "destinations.").map((span) => placed(answer, span)).filter(Boolean);
  if (!to.length && event.latitude !== null) to = [[event.latitude, event.longitude, event.location]];
  for (const start of from) {
    for (const end of to) {
      if (start[0] === end[0] && start[1] === end[1]) continue;
      const arrow = M.arrowBetween(start, end, "#8a3b12", 3);
      arrow.bindTooltip(M.el("span", `${start[2]} → ${end[2]}`));  // an element: Leaflet sets strings as HTML
      legs.addLayer(arrow);
    }
  }
  box.dataset.legs = String(legs.getLayers().length);
};

M.initMovements = function initMovements() {
  const legend = document.getElementById("legend");
  const item = M.el("div", null, "legend-item movement-legend");
  const line = M.el("span", null, "arrow-sample");
  line.textContent = "⇢";
  item.append(line, document.createTextNode("movement: origin → destination"));
  legend.append(item);
};
