-- The SQL of the health repositories, rendered by scripts/sql-snapshot.ts (npm run sql:snapshot). Do not edit.

-- healthRepo.ping (src/server/modules/health/health.repo.ts)
SELECT 1;
