/** A member's own data: the export they download, and the deletion of their account after a grace period. */
package social.rapport.core.memberdata;
