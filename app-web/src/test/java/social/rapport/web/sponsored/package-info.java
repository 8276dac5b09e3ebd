/** Integration and browser tests of the sponsored content plugin, on the real server and PostgreSQL. */
package social.rapport.web.sponsored;
