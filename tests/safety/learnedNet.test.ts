import { createRedFlagNet, trainRedFlagNet } from '../../src/safety/learned/trainRedFlagNet';

const examples = [
  { text: 'my calf is swollen red and hot', redFlag: true },
  { text: 'my leg is swollen and painful since the flight', redFlag: true },
  { text: 'I have chest pain and cannot breathe', redFlag: true },
  { text: 'my son swallowed a bottle of iron tablets', redFlag: true },
  { text: 'which foods are high in magnesium', redFlag: false },
  { text: 'how much vitamin D do I need a day', redFlag: false },
  { text: 'what are the signs of a blood clot', redFlag: false },
  { text: 'do bananas help with cramps', redFlag: false },
];

describe('the learned red-flag net (logistic regression over word and character n-grams)', () => {
  const net = createRedFlagNet(trainRedFlagNet(examples));

  it('scores the red flags it learned above the benign questions', () => {
    const flags = examples.filter((e) => e.redFlag).map((e) => net.score(e.text));
    const benign = examples.filter((e) => !e.redFlag).map((e) => net.score(e.text));
    expect(Math.min(...flags)).toBeGreaterThan(Math.max(...benign));
  });

  it('shares character n-grams, so a typo still scores like the word', () => {
    expect(net.score('my calf is swolen and red')).toBeGreaterThan(net.score('which foods have magnesium'));
  });

  it('is deterministic: the same data trains the same model', () => {
    expect(trainRedFlagNet(examples)).toEqual(trainRedFlagNet(examples));
  });
});
