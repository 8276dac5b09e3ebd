/** Browser journeys: what a person does, in a real headless Chromium, against the real server. */
package social.rapport.web.journeys;
