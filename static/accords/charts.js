/*
 * Draws the plotly figures built by accords/charts.py.  No inline script is needed, so a
 * strict Content-Security-Policy (script-src 'self') works:
 *
 *   <figure>
 *     <div class="chart chart-map" data-figure="map-figure"
 *          data-topojson-url="{% static 'vendor/topojson/' %}"></div>
 *     <figcaption>...</figcaption>
 *   </figure>
 *   {{ figure|json_script:"map-figure" }}
 *   <script src="{% static 'vendor/plotly-geo.min.js' %}" defer></script>
 *   <script src="{% static 'vendor/plotly-locale-id.js' %}" defer></script>
 *   <script src="{% static 'accords/charts.js' %}" defer></script>
 *
 * - data-figure names the id of a <script type="application/json"> holding
 *   {"data": [...], "layout": {...}}.
 * - data-topojson-url is the folder of the map geometry (ending in "/") or the URL of
 *   world_50m.json itself (a hashed name is fine: the file name is dropped).  Without it
 *   the folder is found next to this script (../vendor/topojson/), never on a CDN.
 * - A click on a mark whose customdata is a same-origin URL opens that page.
 * - After every htmx swap the page is scanned again: new charts are drawn, charts whose
 *   JSON changed are redrawn with Plotly.react, removed charts are purged.
 * - data-figure-state on the element is "drawn" or "error" once plotly has finished (the
 *   browser tests wait for it).
 */
(function () {
  "use strict";

  // Where this file was served from: the vendored geometry sits beside it.
  var scriptSrc = document.currentScript && document.currentScript.src;
  var defaultTopojsonURL = scriptSrc ? new URL("../vendor/topojson/", scriptSrc).href : null;

  function topojsonURL(el) {
    var value = el.dataset.topojsonUrl;
    if (!value) return defaultTopojsonURL;
    // plotly asks for <topojsonURL>world_50m.json: give it the folder.
    return new URL(value.replace(/[^/]*\.json(\?.*)?$/, ""), window.location.href).href;
  }

  function readFigure(el) {
    var source = document.getElementById(el.dataset.figure);
    if (!source) {
      console.error("charts.js: no figure JSON with id", el.dataset.figure);
      return null;
    }
    return source.textContent;
  }

  function urlOf(point) {
    var value = point && point.customdata;
    if (Array.isArray(value)) value = value[0];
    if (typeof value !== "string" || value === "") return null;
    var url;
    try {
      url = new URL(value, window.location.href);
    } catch (e) {
      return null;
    }
    // Only pages of this site: never a javascript: or another origin's URL from data.
    return url.origin === window.location.origin ? url : null;
  }

  function onClick(event) {
    var url = urlOf(event.points && event.points[0]);
    if (!url) return;
    var mouse = event.event || {};
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button === 1) {
      window.open(url.href, "_blank", "noopener");
    } else {
      window.location.assign(url.href);
    }
  }

  function config(el) {
    return {
      responsive: true,
      displaylogo: false,
      scrollZoom: false,
      topojsonURL: topojsonURL(el),
      locale: (document.documentElement.lang || "en").toLowerCase(),
      modeBarButtonsToRemove: ["select2d", "lasso2d"],
    };
  }

  function draw(el) {
    if (typeof window.Plotly === "undefined") {
      console.error("charts.js: plotly is not loaded");
      el.dataset.figureState = "error";
      return;
    }
    var text = readFigure(el);
    if (text === null) {
      el.dataset.figureState = "error";
      return;
    }
    if (el._accordsFigureText === text) return; // already showing this figure
    var figure;
    try {
      figure = JSON.parse(text);
    } catch (e) {
      console.error("charts.js: figure JSON does not parse", e);
      el.dataset.figureState = "error";
      return;
    }
    var redraw = el._accordsFigureText !== undefined;
    if (!redraw) {
      // htmx's history snapshots keep plotly's old DOM but not its state: start clean.
      var stale = el.querySelectorAll(":scope > .plot-container");
      for (var i = 0; i < stale.length; i++) stale[i].remove();
    }
    el._accordsFigureText = text;
    el.dataset.figureState = "drawing";
    var plot = redraw ? window.Plotly.react : window.Plotly.newPlot;
    plot(el, figure.data || [], figure.layout || {}, config(el)).then(
      function () {
        if (!redraw) el.on("plotly_click", onClick);
        el.dataset.figureState = "drawn";
      },
      function (error) {
        console.error("charts.js: plotly could not draw", el.dataset.figure, error);
        el.dataset.figureState = "error";
      }
    );
  }

  function drawAll(root) {
    var elements = (root || document).querySelectorAll("[data-figure]");
    for (var i = 0; i < elements.length; i++) draw(elements[i]);
  }

  function purge(el) {
    if (el._accordsFigureText === undefined) return;
    if (window.Plotly) window.Plotly.purge(el);
    delete el._accordsFigureText;
    delete el.dataset.figureState;
  }

  // htmx calls this for every element it removes (and each of its descendants).
  document.addEventListener("htmx:beforeCleanupElement", function (event) {
    if (event.target.matches && event.target.matches("[data-figure]")) purge(event.target);
  });
  // After a swap: the chart may be new, or only its JSON may have been replaced.
  document.addEventListener("htmx:afterSettle", function () {
    drawAll(document);
  });
  document.addEventListener("htmx:historyRestore", function () {
    drawAll(document);
  });

  window.AccordsCharts = { drawAll: drawAll, purge: purge };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      drawAll(document);
    });
  } else {
    drawAll(document);
  }
})();
