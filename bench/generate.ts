/**
 * Writes a synthetic content root for the benchmark: teams x quarterly
 * cycles x weekly check-ins, 3 objectives of 4 key results per team and
 * cycle, about 90 words of notes per check-in, one objective in ten as MDX.
 * Deterministic: the same size always gives the same files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, daysBetween, monthStartAfter } from '../src/lib/dates.ts';

export interface CorpusSize {
  teams: number;
  cycles: number;
}

/** The sizes the issue names. */
export const SIZES: Record<string, CorpusSize> = {
  S: { teams: 10, cycles: 2 },
  M: { teams: 30, cycles: 4 },
  L: { teams: 60, cycles: 4 },
  XL: { teams: 120, cycles: 8 },
};

/** The as-of date the corpus is built for: the last day of the last cycle, still active. */
export const BENCH_AS_OF = '2026-12-31';

const WORDS = ('pipeline renewal onboarding latency screening partner churn invoice approval reconciliation payout vendor audit backlog ' +
  'incident release migration forecast margin pricing referral workshop contract trial dashboard alert finding sample reviewer ' +
  'customer supplier treasury payroll region quarter cohort segment experiment hypothesis baseline target confidence blocker').split(' ');
const SENTENCES = [
  'The team reviewed the {a} numbers and agreed that the {b} work is moving slower than planned.',
  'We tried a new approach to {a} this week and saw the first signs of improvement in {b}.',
  'Two customers raised the same {a} problem, so we will look at {b} before the next check-in.',
  'The {a} experiment is finished; the result was mixed and the owner will write up what we learned about {b}.',
  'Leadership asked how {a} connects to the objective, and we could not answer clearly, which is a useful signal.',
  'Confidence dropped because the {a} dependency slipped again; the {b} owner is escalating it.',
  'We decided to stop the {a} task that did not move any key result and put the time into {b}.',
];

/** A small deterministic random source (LCG). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function quarter(index: number): { id: string; name: string; start: string; end: string } {
  // index 0 is 2026-q4; 1 is 2026-q3, ...
  const startMonth = monthStartAfter('2026-10-01', -3 * index);
  const end = addDays(monthStartAfter(startMonth, 3), -1);
  const year = startMonth.slice(0, 4);
  const q = Math.floor((Number(startMonth.slice(5, 7)) - 1) / 3) + 1;
  return { id: `${year}-q${q}`, name: `Q${q} ${year}`, start: startMonth, end };
}

/** Writes the corpus into `root` (emptied first). Returns the number of files. */
export function generateCorpus(root: string, size: CorpusSize): number {
  rmSync(root, { recursive: true, force: true });
  const rand = random(size.teams * 1000 + size.cycles);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  let files = 0;
  const write = (file: string, text: string) => {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    files++;
  };
  write('site.yaml', 'title: Bench OKRs\norganization: Benchmark Corp\n');
  const teams = Array.from({ length: size.teams }, (_, i) => `team-${String(i + 1).padStart(3, '0')}`);
  for (const team of teams) {
    write(`teams/${team}.md`, `---\nname: Team ${team.slice(5)}\nlead: Lead ${team.slice(5)}\nleadership:\n  - name: Leader ${team.slice(5)}\n    roles: [motivator, supporter]\n---\nWe own a slice of the product and measure ourselves by what customers get from it.\n`);
  }
  const cycles = Array.from({ length: size.cycles }, (_, i) => quarter(size.cycles - 1 - i));
  for (const cycle of cycles) write(`cycles/${cycle.id}.md`, `---\nname: ${cycle.name}\nstart: ${cycle.start}\nend: ${cycle.end}\n---\nThe ${cycle.name} cycle.\n`);

  let objectiveCount = 0;
  for (const cycle of cycles) {
    for (const team of teams) {
      const keyResults: Array<{ id: string; kind: string; baseline: number; target: number }> = [];
      for (let o = 1; o <= 3; o++) {
        const krs = Array.from({ length: 4 }, (_, k) => {
          const kind = k === 3 ? (o === 1 ? 'milestone' : 'stay-above') : 'metric';
          const baseline = k === 1 ? 40 + Math.round(rand() * 60) : Math.round(rand() * 100);
          const target = k === 1 ? baseline - 10 - Math.round(rand() * 20) : baseline + 10 + Math.round(rand() * 50);
          const kr = { id: `kr-${o}-${k + 1}`, kind, baseline, target };
          keyResults.push(kr);
          return kr;
        });
        const lines = krs.map((kr) =>
          kr.kind === 'milestone'
            ? `  - id: ${kr.id}\n    title: Milestone ${kr.id} reached\n    kind: milestone`
            : kr.kind === 'stay-above'
              ? `  - id: ${kr.id}\n    title: Keep ${pick(WORDS)} quality above ${kr.target}\n    kind: stay-above\n    target: ${kr.target}`
              : `  - id: ${kr.id}\n    title: ${pick(WORDS)} ${pick(WORDS)} measure ${kr.id}\n    baseline: ${kr.baseline}\n    target: ${kr.target}\n    unit: "%"`,
        );
        objectiveCount++;
        const ext = objectiveCount % 10 === 0 ? 'mdx' : 'md';
        write(
          `okrs/${cycle.id}/${team}/objective-${o}.${ext}`,
          `---\ntitle: Make ${pick(WORDS)} effortless for our ${pick(WORDS)} customers\nteam: ${team}\ncycle: ${cycle.id}\nowner: Owner ${o}\nwhy_now: Because ${pick(WORDS)} matters this quarter.\nbehaviors: [Talk to customers every week]\nkey_results:\n${lines.join('\n')}\n---\nWhy this objective matters, and what we will stop doing to make room for it.\n`,
        );
      }
      // Weekly check-ins on Mondays, a few missed, none after the as-of date.
      const weekday = ((daysBetween('2026-01-05', cycle.start) % 7) + 7) % 7; // 2026-01-05 is a Monday
      const firstMonday = addDays(cycle.start, (7 - weekday) % 7);
      const weeks = Math.floor(daysBetween(firstMonday, cycle.end) / 7) + 1;
      for (let w = 0; w < weeks; w++) {
        const date = addDays(firstMonday, 7 * w);
        if (date > BENCH_AS_OF || rand() < 0.02) continue;
        const progress = (w + 1) / weeks;
        const updates = keyResults.map((kr) => {
          const value =
            kr.kind === 'milestone'
              ? progress > 0.8 ? 'true' : 'false'
              : kr.kind === 'stay-above'
                ? String(kr.target + Math.round((rand() - 0.3) * 10))
                : String(Math.round(kr.baseline + (kr.target - kr.baseline) * progress * (0.5 + rand() * 0.7)));
          return `  - kr: ${kr.id}\n    value: ${value}\n    confidence: ${(0.3 + rand() * 0.6).toFixed(2)}`;
        });
        const notes = Array.from({ length: 6 }, () => pick(SENTENCES).replace('{a}', pick(WORDS)).replace('{b}', pick(WORDS))).join(' ');
        write(
          `checkins/${cycle.id}/${team}/${date}.md`,
          `---\nteam: ${team}\ndate: ${date}\nattendees: [Lead ${team.slice(5)}, Member A, Member B]\nleaders_present: [${w % 4 === 0 ? `Leader ${team.slice(5)}` : ''}]\nupdates:\n${updates.join('\n')}\nactions:\n  - title: Follow up on ${pick(WORDS)}\n    kr: kr-1-1\n    status: doing\n---\n${notes}\n`,
        );
      }
    }
  }
  return files;
}
