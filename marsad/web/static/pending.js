// New actors the pipeline found that the actor base lacks, beside the event queue. Admins decide:
// n/p next/previous, a accept (joins the actor base), x reject. Coders see the list, read-only.
"use strict";

let pending = [];
let pendingPosition = 0;

M.isAdmin = () => Boolean(M.session && M.session.role === "admin" && M.session.mode !== "public");

function describePending(actor) {
  const parts = [];
  const d = actor.descriptors || {};
  if (d.inter) parts.push(`inter ${d.inter}`);
  if (d.backed_by && d.backed_by.length) parts.push(`backed by ${d.backed_by.join(", ")}`);
  if (d.part_of) parts.push(`part of ${d.part_of}`);
  if (actor.doc_id) parts.push(`from ${actor.doc_id}`);
  return parts.join(" · ");
}

function renderPending() {
  const list = document.getElementById("pending");
  document.getElementById("pending-count").textContent = pending.length ? `(${pending.length})` : "(none)";
  list.replaceChildren(...pending.map((actor, n) => {
    const item = M.el("li", null, "pending-actor");
    item.dataset.id = String(actor.id);
    item.classList.toggle("selected", n === pendingPosition);
    item.append(M.el("strong", actor.name), " ", M.el("span", describePending(actor), "legend"));
    if (actor.evidence) item.append(M.el("blockquote", `“${actor.evidence.text}”`));
    if (M.isAdmin()) {
      const actions = M.el("div", null, "actions");
      const accept = M.el("button", "Accept (a)");
      accept.type = "button";
      accept.addEventListener("click", () => decidePending(n, "accept"));
      const reject = M.el("button", "Reject (x)");
      reject.type = "button";
      reject.addEventListener("click", () => decidePending(n, "reject"));
      actions.append(accept, reject);
      item.append(actions);
    }
    item.addEventListener("click", () => { pendingPosition = n; renderPending(); });
    return item;
  }));
}

async function decidePending(n, action) {
  const actor = pending[n];
  if (!actor) return;
  try {
    const done = await M.api(`/api/pending-actors/${actor.id}`, { method: "POST", json: { action } });
    M.setStatus(action === "accept" ? `${done.name} added to the actor base as ${done.actor_id}`
      : `${done.name} rejected`);
    pending.splice(n, 1);
    pendingPosition = Math.min(pendingPosition, Math.max(0, pending.length - 1));
    renderPending();
  } catch (error) {
    M.setStatus(`Could not ${action} ${actor.name}: ${error.message}`);
  }
}

M.loadPending = async function loadPending() {
  pending = await M.api("/api/pending-actors");
  pendingPosition = 0;
  renderPending();
};

M.initPending = function initPending() {
  document.addEventListener("keydown", (key) => {
    if (M.state.view !== "review" || !pending.length) return;
    if (["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement.tagName)) return;
    if (key.key === "n") { pendingPosition = Math.min(pending.length - 1, pendingPosition + 1); renderPending(); }
    else if (key.key === "p") { pendingPosition = Math.max(0, pendingPosition - 1); renderPending(); }
    else if (M.isAdmin() && key.key === "a") decidePending(pendingPosition, "accept");
    else if (M.isAdmin() && key.key === "x") decidePending(pendingPosition, "reject");
  });
};
