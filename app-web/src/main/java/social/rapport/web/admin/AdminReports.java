package social.rapport.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.connection.Moderation;
import social.rapport.core.moderation.ContentKind;
import social.rapport.core.moderation.ContentModeration;
import social.rapport.core.moderation.ModerationRecord;
import social.rapport.core.moderation.QueueItem;
import social.rapport.core.moderation.ReportQueue;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /admin/reports}: one queue of open reports about members and about posts and comments;
 * dismiss, warn or suspend (members and authors), remove (content); and the history of actions.
 * Buttons name the report by its key ("POST-12"): the services check the caller is an admin and
 * that the report is still open. Remove and suspend ask first, from the server: they open a
 * confirmation in the report's card, and only its confirm button acts.
 */
@Named
@ViewScoped
public class AdminReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Moderation moderation;

    @Inject
    transient ContentModeration content;

    @Inject
    transient ReportQueue queue;

    private final List<QueueItem> reports = new ArrayList<>();
    private final List<ModerationRecord> history = new ArrayList<>();
    private final Map<String, String> messages = new HashMap<>();
    private boolean more;
    private boolean moreHistory;
    /** The report and the action ("remove" or "suspend") waiting for confirmation, or null. */
    private String confirmingKey;
    private String confirmingAction;

    public void load() {
        reports.clear();
        page(null);
        history.clear();
        historyPage(null);
    }

    public void showMore() {
        page(reports.isEmpty() ? null : reports.get(reports.size() - 1));
    }

    public void showMoreHistory() {
        historyPage(history.isEmpty() ? null : history.get(history.size() - 1));
    }

    private void page(QueueItem after) {
        List<QueueItem> page = queue.open(after);
        reports.addAll(page);
        more = page.size() == ReportQueue.PAGE_SIZE;
    }

    private void historyPage(ModerationRecord after) {
        List<ModerationRecord> page = queue.history(after);
        history.addAll(page);
        moreHistory = page.size() == ReportQueue.HISTORY_PAGE_SIZE;
    }

    public void dismiss(String key) {
        Key k = Key.parse(key);
        handle(() -> {
            if (k.member()) {
                moderation.dismiss(k.id);
            } else {
                content.dismiss(k.id);
            }
        }, "network.admin.reports.dismissed");
    }

    public void warn(String key) {
        Key k = Key.parse(key);
        String message = messages.get(key);
        handle(() -> {
            if (k.member()) {
                moderation.warn(k.id, message);
            } else {
                content.warn(k.id, message);
            }
        }, "network.admin.reports.warned");
    }

    /** Asks first: suspension and removal are confirmed in the report's card. */
    public void suspend(String key) {
        ask(key, "suspend");
    }

    public void remove(String key) {
        ask(key, "remove");
    }

    /** The action waiting for confirmation on this report ("remove", "suspend"), or null. */
    public String confirming(String key) {
        return key != null && key.equals(confirmingKey) ? confirmingAction : null;
    }

    public void confirm(String key) {
        String action = confirming(key);
        cancel();
        if ("suspend".equals(action)) {
            doSuspend(key);
        } else if ("remove".equals(action)) {
            doRemove(key);
        }
    }

    public void cancel() {
        confirmingKey = null;
        confirmingAction = null;
    }

    private void ask(String key, String action) {
        confirmingKey = key;
        confirmingAction = action;
    }

    private void doSuspend(String key) {
        Key k = Key.parse(key);
        handle(() -> {
            if (k.member()) {
                moderation.suspend(k.id);
            } else {
                content.suspend(k.id);
            }
        }, "network.admin.reports.suspended");
    }

    /** Removes the reported post or comment (content reports only). */
    private void doRemove(String key) {
        Key k = Key.parse(key);
        if (k.member()) {
            Messages.error(null, "network.admin.alreadyHandled");
            return;
        }
        handle(() -> content.remove(k.id), "moderation.admin.removed");
    }

    private record Key(ContentKind kind, long id) {
        static Key parse(String key) {
            int dash = key == null ? -1 : key.indexOf('-');
            try {
                return new Key(ContentKind.valueOf(key.substring(0, dash)), Long.parseLong(key.substring(dash + 1)));
            } catch (RuntimeException e) {
                throw new Refusal("report", "network.admin.alreadyHandled");
            }
        }

        boolean member() {
            return kind == ContentKind.MEMBER;
        }
    }

    private void handle(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            messages.clear();
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
        }
        load();
    }

    public Map<String, String> getMessages() {
        return messages;
    }

    public List<QueueItem> getReports() {
        return reports;
    }

    public List<ModerationRecord> getHistory() {
        return history;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isMoreHistory() {
        return moreHistory;
    }
}
