package social.rapport.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedSqlTest {

    private static List<FeedAuthor> authors(int n, long firstId, Relation relation, boolean interacted) {
        List<FeedAuthor> authors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            authors.add(new FeedAuthor(firstId + i, relation, FeedRanking.boostSeconds(relation, interacted), null, null));
        }
        return authors;
    }

    @Test
    void smallClassesAreReadAuthorByAuthorLargeOnesByOneScanEach() {
        List<FeedAuthor> all = new ArrayList<>(authors(1, 1, Relation.SELF, false));
        all.addAll(authors(30, 100, Relation.CONNECTION, true));
        all.addAll(authors(250, 1000, Relation.CONNECTION, false));
        all.addAll(authors(FeedSql.CLASS_SCAN_AUTHORS, 5000, Relation.FOLLOW, false));
        FeedSql.Plan plan = FeedSql.plan(all);
        assertThat(plan.perAuthor()).hasSize(31);
        assertThat(plan.classes()).hasSize(2);
        assertThat(plan.sql()).contains("?9 as bigint[]", "?10 as bigint[]").doesNotContain("?11");
        assertThat(plan.sql()).contains("+ 43200000000 as rank_us", "(true or p.audience = 'EVERYONE')",
                "+ 0 as rank_us", "(false or p.audience = 'EVERYONE')");
    }

    @Test
    void aSmallNetworkIsOneLateralRead() {
        FeedSql.Plan plan = FeedSql.plan(authors(12, 1, Relation.CONNECTION, false));
        assertThat(plan.classes()).isEmpty();
        assertThat(plan.sql()).doesNotContain("union all");
    }
}
