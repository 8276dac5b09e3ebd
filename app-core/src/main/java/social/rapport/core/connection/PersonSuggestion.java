package social.rapport.core.connection;

import java.util.List;

/** Someone the member may know, with the combined score of all sources and each source's reason. */
public record PersonSuggestion(Person person, double score, List<String> reasons) implements java.io.Serializable {
}
