/**
 * An amount is measured by what it holds. "Drank a whole bottle of milk", "ate a tub of almonds" and "had a bag
 * of bananas" are food amounts, not overdoses, however large: when a food or a drink stands within a few words
 * after an amount or an eating word, and no medicine form (tablets, capsules, gummies, supplements) stands
 * there, the amount is dropped before triage reads the message; so is an amount with no object of its own told right
 * after a food ("ate almonds, like the whole bag"). "A whole bottle of magnesium", "a tub of
 * orange gummies" and "ate some iron tablets and a banana" keep it.
 */
import { conceptNamesOf, namesConceptIn, type PhraseMatch } from './compilePhraseIndex';
import { wordsAt, type MessageToken } from './segmentMessage';

export interface FoodAmountRule {
  amounts: ReadonlySet<string>;
  foods: ReadonlySet<string>;
  forms: ReadonlySet<string>;
  /** How many words after the amount its object may stand. */
  reach: number;
  /**
   * Amounts told of what they name ("overdosed on Netflix"): for these a medicine in reach keeps the amount too
   * ("overdosed on paracetamol while watching Netflix").
   */
  namedAmounts?: ReadonlySet<string>;
  /** What a named amount may name to stay an amount: medicines. */
  medicines?: ReadonlySet<string>;
  /** Objects only a named amount is weighed by ("overdosed on Netflix"): a pastime is no food for "took 15". */
  namedFoods?: ReadonlySet<string>;
  /** Words that, right before a named amount, ask whether it happened ("have I overdosed"). */
  askedBy?: ReadonlyArray<readonly string[]>;
  /** Words that open a question after a comma ("…, is that too much magnesium?"). */
  questionWords?: ReadonlySet<string>;
  /** Words that tell a later act ("ate crisps, then the whole bottle"): the amount after one is not the food's. */
  sequenceWords?: ReadonlySet<string>;
  /** Words right before a nutrient that ask whether an amount was too much of it ("…, too much vitamin C?"). */
  askedAs?: ReadonlyArray<readonly string[]>;
}

const within = (inner: PhraseMatch, outer: PhraseMatch): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

