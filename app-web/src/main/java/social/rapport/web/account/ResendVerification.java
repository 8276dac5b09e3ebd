package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import social.rapport.core.account.Caller;
import social.rapport.core.account.EmailVerification;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** The header's notice for an unverified member, with its "send the link again" button. */
@Named
@RequestScoped
public class ResendVerification {

    @Inject
    EmailVerification verification;

    @Inject
    Caller caller;

    public boolean isNeeded() {
        return caller.signedIn() && !caller.verified();
    }

    public String submit() {
        try {
            verification.resend(caller.memberId());
            Messages.flash("account.verify.resent", caller.member().orElseThrow().getEmail());
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            return null;
        }
        return "/home?faces-redirect=true";
    }
}
