/*
 * The header's unread-notification badge, kept current without reloading the page.
 *
 * Polling, not a push channel (OmniFaces o:socket / WebSocket): one small indexed COUNT every
 * ~20 s per open page is cheap, needs no long-lived connection per member (which would pin
 * sockets on one instance behind a load balancer and needs sticky routing or a cluster-wide
 * push), and degrades to the count rendered with the page. Polling pauses while the tab is
 * hidden and re-asks when it becomes visible. A 401 (signed out elsewhere) stops it.
 */
(function () {
    "use strict";
    var link = document.getElementById("nav-notifications");
    var badge = document.getElementById("notification-badge");
    if (!link || !badge || !window.fetch) {
        return;
    }
    var url = link.getAttribute("data-unread-url");
    var period = parseInt(link.getAttribute("data-poll-ms"), 10) || 20000;
    var timer = null;
    var stopped = false;

    function show(count) {
        badge.textContent = String(count);
        badge.setAttribute("data-count", String(count));
    }

    function schedule() {
        if (!stopped) {
            clearTimeout(timer);
            timer = setTimeout(poll, period);
        }
    }

    function poll() {
        if (document.hidden) {
            schedule();
            return;
        }
        fetch(url, {credentials: "same-origin", cache: "no-store", headers: {"Accept": "application/json"}})
            .then(function (response) {
                if (response.status === 401) {
                    stopped = true;
                    return null;
                }
                return response.ok ? response.json() : null;
            })
            .then(function (data) {
                if (data && typeof data.unread === "number") {
                    show(data.unread);
                }
            })
            .catch(function () { /* offline for a moment: try again at the next tick */ })
            .then(schedule);
    }

    document.addEventListener("visibilitychange", function () {
        if (!document.hidden && !stopped) {
            clearTimeout(timer);
            poll();
        }
    });
    schedule();
}());
