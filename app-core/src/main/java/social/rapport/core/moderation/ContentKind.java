package social.rapport.core.moderation;

/** What a queue entry is about: a member (member_report) or what a member wrote (content_report). */
public enum ContentKind {
    MEMBER, POST, COMMENT
}
