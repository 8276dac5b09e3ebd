package social.rapport.plugins.events.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import social.rapport.spi.platform.Jdbc;
import social.rapport.plugins.events.event.EventAccess;
import social.rapport.plugins.events.event.EventForbidden;
import social.rapport.plugins.events.event.EventNotFound;
import social.rapport.plugins.events.event.EventRefusal;
import social.rapport.spi.platform.Relationships;

/**
 * Comments and reactions on an event. Only members who may see the event read or write; a block
 * hides the comments of the other member. Pages go back in time by comment id (keyset).
 */
@ApplicationScoped
public class DiscussionService {

    public static final int MAX_BODY = 2000;
    public static final int PAGE = 30;

    @Inject
    EventAccess access;

    @Inject
    Jdbc db;

    @Inject
    Relationships relationships;

    @Transactional
    public long comment(long eventId, long author, String body) {
        access.visible(eventId, author);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new EventRefusal("body", "events.comment.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new EventRefusal("body", "events.comment.tooLong");
        }
        return db.one("insert into events_comment (event_id, author_id, body) values (?, ?, ?) returning id",
                r -> r.getLong(1), eventId, author, text).orElseThrow();
    }

    /** The author or a host removes a comment. */
    @Transactional
    public void delete(long commentId, long viewer) {
        long eventId = eventOf(commentId);
        access.visible(eventId, viewer);
        long author = db.number("select author_id from events_comment where id = ?", commentId);
        if (author != viewer && !access.isHost(eventId, viewer)) {
            throw new EventForbidden("not the author of comment " + commentId);
        }
        db.update("delete from events_comment where id = ?", commentId);
    }

    /** Adds the viewer's reaction, or takes it back. */
    @Transactional
    public void toggleReaction(long commentId, long viewer) {
        long eventId = eventOf(commentId);
        access.visible(eventId, viewer);
        long author = db.number("select author_id from events_comment where id = ?", commentId);
        if (relationships.blocked(author, viewer)) {
            throw new EventNotFound(eventId);
        }
        if (db.update("delete from events_comment_reaction where comment_id = ? and member_id = ?", commentId, viewer) == 0) {
            db.update("insert into events_comment_reaction (comment_id, member_id) values (?, ?) on conflict do nothing", commentId, viewer);
        }
    }

    /** A page of comments, newest first, older than {@code before} (null: the newest). */
    public List<Comment> page(long eventId, Long viewer, Long before) {
        access.visible(eventId, viewer);
        return db.list("select c.id, c.event_id, c.author_id, c.body, c.created_at, "
                        + "(select count(*) from events_comment_reaction r where r.comment_id = c.id), "
                        + "exists (select 1 from events_comment_reaction r where r.comment_id = c.id and r.member_id = cast(? as bigint)) "
                        + "from events_comment c where c.event_id = ? and c.id < ? order by c.id desc limit ?",
                r -> new Comment(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getObject(5, OffsetDateTime.class),
                        r.getInt(6), r.getBoolean(7)),
                viewer, eventId, before == null ? Long.MAX_VALUE : before, PAGE).stream()
                .filter(c -> viewer == null || !relationships.blocked(viewer, c.authorId()))
                .toList();
    }

    private long eventOf(long commentId) {
        return db.one("select event_id from events_comment where id = ?", r -> r.getLong(1), commentId)
                .orElseThrow(() -> new EventNotFound(-1));
    }
}