export function dropFoodAmounts(
  tokens: readonly MessageToken[],
  matches: readonly PhraseMatch[],
  rule: FoodAmountRule,
): readonly PhraseMatch[] {
  const isFood = (match: PhraseMatch): boolean => namesConceptIn(match, rule.foods);
  const isNamedFood = (match: PhraseMatch): boolean => namesConceptIn(match, rule.namedFoods);
  const foods = matches.filter((match) => isFood(match) || isNamedFood(match));
  if (foods.length === 0) return matches;
  // A form inside a food's own words ("vitamin water") is part of the food's name.
  const forms = matches.filter(
    (match) =>
      namesConceptIn(match, rule.forms) && !foods.some((food) => food !== match && within(match, food)),
  );
  const clauseAt = (position: number): number => tokens[position]?.clause ?? -1;
  const inReach = (amount: PhraseMatch, other: PhraseMatch): boolean =>
    other.start > amount.end &&
    other.start - amount.end <= rule.reach &&
    clauseAt(other.start) === clauseAt(amount.start);
  const isNamed = (names: readonly string[]): boolean =>
    names.some((name) => rule.namedAmounts?.has(name) === true);
  const medicines = matches.filter(
    (match) =>
      namesConceptIn(match, rule.medicines) && !foods.some((food) => food !== match && within(match, food)),
  );
  // An amount that names its own medicine ("ate 6 of my iron tablets") holds that medicine, whatever food is told
  // after it ("…, should he drink milk?").
  const medicinesAndForms = [...forms, ...medicines];
  const namesOwnMedicine = (amount: PhraseMatch): boolean =>
    medicinesAndForms.some((other) => other !== amount && within(other, amount));
  // A nutrient asked about as an amount ("ate a whole bag of oranges, too much vitamin C?") is no object of the
  // container told before it.
  const askedAbout = (match: PhraseMatch): boolean =>
    (rule.askedAs ?? []).some((words) => wordsAt(tokens, match.start - words.length, words));
  const holdsFood = (amount: PhraseMatch, names: readonly string[]): boolean =>
    foods.some((food) => inReach(amount, food) && (isFood(food) || isNamed(names))) &&
    !forms.some((form) => inReach(amount, form) && !askedAbout(form)) &&
    !namesOwnMedicine(amount);
  const namesMedicine = (amount: PhraseMatch, names: readonly string[]): boolean =>
    isNamed(names) && medicines.some((medicine) => inReach(amount, medicine));
  // Each amount (a match with an amount among its concepts) with its amount names, read once. A phrase that is an
  // amount and something else ("most of a bottle": an amount, and heavy drinking) loses only the amount.
  const amounts = new Map(
    matches.flatMap((match) => {
      if (!namesConceptIn(match, rule.amounts)) return [];
      return [[match, conceptNamesOf(match).filter((name) => rule.amounts.has(name))] as const];
    }),
  );
  const heldFood = new Set(
    [...amounts]
      .filter(([match, names]) => holdsFood(match, names) && !namesMedicine(match, names))
      .map(([match]) => match),
  );
  // "I ate almonds, like the whole 500g bag": an amount with no object of its own, told right after a food in the
  // same sentence with nothing between them that could be its object instead (a medicine, a tablet, another amount)
  // or tell a later act ("then"), measures that food. "Ate dinner, then took the whole bottle of iron" keeps its
  // amount (iron is in its reach).
  // A medicine named in a question told after the amount, in a statement of its own ("ate almonds, the whole bag,
  // is that too much magnesium?"), is what is asked about, not the amount's object.
  const sentenceAt = (position: number): number => tokens[position]?.sentence ?? -1;
  const chunkAt = (position: number): number => tokens[position]?.chunk ?? -1;
  const asksInOwnChunk = (amount: PhraseMatch, other: PhraseMatch): boolean => {
    const chunk = chunkAt(other.start);
    if (chunk === chunkAt(amount.end)) return false;
    const opener = tokens.find((token) => token.chunk === chunk);
    return opener !== undefined && rule.questionWords?.has(opener.word) === true;
  };
  const objectAfter = (amount: PhraseMatch): boolean =>
    foods.some((food) => inReach(amount, food)) ||
    medicinesAndForms.some(
      (other) => inReach(amount, other) && !asksInOwnChunk(amount, other) && !askedAbout(other),
    );
  const notFood = [...medicinesAndForms, ...amounts.keys()];
  const between = (from: number, to: number): boolean =>
    notFood.some((other) => other.start > from && other.end < to) ||
    tokens.slice(from + 1, to).some((token) => rule.sequenceWords?.has(token.word) === true);
  for (const [match] of amounts) {
    if (heldFood.has(match) || objectAfter(match) || namesOwnMedicine(match)) continue;
    const before = foods.some(
      (food) =>
        isFood(food) &&
        food.end < match.start &&
        match.start - food.end <= rule.reach + 1 &&
        sentenceAt(food.end) === sentenceAt(match.start) &&
        !between(food.end, match.start),
    );
    if (before) heldFood.add(match);
  }
  // "Ate an entire family bag of spinach": the verb's object is an amount that holds food, so the verb is food too.
  for (const [match, names] of amounts)
    if (
      !heldFood.has(match) &&
      !namesMedicine(match, names) &&
      !namesOwnMedicine(match) &&
      [...heldFood].some((held) => inReach(match, held))
    )
      heldFood.add(match);
  // "Ate a whole jar of yeast spread, have I overdosed on B vitamins?": when every other amount in the message
  // was food (or a food was told before the question) and no tablet, capsule or supplement stands anywhere but in
  // the question's own object, an overdose asked about ("have I", "did I") asks about that food. A count or a
  // container of the nutrient itself ("and a bottle of iron") and an overdose told as fact ("then overdosed on her
  // iron") keep it.
  // The asking words stand right before the overdose, or before the nutrient it names ("is that a magnesium
  // overdose?").
  const askedFrom = (match: PhraseMatch): number => {
    let at = match.start;
    let named: PhraseMatch | undefined;
    while ((named = medicines.find((m) => m.end === at - 1))) at = named.start;
    return at;
  };
  // The asking words may run into the overdose's own words ("is she gonna overdose": the overdose is read from "she").
  const askedWith = (match: PhraseMatch, words: readonly string[]): boolean => {
    const at = askedFrom(match);
    for (let overlap = 0; overlap < words.length && at + overlap <= match.end; overlap++)
      if (wordsAt(tokens, at - words.length + overlap, words)) return true;
    return false;
  };
  const askedNamed = new Set(
    [...amounts]
      .filter(
        ([match, names]) => isNamed(names) && (rule.askedBy ?? []).some((words) => askedWith(match, words)),
      )
      .map(([match]) => match),
  );
  // What was eaten: an amount of food, or a food told before the question ("I ate a bag of almonds, is that a
  // magnesium overdose?").
  const foodBefore = [...askedNamed].some((asked) =>
    foods.some((food) => isFood(food) && food.end < asked.start),
  );
  const askedOfFood =
    (heldFood.size > 0 || foodBefore) &&
    askedNamed.size > 0 &&
    forms.every((form) => [...askedNamed].some((asked) => inReach(asked, form))) &&
    [...amounts.keys()].every((match) => heldFood.has(match) || askedNamed.has(match));
  return matches.flatMap((match) => {
    if (!(heldFood.has(match) || (askedOfFood && askedNamed.has(match)))) return [match];
    const roles = match.roles.filter((role) => role.kind !== 'concept' || !rule.amounts.has(role.name));
    return roles.length === 0 ? [] : [{ ...match, roles }];
  });
}
