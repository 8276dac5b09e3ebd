/** The recruiter tools plugin: organisations, jobs with pay ranges, applications that get an answer, opt-in candidates. */
package social.rapport.plugins.recruiter;
