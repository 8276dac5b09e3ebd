/** The conversation pages (/messages, /messages/conversation, /keep-in-touch), the header badge and the live push. */
package social.rapport.web.conversation;
