package social.rapport.core.profile;

import java.util.List;
import social.rapport.core.platform.Refusal;

/**
 * A profile edit the rules refuse, with every problem found (not only the first), each naming
 * the field at fault: {@code headline}, {@code experience:2:start}, ... Nothing is stored then.
 */
public class InvalidProfile extends RuntimeException {

    private final transient List<Refusal> problems;

    public InvalidProfile(List<Refusal> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(r -> r.field() + "=" + r.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Refusal> problems() {
        return problems;
    }
}
