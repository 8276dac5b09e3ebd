/*
 * The edit page's skill suggestions: as the member types, existing skills that match
 * (GET /profile/skills?q=...) are offered as buttons; choosing one fills the field.
 * Enter in the field adds the skill instead of saving the whole form.
 * Without JavaScript the field still works: type a skill and press "Add".
 */
(function () {
  "use strict";
  var input = document.querySelector("input.skill-input");
  var list = document.getElementById("skill-suggestions");
  if (!input || !list) {
    return;
  }
  var url = input.getAttribute("data-suggest");
  var addButton = input.form.querySelector("[id$='addSkill']");
  var timer = null;
  var asked = 0;

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }

  function show(names) {
    clear();
    names.forEach(function (name) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.setAttribute("role", "option");
      button.textContent = name; // text, never markup
      button.addEventListener("click", function () {
        input.value = name;
        clear();
        input.focus();
      });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function ask() {
    var q = input.value.trim();
    if (q.length < 2) {
      clear();
      return;
    }
    var mine = ++asked;
    fetch(url + "?q=" + encodeURIComponent(q), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (names) {
        if (mine === asked) { // an older answer must not replace a newer one
          show(Array.isArray(names) ? names : []);
        }
      })
      .catch(function () { clear(); });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      if (addButton) {
        addButton.click();
      }
    } else if (event.key === "Escape") {
      clear();
    }
  });
})();
