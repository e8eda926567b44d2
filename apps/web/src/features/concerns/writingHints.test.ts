import { describe, expect, it } from 'vitest';
import { labelWordsIn, lixLevel, readability } from './writingHints';

describe('labelWordsIn', () => {
  it('finds the professional labels, inflected and in any case, each once', () => {
    expect(labelWordsIn('Der er tale om Omsorgssvigt og misbruget af alkohol. Omsorgssvigtet er groft.')).toEqual([
      'omsorgssvigt',
      'misbrug',
    ]);
    expect(labelWordsIn('Vi er bekymrede for vold i  hjemmet')).toEqual(['vold i hjemmet']);
    expect(labelWordsIn('Utilstrækkelig omsorg og forsømmelse')).toEqual(['forsømmelse', 'utilstrækkelig omsorg']);
  });

  it('finds nothing in a description of concrete behaviour, nor a label inside another word', () => {
    expect(labelWordsIn('Far har slået Emma i ansigtet to gange i oktober, og hun kom i skole med blå mærker.')).toEqual([]);
    expect(labelWordsIn('Stofmisbrugsbehandling')).toEqual([]);
  });
});

describe('readability (LIX)', () => {
  it('computes words per sentence plus the share of long words', () => {
    // 7 words, 2 sentences, 1 long word (>6 letters: "madpakke"): 3.5 + 14.3 = 17.8 → 18.
    expect(readability('Emma har ingen madpakke. Hun er sulten.')).toEqual({ score: 18, level: 'easy' });
  });

  it('counts a text without a full stop as one sentence, and has no score without words', () => {
    // 5 words, 1 sentence, 4 long: 5 + 80 = 85.
    expect(readability('Forældrenes utilstrækkelige forældrekompetencer bekymrer os')).toEqual({ score: 85, level: 'veryHard' });
    expect(readability('  ... ')).toBeNull();
  });

  it('places the score in the five Danish bands', () => {
    expect([24, 25, 34, 35, 44, 45, 54, 55].map(lixLevel)).toEqual([
      'easy',
      'fairlyEasy',
      'fairlyEasy',
      'medium',
      'medium',
      'hard',
      'hard',
      'veryHard',
    ]);
  });
});
