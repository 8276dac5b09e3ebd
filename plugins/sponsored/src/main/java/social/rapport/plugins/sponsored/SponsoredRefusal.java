package social.rapport.plugins.sponsored;

/**
 * Bad input or a rule the caller broke: {@code messageKey} (in the plugin's bundle) is shown next to
 * the form field named {@code field}; {@code args} fill the message's placeholders.
 */
public class SponsoredRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public SponsoredRefusal(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args;
    }
}
