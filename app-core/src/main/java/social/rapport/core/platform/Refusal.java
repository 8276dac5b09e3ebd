package social.rapport.core.platform;

/**
 * A request that the rules refuse. Carries the form field at fault and a message key (resolved in
 * the viewer's language by the page), never a stack trace. The core's name for the SPI's
 * {@link social.rapport.spi.error.Refusal}, which pages handle alike for core and plugins.
 */
public class Refusal extends social.rapport.spi.error.Refusal {

    private static final long serialVersionUID = 1L;

    public Refusal(String field, String messageKey) {
        super(field, messageKey);
    }
}
