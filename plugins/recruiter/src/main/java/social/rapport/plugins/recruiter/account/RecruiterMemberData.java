package social.rapport.plugins.recruiter.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import social.rapport.plugins.recruiter.RecruiterPlugin;
import social.rapport.spi.account.ExportFile;
import social.rapport.spi.account.MemberDataHook;

/**
 * A member's part of the recruiter plugin. Export: their applications (with each stage move, not
 * the recruiters' private notes), "open to opportunities", the outreach they received and sent,
 * the organisations they stopped, the organisations they recruit for, their saved searches. Erasure: all of it, and the
 * notes they wrote as a recruiter; the jobs and organisations stay, they are the organisation's.
 */
@ApplicationScoped
public class RecruiterMemberData implements MemberDataHook {

    @Inject
    MemberDataRepository data;

    @Override
    public String pluginId() {
        return RecruiterPlugin.ID;
    }

    @Override
    public List<ExportFile> export(long memberId) {
        return List.of(new ExportFile("applications.json", data.json(MemberDataRepository.APPLICATIONS, memberId)),
                new ExportFile("open-to.json", data.json(MemberDataRepository.OPEN_TO, memberId)),
                new ExportFile("outreach-received.json", data.json(MemberDataRepository.OUTREACH_RECEIVED, memberId)),
                new ExportFile("outreach-sent.json", data.json(MemberDataRepository.OUTREACH_SENT, memberId)),
                new ExportFile("dont-contact.json", data.json(MemberDataRepository.NO_CONTACT, memberId)),
                new ExportFile("recruiter-of.json", data.json(MemberDataRepository.RECRUITER_OF, memberId, memberId)),
                new ExportFile("saved-searches.json", data.json(MemberDataRepository.SAVED_SEARCHES, memberId)));
    }

    @Override
    public void erase(long memberId) {
        data.erase(memberId);
    }
}
