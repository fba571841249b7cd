// The desk's little JavaScript: every change goes through the JSON API (/v1/...).
"use strict";

async function api(method, url, body) {
  const options = {method, headers: {}, credentials: "same-origin"};
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url, options);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((data && data.detail) || response.statusText);
  return data;
}

function say(text, isError) {
  const box = document.getElementById("message");
  if (!box) return;
  box.textContent = text;
  box.className = "message" + (isError ? " error" : "");
  box.hidden = false;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}

function highlight(text, findings) {
  const spans = findings.filter(f => f.span && !f.on_target).sort((a, b) => a.span[0] - b.span[0]);
  let out = "", pos = 0;
  for (const f of spans) {
    const [start, end] = f.span;
    if (start < pos) continue;
    out += escapeHtml(text.slice(pos, start));
    out += `<mark class="sev-${f.severity}" title="${escapeHtml(f.code)}">${escapeHtml(text.slice(start, end))}</mark>`;
    pos = end;
  }
  return out + escapeHtml(text.slice(pos));
}

function renderFindings(list, findings) {
  list.innerHTML = "";
  if (!findings.length) { list.innerHTML = '<li class="finding none">No findings.</li>'; return; }
  for (const f of findings) {
    const li = document.createElement("li");
    li.className = "finding sev-" + f.severity;
    li.innerHTML = `<div><span class="sev">${f.severity.toUpperCase()}</span> <code>${escapeHtml(f.code)}</code> ` +
      `${escapeHtml(f.category)} · ${Math.round(f.confidence * 100)}% sure</div>` +
      `<div class="msg">${escapeHtml(f.message)}</div>` +
      (f.lesson ? `<div class="lesson">Why: ${escapeHtml(f.lesson)}</div>` : "") +
      (f.suggestion ? `<div class="suggestion">Instead: ${escapeHtml(f.suggestion)}</div>` : "");
    list.appendChild(li);
  }
}

const KIND_LABEL = {brand: "BRAND ACCOUNT", personal: "PERSONAL ACCOUNT", employee: "EMPLOYEE ACCOUNT"};

function setupComposer() {
  const form = document.getElementById("composer");
  if (!form) return;
  const select = document.getElementById("account-select");
  const action = document.getElementById("action-select");
  const banner = document.getElementById("target-account");
  const text = document.getElementById("post-text");
  let timer = null, sequence = 0;

  function account() {
    const o = select.selectedOptions[0];
    return o ? o.dataset : null;
  }
  function showAccount() {
    const a = account();
    if (!a) { banner.className = "account-banner"; banner.textContent = "No account you may post to."; return; }
    banner.className = "account-banner kind-" + a.kind;
    banner.innerHTML = `<span class="kind">${KIND_LABEL[a.kind]}</span> <span class="handle">${escapeHtml(a.handle)}</span>` +
      ` <span class="network">on ${escapeHtml(a.network)}${a.brand ? " · " + escapeHtml(a.brand) : ""}</span>`;
  }
  function caseNow() {
    const a = account() || {};
    const data = new FormData(form);
    const c = {id: "composer", text: data.get("text"), action: data.get("action"),
      account: {handle: a.handle || "", network: a.network || "", kind: a.kind || "brand",
                brand: a.brand || "", markets: a.markets ? a.markets.split(",").filter(Boolean) : []}};
    if (data.get("target_text") || data.get("target_author"))
      c.target = {text: data.get("target_text") || "", author: data.get("target_author") || ""};
    return c;
  }
  async function liveCheck() {
    const c = caseNow();
    const mine = ++sequence;
    if (!c.text.trim() && !(c.target && c.target.text)) {
      document.getElementById("preview").innerHTML = "";
      document.getElementById("live-verdict").textContent = "";
      document.getElementById("live-findings").innerHTML = "";
      return;
    }
    try {
      const verdict = await api("POST", "/v1/check?desk_context=true", c);
      if (mine !== sequence) return;
      document.getElementById("preview").innerHTML = highlight(c.text, verdict.findings);
      const v = document.getElementById("live-verdict");
      v.textContent = "Verdict now: " + verdict.decision;
      v.className = "live-verdict dec-" + verdict.decision;
      renderFindings(document.getElementById("live-findings"), verdict.findings);
    } catch (e) { say(e.message, true); }
  }
  function schedule() { clearTimeout(timer); timer = setTimeout(liveCheck, 350); }
  form.addEventListener("input", schedule);
  select.addEventListener("change", () => { showAccount(); schedule(); });
  action.addEventListener("change", () => {
    document.getElementById("target-fields").hidden = !["reply", "like", "repost"].includes(action.value);
  });
  document.getElementById("personal-switch").addEventListener("change", e => {
    location.href = "/compose" + (e.target.checked ? "?personal=true" : "");
  });
  document.getElementById("save-draft").addEventListener("click", async () => {
    const data = new FormData(form);
    const a = account();
    if (!a) return say("Choose an account first.", true);
    try {
      const draft = await api("POST", "/v1/drafts", {
        account_id: Number(data.get("account_id")), action: data.get("action"), text: data.get("text"),
        target_text: data.get("target_text") || "", target_author: data.get("target_author") || "",
        target_ref: data.get("target_ref") || "",
        personal_switch: document.getElementById("personal-switch").checked});
      location.href = "/drafts/" + draft.id;
    } catch (e) { say(e.message, true); }
  });
  showAccount();
}

