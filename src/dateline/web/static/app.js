// dateline dashboard: plain JavaScript and SVG, talking to the REST API of the same server.
"use strict";

const QUAD_COLOURS = { 1: "var(--q1)", 2: "var(--q2)", 3: "var(--q3)", 4: "var(--q4)" };
const SVG_NS = "http://www.w3.org/2000/svg";
const state = { meta: null, world: null, offset: 0, limit: 25, total: 0, selectedEvent: null };

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function title(text) { const t = svg("title"); t.textContent = text; return t; }

async function getJSON(url, options = {}) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

function showError(error) { $("#error").textContent = error ? String(error.message || error) : ""; }

function actorText(actor) {
  if (!actor) return "-";
  return actor.name ? `${actor.code} (${actor.name})` : actor.code;
}

function goldsteinColour(value) {
  // -10 red, 0 grey, +10 green
  const t = Math.max(-1, Math.min(1, (value || 0) / 10));
  const grey = [154, 160, 166], end = t < 0 ? [215, 48, 31] : [27, 120, 55];
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
  return `rgb(${mix.join(",")})`;
}

// -- filters --------------------------------------------------------------------------------------
function splitList(text) { return text.split(",").map(s => s.trim()).filter(Boolean); }

function filterParams() {
  const params = new URLSearchParams();
  const since = $("#f-since").value, until = $("#f-until").value, text = $("#f-text").value.trim();
  if (since) params.set("since", since);
  if (until) params.set("until", until);
  for (const a of splitList($("#f-actor").value)) params.append("actor", a);
  for (const c of splitList($("#f-country").value)) params.append("country", c.toUpperCase());
  for (const option of $("#f-type").selectedOptions) params.append("type", option.value);
  for (const box of document.querySelectorAll("#f-quad input:checked")) params.append("quad_class", box.value);
  params.set("modality", $("#f-modality").value);
  if (text) params.set("text", text);
  return params;
}

function restoreFilters(params) {
  $("#f-since").value = params.get("since") || "";
  $("#f-until").value = params.get("until") || "";
  $("#f-actor").value = params.getAll("actor").join(", ");
  $("#f-country").value = params.getAll("country").join(", ");
  const types = new Set(params.getAll("type"));
  for (const option of $("#f-type").options) option.selected = types.has(option.value);
  const quads = new Set(params.getAll("quad_class"));
  for (const box of document.querySelectorAll("#f-quad input")) box.checked = quads.has(box.value);
  $("#f-modality").value = params.get("modality") || "asserted";
  $("#f-text").value = params.get("text") || "";
}

function buildFilterControls(meta) {
  for (const type of meta.plover_types) $("#f-type").append(el("option", { value: type }, type));
  for (const [number, name] of Object.entries(meta.quad_classes)) {
    $("#f-quad").append(el("label", { title: name }, el("input", { type: "checkbox", value: number, id: `f-quad-${number}` }), ` ${number}`));
    $("#quad-legend").append(el("span", {}, el("span", { class: "swatch", style: `background:${QUAD_COLOURS[number]}` }), `${number} ${name}`));
  }
  $("#f-modality").append(el("option", { value: "asserted" }, "asserted"), el("option", { value: "all" }, "all"));
  for (const m of meta.modalities.filter(m => m !== "asserted")) $("#f-modality").append(el("option", { value: m }, m));
}

// -- loading --------------------------------------------------------------------------------------
async function refresh({ keepPage = false } = {}) {
  if (!keepPage) state.offset = 0;
  const params = filterParams();
  history.replaceState(null, "", "#" + params.toString());
  showError(null);
  document.body.dataset.loading = "true";
  try {
    await Promise.all([loadEvents(params), loadTimeline(params), loadNetwork(params), loadMap(params)]);
  } catch (error) {
    showError(error);
  } finally {
    document.body.dataset.loading = "false";
  }
}

async function loadSummary() {
  const stats = await getJSON("/stats");
  const range = stats.first_date ? `, ${stats.first_date} to ${stats.last_date}` : "";
  // an event reported by several articles (grouped into one story) is one event, its reports are mentions
  const distinct = stats.distinct_events ?? stats.events;
  const mentions = distinct !== stats.events ? ` (${stats.events.toLocaleString()} mentions)` : "";
  $("#summary").textContent = `${stats.articles.toLocaleString()} articles, ${distinct.toLocaleString()} events${mentions}${range}`;
}

