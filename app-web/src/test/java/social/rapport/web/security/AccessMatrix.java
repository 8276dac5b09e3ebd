package social.rapport.web.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The access matrix: every Faces action of the core and of every plugin, by who may take it.
 * {@link AccessMatrixIT} checks that this table and the Facelets of the application name the same
 * actions (so a new action must be placed here), and tries each as the callers that must be
 * refused. The same table is in docs/security.md.
 */
final class AccessMatrix {

    /** Who may take an action, and so which callers are tried. */
    enum Who {
        /** Changes nothing: a search, "show more", a re-render. Not tried. */
        READ,
        /** Before signing in (sign in, sign up, password reset, the first-start setup link's token), or the session's own language. */
        PUBLIC,
        /** The signed-in member, on their own account, profile, settings or lists. Tried: anonymous, suspended. */
        OWN,
        /** A member towards another member or their content, as far as blocks and visibility allow. Tried: anonymous, suspended, blocked. */
        MEMBER,
        /** Only whoever the thing belongs to (author, host, participant, advertiser, recruiter). Tried: anonymous, suspended, unrelated. */
        OWNER,
        /** Admins only. Tried: anonymous, non-admin (an admin whose role was revoked), suspended admin. */
        ADMIN
    }

    static final Map<Who, List<String>> TABLE = Map.of(
            Who.READ, List.of("adminMembers.search", "adminMembers.showMore", "adminReports.showMore", "adminReports.showMoreHistory",
                    "followers.showMore", "following.showMore", "myNetwork.search", "myNetwork.showMore", "notificationList.showMore",
                    "profileActions.cancel", "adminMembers.cancelSuspend", "adminReports.cancel", "viewEvent.keepEvent", "editPost.keepPost",
                    "openConversation.cancelBlock"),
            Who.PUBLIC, List.of("signIn.submit", "signUp.submit", "signOut.submit", "forgotPassword.submit", "resetPassword.submit",
                    "adminSetupPage.claim", "localeSelection.choose"),
            Who.OWN, List.of("changeEmail.submit", "changePassword.submit", "deleteAccount.submit", "sessions.end", "sessions.endOthers",
                    "resendVerification.submit", "howMyDataIsUsed.turn", "applyForCapability.apply",
                    "editProfile.save", "editProfile.uploadPhoto", "editProfile.removePhoto", "editProfile.addEducation",
                    "editProfile.addExperience", "editProfile.addSkill", "editProfile.removeEducation", "editProfile.removeExperience",
                    "editProfile.removeSkill", "homeFeed.publish", "homeFeed.hide", "homeFeed.mute", "homeFeed.unfollow", "mutedMembers.unmute",
                    "notificationList.markAllRead", "notificationList.open", "notificationSettings.save", "memberWarnings.acknowledge",
                    "myNetwork.dismiss", "invitations.accept", "invitations.decline", "invitations.notNow", "invitations.withdraw",
                    "keepInTouch.cadence", "keepInTouch.done", "keepInTouch.snooze", "inbox.later", "inbox.noThanks", "inbox.notNow",
                    "inbox.toggleReplyRate", "newGroup.create", "editOpenTo.save", "myApplications.withdraw",
                    "sponsoredPreferences.save", "advertiserHome.describe", "recruiterDesk.create", "aboutAd.hide", "aboutAd.hideAdvertiser",
                    "exportMyData.request", "receivedOutreach.notInterested", "receivedOutreach.doNotContact", "receivedOutreach.allowAgain"),
            Who.MEMBER, List.of("profileActions.invite", "profileActions.withdraw", "profileActions.accept", "profileActions.decline",
                    "profileActions.notNow", "profileActions.follow", "profileActions.unfollow", "profileActions.remove",
                    "profileActions.block", "profileActions.confirm", "profileActions.unblock", "profileActions.report", "profileConversation.saveCadence",
                    "newMessage.send", "homeFeed.react", "viewPost.react", "viewPost.unreact", "viewPost.comment", "viewPost.reply",
                    "viewPost.reactToComment", "viewPost.reshare", "reportContent.submit", "viewEvent.going", "viewEvent.maybe",
                    "viewEvent.notGoing", "viewEvent.postComment", "viewEvent.react", "viewJob.apply", "aboutAd.report"),
            Who.OWNER, List.of("editPost.save", "editPost.delete", "editPost.confirmDelete", "viewPost.saveComment", "viewPost.deleteComment",
                    "openConversation.send", "openConversation.edit", "openConversation.deleteForEveryone", "openConversation.deleteForMe",
                    "openConversation.accept", "openConversation.decline", "openConversation.block", "openConversation.confirmBlock", "openConversation.notNow",
                    "openConversation.noThanks", "openConversation.later", "openConversation.add", "openConversation.leave",
                    "openConversation.markRead", "openConversation.refresh", "openConversation.typing", "editEvent.save", "editEvent.uploadCover", "followUp.save",
                    "viewEvent.invite", "viewEvent.addCohost", "viewEvent.cancelEvent", "viewEvent.confirmCancel", "viewEvent.deleteComment",
                    "editCampaign.save", "viewCampaign.submit", "viewCampaign.pause", "viewCampaign.resume",
                    "postJob.save", "pipeline.move", "pipeline.note", "recruiterDesk.addRecruiter", "recruiterDesk.closeJob",
                    "creativeImageUpload.upload", "creativeImageUpload.remove", "writeToCandidate.send", "sentOutreach.finalAnswer",
                    "findCandidates.saveSearch", "recruiterDesk.deleteSaved", "editOrganisation.save", "editOrganisation.uploadLogo",
                    "editOrganisation.removeLogo"),
            Who.ADMIN, List.of("adminMembers.grant", "adminMembers.revoke", "adminMembers.liftSuspension", "adminMembers.suspend", "adminMembers.confirmSuspend",
                    "adminReports.dismiss", "adminReports.warn", "adminReports.suspend", "adminReports.remove", "adminReports.confirm",
                    "adminCapabilities.approve", "adminCapabilities.decline", "adminCapabilities.grant", "adminCapabilities.revoke",
                    "adminFeed.save", "adminPlugins.enable", "adminPlugins.disable", "editPluginSettings.save",
                    "approveOrganisations.approve", "approveOrganisations.decline", "reviewAds.approveCampaign", "reviewAds.rejectCampaign",
                    "reviewAds.pauseCampaign", "reviewAds.resumeCampaign", "reviewAds.saveSettings"));

