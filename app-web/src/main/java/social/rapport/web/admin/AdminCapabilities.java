package social.rapport.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import social.rapport.core.capability.CapabilityApplication;
import social.rapport.core.capability.CapabilityApplications;
import social.rapport.core.capability.CapabilityCatalog;
import social.rapport.core.capability.CapabilityChange;
import social.rapport.core.capability.CapabilityGrants;
import social.rapport.core.capability.CapabilityHolder;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.error.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /admin/capabilities}: the roles enabled plugins define, who holds each (grant by handle,
 * revoke, both with a recorded reason), the queue of members' applications (approve or decline
 * with an answer) and the audit trail.
 */
@Named
@ViewScoped
public class AdminCapabilities implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CapabilityCatalog catalog;

    @Inject
    transient CapabilityGrants grants;

    @Inject
    transient CapabilityApplications applications;

    private transient List<CapabilityDefinition> capabilities;
    private final Map<String, String> handles = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();

    public void load() {
        capabilities = null;
    }

    public List<CapabilityDefinition> getCapabilities() {
        if (capabilities == null) {
            capabilities = catalog.enabled(Faces.getLocale());
        }
        return capabilities;
    }

    public List<CapabilityHolder> holders(String capability) {
        return grants.holders(capability);
    }

    public List<CapabilityApplication> getQueue() {
        return applications.queue(0, 100);
    }

    public List<CapabilityChange> getHistory() {
        return grants.history(30);
    }

    /** The label of a capability id (the id itself when its plugin is off). */
    public String label(String capability) {
        return getCapabilities().stream().filter(c -> c.id().equals(capability)).map(CapabilityDefinition::label).findFirst()
                .orElse(capability);
    }

    public Map<String, String> getHandles() {
        return handles;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public String grant(String capability) {
        return act(() -> grants.grant(handles.get(capability), capability, reasons.get(capability)), "admin.capabilities.granted");
    }

    public String revoke(String capability, long memberId) {
        return act(() -> grants.revoke(memberId, capability, reasons.get(capability + "/" + memberId)), "admin.capabilities.revoked");
    }

    public String approve(long applicationId) {
        return act(() -> applications.approve(applicationId, answers.get(applicationId)), "admin.capabilities.approved");
    }

    public String decline(long applicationId) {
        return act(() -> applications.decline(applicationId, answers.get(applicationId)), "admin.capabilities.declined");
    }

    /** Done: back to the page afresh (the lists are built with the view); refused: the message on this page. */
    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.flash(doneKey);
            return "/admin/capabilities?faces-redirect=true";
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            return null;
        }
    }
}
