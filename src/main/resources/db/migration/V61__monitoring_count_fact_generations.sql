-- How many facts of each kind were committed for each year. Figures an instance keeps for a year stay valid while its
-- generation does not change, whichever instance recorded the facts.
create table monitoring_generation (
    kind       text   not null,
    year       int    not null,
    generation bigint not null,
    primary key (kind, year)
);

insert into monitoring_generation (kind, year, generation)
select kind, extract(year from day)::int, count(*)
from monitoring_fact
group by 1, 2;
