package social.rapport.web.feed;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import social.rapport.core.feed.FeedPolicies;
import social.rapport.core.feed.FeedPolicy;
import social.rapport.spi.feed.FeedItemKind;

/** {@code /admin/feed}: the feed policy per kind of plugin item, and its recorded changes. */
@Named
@ViewScoped
public class AdminFeed implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("maxPerPage", "firstPosition", "minDistance");

    @Inject
    transient FeedPolicies policies;

    private List<Row> rows;
    private transient List<FeedPolicies.Change> history;

    /** One editable line of the policy form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FeedItemKind kind;
        private Integer maxPerPage;
        private Integer firstPosition;
        private Integer minDistance;

        Row(FeedPolicy policy) {
            kind = policy.kind();
            maxPerPage = policy.maxPerPage();
            firstPosition = policy.firstPosition();
            minDistance = policy.minDistance();
        }

        public FeedItemKind getKind() {
            return kind;
        }

        public Integer getMaxPerPage() {
            return maxPerPage;
        }

        public void setMaxPerPage(Integer maxPerPage) {
            this.maxPerPage = maxPerPage;
        }

        public Integer getFirstPosition() {
            return firstPosition;
        }

        public void setFirstPosition(Integer firstPosition) {
            this.firstPosition = firstPosition;
        }

        public Integer getMinDistance() {
            return minDistance;
        }

        public void setMinDistance(Integer minDistance) {
            this.minDistance = minDistance;
        }
    }

    public void load() {
        rows = new ArrayList<>();
        policies.all().values().forEach(p -> rows.add(new Row(p)));
        history = null;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<FeedPolicies.Change> getHistory() {
        if (history == null) {
            history = policies.history(20);
        }
        return history;
    }

    /** Saves one kind's rule. */
    public void save(FeedItemKind kind) {
        Row row = rows.stream().filter(r -> r.kind == kind).findFirst().orElseThrow();
        String form = "policy-" + kind.name();
        boolean done = FeedPageActions.act(form, FIELDS, "feed.policy.saved", () -> policies.change(new FeedPolicy(kind,
                value(row.maxPerPage), value(row.firstPosition), value(row.minDistance))));
        if (done) {
            load();
        }
    }

    private static int value(Integer value) {
        return value == null ? -1 : value;
    }
}
