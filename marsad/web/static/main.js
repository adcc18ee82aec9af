// Start-up: the session (mode, user, CSRF token), the login form, switching screens, the filter form.
"use strict";

const SCREENS = ["explore", "network", "review", "submit"];
let started = false;

function showView(view) {
  M.state.view = SCREENS.includes(view) ? view : "explore";
  for (const name of SCREENS) document.getElementById(`view-${name}`).hidden = name !== M.state.view;
  for (const link of document.querySelectorAll("#views a")) {
    link.classList.toggle("active", link.dataset.view === M.state.view);
  }
  M.writeAddress();
  const loaders = { explore: M.loadExplore, network: M.loadNetwork, review: M.loadReview, submit: async () => {} };
  loaders[M.state.view]().catch((error) => M.setStatus(`Could not load: ${error.message}`));
}

function showSession() {
  const session = M.session;
  const banner = document.getElementById("banner");
  banner.textContent = session.banner;
  banner.hidden = !session.banner;
  document.getElementById("who-name").textContent = session.user ? `${session.user} (${session.role})` : "";
  document.getElementById("logout").hidden = !(session.mode === "login" && session.user);
  const loggedIn = session.role !== null;
  document.getElementById("login").hidden = loggedIn;
  document.getElementById("app").hidden = !loggedIn;
  for (const link of document.querySelectorAll('#views a[data-view="submit"], #views a[data-view="review"]')) {
    link.hidden = !M.canEdit();
  }
  if (loggedIn && !started) {
    started = true;
    M.initExplore();
    M.initReview();
    M.initPending();
    M.initSubmit();
    M.onFiltersChanged(() => {
      if (M.state.view === "network") M.loadNetwork();
      if (M.state.view === "review") M.loadReview();
    });
    showView(M.state.view);
  }
}

async function start() {
  M.readAddress();
  M.session = await M.api("/api/session");
  showSession();
  document.getElementById("login-form").addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const form = submit.target;
    try {
      M.session = await M.api("/api/login", {
        method: "POST", json: { name: form.elements.name.value, password: form.elements.password.value },
      });
      form.reset();
      showSession();
    } catch (error) {
      document.getElementById("login-error").textContent = error.message;
    }
  });
  document.getElementById("logout").addEventListener("click", async () => {
    await M.api("/api/logout", { method: "POST" });
    window.location.reload();
  });
  for (const link of document.querySelectorAll("#views a")) {
    link.addEventListener("click", (click) => { click.preventDefault(); showView(link.dataset.view); });
  }
  const filters = M.form();
  filters.addEventListener("submit", (submit) => { submit.preventDefault(); M.filtersChanged("form"); });
  filters.addEventListener("reset", () => setTimeout(() => M.filtersChanged("form"), 0));
}

start().catch((error) => M.setStatus(`Could not start: ${error.message}`));
