// The desk's own script (no inline script: the CSP allows only files from the desk).
// Queues: j / k move between flags, c / d / r confirm, dismiss or reopen the one marked, digits
// press a commitment's verdict buttons in order. Articles: the sentence a link points to
// (#st-N) is marked in the text on arrival.
"use strict";
(function () {
  var current = -1;
  var advance = false;

  function flags() {
    return Array.prototype.slice.call(document.querySelectorAll("article.flag"));
  }

  function select(index) {
    var all = flags();
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (flag, n) { flag.classList.toggle("current", n === current); });
    all[current].scrollIntoView({ block: "nearest" });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
    if (!document.querySelector("[data-shortcuts]")) return;
    if (event.key === "j") {
      select(current + 1);
    } else if (event.key === "k") {
      select(current - 1);
    } else {
      var flag = flags()[current];
      var button = flag && flag.querySelector('button[data-key="' + event.key + '"]');
      if (!button) return;
      advance = true;
      button.click();
    }
    event.preventDefault();
  });

  // htmx replaces the flag it changed: mark the same place again, or the next flag after a verdict.
  document.addEventListener("htmx:afterSwap", function () {
    if (current < 0) return;
    select(advance ? current + 1 : current);
    advance = false;
  });

  function arrive() {
    document.querySelectorAll(".reader span.arrived").forEach(function (span) {
      span.classList.remove("arrived");
    });
    var found = /^#st-(\d+)$/.exec(window.location.hash);
    if (!found) return;
    var spans = document.querySelectorAll('.reader span[data-statement="' + found[1] + '"]');
    spans.forEach(function (span) { span.classList.add("arrived"); });
    if (spans.length) spans[0].scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", arrive);
  document.addEventListener("DOMContentLoaded", arrive);
})();
