package social.rapport.web.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import social.rapport.core.platform.RateLimitOutcome;

/**
 * A Faces request that is not a page (an ajax request, from a script) and that a rate limit
 * refused answers {@code 429 Too Many Requests} with {@code Retry-After}, so that a script can
 * tell. A page keeps answering 200 with the refusal's message in it, for a person to read.
 * Registered in faces-config.xml.
 */
public class RateLimitStatus implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        CDI.current().select(RateLimitOutcome.class).get().retryAfterSeconds().ifPresent(seconds -> {
            ExternalContext external = context.getExternalContext();
            if (!external.isResponseCommitted()) {
                external.setResponseStatus(429);
                external.setResponseHeader("Retry-After", Long.toString(seconds));
            }
        });
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
