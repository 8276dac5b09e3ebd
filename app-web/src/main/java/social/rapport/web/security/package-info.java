/** HTTP-level protections every response gets: security headers. */
package social.rapport.web.security;
