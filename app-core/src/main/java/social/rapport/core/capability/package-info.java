/** Plugin-defined capabilities: admins' grants and revokes (audited), members' applications and the admin queue. */
package social.rapport.core.capability;
