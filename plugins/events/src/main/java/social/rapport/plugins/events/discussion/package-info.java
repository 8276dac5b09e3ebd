/** An event's discussion: comments and reactions, in the plugin's own tables. */
package social.rapport.plugins.events.discussion;
