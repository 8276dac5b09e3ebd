package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import social.rapport.core.platform.Refusal;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.capability.ApplicationAnswer;
import social.rapport.spi.capability.ApplicationQuestion;
import social.rapport.spi.capability.CapabilityApplicationForm;
import social.rapport.spi.capability.CapabilityDefinition;

/**
 * The questions a plugin asks with an application for its capability ({@link CapabilityApplicationForm}):
 * read from the enabled plugin that owns the capability, checked, and handed back to it.
 */
@ApplicationScoped
public class CapabilityForms {

    private static final Logger LOG = Logger.getLogger(CapabilityForms.class.getName());

    @Inject
    PluginRegistry registry;

    /** The questions for the capability; none when its plugin asks none or its form fails (logged). */
    public List<ApplicationQuestion> questions(CapabilityDefinition capability, Locale locale) {
        return form(capability).map(f -> {
            try {
                List<ApplicationQuestion> questions = f.questions(capability.id(), locale);
                return questions == null ? List.<ApplicationQuestion>of() : List.copyOf(questions);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Plugin " + f.pluginId() + ": the application form of " + capability.id() + " failed");
                return List.<ApplicationQuestion>of();
            }
        }).orElse(List.of());
    }

    /**
     * The answers to every question, stripped.
     *
     * @throws Refusal on the question's key: {@code capability.answer.required} or {@code capability.answer.tooLong}
     */
    static List<ApplicationAnswer> answers(List<ApplicationQuestion> questions, Map<String, String> given) {
        List<ApplicationAnswer> answers = new ArrayList<>();
        for (ApplicationQuestion question : questions) {
            String value = given.get(question.key());
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                throw new Refusal(question.key(), "capability.answer.required");
            }
            if (text.length() > question.maxLength()) {
                throw new Refusal(question.key(), "capability.answer.tooLong");
            }
            answers.add(new ApplicationAnswer(question.key(), text));
        }
        return answers;
    }

    /** The note the admins read: the member's note, then one line per question and answer. */
    static String noteWithAnswers(String note, List<ApplicationQuestion> questions, List<ApplicationAnswer> answers) {
        if (answers.isEmpty()) {
            return note;
        }
        StringBuilder text = new StringBuilder(note).append("\n");
        for (int i = 0; i < answers.size(); i++) {
            text.append('\n').append(questions.get(i).label()).append(": ").append(answers.get(i).value());
        }
        return text.toString();
    }

    /** Hands the answers to the plugin, in the caller's transaction; a failure refuses the application. */
    void applied(CapabilityDefinition capability, long memberId, List<ApplicationAnswer> answers) {
        Optional<CapabilityApplicationForm> form = form(capability);
        if (form.isEmpty() || answers.isEmpty()) {
            return;
        }
        try {
            form.get().applied(memberId, capability.id(), answers);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Plugin " + form.get().pluginId() + ": keeping the answers for " + capability.id() + " failed");
            throw new Refusal("capability", "capability.form.failed");
        }
    }

    private Optional<CapabilityApplicationForm> form(CapabilityDefinition capability) {
        return registry.extensions(CapabilityApplicationForm.class).stream()
                .filter(f -> registry.ownerOf(f).equals(capability.pluginId())).findFirst();
    }
}
