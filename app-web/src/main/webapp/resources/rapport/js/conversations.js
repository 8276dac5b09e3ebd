/*
 * Live conversations (progressive enhancement). The header's f:websocket hands every signal here:
 * {kind: "message" | "read" | "typing", conversation: id, actor: id, name: "..."}. Signals carry no
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
