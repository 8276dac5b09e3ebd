/**
 * The recruiter tools plugin: the Recruiter role (core capability queue), organisations, jobs with pay ranges,
 * applications that get an answer, opt-in candidates, outreach with credits, and the member's data hooks.
 */
package social.rapport.plugins.recruiter;
