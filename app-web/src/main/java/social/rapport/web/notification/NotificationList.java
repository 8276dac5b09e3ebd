package social.rapport.web.notification;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.notification.NotificationEntry;
import social.rapport.core.notification.NotificationInbox;
import social.rapport.core.platform.AccessDenied;
import social.rapport.web.platform.Messages;

/**
 * {@code /notifications}: the member's notifications, newest first, "show more" by keyset; open one
 * (marks it read and goes to its link) or mark all read. Each entry's form names the notification
 * by id, which is untrusted: the inbox refuses another member's id and the page answers 403.
 */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The request parameter that names the notification an entry's button acts on. */
    static final String PARAMETER = "notification";

    @Inject
    transient NotificationInbox inbox;

    private final List<NotificationEntry> entries = new ArrayList<>();
    private boolean more;

    public void load() {
        entries.clear();
        page(null);
    }

    public void showMore() {
        page(entries.isEmpty() ? null : entries.get(entries.size() - 1));
    }

    private void page(NotificationEntry after) {
        List<NotificationEntry> page = inbox.page(after);
        entries.addAll(page);
        more = page.size() == NotificationInbox.PAGE_SIZE;
    }

    /** Marks the named notification read and follows its link (or stays here when it has none). */
    public void open() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            long id = Long.parseLong(external.getRequestParameterMap().get(PARAMETER));
            NotificationEntry opened = inbox.open(id);
            String link = opened.link() != null ? opened.link() : "/notifications";
            external.redirect(external.getRequestContextPath() + link);
        } catch (NumberFormatException | NullPointerException | AccessDenied e) {
            // someone else's notification (a guessed id) or none: 403 like any other refused access
            try {
                external.responseSendError(403, null);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public String markAllRead() {
        inbox.markAllRead();
        Messages.flash("notification.allRead");
        return "/notifications?faces-redirect=true";
    }

    public List<NotificationEntry> getEntries() {
        return entries;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isAnyUnread() {
        return entries.stream().anyMatch(e -> !e.read());
    }
}
