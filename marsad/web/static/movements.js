// Movements of forces on the map: the arrows' legend entry and the "movements only" filter. The arrows
// (origin → where the event is) are drawn by explore.js for events whose origin is placed; every origin
// and destination the text gives is highlighted in the event's report (evidence.js).
"use strict";

M.FILTERS.push("movements");

M.initMovements = function initMovements() {
  const legend = document.getElementById("legend");
  const item = M.el("div", null, "legend-item movement-legend");
  const line = M.el("span", null, "arrow-sample");
  line.textContent = "⇢";
  item.append(line, document.createTextNode("movement: origin → destination"));
  legend.append(item);
};
