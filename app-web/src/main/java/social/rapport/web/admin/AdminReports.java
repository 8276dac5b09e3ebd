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
import social.rapport.core.connection.ReportRow;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /admin/reports}: the queue of open member reports; dismiss, warn or suspend. */
@Named
@ViewScoped
public class AdminReports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Moderation moderation;

    private final List<ReportRow> reports = new ArrayList<>();
    private final Map<Long, String> messages = new HashMap<>();
    private boolean more;

    public void load() {
        reports.clear();
        page(null);
    }

    public void showMore() {
        page(reports.isEmpty() ? null : reports.get(reports.size() - 1));
    }

    private void page(ReportRow after) {
        List<ReportRow> page = moderation.openReports(after);
        reports.addAll(page);
        more = page.size() == Moderation.PAGE_SIZE;
    }

    public void dismiss(long reportId) {
        handle(() -> moderation.dismiss(reportId), "network.admin.reports.dismissed");
    }

    public void warn(long reportId) {
        handle(() -> moderation.warn(reportId, messages.get(reportId)), "network.admin.reports.warned");
    }

    public void suspend(long reportId) {
        handle(() -> moderation.suspend(reportId), "network.admin.reports.suspended");
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

    public Map<Long, String> getMessages() {
        return messages;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public boolean isMore() {
        return more;
    }
}
