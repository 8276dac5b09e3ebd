-- Connections (issue #3): indexes for the network pages' keyset pagination and the invitation limits.

-- "My network", most recent first: one index range per member, in the page's order.
create index connection_edge_recent_idx on connection_edge (member_id, connected_at desc, other_id desc);

-- The weekly invitation limit counts a sender's invitations of the last 7 days, whatever their status.
create index invitation_sender_created_idx on invitation (sender_id, created_at);

-- Followers and following, newest first.
create index follow_follower_recent_idx on follow (follower_id, created_at desc, followee_id desc);
create index follow_followee_recent_idx on follow (followee_id, created_at desc, follower_id desc);

-- Expiry (timer): pending invitations by age.
create index invitation_pending_created_idx on invitation (created_at) where status = 'PENDING';
