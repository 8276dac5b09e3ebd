package social.rapport.plugins.sponsored.targeting;

import java.util.List;

/**
 * The facts of one member that targeting may use, as the platform released them for the
 * targeting purpose (withheld facts are empty lists, never guessed).
 */
public record MemberFacts(long memberId, List<String> skills, String location, String title, List<String> organisations,
                          List<String> languages) {

    public MemberFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static MemberFacts none(long memberId) {
        return new MemberFacts(memberId, List.of(), null, null, List.of(), List.of());
    }
}
