/**
 * Task-shaped titles, the way a coach reads them (scoring.md, `kr-output` and
 * `objective-output`): a title that starts with an output verb ("Launch the
 * mobile app"), and a key result that counts activity ("Send 50 outreach
 * emails"). Each finder returns the words that made it fire, as written, so
 * a hint can quote them back to the writer.
 */
import type { Text } from '../i18n/index.ts';

/**
 * Output verbs built in: a title starting with one names a task. English
 * first (scoring.md's list, then more a coach would flag), then Malay, in
 * the forms a title uses (`lancarkan`, `melancarkan`). Words that also open
 * outcome titles ("make", "keep", "open", "reduce", "audit" as a noun) are
 * left out on purpose; `coaching.output_verbs` adds an organisation's own.
 */
export const OUTPUT_VERBS = [
  'launch', 'complete', 'implement', 'deliver', 'build', 'create', 'write', 'hold', 'run', 'conduct', 'finish', 'ship',
  'publish', 'organize', 'organise', 'prepare', 'attend', 'update', 'review', 'count', 'calculate',
  'migrate', 'deploy', 'develop', 'release', 'install', 'roll out', 'set up', 'redesign', 'produce', 'hire', 'send', 'host',
  'train', 'design', 'introduce',
  'rebuild', 'rewrite', 'refactor', 'revamp', 'overhaul', 'upgrade', 'replace', 'automate', 'integrate', 'add', 'pilot',
  'recruit', 'translate', 'localise', 'localize', 'define', 'draft', 'finalise', 'finalize', 'submit', 'upload', 'announce',
  'schedule', 'kick off', 'go live', 'put in place', 'stand up', 'spin up', 'carry out', 'analyse', 'analyze', 'assess',
  'evaluate', 'interview', 'call', 'email', 'visit', 'contact',
  // Bahasa Malaysia
  'lancar', 'lancarkan', 'melancarkan', 'siapkan', 'menyiapkan', 'laksanakan', 'melaksanakan', 'bina', 'membina',
  'bangunkan', 'membangunkan', 'adakan', 'mengadakan', 'anjurkan', 'menganjurkan', 'jalankan', 'menjalankan', 'hantar',
  'menghantar', 'sediakan', 'menyediakan', 'terbitkan', 'menerbitkan', 'kemas kini', 'kemaskini', 'mengemas kini',
  'mengemaskini', 'pasang', 'memasang', 'latih', 'melatih', 'lantik', 'melantik', 'hadiri', 'menghadiri', 'reka bentuk',
  'mereka bentuk', 'perkenalkan', 'memperkenalkan', 'tulis', 'menulis', 'hasilkan', 'menghasilkan', 'pindahkan',
  'memindahkan', 'naik taraf', 'menaik taraf',
] as const;

/**
 * Activity nouns built in: a number followed by one counts activity. Plural
 * English forms (a count is plural), then Malay, which does not mark the
 * plural (`12 bengkel`). `coaching.activity_nouns` adds an organisation's own.
 */
export const ACTIVITY_NOUNS = [
  'calls', 'emails', 'e-mails', 'meetings', 'workshops', 'sessions', 'posts', 'visits', 'demos', 'events', 'trainings',
  'reports', 'articles', 'interviews', 'webinars', 'presentations', 'newsletters', 'campaigns', 'briefings', 'roadshows',
  'seminars', 'conferences', 'meetups', 'hackathons', 'talks', 'classes', 'courses', 'videos', 'podcasts', 'blogs',
  'tweets', 'messages', 'touchpoints', 'follow-ups', 'pitches', 'surveys', 'audits', 'inspections',
  // Bahasa Malaysia
  'panggilan', 'e-mel', 'emel', 'mesyuarat', 'bengkel', 'sesi', 'lawatan', 'demo', 'acara', 'latihan', 'laporan',
  'artikel', 'temu duga', 'temuduga', 'ceramah', 'taklimat', 'webinar', 'kempen', 'kursus', 'kelas', 'jerayawara',
] as const;

