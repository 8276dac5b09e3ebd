package social.rapport.core.moderation;

/** A post or comment as the report form shows it: whose it is and the start of its text. */
public record ReportedContent(ContentKind kind, long id, long postId, long authorId, String authorName, String snippet) implements java.io.Serializable {

    public static final int SNIPPET = 160;

    static String snippet(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 1) + "…";
    }
}
