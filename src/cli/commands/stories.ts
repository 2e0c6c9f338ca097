import type { Command } from 'commander';
import { createOutput } from '../output.js';
import { dbOption, jsonOption, withEngine, type CommonOptions } from '../options.js';

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list the stories in the database, largest first')
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (flags: CommonOptions) => {
      const out = createOutput(Boolean(flags.json));
      await withEngine(flags.db, async (engine) => {
        const stories = await engine.stories();
        out.result(stories, () =>
          stories.length === 0
            ? 'No stories yet: run `storyline build <folder>` first.'
            : stories.map((s) => `${s.id}  ${(s.firstSeen ?? 'undated').padEnd(10)} → ${(s.lastSeen ?? '').padEnd(10)}  ${String(s.events).padStart(3)} events  ${s.title}`).join('\n'),
        );
      });
    });
}
