package social.rapport.core.platform;

import java.util.Objects;

/**
 * A request that the rules refuse. Carries the form field at fault and a
 * message key (resolved in the viewer's language by the page), never a stack trace.
 */
public class Refusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    public Refusal(String field, String messageKey) {
        super(messageKey);
        this.field = Objects.requireNonNull(field);
        this.messageKey = Objects.requireNonNull(messageKey);
    }

    /** The input the problem is about, for example {@code email}. */
    public String field() {
        return field;
    }

    /** Key in the messages bundle. */
    public String messageKey() {
        return messageKey;
    }
}
