import { writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { createOutput } from '../output.js';
import { dbOption, withEngine } from '../options.js';
import { articlesCsv } from '../../export/articles-csv.js';

interface ExportFlags {
  readonly db: string;
  readonly format: 'json' | 'csv' | 'html';
  readonly out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export everything: stories.json (JSON), an article table (CSV) or the report (HTML)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'what to write').choices(['json', 'csv', 'html']).default('json'))
    .addOption(new Option('--out <path>', 'write to this file (a folder for html) instead of stdout'))
    .action(async (flags: ExportFlags) => {
      const out = createOutput(false);
      await withEngine(flags.db, async (engine) => {
        if (flags.format === 'html') {
          const written = await engine.writeReport(flags.out ?? 'storyline-report');
          out.info(`Report: ${written.html}`);
          return;
        }
        const document = await engine.export();
        const text = flags.format === 'csv' ? articlesCsv(document) : `${JSON.stringify(document, null, 2)}\n`;
        if (flags.out) {
          writeFileSync(flags.out, text);
          out.info(`Wrote ${flags.out}`);
        } else process.stdout.write(text);
      });
    });
}

