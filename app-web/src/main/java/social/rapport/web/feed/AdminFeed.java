package social.rapport.web.feed;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import java.util.Set;
import social.rapport.core.feed.FeedPolicies;
import social.rapport.core.feed.FeedPolicy;

/**
 * {@code /admin/feed}: the feed policy per feed kind of every installed plugin (enabled or not),
 * and its recorded changes.
 */
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
        private final String kind;
        private final String label;
        private final String plugin;
        private final boolean enabled;
        private Integer maxPerPage;
        private Integer firstPosition;
        private Integer minDistance;

        Row(FeedPolicies.KindPolicy declared) {
            FeedPolicy policy = declared.policy();
            kind = policy.kind();
            label = declared.kind().label();
            plugin = declared.kind().pluginId();
            enabled = declared.enabled();
            maxPerPage = policy.maxPerPage();
            firstPosition = policy.firstPosition();
            minDistance = policy.minDistance();
        }

        public String getKind() {
            return kind;
        }

        public String getLabel() {
            return label;
        }

        public String getPlugin() {
            return plugin;
        }

        public boolean isEnabled() {
            return enabled;
        }

        /** The form's id: the kind with its dot as a dash (component ids allow no dots). */
        public String getFormId() {
            return formId(kind);
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
        policies.kinds(locale()).forEach(k -> rows.add(new Row(k)));
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
    public void save(String kind) {
        Row row = rows.stream().filter(r -> r.kind.equals(kind)).findFirst().orElseThrow();
        String form = "policy-" + formId(kind);
        boolean done = FeedPageActions.act(form, FIELDS, "feed.policy.saved", () -> policies.change(kind,
                value(row.maxPerPage), value(row.firstPosition), value(row.minDistance)));
        if (done) {
            load();
        }
    }

    static String formId(String kind) {
        return kind.replace('.', '-');
    }

    private static Locale locale() {
        return Faces.getLocale();
    }

    private static int value(Integer value) {
        return value == null ? -1 : value;
    }
}
