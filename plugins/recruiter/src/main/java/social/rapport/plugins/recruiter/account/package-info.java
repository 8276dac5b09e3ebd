/** A member's recruiter data in their export, and its erasure with their account (SPI 2 MemberDataHook). */
package social.rapport.plugins.recruiter.account;
