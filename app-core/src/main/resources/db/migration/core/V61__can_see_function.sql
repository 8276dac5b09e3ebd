-- Whether viewer (null: not signed in) may see a profile part that owner shares with audience:
-- the rule of Relationships.canSee, in SQL, so that every list query applies it in one place
-- instead of selecting a part without its visibility.
create or replace function rapport_can_see(owner bigint, viewer bigint, audience varchar) returns boolean
language sql stable as $$
    select case
        when viewer is null then audience = 'EVERYONE'
        when viewer = owner then true
        when exists (select 1 from member_block b
                      where (b.blocker_id = owner and b.blocked_id = viewer)
                         or (b.blocker_id = viewer and b.blocked_id = owner)) then false
        when audience in ('EVERYONE', 'MEMBERS') then true
        else exists (select 1 from connection_edge e where e.member_id = viewer and e.other_id = owner)
    end
$$;
