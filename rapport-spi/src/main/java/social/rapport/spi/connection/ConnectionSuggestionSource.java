package social.rapport.spi.connection;

import social.rapport.spi.Extension;

import java.util.List;

/**
 * Connection SPI: a source of "people you may know". The core merges the sources, removes
 * members who are connected, blocked, suspended or dismissed, and ranks the rest.
 */
public interface ConnectionSuggestionSource extends Extension {

    List<Suggestion> suggest(long memberId, int limit);
}
