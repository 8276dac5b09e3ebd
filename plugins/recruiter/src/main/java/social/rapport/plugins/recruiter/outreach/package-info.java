/** Outreach: recruiters write to consenting candidates about a job, with weekly credits that come back when the loop closes, and the 13% rule. */
package social.rapport.plugins.recruiter.outreach;
