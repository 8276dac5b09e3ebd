package social.rapport.web.network;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import social.rapport.core.connection.NetworkQueries;
import social.rapport.core.connection.Person;

/**
 * {@code /network/member?id=}: a member by id, with the connection actions. The fallback for
 * members without a profile handle; the profile page includes the same fragment.
 */
@Named
@ViewScoped
public class NetworkMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NetworkQueries queries;

    private Long id;
    private Person person;

    public void load() throws IOException {
        Optional<Person> found = id == null ? Optional.empty() : queries.visible(id);
        if (found.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        person = found.get();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Person getPerson() {
        return person;
    }
}
