import { Option } from 'commander';
import { StorylineError } from '../core/errors.js';
import { DEFAULT_DB, createEngine, type Engine, type EngineOptions } from '../engine.js';

/** Options every command that reads the database takes. */
export interface CommonOptions {
  readonly db: string;
  readonly json?: boolean;
}

export const dbOption = (): Option => new Option('--db <file|url>', 'SQLite database file, or a postgresql:// URL (env STORYLINE_DB)').env('STORYLINE_DB').default(DEFAULT_DB);
export const jsonOption = (): Option => new Option('--json', 'print machine-readable JSON on stdout');
export const entityEditsOption = (): Option => new Option('--entity-edits <file>', 'entity aliases/merges/splits file (default: beside the database, <db>.entities.json)');

/** Opens the engine, runs `work`, and always closes the database. */
export async function withEngine<T>(db: string, work: (engine: Engine) => Promise<T>, options: Omit<EngineOptions, 'db'> = {}): Promise<T> {
  const engine = await createEngine({ ...options, db });
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

/** Parses a positive integer option, or fails with a usage error naming the option. */
export function positiveInt(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new StorylineError('CONFIG_INVALID', `${name} must be a positive whole number, got "${value}"`);
    return n;
  };
}

/** `--workers`: analysis worker threads, a whole number (0: none) or `auto`. */
export function workersOption(): Option {
  return new Option('--workers <n>', 'worker threads that analyse articles while the main thread assigns them: a number (0 for none) or auto (one per spare core, up to 3, from 200 documents)')
    .default('auto')
    .argParser((value: string): number | 'auto' => {
      if (value === 'auto') return value;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new StorylineError('CONFIG_INVALID', `--workers must be a whole number or "auto", got "${value}"`);
      return n;
    });
}

/** Validates an ISO date option (YYYY, YYYY-MM or YYYY-MM-DD). */
export function isoDate(name: string): (value: string) => string {
  return (value) => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new StorylineError('CONFIG_INVALID', `${name} must be a date like 2025-03-14, got "${value}"`);
    return value;
  };
}
