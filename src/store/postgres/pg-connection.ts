import { createRequire } from 'node:module';
import { StorylineError } from '../../core/errors.js';

/** A synchronous PostgreSQL connection: one statement at a time, like better-sqlite3. */
export interface PgConnection {
  /** Rows of a statement; `$1 … $n` take `params` (strings, numbers, booleans or null). */
  query<T>(sql: string, params?: readonly unknown[]): T[];
  /** Runs one or more statements without parameters. */
  exec(sql: string): void;
  close(): void;
}

interface NativeClient {
  connectSync(url: string): void;
  querySync(sql: string, params?: unknown[]): unknown[];
  end(callback?: () => void): void;
}

/**
 * Opens a connection through libpq's synchronous API (`pg-native`). The corpus stages ask
 * their indexes synchronously in the middle of a decision, so the store must answer
 * synchronously too — the same reason the embedded store uses better-sqlite3. `pg-native`
 * is an optional dependency (it compiles against libpq), loaded only when a PostgreSQL
 * URL is used.
 */
export function connectPostgres(url: string): PgConnection {
  let Client: new () => NativeClient;
  try {
    Client = createRequire(import.meta.url)('pg-native') as new () => NativeClient;
  } catch (error) {
    throw new StorylineError('CONFIG_INVALID', `PostgreSQL needs the optional package pg-native (Debian: apt-get install libpq-dev, then npm install): ${(error as Error).message}`);
  }
  const client = new Client();
  try {
    client.connectSync(url);
  } catch (error) {
    throw new StorylineError('STORE_FAILED', `cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message.trim()}`);
  }
  return {
    query<T>(sql: string, params: readonly unknown[] = []): T[] {
      return client.querySync(sql, params.map((p) => (p === undefined ? null : p))) as T[];
    },
    exec(sql: string): void {
      client.querySync(sql);
    },
    close(): void {
      client.end();
      keepUntilClosed(client);
    },
  };
}

/** Finished clients, held until libuv has closed their socket watchers. */
const closing = new Set<unknown>();

/**
 * libpq's binding closes the socket watcher asynchronously (uv_close) but frees it with its
 * object; if the collector takes a just-finished client before the loop has run its close
 * callbacks, libuv asserts and the process dies. Holding the client for two turns of the
 * event loop (the close completes at the end of the current turn) prevents that.
 */
function keepUntilClosed(client: unknown): void {
  closing.add(client);
  setImmediate(() => setImmediate(() => closing.delete(client)));
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** True for the database locators that name a PostgreSQL server. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** `$1, $2, …` from `start`, for an IN list of `count` values. */
export function pgPlaceholders(count: number, start = 1): string {
  return Array.from({ length: count }, (_, i) => `$${start + i}`).join(', ');
}
