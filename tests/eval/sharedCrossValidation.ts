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
 * Three points of THRESHOLD_GRID keep the suites quick: the ones `npm run eval -- --cv` (the whole grid) chooses in
 * every fold today with the shipped classifier (subjectMinScore 0.38; 0.34 for dev5, 0.42 for topics), so both
 * report the same figures for what ships. If a change moves a fold's choice outside them, the full run shows it in
 * its `chosen` column: put the new choice here.
 */
const GRID = {
  ...THRESHOLD_GRID,
  minScore: [0.55],
  subjectMinScore: [0.34, 0.38, 0.42],
  answerMargin: [0.05],
  subjectMargin: [0.08],
};

/**
 * Leave-one-set-out cross-validation over every labelled set (src/eval/crossValidate.ts). Each set costs a fold
 * classifier and an answer check (about half a minute), so the cross-validation suites, one in each jest worker,
 * share the work through the run's folder (CV_SHARE_ENV): each claims the next set nobody has claimed, and all put
 * the same folds together. Without the folder, or alone in the run, a suite measures every set itself.
 */
export async function sharedCrossValidation(): Promise<CrossValidation> {
  const run = prepareCrossValidation(shippedKb(), join(__dirname, '../..'), QUESTION_SETS, GRID);
  const dir = process.env[CV_SHARE_ENV];
  const measured = new Map<string, SetMeasurement>();
  const measure = (name: string) => {
    const measurement = run.measureSet(name);
    measured.set(name, measurement);
    if (dir !== undefined) {
      // Written whole, then renamed: a reader never sees half a file.
      const file = join(dir, `${name}.json`);
      writeFileSync(
        `${file}.${process.pid}`,
        JSON.stringify(measurement, (_, value: unknown) =>
          value instanceof Map ? { $map: [...(value as Map<string, unknown>)] } : value,
        ),
      );
      renameSync(`${file}.${process.pid}`, file);
    }
  };
  for (const name of run.names) if (dir === undefined || claim(dir, name)) measure(name);
  if (dir === undefined) return run.foldsOf(measured);
  // The sets the other suite claimed: read when it has written them, or measured here if it has gone.
  for (const name of run.names) {
    while (!measured.has(name)) {
      const read = readMeasurement(dir, name);
      if (read) measured.set(name, read);
      else if (!claimantAlive(dir, name)) measure(name);
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

/** Claims `name` for this process (a folder made once: only one process succeeds), with its pid inside. */
function claim(dir: string, name: string): boolean {
  try {
    mkdirSync(join(dir, `${name}.claim`));
  } catch {
    return false;
  }
  writeFileSync(join(dir, `${name}.claim`, 'pid'), String(process.pid));
  return true;
}

/** Whether the process that claimed `name` still runs (a claim with no pid yet was just made). */
function claimantAlive(dir: string, name: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dir, `${name}.claim`, 'pid'), 'utf8'));
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

function readMeasurement(dir: string, name: string): SetMeasurement | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `${name}.json`), 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text, (_, value: unknown) =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, '$map')
      ? new Map((value as { $map: Array<[string, SetFigures['byTag']]> }).$map)
      : value,
  ) as SetMeasurement;
}
