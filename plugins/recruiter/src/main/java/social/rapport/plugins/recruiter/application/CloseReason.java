package social.rapport.plugins.recruiter.application;

/** Why an application was closed without a hire (the list recruiters choose from). */
public enum CloseReason { NOT_A_FIT, POSITION_FILLED, CANDIDATE_DECLINED, NO_RESPONSE, JOB_CANCELLED }
