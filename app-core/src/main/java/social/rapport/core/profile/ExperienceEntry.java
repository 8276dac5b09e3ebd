package social.rapport.core.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One position in a member's experience (table {@code experience}); months are stored as their first day. */
@Entity
@Table(name = "experience")
public class ExperienceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 120)
    private String organisation;

    @Column(name = "start_month", nullable = false)
    private LocalDate startMonth;

    @Column(name = "end_month")
    private LocalDate endMonth;

    @Column(length = 2000)
    private String description;

    protected ExperienceEntry() {
    }

    ExperienceEntry(long memberId, String title, String organisation, LocalDate startMonth, LocalDate endMonth, String description) {
        this.memberId = memberId;
        this.title = title;
        this.organisation = organisation;
        this.startMonth = startMonth;
        this.endMonth = endMonth;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getStartMonth() {
        return startMonth;
    }

    public LocalDate getEndMonth() {
        return endMonth;
    }

    public String getDescription() {
        return description;
    }
}
