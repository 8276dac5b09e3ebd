package social.rapport.core.capability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import social.rapport.core.account.Caller;
import social.rapport.core.notification.CoreNotificationTypes;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.capability.ApplicationAnswer;
import social.rapport.spi.capability.ApplicationQuestion;
import social.rapport.spi.capability.CapabilityDefinition;
import social.rapport.spi.notification.Notice;
import social.rapport.spi.notification.Notifier;

/**
 * Members apply for a capability the plugin lets them apply for; admins work the queue, approving
 * (which grants it, audited) or declining with a reason. The member is notified either way.
 */
@ApplicationScoped
@Transactional
public class CapabilityApplications {

    static final int MAX_NOTE = 1000;

    @Inject
    Caller caller;

    @Inject
    CapabilityCatalog catalog;

    @Inject
    CapabilityQueries queries;

    @Inject
    CapabilityForms forms;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /**
     * The caller applies.
     *
     * @throws Refusal on {@code capability} (unknown, not open to applications, already held or
     *                 already applied for) or {@code note} (empty or over 1,000 characters)
     */
    public long apply(String capability, String note) {
        return apply(capability, note, Map.of());
    }

    /**
     * The caller applies, answering the questions the capability's plugin asks
     * ({@link CapabilityForms}); the answers join the note and reach the plugin.
     *
     * @param answers by question key
     * @throws Refusal as {@link #apply(String, String)}, or on a question's key when its answer is
     *                 missing or too long
     */
    public long apply(String capability, String note, Map<String, String> answers) {
        long me = caller.memberId();
        CapabilityDefinition definition = catalog.enabled(capability, Locale.ENGLISH)
                .filter(CapabilityDefinition::membersMayApply)
                .orElseThrow(() -> new Refusal("capability", "capability.unknown"));
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new Refusal("note", "capability.note.required");
        }
        if (text.length() > MAX_NOTE) {
            throw new Refusal("note", "capability.note.tooLong");
        }
        List<ApplicationQuestion> questions = forms.questions(definition, Locale.ENGLISH);
        List<ApplicationAnswer> given = CapabilityForms.answers(questions, answers);
        String stored = CapabilityForms.noteWithAnswers(text, questions, given);
        if (stored.length() > MAX_NOTE) {
            throw new Refusal("note", "capability.note.tooLong");
        }
        if (queries.isGranted(me, definition.id())) {
            throw new Refusal("capability", "capability.alreadyHeld");
        }
        if (queries.hasPending(me, definition.id())) {
            throw new Refusal("capability", "capability.alreadyApplied");
        }
        long id = queries.apply(me, definition.id(), stored, OffsetDateTime.now(clock));
        forms.applied(definition, me, given);
        return id;
    }

    /** The caller's applications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapabilityApplication> mine() {
        return queries.of(caller.memberId());
    }

    /** Pending applications for capabilities of enabled plugins, oldest first (keyset on the id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapabilityApplication> queue(long afterId, int limit) {
        caller.requireAdmin();
        Set<String> usable = catalog.enabled(Locale.ENGLISH).stream().map(CapabilityDefinition::id).collect(Collectors.toSet());
        return queries.queue(usable, afterId, Math.max(1, Math.min(limit, 100)));
    }

    /** @throws Refusal on {@code application} (not pending) or {@code reason} */
    public void approve(long applicationId, String reason) {
        decide(applicationId, true, reason);
    }

    /** @throws Refusal on {@code application} (not pending) or {@code reason} (required: the member reads it) */
    public void decline(long applicationId, String reason) {
        decide(applicationId, false, reason);
    }

    private void decide(long applicationId, boolean approve, String reason) {
        long admin = caller.requireAdmin().getId();
        String why = CapabilityGrants.reason(reason);
        CapabilityApplication application = queries.pendingForUpdate(applicationId)
                .orElseThrow(() -> new Refusal("application", "capability.application.notPending"));
        CapabilityDefinition definition = catalog.enabled(application.capability(), Locale.ENGLISH)
                .orElseThrow(() -> new Refusal("capability", "capability.unknown"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        queries.decide(applicationId, approve, admin, why, now);
        if (approve) {
            queries.grant(application.memberId(), definition.id(), admin, why, now);
        }
        String text = (approve ? "approved your application for \u201c" : "declined your application for \u201c")
                + definition.label() + "\u201d: " + why;
        notifier.send(new Notice(application.memberId(), CoreNotificationTypes.CAPABILITY_DECIDED, admin, text,
                "/account/capabilities", null));
    }
}
