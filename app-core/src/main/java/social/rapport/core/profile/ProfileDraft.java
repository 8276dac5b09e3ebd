package social.rapport.core.profile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import social.rapport.spi.platform.Audience;

/**
 * Everything the edit page changes, as the member typed it (months and years as text, so that
 * a wrong value earns a message rather than a conversion error). {@link ProfileService#save}
 * validates it as a whole.
 */
public class ProfileDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String handle;
    private String headline;
    private String location;
    private String about;
    private List<Experience> experience = new ArrayList<>();
    private List<Education> education = new ArrayList<>();
    private List<String> skills = new ArrayList<>();
    /** {@link OpenTo} name to switched on. */
    private Map<String, Boolean> openTo = new LinkedHashMap<>();
    /** {@link ProfilePart} name to {@link Audience} name. */
    private Map<String, String> visibility = new LinkedHashMap<>();

    public ProfileDraft() {
        for (OpenTo topic : OpenTo.values()) {
            openTo.put(topic.name(), false);
        }
        for (ProfilePart part : ProfilePart.values()) {
            visibility.put(part.name(), Audience.MEMBERS.name());
        }
    }

    /** One position; months are {@code YYYY-MM}, the end is empty while it lasts. */
    public static class Experience implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String organisation;
        private String start;
        private String end;
        private String description;

        public Experience() {
        }

        public Experience(String title, String organisation, String start, String end, String description) {
            this.title = title;
            this.organisation = organisation;
            this.start = start;
            this.end = end;
            this.description = description;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    /** One school; years are optional. */
    public static class Education implements Serializable {
        private static final long serialVersionUID = 1L;
        private String school;
        private String degree;
        private String field;
        private String startYear;
        private String endYear;

        public Education() {
        }

        public Education(String school, String degree, String field, String startYear, String endYear) {
            this.school = school;
            this.degree = degree;
            this.field = field;
            this.startYear = startYear;
            this.endYear = endYear;
        }

        public String getSchool() {
            return school;
        }

        public void setSchool(String school) {
            this.school = school;
        }

        public String getDegree() {
            return degree;
        }

        public void setDegree(String degree) {
            this.degree = degree;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getStartYear() {
            return startYear;
        }

        public void setStartYear(String startYear) {
            this.startYear = startYear;
        }

        public String getEndYear() {
            return endYear;
        }

        public void setEndYear(String endYear) {
            this.endYear = endYear;
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public List<Experience> getExperience() {
        return experience;
    }

    public void setExperience(List<Experience> experience) {
        this.experience = experience;
    }

    public List<Education> getEducation() {
        return education;
    }

    public void setEducation(List<Education> education) {
        this.education = education;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public Map<String, Boolean> getOpenTo() {
        return openTo;
    }

    public Map<String, String> getVisibility() {
        return visibility;
    }
}
