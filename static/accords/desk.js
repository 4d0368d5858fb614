/*
 * The editors' desk: keyboard shortcuts over the review queue and an article's claims.
 *
 *   j / k   next / previous item (or claim)
 *   c       confirm it        r   reject it
 *   e       edit it           o   open it (its review item)
 *   u       undo the decision just made on it
 *
 * Keys act only on the item that is visibly selected: with nothing selected, the
 * first key press selects the first item and does nothing else.
 * Every element marked data-desk-item is a stop; its buttons are found by
 * data-key-action, so the shortcuts press the same buttons a mouse would (and
 * htmx does the rest).  A static file, no inline script: the pages may run under
 * a Content Security Policy.
 */
(function () {
  "use strict";

  var current = null;

  function stops() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-desk-item]"));
  }

  function select(element) {
    if (current) current.classList.remove("is-current");
    current = element || null;
    if (!current) return;
    current.classList.add("is-current");
    current.scrollIntoView({block: "nearest"});
    var claim = current.getAttribute("data-claim");
    document.querySelectorAll("mark.is-current").forEach(function (m) { m.classList.remove("is-current"); });
    if (claim) {
      document.querySelectorAll("mark[data-claims]").forEach(function (mark) {
        if ((" " + mark.getAttribute("data-claims") + " ").indexOf(" " + claim + " ") >= 0) {
          mark.classList.add("is-current");
        }
      });
    }
  }

  function move(step) {
    var all = stops();
    if (!all.length) return;
    var index = all.indexOf(current);
    if (index < 0) {
      select(all[step > 0 ? 0 : all.length - 1]);
      return;
    }
    select(all[Math.min(all.length - 1, Math.max(0, index + step))]);
  }

  function nextUndecided(after) {
    var all = stops();
    var start = all.indexOf(after);
    for (var i = start + 1; i < all.length; i++) {
      if (!all[i].hasAttribute("data-decided")) return all[i];
    }
    return after;
  }

  function press(action) {
    if (!current || !document.body.contains(current)) {
      move(1);  // nothing was visibly selected: this key only selects
      return;
    }
    var target = current.querySelector('[data-key-action="' + action + '"]');
    if (target) target.click();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) return;
    var actions = {j: function () { move(1); }, k: function () { move(-1); },
                   c: function () { press("confirm"); }, r: function () { press("reject"); },
                   e: function () { press("edit"); }, o: function () { press("open"); },
                   u: function () { press("undo"); }};
    var run = actions[event.key];
    if (run) {
      event.preventDefault();
      run();
    }
  });

  // A decided row replaces the current one: keep the place, then go on to the next.
  // An undone or refused one stays selected, so its choice can be made.
  document.addEventListener("htmx:afterSwap", function () {
    if (!current || document.body.contains(current) || !current.id) return;
    var fresh = document.getElementById(current.id);  // the row that replaced the current one
    if (fresh) {
      current = fresh;
      select(fresh.hasAttribute("data-decided") && !fresh.classList.contains("failed")
             ? nextUndecided(fresh) : fresh);
    }
  });

  document.addEventListener("change", function (event) {
    if (!event.target.hasAttribute("data-select-all")) return;
    document.querySelectorAll('input[name="item"][form="desk-decide"]').forEach(function (box) {
      box.checked = event.target.checked;
    });
  });

  // Typing another date picks "another date" among the choices.
  document.addEventListener("input", function (event) {
    if (!event.target.hasAttribute("data-date-other")) return;
    var other = event.target.form.querySelector('input[name="choice"][value="other"]');
    if (other) other.checked = true;
  });

  document.addEventListener("click", function (event) {
    var item = event.target.closest && event.target.closest("[data-desk-item]");
    if (item) select(item);
  });
})();
