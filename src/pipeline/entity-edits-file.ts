import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { StorylineError } from '../core/errors.js';

/**
 * A user's corrections to entity resolution, kept in a small JSON file beside the database
 * (not inside it) so they survive `build --fresh` and can be reviewed and shared like code.
 * Entities are named by any of their names; the file is read in order, later edits win.
 */
export const entityEditSchema = z.discriminatedUnion('op', [
  // "Daesh" is another name of "Islamic State".
  z.object({ op: z.literal('alias'), entity: z.string().min(1), alias: z.string().min(1) }),
  // "Rex Tillson" and "Rex Tillerson" are one entity; `entity` names the one to keep.
  z.object({ op: z.literal('merge'), entity: z.string().min(1), other: z.string().min(1) }),
  // "Paris Hilton" is not "Paris": the name is taken out and stands alone.
  z.object({ op: z.literal('split'), entity: z.string().min(1), alias: z.string().min(1) }),
]);

const fileSchema = z.object({ version: z.literal(1), edits: z.array(entityEditSchema) });

export type EntityEdit = z.infer<typeof entityEditSchema>;
export type EntityEditsFile = z.infer<typeof fileSchema>;

export const EMPTY_EDITS: EntityEditsFile = { version: 1, edits: [] };

/**
 * `.storyline/news.db` → `.storyline/news.entities.json`; none for an in-memory database or
 * a server (a PostgreSQL URL names no folder: pass the file explicitly).
 */
export function defaultEditsPath(db: string): string | null {
  if (db === ':memory:' || db === '' || /^[a-z]+:\/\//i.test(db)) return null;
  return `${db.replace(/\.(db|sqlite3?)$/i, '')}.entities.json`;
}

/** The edits in `path`; none when the file does not exist; a clear error when it is malformed. */
export function readEntityEdits(path: string | null): EntityEditsFile {
  if (!path || !existsSync(path)) return EMPTY_EDITS;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StorylineError('CONFIG_INVALID', `entity edits file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StorylineError('CONFIG_INVALID', `entity edits file ${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

/** Writes through a temporary file, so a crash never leaves half a file. */
export function writeEntityEdits(path: string, edits: EntityEditsFile): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(edits, null, 2)}\n`);
  renameSync(temporary, path);
}
