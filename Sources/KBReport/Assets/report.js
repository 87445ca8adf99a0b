// The report page: draws the data embedded in #kb-data. No request leaves the page; under
// `alliance-kb serve` evidence the page does not hold is asked of the same server.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("kb-data").textContent);
  var L = D.labels, RTL = D.direction === "rtl";
  var LIVE = document.body.getAttribute("data-live-evidence") === "1";
  var SVGNS = "http://www.w3.org/2000/svg";
  var MAX_MARKS = 2000, MAX_ROWS = 300;
  var STATUS_ORDER = ["member", "suspended", "former-member", "observer", "partner", "applicant", "non-member"];
  var STATUS_MARK = { "member": "M", "suspended": "S", "former-member": "F", "observer": "O", "partner": "P", "applicant": "A", "non-member": "N" };
  var TYPE_COLOURS = ["#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e",
                      "#283593", "#558b2f", "#d84315", "#37474f", "#9e9d24", "#b71c1c", "#00695c"];
  var SHAPES = ["circle", "square", "triangle", "diamond"];

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in (attrs || {})) e.setAttribute(k, attrs[k]);
    return e;
  }
  function name(code) { return (D.names && D.names[code]) || code; }
  function typeName(t) { return D.typeNames[t] || t; }
  function statusName(s) { return D.statusNames[s] || s; }

  var app = document.getElementById("app");
  var layout = el("div", { "class": "layout" });
  var left = el("div");
  var panel = el("aside", { id: "evidence" });
  layout.appendChild(left); layout.appendChild(panel);
  app.appendChild(layout);

  // ---- evidence panel ----
  function showEvidence(ids, heading) {
    panel.innerHTML = "";
    panel.setAttribute("data-open", ids.join(","));
    panel.appendChild(el("h2", null, L.evidence + (heading ? ": " + heading : "")));
    var list = el("div", { id: "evidence-list" });
    panel.appendChild(list);
    ids.forEach(function (id) {
      if (D.evidence[id]) { render(D.evidence[id]); }
      else if (LIVE) {
        fetch("api/evidence?id=" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(render);
      } else { list.appendChild(el("p", { "class": "muted" }, (D.evidenceComplete ? L.noEvidence : L.notInPage.replace("{id}", id)) + " (" + id + ")")); }
    });
    function render(items) {
      items.forEach(function (ev) {
        var item = el("div", { "class": "item", "data-id": ev.id });
        item.appendChild(el("div", { "class": "sentence", dir: "auto" }, ev.sentence || ev.source || ""));
        var meta = [ev.title, ev.published, ev.url, ev.source, ev.fact].filter(function (x) { return x; }).join(" · ");
        item.appendChild(el("div", { "class": "meta" }, meta));
        list.appendChild(item);
      });
    }
  }
  panel.appendChild(el("h2", null, L.evidence));
  panel.appendChild(el("p", { "class": "muted" }, "—"));

  // ---- membership matrix ----
  var msec = el("section", { id: "matrix-section" });
  msec.appendChild(el("h2", null, L.matrix));
  var mctl = el("div", { "class": "controls" });
  var yearSelect = el("select", { id: "year", "aria-label": L.year });
  D.years.forEach(function (y) { yearSelect.appendChild(el("option", { value: String(y) }, String(y))); });
  yearSelect.value = String(D.years[D.years.length - 1]);
  var yearSlider = el("input", { id: "year-slider", type: "range", min: "0", max: String(D.years.length - 1), value: String(D.years.length - 1) });
  mctl.appendChild(el("label", { "for": "year" }, L.year + " "));
  mctl.appendChild(yearSelect); mctl.appendChild(yearSlider);
  msec.appendChild(mctl);
  var legend = el("div", { "class": "legend", id: "legend" });
  legend.appendChild(el("strong", null, L.legend + ":"));
  STATUS_ORDER.forEach(function (s) {
    var span = el("span");
    span.appendChild(el("span", { "class": "sw st-" + s }, STATUS_MARK[s]));
    span.appendChild(document.createTextNode(statusName(s)));
    legend.appendChild(span);
  });
  var dl = el("span"); dl.appendChild(el("span", { "class": "sw disagree", style: "outline:3px dashed #c62828;background:#fff;color:#c62828" }, "!"));
  dl.appendChild(document.createTextNode(L.disagreement)); legend.appendChild(dl);
  msec.appendChild(legend);
  var matrix = el("table", { "class": "matrix", id: "matrix" });
  msec.appendChild(matrix);
  left.appendChild(msec);

  var cellIndex = {};
  D.cells.forEach(function (c) { cellIndex[c.alliance + "|" + c.state] = c; });

  function drawMatrix() {
    var yi = D.years.indexOf(Number(yearSelect.value));
    matrix.innerHTML = "";
    matrix.setAttribute("data-year", yearSelect.value);
    var head = el("tr"); head.appendChild(el("th", null, L.state + " \\ " + L.alliance));
    D.alliances.forEach(function (a) { head.appendChild(el("th", { title: a.name }, a.code)); });
    matrix.appendChild(head);
    D.states.forEach(function (s) {
      var tr = el("tr");
      tr.appendChild(el("th", { "class": "state", title: s.code }, s.name));
      D.alliances.forEach(function (a) {
        var c = cellIndex[a.code + "|" + s.code];
        var st = c && c.statuses[yi];
        var td = el("td", { "class": "cell", "data-alliance": a.code, "data-state": s.code, "data-status": st || "" });
        if (!st) { td.className = "cell empty"; tr.appendChild(td); return; }
        td.className = "cell st-" + st + (c.disagreements[yi] ? " disagree" : "");
        td.textContent = STATUS_MARK[st] + (c.disagreements[yi] ? "!" : "");
        var span = (c.spans[yi] || "").split("/");
        td.title = s.name + " · " + a.code + ": " + statusName(st) +
          (span[0] ? " · " + L.since + " " + span[0] : "") + (span[1] ? " · " + L.until + " " + span[1] : "") +
          (c.disagreements[yi] ? " · " + L.disagreement + ": " + c.disagreements[yi] : "");
        if (c.evidence[yi]) {
          td.setAttribute("data-evidence", c.evidence[yi]);
          td.addEventListener("click", function () { showEvidence([c.evidence[yi]], s.name + " · " + a.code + " · " + yearSelect.value); });
        }
        tr.appendChild(td);
      });
      matrix.appendChild(tr);
    });
  }
  yearSelect.addEventListener("change", function () { yearSlider.value = String(D.years.indexOf(Number(yearSelect.value))); drawMatrix(); });
  yearSlider.addEventListener("input", function () { yearSelect.value = String(D.years[Number(yearSlider.value)]); drawMatrix(); });
  drawMatrix();

  // ---- timeline ----
  var tsec = el("section", { id: "timeline-section" });
  tsec.appendChild(el("h2", null, L.timeline));
  var tctl = el("div", { "class": "controls" });
  function selectOf(id, label, values) {
    var s = el("select", { id: id, "aria-label": label });
    s.appendChild(el("option", { value: "" }, L.all));
    values.forEach(function (v) { s.appendChild(el("option", { value: v[0] }, v[1])); });
    tctl.appendChild(el("label", { "for": id }, label + " "));
    tctl.appendChild(s);
    return s;
  }
  var types = [], actors = {}, AGG = D.aggregate || null;
  D.events.forEach(function (e) { if (types.indexOf(e.type) < 0) types.push(e.type); e.actors.forEach(function (a) { actors[a] = 1; }); });
  if (AGG) {
    AGG.types.forEach(function (t) { if (types.indexOf(t) < 0) types.push(t); });
    Object.keys(AGG.byCode).forEach(function (a) { actors[a] = 1; });
  }
  types.sort();
  var allianceCodes = D.alliances.map(function (a) { return a.code; });
  var stateFilter = selectOf("filter-state", L.state, Object.keys(actors).filter(function (a) { return allianceCodes.indexOf(a) < 0; })
    .map(function (a) { return [a, name(a)]; }).sort(function (x, y) { return x[1].localeCompare(y[1]); }));
  var allianceFilter = selectOf("filter-alliance", L.alliance, D.alliances.map(function (a) { return [a.code, a.code]; }));
  var typeFilter = selectOf("filter-type", L.type, types.map(function (t) { return [t, typeName(t)]; }));
  var count = el("span", { id: "tl-count" });
  tctl.appendChild(count);
  tsec.appendChild(tctl);
  var typeStyle = {};
  types.forEach(function (t, i) { typeStyle[t] = { colour: TYPE_COLOURS[i % TYPE_COLOURS.length], shape: SHAPES[i % SHAPES.length] }; });
  var tlegend = el("div", { "class": "legend", id: "type-legend" });
  types.forEach(function (t) {
    var span = el("span");
    var s = svg("svg", { width: "14", height: "14" }); s.appendChild(shape(typeStyle[t], 7, 7, 5)); span.appendChild(s);
    span.appendChild(document.createTextNode(typeName(t))); tlegend.appendChild(span);
  });
  tsec.appendChild(tlegend);
  var chartBox = el("div", { id: "timeline" });
  tsec.appendChild(chartBox);
  tsec.appendChild(el("h2", null, L.undated));
  var undated = el("ul", { id: "tl-undated" });
  tsec.appendChild(undated);
  var eventsTable = el("table", { "class": "events-list", id: "events-list" });
  tsec.appendChild(eventsTable);
  left.appendChild(tsec);

  function shape(style, x, y, r) {
    var s;
    if (style.shape === "circle") s = svg("circle", { cx: x, cy: y, r: r });
    else if (style.shape === "square") s = svg("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    else if (style.shape === "triangle") s = svg("polygon", { points: [x, y - r, x + r, y + r, x - r, y + r].join(" ") });
    else s = svg("polygon", { points: [x, y - r, x + r, y, x, y + r, x - r, y].join(" ") });
    s.setAttribute("fill", style.colour);
    return s;
  }
  // A fractional year: where a date starts, and where its precision ends.
  function span(e) {
    var p = e.date.split("-"), y = Number(p[0]);
    if (p.length === 1) return [y, y + 1];
    var m = Number(p[1]) - 1;
    if (p.length === 2) return [y + m / 12, y + (m + 1) / 12];
    var d = Number(p[2]) - 1;
    return [y + (m + d / 31) / 12, y + (m + d / 31) / 12];
  }
  function memberAt(alliance, state, year) {
    var c = cellIndex[alliance + "|" + state]; if (!c) return false;
    var yi = D.years.indexOf(year); if (yi < 0) yi = year < D.years[0] ? 0 : D.years.length - 1;
    return c.statuses[yi] === "member";
  }
  function filtered() {
    var st = stateFilter.value, al = allianceFilter.value, ty = typeFilter.value;
    return D.events.filter(function (e) {
      if (ty && e.type !== ty) return false;
      if (st && e.actors.indexOf(st) < 0) return false;
      if (al && e.actors.indexOf(al) < 0) {
        var y = e.date && /^\d{4}/.test(e.date) ? Number(e.date.slice(0, 4)) : null;
        if (y === null || !e.actors.some(function (a) { return memberAt(al, a, y); })) return false;
      }
      return true;
    });
  }
  function describe(e) { return (e.date || "?") + " · " + typeName(e.type) + " · " + e.actors.map(name).join(", "); }

  function listEvents(dated, total) {
    eventsTable.innerHTML = "";
    var h = el("tr");
    [L.date, L.type, L.state, L.articles].forEach(function (x) { h.appendChild(el("th", null, x)); });
    eventsTable.appendChild(h);
    dated.slice(0, MAX_ROWS).forEach(function (e) {
      var tr = el("tr", { "class": "event-row", "data-evidence": e.id });
      [e.date, typeName(e.type), e.actors.map(name).join(", "), String(e.articles)].forEach(function (x) { tr.appendChild(el("td", null, x)); });
      tr.addEventListener("click", function () { showEvidence(e.id.split(","), describe(e)); });
      eventsTable.appendChild(tr);
    });
    if (total > MAX_ROWS) eventsTable.appendChild(el("tr", null, Math.min(MAX_ROWS, dated.length) + " / " + total + " " + L.shown));
  }

  // ---- the timeline of a large knowledge base: counts per type and year, computed when the page
  // was built (D.aggregate), and the most recent events in D.events. The filters pick the counts of
  // one state or one alliance (not both at once: the counts are per code) and of one type.
  function aggregateRows() {
    var st = stateFilter.value, al = allianceFilter.value, ty = typeFilter.value;
    var rows = st ? (AGG.byCode[st] || []) : al ? (AGG.byCode[al] || []) : AGG.counts;
    return rows.filter(function (r) { return !ty || AGG.types[r[0]] === ty; });
  }
  function drawAggregate() {
    var rows = aggregateRows(), total = 0, datedCount = 0, undatedCount = 0;
    rows.forEach(function (r) { total += r[2]; if (r[1]) datedCount += r[2]; else undatedCount += r[2]; });
    count.textContent = total + " " + L.events;
    count.setAttribute("data-count", String(total));
    count.setAttribute("data-dated", String(datedCount));
    var lanes = types.filter(function (t) { return rows.some(function (r) { return r[1] && AGG.types[r[0]] === t; }); });
    var y0 = D.years[0], y1 = D.years[D.years.length - 1] + 1, max = 1;
    rows.forEach(function (r) { if (!r[1]) return; if (r[1] < y0) y0 = r[1]; if (r[1] + 1 > y1) y1 = r[1] + 1; max = Math.max(max, r[2]); });
    var W = 900, labelW = 150, laneH = 26, top = 22, H = top + lanes.length * laneH + 10;
    function X(t) { var x = labelW + (t - y0) / (y1 - y0) * (W - labelW - 10); return RTL ? W - x : x; }
    var chart = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": L.timeline, "data-aggregated": "1" });
    var step = Math.max(1, Math.ceil((y1 - y0) / 15));
    for (var y = y0; y <= y1; y += step) {
      chart.appendChild(svg("line", { x1: X(y), x2: X(y), y1: top - 4, y2: H - 6, stroke: "#eee" }));
      var t = svg("text", { x: X(y), y: 12, "text-anchor": "middle" }); t.textContent = String(y); chart.appendChild(t);
    }
    var embedded = filtered();
    lanes.forEach(function (type, li) {
      var cy = top + li * laneH + laneH / 2, style = typeStyle[type];
      var lab = svg("text", { x: RTL ? W - 4 : 4, y: cy + 4, "text-anchor": RTL ? "end" : "start" }); lab.textContent = typeName(type); chart.appendChild(lab);
      chart.appendChild(svg("line", { x1: X(y0), x2: X(y1), y1: cy, y2: cy, stroke: "#f0f0f0" }));
      rows.forEach(function (r) {
        if (!r[1] || AGG.types[r[0]] !== type) return;
        var year = r[1], a = X(year), b = X(year + 1);
        var bar = svg("rect", { "class": "mark bin", x: Math.min(a, b), y: cy - 8, width: Math.max(2, Math.abs(b - a) - 1), height: 16,
                                fill: style.colour, "fill-opacity": 0.2 + 0.8 * r[2] / max, "data-count": r[2], "data-year": year, "data-type": type });
        var tt = svg("title"); tt.textContent = typeName(type) + " " + year + ": " + r[2] + " " + L.events; bar.appendChild(tt);
        bar.addEventListener("click", function () {
          var here = embedded.filter(function (e) { return e.type === type && Number(e.date.slice(0, 4)) === year; });
          showEvidence(here.slice(0, 20).map(function (e) { return e.id.split(",")[0]; }), typeName(type) + " " + year + ": " + r[2] + " " + L.events);
          if (!here.length) panel.appendChild(el("p", { "class": "muted" }, L.notEmbedded));
        });
        chart.appendChild(bar);
      });
    });
    chartBox.innerHTML = "";
    chartBox.appendChild(el("p", { "class": "muted", id: "tl-aggregated", "data-total": String(AGG.total), "data-embedded": String(AGG.embedded) },
      L.aggregatedNote.replace("{total}", String(AGG.total)).replace("{embedded}", String(AGG.embedded))));
    chartBox.appendChild(chart);
    undated.innerHTML = "";
    undated.appendChild(el("li", { "class": "muted", "data-count": String(undatedCount) }, undatedCount ? undatedCount + " " + L.events : L.none));
    var recent = embedded.filter(function (e) { return e.date && /^\d{4}/.test(e.date); }).reverse();
    listEvents(recent, datedCount);
  }

  function drawTimeline() {
    if (AGG) return drawAggregate();
    var evs = filtered();
    var dated = evs.filter(function (e) { return e.date && /^\d{4}/.test(e.date); });
    var nodate = evs.filter(function (e) { return !(e.date && /^\d{4}/.test(e.date)); });
    count.textContent = evs.length + " " + L.events;
    count.setAttribute("data-count", String(evs.length));
    count.setAttribute("data-dated", String(dated.length));
    var lanes = types.filter(function (t) { return dated.some(function (e) { return e.type === t; }); });
    var y0 = D.years[0], y1 = D.years[D.years.length - 1] + 1;
    dated.forEach(function (e) { var s = span(e); if (s[0] < y0) y0 = Math.floor(s[0]); if (s[1] > y1) y1 = Math.ceil(s[1]); });
    var W = 900, labelW = 150, laneH = 26, top = 22, H = top + lanes.length * laneH + 10;
    function X(t) { var x = labelW + (t - y0) / (y1 - y0) * (W - labelW - 10); return RTL ? W - x : x; }
    var chart = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": L.timeline });
    var step = Math.max(1, Math.ceil((y1 - y0) / 15));
    for (var y = y0; y <= y1; y += step) {
      chart.appendChild(svg("line", { x1: X(y), x2: X(y), y1: top - 4, y2: H - 6, stroke: "#eee" }));
      var t = svg("text", { x: X(y), y: 12, "text-anchor": "middle" }); t.textContent = String(y); chart.appendChild(t);
    }
    var aggregate = dated.length > MAX_MARKS;
    chart.setAttribute("data-aggregated", aggregate ? "1" : "0");
    lanes.forEach(function (type, li) {
      var cy = top + li * laneH + laneH / 2, style = typeStyle[type];
      var lab = svg("text", { x: RTL ? W - 4 : 4, y: cy + 4, "text-anchor": RTL ? "end" : "start" }); lab.textContent = typeName(type); chart.appendChild(lab);
      chart.appendChild(svg("line", { x1: X(y0), x2: X(y1), y1: cy, y2: cy, stroke: "#f0f0f0" }));
      var inLane = dated.filter(function (e) { return e.type === type; });
      if (aggregate) {
        // One bar per year and lane, its opacity by count: a million events stay a few hundred marks.
        var bins = {};
        inLane.forEach(function (e) { var k = Math.floor(span(e)[0]); (bins[k] = bins[k] || []).push(e); });
        var max = 1; for (var k in bins) max = Math.max(max, bins[k].length);
        Object.keys(bins).forEach(function (k) {
          var list = bins[k], a = X(Number(k)), b = X(Number(k) + 1);
          var r = svg("rect", { "class": "mark bin", x: Math.min(a, b), y: cy - 8, width: Math.max(2, Math.abs(b - a) - 1), height: 16,
                                fill: style.colour, "fill-opacity": 0.2 + 0.8 * list.length / max, "data-count": list.length });
          var tt = svg("title"); tt.textContent = typeName(type) + " " + k + ": " + list.length; r.appendChild(tt);
          r.addEventListener("click", function () {
            showEvidence(list.slice(0, 20).map(function (e) { return e.id.split(",")[0]; }), typeName(type) + " " + k);
          });
          chart.appendChild(r);
        });
        return;
      }
      inLane.forEach(function (e) {
        var s = span(e), mark;
        if (s[1] > s[0]) {
          var a = X(s[0]), b = X(s[1]);
          mark = svg("rect", { x: Math.min(a, b), y: cy - 6, width: Math.max(3, Math.abs(b - a)), height: 12, rx: 3,
                               fill: style.colour, "fill-opacity": 0.45, stroke: style.colour });
        } else {
          mark = shape(style, X(s[0]), cy, 6);
        }
        mark.setAttribute("class", "mark event");
        mark.setAttribute("data-evidence", e.id);
        mark.setAttribute("data-precision", e.precision || "");
        var tt = svg("title"); tt.textContent = describe(e); mark.appendChild(tt);
        mark.addEventListener("click", function () { showEvidence(e.id.split(","), describe(e)); });
        chart.appendChild(mark);
      });
    });
    chartBox.innerHTML = "";
    if (aggregate) chartBox.appendChild(el("p", { "class": "muted" }, L.aggregated));
    chartBox.appendChild(chart);

    undated.innerHTML = "";
    nodate.slice(0, MAX_ROWS).forEach(function (e) {
      var li = el("li", { "data-evidence": e.id }, describe(e));
      li.addEventListener("click", function () { showEvidence(e.id.split(","), describe(e)); });
      undated.appendChild(li);
    });
    if (!nodate.length) undated.appendChild(el("li", { "class": "muted" }, L.none));

    listEvents(dated, dated.length);
  }
  [stateFilter, allianceFilter, typeFilter].forEach(function (s) { s.addEventListener("change", drawTimeline); });
  if (AGG) {
    // The counts are per state or per alliance: choosing one clears the other, and the page says so.
    stateFilter.addEventListener("change", function () { if (stateFilter.value && allianceFilter.value) { allianceFilter.value = ""; drawTimeline(); } });
    allianceFilter.addEventListener("change", function () { if (allianceFilter.value && stateFilter.value) { stateFilter.value = ""; drawTimeline(); } });
    tctl.appendChild(el("span", { "class": "muted" }, " " + L.oneCode));
  }
  drawTimeline();

  // ---- conflicts ----
  var csec = el("section", { id: "conflicts-section" });
  csec.appendChild(el("h2", null, L.conflicts));
  var ctab = el("table", { "class": "conflicts", id: "conflicts" });
  var ch = el("tr");
  [L.pair, L.kind, L.first, L.last, L.articles, L.events, L.timeline].forEach(function (x) { ch.appendChild(el("th", null, x)); });
  ctab.appendChild(ch);
  D.conflicts.forEach(function (c) {
    var tr = el("tr", { "class": "conflict-row", "data-evidence": c.id, "data-pair": c.partyA + "-" + c.partyB });
    var between = D.events.filter(function (e) { return e.actors.indexOf(c.partyA) >= 0 && e.actors.indexOf(c.partyB) >= 0; });
    // Aggregated, D.events holds only the most recent events: the count is the conflict's own.
    [name(c.partyA) + " – " + name(c.partyB), c.kind || "", c.firstReported || "", c.lastReported || "", String(c.articles),
     String(AGG ? c.events : between.length)].forEach(function (x) { tr.appendChild(el("td", null, x)); });
    var W = 220, strip = svg("svg", { width: W, height: 16 }), y0 = D.years[0], y1 = D.years[D.years.length - 1] + 1;
    strip.appendChild(svg("line", { x1: 0, x2: W, y1: 8, y2: 8, stroke: "#ccc" }));
    between.filter(function (e) { return e.date && /^\d{4}/.test(e.date); }).forEach(function (e) {
      var x = (span(e)[0] - y0) / (y1 - y0) * (W - 8) + 4; if (RTL) x = W - x;
      var m = shape(typeStyle[e.type], x, 8, 4); var tt = svg("title"); tt.textContent = describe(e); m.appendChild(tt);
      m.setAttribute("class", "mark");
      m.addEventListener("click", function (ev) { ev.stopPropagation(); showEvidence(e.id.split(","), describe(e)); });
      strip.appendChild(m);
    });
    var td = el("td"); td.appendChild(strip); tr.appendChild(td);
    tr.addEventListener("click", function () { showEvidence([c.id], name(c.partyA) + " – " + name(c.partyB)); });
    ctab.appendChild(tr);
  });
  if (!D.conflicts.length) csec.appendChild(el("p", { "class": "muted" }, L.none));
  csec.appendChild(ctab);
  left.appendChild(csec);

  // ---- the state in the address: #year=2013&type=summit&state=ARM&alliance=CSTO&evidence=e:3 ----
  // Set through the same controls a reader uses, so that a link (or a headless browser) shows one view.
  function applyHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("="); if (i > 0) params[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
    });
    var controls = { year: yearSelect, type: typeFilter, state: stateFilter, alliance: allianceFilter };
    for (var k in controls) {
      if (params[k] !== undefined) { controls[k].value = params[k]; controls[k].dispatchEvent(new Event("change")); }
    }
    if (params.evidence) {
      var target = document.querySelector('[data-evidence="' + params.evidence.replace(/"/g, "") + '"]');
      if (target) target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    }
  }
  window.addEventListener("hashchange", applyHash);
  applyHash();
  document.body.setAttribute("data-ready", "1");
})();
