import { Option, type Command } from 'commander';
import type { ArticleFilter } from '../../store/store.js';
import { createOutput } from '../output.js';
import { dbOption, isoDate, jsonOption, positiveInt, withEngine, type CommonOptions } from '../options.js';

interface SearchFlags extends CommonOptions {
  readonly entity?: string;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over articles, with filters')
    .argument('[query...]', 'words to find (all must match); empty lists articles by the filters alone')
    .addOption(dbOption())
    .addOption(new Option('--entity <name>', 'only articles mentioning this entity (name, alias or id)'))
    .addOption(new Option('--outlet <name>', 'only articles from this outlet'))
    .addOption(new Option('--from <date>', 'published on or after').argParser(isoDate('--from')))
    .addOption(new Option('--to <date>', 'published on or before').argParser(isoDate('--to')))
    .addOption(new Option('--limit <n>', 'most results').argParser(positiveInt('--limit')).default(20))
    .addOption(jsonOption())
    .action(async (words: string[], flags: SearchFlags) => {
      const out = createOutput(Boolean(flags.json));
      await withEngine(flags.db, async (engine) => {
        const filter: ArticleFilter = {
          limit: flags.limit,
          ...(flags.outlet ? { outlet: flags.outlet } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
          ...(flags.entity ? { entity: await engine.resolveEntity(flags.entity) } : {}),
        };
        const query = words.join(' ');
        const hits = query ? await engine.search(query, filter) : await engine.articles(filter);
        out.result(hits, () =>
          hits.length === 0
            ? 'No matching articles.'
            : hits.map((h) => `${h.id}  ${(h.published ?? 'undated').slice(0, 10).padEnd(10)}  ${h.outlet}: ${h.title}${'snippet' in h ? `\n    ${String(h.snippet).replace(/\s+/g, ' ')}` : ''}`).join('\n'),
        );
      });
    });
}
