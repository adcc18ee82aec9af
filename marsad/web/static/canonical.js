// One row per real event: the table's "N reports" cell (with the publishers) on each event that several
// reports told, expandable to the records dedupe linked; the switch between events and records.
"use strict";

M.FILTERS.push("canonical");

function memberRow(member) {
  const row = M.el("tr", null, "member");
  row.dataset.eventId = member.event_id;
  const cells = [member.event_date || "?", "", member.sub_event_type, member.actor1, member.actor2 || "",
    member.location || ""];
  for (const value of cells) row.append(M.el("td", value));
  row.append(M.el("td", member.fatalities, "num"), M.el("td", member.review_status),
    M.el("td", `${member.source || member.doc_id} (${member.matched_by}${member.match ? `: ${member.match}` : ""})`));
  row.addEventListener("click", () => M.showEvent(member.event_id));
  return row;
}

async function toggleMembers(row, event, button) {
  const open = row.classList.toggle("expanded");
  button.setAttribute("aria-expanded", String(open));
  if (!open) {
    let next = row.nextElementSibling;
    while (next && next.classList.contains("member")) { const gone = next; next = next.nextElementSibling; gone.remove(); }
    return;
  }
  try {
    const canonical = await M.api(`/api/canonical-events/${event.canonical_event}`);
    row.after(...canonical.members.map(memberRow));
  } catch (error) {
    M.setStatus(`Could not load the reports: ${error.message}`);
  }
}

// Called by the table for each event row: the last cell says how many reports told the event.
M.decorateRow = function decorateRow(row, event) {
  const cell = M.el("td", null, "reports");
  row.append(cell);
  if (event.report_count === undefined || event.report_count === null) return;  // records, not events
  const count = event.report_count || 1;
  const sources = (event.sources || []).join(", ");
  if (count > 1 && event.canonical_event && M.session.mode !== "public") {
    const button = M.el("button", `${count} reports`, "reports-toggle");
    button.type = "button";
    button.title = `told by ${sources}: show each report's record`;
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", (click) => { click.stopPropagation(); toggleMembers(row, event, button); });
    cell.append(button);
  } else {
    cell.append(M.el("span", count > 1 ? `${count} reports` : "1 report"));
  }
  if (sources) cell.append(M.el("div", sources, "sources"));
};
