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
import social.rapport.core.capability.CapabilityForms;
import social.rapport.spi.capability.ApplicationQuestion;
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
    transient CapabilityForms forms;

    @Inject
    transient Caller caller;

    private final Map<String, String> notes = new HashMap<>();
    /** Answers to the plugins' questions, by {@code <capability>/<question key>}. */
    private final Map<String, String> answers = new HashMap<>();

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

    /** The questions the capability's plugin asks besides the note. */
    public List<ApplicationQuestion> questions(String capability) {
        return catalog.enabled(capability, Faces.getLocale()).map(c -> forms.questions(c, Faces.getLocale())).orElse(List.of());
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String apply(String capability) {
        try {
            Map<String, String> given = new HashMap<>();
            answers.forEach((key, value) -> {
                if (key.startsWith(capability + "/")) {
                    given.put(key.substring(capability.length() + 1), value);
                }
            });
            applications.apply(capability, notes.get(capability), given);
        } catch (Refusal refusal) {
            String question = questions(capability).stream().filter(q -> q.key().equals(refusal.field()))
                    .map(ApplicationQuestion::label).findFirst().orElse(null);
            Messages.error(null, refusal.messageKey(), question);
            return null;
        }
        Messages.flash("account.capabilities.applied");
        return "/account/capabilities?faces-redirect=true";
    }
}
