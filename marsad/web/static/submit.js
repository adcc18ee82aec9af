// Submit a report (text, URL or file) and watch the background job until its events are stored.
"use strict";

function jobLine(job) {
  const item = M.el("li");
  item.dataset.job = job.id;
  item.append(M.el("span", `${job.kind} · ${job.status} · ${job.progress}`, `job ${job.status}`));
  if (job.error) item.append(M.el("div", job.error, "error"));
  for (const report of job.reports) {
    for (const eventId of report.event_ids) {
      const link = M.el("a", eventId);
      link.href = `?event=${encodeURIComponent(eventId)}`;
      item.append(M.el("span", " "), link);
    }
    if (!report.event_ids.length) item.append(M.el("span", " no events found in this report"));
  }
  return item;
}

async function watch(job) {
  const list = document.getElementById("jobs");
  let line = jobLine(job);
  list.prepend(line);
  while (job.status === "queued" || job.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await M.api(`/api/jobs/${job.id}`);
    const next = jobLine(job);
    line.replaceWith(next);
    line = next;
  }
}

M.initSubmit = function initSubmit() {
  const form = document.getElementById("submit-form");
  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const text = form.elements.text.value.trim();
    const url = form.elements.url.value.trim();
    const file = form.elements.file.files[0];
    const published = form.elements.published.value || null;
    try {
      let job;
      if (file) {
        const data = new FormData();
        data.append("file", file);
        if (published) data.append("published", published);
        job = await M.api("/api/reports/upload", { method: "POST", form: data });
      } else {
        job = await M.api("/api/reports", { method: "POST", json: text ? { text, published } : { url, published } });
      }
      form.reset();
      await watch(job);
    } catch (error) {
      M.setStatus(`Could not submit: ${error.message}`);
    }
  });
};
