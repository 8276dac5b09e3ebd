/** The plugin's feed items: connections going to an event, your event starting soon, people you met. */
package social.rapport.plugins.events.feed;
