// The summary beside the map: totals and fatalities, facet counts that filter on click (as Datasette's
// facets do), and a stacked events-per-week/month chart by type; all follow the current filters.
// Built with text nodes and SVG elements only: values come from reports.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const FACET_TITLES = [["event_type", "Event type"], ["sub_event_type", "Sub-type"], ["actor", "Actor"],
  ["admin1", "Governorate"]];
const WEEKS_UNDER_DAYS = 183;  // a period shorter than ~6 months is charted per week
// Filters the facets set that the form has no visible field for: shown as removable chips.
const CHIP_FILTERS = [["sub_type", "Sub-type"], ["admin1", "Governorate"], ["bbox", "Area"], ["near", "Within (lat,lon,km)"]];

M.FILTERS.push("sub_type", "admin1");
let summaryRequest = 0;

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

// A click on a facet value narrows the current filters to it.
function applyFacet(field, value) {
  const elements = M.form().elements;
  if (field === "event_type") elements.type.value = value;
  else if (field === "sub_event_type") elements.sub_type.value = value;
  else if (field === "actor") elements.actor.value = value;
  else if (field === "admin1") elements.admin1.value = value;
  else if (field === "month") {
    const [year, month] = value.split("-").map(Number);
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    elements.since.value = `${value}-01`;
    elements.until.value = `${value}-${String(last).padStart(2, "0")}`;
  }
  M.filtersChanged("facet");
}

// A click on a bar narrows the dates to its month or week.
function applyPeriod(interval, period) {
  if (interval === "month") { applyFacet("month", period); return; }
  const end = new Date(Date.parse(period) + 6 * 86400000).toISOString().slice(0, 10);
  M.form().elements.since.value = period;
  M.form().elements.until.value = end;
  M.filtersChanged("chart");
}

function facetList(field, title, entries) {
  const section = M.el("section", null, "facet");
  section.dataset.field = field;
  section.append(M.el("h3", title));
  const list = M.el("ul");
  for (const entry of entries) {
    const item = M.el("li");
    const button = M.el("button", entry.value, "facet-value");
    button.type = "button";
    button.title = `${entry.count} events, ${entry.fatalities} fatalities: show only these`;
    button.addEventListener("click", () => applyFacet(field, entry.value));
    item.append(button, M.el("span", entry.count.toLocaleString("en"), "count"));
    list.append(item);
  }
  if (!entries.length) list.append(M.el("li", "none", "hint"));
  section.append(list);
  return section;
}

function renderChips() {
  const chips = document.getElementById("chips");
  chips.replaceChildren();
  for (const [name, label] of CHIP_FILTERS) {
    const value = M.form().elements[name].value;
    if (!value) continue;
    const chip = M.el("button", `${label}: ${value} ×`, "chip");
    chip.type = "button";
    chip.dataset.filter = name;
    chip.title = "Remove this filter";
    chip.addEventListener("click", () => { M.form().elements[name].value = ""; M.filtersChanged("chip"); });
    chips.append(chip);
  }
}

// Stacked bars in `box`: one per period, a segment per event type, coloured as on the map; a click on a
// bar calls onPick(interval, period).
M.drawStackedChart = function drawStackedChart(box, overTime, onPick, height = 130) {
  const periods = [...new Set(overTime.buckets.map((b) => b.period))];
  const width = Math.max(box.clientWidth || 600, 200);
  const top = 16;
  const bottom = 18;
  const chart = svg("svg", { width, height, role: "img",
    "aria-label": `Events per ${overTime.interval} by type` });
  const sums = new Map();
  for (const bucket of overTime.buckets) sums.set(bucket.period, (sums.get(bucket.period) || 0) + bucket.count);
  const highest = Math.max(1, ...sums.values());
  const slot = Math.min(width / Math.max(periods.length, 1), 60);  // a few bars stay bars, not walls
  const scale = (height - top - bottom) / highest;
  const stacked = new Map();
  for (const bucket of overTime.buckets) {
    const index = periods.indexOf(bucket.period);
    const below = stacked.get(bucket.period) || 0;
    const rect = svg("rect", { x: index * slot + 1, width: Math.max(slot - 2, 1),
      y: height - bottom - (below + bucket.count) * scale, height: bucket.count * scale,
      fill: M.color(bucket.event_type), class: "bar" });
    rect.dataset.period = bucket.period;
    rect.dataset.type = bucket.event_type;
    if (onPick) rect.addEventListener("click", () => onPick(overTime.interval, bucket.period));
    const tip = svg("title", {});
    tip.append(document.createTextNode(`${bucket.period} ${bucket.event_type}: ${bucket.count} events, `
      + `${bucket.fatalities} fatalities`));
    rect.append(tip);
    chart.append(rect);
    stacked.set(bucket.period, below + bucket.count);
  }
  // first and last period under the axis, the tallest bar's count at the top
  const labels = periods.length ? [[0, "start", periods[0]], [width, "end", periods[periods.length - 1]]] : [];
  for (const [x, anchor, text] of labels) {
    const label = svg("text", { x, y: height - 4, "text-anchor": anchor, class: "axis" });
    label.append(document.createTextNode(text));
    chart.append(label);
  }
  const peak = svg("text", { x: 0, y: 11, class: "axis" });
  peak.append(document.createTextNode(`${highest} events per ${overTime.interval} at most`));
  chart.append(peak);
  box.replaceChildren(chart);
  box.dataset.interval = overTime.interval;
  box.dataset.bars = String(periods.length);
};

function chartInterval(facets) {
  const months = facets.facets.month || [];
  const since = M.form().elements.since.value || (months.length && `${months[0].value}-01`);
  const until = M.form().elements.until.value || (months.length && `${months[months.length - 1].value}-28`);
  if (!since || !until) return "month";
  return (Date.parse(until) - Date.parse(since)) / 86400000 < WEEKS_UNDER_DAYS ? "week" : "month";
}

M.loadSummary = async function loadSummary() {
  const request = ++summaryRequest;
  renderChips();
  const params = M.filterParams();
  const facets = await M.api(`/api/events/facets?${params}`);
  params.set("interval", chartInterval(facets));
  const overTime = await M.api(`/api/events/over-time?${params}`);
  if (request !== summaryRequest) return;  // a newer filter has been asked for meanwhile
  const panel = document.getElementById("summary");
  const totals = M.el("p", null, "totals");
  totals.append(M.el("strong", facets.total.toLocaleString("en")), document.createTextNode(" events, "),
    M.el("strong", facets.fatalities.toLocaleString("en")), document.createTextNode(" fatalities"));
  panel.replaceChildren(totals, ...FACET_TITLES.map(([field, title]) =>
    facetList(field, title, facets.facets[field] || [])));
  panel.dataset.total = String(facets.total);
  panel.dataset.fatalities = String(facets.fatalities);
  M.drawStackedChart(document.getElementById("chart"), overTime, applyPeriod);
};
