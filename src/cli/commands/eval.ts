import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { StorylineError } from '../../core/errors.js';
import { createOutput } from '../output.js';
import { jsonOption } from '../options.js';
import { EVAL_TASKS, type EvalTask } from '../../eval/tasks.js';

interface EvalFlags {
  readonly corpus?: string;
  readonly corpora: string;
  readonly predictions?: string;
  readonly writePredictions?: string;
  readonly exportTimeml?: string;
  readonly baselines?: boolean;
  readonly split?: 'dev' | 'train';
  readonly json?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score Storyline the way the literature does: ${Object.keys(EVAL_TASKS).join(', ')}`)
    .argument('<task>', `one of: ${Object.keys(EVAL_TASKS).join(', ')}`)
    .addOption(new Option('--corpus <dir>', "the task's corpus folder (default: inside --corpora)"))
    .addOption(new Option('--corpora <dir>', 'the development corpora root').default('../shared/corpora'))
    .addOption(new Option('--predictions <file>', 'score this external output file instead of running Storyline (extraction)'))
    .addOption(new Option('--write-predictions <file>', "write Storyline's outputs in the benchmark's format (extraction)"))
    .addOption(new Option('--export-timeml <dir>', "write Storyline's annotations as TempEval-3 TimeML for the official scorer (dates)"))
    .addOption(new Option('--baselines', 'also run the baselines in the same run (extraction: Readability.js)'))
    .addOption(new Option('--split <split>', 'which topics to score (coref: dev, the default, or train, where thresholds are chosen)').choices(['dev', 'train']))
    .addOption(jsonOption())
    .action(async (name: string, flags: EvalFlags) => {
      const task = EVAL_TASKS[name as keyof typeof EVAL_TASKS] as EvalTask | undefined;
      if (!task) throw new StorylineError('CONFIG_INVALID', `unknown eval task "${name}"; choose one of ${Object.keys(EVAL_TASKS).join(', ')}`);
      const corpus = resolve(flags.corpus ?? resolve(flags.corpora, task.defaultCorpus));
      if (!existsSync(corpus)) throw new StorylineError('EVAL_DATA_MISSING', `corpus not found at ${corpus}; pass --corpus or --corpora`);
      const out = createOutput(Boolean(flags.json));
      const report = await task.run({
        corpus,
        ...(flags.predictions ? { predictions: resolve(flags.predictions) } : {}),
        ...(flags.writePredictions ? { writePredictions: resolve(flags.writePredictions) } : {}),
        ...(flags.exportTimeml ? { exportTimeml: resolve(flags.exportTimeml) } : {}),
        baselines: Boolean(flags.baselines),
        ...(flags.split ? { split: flags.split } : {}),
        progress: (done, total) => out.progress(name, done, total),
      });
      out.endProgress();
      out.result(report, () => task.format(report));
    });
}
