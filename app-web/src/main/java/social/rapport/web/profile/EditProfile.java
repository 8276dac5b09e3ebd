package social.rapport.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import social.rapport.core.account.Caller;
import social.rapport.core.platform.Refusal;
import social.rapport.core.profile.InvalidProfile;
import social.rapport.core.profile.OpenTo;
import social.rapport.core.profile.PhotoProcessor;
import social.rapport.core.profile.PhotoService;
import social.rapport.core.profile.ProfileDraft;
import social.rapport.core.profile.ProfilePart;
import social.rapport.core.profile.ProfileService;
import social.rapport.core.profile.Skills;
import social.rapport.spi.platform.Audience;
import social.rapport.web.platform.Messages;

/**
 * {@code /profile/edit}: the caller edits their own profile (there is no way to name another
 * member: the services always act on the caller). Adding and removing entries and skills only
 * changes the draft on the page; Save validates and stores it all at once.
 */
@Named
@ViewScoped
public class EditProfile implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profile";
    static final String PHOTO_FORM = "photo";
    /** Refusals about a whole list are shown next to the button that grows it. */
    private static final Map<String, String> FIELDS = Map.of(
            "experienceList", "addExperience", "educationList", "addEducation", "skills", "newSkill");

    @Inject
    ProfileService profiles;

    @Inject
    PhotoService photos;

    @Inject
    Caller caller;

    private ProfileDraft draft;
    private long memberId;
    private Integer photoVersion;
    private String newSkill;
    private transient Part photo;

    @PostConstruct
    void init() {
        memberId = caller.memberId();
        draft = profiles.ownDraft();
        photoVersion = profiles.ownPhotoVersion();
    }

    public void save() throws IOException {
        if (!addSkill()) { // a skill typed but not yet added counts
            Messages.error(null, "profile.invalid");
            return;
        }
        String handle;
        try {
            handle = profiles.saveOwn(draft);
        } catch (InvalidProfile invalid) {
            for (Refusal problem : invalid.problems()) {
                Messages.error(FORM + ":" + FIELDS.getOrDefault(problem.field(), problem.field()), problem.messageKey());
            }
            Messages.error(null, "profile.invalid");
            return;
        }
        Messages.flash("profile.saved");
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.getFlash().setRedirect(true);
        external.redirect(external.getRequestContextPath() + "/in/" + handle);
    }

    public void addExperience() {
        draft.getExperience().add(new ProfileDraft.Experience());
    }

    public void removeExperience(int index) {
        if (index >= 0 && index < draft.getExperience().size()) {
            draft.getExperience().remove(index);
        }
    }

    public void addEducation() {
        draft.getEducation().add(new ProfileDraft.Education());
    }

    public void removeEducation(int index) {
        if (index >= 0 && index < draft.getEducation().size()) {
            draft.getEducation().remove(index);
        }
    }

    /** Adds the typed skill to the draft; false (with a message) when it is too long. */
    public boolean addSkill() {
        String skill = Skills.clean(newSkill);
        if (skill.isEmpty()) {
            return true;
        }
        if (skill.length() > Skills.MAX_LENGTH) {
            Messages.error(FORM + ":newSkill", "profile.skills.tooLong");
            return false;
        }
        String key = Skills.normalise(skill);
        if (draft.getSkills().stream().noneMatch(s -> Skills.normalise(s).equals(key))) {
            draft.getSkills().add(skill);
        }
        newSkill = null;
        return true;
    }

    public void removeSkill(int index) {
        if (index >= 0 && index < draft.getSkills().size()) {
            draft.getSkills().remove(index);
        }
    }

    public void uploadPhoto() {
        try {
            photoVersion = photos.uploadOwn(read(photo));
            Messages.info("profile.photo.saved");
        } catch (Refusal refusal) {
            Messages.error(PHOTO_FORM + ":file", refusal.messageKey());
        } catch (IOException e) {
            Messages.error(PHOTO_FORM + ":file", "profile.photo.corrupt");
        }
    }

    /** At most one byte more than allowed is read: enough to tell that it is too large. */
    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            throw new Refusal("photo", "profile.photo.missing");
        }
        if (part.getSize() > PhotoProcessor.MAX_BYTES) {
            throw new Refusal("photo", "profile.photo.tooLarge");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(PhotoProcessor.MAX_BYTES + 1);
        } finally {
            part.delete();
        }
    }

    public void removePhoto() {
        photos.removeOwn();
        photoVersion = null;
        Messages.info("profile.photo.removed");
    }

    public ProfileDraft getDraft() {
        return draft;
    }

    /** The current large photo, or null. */
    public String getPhotoUrl() {
        return photoVersion == null ? null : PhotoService.url(memberId, PhotoService.LARGE, photoVersion);
    }

    public List<ProfilePart> getParts() {
        return Arrays.asList(ProfilePart.values());
    }

    public List<String> getAudiences() {
        return Arrays.stream(Audience.values()).map(Audience::name).toList();
    }

    public List<String> getTopics() {
        return Arrays.stream(OpenTo.values()).map(OpenTo::name).toList();
    }

    public String getNewSkill() {
        return newSkill;
    }

    public void setNewSkill(String newSkill) {
        this.newSkill = newSkill;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
