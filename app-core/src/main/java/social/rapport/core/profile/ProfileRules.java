package social.rapport.core.profile;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import social.rapport.core.account.AccountService;
import social.rapport.core.platform.Refusal;
import social.rapport.spi.platform.Audience;

/**
 * The rules a profile edit must meet (lengths as in the schema, months and years that exist,
 * ends not before starts, at most so many entries), checked all at once so that the member sees
 * every problem in one go. Whether a handle is free is the service's question, not a rule here.
 */
final class ProfileRules {

    static final int MAX_HEADLINE = 220;
    static final int MAX_LOCATION = 100;
    static final int MAX_ABOUT = 2600;
    static final int MAX_TITLE = 120;
    static final int MAX_ORGANISATION = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_SCHOOL = 120;
    static final int MAX_DEGREE = 120;
    static final int MAX_FIELD = 120;
    static final int MAX_EXPERIENCE = 30;
    static final int MAX_EDUCATION = 20;
    static final int FIRST_YEAR = 1900;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ProfileRules() {
    }

    /** A position that passed the rules; {@code end} is null while it lasts. */
    record Position(String title, String organisation, YearMonth start, YearMonth end, String description) {
    }

    record School(String school, String degree, String field, Integer startYear, Integer endYear) {
    }

    /**
     * A draft that passed the rules, cleaned: texts trimmed (empty becomes null), blank entries
     * left out, skills de-duplicated ({@code skills}: normalised name to name as shown).
     */
    record Checked(String displayName, String handle, String headline, String location, String about,
                   List<Position> experience, List<School> education, Map<String, String> skills,
                   Set<OpenTo> openTo, Map<ProfilePart, Audience> visibility) {
    }

    /**
     * @param now the current month (months up to a year ahead are accepted, years up to ten)
     * @throws InvalidProfile with every problem found
     */
    static Checked check(ProfileDraft draft, YearMonth now) {
        List<Refusal> problems = new ArrayList<>();
        String displayName = clean(draft.getDisplayName());
        if (displayName == null) {
            problems.add(new Refusal("displayName", "account.displayName.required"));
        } else if (displayName.length() > AccountService.MAX_DISPLAY_NAME) {
            problems.add(new Refusal("displayName", "account.displayName.tooLong"));
        }
        String handle = Handles.normalise(draft.getHandle());
        Handles.problem(handle).ifPresent(key -> problems.add(new Refusal("handle", key)));
        String headline = limited(draft.getHeadline(), MAX_HEADLINE, "headline", problems);
        String location = limited(draft.getLocation(), MAX_LOCATION, "location", problems);
        String about = limitedText(draft.getAbout(), MAX_ABOUT, "about", problems);
        List<Position> experience = experience(draft.getExperience(), now, problems);
        List<School> education = education(draft.getEducation(), Year.from(now).getValue() + 10, problems);
        Map<String, String> skills = skills(draft.getSkills(), problems);

        Set<OpenTo> openTo = EnumSet.noneOf(OpenTo.class);
        for (OpenTo topic : OpenTo.values()) {
            if (Boolean.TRUE.equals(draft.getOpenTo().get(topic.name()))) {
                openTo.add(topic);
            }
        }
        Map<ProfilePart, Audience> visibility = new EnumMap<>(ProfilePart.class);
        for (ProfilePart part : ProfilePart.values()) {
            audience(draft.getVisibility().get(part.name())).ifPresentOrElse(a -> visibility.put(part, a),
                    () -> problems.add(new Refusal(part.visibilityField(), "profile.visibility.invalid")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems);
        }
        return new Checked(displayName, handle, headline, location, about, experience, education, skills, openTo, visibility);
    }

    private static Optional<Audience> audience(String name) {
        for (Audience audience : Audience.values()) {
            if (audience.name().equals(name)) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }

    private static List<Position> experience(List<ProfileDraft.Experience> drafts, YearMonth now, List<Refusal> problems) {
        List<Position> entries = new ArrayList<>();
        YearMonth latest = now.plusYears(1);
        for (int i = 0; i < drafts.size(); i++) {
            ProfileDraft.Experience d = drafts.get(i);
            if (blank(d.getTitle(), d.getOrganisation(), d.getStart(), d.getEnd(), d.getDescription())) {
                continue; // an entry added and left empty is not an error
            }
            String at = "experience:" + i + ":";
            int before = problems.size();
            String title = required(d.getTitle(), MAX_TITLE, at + "title", problems);
            String organisation = required(d.getOrganisation(), MAX_ORGANISATION, at + "organisation", problems);
            YearMonth start = month(d.getStart(), true, latest, at + "start", problems);
            YearMonth end = month(d.getEnd(), false, latest, at + "end", problems);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new Refusal(at + "end", "profile.experience.endBeforeStart"));
            }
            String description = limitedText(d.getDescription(), MAX_DESCRIPTION, at + "description", problems);
            if (problems.size() == before) {
                entries.add(new Position(title, organisation, start, end, description));
            }
        }
        if (entries.size() > MAX_EXPERIENCE) {
            problems.add(new Refusal("experienceList", "profile.experience.tooMany"));
        }
        return entries;
    }

