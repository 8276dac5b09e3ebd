/** Plugin pages: the access each plugin declares for its pages, and the admin tabs plugins add. */
package social.rapport.core.page;