async function loadEvents(params) {
  const query = new URLSearchParams(params);
  query.set("limit", state.limit);
  query.set("offset", state.offset);
  query.set("order", "desc");
  const page = await getJSON("/events?" + query);
  state.total = page.total;
  const body = $("#events-table tbody");
  body.replaceChildren();
  for (const event of page.events) {
    body.append(el("tr", { class: `q${event.quad_class}`, "data-event": event.id, "data-article": event.article_id,
                           onclick: () => openArticle(event.article_id, event.id) },
      el("td", {}, event.date || ""), el("td", {}, actorText(event.source)),
      el("td", { title: `CAMEO ${event.cameo}` }, `${event.plover} ${event.cameo}`), el("td", {}, actorText(event.target)),
      el("td", { class: "num" }, (event.goldstein >= 0 ? "+" : "") + Number(event.goldstein).toFixed(1)),
      el("td", {}, event.modality), el("td", {}, event.sentence.length > 160 ? event.sentence.slice(0, 160) + "..." : event.sentence)));
  }
  if (!page.events.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "empty" }, "No events match these filters.")));
  const last = Math.min(state.offset + state.limit, page.total);
  $("#events-count").textContent = `${page.total.toLocaleString()} matching`;
  $("#page-info").textContent = page.total ? `${state.offset + 1}-${last} of ${page.total.toLocaleString()}` : "";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = last >= page.total;
}

// -- timeline: events per day, stacked by QuadClass -------------------------------------------------
async function loadTimeline(params) {
  const { days } = await getJSON("/events/timeline?" + params);
  const box = $("#timeline");
  box.replaceChildren();
  if (!days.length) { box.append(el("div", { class: "empty" }, "No dated events.")); return; }
  const dayMs = 86400000, toDay = d => Math.round(Date.parse(d + "T00:00:00Z") / dayMs);
  const first = toDay(days[0].date), last = toDay(days[days.length - 1].date);
  const span = last - first + 1;
  const width = 1000, height = 170, left = 40, bottom = 20, plot = width - left - 10;
  const bins = Math.min(span, plot);            // many days: several days per bar
  const perBin = span / bins;
  const stacks = Array.from({ length: bins }, () => ({ 1: 0, 2: 0, 3: 0, 4: 0, from: null, to: null }));
  for (const d of days) {
    const bin = Math.min(bins - 1, Math.floor((toDay(d.date) - first) / perBin));
    stacks[bin][d.quad_class] += d.events;
    stacks[bin].from = stacks[bin].from || d.date; stacks[bin].to = d.date;
  }
  const max = Math.max(1, ...stacks.map(s => s[1] + s[2] + s[3] + s[4]));
  const scale = (height - bottom - 10) / max, barWidth = plot / bins;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per day" });
  chart.append(svg("line", { class: "axis", x1: left, x2: width - 10, y1: height - bottom, y2: height - bottom }));
  stacks.forEach((stack, i) => {
    let y = height - bottom;
    for (const quad of [1, 2, 3, 4]) {
      if (!stack[quad]) continue;
      const h = stack[quad] * scale;
      y -= h;
      const when = stack.from === stack.to ? stack.from : `${stack.from} to ${stack.to}`;
      const drawn = Math.min(Math.max(barWidth - (barWidth > 3 ? 1 : 0), 0.8), 40);   // few days: no slabs
      chart.append(svg("rect", { x: left + i * barWidth + (barWidth - drawn) / 2, y, width: drawn, height: h,
                                  fill: QUAD_COLOURS[quad], "data-quad": quad, "data-from": stack.from, "data-to": stack.to,
                                  style: "cursor:pointer",
                                  onclick: () => { $("#f-since").value = stack.from; $("#f-until").value = stack.to; refresh(); } },
        title(`${when}: ${stack[quad]} events, QuadClass ${quad}`)));
    }
  });
  const label = (x, y, text, anchor = "start") => { const t = svg("text", { x, y, "text-anchor": anchor }); t.textContent = text; return t; };
  chart.append(label(left - 4, 14, String(max), "end"), label(left - 4, height - bottom, "0", "end"),
               label(left, height - 4, days[0].date), label(width - 10, height - 4, days[days.length - 1].date, "end"));
  box.append(chart);
}

