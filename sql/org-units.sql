-- The SQL of the org-units repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- orgUnitsRepo.list (src/server/modules/org-units/org-units.repo.ts)
select "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at", "parent_link"."parent_id"
  from "org_units"
  left join "org_unit_parents" "parent_link" on ("parent_link"."unit_id" = "org_units"."id" and (("parent_link"."valid_from" is null or "parent_link"."valid_from" <= $1) and ("parent_link"."valid_to" is null or "parent_link"."valid_to" > $2)))
  where (("org_units"."valid_from" is null or "org_units"."valid_from" <= $3) and ("org_units"."valid_to" is null or "org_units"."valid_to" > $4))
  order by "org_units"."type" asc, f_unaccent(lower("org_units"."name_vi")) asc, "org_units"."name_vi" asc, "org_units"."valid_from" asc
  limit $5;
select count(*)
  from "org_units"
  left join "org_unit_parents" "parent_link" on ("parent_link"."unit_id" = "org_units"."id" and (("parent_link"."valid_from" is null or "parent_link"."valid_from" <= $1) and ("parent_link"."valid_to" is null or "parent_link"."valid_to" > $2)))
  where (("org_units"."valid_from" is null or "org_units"."valid_from" <= $3) and ("org_units"."valid_to" is null or "org_units"."valid_to" > $4));

-- orgUnitsRepo.all (src/server/modules/org-units/org-units.repo.ts)
select "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at"
  from "org_units";

-- orgUnitsRepo.findById (src/server/modules/org-units/org-units.repo.ts)
select "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at"
  from "org_units"
  where "org_units"."id" = $1;

-- orgUnitsRepo.findByIdForUpdate (src/server/modules/org-units/org-units.repo.ts)
select "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at"
  from "org_units"
  where "org_units"."id" = $1
  for update;

-- orgUnitsRepo.findByIds (src/server/modules/org-units/org-units.repo.ts)
select "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at"
  from "org_units"
  where "org_units"."id" in ($1, $2);

-- orgUnitsRepo.findByCode (src/server/modules/org-units/org-units.repo.ts)
select "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at"
  from "org_units"
  where ("org_units"."type" = $1 and "org_units"."code" = $2 and (("org_units"."valid_from" is null or "org_units"."valid_from" <= $3) and ("org_units"."valid_to" is null or "org_units"."valid_to" > $4)));

-- orgUnitsRepo.parentsOf (src/server/modules/org-units/org-units.repo.ts)
select "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at", "org_unit_parents"."valid_from", "org_unit_parents"."valid_to"
  from "org_unit_parents"
  inner join "org_units" on "org_units"."id" = "org_unit_parents"."parent_id"
  where "org_unit_parents"."unit_id" = $1
  order by "org_unit_parents"."valid_from" asc;

-- orgUnitsRepo.predecessorsOf (src/server/modules/org-units/org-units.repo.ts)
select "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at", "org_unit_successions"."predecessor_id", "org_unit_successions"."successor_id", "org_unit_successions"."kind", "org_unit_successions"."effective_date", "org_unit_successions"."note"
  from "org_unit_successions"
  inner join "org_units" on "org_units"."id" = "org_unit_successions"."predecessor_id"
  where "org_unit_successions"."successor_id" = $1
  order by "org_units"."name_vi" asc;

-- orgUnitsRepo.successorsOf (src/server/modules/org-units/org-units.repo.ts)
select "org_units"."id", "org_units"."code", "org_units"."type", "org_units"."kind", "org_units"."name_vi", "org_units"."name_en", "org_units"."short_name", "org_units"."country_code", "org_units"."city", "org_units"."valid_from", "org_units"."valid_to", "org_units"."source", "org_units"."version", "org_units"."created_at", "org_units"."updated_at", "org_unit_successions"."predecessor_id", "org_unit_successions"."successor_id", "org_unit_successions"."kind", "org_unit_successions"."effective_date", "org_unit_successions"."note"
  from "org_unit_successions"
  inner join "org_units" on "org_units"."id" = "org_unit_successions"."successor_id"
  where "org_unit_successions"."predecessor_id" = $1
  order by "org_units"."name_vi" asc;

-- orgUnitsRepo.countChildren (src/server/modules/org-units/org-units.repo.ts)
select count(*)
  from "org_unit_parents"
  inner join "org_units" on "org_units"."id" = "org_unit_parents"."unit_id"
  where ("org_unit_parents"."parent_id" = $1 and (("org_unit_parents"."valid_from" is null or "org_unit_parents"."valid_from" <= $2) and ("org_unit_parents"."valid_to" is null or "org_unit_parents"."valid_to" > $3)) and (("org_units"."valid_from" is null or "org_units"."valid_from" <= $4) and ("org_units"."valid_to" is null or "org_units"."valid_to" > $5)));

-- orgUnitsRepo.currentUnitsOf (src/server/modules/org-units/org-units.repo.ts)
WITH RECURSIVE lineage(id, depth) AS (
            SELECT $1::uuid, 0
            UNION
            SELECT s.successor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.predecessor_id = l.id
            WHERE l.depth < 20
          )
          SELECT DISTINCT u.id, u.code, u.name_vi, u.name_en
  FROM lineage l JOIN org_units u ON u.id = l.id
  WHERE (u.valid_from IS NULL OR u.valid_from <= $2::date) AND (u.valid_to IS NULL OR u.valid_to > $3::date)
  ORDER BY u.name_vi;

-- orgUnitsRepo.lineageIds (src/server/modules/org-units/org-units.repo.ts)
WITH RECURSIVE lineage(id, depth) AS (
            SELECT $1::uuid, 0
            UNION
            SELECT s.predecessor_id, l.depth + 1 FROM org_unit_successions s JOIN lineage l ON s.successor_id = l.id
            WHERE l.depth < 20
          )
          SELECT DISTINCT id
  FROM lineage;

-- orgUnitsRepo.insert (src/server/modules/org-units/org-units.repo.ts)
insert into "org_units" ("id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at")
  values ($1, default, default, default, default, default, default, default, default, default, default, default, default, default, default)
  returning "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at";

-- orgUnitsRepo.update (src/server/modules/org-units/org-units.repo.ts)
update "org_units"
  set "version" = "org_units"."version" + 1, "updated_at" = $1
  where ("org_units"."id" = $2 and "org_units"."version" = $3)
  returning "id", "code", "type", "kind", "name_vi", "name_en", "short_name", "country_code", "city", "valid_from", "valid_to", "source", "version", "created_at", "updated_at";

-- orgUnitsRepo.insertParent (src/server/modules/org-units/org-units.repo.ts)
insert into "org_unit_parents" ("id", "unit_id", "parent_id", "valid_from", "valid_to")
  values ($1, default, default, default, default);

-- orgUnitsRepo.closeParentPeriods (src/server/modules/org-units/org-units.repo.ts)
update "org_unit_parents"
  set "valid_to" = $1
  where ("org_unit_parents"."unit_id" = $2 and "org_unit_parents"."valid_to" is null);

-- orgUnitsRepo.insertSuccession (src/server/modules/org-units/org-units.repo.ts)
insert into "org_unit_successions" ("predecessor_id", "successor_id", "kind", "effective_date", "note")
  values (default, default, default, default, default)
  on conflict do nothing;
