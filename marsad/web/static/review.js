// The review queue: unreviewed events, least confident first; j/k move, c confirm, r reject, e edit.
"use strict";

let queue = [];
let position = 0;

function renderQueue() {
  const list = document.getElementById("queue");
  list.replaceChildren(...queue.map((event, n) => {
    const item = M.el("li", `${event.event_date || "?"} ${event.sub_event_type} — ${event.location || "?"} `
      + `(${Math.round(event.confidence * 100)}%)`);
    item.classList.toggle("selected", n === position);
    item.addEventListener("click", () => { position = n; openCurrent(); });
    return item;
  }));
}

async function openCurrent() {
  renderQueue();
  const target = document.getElementById("review-detail");
  if (!queue.length) { target.replaceChildren(M.el("p", "Nothing left to review. Well done.")); return; }
  const event = await M.api(`/api/events/${encodeURIComponent(queue[position].event_id)}`);
  M.renderEvent(target, event, (updated) => {
    if (updated.review_status !== "unreviewed") advanceAfterReview();
  });
}

function advanceAfterReview() {
  queue.splice(position, 1);
  position = Math.min(position, Math.max(0, queue.length - 1));
  openCurrent();
}

M.loadReview = async function loadReview() {
  const params = M.filterParams(["status"]);
  params.set("status", "unreviewed");
  params.set("sort", "confidence");
  params.set("limit", "200");
  queue = (await M.api(`/api/events?${params}`)).events;
  position = 0;
  await Promise.all([openCurrent(), M.loadPending()]);
};

M.initReview = function initReview() {
  document.addEventListener("keydown", (key) => {
    if (M.state.view !== "review" || !queue.length) return;
    if (["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName)) return;
    const current = queue[position];
    if (key.key === "j") { position = Math.min(queue.length - 1, position + 1); openCurrent(); }
    else if (key.key === "k") { position = Math.max(0, position - 1); openCurrent(); }
    else if (M.canEdit() && key.key === "c") M.review(current.event_id, { action: "confirm" }, advanceAfterReview);
    else if (M.canEdit() && key.key === "r") M.review(current.event_id, { action: "reject" }, advanceAfterReview);
    else if (M.canEdit() && key.key === "e") {
      const form = document.querySelector("#review-detail form.edit");
      if (form) { form.hidden = false; form.elements[0].focus(); key.preventDefault(); }
    }
  });
};