// -- network: who acts on whom ----------------------------------------------------------------------
async function loadNetwork(params) {
  const query = new URLSearchParams(params);
  query.set("edges", 80);
  const { edges } = await getJSON("/events/network?" + query);
  const box = $("#network");
  box.replaceChildren();
  if (!edges.length) { box.append(el("div", { class: "empty" }, "No events with both a source and a target.")); return; }
  const nodes = new Map();
  const node = (code, name) => {
    if (!nodes.has(code)) nodes.set(code, { code, name, weight: 0, x: 0, y: 0, vx: 0, vy: 0 });
    return nodes.get(code);
  };
  for (const e of edges) {
    node(e.source, e.source_name).weight += e.events;
    node(e.target, e.target_name).weight += e.events;
  }
  const list = [...nodes.values()];
  layout(list, edges.map(e => [nodes.get(e.source), nodes.get(e.target), e.events]));
  const width = 600, height = 420, pad = 40;
  const xs = list.map(n => n.x), ys = list.map(n => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = v => pad + (x1 > x0 ? (v - x0) / (x1 - x0) : 0.5) * (width - 2 * pad);
  const sy = v => pad + (y1 > y0 ? (v - y0) / (y1 - y0) : 0.5) * (height - 2 * pad);
  const maxEdge = Math.max(...edges.map(e => e.events)), maxNode = Math.max(...list.map(n => n.weight));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  chart.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7,
                                               markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" },
                                        svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#57606a" }))));
  const active = new Set(splitList($("#f-actor").value).map(a => a.toUpperCase()));
  for (const e of edges) {
    const a = nodes.get(e.source), b = nodes.get(e.target);
    const [ax, ay, bx, by] = [sx(a.x), sy(a.y), sx(b.x), sy(b.y)];
    // bend each edge to its left, so that A->B and B->A stay apart; stop short of the target circle
    const mx = (ax + bx) / 2 - (by - ay) * 0.15, my = (ay + by) / 2 + (bx - ax) * 0.15;
    const r = radius(b.weight, maxNode) + 2, len = Math.hypot(bx - mx, by - my) || 1;
    const ex = bx - (bx - mx) / len * r, ey = by - (by - my) / len * r;
    chart.append(svg("path", { d: `M${ax},${ay} Q${mx},${my} ${ex},${ey}`, fill: "none", stroke: goldsteinColour(e.mean_goldstein),
                               "stroke-width": 1 + 6 * Math.sqrt(e.events / maxEdge), "stroke-opacity": 0.8,
                               "marker-end": "url(#arrow)", class: "edge" },
      title(`${e.source} -> ${e.target}: ${e.events} events, mean Goldstein ${e.mean_goldstein}`)));
  }
  for (const n of list) {
    const r = radius(n.weight, maxNode);
    // right of the circle, unless the code would run past the chart's right edge (then left of it)
    const right = sx(n.x) + r + 2 + n.code.length * 7.5 <= width;
    const label = svg("text", right ? { x: sx(n.x) + r + 2, y: sy(n.y) + 4 }
                                    : { x: sx(n.x) - r - 2, y: sy(n.y) + 4, "text-anchor": "end" });
    label.textContent = n.code;
    chart.append(svg("g", { class: "node" + (active.has(n.code) ? " active" : ""), "data-code": n.code,
                            onclick: () => { $("#f-actor").value = n.code; refresh(); } },
      svg("circle", { cx: sx(n.x), cy: sy(n.y), r }, title(`${n.code} ${n.name || ""}: ${n.weight} events`)), label));
  }
  box.append(chart);
  // the guess of a code's width above misses wide capitals ("MLIGOV"): measured now that it is drawn, a label past an
  // edge moves to the other side of its circle, and one too wide for both is held inside the chart
  for (const label of chart.querySelectorAll(".node text")) {
    let b = label.getBBox();
    if (b.x + b.width > width) {
      const circle = label.previousSibling;
      label.setAttribute("x", Number(circle.getAttribute("cx")) - Number(circle.getAttribute("r")) - 2);
      label.setAttribute("text-anchor", "end");
      b = label.getBBox();
    }
    if (b.x < 0) { label.setAttribute("x", 0); label.setAttribute("text-anchor", "start"); }
  }
}

function radius(weight, max) { return 4 + 10 * Math.sqrt(weight / max); }

function layout(nodes, links) {
  // a small force layout: nodes repel, links pull, everything drifts to the centre
  const n = nodes.length;
  nodes.forEach((node, i) => { node.x = Math.cos(2 * Math.PI * i / n) * 100; node.y = Math.sin(2 * Math.PI * i / n) * 100; });
  const maxWeight = Math.max(...links.map(l => l[2]));
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        const f = 900 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
      const f = (d - 60) * 0.02 * (0.5 + w / maxWeight);
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    for (const node of nodes) {
      node.vx -= node.x * 0.01; node.vy -= node.y * 0.01;
      node.x += Math.max(-10, Math.min(10, node.vx)) * cool;
      node.y += Math.max(-10, Math.min(10, node.vy)) * cool;
      node.vx *= 0.5; node.vy *= 0.5;
    }
  }
}

