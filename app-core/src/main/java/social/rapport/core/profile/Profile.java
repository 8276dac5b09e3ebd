package social.rapport.core.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import social.rapport.spi.platform.Audience;

/** A member's profile: one row per member, created at sign-up (table {@code profile}). */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false, length = 40)
    private String handle;

    @Column(length = 220)
    private String headline;

    @Column(length = 100)
    private String location;

    @Column(length = 2600)
    private String about;

    @Column(name = "photo_version")
    private Integer photoVersion;

    @Column(name = "open_advice", nullable = false)
    private boolean openAdvice;
    @Column(name = "open_mentoring", nullable = false)
    private boolean openMentoring;
    @Column(name = "open_collaboration", nullable = false)
    private boolean openCollaboration;
    @Column(name = "open_hiring", nullable = false)
    private boolean openHiring;
    @Column(name = "open_being_hired", nullable = false)
    private boolean openBeingHired;

    @Enumerated(EnumType.STRING) @Column(name = "photo_visibility", nullable = false)
    private Audience photoVisibility = Audience.EVERYONE;
    @Enumerated(EnumType.STRING) @Column(name = "headline_visibility", nullable = false)
    private Audience headlineVisibility = Audience.EVERYONE;
    @Enumerated(EnumType.STRING) @Column(name = "location_visibility", nullable = false)
    private Audience locationVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "about_visibility", nullable = false)
    private Audience aboutVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "experience_visibility", nullable = false)
    private Audience experienceVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "education_visibility", nullable = false)
    private Audience educationVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "skills_visibility", nullable = false)
    private Audience skillsVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "open_to_visibility", nullable = false)
    private Audience openToVisibility = Audience.MEMBERS;
    @Enumerated(EnumType.STRING) @Column(name = "connections_visibility", nullable = false)
    private Audience connectionsVisibility = Audience.CONNECTIONS;
    @Enumerated(EnumType.STRING) @Column(name = "sections_visibility", nullable = false)
    private Audience sectionsVisibility = Audience.MEMBERS;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Profile() {
    }

    public long getMemberId() {
        return memberId;
    }

    public String getHandle() {
        return handle;
    }

    public String getHeadline() {
        return headline;
    }

    public String getLocation() {
        return location;
    }

    public String getAbout() {
        return about;
    }

    public Integer getPhotoVersion() {
        return photoVersion;
    }

    void setPhotoVersion(Integer photoVersion) {
        this.photoVersion = photoVersion;
    }

    void update(String handle, String headline, String location, String about, Set<OpenTo> openTo, OffsetDateTime now) {
        this.handle = handle;
        this.headline = headline;
        this.location = location;
        this.about = about;
        this.openAdvice = openTo.contains(OpenTo.ADVICE);
        this.openMentoring = openTo.contains(OpenTo.MENTORING);
        this.openCollaboration = openTo.contains(OpenTo.COLLABORATION);
        this.openHiring = openTo.contains(OpenTo.HIRING);
        this.openBeingHired = openTo.contains(OpenTo.BEING_HIRED);
        this.updatedAt = now;
    }

    void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    public Set<OpenTo> getOpenTo() {
        Set<OpenTo> open = EnumSet.noneOf(OpenTo.class);
        if (openAdvice) {
            open.add(OpenTo.ADVICE);
        }
        if (openMentoring) {
            open.add(OpenTo.MENTORING);
        }
        if (openCollaboration) {
            open.add(OpenTo.COLLABORATION);
        }
        if (openHiring) {
            open.add(OpenTo.HIRING);
        }
        if (openBeingHired) {
            open.add(OpenTo.BEING_HIRED);
        }
        return open;
    }

    public Audience visibility(ProfilePart part) {
        return switch (part) {
            case PHOTO -> photoVisibility;
            case HEADLINE -> headlineVisibility;
            case LOCATION -> locationVisibility;
            case ABOUT -> aboutVisibility;
            case EXPERIENCE -> experienceVisibility;
            case EDUCATION -> educationVisibility;
            case SKILLS -> skillsVisibility;
            case OPEN_TO -> openToVisibility;
            case CONNECTIONS -> connectionsVisibility;
            case SECTIONS -> sectionsVisibility;
        };
    }

    void setVisibility(ProfilePart part, Audience audience) {
        switch (part) {
            case PHOTO -> photoVisibility = audience;
            case HEADLINE -> headlineVisibility = audience;
            case LOCATION -> locationVisibility = audience;
            case ABOUT -> aboutVisibility = audience;
            case EXPERIENCE -> experienceVisibility = audience;
            case EDUCATION -> educationVisibility = audience;
            case SKILLS -> skillsVisibility = audience;
            case OPEN_TO -> openToVisibility = audience;
            case CONNECTIONS -> connectionsVisibility = audience;
            case SECTIONS -> sectionsVisibility = audience;
        }
    }
}
