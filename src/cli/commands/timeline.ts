import { Option, type Command } from 'commander';
import { StorylineError } from '../../core/errors.js';
import type { StoryView } from '../../export/stories-document.js';
import { createOutput } from '../output.js';
import { dbOption, withEngine } from '../options.js';

interface TimelineFlags {
  readonly db: string;
  readonly format: 'md' | 'json';
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("print a story's timeline: dates in order, each with cited sentences")
    .argument('<story>', 'story id (see `storyline stories`)')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .action(async (id: string, flags: TimelineFlags) => {
      const out = createOutput(flags.format === 'json');
      await withEngine(flags.db, async (engine) => {
        const { story } = await engine.story(id);
        if (story.timeline.length === 0) throw new StorylineError('NOT_FOUND', `story ${id} has no dated, citable sentences`);
        out.result({ id: story.id, title: story.title, timeline: story.timeline }, () => markdown(story));
      });
    });
}

/** Markdown with footnote-style citations: `[^1]: a_… 120–245`. */
function markdown(story: StoryView): string {
  const lines = [`# ${story.title}`, ''];
  const notes: string[] = [];
  for (const entry of story.timeline) {
    lines.push(`## ${entry.date ?? 'Undated'}`, '');
    for (const sentence of entry.sentences) {
      const refs = sentence.citations.map((c) => {
        notes.push(`[^${notes.length + 1}]: ${c.articleId}, characters ${c.start}–${c.end}`);
        return `[^${notes.length}]`;
      });
      lines.push(`- ${sentence.text}${refs.join('')}`);
    }
    lines.push('');
  }
  return [...lines, ...notes].join('\n');
}
