/** Plugin settings: what plugins declare, what admins save (validated, audited), what plugins read. */
package social.rapport.core.settings;
