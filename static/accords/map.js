/*
 * The map's date slider.  The slider moves over the dates on which some country's status
 * changed (a JSON list of [ISO date, label] in #map-change-dates, labels written by the
 * server like every other date on the page); it has no name, so the form submits only the
 * date field, which the slider fills in.  The form's htmx attributes do the rest: a change
 * anywhere in the form fetches the map for the date and pushes the URL.  Without
 * JavaScript the slider stays hidden and the date field with its button works alone.
 */
(function () {
  "use strict";

  function setup() {
    var slider = document.getElementById("as-of-slider");
    var field = document.getElementById("as-of-date");
    var output = document.getElementById("as-of-output");
    var source = slider && document.getElementById(slider.dataset.dates);
    if (!slider || !field || !source) return;
    var dates = JSON.parse(source.textContent);
    if (!dates.length) return;
    // The site writes English dates the British way ("6 January 2021").
    var lang = document.documentElement.lang || "en";
    var format = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
      year: "numeric", month: "long", day: "numeric", timeZone: "UTC",
    });

    function label(iso) {
      for (var i = 0; i < dates.length; i++) if (dates[i][0] === iso) return dates[i][1];
      return format.format(new Date(iso + "T00:00:00Z"));
    }

    function show(iso) {
      output.textContent = label(iso);
      slider.setAttribute("aria-valuetext", label(iso));
    }

    // The last change on or before a date (ISO strings compare like dates).
    function indexFor(iso) {
      var found = 0;
      for (var i = 0; i < dates.length; i++) if (dates[i][0] <= iso) found = i;
      return found;
    }

    slider.addEventListener("input", function () {
      field.value = dates[Number(slider.value)][0];
      show(field.value);
    });
    field.addEventListener("change", function () {
      if (field.value) {
        slider.value = String(indexFor(field.value));
        show(field.value);
      }
    });
    slider.closest(".slider-field").hidden = false;
    show(field.value || dates[Number(slider.value)][0]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
