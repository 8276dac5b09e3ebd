package social.rapport.web.feed;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import social.rapport.core.feed.FeedPreferences;

/** {@code /feed/muted}: the members the caller muted, and unmute. */
@Named
@ViewScoped
public class MutedMembers implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 100;

    @Inject
    transient FeedPreferences preferences;

    private transient List<FeedPreferences.Muted> muted;

    public List<FeedPreferences.Muted> getMuted() {
        if (muted == null) {
            muted = preferences.muted(null, null, PAGE);
        }
        return muted;
    }

    public void unmute(long memberId) {
        FeedPageActions.act(null, Set.of(), "feed.unmuted", () -> preferences.unmute(memberId));
        muted = null;
    }
}
