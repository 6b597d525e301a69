/**
 * Flesch–Kincaid grade level of one English sentence:
 *   0.39 × words/sentence + 11.8 × syllables/word − 15.59
 * Syllables are counted with the usual vowel-group rules (a final silent "e"
 * does not count, "-le" after a consonant does, every word has at least one).
 * A number counts as one word of one syllable, as readers scan it ("I-205" is
 * two words); an abbreviation without vowels ("CBP") counts its letters.
 */
/** Words the vowel-group rule gets wrong (compounds with a silent "e" inside). */
const EXCEPTIONS: Record<string, number> = { homeland: 2, someone: 2, sometimes: 2, anyone: 3, everyone: 3, safely: 2, hotline: 2, lifetime: 2 };

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w in EXCEPTIONS) return EXCEPTIONS[w];
  if (!/[aeiouy]/.test(w)) return w.length;
  if (w.length <= 3) return 1;
  let n = (w.match(/[aeiouy]+/g) ?? []).length;
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) n--;
  if (/[^aeiouy]es$|[^aeiouy]ed$/.test(w) && !/(?:[td]ed|[sxz]es|[cs]hes|ges|ces)$/.test(w)) n--;
  return Math.max(1, n);
}

/** The words of a text: runs of letters, digits and apostrophes (a hyphen joins two words, as in "rapid-response"). */
export const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];

/** Splits English text into sentences (ends at . ! ? followed by space, quotes allowed). */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:;][”"’)]?)\s+(?=[“"(‘]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function grade(sentence: string): number {
  const ws = words(sentence);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * ws.length + 11.8 * (syl / ws.length) - 15.59;
}
