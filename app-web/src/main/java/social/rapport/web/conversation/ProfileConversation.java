package social.rapport.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.Caller;
import social.rapport.core.conversation.ReplyRates;
import social.rapport.core.conversation.ReplyStats;
import social.rapport.core.keepintouch.Cadence;
import social.rapport.core.keepintouch.KeepInTouchService;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Relationships;
import social.rapport.web.platform.Messages;

/**
 * {@code #{profileConversation}}: the conversation part of a profile page: the owner's reply rate
 * (unless they hide it), a "Message" link, and for a connection the private keep-in-touch cadence.
 */
@Named
@RequestScoped
public class ProfileConversation {

    @Inject
    Caller caller;

    @Inject
    ReplyRates replyRates;

    @Inject
    Relationships relationships;

    @Inject
    KeepInTouchService keepInTouch;

    public boolean showReplyRate(long owner) {
        return !replyRates.hiddenOnProfile(owner);
    }

    public ReplyStats replyRate(long owner) {
        return replyRates.of(owner);
    }

    public boolean canMessage(long owner) {
        return caller.signedIn() && caller.memberId() != owner && !relationships.blocked(caller.memberId(), owner);
    }

    public boolean connected(long owner) {
        return caller.signedIn() && relationships.connected(caller.memberId(), owner);
    }

    public String cadence(long owner) {
        return keepInTouch.cadenceWith(owner).name();
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    /** Saves the cadence chosen on the profile page (form field "cadence"); stays on the page. */
    public void saveCadence(long owner) {
        try {
            keepInTouch.setCadence(owner, Cadence.parse(Http.text("cadence")).orElse(Cadence.NONE));
            Messages.info("keepInTouch.saved");
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
    }
}
