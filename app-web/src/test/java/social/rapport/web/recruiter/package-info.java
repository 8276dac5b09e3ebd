/** Integration and browser tests of the recruiter plugin, on the real WAR and PostgreSQL. */
package social.rapport.web.recruiter;
