package social.rapport.core.profile;

/** What a member is open to talk about; each is a switch on the profile. */
public enum OpenTo {
    ADVICE, MENTORING, COLLABORATION, HIRING, BEING_HIRED
}
