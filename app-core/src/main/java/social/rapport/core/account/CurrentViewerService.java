package social.rapport.core.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import social.rapport.spi.platform.CurrentViewer;
import social.rapport.spi.platform.Viewer;

/** The {@link CurrentViewer} platform service: the caller, in the locale the page renders in. */
@RequestScoped
public class CurrentViewerService implements CurrentViewer {

    @Inject
    Caller caller;

    @Override
    public Viewer get() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        return caller.viewer(locale);
    }
}
