package social.rapport.spi.error;

import java.util.Objects;

/**
 * A request the rules refuse, thrown by a service. Carries the form field at fault and a message
 * key; the core shows the message next to that field on a Faces page (resolved in the viewer's
 * language from the plugin's bundle, else the core's), and answers 400 with the key elsewhere.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public Refusal(String field, String messageKey) {
        super(messageKey);
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    }

    /** The input the problem is about, for example {@code title}. */
    public String field() {
        return field;
    }

    /** Key in the messages bundle. */
    public String messageKey() {
        return messageKey;
    }
}