/** Number words that count like digits ("Hold twelve workshops", "Adakan lima bengkel"). "one" and "satu" are left out: "at least one meeting" is rarely a count. */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens',
  'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh', 'sebelas', 'seratus', 'ratusan', 'seribu', 'ribuan',
]);

/** Words that make the number that follows a denominator ("per 100 calls"), not a count. */
const DENOMINATOR = new Set(['per', 'every', 'each', 'setiap']);
/** Words right after a number that make it a share, not a count ("90% of emails"). */
const PERCENT = new Set(['%', 'percent', 'peratus']);
/** Words after the activity noun that make the count a rate ("12 demos per rep", "30 calls weekly"). */
const RATE_WORDS = new Set([
  'per', '/', '%', 'percent', 'peratus', 'rate', 'ratio', 'hourly', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly',
  'yearly', 'annually', 'setiap', 'sejam', 'sehari', 'seminggu', 'sebulan', 'setahun', 'kadar', 'nisbah',
]);
/** "a week", "each month", "every sprint": a rate when one of these follows `a`, `an`, `each` or `every`. */
const TIME_UNITS = new Set(['hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'sprint', 'cycle']);
const RATE_ARTICLES = new Set(['a', 'an', 'each', 'every']);

/** How many words after the number the activity noun may be ("50 personalised outreach emails": the third). */
const NOUN_REACH = 3;
/** How many words after the noun a rate still belongs to it ("30 calls to prospects each week"). */
const RATE_REACH = 3;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words, numbers, `%` and `/` of a title, with where each sits in it. Hyphenated words stay whole ("follow-ups", "e-mel"). */
const WORD = /\d+(?:[.,]\d+)*|%|\/|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function wordsOf(title: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(title); m !== null; m = WORD.exec(title)) {
    words.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** Entries of a word list ("roll out", "temu duga") as the words each must match, found by their first word. */
type PhraseIndex = Map<string, string[][]>;

function indexPhrases(list: readonly string[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const entry of list) {
    const words = wordsOf(entry).map((w) => w.lower);
    if (words.length === 0) continue;
    const bucket = index.get(words[0]!);
    if (bucket) bucket.push(words);
    else index.set(words[0]!, [words]);
  }
  return index;
}

/** The built-in list plus site.yaml's words, indexed once per build rather than once per title. */
const indexCache = new Map<string, PhraseIndex>();
function phrasesOf(builtIn: readonly string[], extra: readonly string[]): PhraseIndex {
  const key = `${builtIn[0]}\u0000${extra.join('\u0000')}`;
  let index = indexCache.get(key);
  if (!index) {
    index = indexPhrases([...builtIn, ...extra]);
    indexCache.set(key, index);
  }
  return index;
}

/** The entry that starts at `words[at]`, longest first, as the number of words it covers; 0 when none does. */
function phraseAt(words: readonly Word[], at: number, index: PhraseIndex): number {
  let best = 0;
  for (const phrase of index.get(words[at]?.lower ?? '') ?? []) {
    if (phrase.length > best && phrase.every((part, i) => words[at + i]?.lower === part)) best = phrase.length;
  }
  return best;
}

const isDigits = (word: Word) => /^\d/.test(word.text);
/** A four-digit year (1900-2199) names a time, not a count ("the 2026 roadshows"). */
const isYear = (word: Word) => /^(19|20|21)\d{2}$/.test(word.text);
const isNumber = (word: Word) => (isDigits(word) && !isYear(word)) || NUMBER_WORDS.has(word.lower);

/**
 * The output verb a title starts with, as written ("Roll out"), or null.
 * Whole words only: "Runway in months" does not start with "run", and
 * "Reviewed contracts" does not start with "review".
 */
export function outputVerbOf(title: string, extraVerbs: readonly string[] = []): string | null {
  // A verb is at most a few words at the start: reading the opening is enough.
  return verbIn(wordsOf(title.slice(0, 80)), title, phrasesOf(OUTPUT_VERBS, extraVerbs));
}

function verbIn(words: readonly Word[], title: string, verbs: PhraseIndex): string | null {
  // A title that opens with a number ("6 workshops") or a sign does not open with a verb.
  if (words.length === 0 || !/^\p{L}/u.test(words[0]!.text)) return null;
  const length = phraseAt(words, 0, verbs);
  return length === 0 ? null : title.slice(words[0]!.start, words[length - 1]!.end);
}

/**
 * The activity a key-result title counts, from the number to the activity
 * noun as written ("50 personalised outreach emails"), or null. A number
 * counts activity when an activity noun is among the three words after it;
 * not when it is a share ("90% of calls"), a denominator ("per 100 calls")
 * or a year, nor when a rate follows the noun ("12 demos per rep", "30 calls
 * a week"): those are outcome ratios.
 */
export function activityCountOf(title: string, extraNouns: readonly string[] = []): string | null {
  return countIn(wordsOf(title), title, phrasesOf(ACTIVITY_NOUNS, extraNouns));
}

function countIn(words: readonly Word[], title: string, nouns: PhraseIndex): string | null {
  for (let i = 0; i < words.length; i++) {
    const number = words[i]!;
    if (!isNumber(number)) continue;
    if (PERCENT.has(words[i + 1]?.lower ?? '')) continue;
    if (DENOMINATOR.has(words[i - 1]?.lower ?? '')) continue;
    for (let at = i + 1; at <= i + NOUN_REACH && at < words.length; at++) {
      const length = phraseAt(words, at, nouns);
      if (length === 0) continue;
      const afterNoun = at + length;
      if (!isRateAfter(words, afterNoun)) return title.slice(number.start, words[afterNoun - 1]!.end);
      break;
    }
  }
  return null;
}

/** True when a rate begins within `RATE_REACH` words of `from`. */
function isRateAfter(words: readonly Word[], from: number): boolean {
  for (let at = from; at < from + RATE_REACH && at < words.length; at++) {
    const word = words[at]!.lower;
    if (RATE_WORDS.has(word)) return true;
    if (RATE_ARTICLES.has(word) && TIME_UNITS.has(words[at + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Why a key result reads as a task: the words a hint quotes back. */
export interface KeyResultTaskShape {
  milestone: boolean;
  /** The output verb it starts with, as written. */
  verb: string | null;
  /** The activity it counts, from the number to the noun, as written. */
  count: string | null;
}

/** Why a key result reads as a task, or null when it reads as a measure of value. */
export function keyResultTaskShape(
  keyResult: { title: string; kind: string },
  settings: { output_verbs: readonly string[]; activity_nouns: readonly string[] },
): KeyResultTaskShape | null {
  const words = wordsOf(keyResult.title);
  const shape = {
    milestone: keyResult.kind === 'milestone',
    verb: verbIn(words, keyResult.title, phrasesOf(OUTPUT_VERBS, settings.output_verbs)),
    count: countIn(words, keyResult.title, phrasesOf(ACTIVITY_NOUNS, settings.activity_nouns)),
  };
  return shape.milestone || shape.verb !== null || shape.count !== null ? shape : null;
}

/** The title as the start of a "so that" sentence: without a closing full stop. */
/** `"<title> so that ..."`, in the language the hint is said in. */
const soThat = (title: string): Text => ({ key: 'hint.soThat', values: { title: title.trim().replace(/[.!;:,]+$/u, '') } });

/** The `kr-output` hint: which words made it fire, the question, and how to rewrite it (as interface strings, src/i18n). */
export function keyResultOutputText(title: string, shape: KeyResultTaskShape): Text {
  const reasons: Text[] = [];
  if (shape.milestone) reasons.push({ key: 'hint.kr-output.milestone', values: {} });
  if (shape.verb !== null) reasons.push({ key: 'hint.kr-output.verb', values: { verb: shape.verb } });
  if (shape.count !== null) reasons.push({ key: 'hint.kr-output.count', values: { count: shape.count } });
  const [first, second, third] = reasons;
  const said: Text = third ? { key: 'list.three', values: { first: first!, second: second!, last: third } } : second ? { key: 'list.two', values: { first: first!, last: second } } : first!;
  const rewrite: Text =
    shape.verb !== null
      ? { key: 'hint.kr-output.rewrite.verb', values: { soThat: soThat(title) } }
      : shape.count !== null
        ? { key: 'hint.kr-output.rewrite.count', values: { noun: activityNoun(shape.count) } }
        : { key: 'hint.kr-output.rewrite.milestone', values: {} };
  return { key: 'hint.kr-output', values: { kr: title, reasons: said, rewrite } };
}

/** The `objective-output` hint: the verb, the question, and the "so that" rewrite (as interface strings, src/i18n). */
export function objectiveOutputText(title: string, verb: string): Text {
  return { key: 'hint.objective-output', values: { objective: title, verb, soThat: soThat(title), action: verb.toLowerCase() } };
}

/**
 * (v3) Verbs that move a number, and the numbers they move: an objective
 * that opens with one and names one of these within its next three words
 * ("Grow revenue ...", "Increase revenue by 30%", "Kurangkan kos ...") is a
 * key result in disguise. Improve, make and keep are left out: they open
 * many objectives that are changes ("Improve how finance teams close").
 */
export const MOVEMENT_VERBS = [
  'grow', 'increase', 'raise', 'boost', 'lift', 'double', 'triple', 'halve', 'reduce', 'cut', 'lower', 'decrease', 'maximise',
  'maximize', 'minimise', 'minimize',
  // Bahasa Malaysia
  'tingkatkan', 'meningkatkan', 'naikkan', 'menaikkan', 'kurangkan', 'mengurangkan', 'gandakan', 'menggandakan',
] as const;

export const METRIC_NOUNS = [
  'revenue', 'revenues', 'sales', 'profit', 'profits', 'margin', 'margins', 'income', 'turnover', 'ebitda', 'arr', 'mrr',
  'bookings', 'pipeline', 'churn', 'cost', 'costs', 'spend', 'nps', 'csat', 'signups', 'sign-ups', 'users', 'customers',
  'traffic', 'downloads', 'conversion', 'retention', 'headcount', 'number', 'share', 'volume', 'growth',
  // Bahasa Malaysia
  'hasil', 'jualan', 'keuntungan', 'untung', 'pendapatan', 'kos', 'perbelanjaan', 'pengguna', 'pelanggan', 'bilangan', 'jumlah',
] as const;

const MOVEMENT = new Set<string>(MOVEMENT_VERBS);
const METRIC = new Set<string>(METRIC_NOUNS);
/** "so that" and its Malay "supaya": what follows is the change the number serves. */
const SO_THAT = /\s+(?:so that|supaya|agar)\s+/iu;

/** What makes an objective a number's movement: the verb, the metric, and what follows "so that" when the title says it. */
export interface MetricMovement {
  verb: string;
  metric: string;
  /** The change the number serves, when the title gives one ("we can hire ahead of demand"). */
  soThat: string | null;
}

/** The movement an objective title names ("Grow revenue" -> grow, revenue), or null. */
export function metricMovementOf(title: string): MetricMovement | null {
  const [head, ...rest] = title.split(SO_THAT);
  const words = wordsOf(head!.slice(0, 80));
  if (words.length < 2 || !MOVEMENT.has(words[0]!.lower)) return null;
  const metric = words.slice(1, 4).find((w) => METRIC.has(w.lower));
  if (!metric) return null;
  const after = rest.join(' ').trim().replace(/[.!;:,]+$/u, '');
  return { verb: words[0]!.text, metric: metric.text, soThat: after === '' ? null : after };
}

/** The `objective-output` hint for a number's movement: "what changes when this number moves?" (as interface strings). */
export function objectiveMetricText(title: string, movement: MetricMovement): Text {
  return movement.soThat
    ? { key: 'hint.objective-output.metricSoThat', values: { objective: title, metric: movement.metric, change: movement.soThat } }
    : { key: 'hint.objective-output.metric', values: { objective: title, metric: movement.metric, soThat: soThat(title) } };
}

/** The last word of a counted activity ("50 personalised outreach emails" -> "emails"). */
function activityNoun(count: string): string {
  const words = wordsOf(count);
  return words.at(-1)?.text ?? count;
}