// -- map: countries shaded by events, dots at located places ----------------------------------------
async function loadMap(params) {
  const [places, world] = await Promise.all([getJSON("/events/places?" + params), loadWorld()]);
  const box = $("#map");
  box.replaceChildren();
  const width = 600, height = 300, top = 84, bottomLat = -58;
  const px = lon => (lon + 180) / 360 * width;
  const py = lat => (top - lat) / (top - bottomLat) * height;
  const max = Math.max(1, ...Object.values(places.countries));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map of events" });
  chart.append(svg("rect", { x: 0, y: 0, width, height, fill: "#f4f8fb" }));
  for (const feature of world.features) {
    if (feature.id === "010") continue;   // Antarctica: no news, and it wraps the pole
    const country = state.meta.countries[feature.id];
    const code = country ? country.alpha3 : null;
    const count = (code && places.countries[code]) || 0;
    const shape = svg("path", { d: geometryPath(feature.geometry, px, py), class: "country", "data-country": code || "" },
                      title(`${feature.properties.name}${code ? " (" + code + ")" : ""}: ${count} events`));
    if (count) shape.style.fill = `rgba(9, 105, 218, ${0.15 + 0.75 * Math.log1p(count) / Math.log1p(max)})`;
    if (code) shape.addEventListener("click", () => { $("#f-country").value = code; refresh(); });
    chart.append(shape);
  }
  const maxPoint = Math.max(1, ...places.points.map(p => p.events));
  for (const p of places.points) {
    const zoomIn = () => { if (p.country) { $("#f-country").value = p.country; refresh(); } };
    chart.append(svg("circle", { class: "place", cx: px(p.lon), cy: py(p.lat), r: 2 + 8 * Math.sqrt(p.events / maxPoint),
                                 style: "cursor:pointer", onclick: zoomIn },
                     title(`${p.name || "?"}${p.country ? ", " + p.country : ""}: ${p.events} events`)));
  }
  box.append(chart);
}

async function loadWorld() {
  if (!state.world) {
    const topology = await getJSON("/static/vendor/world-atlas/countries-110m.json");
    state.world = topojson.feature(topology, topology.objects.countries);
  }
  return state.world;
}

function geometryPath(geometry, px, py) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let shift = 0, previous = null;
      ring.forEach(([lon, lat], i) => {
        // a ring crossing the antimeridian continues past the edge instead of streaking across the map
        if (previous !== null && Math.abs(lon + shift - previous) > 180) shift += lon + shift > previous ? -360 : 360;
        previous = lon + shift;
        d += `${i ? "L" : "M"}${px(lon + shift).toFixed(1)},${py(lat).toFixed(1)}`;
      });
      d += "Z";
    }
  }
  return d;
}

// -- article view -------------------------------------------------------------------------------------
async function openArticle(articleId, eventId = null) {
  let article;
  try { article = await getJSON("/articles/" + encodeURIComponent(articleId)); }
  catch (error) { showError(error); return; }
  state.selectedEvent = eventId;
  const panel = $("#article-panel");
  panel.hidden = false;
  panel.dataset.article = article.id;
  $("#article-title").textContent = article.title || article.id;
  const meta = [`id ${article.id}`, article.source, article.published && `published ${article.published}`, `status ${article.status}`,
                article.duplicate_of && `duplicate of ${article.duplicate_of}`, article.dateline && `dateline ${article.dateline}`]
    .filter(Boolean).join(" · ");
  $("#article-meta").replaceChildren(meta, article.url ? " · " : "", article.url ? el("a", { href: article.url, target: "_blank", rel: "noopener" }, "original") : "");
  renderHighlightedText(article);
  renderArticleEvents(article);
  renderRemoved(article);
  panel.scrollIntoView({ behavior: "instant", block: "start" });
}

function triggerSpans(article) {
  const spans = [];
  const text = article.text || "";
  for (const event of article.events) {
    if (!event.trigger) continue;
    const from = event.sentence_start ?? 0, to = event.sentence_end ?? text.length;
    const at = text.slice(from, to).indexOf(event.trigger);
    if (at >= 0) spans.push({ start: from + at, end: from + at + event.trigger.length, kind: "trigger", event,
                              tip: `${event.plover} ${event.cameo} (${event.modality})` });
  }
  return spans;
}

