/** Reporting a post or comment ({@code /post/report}); the admin side lives in social.rapport.web.admin. */
package social.rapport.web.moderation;
