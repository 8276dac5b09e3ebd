/** Applications: one per member and job, a pipeline of stages, notes private to the organisation, an answer by a deadline. */
package social.rapport.plugins.recruiter.application;
