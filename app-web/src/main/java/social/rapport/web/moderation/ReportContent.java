package social.rapport.web.moderation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;
import social.rapport.core.moderation.ContentReports;
import social.rapport.core.moderation.ContentUnavailable;
import social.rapport.core.moderation.ReportedContent;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /post/report?post=<id>} or {@code ?comment=<id>}: report a post or comment (reason and
 * optional text). An item the member cannot see answers 404, like one that does not exist; on
 * success the member goes back to /home with a confirmation.
 */
@Named
@ViewScoped
public class ReportContent implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("reason", "text");

    @Inject
    transient ContentReports reports;

    private Long post;
    private Long comment;
    private ReportedContent item;
    private String reason;
    private String text;

    public void load() {
        try {
            item = find();
        } catch (ContentUnavailable e) {
            notFound();
        }
    }

    public String submit() {
        try {
            if (post != null) {
                reports.reportPost(post, reason, text);
            } else if (comment != null) {
                reports.reportComment(comment, reason, text);
            } else {
                throw new ContentUnavailable("nothing named");
            }
        } catch (ContentUnavailable e) {
            notFound();
            return null;
        } catch (Refusal refusal) {
            if (FIELDS.contains(refusal.field())) {
                Messages.refused("report", refusal);
            } else {
                Messages.error(null, refusal.messageKey());
            }
            return null;
        }
        Messages.flash("moderation.report.sent");
        return "/home?faces-redirect=true";
    }

    private ReportedContent find() {
        if (post != null && comment == null) {
            return reports.post(post);
        }
        if (comment != null && post == null) {
            return reports.comment(comment);
        }
        throw new ContentUnavailable("name a post or a comment");
    }

    private static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public ReportedContent getItem() {
        return item;
    }

    public Long getPost() {
        return post;
    }

    public void setPost(Long post) {
        this.post = post;
    }

    public Long getComment() {
        return comment;
    }

    public void setComment(Long comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
