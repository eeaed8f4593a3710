/** Test helper: loads knowledge/safety.yaml the way the knowledge loader does (yaml + safetyFileSchema). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSafetyScreen } from '../../src/safety/createSafetyScreen';
import type { SafetyScreen } from '../../src/safety/types';
import { safetyFileSchema, type SafetyData } from '../../src/knowledge/safetySchema';

export const ROOT = join(__dirname, '..', '..');

export function readSafetyYaml(): unknown {
  return parse(readFileSync(join(ROOT, 'knowledge', 'safety.yaml'), 'utf8'));
}

export function loadSafetyData(): SafetyData {
  return safetyFileSchema.parse(readSafetyYaml());
}

let screen: SafetyScreen | undefined;

/** One screen per test file: compiling it is the expensive part. */
export function safetyScreen(): SafetyScreen {
  screen ??= createSafetyScreen(loadSafetyData());
  return screen;
}

/** The triage level the shipped rules give a message, or 'none'. */
export const levelOf = (text: string): string => safetyScreen().triage(text)?.level ?? 'none';

/** The rule the shipped rules give a message, or 'none'. */
export const ruleOf = (text: string): string => safetyScreen().triage(text)?.ruleId ?? 'none';
