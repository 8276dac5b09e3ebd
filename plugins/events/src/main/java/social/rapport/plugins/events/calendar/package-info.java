/** "Add to calendar": the event as an iCalendar (.ics) file, generated with ical4j. */
package social.rapport.plugins.events.calendar;
