package social.rapport.core.cluster;

/**
 * One notice heard from the cluster (from this instance too), fired as a CDI event on the
 * listening thread. Observers pick their {@code topic} and parse their own {@code body}.
 */
public record ClusterNotice(String topic, String body) {

    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; keep well below. */
    public static final int MAX_BYTES = 7000;

    static final char SEPARATOR = '\t';

    String payload() {
        return topic + SEPARATOR + body;
    }

    static ClusterNotice parse(String payload) {
        int tab = payload.indexOf(SEPARATOR);
        return tab < 0 ? new ClusterNotice(payload, "") : new ClusterNotice(payload.substring(0, tab), payload.substring(tab + 1));
    }
}
