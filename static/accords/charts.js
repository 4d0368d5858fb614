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

  // A figure too large to write into the page comes from its own address (JSON).
  function fetchFigure(el) {
    if (el._accordsFetching) return;
    el._accordsFetching = true;
    el.dataset.figureState = "loading";
    fetch(el.dataset.figureUrl, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (text) {
        var script = document.createElement("script");
        script.type = "application/json";
        script.id = el.dataset.figureId || "fetched-figure";
        script.textContent = text;
        el.insertAdjacentElement("afterend", script);
        el.dataset.figure = script.id;
        draw(el);
      })
      .catch(function (error) {
        console.error("charts.js: the figure could not be fetched", error);
        el.dataset.figureState = "error";
      });
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
      // No plotly toolbar: the figure's own buttons download the view (PNG, SVG, CSV),
      // and on a phone the toolbar would cover the legend.
      displayModeBar: false,
      scrollZoom: false,
      topojsonURL: topojsonURL(el),
      locale: (document.documentElement.lang || "en").toLowerCase(),
    };
  }

  // --- downloads: the view as PNG or SVG, with its title, subtitle, source and licence ---

  function textOf(figure, selector) {
    var node = figure.querySelector(selector);
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function escapeXML(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // Split text into lines of at most `max` characters, at spaces.
  function wrap(text, max) {
    var lines = [], line = "";
    text.split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > max) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + " " + word : word;
      }
    });
    if (line) lines.push(line);
    return lines;
  }

  function citableSVG(el) {
    var figure = el.closest("figure");
    var width = Math.max(el.clientWidth, 640);
    var height = Math.max(el.clientHeight, 360);
    return window.Plotly.toImage(el, { format: "svg", width: width, height: height }).then(
      function (url) {
        var chart = decodeURIComponent(url.slice(url.indexOf(",") + 1));
        var perLine = Math.floor(width / 8.5);
        var title = wrap(textOf(figure, ".chart-title"), Math.floor(width / 12));
        var subtitle = wrap(textOf(figure, ".chart-subtitle"), perLine);
        var source = wrap(textOf(figure, ".chart-source p"), perLine);
        var top = 16 + title.length * 28 + subtitle.length * 20 + 8;
        var bottom = 12 + source.length * 18 + 8;
        var font = 'font-family="system-ui, sans-serif"';
        var out = [];
        var y = 12;
        title.forEach(function (line) {
          y += 28;
          out.push('<text x="16" y="' + y + '" ' + font + ' font-size="22" font-weight="bold" fill="#1F2328">' + escapeXML(line) + "</text>");
        });
        subtitle.forEach(function (line) {
          y += 20;
          out.push('<text x="16" y="' + y + '" ' + font + ' font-size="15" fill="#57606A">' + escapeXML(line) + "</text>");
        });
        y = top + height + 8;
        source.forEach(function (line) {
          y += 18;
          out.push('<text x="16" y="' + y + '" ' + font + ' font-size="13" fill="#57606A">' + escapeXML(line) + "</text>");
        });
        var total = top + height + bottom;
        chart = chart.replace(/^<svg /, '<svg x="0" y="' + top + '" ');
        return {
          width: width,
          height: total,
          svg: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="' +
            width + '" height="' + total + '" viewBox="0 0 ' + width + " " + total + '">' +
            '<rect width="100%" height="100%" fill="#FFFFFF"/>' + out.join("") + chart + "</svg>",
        };
      }
    );
  }

  function save(href, name) {
    var link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function download(button) {
    var figure = button.closest("figure");
    var el = figure && figure.querySelector("[data-figure]");
    if (!el || el.dataset.figureState !== "drawn") return;
    var name = figure.dataset.downloadName || "chart";
    var format = button.dataset.download;
    citableSVG(el).then(function (image) {
      var svgURL = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(image.svg);
      if (format === "svg") return save(svgURL, name + ".svg");
      var img = new Image();
      img.onload = function () {
        var canvas = document.createElement("canvas");
        var scale = 2;
        canvas.width = image.width * scale;
        canvas.height = image.height * scale;
        var context = canvas.getContext("2d");
        context.scale(scale, scale);
        context.drawImage(img, 0, 0);
        save(canvas.toDataURL("image/png"), name + ".png");
      };
      img.onerror = function (e) {
        console.error("charts.js: the image could not be drawn", e);
      };
      img.src = svgURL;
    }, function (error) {
      console.error("charts.js: plotly could not export", error);
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-download]");
    if (button) download(button);
  });

  function showDownloads(el) {
    var figure = el.closest("figure");
    if (!figure) return;
    var buttons = figure.querySelectorAll("button[data-download]");
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
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
    narrow(el, figure.layout || {});
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
        showDownloads(el);
      },
      function (error) {
        console.error("charts.js: plotly could not draw", el.dataset.figure, error);
        el.dataset.figureState = "error";
      }
    );
  }

  // On a phone the timeline's legend goes under the plot (above it, it would wrap over
  // the first rows) and its labels get smaller, so the plot keeps most of the width.
  function narrow(el, layout) {
    if (el.clientWidth >= 600 || !layout.xaxis || layout.xaxis.type !== "date") return;
    layout.margin = Object.assign({}, layout.margin, { t: 16, b: (layout.margin || {}).b + 90 });
    if (layout.height) layout.height += 60;
    var plotHeight = Math.max((layout.height || 400) - layout.margin.t - layout.margin.b, 100);
    layout.legend = Object.assign({}, layout.legend, {
      orientation: "h", x: 0, xanchor: "left", y: -80 / plotHeight, yanchor: "top",
    });
    layout.yaxis = Object.assign({}, layout.yaxis, { tickfont: { size: 12 } });
    layout.xaxis = Object.assign({}, layout.xaxis, { tickfont: { size: 11 }, tickangle: -45 });
  }

  function drawAll(root) {
    var elements = (root || document).querySelectorAll("[data-figure]");
    for (var i = 0; i < elements.length; i++) draw(elements[i]);
    var remote = (root || document).querySelectorAll("[data-figure-url]:not([data-figure])");
    for (var j = 0; j < remote.length; j++) fetchFigure(remote[j]);
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
