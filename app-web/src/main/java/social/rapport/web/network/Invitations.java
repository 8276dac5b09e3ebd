package social.rapport.web.network;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongConsumer;
import social.rapport.core.connection.InvitationRow;
import social.rapport.core.connection.InvitationService;
import social.rapport.core.connection.NetworkQueries;
import social.rapport.core.platform.AccessDenied;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /network/invitations}: received (fresh first, "not now" below) and sent invitations.
 * Each row is its own form carrying the invitation id, which is untrusted input: the service
 * checks that the caller is its recipient (or, to withdraw, its sender).
 */
@Named
@RequestScoped
public class Invitations {

    /** The request parameter that names the invitation a row's buttons act on. */
    static final String PARAMETER = "invitation";

    @Inject
    NetworkQueries queries;

    @Inject
    InvitationService invitations;

    private List<InvitationRow> received;
    private List<InvitationRow> sent;

    public List<InvitationRow> getFresh() {
        return received().stream().filter(i -> !i.notNow()).toList();
    }

    public List<InvitationRow> getLater() {
        return received().stream().filter(InvitationRow::notNow).toList();
    }

    public List<InvitationRow> getSent() {
        if (sent == null) {
            sent = queries.sent();
        }
        return sent;
    }

    private List<InvitationRow> received() {
        if (received == null) {
            received = queries.received();
        }
        return received;
    }

    public String accept() {
        return answer(invitations::accept, "network.invitation.accepted");
    }

    public String decline() {
        return answer(invitations::decline, "network.invitation.declined");
    }

    public String notNow() {
        return answer(invitations::notNow, "network.invitation.postponed");
    }

    public String withdraw() {
        return answer(invitations::withdraw, "network.invitation.withdrawn");
    }

    private String answer(LongConsumer action, String doneKey) {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAMETER);
        long invitationId;
        try {
            invitationId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new AccessDenied("no invitation named");
        }
        try {
            action.accept(invitationId);
            Messages.flash(doneKey);
        } catch (AccessDenied denied) {
            // someone else's invitation (a guessed id): answer 403 like any other refused access
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                context.getExternalContext().responseSendError(403, null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            context.responseComplete();
            return null;
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            received = null;
            sent = null;
            return null;
        }
        return "/network/invitations?faces-redirect=true";
    }
}