    private static List<School> education(List<ProfileDraft.Education> drafts, int latest, List<Refusal> problems) {
        List<School> entries = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            ProfileDraft.Education d = drafts.get(i);
            if (blank(d.getSchool(), d.getDegree(), d.getField(), d.getStartYear(), d.getEndYear())) {
                continue;
            }
            String at = "education:" + i + ":";
            int before = problems.size();
            String school = required(d.getSchool(), MAX_SCHOOL, at + "school", problems);
            String degree = limited(d.getDegree(), MAX_DEGREE, at + "degree", problems);
            String field = limited(d.getField(), MAX_FIELD, at + "field", problems);
            Integer startYear = year(d.getStartYear(), latest, at + "startYear", problems);
            Integer endYear = year(d.getEndYear(), latest, at + "endYear", problems);
            if (startYear != null && endYear != null && endYear < startYear) {
                problems.add(new Refusal(at + "endYear", "profile.education.endBeforeStart"));
            }
            if (problems.size() == before) {
                entries.add(new School(school, degree, field, startYear, endYear));
            }
        }
        if (entries.size() > MAX_EDUCATION) {
            problems.add(new Refusal("educationList", "profile.education.tooMany"));
        }
        return entries;
    }

    private static Map<String, String> skills(List<String> names, List<Refusal> problems) {
        Map<String, String> skills = new LinkedHashMap<>();
        for (String name : names) {
            String clean = Skills.clean(name);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > Skills.MAX_LENGTH) {
                problems.add(new Refusal("skills", "profile.skills.tooLong"));
                continue;
            }
            skills.putIfAbsent(Skills.normalise(clean), clean);
        }
        if (skills.size() > Skills.MAX_PER_MEMBER) {
            problems.add(new Refusal("skills", "profile.skills.tooMany"));
        }
        return skills;
    }

    private static boolean blank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Trimmed, or null when empty. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Multi-line text: line endings made \n. */
    private static String limitedText(String value, int max, String field, List<Refusal> problems) {
        return limited(value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'), max, field, problems);
    }

    private static String limited(String value, int max, String field, List<Refusal> problems) {
        String text = clean(value);
        if (text != null && text.length() > max) {
            problems.add(new Refusal(field, "profile.tooLong." + max));
            return null;
        }
        return text;
    }

    private static String required(String value, int max, String field, List<Refusal> problems) {
        String text = clean(value);
        if (text == null) {
            problems.add(new Refusal(field, "profile.required"));
            return null;
        }
        return limited(text, max, field, problems);
    }

    private static YearMonth month(String value, boolean required, YearMonth latest, String field, List<Refusal> problems) {
        String text = clean(value);
        if (text == null) {
            if (required) {
                problems.add(new Refusal(field, "profile.month.required"));
            }
            return null;
        }
        if (MONTH.matcher(text).matches()) {
            int year = Integer.parseInt(text.substring(0, 4));
            int month = Integer.parseInt(text.substring(5));
            if (month >= 1 && month <= 12 && year >= FIRST_YEAR && !YearMonth.of(year, month).isAfter(latest)) {
                return YearMonth.of(year, month);
            }
        }
        problems.add(new Refusal(field, "profile.month.invalid"));
        return null;
    }

    private static Integer year(String value, int latest, String field, List<Refusal> problems) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= latest) {
                return year;
            }
        }
        problems.add(new Refusal(field, "profile.year.invalid"));
        return null;
    }
}
