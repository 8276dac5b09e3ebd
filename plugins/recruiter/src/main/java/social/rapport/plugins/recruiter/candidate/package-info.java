/** Candidates: "Open to opportunities" (off by default, never shown to the current employer) and the opt-in candidate search. */
package social.rapport.plugins.recruiter.candidate;
