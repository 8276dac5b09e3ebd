/** The network pages: my network, invitations, followers, a member's connection actions, people you may know. */
package social.rapport.web.network;
