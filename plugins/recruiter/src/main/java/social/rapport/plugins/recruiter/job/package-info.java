/** Jobs: a pay range is required, jobs expire or close with an outcome, members list and search them. */
package social.rapport.plugins.recruiter.job;
