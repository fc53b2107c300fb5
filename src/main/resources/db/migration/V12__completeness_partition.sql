-- Completeness counts districts, and each district of a territory is in exactly one of three
-- classes for the quarter: an accepted return, only rejected files, or no file at all. The old
-- columns said "received", "rejected" and "missing" where "missing" counted every district without
-- an accepted return (the rejected ones too), so a region could show 7 received, 7 rejected and
-- 16 missing out of 16. Rows already stored are rewritten into the three classes (the next
-- consolidation recomputes them anyway); the checks keep the arithmetic true for good.
update completeness set missing = missing - rejected;
alter table completeness drop column received;
alter table completeness rename column rejected to only_rejected;
alter table completeness rename column missing to nothing_received;
alter table completeness add constraint completeness_districts_add_up
    check (expected = accepted + only_rejected + nothing_received);
alter table completeness add constraint completeness_accepted_on_time_or_late
    check (accepted = on_time + late);
comment on column completeness.expected is 'districts (and cities) of the territory';
comment on column completeness.accepted is 'districts with an accepted return for the quarter';
comment on column completeness.only_rejected is 'districts that sent files for the quarter, every one of them rejected';
comment on column completeness.nothing_received is 'districts from which no file at all came for the quarter';
comment on column completeness.on_time is 'districts whose accepted return came by the due date (Tashkent calendar)';
comment on column completeness.late is 'districts whose accepted return came after the due date';
