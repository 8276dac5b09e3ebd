package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;
import social.rapport.core.facts.DataUse;
import social.rapport.spi.error.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /account/data-use}: every purpose of every enabled plugin that reads the member's profile, each with its switch. */
@Named
@RequestScoped
public class HowMyDataIsUsed {

    @Inject
    DataUse dataUse;

    public List<DataUse.PurposeState> getPurposes() {
        return dataUse.mine(Faces.getLocale());
    }

    public String turn(String purposeId, boolean on) {
        try {
            dataUse.set(purposeId, on);
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            return null;
        }
        Messages.flash("datause.saved");
        return "/account/data-use?faces-redirect=true";
    }
}
