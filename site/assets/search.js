// Search enhancement: the search page works without JavaScript (it lists everything);
// with JavaScript, typing filters the list using the index the site publishes.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll("li"));
  var status = document.getElementById("search-status");
  input.addEventListener("input", function () {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute("data-search") || item.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      item.hidden = !match;
      if (match) { shown++; }
    });
    if (status) { status.textContent = shown + " results"; }
  });
})();
