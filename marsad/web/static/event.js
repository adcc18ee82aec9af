// One event: its fields, the report with the evidence highlighted, the edit form, the audit trail.
"use strict";

M.DETAIL_FIELDS = [
  ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
  ["assoc_actor_1", "With"], ["actor2", "Actor 2"], ["assoc_actor_2", "With"], ["location", "Location"],
  ["admin1", "Governorate"], ["admin2", "District"], ["latitude", "Latitude"], ["longitude", "Longitude"],
  ["geo_precision", "Geo precision"], ["time_precision", "Time precision"], ["fatalities", "Fatalities"],
  ["source", "Source"], ["source_attribution", "According to"], ["notes", "Notes"],
  ["confidence", "Confidence"], ["why", "Why coded so"], ["review_status", "Review"],
];
M.EDIT_FIELDS = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1",
  "admin2", "latitude", "longitude", "geo_precision", "fatalities", "notes"];
const NUMERIC = new Set(["latitude", "longitude", "geo_precision", "fatalities"]);

// Spans for highlighting: the event's evidence and each field's, merged where they overlap.
M.evidenceSpans = function evidenceSpans(event) {
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
};

function reportText(text, spans) {
  const pre = M.el("pre", null, "report-text");
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    pre.append(document.createTextNode(text.slice(cursor, start)));
    const mark = M.el("mark", text.slice(start, end));
    mark.title = `evidence for: ${[...new Set(span.labels)].join(", ")}`;
    pre.append(mark);
    cursor = end;
  }
  pre.append(document.createTextNode(text.slice(cursor)));
  return pre;
}

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

function editForm(event, onSaved) {
  const form = M.el("form", null, "edit");
  form.hidden = true;
  for (const name of M.EDIT_FIELDS) {
    const label = M.el("label", name);
    const input = M.el("input");
    input.name = name;
    input.value = event[name] === null || event[name] === undefined ? "" : String(event[name]);
    if (name === "event_date") input.type = "date";
    if (NUMERIC.has(name)) { input.type = "number"; input.step = "any"; }
    label.append(input);
    form.append(label);
  }
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
      const old = event[name] === null || event[name] === undefined ? "" : String(event[name]);
      if (raw === old) continue;
      fields[name] = raw === "" ? null : NUMERIC.has(name) ? Number(raw) : raw;
    }
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
  parts.push(M.el("h3", `Report ${event.report.title ? `“${event.report.title}”` : ""}`));
  parts.push(M.el("p", "Highlighted: the spans of the report that support this event.", "legend"));
  parts.push(reportText(event.report.text, M.evidenceSpans(event)));
  const weighed = M.el("section", null, "weighed");
  parts.push(weighed);
  if (M.session && M.session.mode !== "public") parts.push(auditList(event.audit || []));
  target.replaceChildren(...parts);
  target.hidden = false;
  M.loadCandidates(weighed, event, rerender);
};