function setupActions() {
  document.querySelectorAll("[data-act]").forEach(button => button.addEventListener("click", async () => {
    const id = button.closest("[data-draft]")?.dataset.draft || document.querySelector("[data-draft]").dataset.draft;
    const act = button.dataset.act;
    try {
      if (act === "submit") await api("POST", `/v1/drafts/${id}/submit`);
      if (act === "approve") {
        const reason = document.getElementById("override-reason");
        await api("POST", `/v1/drafts/${id}/approve`, {override_reason: reason ? reason.value : ""});
      }
      if (act === "schedule") {
        const value = document.getElementById("schedule-at").value;
        await api("POST", `/v1/drafts/${id}/schedule`, {at: value ? new Date(value).toISOString() : null});
      }
      if (act === "publish") await api("POST", `/v1/drafts/${id}/publish`);
      if (act === "delete") await api("DELETE", `/v1/drafts/${id}`);
      if (act === "unpublish") {
        if (!confirm("Delete this from the network? People may already have seen it.")) return;
        await api("POST", `/v1/drafts/${id}/unpublish`);
      }
      if (act === "edit") await api("PUT", `/v1/drafts/${id}`, {text: document.getElementById("edit-text").value});
      location.reload();
    } catch (e) { say(e.message, true); }
  }));
  document.querySelectorAll("[data-cancel]").forEach(b => b.addEventListener("click", async () => {
    try { await api("POST", `/v1/publications/${b.dataset.cancel}/cancel`); location.reload(); }
    catch (e) { say(e.message, true); }
  }));
  const pause = document.querySelector("[data-pause]");
  if (pause) pause.addEventListener("click", async () => {
    const reason = prompt("Why pause all publishing? The team sees this on every screen.");
    if (!reason) return;
    try { await api("POST", "/v1/pause", {reason}); location.reload(); } catch (e) { say(e.message, true); }
  });
  document.querySelectorAll("[data-resume]").forEach(b => b.addEventListener("click", async () => {
    const account = b.dataset.resume ? Number(b.dataset.resume) : null;
    try {
      const r = await api("POST", "/v1/resume", {account_id: account});
      alert(`Resumed. ${r.moved_to_review} overdue post(s) moved to the review queue.`);
      location.reload();
    } catch (e) { say(e.message, true); }
  }));
  const logout = document.querySelector("[data-logout]");
  if (logout) logout.addEventListener("click", async e => {
    e.preventDefault(); await api("POST", "/v1/logout"); location.href = "/login";
  });
  const addEvent = document.getElementById("add-event");
  if (addEvent) addEvent.addEventListener("click", async () => {
    const data = new FormData(document.getElementById("event-form"));
    try { await api("POST", "/v1/events", {headline: data.get("headline"), place: data.get("place") || "", source: "web"}); location.reload(); }
    catch (e) { say(e.message, true); }
  });
}

function formJson(id) {
  return Object.fromEntries(new FormData(document.getElementById(id)).entries());
}

function setupTeam() {
  const bind = (id, handler) => {
    const el = document.getElementById(id);
    if (el) el.addEventListener("click", async () => {
      try { await handler(); } catch (e) { say(e.message, true); }
    });
  };
  bind("new-token", async () => {
    const made = await api("POST", "/v1/tokens", formJson("token-form"));
    const box = document.getElementById("token-once");
    box.textContent = "Copy it now, it is not shown again:\n" + made.token;
    box.hidden = false;
  });
  bind("add-account", async () => {
    const f = formJson("account-form");
    f.markets = f.markets.split(",").map(m => m.trim()).filter(Boolean);
    f.approvals_required = Number(f.approvals_required || 1);
    await api("POST", "/v1/accounts", f); location.reload();
  });
  bind("add-user", async () => { await api("POST", "/v1/users", formJson("user-form")); location.reload(); });
  bind("grant", async () => {
    const f = formJson("access-form");
    await api("POST", `/v1/accounts/${f.account_id}/members`, {user_id: Number(f.user_id)});
    say("Access given.");
  });
  document.querySelectorAll("[data-pause-account]").forEach(b => b.addEventListener("click", async () => {
    const reason = prompt("Why pause this account? The team sees it on every screen.");
    if (!reason) return;
    try { await api("POST", "/v1/pause", {reason, account_id: Number(b.dataset.pauseAccount)}); location.reload(); }
    catch (e) { say(e.message, true); }
  }));
  document.querySelectorAll("[data-revoke]").forEach(b => b.addEventListener("click", async () => {
    try { await api("DELETE", `/v1/tokens/${b.dataset.revoke}`); location.reload(); }
    catch (e) { say(e.message, true); }
  }));
}

document.addEventListener("DOMContentLoaded", () => { setupComposer(); setupActions(); setupTeam(); });
