import { z } from 'zod';
import { StorylineError } from '../core/errors.js';
import type { ArticleFilter } from '../store/store.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2025-03-14');

/** Query parameters every article listing accepts, validated at the boundary. */
const FilterQuery = z.object({
  outlet: z.string().min(1).optional(),
  entity: z.string().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().positive().max(1000).optional(),
});

export function filterFromQuery(params: URLSearchParams): ArticleFilter {
  const parsed = FilterQuery.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StorylineError('CONFIG_INVALID', `query parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { outlet, entity, from, to, limit } = parsed.data;
  return {
    ...(outlet ? { outlet } : {}),
    ...(entity ? { entity } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(limit ? { limit } : {}),
  };
}
