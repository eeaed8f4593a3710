/**
 * Scots, Irish and Northern English forms read by the shared text toolkit (src/text/dialect.ts): a negation told
 * in dialect takes its signs away, a danger told in dialect is triaged at its level, and an everyday symptom of
 * one's own told in dialect gets the safety net. Every sentence was written for this test, none taken from a
 * labelled batch.
 */
import { segmentMessage } from '../../src/safety/segmentMessage';
import { gotSafetyNet, renderedReply, shippedEngine, shippedKb } from '../support/testKit';
import { levelOf } from './loadSafetyData';

describe('a negation told in dialect is not alarmed', () => {
  it.each([
    "Ma calf wis sair last night but there's nae swellin, nae redness an it isnae hot. Jist a cramp?",
    'Got a cramp in ma leg at the gym, nae numbness and ah can still walk fine, is it magnesium?',
    'Ah dinnae have ony chest pain or breathlessness, jist cramps in ma calves at night',
    "Ah've nae pain in ma chest, ah'm jist wonderin aboot magnesium for cramps",
    'Ma legs werenae swollen or red efter the flight, jist stiff fae sittin',
    "Ye wouldnae believe the cramp ah got in ma calf last night, but there's nae swellin an it didnae go numb",
    'Ah didnae faint, ah jist felt a wee bit dizzy standin up too quick',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('a danger told in dialect is triaged at its level', () => {
  it.each([
    [
      "Ma left calf's aw swollen an red since the flight hame an noo ah cannae get ma breath, chest is sair",
      'emergency',
    ],
    [
      "Ma da's chest is awfy tight an he cannae catch his breath, his calf's been swollen since the bus trip hame",
      'emergency',
    ],
    [
      "Ah divvent feel reet, ma chest's tight an ah cannae get ma breath since ah got off the plane, calf's swollen",
      'emergency',
    ],
    ['Ah cannae feel ma legs and ah cannae move them since this mornin', 'emergency'],
    ["Ma heid's pounding an ah'm seein double efter a week on the drink, cannae walk straight", 'emergency'],
    ['Ah took the hale bottle o iron tablets aboot an hour ago', 'emergency'],
    ["Our bairn's swallowed a handful o ma iron tablets", 'emergency'],
    ["Ma legs are weak an numb an ah cannae pee since yesterday, back's been sair aw week", 'emergency'],
    [
      'Ma thyroid wis taken oot on Tuesday, ma hands keep seizin up an ma lips are fizzin, an noo ah cannae get a proper breath in',
      'emergency',
    ],
    [
      'Had ma thyroid oot on Monday, noo ma fingers are crampin up an ma lips are tinglin roon ma mooth',
      'urgent',
    ],
    // "fit" is never read as Scots "foot": a fit stays a seizure.
    [
      "Ma wee boy took a fit in the bath, shakin aw ower an his eyes rolled back, he's no answerin",
      'emergency',
    ],
  ])('"%s" → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});

describe('"fit" stays a seizure, except as health ("fit as a fiddle"), in dialect or not', () => {
  it.each([
    "I've been fit as a fiddle but my calves cramp at night, no numbness",
    'Ma granda is fit as a flea at 80, jist gets a wee cramp noo an then',
  ])('"%s" is not triaged', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a fit told beside it is still an emergency', () => {
    expect(levelOf("Ma man jist took a fit, shakin aw ower, an he's fit as a fiddle usually")).toBe(
      'emergency',
    );
  });
});

describe('an everyday symptom of ones own told in dialect gets the safety net', () => {
  const kb = shippedKb();
  const engine = shippedEngine();
  const netted = (text: string): boolean => gotSafetyNet(renderedReply(engine, kb, text).result);

  it.each([
    'Ma knees are stiff in the mornins, baith o them, eases aff efter a wee walk',
    'Ah get a wee bit o heartburn efter ma tea most nights',
    "Ma skin's awfy dry this winter, hands are cracked",
    "Ah'm aye tired in the efternoons, jist flagging by three",
    'Ma ankles swell up a bit by the end o the day, baith o them, gone by mornin',
    "Ma hands get cauld when ah'm oot wi the dug, baith o them",
    "Ah divvent think it's owt serious, me feet just go cauld at night",
  ])('"%s" is not triaged and gets the safety net', (text) => {
    expect(levelOf(text)).toBe('none');
    expect(netted(text)).toBe(true);
  });
});

describe('punctuation beside a dialect spelling', () => {
  const wordsOf = (text: string) =>
    segmentMessage(text, { breakers: new Set(), newStatementWords: new Set() }).map((token) => token.word);

  it('"aw," and "ah," before a comma are the sigh, in the middle of a message too', () => {
    expect(wordsOf("It's fine noo. Aw, ah, ma calf's still a bit stiff")).toEqual([
      'it',
      'is',
      'fine',
      'now',
      'aw',
      'ah',
      'my',
      'calf',
      'still',
      'a',
      'bit',
      'stiff',
    ]);
  });
});
