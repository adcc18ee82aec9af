// "Places the geoparser weighed": for the event's location, every gazetteer candidate with its score
// (the geoparser re-run on the stored report by the API). Coders can move the event to a candidate.
"use strict";

const CANDIDATE_COLUMNS = ["", "Place", "Governorate", "Country", "Matched", "Score"];

function candidateTable(event, mention, onChanged) {
  const table = M.el("table", null, "candidates");
  const head = M.el("tr");
  for (const name of CANDIDATE_COLUMNS) head.append(M.el("th", name));
  if (M.canEdit()) head.append(M.el("th", ""));
  table.append(M.el("thead"), M.el("tbody"));
  table.tHead.append(head);
  for (const candidate of mention.candidates) {
    const row = M.el("tr");
    row.dataset.geonameid = candidate.geonameid;
    row.classList.toggle("chosen", candidate.chosen);
    const place = M.el("td", candidate.name);
    place.title = [candidate.admin2 && `district ${candidate.admin2}`, candidate.feature_code,
      `${candidate.latitude.toFixed(4)}, ${candidate.longitude.toFixed(4)}`, candidate.geonameid]
      .filter(Boolean).join(" · ");
    row.append(
      M.el("td", candidate.chosen ? "✓" : ""), place, M.el("td", candidate.admin1 || ""),
      M.el("td", candidate.country || ""), M.el("td", `${candidate.matched_name} (${candidate.method})`),
      M.el("td", candidate.score.toFixed(2), "num"),
    );
    if (M.canEdit()) {
      const cell = M.el("td");
      const here = M.el("button", "Use", "small");
      here.title = "Move the event to this place (recorded in the audit trail)";
      here.type = "button";
      here.addEventListener("click", () => M.review(event.event_id, {
        action: "edit",
        fields: { location: candidate.name, latitude: candidate.latitude, longitude: candidate.longitude,
          admin1: candidate.admin1, admin2: candidate.admin2, country: candidate.country },
        note: `place chosen from the geoparser's candidates (${candidate.geonameid})`,
      }, onChanged));
      cell.append(here);
      row.append(cell);
    }
    table.tBodies[0].append(row);
  }
  return table;
}

// Fill `section` (already in the page) once the API answers; a missing gazetteer is said, not thrown.
M.loadCandidates = async function loadCandidates(section, event, onChanged) {
  section.replaceChildren(M.el("h3", "Places the geoparser weighed"), M.el("p", "Loading…", "hint"));
  let answer;
  try {
    answer = await M.api(`/api/events/${encodeURIComponent(event.event_id)}/places`);
  } catch (error) {
    section.replaceChildren(section.firstChild, M.el("p", `Not available: ${error.message}`, "hint"));
    return;
  }
  const parts = [section.firstChild];
  const location = answer.location_mention === null ? null : answer.mentions[answer.location_mention];
  if (location) {
    const relation = location.relation ? ` (${location.relation})` : "";
    parts.push(M.el("p", `For “${location.text}”${relation}, found by ${answer.how}: `
      + `${location.candidates.length} candidate(s), best score first.`, "legend"));
    parts.push(candidateTable(event, location, onChanged));
  } else {
    parts.push(M.el("p", "The geoparser finds no mention of the event's location in the report today.", "hint"));
  }
  const others = answer.mentions.filter((m) => !m.event_location);
  if (others.length) {
    const more = M.el("details");
    more.append(M.el("summary", `Other places named in the report (${others.length})`));
    for (const mention of others) {
      more.append(M.el("h4", `“${mention.text}”`), candidateTable(event, mention, onChanged));
    }
    parts.push(more);
  }
  section.replaceChildren(...parts);
};
