export { MIGRATIONS, type Migration, migrate, schemaVersion } from './migrations/runner.ts';
export { openSqliteStorage, type SqliteStorage, type SqliteStorageOptions } from './open.ts';
