package social.rapport.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import social.rapport.core.memberdata.ExportRequests;
import social.rapport.core.memberdata.ExportStatus;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /account/data}, "Download your data": ask for an export, watch its progress (the page
 * refreshes itself while it is built), then download it until the link expires (7 days).
 */
@Named
@RequestScoped
public class ExportMyData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Inject
    ExportRequests exports;

    private ExportStatus status;
    private boolean loaded;

    public String request() {
        try {
            exports.request();
        } catch (Refusal refusal) {
            Messages.refused("export", refusal);
            return null;
        }
        Messages.flash("account.export.requested");
        return "/account/data?faces-redirect=true";
    }

    /** The latest request, or null. */
    public ExportStatus getStatus() {
        if (!loaded) {
            status = exports.latest().orElse(null);
            loaded = true;
        }
        return status;
    }

    public boolean isInProgress() {
        return getStatus() != null && getStatus().inProgress();
    }

    public boolean isReady() {
        return getStatus() != null && getStatus().state() == ExportStatus.State.READY;
    }

    public boolean isFailed() {
        return getStatus() != null && getStatus().state() == ExportStatus.State.FAILED;
    }

    public boolean isExpired() {
        return getStatus() != null && getStatus().state() == ExportStatus.State.EXPIRED;
    }

    public String getExpires() {
        return isReady() ? DAY.format(getStatus().expiresAt().withOffsetSameInstant(ZoneOffset.UTC)) : "";
    }

    /** The size in kB, at least 1. */
    public long getSizeKb() {
        return isReady() && getStatus().sizeBytes() != null ? Math.max(1, (getStatus().sizeBytes() + 1023) / 1024) : 0;
    }
}
