import { safetyFileSchema } from '../../src/knowledge/safetySchema';
import { readSafetyYaml } from './loadSafetyData';

type Json = Record<string, unknown>;

function withFirstRedFlag(change: (rule: Json) => void): unknown {
  const data = structuredClone(readSafetyYaml()) as { redFlags: Json[] };
  const [first] = data.redFlags;
  if (first) change(first);
  return data;
}

function messagesFor(data: unknown): string[] {
  const result = safetyFileSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('knowledge/safety.yaml schema', () => {
  it('accepts the shipped file', () => {
    expect(messagesFor(readSafetyYaml())).toEqual([]);
  });

  it('names the rule and the concept when a trigger uses an unknown concept', () => {
    const data = withFirstRedFlag((rule) => {
      rule['triggers'] = [['leg', 'sweling']];
    });
    expect(messagesFor(data)).toContainEqual(
      expect.stringMatching(/^redFlags\.0\.triggers\.0\.1: red flag ".+" names unknown concept "sweling"/),
    );
  });

  it('rejects an emergency whose action does not say to call the emergency number', () => {
    const data = withFirstRedFlag((rule) => {
      rule['level'] = 'emergency';
      rule['action'] = 'Rest and see how it goes.';
    });
    expect(messagesFor(data)).toContainEqual(
      expect.stringMatching(/action must say to call \{emergencyNumber\}/),
    );
  });

  it('names a phrase whose bracketed alternatives are malformed', () => {
    const data = structuredClone(readSafetyYaml()) as { concepts: Record<string, string[]> };
    const cramp = data.concepts['cramp'] ?? [];
    cramp.push('(calf|leg cramp', 'calf (cramp) again', 'cramp|spasm', '(a|(b|c)) cramp', '(|) cramp');
    const at = (offset: number) => `concepts.cramp.${cramp.length - 5 + offset}`;
    expect(messagesFor(data)).toEqual(
      expect.arrayContaining([
        `${at(0)}: a "(" is never closed`,
        `${at(1)}: brackets need two or more alternatives separated by "|"`,
        `${at(2)}: "|" stands outside brackets (write "(a|b)")`,
        `${at(3)}: brackets of alternatives do not nest`,
        `${at(4)}: brackets need at least one alternative that is not empty`,
      ]),
    );
  });

  it('names a phrase listed twice in a concept or a modifier list, at its second place', () => {
    const data = structuredClone(readSafetyYaml()) as {
      concepts: Record<string, string[]>;
      modifiers: { ignore: string[] };
    };
    const cramp = data.concepts['cramp'] ?? [];
    cramp.push(cramp[0] ?? '');
    data.modifiers.ignore.push(data.modifiers.ignore[2] ?? '');
    const messages = messagesFor(data);
    expect(messages).toContainEqual(
      `concepts.cramp.${cramp.length - 1}: "${cramp[0]}" is already listed at [0]`,
    );
    expect(messages).toContainEqual(
      `modifiers.ignore.${data.modifiers.ignore.length - 1}: "${data.modifiers.ignore[2]}" is already listed at [2]`,
    );
  });

  it('rejects a misspelt placeholder', () => {
    const data = withFirstRedFlag((rule) => {
      rule['action'] = 'Call {emergencyNumbr} now.';
    });
    expect(messagesFor(data)).toContainEqual(expect.stringMatching(/unknown placeholder \{emergencyNumbr\}/));
  });

  it('rejects a rule without sources, a non-https source and an unknown key', () => {
    const data = withFirstRedFlag((rule) => {
      rule['sources'] = [];
      rule['souces'] = [{ title: 'x', url: 'http://example.com' }];
    });
    const messages = messagesFor(data);
    expect(messages).toContainEqual(expect.stringMatching(/sources: needs at least one source/));
    expect(messages).toContainEqual(expect.stringMatching(/souces/));
  });

  it('requires every caution id that other files refer to', () => {
    const data = structuredClone(readSafetyYaml()) as { cautions: Json[] };
    data.cautions = data.cautions.filter((caution) => caution['id'] !== 'quinine');
    expect(messagesFor(data)).toContainEqual(expect.stringMatching(/caution "quinine" is missing/));
  });

  it('requires a default emergency number', () => {
    const data = structuredClone(readSafetyYaml()) as { emergencyNumbers: Json };
    delete data.emergencyNumbers['default'];
    expect(messagesFor(data)).toContainEqual(expect.stringMatching(/needs a "default" entry/));
  });
});
