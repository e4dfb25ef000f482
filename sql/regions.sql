-- The SQL of the regions repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- regionsRepo.all (src/server/modules/regions/regions.repo.ts)
select "country_code", "region"
  from "country_regions"
  order by "country_regions"."region" asc, "country_regions"."country_code" asc;

-- regionsRepo.countriesOf (src/server/modules/regions/regions.repo.ts)
select "country_code"
  from "country_regions"
  where "country_regions"."region" = $1
  order by "country_regions"."country_code" asc;

-- regionsRepo.regionOf (src/server/modules/regions/regions.repo.ts)
select "country_code", "region"
  from "country_regions"
  where "country_regions"."country_code" = $1;

-- regionsRepo.insertIfMissing (src/server/modules/regions/regions.repo.ts)
insert into "country_regions" ("country_code", "region")
  values ($1, $2)
  on conflict do nothing
  returning "country_code", "region";
