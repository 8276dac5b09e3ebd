-- EXPLAIN ANALYZE of the people search on the benchmark data, for a typical viewer and three
-- kinds of query: a name with a typo, a popular skill (many matches: the costly case), a place.
-- The statement is read from the one the application runs (people-search.sql), so run this
-- from the repository root: psql -d rapport_bench -f bench/explain.sql (bench/run.sh does,
-- into bench/target/explain.txt).
\set ON_ERROR_STOP on
select id as viewer from member where email = 'bench2002@bench.rapport.test' \gset
\set people_search `grep -v '^ *--' app-core/src/main/resources/social/rapport/core/search/people-search.sql | sed -E 's/\?([0-9])/$\1/g'`
prepare people_search(bigint, text, numeric, bigint, int) as :people_search;

\echo '--- a name with a typo: marko rosi'
explain (analyze, buffers) execute people_search(:viewer, 'marko rosi', 1000000, 9223372036854775807, 21);
\echo '--- a popular skill: java'
explain (analyze, buffers) execute people_search(:viewer, 'java', 1000000, 9223372036854775807, 21);
\echo '--- a place: milano'
explain (analyze, buffers) execute people_search(:viewer, 'milano', 1000000, 9223372036854775807, 21);
\echo '--- a common first name: giulia'
explain (analyze, buffers) execute people_search(:viewer, 'giulia', 1000000, 9223372036854775807, 21);
