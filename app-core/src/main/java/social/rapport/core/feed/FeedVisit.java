package social.rapport.core.feed;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one visit of the home feed keeps between its pages (the web layer holds it in the
 * session, keyed by the snapshot): the authors with their boosts as they were at the first page,
 * so that rank keys do not move under the cursor, and the plugin items already shown.
 */
public final class FeedVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long snapshotMillis;
    private final Map<Long, FeedAuthor> authors;
    private final Set<String> shownKeys = new HashSet<>();

    public FeedVisit(long snapshotMillis, Map<Long, FeedAuthor> authors) {
        this.snapshotMillis = snapshotMillis;
        this.authors = Map.copyOf(authors);
    }

    public long snapshotMillis() {
        return snapshotMillis;
    }

    public Map<Long, FeedAuthor> authors() {
        return authors;
    }

    /** Keys of plugin items shown in this visit, as "<plugin id>:<key>". */
    public synchronized Set<String> shownKeys(String pluginId) {
        Set<String> keys = new HashSet<>();
        String prefix = pluginId + ":";
        shownKeys.stream().filter(k -> k.startsWith(prefix)).forEach(k -> keys.add(k.substring(prefix.length())));
        return keys;
    }

    public synchronized boolean shown(String pluginId, String key) {
        return shownKeys.contains(pluginId + ":" + key);
    }

    public synchronized void markShown(String pluginId, String key) {
        shownKeys.add(pluginId + ":" + key);
    }
}
