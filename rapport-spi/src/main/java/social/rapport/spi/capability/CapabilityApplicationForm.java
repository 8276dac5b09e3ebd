package social.rapport.spi.capability;

import java.util.List;
import java.util.Locale;
import social.rapport.spi.Extension;

/**
 * Capability SPI: what a plugin asks members who apply for one of its capabilities on the core's
 * "My roles" page ({@code /account/capabilities}), besides the note, and where the answers go.
 * The answers are the plugin's data: the core checks them (every question answered, within its
 * length), adds them to the note the admins read in their queue, and hands them to
 * {@link #applied} in the same transaction as the application. Only capabilities of the plugin's
 * own id are asked about.
 *
 * @since 2
 */
public interface CapabilityApplicationForm extends Extension {

    /** The questions for the plugin's capability {@code capability}, labelled in {@code locale}; empty for none. */
    List<ApplicationQuestion> questions(String capability, Locale locale);

    /**
     * The member applied, with an answer to every question, in the core's transaction (a failure
     * here rolls the application back). Keep the answers in the plugin's tables.
     */
    void applied(long memberId, String capability, List<ApplicationAnswer> answers);
}
