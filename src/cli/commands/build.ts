import { rmSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { BuildResult } from '../../pipeline/build-corpus.js';
import { EXIT } from '../exit-codes.js';
import { isPostgresUrl } from '../../store/postgres/pg-connection.js';
import { dropStorylineTables } from '../../store/postgres/open-postgres.js';
import { createOutput } from '../output.js';
import { dbOption, entityEditsOption, jsonOption, withEngine, positiveInt, workersOption } from '../options.js';

interface BuildFlags {
  readonly db: string;
  readonly out: string;
  readonly json?: boolean;
  readonly fresh?: boolean;
  readonly maxBytes?: number;
  readonly entityEdits?: string;
  readonly workers: number | 'auto';
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('ingest inputs, analyse what is new, and write the report (index.html, stories.json)')
    .argument('<inputs...>', 'files, folders, URLs, or - for JSONL on stdin')
    .addOption(dbOption())
    .addOption(new Option('--out <dir>', 'report folder').default('storyline-report'))
    .addOption(new Option('--fresh', 'delete the database (PostgreSQL: Storyline\'s tables) first and build from scratch'))
    .addOption(new Option('--max-bytes <n>', 'largest input file read, in bytes').argParser(positiveInt('--max-bytes')))
    .addOption(entityEditsOption())
    .addOption(workersOption())
    .addOption(jsonOption())
    .action(async (inputs: string[], flags: BuildFlags) => run(inputs, flags, true));
  program
    .command('ingest')
    .description('ingest inputs and analyse what is new, without writing a report')
    .argument('<inputs...>', 'files, folders, URLs, or - for JSONL on stdin')
    .addOption(dbOption())
    .addOption(new Option('--max-bytes <n>', 'largest input file read, in bytes').argParser(positiveInt('--max-bytes')))
    .addOption(entityEditsOption())
    .addOption(workersOption())
    .addOption(jsonOption())
    .action(async (inputs: string[], flags: BuildFlags) => run(inputs, flags, false));
}

async function run(inputs: readonly string[], flags: BuildFlags, report: boolean): Promise<void> {
  const out = createOutput(Boolean(flags.json));
  if (flags.fresh && isPostgresUrl(flags.db)) dropStorylineTables(flags.db);
  else if (flags.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${flags.db}${suffix}`, { force: true });
  const result = await withEngine(flags.db, async (engine) => {
    const built = await engine.build(inputs, {
      command: report ? 'build' : 'ingest',
      stdin: process.stdin,
      workers: flags.workers,
      ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
      onProgress: (p) => out.progress(p.phase, p.done, p.total),
    });
    out.endProgress();
    const written = report ? await engine.writeReport(flags.out) : null;
    const stories = written ? written.document.stories.length : (await engine.stories()).length;
    out.result({ ...built, stories, report: written ? { html: written.html, json: written.json } : null }, () => summary(built, stories, written?.html ?? null));
    return built;
  }, flags.entityEdits ? { entityEdits: flags.entityEdits } : {});
  process.exitCode = result.failures.length > 0 ? EXIT.PARTIAL : EXIT.OK;
}

function summary(result: BuildResult, stories: number, html: string | null): string {
  const lines = [
    `Read ${result.inputs} inputs holding ${result.documents} documents in ${(result.durationMs / 1000).toFixed(1)} s${result.workers > 0 ? ` (analysed on ${result.workers} worker threads)` : ''}.`,
    `Added ${result.added} articles; ${result.unchanged} were already stored. ${stories} stories in the database.`,
  ];
  if (result.lowConfidence.length > 0) lines.push(`Low extraction confidence (kept, flagged in the report): ${result.lowConfidence.join(', ')}`);
  if (result.failures.length > 0) {
    lines.push(`${result.failures.length} inputs failed (recorded; the rest went on):`);
    for (const f of result.failures.slice(0, 20)) lines.push(`  ${f.code}  ${f.locator}: ${f.message}`);
    if (result.failures.length > 20) lines.push(`  … and ${result.failures.length - 20} more (see the report)`);
  }
  if (html) lines.push(`Report: ${html}`);
  return lines.join('\n');
}
