/** The notifications pages (/notifications, /notifications/preferences), the header badge and its unread-count endpoint. */
package social.rapport.web.notification;
