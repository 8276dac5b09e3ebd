package social.rapport.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import social.rapport.spi.error.Forbidden;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/**
 * Maps the SPI's standard errors thrown while a page runs (core or plugin) to what a person
 * should get: {@link NotFound} answers 404, {@link Forbidden} 403, and a {@link Refusal} that no
 * page caught becomes its message on the page (never a stack trace or a 500).
 */
public class StandardErrorsHandler extends ExceptionHandlerWrapper {

    public StandardErrorsHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            Throwable cause = standard(error);
            boolean rendering = context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
            if (cause == null || context.getResponseComplete() || context.getExternalContext().isResponseCommitted()
                    || (rendering && cause instanceof Refusal)) {
                continue; // too late to answer differently: the default handling (error page) applies
            }
            events.remove();
            try {
                if (cause instanceof NotFound) {
                    context.getExternalContext().responseSendError(404, "Not found");
                    context.responseComplete();
                } else if (cause instanceof Forbidden) {
                    context.getExternalContext().responseSendError(403, "Forbidden");
                    context.responseComplete();
                } else {
                    Messages.error(null, ((Refusal) cause).messageKey());
                    context.renderResponse();
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
        getWrapped().handle();
    }

    private static Throwable standard(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NotFound || t instanceof Forbidden || t instanceof Refusal) {
                return t;
            }
        }
        return null;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StandardErrorsHandler(getWrapped().getExceptionHandler());
        }
    }
}
