package social.rapport.plugins.recruiter.web;

import static social.rapport.plugins.recruiter.RecruiterText.PAGES;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import social.rapport.plugins.recruiter.application.Application;
import social.rapport.plugins.recruiter.application.ApplicationService;
import social.rapport.spi.error.NotFound;
import social.rapport.spi.error.Refusal;

/** {@code /p/recruiter/applications.xhtml}: the status of each of my applications, and "Withdraw". */
@Named
@RequestScoped
public class MyApplications {

    @Inject
    ApplicationService applications;

    private List<Application> list;

    public List<Application> getList() {
        if (list == null) {
            list = applications.mine();
        }
        return list;
    }

    public String withdraw() {
        try {
            Long id = PAGES.parseId(PAGES.param("application"));
            if (id == null) {
                throw new NotFound("application");
            }
            applications.withdraw(id);
            PAGES.flash("recruiter.withdrawn");
            return "/p/recruiter/applications.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PAGES.refused(null, r);
        } catch (NotFound e) {
            PAGES.status(404);
        }
        return null;
    }
}
