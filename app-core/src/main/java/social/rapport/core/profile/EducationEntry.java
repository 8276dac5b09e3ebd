package social.rapport.core.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One school in a member's education (table {@code education}). */
@Entity
@Table(name = "education")
public class EducationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false, length = 120)
    private String school;

    @Column(length = 120)
    private String degree;

    @Column(length = 120)
    private String field;

    @Column(name = "start_year")
    private Integer startYear;

    @Column(name = "end_year")
    private Integer endYear;

    protected EducationEntry() {
    }

    EducationEntry(long memberId, String school, String degree, String field, Integer startYear, Integer endYear) {
        this.memberId = memberId;
        this.school = school;
        this.degree = degree;
        this.field = field;
        this.startYear = startYear;
        this.endYear = endYear;
    }

    public String getSchool() {
        return school;
    }

    public String getDegree() {
        return degree;
    }

    public String getField() {
        return field;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }
}
