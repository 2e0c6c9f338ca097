/**
 * The Porter stemmer exactly as ROUGE-1.5.5.pl `sub stem` has it: Martin Porter's Perl
 * version with C.-Y. Lin's 2004 change to step 4 (three sequential checks rather than one
 * alternation). It differs from standard Porter stemmers on many words, so it is ported
 * rule by rule from the executable specification (`metrics/rouge155/rouge155.py`) and
 * checked against the Perl outputs in `perl_stems.tsv`.
 */
const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const MGR0 = new RegExp(`^(${C})?${V}${C}`);
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const VOWEL_IN_STEM = new RegExp(`^(${C})?${v}`);
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent',
  eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful',
  ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Readonly<Record<string, string>> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
// A leftmost match of an end-anchored alternation is the longest matching suffix, as in Perl.
const RE_STEP2 = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const RE_STEP3 = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const RE_STEP4 = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** ROUGE's Porter variant; words shorter than 3 characters are returned unchanged. */
export function rougePorterStem(word: string): string {
  if (word.length < 3) return word;
  const startsWithY = word[0] === 'y';
  let w = startsWithY ? `Y${word.slice(1)}` : word;
  w = step1ab(w);
  w = step1c(w);
  w = replaceSuffix(w, RE_STEP2, STEP2, MGR0);
  w = replaceSuffix(w, RE_STEP3, STEP3, MGR0);
  w = step4(w);
  w = step5(w);
  return startsWithY ? `y${w.slice(1)}` : w;
}

function step1ab(word: string): string {
  let w = word;
  let m = /(ss|i)es$/.exec(w);
  if (m) w = w.slice(0, m.index) + (m[1] ?? '');
  else if ((m = /([^s])s$/.exec(w))) w = w.slice(0, m.index) + (m[1] ?? '');
  if ((m = /eed$/.exec(w))) {
    if (MGR0.test(w.slice(0, m.index))) w = w.slice(0, -1);
    return w;
  }
  if ((m = /(ed|ing)$/.exec(w))) {
    const stem = w.slice(0, m.index);
    if (VOWEL_IN_STEM.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  return w;
}

function step1c(w: string): string {
  if (!w.endsWith('y')) return w;
  const stem = w.slice(0, -1);
  return VOWEL_IN_STEM.test(stem) ? `${stem}i` : w;
}

function replaceSuffix(w: string, rx: RegExp, table: Readonly<Record<string, string>>, measure: RegExp): string {
  const m = rx.exec(w);
  if (!m) return w;
  const stem = w.slice(0, m.index);
  return measure.test(stem) ? stem + (table[m[1] ?? ''] ?? '') : w;
}

function step4(word: string): string {
  let w = word;
  let m = RE_STEP4.exec(w);
  if (m && MGR1.test(w.slice(0, m.index))) w = w.slice(0, m.index);
  if ((m = /ment$/.exec(w)) && MGR1.test(w.slice(0, m.index))) w = w.slice(0, m.index);
  if ((m = /ent$/.exec(w))) {
    if (MGR1.test(w.slice(0, m.index))) w = w.slice(0, m.index);
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    const stem = w.slice(0, m.index) + (m[1] ?? '');
    if (MGR1.test(stem)) w = stem;
  }
  return w;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && MGR1.test(w)) w = w.slice(0, -1);
  return w;
}
