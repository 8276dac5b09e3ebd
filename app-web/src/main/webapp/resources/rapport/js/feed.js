// The home feed's "new posts" indicator: asks /feed/new how many posts arrived after the page's
// snapshot, every 60 seconds, and shows a link that loads the feed afresh. Without JavaScript
// the feed works the same; only the indicator is missing.
(function () {
  'use strict';
  var box = document.getElementById('new-posts');
  if (!box || !window.fetch) {
    return;
  }
  var link = box.querySelector('a');
  function poll() {
    fetch(box.dataset.url + '?since=' + encodeURIComponent(box.dataset.since), { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { count: 0 }; })
      .then(function (answer) {
        if (answer.count > 0) {
          link.textContent = link.dataset.template.replace('{0}', answer.count > 98 ? '99+' : answer.count);
          box.hidden = false;
        }
      })
      .catch(function () { /* offline or signed out: try again later */ });
  }
  poll();
  window.setInterval(poll, 60000);
}());
