package social.rapport.spi.feed;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/**
 * Feed SPI: the kinds of item a plugin places. Candidates of a kind no enabled plugin declares are
 * dropped; ids must start with the plugin id and a dot.
 */
public interface FeedKindProvider extends Extension {

    List<FeedKind> kinds(Locale locale);
}
