/**
 * Writing guidance for concern statements and safety goals (domain.md §2.4): describe the concrete
 * behaviour rather than a professional label, and write so the child can understand it.
 */

/** Professional labels that name a category instead of what was seen or heard. */
export const LABEL_WORDS = [
  'omsorgssvigt',
  'vold i hjemmet',
  'misbrug',
  'svigt',
  'forsømmelse',
  'utilstrækkelig omsorg',
] as const;

/**
 * The label words used in `text`, each once, in the order of LABEL_WORDS. Inflected forms count
 * ("omsorgssvigtet", "misbruget"); a word that merely contains a label in its middle does not.
 */
export function labelWordsIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('da');
  return LABEL_WORDS.filter((label) => {
    const pattern = new RegExp(`(^|[^\\p{L}])${label.replace(/ /g, '\\s+')}`, 'u');
    return pattern.test(lower);
  });
}

export type LixLevel = 'easy' | 'fairlyEasy' | 'medium' | 'hard' | 'veryHard';

export interface Readability {
  /** LIX, rounded to a whole number. */
  score: number;
  level: LixLevel;
}

/**
 * LIX (læsbarhedsindeks): words per sentence + 100 × words longer than six letters / words.
 * Under 25 easy, 25–34 fairly easy, 35–44 medium, 45–54 hard, 55 and above very hard.
 * Null for a text with no words.
 */
export function readability(text: string): Readability | null {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return null;
  // A sentence ends at . ! ? : or a line break; text without an end still is one sentence.
  const sentences = Math.max(1, text.split(/[.!?:]+|\n+/).filter((part) => /[\p{L}\p{N}]/u.test(part)).length);
  const longWords = words.filter((word) => (word.match(/\p{L}/gu) ?? []).length > 6).length;
  const score = Math.round(words.length / sentences + (100 * longWords) / words.length);
  return { score, level: lixLevel(score) };
}

export function lixLevel(score: number): LixLevel {
  if (score < 25) return 'easy';
  if (score < 35) return 'fairlyEasy';
  if (score < 45) return 'medium';
  if (score < 55) return 'hard';
  return 'veryHard';
}
