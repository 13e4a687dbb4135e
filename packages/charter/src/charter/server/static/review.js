// Charter review app: keyboard navigation of the queue, the verdict keys and the correction editor.
// Plain JavaScript, no build step; every request carries the page's CSRF token.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  function typing(e) {
    var t = e.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  // The queue: j/k move the selection, Enter opens the trace.
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.queue-row"));
  var at = -1;
  function select(n) {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, n));
    rows.forEach(function (r, i) { r.classList.toggle("selected", i === at); });
    var link = rows[at].querySelector("a");
    if (link) link.focus();
  }

  // The trace page: r/w choose right/wrong (wrong puts the cursor in the correction).
  var form = document.getElementById("verdict");
  function choose(value) {
    if (!form) return;
    var radio = form.querySelector('input[name="verdict"][value="' + value + '"]');
    if (radio) radio.checked = true;
    if (value === "wrong") document.getElementById("corrected").focus();
    else form.querySelector('button[type="submit"]').focus();
  }

  document.addEventListener("keydown", function (e) {
    if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (rows.length && e.key === "j") { select(at + 1); e.preventDefault(); }
    else if (rows.length && e.key === "k") { select(at - 1); e.preventDefault(); }
    else if (rows.length && e.key === "Enter" && at >= 0) { window.location = rows[at].dataset.href; }
    else if (form && e.key === "r") { choose("right"); e.preventDefault(); }
    else if (form && e.key === "w") { choose("wrong"); e.preventDefault(); }
  });

  // The correction: checked as the reviewer types, previewed on request.
  if (!form) return;
  var box = document.getElementById("corrected");
  var out = document.getElementById("correction-check");
  // getAttribute, not form.dataset: the form has a field named "dataset", which shadows it.
  var base = "/review/traces/" + encodeURIComponent(form.getAttribute("data-trace")) + "/correction/";
  function post(what, text) {
    return fetch(base + what, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ text: text })
    });
  }
  var timer = null;
  function check() {
    if (!box.value.trim()) { out.textContent = ""; out.className = "check"; return; }
    post("check", box.value).then(function (r) { return r.json(); }).then(function (c) {
      if (c.error) { out.textContent = c.error.message; out.className = "check bad"; return; }
      out.textContent = c.ok ? "Looks right: it parses." : c.message;
      out.className = c.ok ? "check ok" : "check bad";
    });
  }
  if (form.getAttribute("data-kind") === "query") {
    box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 250); });
    var button = document.getElementById("preview-button");
    var preview = document.getElementById("preview");
    if (button) button.addEventListener("click", function () {
      preview.textContent = "Running the query as you…";
      post("preview", box.value).then(function (r) {
        return r.ok ? r.text() : r.json().then(function (j) { throw new Error(j.error.message); });
      }).then(function (html) {
        // The server renders the fragment from a template with every value escaped.
        preview.innerHTML = html;
      }).catch(function (err) { preview.textContent = err.message; });
    });
  }
})();
