package social.rapport.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.core.connection.FollowRow;
import social.rapport.core.connection.NetworkQueries;

/** {@code /network/followers}: who follows the member. */
@Named
@ViewScoped
public class Followers extends Follows {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NetworkQueries queries;

    @Override
    List<FollowRow> page(FollowRow after) {
        return queries.followers(after);
    }
}
