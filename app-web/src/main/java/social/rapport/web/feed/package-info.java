/** The feed's pages: home feed with composer, post page, tag page, mutes, the admin's feed policy, post images and the new-posts count. */
package social.rapport.web.feed;
