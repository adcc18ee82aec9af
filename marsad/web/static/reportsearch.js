// Report search: with words in the Text filter, the reports whose text has them are listed under the
// table (GET /api/reports?q=), each opening to the events coded from it. The events table itself matches
// the report text too (the API's q). Text nodes only.
"use strict";

const REPORTS_SHOWN = 10;

function reportItem(report) {
  const item = M.el("li", null, "found-report");
  item.dataset.reportId = String(report.id);
  const head = M.el("button", report.title || report.doc_id, "report-title");
  head.type = "button";
  head.setAttribute("aria-expanded", "false");
  const meta = M.el("span", ` ${report.published || ""} · ${report.source || ""} · ${report.event_count} event(s)`,
    "hint");
  const snippet = M.el("blockquote", `${report.text}${report.text.length >= 300 ? "…" : ""}`);
  const events = M.el("ul", null, "report-events");
  head.addEventListener("click", async () => {
    const open = head.getAttribute("aria-expanded") !== "true";
    head.setAttribute("aria-expanded", String(open));
    if (!open) { events.replaceChildren(); return; }
    try {
      const full = await M.api(`/api/reports/${report.id}`);
      events.replaceChildren(...(full.events || []).map((event) => {
        const link = M.el("button", `${event.event_date || "?"} ${event.sub_event_type} — ${event.location || ""}`,
          "report-event");
        link.type = "button";
        link.addEventListener("click", () => M.showEvent(event.event_id));
        const li = M.el("li");
        li.append(link);
        return li;
      }));
    } catch (error) {
      events.replaceChildren(M.el("li", `Could not load its events: ${error.message}`, "error"));
    }
  });
  item.append(head, meta, snippet, events);
  return item;
}

M.loadReportSearch = async function loadReportSearch() {
  const box = document.getElementById("found-reports");
  const words = M.form().elements.q.value.trim();
  if (!words) { box.hidden = true; box.replaceChildren(); return; }
  try {
    const page = await M.api(`/api/reports?${new URLSearchParams({ q: words, limit: String(REPORTS_SHOWN) })}`);
    const title = M.el("h2", `Reports with “${words}”: ${page.total}`);
    const list = M.el("ol");
    list.append(...page.reports.map(reportItem));
    box.replaceChildren(title, list);
    box.dataset.total = String(page.total);
    box.hidden = false;
  } catch (error) {
    box.replaceChildren(M.el("p", `Report search: ${error.message}`, "error"));
    box.hidden = false;
  }
};

M.onFiltersChanged(() => M.loadReportSearch());
