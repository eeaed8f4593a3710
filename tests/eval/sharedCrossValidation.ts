import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  prepareCrossValidation,
  THRESHOLD_GRID,
  type CrossValidation,
  type SetFigures,
  type SetMeasurement,
} from '../../src/eval/crossValidate';
import { MATCH_DEFAULTS } from '../../src/engine/config';
import { QUESTION_SETS } from '../../src/eval/runEvaluation';
import { CV_SHARE_ENV } from '../support/cvShareDir';
import { shippedKb } from '../support/testKit';

/**
 * Three points of THRESHOLD_GRID keep the suites quick: they hold the choices `npm run eval -- --cv --groups 5` (the
 * whole grid) makes in every fold today with the shipped classifier (subjectMinScore 0.38; 0.34 for dev20; leaving one
 * set out, 0.34 for dev5 and 0.42 for topics), so both report the same figures for what ships. If a change moves a
 * fold's choice outside them, the full run shows it in its `chosen` column: put the new choice here.
 */
const GRID = {
  ...THRESHOLD_GRID,
  minScore: [0.55],
  subjectMinScore: [0.34, 0.38, 0.42],
  answerMargin: [0.05],
  subjectMargin: [0.08],
};

/**
 * How many groups the suites hold the sets out in (src/eval/crossValidate.ts, `groupedFolds`): a group's
 * classifier and answer check are trained once without any of its sets, so the suites cost five trainings rather
 * than one per set (about a minute against eight of two workers) and still measure every set held out. The floors
 * in src/eval/gates.ts (CV_FLOORS) are this run's; `npm run eval -- --cv` leaves each set out alone.
 */
export const CV_GROUPS = 5;

/**
 * Cross-validation over every labelled set in CV_GROUPS groups. Each group costs a classifier and an answer check
 * (a minute or so), so the cross-validation suites, one in each jest worker, share the work through the run's
 * folder (CV_SHARE_ENV): each claims the next group nobody has claimed, and all put the same folds together.
 * Without the folder, or alone in the run, a suite measures every group itself.
 */
export async function sharedCrossValidation(): Promise<CrossValidation> {
  const run = prepareCrossValidation(shippedKb(), join(__dirname, '../..'), QUESTION_SETS, {
    grid: GRID,
    groups: CV_GROUPS,
  });
  const dir = process.env[CV_SHARE_ENV];
  const measured = new Map<string, SetMeasurement>();
  const measure = (index: number) => {
    const measurements = run.measureFold(run.folds[index]);
    for (const [name, measurement] of measurements) measured.set(name, measurement);
    if (dir !== undefined) {
      // Written whole, then renamed: a reader never sees half a file.
      const file = join(dir, `fold-${index}.json`);
      writeFileSync(
        `${file}.${process.pid}`,
        JSON.stringify([...measurements], (_, value: unknown) =>
          value instanceof Map ? { $map: [...(value as Map<string, unknown>)] } : value,
        ),
      );
      renameSync(`${file}.${process.pid}`, file);
    }
  };
  const indexes = run.folds.map((_, index) => index);
  for (const index of indexes) if (dir === undefined || claim(dir, index)) measure(index);
  if (dir === undefined) return run.foldsOf(measured);
  // The groups the other suite claimed: read when it has written them, or measured here if it has gone.
  for (const index of indexes) {
    while (!run.folds[index].every((name) => measured.has(name))) {
      const read = readMeasurements(dir, index);
      if (read) for (const [name, measurement] of read) measured.set(name, measurement);
      else if (!claimantAlive(dir, index)) measure(index);
      else await sleep(250);
    }
  }
  return run.foldsOf(measured);
}

/** What the floors hold: the lexical matcher alone while `classifierWeight` is 0, else the classifier's figures. */
export const shippedFigures = (cv: CrossValidation) =>
  MATCH_DEFAULTS.classifierWeight > 0
    ? { mean: cv.mean, worst: cv.worst }
    : { mean: cv.lexicalMean, worst: cv.lexicalWorst };

/** Claims group `index` for this process (a folder made once: only one process succeeds), with its pid inside. */
function claim(dir: string, index: number): boolean {
  try {
    mkdirSync(join(dir, `fold-${index}.claim`));
  } catch {
    return false;
  }
  writeFileSync(join(dir, `fold-${index}.claim`, 'pid'), String(process.pid));
  return true;
}

/** Whether the process that claimed group `index` still runs (a claim with no pid yet was just made). */
function claimantAlive(dir: string, index: number): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, `fold-${index}.claim`, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readMeasurements(dir: string, index: number): Array<[string, SetMeasurement]> | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `fold-${index}.json`), 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text, (_, value: unknown) =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, '$map')
      ? new Map((value as { $map: Array<[string, SetFigures['byTag']]> }).$map)
      : value,
  ) as Array<[string, SetMeasurement]>;
}
