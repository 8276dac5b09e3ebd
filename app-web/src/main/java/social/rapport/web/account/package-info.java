/** Pages for accounts: sign up, sign in, sign out, change password. */
package social.rapport.web.account;
