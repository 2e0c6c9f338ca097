import { Option, type Command } from 'commander';
import type { Engine } from '../../engine.js';
import type { EntityEdit, EntityEditsFile } from '../../pipeline/entity-edits-file.js';
import type { CanonicalEntity } from '../../stages/entities/index.js';
import { createOutput } from '../output.js';
import { dbOption, entityEditsOption, jsonOption, positiveInt, withEngine, type CommonOptions } from '../options.js';

interface EntitiesFlags extends CommonOptions {
  readonly entityEdits?: string;
  readonly type?: string;
  readonly limit: number;
}

const TYPES = ['person', 'organisation', 'place', 'other'];

/**
 * `storyline entities`: the canonical entities, and the user's corrections to them. Edits
 * go to a JSON file beside the database, so they survive `build --fresh`, and take effect
 * at once (the stored entities are re-resolved).
 */
export function registerEntities(program: Command): void {
  // The listing is a subcommand too (the default), so every subcommand owns its --db.
  const entities = program.command('entities').description('list canonical entities; add aliases, merge or split them (edits survive rebuilds)');
  entities
    .command('list', { isDefault: true })
    .description('list canonical entities, most mentioned first')
    .addOption(dbOption())
    .addOption(entityEditsOption())
    .addOption(new Option('--type <type>', 'only this type').choices(TYPES))
    .addOption(new Option('--limit <n>', 'most entities listed').argParser(positiveInt('--limit')).default(50))
    .addOption(jsonOption())
    .action(async (flags: EntitiesFlags) => {
      const out = createOutput(Boolean(flags.json));
      await withFlags(flags, async (engine) => {
        const list = (await engine.entities()).filter((e) => !flags.type || e.type === flags.type).slice(0, flags.limit);
        out.result(list, () => (list.length === 0 ? 'No entities yet: run `storyline build <folder>` first.' : list.map(entityLine).join('\n')));
      });
    });

  const edit = (name: string, description: string, args: [string, string], toEdit: (a: string, b: string) => EntityEdit): void => {
    entities
      .command(name)
      .description(description)
      .argument(`<${args[0]}>`)
      .argument(`<${args[1]}>`)
      .addOption(dbOption())
      .addOption(entityEditsOption())
      .addOption(jsonOption())
      .action(async (a: string, b: string, flags: EntitiesFlags) => {
        const out = createOutput(Boolean(flags.json));
        await withFlags(flags, async (engine) => {
          const file = await engine.editEntities(toEdit(a, b));
          out.result(file, () => `Recorded in ${engine.entityEditsPath}; entities re-resolved.\n${editsText(file)}`);
        });
      });
  };
  edit('alias', 'record another name of an entity ("Daesh" for "Islamic State")', ['entity', 'alias'], (entity, alias) => ({ op: 'alias', entity, alias }));
  edit('merge', 'merge two entities into one ("Rex Tillerson" "Rex Tillson")', ['entity', 'other'], (entity, other) => ({ op: 'merge', entity, other }));
  edit('split', 'take a name out of an entity so it stands alone ("Paris" "Paris Hilton")', ['entity', 'name'], (entity, alias) => ({ op: 'split', entity, alias }));

  entities
    .command('edits')
    .description('show the recorded entity edits, in the order they apply')
    .addOption(dbOption())
    .addOption(entityEditsOption())
    .addOption(jsonOption())
    .action(async (flags: EntitiesFlags) => {
      const out = createOutput(Boolean(flags.json));
      await withFlags(flags, async (engine) => {
        const file = engine.entityEdits();
        out.result(file, () => `${engine.entityEditsPath ?? '(no file)'}\n${editsText(file)}`);
      });
    });
}

function withFlags(flags: EntitiesFlags, work: (engine: Engine) => Promise<void>): Promise<void> {
  return withEngine(flags.db, work, flags.entityEdits ? { entityEdits: flags.entityEdits } : {});
}

function entityLine(e: CanonicalEntity): string {
  const others = e.aliases.filter((a) => a !== e.name).slice(0, 6);
  return `${e.id}  ${e.type.padEnd(12)} ${String(e.mentionCount).padStart(5)} mentions ${String(e.articleCount).padStart(4)} articles  ${e.name}${others.length > 0 ? `  (also: ${others.join(', ')})` : ''}`;
}

function editsText(file: EntityEditsFile): string {
  if (file.edits.length === 0) return 'No entity edits.';
  return file.edits
    .map((e, i) => `${String(i + 1).padStart(3)}. ${e.op === 'alias' ? `"${e.alias}" is another name of "${e.entity}"` : e.op === 'merge' ? `"${e.other}" merged into "${e.entity}"` : `"${e.alias}" split out of "${e.entity}"`}`)
    .join('\n');
}
