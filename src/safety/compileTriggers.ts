/**
 * Turns a rule's `triggers` and `unless` (concept names from knowledge/safety.yaml) into a test over the set of
 * concepts a message asserts. A rule fires when any one group has all of its elements present (an element
 * "a|b" is present when a or b is) and none of its `unless` concepts is present. An element "!a|b" holds when
 * neither a nor b is present: an `unless` for that one group ("a body site and a feeling, when no one else is
 * named").
 */
export type TriggerTest = (concepts: ReadonlySet<string>) => boolean;

/** One trigger element read: "!a|b" holds when neither a nor b is present. */
export function readElement(element: string): { absent: boolean; names: string[] } {
  return { absent: element.startsWith('!'), names: element.replace(/^!/, '').split('|') };
}

/** The concept names `elements` name; with `presentOnly`, only those of elements that need them present (no "!"). */
export function namesIn(elements: readonly string[], presentOnly = false): string[] {
  return elements
    .map(readElement)
    .filter(({ absent }) => !(presentOnly && absent))
    .flatMap(({ names }) => names);
}

export function compileTriggers(
  triggers: readonly (readonly string[])[],
  unless: readonly string[],
): TriggerTest {
  const groups = triggers.map((group) => group.map(readElement));
  return (concepts) =>
    !unless.some((name) => concepts.has(name)) &&
    groups.some((group) =>
      group.every(({ absent, names }) => names.some((name) => concepts.has(name)) !== absent),
    );
}
