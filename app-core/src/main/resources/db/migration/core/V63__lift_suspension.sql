-- An admin may lift a suspension (LiftSuspension); it is recorded with the other moderation actions.
alter table moderation_action drop constraint moderation_action_action_check;
alter table moderation_action add constraint moderation_action_action_check
    check (action in ('DISMISS', 'REMOVE', 'WARN', 'SUSPEND', 'UNSUSPEND'));
