/** The plugin's Faces pages: thin beans, one per use case, calling the feature services. */
package social.rapport.plugins.recruiter.web;
