/** The admin area: plugins and members. Admins only (AdminAreaFilter, and again in the services). */
package social.rapport.web.admin;
