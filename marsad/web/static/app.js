// Marsad's first page: the event table and one event's evidence.
// Every piece of report or event text goes in through textContent / text nodes, never innerHTML.
"use strict";

const PAGE_SIZE = 50;
const FILTERS = ["since", "until", "type", "actor", "place"];
const form = document.getElementById("filters");
const tbody = document.querySelector("#events tbody");
const statusLine = document.getElementById("status");
let offset = 0;
let total = 0;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function currentFilters() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function readAddress() {
  const params = new URLSearchParams(window.location.search);
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  return params.get("event");
}

function writeAddress(eventId) {
  const params = currentFilters();
  if (offset) params.set("offset", String(offset));
  if (eventId) params.set("event", eventId);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${body.error || response.status}: ${body.detail || ""}`);
  return body;
}

function updateExportLinks() {
  for (const link of document.querySelectorAll("#exports a")) {
    const params = currentFilters();
    params.set("format", link.dataset.format);
    link.href = `/api/events?${params}`;
  }
}

async function loadEvents() {
  const params = currentFilters();
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String(offset));
  statusLine.textContent = "Loading…";
  try {
    const page = await getJson(`/api/events?${params}`);
    total = page.total;
    renderRows(page.events);
    const last = Math.min(offset + page.events.length, total);
    statusLine.textContent = total ? `${total} events` : "No events match these filters.";
    document.getElementById("page").textContent = total ? `${offset + 1}–${last} of ${total}` : "";
  } catch (error) {
    tbody.replaceChildren();
    statusLine.textContent = `Could not load events: ${error.message}`;
  }
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = offset + PAGE_SIZE >= total;
  updateExportLinks();
}

function renderRows(events) {
  const rows = events.map((event) => {
    const row = el("tr");
    row.tabIndex = 0;
    row.dataset.eventId = event.event_id;
    const cells = [
      event.event_date || "?", event.event_type, event.sub_event_type, event.actor1,
      event.actor2 || "", event.location || event.admin1 || "",
    ];
    for (const value of cells) row.append(el("td", value));
    row.append(el("td", event.fatalities, "num"));
    row.addEventListener("click", () => showEvent(event.event_id));
    row.addEventListener("keydown", (key) => { if (key.key === "Enter") showEvent(event.event_id); });
    return row;
  });
  tbody.replaceChildren(...rows);
}

// Spans for highlighting: the event's evidence and each field's, merged where they overlap.
function evidenceSpans(event) {
  const spans = event.evidence.map((e) => ({ start: e.start, end: e.end, labels: ["event"] }));
  for (const [field, e] of Object.entries(event.field_evidence || {})) {
    spans.push({ start: e.start, end: e.end, labels: [field] });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.start < previous.end) {
      previous.end = Math.max(previous.end, span.end);
      previous.labels.push(...span.labels);
    } else {
      merged.push({ ...span, labels: [...span.labels] });
    }
  }
  return merged;
}

function renderReportText(text, spans) {
  const target = document.getElementById("report-text");
  const nodes = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    nodes.push(document.createTextNode(text.slice(cursor, start)));
    const mark = el("mark", text.slice(start, end));
    mark.title = `evidence for: ${[...new Set(span.labels)].join(", ")}`;
    nodes.push(mark);
    cursor = end;
  }
  nodes.push(document.createTextNode(text.slice(cursor)));
  target.replaceChildren(...nodes);
  const first = target.querySelector("mark");
  if (first) first.scrollIntoView({ block: "nearest" });
}

const DETAIL_FIELDS = [
  ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
  ["assoc_actor_1", "With"], ["actor2", "Actor 2"], ["assoc_actor_2", "With"], ["location", "Location"],
  ["admin1", "Governorate"], ["admin2", "District"], ["latitude", "Latitude"], ["longitude", "Longitude"],
  ["geo_precision", "Geo precision"], ["time_precision", "Time precision"], ["fatalities", "Fatalities"],
  ["source", "Source"], ["source_attribution", "According to"], ["notes", "Notes"],
  ["confidence", "Confidence"], ["review_status", "Review"],
];

async function showEvent(eventId) {
  const panel = document.getElementById("detail");
  try {
    const event = await getJson(`/api/events/${encodeURIComponent(eventId)}`);
    document.getElementById("detail-title").textContent = `${event.event_type} — ${event.sub_event_type}`;
    const fields = [];
    for (const [key, label] of DETAIL_FIELDS) {
      let value = event[key];
      if (Array.isArray(value)) value = value.join("; ");
      if (value === null || value === undefined || value === "") continue;
      fields.push(el("dt", label), el("dd", value));
    }
    document.getElementById("detail-fields").replaceChildren(...fields);
    document.getElementById("report-title").textContent = event.report.title ? `“${event.report.title}”` : "";
    renderReportText(event.report.text, evidenceSpans(event));
    panel.hidden = false;
    for (const row of tbody.rows) row.classList.toggle("selected", row.dataset.eventId === eventId);
    writeAddress(eventId);
  } catch (error) {
    statusLine.textContent = `Could not load event: ${error.message}`;
  }
}

form.addEventListener("submit", (submit) => {
  submit.preventDefault();
  offset = 0;
  writeAddress();
  loadEvents();
});
form.addEventListener("reset", () => {
  setTimeout(() => { offset = 0; writeAddress(); loadEvents(); }, 0);
});
document.getElementById("prev").addEventListener("click", () => {
  offset = Math.max(0, offset - PAGE_SIZE);
  writeAddress();
  loadEvents();
});
document.getElementById("next").addEventListener("click", () => {
  offset += PAGE_SIZE;
  writeAddress();
  loadEvents();
});

const initialEvent = readAddress();
loadEvents().then(() => { if (initialEvent) showEvent(initialEvent); });
