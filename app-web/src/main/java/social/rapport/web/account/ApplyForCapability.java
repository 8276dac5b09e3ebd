package social.rapport.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import social.rapport.core.account.Caller;
import social.rapport.core.capability.CapabilityApplication;
import social.rapport.core.capability.CapabilityApplications;
import social.rapport.core.capability.CapabilityCatalog;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.error.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /account/capabilities}: the roles the member holds, those open to applications, applying, and the answers. */
@Named
@ViewScoped
public class ApplyForCapability implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CapabilityCatalog catalog;

    @Inject
    transient CapabilityApplications applications;

    @Inject
    transient Caller caller;

    private final Map<String, String> notes = new HashMap<>();

    public List<CapabilityDefinition> getHeld() {
        return catalog.enabled(Faces.getLocale()).stream().filter(c -> caller.capabilities().contains(c.id())).toList();
    }

    public List<CapabilityDefinition> getAvailable() {
        return catalog.enabled(Faces.getLocale()).stream()
                .filter(c -> c.membersMayApply() && !caller.capabilities().contains(c.id())).toList();
    }

    public List<CapabilityApplication> getApplications() {
        return applications.mine();
    }

    public String label(String capability) {
        return catalog.enabled(capability, Faces.getLocale()).map(CapabilityDefinition::label).orElse(capability);
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String apply(String capability) {
        try {
            applications.apply(capability, notes.get(capability));
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            return null;
        }
        Messages.flash("account.capabilities.applied");
        return "/account/capabilities?faces-redirect=true";
    }
}
