import { Option, type Command } from 'commander';
import { createEngine } from '../../engine.js';
import { startServer } from '../../http/server.js';
import { createOutput } from '../output.js';
import { dbOption, positiveInt } from '../options.js';

interface ServeFlags {
  readonly db: string;
  readonly port: number;
  readonly host: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the live report (web UI) over the database')
    .addOption(dbOption())
    .addOption(new Option('--port <n>', 'port to listen on').argParser(positiveInt('--port')).default(8080))
    .addOption(new Option('--host <address>', 'address to listen on').default('127.0.0.1'))
    .action(async (flags: ServeFlags) => {
      const out = createOutput(false);
      const engine = await createEngine({ db: flags.db });
      const server = await startServer(engine, flags.port, flags.host);
      out.info(`Storyline is serving ${flags.db} at http://${flags.host}:${flags.port}/ (API under /api/). Ctrl-C stops it.`);
      // Serve until interrupted; close the database cleanly so the WAL is checkpointed.
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await engine.close();
    });
}
