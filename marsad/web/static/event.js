// One event: its fields, the report with the evidence highlighted, the edit form, the audit trail.
"use strict";

M.DETAIL_FIELDS = [
  ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
  ["assoc_actor_1", "With"], ["actor2", "Actor 2"], ["assoc_actor_2", "With"], ["location", "Location"],
  ["admin1", "Governorate"], ["admin2", "District"], ["admin3", "Sub-district"], ["latitude", "Latitude"],
  ["longitude", "Longitude"], ["origin_location", "Came from"],
  ["geo_precision", "Geo precision"], ["time_precision", "Time precision"], ["fatalities", "Fatalities"],
  ["source", "Source"], ["source_attribution", "According to"], ["notes", "Notes"],
  ["confidence", "Confidence"], ["coded_by", "Coded by"], ["review_status", "Review"],
];
M.EDIT_FIELDS = ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
  "actor2", "assoc_actor_2", "location", "admin1", "admin2", "latitude", "longitude", "geo_precision",
  "origin_location", "fatalities", "notes"];
const NUMERIC = new Set(["latitude", "longitude", "geo_precision", "fatalities", "time_precision"]);
const LISTS = new Set(["assoc_actor_1", "assoc_actor_2"]);  // typed as "A; B"
const ACTOR_FIELDS = new Set(["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]);
const PLACE_FIELDS = new Set(["location", "origin_location"]);
const TIME_PRECISION = [["1", "1 — the day"], ["2", "2 — the week"], ["3", "3 — the month"]];
let eventTypes = null;  // ACLED's types -> sub-types, asked once

function fieldList(event) {
  const list = M.el("dl", null, "fields");
  for (const [key, label] of M.DETAIL_FIELDS) {
    let value = event[key];
    if (Array.isArray(value)) value = value.join("; ");
    if (value === null || value === undefined || value === "") continue;
    const dd = M.el("dd", value);
    const evidence = (event.field_evidence || {})[key];
    if (evidence) dd.title = `from the text: “${evidence.text}”`;
    list.append(M.el("dt", label), dd);
  }
  return list;
}

function auditList(audit) {
  const section = M.el("section", null, "audit");
  section.append(M.el("h3", "Audit trail"));
  if (!audit.length) section.append(M.el("p", "No changes yet: as the machine coded it.", "hint"));
  const list = M.el("ol");
  for (const entry of audit) {
    const item = M.el("li");
    item.append(M.el("strong", `${entry.action} by ${entry.user}`), M.el("span", ` at ${entry.at.slice(0, 19)}`));
    for (const [name, after] of Object.entries(entry.after)) {
      const before = entry.before[name];
      item.append(M.el("div", `${name}: ${before === undefined ? "" : JSON.stringify(before) + " → "}${JSON.stringify(after)}`, "change"));
    }
    if (entry.note) item.append(M.el("div", `note: ${entry.note}`, "change"));
    list.append(item);
  }
  section.append(list);
  return section;
}

function fieldText(event, name) {
  const value = event[name];
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("; ") : String(value);
}

function options(select, values, chosen) {
  select.replaceChildren(...values.map(([value, label]) => {
    const option = M.el("option", label);
    option.value = value;
    option.selected = value === chosen;
    return option;
  }));
}

// Autocomplete: a datalist filled as the reviewer types, from the actor base or the gazetteer.
function suggest(input, list, fetchOptions) {
  let timer = null;
  input.setAttribute("list", list.id);
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const typed = input.value.split(";").pop().trim();
    if (typed.length < 2) return;
    timer = setTimeout(async () => {
      try {
        list.replaceChildren(...(await fetchOptions(typed)).map((value) => {
          const option = M.el("option");
          option.value = value;
          return option;
        }));
      } catch (error) { /* no suggestions: the field still takes what is typed */ }
    }, 200);
  });
}

