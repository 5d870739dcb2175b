// prensa's corpus dashboard: filter by speaker, outlet and publication date.
// Rows carry data-speaker / data-speakers / data-outlet / data-date; a filter
// hides the rows that do not match and recounts the top speakers from the
// quotations still shown. Text goes in with textContent only, never as HTML.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var controls = { speaker: $("f-speaker"), outlet: $("f-outlet"), from: $("f-from"), to: $("f-to") };
  if (!controls.speaker) { return; }

  function wanted() {
    return {
      speaker: controls.speaker.value,
      outlet: controls.outlet.value,
      from: controls.from.value,
      to: controls.to.value
    };
  }

  function dateOk(f, date) {
    if (!f.from && !f.to) { return true; }
    if (!date) { return false; }
    return (!f.from || date >= f.from) && (!f.to || date <= f.to);
  }

  function speakers(row) {
    if (row.hasAttribute("data-speaker")) { return [row.getAttribute("data-speaker")]; }
    try { return JSON.parse(row.getAttribute("data-speakers") || "[]"); } catch (e) { return []; }
  }

  function matches(f, row) {
    var d = row.dataset;
    if (f.outlet && "outlet" in d && d.outlet !== f.outlet) { return false; }
    if ("date" in d && !dateOk(f, d.date)) { return false; }
    if (f.speaker && (row.hasAttribute("data-speaker") || row.hasAttribute("data-speakers"))) {
      return speakers(row).indexOf(f.speaker) !== -1;
    }
    return true;
  }

  function recount(f, shown) {
    var body = $("top-speakers").tBodies[0];
    var counts = {}, articles = {}, outlets = {}, total = shown.length;
    shown.forEach(function (row) {
      var s = row.dataset.speaker;
      counts[s] = (counts[s] || 0) + 1;
      (articles[s] = articles[s] || {})[row.dataset.article] = true;
      (outlets[s] = outlets[s] || {})[row.dataset.outlet] = true;
    });
    var names = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || a.localeCompare(b, "es");
    });
    while (body.firstChild) { body.removeChild(body.firstChild); }
    names.forEach(function (name, i) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-speaker", name);
      var cells = [i + 1, name, counts[name], (100 * counts[name] / total).toFixed(1) + "%",
        Object.keys(articles[name]).length, Object.keys(outlets[name]).length];
      cells.forEach(function (value, col) {
        var td = document.createElement("td");
        td.textContent = String(value);
        if (col !== 1) { td.className = "num"; }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function apply() {
    var f = wanted();
    var shownQuotes = [];
    document.querySelectorAll("[data-filter]").forEach(function (row) {
      var ok = matches(f, row);
      row.hidden = !ok;
      if (ok && row.getAttribute("data-filter") === "quote") { shownQuotes.push(row); }
    });
    recount(f, shownQuotes);
    var active = f.speaker || f.outlet || f.from || f.to;
    $("filter-status").textContent = active
      ? shownQuotes.length + " quotations match the filter"
      : "no filter: the whole corpus";
    document.documentElement.setAttribute("data-shown", String(shownQuotes.length));
  }

  Object.keys(controls).forEach(function (key) {
    controls[key].addEventListener("change", apply);
    controls[key].addEventListener("input", apply);
  });
  $("f-reset").addEventListener("click", function () {
    Object.keys(controls).forEach(function (key) { controls[key].value = ""; });
    apply();
  });
  // clicking a row of the top speakers filters by that speaker
  $("top-speakers").tBodies[0].addEventListener("click", function (event) {
    var row = event.target.closest("tr[data-speaker]");
    if (row) { controls.speaker.value = row.getAttribute("data-speaker"); apply(); }
  });
  document.documentElement.setAttribute("data-filters", "ready");
})();
