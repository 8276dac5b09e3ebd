package social.rapport.core.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import social.rapport.core.account.AccountService;
import social.rapport.core.account.Caller;
import social.rapport.core.account.Member;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.platform.Refusal;
import social.rapport.core.plugin.PluginCalls;
import social.rapport.spi.platform.MemberRef;
import social.rapport.spi.profile.ProfileSection;
import social.rapport.spi.profile.ProfileSectionProvider;
import social.rapport.spi.platform.Relationships;
import social.rapport.spi.platform.Viewer;

/**
 * Profiles as members see and edit them. What a viewer sees is decided here, part by part, from
 * the owner's choices ({@link Relationships#canSee}); the page only shows what it is given.
 * Edits always apply to the caller's own profile.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccountService accounts;

    @Inject
    Relationships relationships;

    @Inject
    PluginCalls calls;

    @Inject
    MemberDirectory directory;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- viewing

    /**
     * The profile with this handle as {@code viewer} may see it; empty when there is no such
     * profile, its owner is suspended, or either of the two blocked the other.
     */
    public Optional<ProfileView> view(String handle, Viewer viewer) {
        Optional<Profile> found = byHandle(Handles.normalise(handle));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Profile profile = found.get();
        long owner = profile.getMemberId();
        Member member = accounts.find(owner).orElse(null);
        Long viewerId = viewer.memberId();
        if (member == null || member.isSuspended()
                || (viewerId != null && viewerId != owner && relationships.blocked(viewerId, owner))) {
            return Optional.empty();
        }
        Visible visible = part -> relationships.canSee(viewerId, owner, profile.visibility(part));

        String photoUrl = profile.getPhotoVersion() != null && visible.part(ProfilePart.PHOTO)
                ? PhotoService.url(owner, PhotoService.LARGE, profile.getPhotoVersion()) : null;
        List<ProfileView.Experience> experience = visible.part(ProfilePart.EXPERIENCE)
                ? experienceOf(owner).stream().map(e -> new ProfileView.Experience(e.getTitle(), e.getOrganisation(),
                        YearMonth.from(e.getStartMonth()), e.getEndMonth() == null ? null : YearMonth.from(e.getEndMonth()),
                        e.getDescription())).toList()
                : null;
        List<ProfileView.Education> education = visible.part(ProfilePart.EDUCATION)
                ? educationOf(owner).stream().map(e -> new ProfileView.Education(e.getSchool(), e.getDegree(), e.getField(),
                        e.getStartYear(), e.getEndYear())).toList()
                : null;
        List<OpenTo> openTo = visible.part(ProfilePart.OPEN_TO) ? List.copyOf(profile.getOpenTo()) : null;
        Long connections = visible.part(ProfilePart.CONNECTIONS)
                ? ((Number) em.createNativeQuery("select count(*) from connection_edge where member_id = ?1")
                        .setParameter(1, owner).getSingleResult()).longValue()
                : null;
        List<ProfileView.Section> sections = visible.part(ProfilePart.SECTIONS)
                ? sections(directory.ref(member, profile, viewerId), viewer)
                : List.of();
        return Optional.of(new ProfileView(owner, profile.getHandle(), member.getDisplayName(),
                visible.part(ProfilePart.HEADLINE) ? profile.getHeadline() : null,
                photoUrl,
                visible.part(ProfilePart.LOCATION) ? profile.getLocation() : null,
                visible.part(ProfilePart.ABOUT) ? profile.getAbout() : null,
                experience, education,
                visible.part(ProfilePart.SKILLS) ? skillsOf(owner) : null,
                openTo, connections, sections,
                viewerId != null && viewerId == owner));
    }

    private interface Visible {
        boolean part(ProfilePart part);
    }

    private record Placed(int order, String pluginId, ProfileSection section) {
    }

    /** Enabled plugins' sections, each call isolated, in Extension.order then plugin id, that this viewer may see. */
    private List<ProfileView.Section> sections(MemberRef owner, Viewer viewer) {
        List<Placed> placed = calls.<ProfileSectionProvider, Placed>collect(ProfileSectionProvider.class, provider -> {
            Optional<ProfileSection> section = provider.section(owner, viewer);
            return section == null || section.isEmpty() ? List.of()
                    : List.of(new Placed(provider.order(), calls.ownerOf(provider), section.get()));
        });
        return placed.stream()
                .filter(p -> safeFragment(p.pluginId(), p.section().fragment()))
                .filter(p -> relationships.canSee(viewer.memberId(), owner.id(), p.section().audience()))
                .sorted(Comparator.comparingInt(Placed::order).thenComparing(Placed::pluginId))
                .map(p -> new ProfileView.Section(p.pluginId(), p.section()))
                .toList();
    }

    /** A plugin may only include its own Facelets (under /p/<id>/), never the core's pages. */
    static boolean safeFragment(String pluginId, String fragment) {
        boolean safe = fragment.startsWith("/p/" + pluginId + "/") && fragment.endsWith(".xhtml")
                && !fragment.contains("..") && !fragment.contains("//") && !fragment.contains("\\");
        if (!safe) {
            LOG.warning(() -> "Plugin " + pluginId + ": profile section fragment " + fragment
                    + " is not under /p/" + pluginId + "/; the section is skipped");
        }
        return safe;
    }

    /** The handle of a member's profile (e.g. for links to it), if the member has one. */
    public Optional<String> handleOf(long memberId) {
        return Optional.ofNullable(em.find(Profile.class, memberId)).map(Profile::getHandle);
    }

    // ---------------------------------------------------------------- editing

    /** The caller's own profile, ready to edit. */
    public ProfileDraft ownDraft() {
        long memberId = caller.memberId();
        Profile profile = own(memberId);
        ProfileDraft draft = new ProfileDraft();
        draft.setDisplayName(caller.member().orElseThrow().getDisplayName());
        draft.setHandle(profile.getHandle());
        draft.setHeadline(profile.getHeadline());
        draft.setLocation(profile.getLocation());
        draft.setAbout(profile.getAbout());
        for (ExperienceEntry e : experienceOf(memberId)) {
            draft.getExperience().add(new ProfileDraft.Experience(e.getTitle(), e.getOrganisation(), month(e.getStartMonth()),
                    month(e.getEndMonth()), e.getDescription()));
        }
        for (EducationEntry e : educationOf(memberId)) {
            draft.getEducation().add(new ProfileDraft.Education(e.getSchool(), e.getDegree(), e.getField(),
                    e.getStartYear() == null ? null : e.getStartYear().toString(),
                    e.getEndYear() == null ? null : e.getEndYear().toString()));
        }
        draft.getSkills().addAll(skillsOf(memberId));
        Set<OpenTo> open = profile.getOpenTo();
        for (OpenTo topic : OpenTo.values()) {
            draft.getOpenTo().put(topic.name(), open.contains(topic));
        }
        for (ProfilePart part : ProfilePart.values()) {
            draft.getVisibility().put(part.name(), profile.visibility(part).name());
        }
        return draft;
    }

    /** The photo version of the caller's profile (null: no photo). */
    public Integer ownPhotoVersion() {
        return own(caller.memberId()).getPhotoVersion();
    }

    /**
     * Saves the caller's own profile as a whole.
     *
     * @return the handle now in use
     * @throws InvalidProfile with every problem found; nothing is stored then
     */
    public String saveOwn(ProfileDraft draft) {
        long memberId = caller.memberId();
        Profile profile = own(memberId);
        List<Refusal> problems = new ArrayList<>();
        ProfileRules.Checked checked = null;
        try {
            checked = ProfileRules.check(draft, YearMonth.now(clock));
        } catch (InvalidProfile invalid) {
            problems.addAll(invalid.problems());
        }
        String handle = Handles.normalise(draft.getHandle());
        if (Handles.problem(handle).isEmpty() && !handle.equals(profile.getHandle()) && byHandle(handle).isPresent()) {
            problems.add(new Refusal("handle", "profile.handle.taken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems); // all of them at once, the taken handle too
        }
        em.createNativeQuery("update member set display_name = ?1 where id = ?2")
                .setParameter(1, checked.displayName()).setParameter(2, memberId).executeUpdate();
        // a new headline or current position is news for "Keep in touch"
        ProfileChanges.record(em, memberId, profile.getHeadline(), checked.headline(),
                experienceOf(memberId).stream().filter(e -> e.getEndMonth() == null)
                        .map(e -> ProfileChanges.job(e.getTitle(), e.getOrganisation())).collect(java.util.stream.Collectors.toSet()),
                checked.experience().stream().filter(p -> p.end() == null)
                        .map(p -> ProfileChanges.job(p.title(), p.organisation())).collect(java.util.stream.Collectors.toSet()));
        profile.update(checked.handle(), checked.headline(), checked.location(), checked.about(), checked.openTo(),
                OffsetDateTime.now(clock));
        checked.visibility().forEach(profile::setVisibility);
        em.createQuery("delete from ExperienceEntry e where e.memberId = :m").setParameter("m", memberId).executeUpdate();
        em.createQuery("delete from EducationEntry e where e.memberId = :m").setParameter("m", memberId).executeUpdate();
        for (ProfileRules.Position p : checked.experience()) {
            em.persist(new ExperienceEntry(memberId, p.title(), p.organisation(), p.start().atDay(1),
                    p.end() == null ? null : p.end().atDay(1), p.description()));
        }
        for (ProfileRules.School s : checked.education()) {
            em.persist(new EducationEntry(memberId, s.school(), s.degree(), s.field(), s.startYear(), s.endYear()));
        }
        replaceSkills(memberId, checked.skills());
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // another member took the handle between the check and now: the unique index decides
            throw new InvalidProfile(List.of(new Refusal("handle", "profile.handle.taken")));
        }
        return checked.handle();
    }

    private void replaceSkills(long memberId, Map<String, String> skills) {
        em.createNativeQuery("delete from member_skill where member_id = ?1").setParameter(1, memberId).executeUpdate();
        for (Map.Entry<String, String> skill : skills.entrySet()) {
            // the first spelling a skill was entered with is the one everybody sees
            em.createNativeQuery("insert into skill (normalised, name) values (?1, ?2) on conflict (normalised) do nothing")
                    .setParameter(1, skill.getKey()).setParameter(2, skill.getValue()).executeUpdate();
            em.createNativeQuery("insert into member_skill (member_id, skill_id) "
                            + "select ?1, id from skill where normalised = ?2 on conflict do nothing")
                    .setParameter(1, memberId).setParameter(2, skill.getKey()).executeUpdate();
        }
    }

    /**
     * Existing skills whose name contains what the member typed, best first (those that start
     * with it, then the most similar), for suggestions as they type. Uses the trigram index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> suggestSkills(String typed, int limit) {
        String q = Skills.normalise(typed);
        if (q.length() < 2) {
            return List.of();
        }
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select s.name from skill s "
                        + "where s.normalised like ?1 escape '\\' or s.normalised % ?2 "
                        + "order by (s.normalised like ?3 escape '\\') desc, similarity(s.normalised, ?2) desc, "
                        + "(select count(*) from member_skill ms where ms.skill_id = s.id) desc, s.name")
                .setParameter(1, like).setParameter(2, q).setParameter(3, prefix)
                .setMaxResults(Math.max(1, Math.min(limit, 20)))
                .getResultList();
        return names;
    }

    // ---------------------------------------------------------------- reading

    Optional<Profile> byHandle(String handle) {
        return em.createQuery("select p from Profile p where p.handle = :h", Profile.class)
                .setParameter("h", handle).getResultStream().findFirst();
    }

    private Profile own(long memberId) {
        Profile profile = em.find(Profile.class, memberId);
        if (profile == null) {
            throw new IllegalStateException("member " + memberId + " has no profile");
        }
        return profile;
    }

    /** Current positions first, then by when they ended and started, latest first. */
    private List<ExperienceEntry> experienceOf(long memberId) {
        LocalDate current = LocalDate.MAX;
        return em.createQuery("select e from ExperienceEntry e where e.memberId = :m", ExperienceEntry.class)
                .setParameter("m", memberId).getResultStream()
                .sorted(Comparator.comparing((ExperienceEntry e) -> e.getEndMonth() == null ? current : e.getEndMonth())
                        .thenComparing(ExperienceEntry::getStartMonth).reversed())
                .toList();
    }

    private List<EducationEntry> educationOf(long memberId) {
        return em.createQuery("select e from EducationEntry e where e.memberId = :m", EducationEntry.class)
                .setParameter("m", memberId).getResultStream()
                .sorted(Comparator.comparing((EducationEntry e) -> e.getEndYear() == null ? Integer.MAX_VALUE : e.getEndYear())
                        .thenComparing(e -> e.getStartYear() == null ? 0 : e.getStartYear()).reversed())
                .toList();
    }

    List<String> skillsOf(long memberId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select s.name from member_skill ms join skill s on s.id = ms.skill_id "
                        + "where ms.member_id = ?1 order by lower(s.name)")
                .setParameter(1, memberId).getResultList();
        return names;
    }

    private static String month(LocalDate date) {
        return date == null ? null : YearMonth.from(date).toString();
    }
}
