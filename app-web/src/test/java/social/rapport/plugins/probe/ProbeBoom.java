package social.rapport.plugins.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{probeBoom.explode}} throws: the probe's throwing feed fragment uses it. */
@Named
@ApplicationScoped
public class ProbeBoom {

    public String getExplode() {
        throw new IllegalStateException("a fragment bug");
    }
}
