import { Option, type Command } from 'commander';
import type { StoryView } from '../../export/stories-document.js';
import type { Engine, StoryLink } from '../../engine.js';
import { createOutput } from '../output.js';
import { dbOption, jsonOption, withEngine, type CommonOptions } from '../options.js';

interface ShowFlags extends CommonOptions {
  readonly why?: boolean;
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one story (briefing, events, entities, quotes and outlets) or one event (its articles and round-up passages)')
    .argument('<id>', 'story id (`st_…`, see `storyline stories`) or event id (`ev_…`, listed by `show <story> --why`)')
    .addOption(dbOption())
    .addOption(new Option('--why', "explain what tied each event's articles together, and each event to the story"))
    .addOption(jsonOption())
    .action(async (id: string, flags: ShowFlags) => {
      const out = createOutput(Boolean(flags.json));
      await withEngine(flags.db, async (engine) => {
        if (id.startsWith('ev_')) {
          const shown = await engine.event(id);
          const { document: _document, ...result } = shown;
          out.result(result, () => renderEvent(shown, Boolean(flags.why)));
          return;
        }
        const { story, document } = await engine.story(id);
        const names = new Map(document.entities.map((e) => [e.id, e.name]));
        const links = flags.why ? await engine.storyLinks(story.id) : [];
        out.result(flags.why ? { ...story, links } : story, () => renderStory(story, names, links, Boolean(flags.why)));
      });
    });
}

function renderStory(story: StoryView, names: ReadonlyMap<string, string>, links: readonly StoryLink[], why: boolean): string {
  const linkOf = new Map(links.map((l) => [l.eventId, l]));
  const lines = [`${story.title}  (${story.id})`, `${story.firstSeen ?? 'undated'} → ${story.lastSeen ?? ''}`, '', 'Briefing:'];
  for (const s of story.briefing) lines.push(`  ${s.text} ${s.citations.map((c) => `[${c.articleId}:${c.start}-${c.end}]`).join('')}`);
  lines.push('', 'Events:');
  for (const e of story.events) {
    const inRoundUps = e.passages.length > 0 ? `; also in ${e.passages.length} round-up passage${e.passages.length === 1 ? '' : 's'}` : '';
    lines.push(`  ${(e.date ?? 'undated').padEnd(10)}  ${e.title}  (${e.articleIds.length} articles: ${e.outlets.join(', ')}${inRoundUps}) ${e.id}`);
    if (!why) continue;
    for (const reason of e.why) lines.push(`      why: ${reason}`);
    for (const p of e.passages) lines.push(`      round-up passage [${p.articleId}:${p.start}-${p.end}] (score ${p.score}): ${p.why.join('; ')}`);
    const link = linkOf.get(e.id);
    if (link) lines.push(`      in this story (${link.kind}, score ${link.score}): ${link.why.join('; ')}`);
  }
  lines.push('', `Who: ${story.entities.slice(0, 12).map((e) => `${names.get(e.id) ?? e.id} (${e.mentions})`).join(', ')}`);
  lines.push('', 'Who said what:');
  for (const q of story.quotes.slice(0, 15)) lines.push(`  ${q.speaker ?? 'unattributed'} [${q.outlet}]: ${q.text.length > 120 ? `${q.text.slice(0, 119)}…` : q.text}`);
  lines.push('', 'Outlets:');
  for (const o of story.outlets) lines.push(`  ${o.outlet.padEnd(24)} ${String(o.articles).padStart(3)} articles, ${o.eventIds.length} events, ${Math.round(o.opinionShare * 100)}% opinion`);
  return lines.join('\n');
}

/** One event: its articles (each with what tied it to the event), round-up passages and story. */
function renderEvent(shown: Awaited<ReturnType<Engine['event']>>, why: boolean): string {
  const { event, story, members, storyLink, document } = shown;
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const lines = [`${event.title}  (${event.id})`, `${event.date ?? 'undated'}${event.granularity ? ` (${event.granularity})` : ''} · story: ${story.title} (${story.id})`, '', 'Articles:'];
  for (const member of members) {
    const a = articles.get(member.articleId);
    lines.push(`  ${a?.published?.value.slice(0, 10) ?? 'undated'}  ${a?.outlet ?? ''}: ${a?.title ?? member.articleId}  (${member.articleId})`);
    if (why) lines.push(`      why (score ${member.score}): ${member.why.join('; ')}`);
  }
  if (event.passages.length > 0) {
    lines.push('', 'Also told in round-ups:');
    for (const p of event.passages) {
      const a = articles.get(p.articleId);
      lines.push(`  ${a?.outlet ?? ''}: ${a?.title ?? p.articleId}  [${p.articleId}:${p.start}-${p.end}]`);
      if (why) lines.push(`      why (score ${p.score}): ${p.why.join('; ')}`);
    }
  }
  if (why && storyLink) lines.push('', `In its story (${storyLink.kind}, score ${storyLink.score}): ${storyLink.why.join('; ')}`);
  lines.push('', 'Summary:');
  for (const s of event.summary) lines.push(`  ${s.text} ${s.citations.map((c) => `[${c.articleId}:${c.start}-${c.end}]`).join('')}`);
  return lines.join('\n');
}
