package social.rapport.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.connection.ConnectionRow;
import social.rapport.core.connection.ConnectionService;
import social.rapport.core.connection.NetworkQueries;
import social.rapport.core.connection.PersonSuggestion;
import social.rapport.core.connection.SuggestionService;
import social.rapport.web.platform.Messages;

/** {@code /network}: the member's connections (search, sort, show more) and people they may know. */
@Named
@ViewScoped
public class MyNetwork implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 10;

    @Inject
    transient NetworkQueries queries;

    @Inject
    transient SuggestionService suggestionService;

    @Inject
    transient ConnectionService connections;

    private String search;
    private NetworkQueries.Sort sort = NetworkQueries.Sort.RECENT;
    private final List<ConnectionRow> rows = new ArrayList<>();
    private List<PersonSuggestion> suggestions = List.of();
    private boolean more;

    public void load() {
        rows.clear();
        page(null);
        suggestions = suggestionService.forCaller(SUGGESTIONS);
    }

    public void search() {
        rows.clear();
        page(null);
    }

    public void showMore() {
        page(rows.isEmpty() ? null : rows.get(rows.size() - 1));
    }

    private void page(ConnectionRow after) {
        List<ConnectionRow> page = queries.connections(search, sort, after);
        rows.addAll(page);
        more = page.size() == NetworkQueries.PAGE_SIZE;
    }

    public void dismiss(long memberId) {
        connections.dismissSuggestion(memberId);
        suggestions = suggestionService.forCaller(SUGGESTIONS);
        Messages.info("network.suggestions.dismissed");
    }

    public NetworkQueries.Sort[] getSorts() {
        return NetworkQueries.Sort.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public NetworkQueries.Sort getSort() {
        return sort;
    }

    public void setSort(NetworkQueries.Sort sort) {
        this.sort = sort == null ? NetworkQueries.Sort.RECENT : sort;
    }

    public List<ConnectionRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }

    public List<PersonSuggestion> getSuggestions() {
        return suggestions;
    }
}
