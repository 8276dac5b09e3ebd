package social.rapport.plugins.events.event;

/**
 * Bad input or a rule the member broke: {@code messageKey} (in the plugin's bundle) is shown next to
 * the form field named {@code field}.
 */
public class EventRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public EventRefusal(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
