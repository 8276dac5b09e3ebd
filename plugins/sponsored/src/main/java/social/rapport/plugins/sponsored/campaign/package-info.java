/** Campaigns: the creative, schedule, budgets and targeting, their checks and their review lifecycle. */
package social.rapport.plugins.sponsored.campaign;
