package social.rapport.spi.facts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Platform service: members' profile facts for a declared purpose, in one call for many members.
 *
 * <p>Only members who have the purpose on (see {@link PurposeKind}) are in the result; for them
 * only the facts the purpose covers, and of those only what the member's profile part visibility
 * shows to {@code onBehalfOf}. Suspended members and members of an undeclared purpose or a disabled
 * plugin give nothing.
 */
public interface MemberFactsReader {

    /**
     * @param purposeId  a purpose the calling plugin declared
     * @param memberIds  whose facts (at most 1,000 per call)
     * @param onBehalfOf the member who will see or act on the facts (a recruiter), or null when only
     *                   the plugin uses them (targeting): then facts the member shares with all
     *                   members pass, connections-only facts do not
     * @return facts by member id, only for members with the purpose on
     */
    Map<Long, MemberFacts> read(String purposeId, Collection<Long> memberIds, Long onBehalfOf);

    /** Whether the member has the purpose on now. */
    boolean allowed(long memberId, String purposeId);

    /**
     * How many members with the purpose on match the criteria, on the facts that
     * {@code read(purposeId, ids, null)} would give (what they share with all members), counted in
     * the database: for audience sizes over many members without reading their facts (since 2, minor).
     * 0 for an undeclared purpose or a disabled plugin.
     */
    long count(String purposeId, FactCriteria criteria);

    /** Members with the purpose on, ids above {@code afterId} ascending (keyset pages), at most {@code limit}. */
    List<Long> membersAllowing(String purposeId, long afterId, int limit);
}