    /**
     * Actions whose owner is tried by another feature's IT rather than by the sweep here, because
     * reaching them needs a role the sweep's members do not hold (advertiser, recruiter). The sweep
     * still tries them as anonymous and suspended callers where its pages show them.
     */
    static final Map<String, String> OWNER_TRIED_ELSEWHERE = Map.ofEntries(
            Map.entry("editCampaign.save", "SponsoredIT (another advertiser is refused on every action)"),
            Map.entry("viewCampaign.submit", "SponsoredIT"), Map.entry("viewCampaign.pause", "SponsoredIT"),
            Map.entry("viewCampaign.resume", "SponsoredIT"),
            Map.entry("creativeImageUpload.upload", "SponsoredJourneyIT (the same CampaignService.own check as editCampaign.save)"),
            Map.entry("creativeImageUpload.remove", "SponsoredJourneyIT (the same CampaignService.own check as editCampaign.save)"),
            Map.entry("postJob.save", "RecruiterIT.aRecruiterReachesOnlyTheirOwnOrganisation"),
            Map.entry("pipeline.move", "RecruiterIT.aRecruiterReachesOnlyTheirOwnOrganisation"),
            Map.entry("pipeline.note", "RecruiterIT.aRecruiterReachesOnlyTheirOwnOrganisation"),
            Map.entry("recruiterDesk.addRecruiter", "RecruiterIT"), Map.entry("recruiterDesk.closeJob", "RecruiterIT"),
            Map.entry("writeToCandidate.send", "RecruiterIT.dontContactMeAgainStopsThatOrganisationOnlyAndNoRecruiterReachesAnothersOutreach"),
            Map.entry("sentOutreach.finalAnswer", "RecruiterIT.dontContactMeAgainStopsThatOrganisationOnlyAndNoRecruiterReachesAnothersOutreach"),
            Map.entry("findCandidates.saveSearch", "RecruiterJourneyIT"), Map.entry("recruiterDesk.deleteSaved", "RecruiterJourneyIT"),
            Map.entry("editOrganisation.save", "RecruiterIT.anOrganisationPageIsEditedOnlyByItsRecruitersWithAnHttpWebsiteAndACheckedLogo"),
            Map.entry("editOrganisation.uploadLogo", "RecruiterIT.anOrganisationPageIsEditedOnlyByItsRecruitersWithAnHttpWebsiteAndACheckedLogo"),
            Map.entry("editOrganisation.removeLogo", "RecruiterIT.anOrganisationPageIsEditedOnlyByItsRecruitersWithAnHttpWebsiteAndACheckedLogo"));

    /**
     * The second step of a confirmation: its button exists only on the page that answered the first
     * step (block, remove, suspend), and the first step changes nothing. Each is pressed in its
     * feature's IT (NetworkIT, ConversationsIT, NotificationsIT), which also shows that a request
     * without the first step does nothing.
     */
    static final Set<String> SECOND_STEPS = Set.of("profileActions.confirm", "openConversation.confirmBlock",
            "adminMembers.confirmSuspend", "adminReports.confirm", "viewEvent.confirmCancel", "editPost.confirmDelete");

    private AccessMatrix() {
    }

    static Map<String, Who> byAction() {
        Map<String, Who> all = new TreeMap<>();
        TABLE.forEach((who, actions) -> actions.forEach(a -> {
            if (all.put(a, who) != null) {
                throw new AssertionError(a + " is in the matrix twice");
            }
        }));
        return all;
    }

    static Set<String> of(Who... who) {
        Set<String> actions = new java.util.TreeSet<>();
        for (Who w : who) {
            actions.addAll(TABLE.get(w));
        }
        return actions;
    }
}
