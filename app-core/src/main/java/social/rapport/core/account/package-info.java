/** Accounts and sign-in: members, passwords, roles, throttling of sign-in attempts. */
package social.rapport.core.account;
