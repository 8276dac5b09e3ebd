/**
 * Capabilities: rights a plugin defines (advertiser, recruiter), applied for by members, granted
 * and revoked by admins (audited), checked through {@link social.rapport.spi.platform.Viewer#has}
 * or {@link social.rapport.spi.capability.Capabilities}.
 */
package social.rapport.spi.capability;
