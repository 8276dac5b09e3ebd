/*
 * Live conversations (progressive enhancement). A signed-in member's page opens the socket the
 * header names (#live-socket, endpoint /live) and hands every signal here:
 * {kind: "message" | "read" | "typing", conversation: id, actor: id, name: "..."}. A closed socket
 * is opened again after a pause (an instance of a cluster stopped: the balancer picks another). Signals carry no
 * message text; the page re-renders its parts through normal, access-checked Faces ajax requests
 * (commandScripts rapportRefreshBadge, rapportRefreshConversation, rapportTyping).
 */
(function () {
    "use strict";
    var TYPING_SHOWN_MS = 6000;
    var TYPING_SENT_EVERY_MS = 3000;
    var typingTimer = null;
    var lastTypingSent = 0;

    function openConversation() {
        var page = document.getElementById("conversation");
        return page ? page.getAttribute("data-conversation") : null;
    }

    function showTyping(name) {
        var line = document.getElementById("typing");
        if (!line) {
            return;
        }
        line.textContent = (line.getAttribute("data-template") || "{0} …").replace("{0}", name);
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () { line.textContent = ""; }, TYPING_SHOWN_MS);
    }

    function clearTyping() {
        var line = document.getElementById("typing");
        if (line) {
            line.textContent = "";
        }
    }

    window.Rapport = window.Rapport || {};
    window.Rapport.conversations = {
        onSocket: function (signal) {
            var open = openConversation() === String(signal.conversation);
            if (signal.kind === "typing") {
                if (open) {
                    showTyping(signal.name);
                }
                return;
            }
            if (open && window.rapportRefreshConversation) {
                if (signal.kind === "message") {
                    clearTyping();
                }
                window.rapportRefreshConversation(); // marks it read; the badge follows in refreshed()
            } else if (window.rapportRefreshBadge) {
                window.rapportRefreshBadge();
            }
        },
        refreshed: function (data) {
            if (data.status === "success" && window.rapportRefreshBadge) {
                window.rapportRefreshBadge();
            }
        }
    };

    var RECONNECT_MS = [1000, 2000, 5000, 10000, 30000];
    var failures = 0;

    function openSocket() {
        var marker = document.getElementById("live-socket");
        if (!marker || !window.WebSocket) {
            return;
        }
        var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + marker.getAttribute("data-url");
        var socket = new WebSocket(url);
        socket.onopen = function () {
            failures = 0;
            window.Rapport.socketOpen = true;
        };
        socket.onmessage = function (event) {
            window.Rapport.conversations.onSocket(JSON.parse(event.data));
        };
        socket.onclose = function (event) {
            window.Rapport.socketOpen = false;
            if (event.code === 1008) {
                return; // signed out: nothing to listen to
            }
            setTimeout(openSocket, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
        };
    }

    document.addEventListener("DOMContentLoaded", openSocket);

    // Opening a conversation is a GET and changes nothing; this page marks it read by a POST.
    document.addEventListener("DOMContentLoaded", function () {
        if (openConversation() && window.rapportMarkRead) {
            window.rapportMarkRead();
        }
    });

    document.addEventListener("input", function (event) {
        var target = event.target;
        if (!target || target.id !== "send:body" || !window.rapportTyping) {
            return;
        }
        var now = Date.now();
        if (now - lastTypingSent > TYPING_SENT_EVERY_MS) {
            lastTypingSent = now;
            window.rapportTyping();
        }
    });
})();
