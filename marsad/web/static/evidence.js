// Evidence where the analyst looks: the report text with each field's evidence highlighted in its own
// colour (trigger, actors, place, date, counts, attribution; the event's own spans beneath them), a key to
// the colours and a link to the original page. Built from text nodes and <mark> elements only. A public
// server's page shows none of it: no report text, no spans, no link.
"use strict";

// Field of field_evidence -> the kind of evidence it is; the first kind listed wins where spans overlap.
M.EVIDENCE_KINDS = [
  ["trigger", "trigger", ["trigger"]],
  ["actor", "actors", ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]],
  ["place", "place", ["location", "admin1", "admin2", "admin3", "origin_location"]],
  ["date", "date", ["event_date"]],
  ["count", "count", ["fatalities", "injured", "detained", "fighters", "vehicles"]],
  ["attribution", "attribution", ["source_attribution"]],
  ["origin", "came from", []],  // origins.0, origins.1, ... (movements)
  ["destination", "went to", []],  // destinations.0, ...
  ["event", "the event", []],
];
const KIND_OF = new Map();
for (const [kind, , fields] of M.EVIDENCE_KINDS) for (const field of fields) KIND_OF.set(field, kind);
const RANK = new Map(M.EVIDENCE_KINDS.map(([kind], index) => [kind, index]));

// [{start, end, kinds: [kind...], fields: [field...]}]: the text cut wherever a span starts or ends.
M.evidenceSegments = function evidenceSegments(event, length) {
  const spans = (event.evidence || []).map((e) => ({ start: e.start, end: e.end, field: "event", kind: "event" }));
  for (const [field, e] of Object.entries(event.field_evidence || {})) {
    const kind = field.startsWith("origins.") ? "origin" : field.startsWith("destinations.") ? "destination"
      : KIND_OF.get(field) || "event";
    spans.push({ start: e.start, end: e.end, field, kind });
  }
  const cuts = new Set();
  for (const span of spans) {
    span.start = Math.max(0, Math.min(span.start, length));
    span.end = Math.max(span.start, Math.min(span.end, length));
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (!covering.length) continue;
    const kinds = [...new Set(covering.map((span) => span.kind))].sort((a, b) => RANK.get(a) - RANK.get(b));
    const previous = segments[segments.length - 1];
    const fields = [...new Set(covering.map((span) => span.field))];
    // one mark for a run the same spans cover, so a phrase stays one piece
    if (previous && previous.end === start && previous.fields.join() === fields.join()) previous.end = end;
    else segments.push({ start, end, kinds, fields });
  }
  return segments;
};

function evidenceKey(segments) {
  const used = new Set(segments.map((segment) => segment.kinds[0]));
  const key = M.el("p", "Highlighted: ", "evidence-key legend");
  for (const [kind, label] of M.EVIDENCE_KINDS) {
    if (!used.has(kind)) continue;
    // spans, not marks: the report's highlights are the only <mark> elements of the panel
    key.append(M.el("span", label, `ev-key ev-${kind}`), document.createTextNode(" "));
  }
  return key;
}

// The report's section of the event panel: title, link to the original, key, highlighted text.
M.reportEvidence = function reportEvidence(event) {
  const section = M.el("section", null, "report-evidence");
  if (!event.report || (M.session && M.session.mode === "public")) return section;
  const report = event.report;
  section.append(M.el("h3", `Report ${report.title ? `“${report.title}”` : ""}`));
  if (report.url && /^https?:\/\//i.test(report.url)) {
    const link = M.el("a", `Original: ${report.url}`, "original");
    link.href = report.url;
    link.rel = "noopener noreferrer nofollow";
    link.target = "_blank";
    section.append(link);
  }
  const text = report.text || "";
  const segments = M.evidenceSegments(event, text.length);
  section.append(evidenceKey(segments));
  const pre = M.el("pre", null, "report-text");
  let cursor = 0;
  for (const segment of segments) {
    pre.append(document.createTextNode(text.slice(cursor, segment.start)));
    const mark = M.el("mark", text.slice(segment.start, segment.end), `ev-${segment.kinds[0]}`);
    mark.dataset.fields = segment.fields.join(" ");
    mark.title = `evidence for: ${segment.fields.join(", ")}`;
    pre.append(mark);
    cursor = segment.end;
  }
  pre.append(document.createTextNode(text.slice(cursor)));
  section.append(pre);
  return section;
};
