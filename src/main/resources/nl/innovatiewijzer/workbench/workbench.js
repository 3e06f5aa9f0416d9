// The workbench's one script, served by the jar: no framework, nothing from the network.
// On a project page it sends the answers to the workbench after every change and draws the
// assessment it gets back; it saves a version; on the portfolio page it reads in a facts file.
// Every word it shows comes from the page (data- attributes), so the words stay in rules/.
"use strict";

(function () {
  function headers(form, type) {
    var h = { "Content-Type": type };
    if (form.dataset.token) {
      h["X-Innovatiewijzer-Token"] = form.dataset.token;
    }
    return h;
  }

  // --- the project page ---------------------------------------------------------------------

  function projectPage(form) {
    var facts = JSON.parse(form.dataset.facts);
    var panel = document.getElementById("assessment");
    var message = document.getElementById("save-message");
    var sent = 0;

    function at(tree, path, make) {
      var parts = path.split(".");
      for (var i = 0; i < parts.length - 1; i++) {
        if (typeof tree[parts[i]] !== "object" || tree[parts[i]] === null) {
          if (!make) { return null; }
          tree[parts[i]] = {};
        }
        tree = tree[parts[i]];
      }
      return { holder: tree, name: parts[parts.length - 1] };
    }

    // A number as typed becomes a number; anything else is sent as typed, so that the workbench
    // says at the question what is wrong with it.
    function typed(kind, text) {
      var value = text.trim();
      if ((kind === "WHOLE_NUMBER" || kind === "NUMBER") && /^-?\d+([.,]\d+)?$/.test(value)) {
        return Number(value.replace(",", "."));
      }
      return value;
    }

    // The answer to one question; undefined for "don't know", which leaves the fact out.
    function answer(question, before) {
      var kind = question.dataset.kind;
      var path = question.dataset.path;
      if (kind === "VALUES" || kind === "ITEMS") {
        if (question.querySelector("input.unknown").checked) { return undefined; }
        var chosen = [];
        question.querySelectorAll("input[name='" + path + "']:checked").forEach(function (box) {
          chosen.push(box.value);
        });
        if (kind === "VALUES") { return chosen; }
        // the items keep their other fields; a value newly chosen adds an item with only that value
        var key = question.dataset.itemKey;
        var items = (Array.isArray(before) ? before : []).filter(function (item) {
          return chosen.indexOf(item[key]) >= 0;
        });
        chosen.forEach(function (value) {
          if (!items.some(function (item) { return item[key] === value; })) {
            var item = {};
            item[key] = value;
            items.push(item);
          }
        });
        return items;
      }
      var field = question.querySelector("select, input[type=text]");
      if (field.value.trim() === "") { return undefined; }
      if (kind === "BOOLEAN") { return field.value === "true"; }
      return field.tagName === "SELECT" ? field.value : typed(kind, field.value);
    }

    function collect() {
      var tree = JSON.parse(JSON.stringify(facts));
      form.querySelectorAll(".question").forEach(function (question) {
        var place = at(tree, question.dataset.path, true);
        var value = answer(question, place.holder[place.name]);
        if (value === undefined) {
          delete place.holder[place.name];
        } else {
          place.holder[place.name] = value;
        }
      });
      return tree;
    }

    function clearProblems() {
      form.querySelectorAll(".problem").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    }

    // Each problem at its question: "team.members[1].role" belongs to the question "team.members".
    function showProblems(problems) {
      var rest = [];
      problems.forEach(function (problem) {
        var field = (problem.field || "").replace(/\[\d+\]/g, "");
        var question = null;
        while (field && !question) {
          question = form.querySelector(".question[data-path='" + field + "']");
          field = field.indexOf(".") > 0 ? field.substring(0, field.lastIndexOf(".")) : "";
        }
        if (question) {
          var p = question.querySelector(".problem");
          p.textContent = problem.message;
          p.hidden = false;
        } else {
          rest.push(problem.message);
        }
      });
      return rest;
    }

    function highlightNext() {
      var next = document.getElementById("next-question");
      form.querySelectorAll(".question.next").forEach(function (q) {
        q.classList.remove("next");
        q.querySelector(".why").hidden = true;
      });
      var field = next ? next.dataset.field : "";
      while (field) {
        var question = form.querySelector(".question[data-path='" + field + "']");
        if (question) {
          question.classList.add("next");
          var why = question.querySelector(".why");
          why.textContent = form.dataset.next + " " + next.dataset.why;
          why.hidden = false;
          return;
        }
        field = field.indexOf(".") > 0 ? field.substring(0, field.lastIndexOf(".")) : "";
      }
    }

    // The improvement paths take longer than the rest: they are drawn when they come.
    function improve(mine, body) {
      fetch("/assessment?part=improvements&lang=" + form.dataset.lang, {
        method: "POST", headers: headers(form, "application/json"), body: body
      }).then(function (response) {
        return response.text().then(function (html) {
          var place = document.getElementById("improvements");
          if (mine === sent && response.ok && place) {
            place.innerHTML = html;
            panel.dataset.improved = String(mine);
          }
        });
      });
    }

    function assess() {
      var mine = ++sent;
      var body = JSON.stringify(collect());
      fetch("/assessment?lang=" + form.dataset.lang, {
        method: "POST", headers: headers(form, "application/json"), body: body
      }).then(function (response) {
        return response.text().then(function (body) {
          if (mine !== sent) { return; } // a later answer is on its way
          clearProblems();
          if (response.ok) {
            panel.innerHTML = body; // made on the server from a template that escapes every value
            highlightNext();
            panel.dataset.drawn = String(mine);
            improve(mine, body);
          } else {
            showProblems(JSON.parse(body).problems || []);
            panel.dataset.drawn = String(mine);
          }
        });
      });
    }

    function save(event) {
      event.preventDefault();
      var h = headers(form, "application/json");
      h["If-Match"] = form.dataset.version;
      message.className = "";
      fetch("/api/projects/" + encodeURIComponent(form.dataset.project) + "/facts?lang=" + form.dataset.lang, {
        method: "PUT", headers: h, body: JSON.stringify(collect())
      }).then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) {
            location.reload(); // the saved answers, and the history with the new version
            return;
          }
          message.className = "failed";
          if (response.status === 409) {
            message.textContent = form.dataset.conflict;
          } else if (response.status === 400) {
            clearProblems();
            var rest = showProblems(body.problems || []);
            message.textContent = form.dataset.invalid + (rest.length ? " " + rest.join(" ") : "");
          } else {
            message.textContent = form.dataset.failed + " " + body.message;
          }
        });
      });
    }

    form.querySelectorAll("button.unknown").forEach(function (button) {
      button.addEventListener("click", function () {
        var field = button.parentNode.querySelector("input[type=text]");
        field.value = "";
        assess();
      });
    });
    form.querySelectorAll(".question").forEach(function (question) {
      var unknown = question.querySelector("input.unknown");
      if (!unknown) { return; }
      question.addEventListener("change", function (event) {
        var boxes = question.querySelectorAll("input[type=checkbox]:not(.unknown)");
        if (event.target === unknown) {
          if (unknown.checked) { boxes.forEach(function (box) { box.checked = false; }); }
        } else if (event.target.checked) {
          unknown.checked = false;
        }
      });
    });
    form.addEventListener("change", assess);
    form.addEventListener("submit", save);
    highlightNext();
  }

  // --- the portfolio page -------------------------------------------------------------------

  function importForm(form) {
    var problems = document.getElementById("import-problems");
    function say(lines) {
      problems.textContent = "";
      lines.forEach(function (line) {
        var p = document.createElement("p");
        p.textContent = line;
        problems.appendChild(p);
      });
      problems.hidden = false;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var file = document.getElementById("import-file").files[0];
      if (!file) { return; }
      var id = file.name.replace(/\.(yaml|yml|json)$/i, "");
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(id) || id === file.name) {
        say([form.dataset.badName]);
        return;
      }
      var type = /\.json$/i.test(file.name) ? "application/json" : "application/yaml";
      file.text().then(function (text) {
        return fetch("/api/projects/" + encodeURIComponent(id) + "/facts?lang=" + form.dataset.lang, {
          method: "PUT", headers: headers(form, type), body: text
        });
      }).then(function (response) {
        return response.json().then(function (body) {
          if (response.ok) {
            location.href = "/projects/" + encodeURIComponent(id) + "?lang=" + form.dataset.lang;
          } else if (response.status === 409) {
            say([form.dataset.exists]);
          } else {
            say([form.dataset.refused].concat((body.problems || []).map(function (p) {
              return p.line ? file.name + ":" + p.line + ": " + p.message : p.message;
            })).concat(body.problems ? [] : [body.message]));
          }
        });
      });
    });
  }

  var form = document.getElementById("facts");
  if (form) { projectPage(form); }
  var upload = document.getElementById("import");
  if (upload) { importForm(upload); }
})();
