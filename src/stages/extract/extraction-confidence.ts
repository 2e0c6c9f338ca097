import type { Block } from '../../core/model.js';

export interface ConfidenceInput {
  readonly text: string;
  readonly blocks: readonly Block[];
  /** Characters the structural step found, to see whether the cascade had to step in. */
  readonly firstChars: number;
  readonly usedFallback: boolean;
  readonly truncated: boolean;
  readonly hasTitle: boolean;
}

/**
 * 0..1. Starts from how much prose there is (a 1,500-character article reaches the top of
 * that scale), then takes off for signs of a doubtful result: a fallback step was needed,
 * the page was cut, no headline, very few blocks, or many short blocks (menus, lists).
 */
export function extractionConfidence(input: ConfidenceInput): number {
  if (input.text.length === 0) return 0;
  let score = Math.min(1, input.text.length / 1500) * 0.7 + 0.3;
  if (input.usedFallback) score -= 0.2;
  if (input.truncated) score -= 0.2;
  if (!input.hasTitle) score -= 0.1;
  const short = input.blocks.filter((b) => b.end - b.start < 40).length;
  if (input.blocks.length > 0) score -= 0.2 * (short / input.blocks.length);
  if (input.blocks.length < 2) score -= 0.1;
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
