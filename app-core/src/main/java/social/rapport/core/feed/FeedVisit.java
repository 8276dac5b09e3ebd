package social.rapport.core.feed;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one visit of the home feed keeps between its pages (the web layer holds it in the
 * session, keyed by the snapshot): the authors with their boosts as they were at the first page,
 * so that rank keys do not move under the cursor, and on which page each plugin item was shown,
 * so that it never comes again on a later page (showing the same page again keeps it).
 */
public final class FeedVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long snapshotMillis;
    private final ConcurrentHashMap<Long, FeedAuthor> authors;
    private final Map<String, Integer> shownOnPage = new HashMap<>();

    public FeedVisit(long snapshotMillis, Map<Long, FeedAuthor> authors) {
        this.snapshotMillis = snapshotMillis;
        this.authors = new ConcurrentHashMap<>(authors);
    }

    public long snapshotMillis() {
        return snapshotMillis;
    }

    public Map<Long, FeedAuthor> authors() {
        return authors;
    }

    /** The member unfollowed or muted someone: the rest of the visit leaves them out (no other rank key moves). */
    public void forget(long authorId) {
        authors.remove(authorId);
    }

    /** Keys of the plugin's items shown on pages before {@code page}. */
    public synchronized Set<String> shownKeys(String pluginId, int page) {
        Set<String> keys = new HashSet<>();
        String prefix = pluginId + ":";
        shownOnPage.forEach((k, p) -> {
            if (k.startsWith(prefix) && p < page) {
                keys.add(k.substring(prefix.length()));
            }
        });
        return keys;
    }

    /** Whether the item was shown on a page before {@code page}. */
    public synchronized boolean shownBefore(String pluginId, String key, int page) {
        Integer shown = shownOnPage.get(pluginId + ":" + key);
        return shown != null && shown < page;
    }

    public synchronized void markShown(String pluginId, String key, int page) {
        shownOnPage.merge(pluginId + ":" + key, page, Math::min);
    }
}
