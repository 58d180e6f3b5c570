// lunju review: fields of the clicked record(s), jumps from the side list, kind toggles. No network.
(function () {
  "use strict";
  document.documentElement.dataset.ready = "1";
  var data = document.getElementById("records");
  if (!data) return;
  var records = {};
  JSON.parse(data.textContent).forEach(function (r) { records[r.key] = r; });
  var panel = document.getElementById("details");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));

  function value(key, v) {
    if (key === "claim_id" && v !== null) {
      var a = document.createElement("a");
      a.href = "#r-c" + v;
      a.dataset.r = "c" + v;
      a.className = "jump";
      a.textContent = "claim " + v;
      return a;
    }
    return document.createTextNode(v === null ? "—" : Array.isArray(v) ? v.join("、") : String(v));
  }

  function show(keys) {
    panel.textContent = "";
    keys.forEach(function (key) {
      var r = records[key];
      if (!r) return;
      var box = document.createElement("section");
      box.className = "detail k-" + r.kind;
      var h = document.createElement("h3");
      h.textContent = r.kind + " " + r.id;
      box.appendChild(h);
      var dl = document.createElement("dl");
      Object.keys(r).forEach(function (k) {
        if (k === "key" || k === "kind") return;
        var dt = document.createElement("dt");
        dt.textContent = k;
        var dd = document.createElement("dd");
        dd.appendChild(value(k, r[k]));
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
      box.appendChild(dl);
      panel.appendChild(box);
    });
  }

  function activate(key) {
    marks.forEach(function (m) {
      m.classList.toggle("active", m.dataset.r.split(" ").indexOf(key) >= 0);
    });
  }

  document.addEventListener("click", function (event) {
    var jump = event.target.closest("a.jump");
    if (jump) {
      show([jump.dataset.r]);
      activate(jump.dataset.r);
      return;
    }
    var mark = event.target.closest("mark.hl");
    if (mark) {
      var keys = mark.dataset.r.split(" ");
      show(keys);
      activate(keys[keys.length - 1]);
    }
  });

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("off-" + box.dataset.kind, !box.checked);
    });
  });

  var fold = document.getElementById("fold");
  if (fold) {
    fold.addEventListener("change", function () {
      document.getElementById("text").classList.toggle("folded", fold.checked);
    });
  }

  // The legend counts what is highlighted on the page (a record whose span could not be shown is not).
  document.querySelectorAll("#legend .count[data-kind]").forEach(function (count) {
    var kind = count.dataset.kind;
    var shown = Object.keys(records).filter(function (k) {
      return records[k].kind === kind && document.getElementById("r-" + k);
    }).length;
    count.textContent = shown + " highlighted";
  });
})();