function renderHighlightedText(article) {
  const text = article.text || "";
  const spans = [
    ...article.mentions.map(m => ({ start: m.start, end: m.end, kind: "actor", tip: `${m.code}${m.name ? " " + m.name : ""} via ${m.via}` })),
    ...triggerSpans(article),
  ].filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = $("#article-text");
  out.replaceChildren();
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;     // overlapping marks: the first one wins
    out.append(text.slice(at, span.start));
    const current = span.event && span.event.id === state.selectedEvent;
    out.append(el("mark", { class: span.kind + (current ? " current" : ""), title: span.tip }, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.append(text.slice(at));
  if (!text) out.append(el("span", { class: "muted" }, `(no clean text: ${article.status}${article.status_detail ? ", " + article.status_detail : ""})`));
}

function renderArticleEvents(article) {
  const list = $("#article-events");
  list.replaceChildren();
  for (const e of article.events) {
    const amounts = (e.amounts || []).map(a => a.text).join(", ");
    list.append(el("li", { class: e.id === state.selectedEvent ? "selected" : "", "data-event": e.id },
      el("strong", {}, `${actorText(e.source)} -${e.plover}-> ${actorText(e.target)}`),
      ` CAMEO ${e.cameo}, Goldstein ${e.goldstein}, ${e.modality}`, e.speaker ? `, said by ${actorText(e.speaker)}` : "",
      amounts ? `, amounts: ${amounts}` : "",
      el("div", { class: "why" }, e.explanation || `rule ${e.pattern}, trigger "${e.trigger}"`)));
  }
  if (!article.events.length) list.append(el("li", { class: "muted" }, "No events coded in this article."));
}

function renderRemoved(article) {
  const list = $("#article-removed");
  list.replaceChildren();
  for (const r of article.removed) {
    list.append(el("li", {}, el("strong", {}, r.kind), r.detail ? ` (${r.detail})` : "", ": ",
                   el("del", {}, r.text.trim().length > 300 ? r.text.trim().slice(0, 300) + "..." : r.text.trim())));
  }
  if (!article.removed.length) list.append(el("li", { class: "muted" }, "Nothing was removed."));
  // the raw text with every removed block struck through where it was
  const raw = article.raw_text || "", pre = $("#article-raw pre");
  pre.replaceChildren();
  let at = 0;
  for (const r of [...article.removed].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    pre.append(raw.slice(at, r.start), el("del", { title: r.kind }, raw.slice(r.start, r.end)));
    at = r.end;
  }
  pre.append(raw.slice(at));
}

// -- paste an article and see it coded ------------------------------------------------------------------
async function submitArticle(event) {
  event.preventDefault();
  const token = $("#paste-token").value.trim();
  localStorage.setItem("dateline-token", token);
  const body = { text: $("#paste-text").value };
  for (const field of ["title", "url", "published", "source"]) {
    const value = $("#paste-" + field).value.trim();
    if (value) body[field] = value;
  }
  const result = $("#paste-result");
  result.replaceChildren("Coding... (the first article loads the language model)");
  $("#paste-submit").disabled = true;
  try {
    const response = await getJSON("/articles", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: "Bearer " + token } : {}) } });
    result.replaceChildren();
    for (const a of response.articles) {
      result.append(el("div", { class: "outcome", "data-status": a.status },
        `${a.id}: ${a.status}${a.duplicate_of ? " of " + a.duplicate_of : ""}, ${a.events} events `,
        el("a", { onclick: () => openArticle(a.id) }, "open")));
    }
    loadSummary();
    await refresh();
    if (response.articles.length === 1) await openArticle(response.articles[0].id);
  } catch (error) {
    result.replaceChildren(el("span", { class: "error", style: "color:var(--conflict)" }, String(error.message || error)));
  } finally {
    $("#paste-submit").disabled = false;
  }
}

// -- start ------------------------------------------------------------------------------------------
async function start() {
  try {
    state.meta = await getJSON("/meta");
  } catch (error) { showError(error); return; }
  buildFilterControls(state.meta);
  restoreFilters(new URLSearchParams(location.hash.slice(1)));
  $("#paste-token").value = localStorage.getItem("dateline-token") || "";
  $("#filters").addEventListener("submit", e => { e.preventDefault(); refresh(); });
  $("#reset").addEventListener("click", () => { restoreFilters(new URLSearchParams()); refresh(); });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(filterParams()).catch(showError); });
  $("#next").addEventListener("click", () => { state.offset += state.limit; loadEvents(filterParams()).catch(showError); });
  $("#paste-form").addEventListener("submit", submitArticle);
  loadSummary().catch(showError);
  await refresh();
  document.body.dataset.ready = "true";
}

start();
