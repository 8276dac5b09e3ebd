/** Profile pages: {@code /in/<handle>}, {@code /profile/edit}, photos and skill suggestions. */
package social.rapport.web.profile;