function editForm(event, onSaved) {
  const form = M.el("form", null, "edit");
  form.hidden = true;
  const places = new Map();  // "Name (Governorate, Country)" -> the gazetteer place it names
  for (const name of M.EDIT_FIELDS) {
    const label = M.el("label", name);
    let input;
    if (name === "event_type" || name === "sub_event_type" || name === "time_precision") {
      input = M.el("select");
    } else {
      input = M.el("input");
      input.value = fieldText(event, name);
    }
    input.name = name;
    if (name === "event_date") input.type = "date";
    if (NUMERIC.has(name) && name !== "time_precision") { input.type = "number"; input.step = "any"; }
    if (name === "time_precision") options(input, TIME_PRECISION, fieldText(event, name));
    label.append(input);
    if (ACTOR_FIELDS.has(name) || PLACE_FIELDS.has(name)) {
      const list = M.el("datalist");
      list.id = `suggest-${name}`;
      label.append(list);
      suggest(input, list, ACTOR_FIELDS.has(name)
        ? async (typed) => (await M.api(`/api/actors?q=${encodeURIComponent(typed)}`)).slice(0, 10).map((a) => a.name)
        : async (typed) => (await M.api(`/api/places?q=${encodeURIComponent(typed)}`)).map((place) => {
          const shown = `${place.name} (${[place.admin1, place.country].filter(Boolean).join(", ")})`;
          places.set(shown, place);
          return shown;
        }));
    }
    form.append(label);
  }
  const typeSelect = form.elements.event_type;
  const subSelect = form.elements.sub_event_type;
  const fillSubTypes = (chosen) => options(subSelect, (eventTypes[typeSelect.value] || []).map((s) => [s, s]), chosen);
  typeSelect.addEventListener("change", () => fillSubTypes(null));
  (eventTypes ? Promise.resolve(eventTypes) : M.api("/api/event-types")).then((types) => {
    eventTypes = types;
    options(typeSelect, Object.keys(types).map((t) => [t, t]), event.event_type);
    fillSubTypes(event.sub_event_type);
  }).catch((error) => M.setStatus(`Event types: ${error.message}`));
  const note = M.el("label", "note (why)");
  const noteInput = M.el("input");
  noteInput.name = "note";
  note.append(noteInput);
  const save = M.el("button", "Save");
  save.type = "submit";
  form.append(note, save);
  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const fields = {};
    for (const name of M.EDIT_FIELDS) {
      const raw = form.elements[name].value.trim();
      if (raw === fieldText(event, name)) continue;
      if (raw === "" && form.elements[name].tagName === "SELECT") continue;  // choices not loaded yet
      if (LISTS.has(name)) fields[name] = raw.split(";").map((part) => part.trim()).filter(Boolean);
      else fields[name] = raw === "" ? null : NUMERIC.has(name) ? Number(raw) : raw;
    }
    const place = places.get(fields.location);
    if (place) {  // a place chosen from the gazetteer: its id; the server fills admin names and coordinates
      fields.location = place.name;
      fields.geonameid = place.geonameid;
    }
    const origin = places.get(fields.origin_location);
    if (origin) fields.origin_location = origin.name;
    await M.review(event.event_id, { action: "edit", fields, note: noteInput.value || null }, onSaved);
  });
  return form;
}

M.review = async function review(eventId, body, onDone) {
  try {
    const updated = await M.api(`/api/events/${encodeURIComponent(eventId)}`, { method: "PATCH", json: body });
    M.setStatus(`${body.action}: saved`);
    if (onDone) onDone(updated);
    return updated;
  } catch (error) {
    M.setStatus(`Could not ${body.action}: ${error.message}`);
    return null;
  }
};

// Fill `target` with the event; `onChanged(updated)` after a review action.
M.renderEvent = function renderEvent(target, event, onChanged) {
  const parts = [M.el("h2", `${event.event_type} — ${event.sub_event_type}`)];
  parts.push(M.el("p", `${event.event_id} · ${event.review_status}`, "hint"));
  const rerender = (updated) => { M.renderEvent(target, updated, onChanged); if (onChanged) onChanged(updated); };
  if (M.canEdit()) {
    const bar = M.el("div", null, "actions");
    const form = editForm(event, rerender);
    for (const [action, label] of [["confirm", "Confirm"], ["edit", "Edit"], ["reject", "Reject"]]) {
      const button = M.el("button", label);
      button.type = "button";
      button.dataset.action = action;
      button.addEventListener("click", () => {
        if (action === "edit") { form.hidden = !form.hidden; return; }
        M.review(event.event_id, { action }, rerender);
      });
      bar.append(button);
    }
    parts.push(bar, form);
  }
  parts.push(fieldList(event));
  parts.push(M.reportEvidence(event));  // evidence.js
  const weighed = M.el("section", null, "weighed");
  parts.push(weighed);
  if (M.session && M.session.mode !== "public") parts.push(auditList(event.audit || []));
  target.replaceChildren(...parts);
  target.hidden = false;
  M.loadCandidates(weighed, event, rerender);
};
