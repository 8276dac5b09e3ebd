/** The events plugin on the real server: its integration and browser tests, and a test-only trigger servlet. */
package social.rapport.plugins.events.it;
