/**
 * Member profiles: handles, the profile page's parts and who may see each, experience,
 * education, skills, photos, plugin sections, and the {@link social.rapport.spi.platform.Members} service.
 */
package social.rapport.core.profile;
