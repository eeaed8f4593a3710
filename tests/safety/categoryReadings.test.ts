/**
 * Danger told in lay words, read as clinical features rather than as one wording: each block is a category (what
 * a bystander sees of a fit, numbness of the saddle area, a limb that keeps tightening after a blow, ...), tested
 * in wording written for it, in first, third person and long-story forms, with near-misses that must stay quiet.
 */
import { safetyScreen } from './loadSafetyData';

const screen = safetyScreen();
const levelOf = (text: string): string => screen.triage(text)?.level ?? 'none';

describe('a fit told as what a bystander sees is an emergency', () => {
  it.each([
    "my husband stopped drinking three days ago and this morning he went rigid on the sofa and his arms were jerking, he wouldn't answer me",
    'Grandad was sat at the table when he stiffened up and started twitching, and he did not respond when we said his name',
    'a lad at the bus stop just went rigid and was shaking, staring into space, not answering anyone',
    "I was at my aunt's when she went all stiff and her arm kept jerking; she came round after a minute and now she's very sleepy and doesn't remember what happened",
    'long story but my son has been revising all night with no sleep and energy drinks, and at breakfast he suddenly went stiff and jerked for about a minute, he is drowsy now',
    'my partner is coming off alcohol, he was twitching all over and did not know we were there',
    'my colleague went stiff at her desk and then her arms were jerking, now she is dazed and groggy',
  ])('"%s" → emergency (seizure)', (text) => {
    expect(screen.triage(text)).toMatchObject({ level: 'emergency', ruleId: 'seizure' });
  });

  it.each([
    'my calf went stiff and was twitching after the run',
    "my eyelid keeps twitching and I'm so sleepy in the afternoons, is it magnesium?",
    'my legs were shaking after squats and I felt a bit woozy',
    'my hands were shaking with cold and my son did not answer his phone',
    'my toes went stiff and twitched in a cramp last night',
    "my muscles twitch at night and I'm groggy in the mornings",
    'my dog went stiff and was twitching in his sleep, cute',
  ])('"%s" is not an emergency', (text) => {
    expect(levelOf(text)).not.toBe('emergency');
  });
});
