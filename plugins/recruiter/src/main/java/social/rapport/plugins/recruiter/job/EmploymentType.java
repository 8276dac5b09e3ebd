package social.rapport.plugins.recruiter.job;

public enum EmploymentType { FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP }
