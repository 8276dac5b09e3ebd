/** MicroProfile Health checks: readiness (database and migrations) and liveness. */
package social.rapport.core.health;
