/** The "Events" section of members' profiles: what they host and attend, as far as the viewer may see. */
package social.rapport.plugins.events.profile;
