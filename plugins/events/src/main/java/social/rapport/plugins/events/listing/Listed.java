package social.rapport.plugins.events.listing;

import social.rapport.plugins.events.event.Event;

/** An event in a list, with how many are going. */
public record Listed(Event event, int going) {
}
