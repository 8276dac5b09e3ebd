package social.rapport.web.feed;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import social.rapport.core.feed.FeedVisit;

/**
 * The member's recent feed visits, by snapshot, in the HTTP session (replicated in a cluster), so
 * that "Show more" continues with the authors and boosts of the visit's first page and never
 * repeats a plugin item. A few visits are kept (several tabs); the oldest go first.
 */
@SessionScoped
public class FeedVisits implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 5;

    private final LinkedHashMap<Long, FeedVisit> visits = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FeedVisit> eldest) {
            return size() > KEPT;
        }
    };

    public synchronized Optional<FeedVisit> find(long snapshotMillis) {
        return Optional.ofNullable(visits.get(snapshotMillis));
    }

    public synchronized void keep(FeedVisit visit) {
        visits.put(visit.snapshotMillis(), visit);
    }
}
