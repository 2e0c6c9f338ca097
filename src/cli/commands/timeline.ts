import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { StorylineError } from '../../core/errors.js';
import type { StoryView } from '../../export/stories-document.js';
import { readDatedArticles } from '../../pipeline/read-dated-articles.js';
import { generateTimeline } from '../../stages/tls/index.js';
import { formatTimeline, toTimeline } from '../../eval/tls/index.js';
import { createOutput } from '../output.js';
import { dbOption, isoDate, positiveInt, withEngine } from '../options.js';

interface TimelineFlags {
  readonly db: string;
  readonly format?: 'md' | 'json' | 'txt';
  readonly dates?: number;
  readonly sentences?: number;
  readonly from?: string;
  readonly to?: string;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("a story's timeline from the database, or a timeline of any folder of dated articles (the benchmark setting)")
    .argument('<story-or-folder>', 'story id (see `storyline stories`), or files/folders of dated articles')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'md (story default), txt (the standard timeline format; folder default) or json (with citations)').choices(['md', 'json', 'txt']))
    .addOption(new Option('--dates <n>', 'folder mode: number of dates').argParser(positiveInt('--dates')).default(10))
    .addOption(new Option('--sentences <n>', 'folder mode: sentences per date').argParser(positiveInt('--sentences')).default(2))
    .addOption(new Option('--from <date>', 'folder mode: earliest date (YYYY-MM-DD)').argParser(isoDate('--from')))
    .addOption(new Option('--to <date>', 'folder mode: latest date (YYYY-MM-DD)').argParser(isoDate('--to')))
    .action(async (target: string, flags: TimelineFlags) => {
      if (existsSync(target)) await folderTimeline(target, flags);
      else await storyTimeline(target, flags);
    });
}

async function storyTimeline(id: string, flags: TimelineFlags): Promise<void> {
  const format = flags.format ?? 'md';
  const out = createOutput(format === 'json');
  await withEngine(flags.db, async (engine) => {
    const { story } = await engine.story(id);
    if (story.timeline.length === 0) throw new StorylineError('NOT_FOUND', `story ${id} has no dated, citable sentences`);
    const standard = toTimeline(story.timeline.filter((e) => e.date !== null).map((e) => ({ date: e.date ?? '', sentences: e.sentences.map((s) => ({ text: s.text, citation: s.citations[0] ?? { articleId: '', start: 0, end: 0 } })) })));
    out.result({ id: story.id, title: story.title, timeline: story.timeline }, () => (format === 'txt' ? formatTimeline(standard) : markdown(story)));
  });
}

async function folderTimeline(folder: string, flags: TimelineFlags): Promise<void> {
  const format = flags.format ?? 'txt';
  const out = createOutput(format === 'json');
  const { articles, undated, failures } = await readDatedArticles([folder]);
  if (articles.length === 0) throw new StorylineError('NOT_FOUND', `no dated articles in ${folder}`);
  const entries = generateTimeline(articles, {
    dates: flags.dates ?? 10,
    sentences: flags.sentences ?? 2,
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.to ? { to: flags.to } : {}),
  });
  out.info(`${articles.length} dated articles${undated.length ? `, ${undated.length} undated left out` : ''}${failures.length ? `, ${failures.length} inputs failed` : ''}.`);
  out.result({ articles: articles.length, undated, failures, timeline: entries }, () => (format === 'md' ? entriesMarkdown(entries) : formatTimeline(toTimeline(entries))));
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

function entriesMarkdown(entries: ReturnType<typeof generateTimeline>): string {
  return entries.map((e) => [`## ${e.date}`, '', ...e.sentences.map((s) => `- ${s.text} [${s.citation.articleId}:${s.citation.start}-${s.citation.end}]`), ''].join('\n')).join('\n');
}
