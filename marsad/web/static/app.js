// Marsad's page, core: the API client (CSRF header on every change), the address (every filter and the
// open event live in the URL), small DOM helpers. Report and user text always goes in through
// textContent / text nodes, never innerHTML; the server's Content-Security-Policy forbids inline script.
"use strict";

const M = {
  FILTERS: ["since", "until", "type", "actor", "place", "q", "status", "min_confidence"],
  TYPE_COLORS: {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  },
  session: null,
  state: { view: "explore", offset: 0, event: null },
  listeners: [],
};

M.el = function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
};

M.color = (type) => M.TYPE_COLORS[type] || "#555";

M.api = async function api(url, options = {}) {
  const init = { method: options.method || "GET", headers: { Accept: "application/json" } };
  if (init.method !== "GET") init.headers["X-CSRF-Token"] = M.session ? M.session.csrf_token : "";
  if (options.json !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.json);
  } else if (options.form) {
    init.body = options.form;
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(`${body.detail || body.error || response.status}`);
    error.status = response.status;
    throw error;
  }
  return body;
};

M.form = () => document.getElementById("filters");

M.filterParams = function filterParams(skip = []) {
  const params = new URLSearchParams();
  for (const name of M.FILTERS) {
    if (skip.includes(name)) continue;
    const value = M.form().elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
};

M.readAddress = function readAddress() {
  const params = new URLSearchParams(window.location.search);
  for (const name of M.FILTERS) M.form().elements[name].value = params.get(name) || "";
  M.state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  M.state.event = params.get("event");
  M.state.view = params.get("view") || "explore";
  M.state.map = params.get("map");  // the map's view, lat,lon,zoom (mapselect.js)
};

M.writeAddress = function writeAddress() {
  const params = M.filterParams();
  if (M.state.view !== "explore") params.set("view", M.state.view);
  if (M.state.offset) params.set("offset", String(M.state.offset));
  if (M.state.event) params.set("event", M.state.event);
  if (M.state.map) params.set("map", M.state.map);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
};

M.setStatus = (text) => { document.getElementById("status").textContent = text; };

// Screens register what to do when the filters change; main.js calls them.
M.onFiltersChanged = (listener) => M.listeners.push(listener);
M.filtersChanged = function filtersChanged(source) {
  M.state.offset = 0;
  M.writeAddress();
  for (const listener of M.listeners) listener(source);
};

M.canEdit = () => Boolean(M.session && (M.session.role === "coder" || M.session.role === "admin")
  && M.session.mode !== "public");
