/** Organisations: created by a member, approved by an admin, worked on by their recruiters only; responsiveness figures. */
package social.rapport.plugins.recruiter.organisation;
