// Prepared raw statements cached per SQLite connection (the hot paths of search and the case list).
import type Database from 'better-sqlite3';

type Prepared<K extends string> = Record<K, Database.Statement>;

/** Returns a getter that prepares `sqlOf` once per connection and reuses the statements. */
export function statementsOf<K extends string>(sqlOf: Record<K, string>): (sqlite: Database.Database) => Prepared<K> {
  const cache = new WeakMap<Database.Database, Prepared<K>>();
  return (sqlite) => {
    let prepared = cache.get(sqlite);
    if (prepared === undefined) {
      const entries = Object.entries(sqlOf) as [K, string][];
      prepared = Object.fromEntries(entries.map(([k, text]) => [k, sqlite.prepare(text)])) as Prepared<K>;
      cache.set(sqlite, prepared);
    }
    return prepared;
  };
}

/** The better-sqlite3 connection under a drizzle handle (drizzle() sets `$client`; the Db type omits it). */
export function sqliteOf(db: object): Database.Database {
  const client = (db as { $client?: Database.Database }).$client;
  if (client === undefined) throw new Error('drizzle handle without $client');
  return client;
}
