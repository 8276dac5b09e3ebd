-- A member added to a group later reads it from when they joined: messages with an id above
-- history_from (the conversation's last message when they joined). 0 for every member so far.
alter table conversation_member add column history_from bigint not null default 0;
