package social.rapport.plugins.events.web;

import java.io.Serializable;
import social.rapport.spi.platform.MemberRef;

/** A member as the plugin's pages show them, with a label (e.g. their answer) and whether they are the viewer's connection. */
public record PersonView(long id, String name, String href, String label, boolean connection) implements Serializable {

    static PersonView of(MemberRef member, String label, boolean connection) {
        return new PersonView(member.id(), member.displayName(), member.profileUrl(), label, connection);
    }
}
