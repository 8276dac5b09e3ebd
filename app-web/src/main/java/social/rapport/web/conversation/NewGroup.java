package social.rapport.web.conversation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import social.rapport.core.conversation.ConversationQueries;
import social.rapport.core.conversation.GroupService;
import social.rapport.core.conversation.Participant;
import social.rapport.core.platform.Refusal;
import social.rapport.web.platform.Messages;

/** {@code /messages/group}: starts a group conversation with some of the caller's connections. */
@Named
@ViewScoped
public class NewGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConversationQueries queries;

    @Inject
    GroupService groups;

    private String title;
    /** Filled by Faces from the checkboxes; the item values are Longs, so it converts to them. */
    private List<Long> members = new ArrayList<>();
    private String body;

    public List<Participant> getConnections() {
        return queries.connections();
    }

    public String create() {
        List<Long> ids = new ArrayList<>();
        for (Object m : members) {
            try {
                ids.add(Long.valueOf(String.valueOf(m)));
            } catch (NumberFormatException e) {
                // not an id: ignored, the service checks the rest
            }
        }
        try {
            long id = groups.create(title, ids, body);
            Messages.flash("conversation.group.created");
            return "/messages/conversation?faces-redirect=true&id=" + id;
        } catch (Refusal refusal) {
            Messages.refused("group", refusal);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Long> getMembers() {
        return members;
    }

    public void setMembers(List<Long> members) {
        this.members = members;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
