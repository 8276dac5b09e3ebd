package social.rapport.plugins.recruiter;

import jakarta.enterprise.context.ApplicationScoped;
import social.rapport.spi.Plugin;
import social.rapport.spi.SpiVersion;

/** The descriptor of the recruiter plugin. Its id names the tables, the migrations, the settings and /p/recruiter/. */
@ApplicationScoped
public class RecruiterPlugin implements Plugin {

    public static final String ID = "recruiter";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Recruiter tools";
    }

    @Override
    public String description() {
        return "Organisation pages, jobs with a required pay range, applications that always get an answer, "
                + "opt-in candidate search, a pipeline per job, and outreach whose credits come back when candidates answer.";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int spiVersion() {
        return SpiVersion.CURRENT;
    }
}
