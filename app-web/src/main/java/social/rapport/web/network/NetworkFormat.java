package social.rapport.web.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import social.rapport.core.connection.HowMet;
import social.rapport.core.connection.Person;
import social.rapport.web.platform.Messages;

/** {@code #{networkFormat...}}: how the network pages link to members and word a connection. */
@Named
@ApplicationScoped
public class NetworkFormat {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** The member's profile when they have a handle, else the network's own member page (by id). */
    public String href(Person person) {
        return person.handle() != null ? "/in/" + person.handle() : "/network/member?id=" + person.id();
    }

    /** "connected 2026-03, met at an event". */
    public String connected(OffsetDateTime since, HowMet howMet) {
        return Messages.text("network.connected", MONTH.format(since), Messages.text("network.howMet.phrase." + howMet.name()));
    }

    /** "3 mutual connections". */
    public String mutual(long count) {
        return count == 1 ? Messages.text("network.mutual.one") : Messages.text("network.mutual", count);
    }

    /** "since 2026-03-01". */
    public String followSince(OffsetDateTime since) {
        return Messages.text("network.followSince", DAY.format(since));
    }

    public String day(OffsetDateTime time) {
        return DAY.format(time);
    }

    public HowMet[] getHowMetValues() {
        return HowMet.values();
    }

    public social.rapport.core.connection.ReportReason[] getReportReasons() {
        return social.rapport.core.connection.ReportReason.values();
    }
}
