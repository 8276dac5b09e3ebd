package social.rapport.plugins.events.event;

import social.rapport.spi.error.Refusal;

/**
 * Bad input or a rule the member broke: {@code messageKey} (in the plugin's bundle) is shown next to
 * the form field named {@code field}. The SPI's standard {@link Refusal}, under the plugin's name.
 */
public class EventRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public EventRefusal(String field, String messageKey) {
        super(field, messageKey);
    }
}
