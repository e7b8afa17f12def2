/**
 * (v3) An objective that is a number's movement is a key result in
 * disguise. The decision: `objective-output` asks it (a second way the
 * objective names an output rather than a change), with its own question,
 * "what changes when this number moves?", rather than a new rule: the
 * rewrite is the same "so that" move, and a writer fixing one title should
 * not meet two rules about it. This table is the record of that decision:
 * each row is what a coach would say, run through the real rules.
 */
import { describe, expect, it } from 'vitest';
import { computeCoaching, metricMovementOf } from '../../src/coaching/index.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { english } from '../../src/i18n/index.ts';
import { cycle, kr, model, objective, team } from '../model-builder.ts';

interface Row {
  title: string;
  /** Whether `objective-output` should ask "what changes when this number moves?". */
  movement: boolean;
  why: string;
}

const ROWS: Row[] = [
  { title: 'Grow revenue so that we can hire ahead of demand', movement: true, why: 'the number is the means; hiring ahead of demand is the change' },
  { title: 'Increase revenue by 30%', movement: true, why: 'a target with a percentage: a key result (objective-numbers fires too)' },
  { title: 'Reduce churn', movement: true, why: 'churn falling is a key result of keeping customers' },
  { title: 'Double the number of active volunteers', movement: true, why: 'a count to move, not what changes for the people served' },
  { title: 'Cut support costs', movement: true, why: 'a cost line is a measure' },
  { title: 'Tingkatkan hasil jualan syarikat', movement: true, why: 'Malay: raise the company\'s sales revenue' },
  { title: 'Kurangkan kos operasi supaya kami boleh melabur dalam produk', movement: true, why: 'Malay, with "supaya": the change is said' },
  { title: 'Win the mid-market', movement: false, why: 'a change in where we stand' },
  { title: 'Let finance teams approve a payment run from wherever they are', movement: false, why: 'a change for customers' },
  { title: 'Grow into the partner every mid-sized finance team calls first', movement: false, why: 'grow, but no number follows it' },
  { title: 'Make revenue predictable', movement: false, why: '"make" opens many changes; predictability is a state, not a movement' },
  { title: 'Improve how finance teams close the month', movement: false, why: 'improve is left out on purpose' },
  { title: 'Reduce the violations that cost the most', movement: false, why: '"cost" is a verb here, four words on: only the three words after the verb count' },
  { title: 'Keep every volunteer for a second term', movement: false, why: 'keep is not a movement verb' },
];

describe('metric-movement objectives: objective-output asks what changes when the number moves', () => {
  const q3 = cycle('2026-q3', '2026-07-01', '2026-09-30');
  const asked = (title: string) => {
    const m = model({ asOf: '2026-08-01', cycles: [q3], teams: [team('t')], objectives: [objective('2026-q3/t/o', 't', '2026-q3', [kr('a'), kr('b')], { title })] });
    return computeCoaching(m, computeFigures(m)).hints.filter((h) => h.rule === 'objective-output').map((h) => ({ ...h, message: english.say(h.text) }));
  };

  it.each(ROWS)('$title: $why', ({ title, movement }) => {
    expect(metricMovementOf(title) !== null).toBe(movement);
    const hints = asked(title);
    expect(hints).toHaveLength(movement ? 1 : 0);
    if (movement) expect(hints[0]!.message).toContain('What changes when this number moves?');
  });

  it('quotes the change the title already names after "so that"', () => {
    expect(asked('Grow revenue so that we can hire ahead of demand')[0]!.message).toBe(
      '"Grow revenue so that we can hire ahead of demand" moves a number (revenue): it is a key result in disguise. What changes when this number moves? You said it: make "we can hire ahead of demand" the objective, and measure revenue as one of its key results.',
    );
    expect(asked('Increase revenue by 30%')[0]!.message).toBe(
      '"Increase revenue by 30%" moves a number (revenue): it is a key result in disguise. What changes when this number moves? Finish "Increase revenue by 30% so that ..." and make what follows "so that" the objective; revenue becomes one of its key results.',
    );
  });

  it('an output verb keeps its own hint (one objective-output hint per title)', () => {
    expect(asked('Launch the pricing page to grow revenue')).toHaveLength(1);
    expect(asked('Launch the pricing page to grow revenue')[0]!.message).toContain('starts with the output verb "Launch"');
  });
});
