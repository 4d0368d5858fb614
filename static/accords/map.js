/*
 * The map frame's time control.  The slider covers every day from 1 January of the first
 * year with a step to today (its value is a number of days from data-start); the step
 * buttons jump to the previous or next day on which some country's status changed (a
 * JSON list of ISO dates in #map-change-dates); Play steps forward through those days.
 * The slider has no name: the form submits only the date field, which the slider fills
 * in, and the form's htmx attributes fetch the frame for that date (and the tab and
 * region) and push its URL.  Without JavaScript the time bar stays hidden and the date
 * field, the region menu, the tab links and the Show button work alone.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var PLAY_STEP_MS = 1600;

  function setup() {
    var form = document.getElementById("map-controls");
    var slider = document.getElementById("as-of-slider");
    var field = document.getElementById("as-of-date");
    var output = document.getElementById("as-of-output");
    if (!form || !slider || !field || !output) return;
    var source = document.getElementById(slider.dataset.dates);
    var dates = source ? JSON.parse(source.textContent) : [];
    var start = Date.parse(slider.dataset.start + "T00:00:00Z");
    var play = document.getElementById("map-play");
    var back = document.getElementById("map-step-back");
    var forward = document.getElementById("map-step-forward");
    var tabField = document.getElementById("map-tab");
    var viewField = document.getElementById("map-view");
    var timer = null;

    // The site writes English dates the British way ("6 January 2021").
    var lang = document.documentElement.lang || "en";
    var format = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : lang, {
      year: "numeric", month: "long", day: "numeric", timeZone: "UTC",
    });

    function isoOf(offset) {
      return new Date(start + Number(offset) * DAY).toISOString().slice(0, 10);
    }
    function offsetOf(iso) {
      return Math.round((Date.parse(iso + "T00:00:00Z") - start) / DAY);
    }
    function label(iso) {
      return format.format(new Date(iso + "T00:00:00Z"));
    }
    function show(iso) {
      output.textContent = label(iso);
      slider.setAttribute("aria-valuetext", label(iso));
    }
    function today() {
      return isoOf(slider.max);
    }
    function go(iso) {
      field.value = iso;
      slider.value = String(Math.min(Math.max(offsetOf(iso), 0), Number(slider.max)));
      show(iso);
      field.dispatchEvent(new Event("change", { bubbles: true }));
    }
    function next(iso) {
      for (var i = 0; i < dates.length; i++) if (dates[i] > iso) return dates[i];
      return iso < today() ? today() : null;
    }
    function previous(iso) {
      for (var i = dates.length - 1; i >= 0; i--) if (dates[i] < iso) return dates[i];
      return null;
    }
    function stop() {
      if (timer) window.clearInterval(timer);
      timer = null;
      play.setAttribute("aria-pressed", "false");
      play.querySelector("span").textContent = play.dataset.playLabel;
    }
    function tick() {
      var target = next(field.value || today());
      if (target === null) return stop();
      go(target);
      if (target === today()) stop();
    }

    // Year ticks along the slider, placed from their share of the range.
    var ticks = form.querySelectorAll(".tick[data-percent]");
    for (var i = 0; i < ticks.length; i++) {
      ticks[i].style.insetInlineStart = ticks[i].dataset.percent + "%";
    }
    // On a narrow screen, label every second or third year so labels never collide.
    function thinTicks() {
      var width = slider.getBoundingClientRect().width;
      if (!ticks.length || !width) return;
      var gap = width * (Number(ticks[ticks.length - 1].dataset.percent) -
                         Number(ticks[0].dataset.percent)) / 100 / Math.max(ticks.length - 1, 1);
      var every = Math.max(1, Math.ceil(44 / Math.max(gap, 1)));
      for (var j = 0; j < ticks.length; j++) {
        ticks[j].hidden = (ticks.length - 1 - j) % every !== 0;
      }
    }

    slider.addEventListener("input", function () {
      field.value = isoOf(slider.value);
      show(field.value);
    });
    field.addEventListener("change", function () {
      if (field.value) {
        slider.value = String(offsetOf(field.value));
        show(field.value);
      }
    });
    back.addEventListener("click", function () {
      stop();
      var target = previous(field.value || today());
      if (target) go(target);
    });
    forward.addEventListener("click", function () {
      stop();
      var target = next(field.value || today());
      if (target) go(target);
    });
    play.addEventListener("click", function () {
      if (timer) return stop();
      if (!next(field.value || today())) go(slider.dataset.start);
      play.setAttribute("aria-pressed", "true");
      play.querySelector("span").textContent = play.dataset.pauseLabel;
      tick();
      timer = window.setInterval(tick, PLAY_STEP_MS);
    });
    // A tab link or a history restore changed the frame: the form follows it.
    document.addEventListener("htmx:afterSettle", function () {
      var region = document.getElementById("map-region");
      if (!region) return;
      if (tabField && region.dataset.tab) tabField.value = region.dataset.tab;
      if (viewField && region.dataset.view) viewField.value = region.dataset.view;
      if (region.dataset.asOf && region.dataset.asOf !== field.value && !timer) {
        field.value = region.dataset.asOf;
        slider.value = String(offsetOf(field.value));
        show(field.value);
      }
    });

    slider.closest(".slider-field").hidden = false;
    thinTicks();
    window.addEventListener("resize", thinTicks);
    show(field.value || today());
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
