package social.rapport.web.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.connection.FollowRow;
import social.rapport.core.connection.NetworkQueries;

/** What the followers and following pages share: a keyset-paginated list with "show more". */
abstract class Follows implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FollowRow> rows = new ArrayList<>();
    private boolean more;

    abstract List<FollowRow> page(FollowRow after);

    public void load() {
        rows.clear();
        add(page(null));
    }

    public void showMore() {
        add(page(rows.isEmpty() ? null : rows.get(rows.size() - 1)));
    }

    private void add(List<FollowRow> page) {
        rows.addAll(page);
        more = page.size() == NetworkQueries.PAGE_SIZE;
    }

    public List<FollowRow> getRows() {
        return rows;
    }

    public boolean isMore() {
        return more;
    }
}
