import { Option, type Command } from 'commander';
import type { Article } from '../../core/model.js';
import { readArticles } from '../../pipeline/read-articles.js';
import { EXIT } from '../exit-codes.js';
import { createOutput } from '../output.js';

interface ExtractFlags {
  readonly format: 'txt' | 'md' | 'json';
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('print the clean text and metadata of pages, without building stories or touching a database')
    .argument('<inputs...>', 'files or folders')
    .addOption(new Option('--format <format>', 'output format').choices(['txt', 'md', 'json']).default('txt'))
    .action(async (inputs: string[], flags: ExtractFlags) => {
      const out = createOutput(flags.format === 'json');
      const { articles: cleaned, failures: problems } = await readArticles(inputs);
      out.result({ articles: cleaned.map(asJson), failures: problems }, () => cleaned.map((a) => (flags.format === 'md' ? markdown(a) : plain(a))).join('\n\n'));
      for (const f of problems) out.info(`${f.code}  ${f.locator}: ${f.message}`);
      process.exitCode = problems.length > 0 ? EXIT.PARTIAL : EXIT.OK;
    });
}

function contentBlocks(article: Article): string[] {
  return article.blocks.filter((b) => b.kind !== 'boilerplate' && b.kind !== 'title').map((b) => article.text.slice(b.start, b.end));
}

function plain(article: Article): string {
  return [`${article.title}`, `${article.outlet} · ${article.published?.value ?? 'undated'} · confidence ${article.extraction.confidence.toFixed(2)}`, '', ...contentBlocks(article)].join('\n');
}

function markdown(article: Article): string {
  const body = article.blocks
    .filter((b) => b.kind !== 'boilerplate' && b.kind !== 'title')
    .map((b) => {
      const text = article.text.slice(b.start, b.end);
      return b.kind === 'heading' ? `## ${text}` : b.kind === 'list-item' ? `- ${text}` : text;
    });
  const meta = [`*${article.outlet}*`, article.published?.value ?? 'undated', article.authors.join(', '), article.url ?? article.locator].filter(Boolean);
  return [`# ${article.title}`, '', meta.join(' · '), '', ...body.flatMap((p) => [p, ''])].join('\n').trimEnd();
}

function asJson(article: Article): Record<string, unknown> {
  const { text: _text, blocks: _blocks, ...metadata } = article;
  return { ...metadata, text: contentBlocks(article).join('\n\n'), confidence: article.extraction.confidence };
}
