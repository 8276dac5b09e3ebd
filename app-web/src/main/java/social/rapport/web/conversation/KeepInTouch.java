package social.rapport.web.conversation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import social.rapport.core.keepintouch.Cadence;
import social.rapport.core.keepintouch.DueContact;
import social.rapport.core.keepintouch.KeepInTouchService;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/**
 * {@code /keep-in-touch}: the connections due, with context, to snooze or mark "we talked"; and
 * the cadences set. Row forms carry the member id; the service only acts on the caller's own rows
 * and connections.
 */
@Named
@RequestScoped
public class KeepInTouch {

    @Inject
    KeepInTouchService service;

    private List<DueContact> due;

    public List<DueContact> getDue() {
        if (due == null) {
            due = service.due();
        }
        return due;
    }

    /** id -> [id, name, cadence, snoozed_until] */
    public List<Object[]> getTracked() {
        Map<Long, Object[]> tracked = service.tracked();
        return List.copyOf(tracked.values());
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public String snooze() {
        return act(() -> service.snooze(member(), Http.date("until")), "keepInTouch.snoozed");
    }

    public String done() {
        return act(() -> service.done(member()), "keepInTouch.done");
    }

    public String cadence() {
        return act(() -> service.setCadence(member(), Cadence.parse(Http.text("cadence")).orElse(Cadence.NONE)), "keepInTouch.saved");
    }

    private long member() {
        Long id = Http.id("member");
        return id == null ? -1 : id;
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
            Messages.flash(done);
            return "/keep-in-touch?faces-redirect=true";
        } catch (Refusal refusal) {
            Messages.error(null, refusal.messageKey());
            due = null;
            return null;
        }
    }
}
