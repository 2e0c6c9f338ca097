import { Command, CommanderError } from 'commander';
import { StorylineError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { registerBuild } from './commands/build.js';
import { registerStories } from './commands/stories.js';
import { registerShow } from './commands/show.js';
import { registerTimeline } from './commands/timeline.js';
import { registerSearch } from './commands/search.js';
import { registerExport } from './commands/export.js';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerServe } from './commands/serve.js';
import { registerEntities } from './commands/entities.js';

/** Builds the command tree; each command sets `process.exitCode` itself. */
export function createProgram(): Command {
  const program = new Command('storyline')
    .description('Turn a pile of news articles into dated, cited stories.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerBuild(program);
  registerStories(program);
  registerShow(program);
  registerTimeline(program);
  registerSearch(program);
  registerEntities(program);
  registerExport(program);
  registerEval(program);
  registerExtract(program);
  registerServe(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 1, which we map to USAGE.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof StorylineError) {
      process.stderr.write(`storyline: ${error.message} [${error.code}]\n`);
      return exitCodeFor(error.code);
    }
    process.stderr.write(`storyline: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.ERROR;
  }
}
