// The chatrisk review page. Chat text is data: it is only ever put in the
// page with textContent (through `el` below), never parsed as markup, and
// links are built from case numbers only. Tokens go in the Authorization
// header (never a cookie), so another site cannot act as the reviewer.
"use strict";

(() => {
  const SVG = "http://www.w3.org/2000/svg";
  const VERDICTS = ["sextortion", "scam", "benign", "unsure"];
  const $ = (id) => document.getElementById(id);

  const state = {
    token: sessionStorage.getItem("chatrisk.token") || "",
    reviewer: localStorage.getItem("chatrisk.reviewer") || "",
    session: null,
    cases: [],
    selected: 0,
    current: null,
  };

  // Element builder: attributes are set one by one, children are nodes or
  // strings (which become text nodes).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.append(c);
    }
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const caseHref = (n) => "#/case/" + Number(n);
  const pct = (r) => (Number(r) * 100).toFixed(0) + "%";
  const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
  function heat(r) {
    const x = Math.max(0, Math.min(1, Number(r) || 0));
    return "hsl(" + Math.round(120 * (1 - x)) + ", 75%, " + Math.round(88 - 40 * x) + "%)";
  }

  async function api(path, opts) {
    opts = opts || {};
    const headers = Object.assign({}, opts.headers || {});
    if (state.token) headers["Authorization"] = "Bearer " + state.token;
    const r = await fetch(path, Object.assign({}, opts, { headers, credentials: "omit", cache: "no-store" }));
    if (r.status === 401) {
      showLogin("The token was not accepted.");
      throw new Error("unauthorized");
    }
    return r;
  }

  async function apiJson(path, opts) {
    const r = await api(path, opts);
    const body = await r.json().catch(() => ({ error: "unreadable answer (" + r.status + ")" }));
    if (!r.ok) {
      const e = new Error(body.error || "request failed (" + r.status + ")");
      e.status = r.status;
      throw e;
    }
    return body;
  }

  function show(which) {
    for (const id of ["login", "queue-view", "case-view"]) $(id).hidden = id !== which;
  }

  function showLogin(message) {
    show("login");
    $("login-error").textContent = message && state.token ? message : "";
    $("token").focus();
  }

  async function startSession() {
    try {
      state.session = await apiJson("/v1/cases/session");
    } catch (e) {
      return false;
    }
    const s = state.session;
    $("who").textContent = s.reviewer ? "signed in as " + s.reviewer : "";
    $("reviewer").parentElement.hidden = Boolean(s.reviewer);
    return true;
  }

  // ---- queue -------------------------------------------------------------

  function filters() {
    const q = new URLSearchParams();
    for (const f of ["level", "label", "lang", "state", "verdict", "indicator"]) {
      const v = $("f-" + f).value.trim();
      if (v) q.set(f, v);
    }
    return q;
  }

  function fillSelect(id, values) {
    const s = $(id);
    const keep = s.value;
    while (s.options.length > 1) s.remove(1);
    for (const v of values) s.append(el("option", { value: v, text: v }));
    s.value = values.includes(keep) ? keep : "";
  }

  async function loadQueue() {
    let body;
    try {
      body = await apiJson("/v1/cases?" + filters().toString());
    } catch (e) {
      $("queue-count").textContent = e.message;
      return;
    }
    fillSelect("f-label", body.facets.label || []);
    fillSelect("f-lang", body.facets.lang || []);
    state.cases = body.cases;
    state.selected = Math.min(state.selected, Math.max(0, state.cases.length - 1));
    $("queue-count").textContent =
      body.cases.length + " shown · " + body.facets.total + " cases, " + body.facets.open + " open";
    renderQueue();
  }

  function renderQueue() {
    const tbody = $("queue").tBodies[0];
    tbody.replaceChildren();
    state.cases.forEach((c, i) => {
      const bar = el("span", { class: "bar" }, el("i"));
      bar.firstChild.style.width = pct(c.risk);
      const tr = el(
        "tr",
        { "data-case": c.case, class: i === state.selected ? "selected" : "" },
        el("td", {}, bar, pct(c.risk)),
        el("td", {}, el("span", { class: "level " + c.level, text: c.level })),
        el("td", { text: c.label }),
        el("td", { class: "conv", text: short(c.id, 80) }),
        el("td", { text: c.lang || "" }),
        el("td", { text: String(c.messages) }),
        el("td", { class: "muted", text: short(c.source, 40) }),
        el("td", { class: "verdict", text: c.verdict || "open" }),
      );
      tr.addEventListener("click", () => {
        state.selected = i;
        openSelected();
      });
      tbody.append(tr);
    });
  }

  function moveSelection(d) {
    if (!state.cases.length) return;
    state.selected = Math.max(0, Math.min(state.cases.length - 1, state.selected + d));
    renderQueue();
    const row = $("queue").tBodies[0].rows[state.selected];
    if (row) row.scrollIntoView({ block: "nearest" });
  }

  function openSelected() {
    const c = state.cases[state.selected];
    if (c) location.hash = caseHref(c.case);
  }

  // ---- upload ------------------------------------------------------------

  function contentType(name) {
    const n = name.toLowerCase();
    if (n.endsWith(".zip")) return "application/zip";
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return "application/x-ndjson";
    if (n.endsWith(".json")) return "application/json";
    if (n.endsWith(".txt")) return "text/plain";
    return "application/octet-stream";
  }

  async function upload(files) {
    const log = $("upload-log");
    for (const f of files) {
      const line = el("li", { text: f.name + ": uploading…" });
      log.prepend(line);
      try {
        const r = await apiJson("/v1/cases?filename=" + encodeURIComponent(f.name), {
          method: "POST",
          headers: { "Content-Type": contentType(f.name) },
          body: f,
        });
        let text = f.name + ": " + r.added + " new case" + (r.added === 1 ? "" : "s");
        if (r.duplicates) text += ", " + r.duplicates + " already here";
        if (r.errors) text += ", " + r.errors + " not readable (" + r.failed.map((e) => e.error).join("; ") + ")";
        line.textContent = text;
      } catch (e) {
        line.textContent = f.name + ": " + e.message;
        line.className = "error";
      }
    }
    await loadQueue();
  }

  // ---- case view ---------------------------------------------------------

  function times(view) {
    const t = view.map((m) => (m.ts ? Date.parse(m.ts) : NaN));
    const valid = t.filter((x) => !Number.isNaN(x));
    if (valid.length < 2 || valid[valid.length - 1] <= valid[0]) return null;
    // Messages without a time sit at their neighbour's.
    let last = valid[0];
    return t.map((x) => (Number.isNaN(x) ? last : (last = x)));
  }

  // The escalation timeline: running risk and the first appearance of each
  // stage, on the chat's own time axis (message order when it has no times).
  // Stage labels go in rows above the plot: each in the first row where it
  // does not touch the previous label (widths estimated from the 10-unit
  // font), flipped to end at its dot when it would run off the right edge.
  function stageLabels(stages, x, right) {
    const CHAR = 6.2, GAP = 10;
    const rowsEnd = [];
    return stages.map((st) => {
      const text = st.stage.replace(/_/g, " ") + " · #" + st.message;
      const cx = x(st.message);
      const w = text.length * CHAR;
      const flip = cx + 6 + w > right;
      const start = flip ? cx - 6 - w : cx + 6;
      let row = rowsEnd.findIndex((end) => end + GAP <= start);
      if (row < 0) {
        row = rowsEnd.length;
        rowsEnd.push(-Infinity);
      }
      rowsEnd[row] = Math.max(rowsEnd[row], flip ? cx + 4 : start + w);
      return { text, cx, row, flip };
    });
  }

  function timeline(c) {
    const W = 900, L = 36, R = 12, B = 24, PLOT = 92;
    const view = c.view;
    const ts = times(view);
    const n = Math.max(1, view.length - 1);
    const t0 = ts ? ts[0] : 0, t1 = ts ? ts[ts.length - 1] : n;
    const x = (i) => L + ((ts ? ts[i] : i) - t0) / (t1 - t0 || 1) * (W - L - R);
    const labels = stageLabels(c.report.stages || [], x, W - 2);
    const rows = labels.reduce((m, l) => Math.max(m, l.row + 1), 1);
    const T = 10 + rows * 13, H = T + PLOT + B;
    const y = (r) => T + (1 - r) * (H - T - B);
    const s = svg("svg", { id: "timeline", viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "escalation timeline" });
    s.append(svg("rect", { x: L, y: T, width: W - L - R, height: H - T - B, fill: "#fafbfc", stroke: "#d9dde5" }));
    for (const r of [0, 0.5, 1]) {
      s.append(svg("line", { x1: L, x2: W - R, y1: y(r), y2: y(r), stroke: "#eceff3" }));
      s.append(svg("text", { x: 4, y: y(r) + 3 }, pct(r)));
    }
    const pts = view.filter((m) => m.risk !== null && m.risk !== undefined).map((m) => x(m.index).toFixed(1) + "," + y(m.risk).toFixed(1));
    if (pts.length) s.append(svg("polyline", { points: pts.join(" "), fill: "none", stroke: "#c62828", "stroke-width": 2 }));
    for (const m of view) {
      if (m.stages.length) s.append(svg("line", { x1: x(m.index), x2: x(m.index), y1: T, y2: H - B, stroke: "#b69cf0", "stroke-dasharray": "2,3" }));
    }
    for (const l of labels) {
      const cy = T - 8 - l.row * 13;
      s.append(svg("circle", { cx: l.cx, cy, r: 4, fill: "#6d28d9" }));
      s.append(svg("text", { x: l.flip ? l.cx - 6 : l.cx + 6, y: cy + 3, "text-anchor": l.flip ? "end" : "start" }, l.text));
    }
    const label = (i) => (ts && view[i].ts ? view[i].ts.replace("T", " ").slice(0, 16) : "message " + i);
    s.append(svg("text", { x: L, y: H - 6 }, label(0)));
    s.append(svg("text", { x: W - R, y: H - 6, "text-anchor": "end" }, label(view.length - 1)));
    return s;
  }

  function messageRow(m, win) {
    const heatCell = el("div", { class: "heat", title: m.risk === null ? "" : "risk " + pct(m.risk) });
    heatCell.style.backgroundColor = m.risk === null ? "transparent" : heat(m.risk);
    const body = el("div", { class: "body" });
    for (const seg of m.segments) {
      if (seg.signals && seg.signals.length) {
        body.append(el("mark", { class: "ev", title: seg.signals.join(", "), "data-signals": seg.signals.join(" ") }, seg.text));
      } else {
        body.append(seg.text);
      }
    }
    const tags = el("div", { class: "tags" });
    for (const st of m.stages) tags.append(el("span", { class: "tag", text: st.replace(/_/g, " ") }));
    const inWindow = win && m.index >= win[0] && m.index <= win[1];
    return el(
      "div",
      { class: "msg" + (m.system ? " system" : "") + (inWindow ? " window" : ""), "data-index": m.index },
      heatCell,
      el("div", { class: "meta" }, el("b", { text: m.sender || "(app)" }), "#" + m.index + (m.ts ? " · " + m.ts.replace("T", " ") : "")),
      el("div", {}, tags, body),
    );
  }

  function verdictPanel(c) {
    const current = c.verdict;
    const buttons = el("div", { class: "verdict-buttons" });
    VERDICTS.forEach((v, i) => {
      const b = el("button", { type: "button", "data-verdict": v, class: current === v ? "current" : "" }, el("kbd", { text: String(i + 1) }), " " + v);
      b.addEventListener("click", () => recordVerdict(v));
      buttons.append(b);
    });
    buttons.append(el("span", { id: "verdict-status", class: "muted", text: current ? "current verdict: " + current + " (revision " + c.revision + ")" : "not reviewed yet" }));
    const history = el("ol", { class: "history" });
    for (const h of c.history) {
      history.append(el("li", { text: h.verdict + " by " + h.reviewer + " at " + h.at + " (model " + h.model_version + ")" + (h.note ? ": " + h.note : "") }));
    }
    return el("section", { class: "panel" }, el("h3", { text: "Verdict" }), buttons,
      el("textarea", { id: "note", placeholder: "Note (optional; press n to write, Esc to leave)" }),
      c.history.length ? history : null);
  }

  function indicatorPanel(c) {
    const list = el("ul");
    for (const ind of c.indicators) {
      const others = el("span", { class: "muted" });
      if (ind.ignored) {
        others.append(" · known legitimate (helpline, bank or government): not linked");
      } else if (ind.cases.length) {
        others.append(" · also in ");
        ind.cases.forEach((o, i) => {
          if (i) others.append(", ");
          others.append(el("a", { href: caseHref(o.case), title: o.id, text: "case " + Number(o.case) }));
        });
      } else {
        others.append(" · in no other case");
      }
      const filter = el("a", { href: "#/", text: "queue" });
      filter.addEventListener("click", (e) => {
        e.preventDefault();
        $("f-indicator").value = ind.value;
        location.hash = "#/";
        route();
      });
      list.append(el("li", {}, el("b", { text: ind.kind + " " }), el("code", { text: ind.value }), others, " · ", filter));
    }
    if (!c.indicators.length) list.append(el("li", { class: "muted", text: "none found" }));
    return el("section", { class: "panel indicators" }, el("h3", { text: "Indicators" }), list);
  }

  async function showCase(id) {
    show("case-view");
    const root = $("case-view");
    let c;
    try {
      c = await apiJson("/v1/cases/" + Number(id));
    } catch (e) {
      root.replaceChildren(el("p", { class: "error", text: e.message }));
      return;
    }
    state.current = c;
    const idx = state.cases.findIndex((x) => x.case === c.case);
    if (idx >= 0) state.selected = idx;
    const r = c.report;
    const head = el("div", { class: "case-head" },
      el("h2", { text: "Case " + Number(c.case) }),
      el("span", { class: "conv", text: c.id }),
      el("span", { class: "level " + c.level, text: c.level + " " + pct(c.risk) }),
      el("span", { text: "model says " + c.label }),
      el("span", { class: "muted", id: "model-version", text: "model " + c.model_version }),
      el("span", { class: "muted", title: "SHA-256 " + c.source_sha256, text: "from " + c.source }));
    const messages = el("div", { class: "messages", id: "messages" });
    for (const m of c.view) messages.append(messageRow(m, r.window));
    const side = el("div", {}, verdictPanel(c), indicatorPanel(c),
      el("section", { class: "panel" }, el("h3", { text: "Scores" }),
        el("ul", {}, ...Object.entries(r.scores).map(([k, v]) => el("li", { text: k + " " + pct(v) }))),
        r.first_alert_message !== null ? el("p", { text: "first alert at message #" + r.first_alert_message }) : null));
    root.replaceChildren(head, el("section", { class: "panel" }, el("h3", { text: "Escalation timeline" }), timeline(c)),
      el("div", { class: "grid" }, messages, side));
  }

  async function recordVerdict(v) {
    const c = state.current;
    if (!c) return;
    const status = $("verdict-status");
    const reviewer = state.session && state.session.reviewer ? undefined : state.reviewer.trim();
    if (reviewer === "") {
      status.textContent = "enter your name as reviewer (top right) first";
      status.className = "error";
      $("reviewer").focus();
      return;
    }
    try {
      const rec = await apiJson("/v1/cases/" + Number(c.case) + "/verdict", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ verdict: v, note: $("note").value, reviewer, revision: c.revision }),
      });
      await showCase(c.case);
      const s = $("verdict-status");
      s.textContent = "recorded " + rec.verdict + " (revision " + rec.revision + ")";
      s.className = "ok";
      loadQueue();
    } catch (e) {
      status.textContent = e.message + (e.status === 409 ? " (reloaded: check and decide again)" : "");
      status.className = "error";
      if (e.status === 409) {
        await showCase(c.case);
        $("verdict-status").textContent = e.message;
        $("verdict-status").className = "error";
      }
    }
  }

  async function exportLabels() {
    const r = await api("/v1/cases/export");
    if (!r.ok) return;
    const blob = await r.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: "labels.jsonl" });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // ---- routing and keys ----------------------------------------------------

  async function route() {
    const m = /^#\/case\/(\d+)$/.exec(location.hash);
    if (m) {
      if (!state.cases.length) await loadQueue();
      return showCase(Number(m[1]));
    }
    state.current = null;
    show("queue-view");
    await loadQueue();
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT");
    if (typing) {
      if (e.key === "Escape") t.blur();
      return;
    }
    const inCase = !$("case-view").hidden && state.current;
    if (e.key === "j" || e.key === "k") {
      const d = e.key === "j" ? 1 : -1;
      if (inCase) {
        const next = state.cases[state.selected + d];
        if (next) {
          state.selected += d;
          location.hash = caseHref(next.case);
        }
      } else {
        moveSelection(d);
      }
    } else if ((e.key === "Enter" || e.key === "o") && !inCase) {
      openSelected();
    } else if (inCase && ["1", "2", "3", "4"].includes(e.key)) {
      recordVerdict(VERDICTS[Number(e.key) - 1]);
    } else if (inCase && e.key === "n") {
      $("note").focus();
    } else if (inCase && (e.key === "u" || e.key === "Escape")) {
      location.hash = "#/";
    } else {
      return;
    }
    e.preventDefault();
  }

  function init() {
    $("reviewer").value = state.reviewer;
    $("reviewer").addEventListener("input", () => {
      state.reviewer = $("reviewer").value;
      localStorage.setItem("chatrisk.reviewer", state.reviewer);
    });
    $("login-save").addEventListener("click", async () => {
      state.token = $("token").value.trim();
      sessionStorage.setItem("chatrisk.token", state.token);
      if (await startSession()) route();
    });
    $("export").addEventListener("click", exportLabels);
    $("files").addEventListener("change", (e) => upload(Array.from(e.target.files)).then(() => (e.target.value = "")));
    const drop = $("upload");
    drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
    drop.addEventListener("dragleave", () => drop.classList.remove("over"));
    drop.addEventListener("drop", (e) => {
      e.preventDefault();
      drop.classList.remove("over");
      upload(Array.from(e.dataTransfer.files));
    });
    for (const f of ["level", "label", "lang", "state", "verdict"]) $("f-" + f).addEventListener("change", () => { state.selected = 0; loadQueue(); });
    let timer = 0;
    $("f-indicator").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => { state.selected = 0; loadQueue(); }, 250); });
    $("filters").addEventListener("submit", (e) => e.preventDefault());
    document.addEventListener("keydown", onKey);
    window.addEventListener("hashchange", route);
    startSession().then((ok) => { if (ok) route(); });
  }

  init();
})();
