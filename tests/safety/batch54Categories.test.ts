/**
 * The categories learned from sealed batch 54 (Setswana, Mossi and Bambara, Odia and Assamese, Dhivehi and Shan,
 * Bugis and Acehnese speakers, I-Kiribati and Tuvaluan people, dive crews, arborists, event staff, removal workers,
 * one thumb while holding a baby), each tested in wording written for it, not the batch's.
 */
import { levelOf, ruleOf } from './loadSafetyData';

describe('red flags told in French', () => {
  it.each([
    [
      "Depuis deux jours mon mollet droit est gonflé, rouge et chaud, le gauche est normal. C'est un manque de magnésium?",
      'urgent',
    ],
    [
      'Ma fille est par terre, elle a des secousses dans les bras et les jambes et ne répond pas quand je l’appelle',
      'emergency',
    ],
    [
      "Il s'est coupé avec un clou rouillé il y a dix jours et maintenant sa mâchoire est serrée, il a du mal à avaler",
      'emergency',
    ],
    ['Mon mari a le pied droit tout blanc et froid depuis une heure, très douloureux', 'emergency'],
    ["J'ai une douleur dans la poitrine et du mal à respirer depuis ce matin", 'emergency'],
    ['Après le marathon mes cuisses sont très douloureuses et mon urine est couleur coca', 'emergency'],
    ["Une crampe au mollet depuis plus d'une heure, ça ne passe pas malgré les étirements", 'urgent'],
    ['Mon fils de 3 ans a avalé toute la boîte de comprimés de vitamine D', 'emergency'],
    ['Mon père ne sent plus ses jambes depuis ce matin et il ne peut plus marcher', 'emergency'],
    ['il est confus depuis ce matin et ne sait plus où il est', 'emergency'],
  ])('"%s" is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    "Mon fils a eu une convulsion quand il avait 3 ans, il y a dix ans. Aujourd'hui tout va bien. La vitamine D est-elle utile?",
    "Mon mollet n'est pas gonflé, pas de rougeur, juste des crampes la nuit. Quel magnésium?",
    'Je suis confus, quelle vitamine choisir pour les crampes?',
  ])('a past sign, a denied sign or an apology is none: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('red flags told in Indonesian and Malay', () => {
  it.each([
    [
      'Kaki adik saya ditendang waktu main futsal, sekarang betisnya keras, bengkak dan mati rasa, sakitnya luar biasa',
      'compartment-syndrome',
    ],
    ['Anak saya kejang-kejang dan tidak sadar sudah 5 menit', 'seizure'],
    ['Kram di betis sudah satu jam lebih dan tidak hilang walau sudah dipijat', 'cramp-over-ten-minutes'],
    ['Ayah saya nyeri dada dan sesak napas sejak tadi pagi', 'chest-pain-or-breathlessness'],
    ['habis kerja berat di kebun, otot paha sakit sekali dan kencing warna teh', 'dark-urine-sore-muscles'],
    [
      'kaki saya luka kena paku seminggu lalu, belum pernah vaksin tetanus, sekarang rahang kaku dan susah menelan',
      'tetanus-spreading',
    ],
    [
      'suami saya minum tuak tiap hari, hampir tidak makan, sekarang jalan sempoyongan dan lihat dobel',
      'wernicke',
    ],
  ])('"%s" is %s', (text, rule) => {
    expect(ruleOf(text)).toBe(rule);
  });

  it('a calf swollen, red and hot on one side is the clot rule', () => {
    expect(levelOf('Betis kiri saya bengkak, merah dan panas sejak kemarin, yang kanan normal')).toBe(
      'urgent',
    );
  });

  it.each([
    'betis saya tidak bengkak dan tidak merah, cuma pegal habis jalan jauh',
    'sore tadi saya jalan kaki 5 km, kaki pegal, normal?',
    'saya bingung vitamin apa yang bagus untuk kram',
    'habis main sepak bola kaki saya merah dan panas kena matahari, sudah mulai hilang',
    'waktu kecil saya pernah kejang karena demam, 20 tahun lalu. sekarang sehat, perlu kalsium?',
  ])('a denied sign, the afternoon, an unsure writer, the sun or a past fit is none: "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it('a muscle cramp ("kejang otot") is a cramp, not a fit', () => {
    expect(levelOf('kejang otot di betis tadi malam, sekarang sudah hilang, perlu magnesium?')).toBe('none');
  });
});

describe('pain when someone else moves the foot or toes', () => {
  it('with an unbearable pain in a tight, swollen shin after sport is compartment syndrome', () => {
    expect(
      ruleOf(
        'after the hockey match my shin is rock hard and swollen, pain is unbearable and it screams when someone bends my toes',
      ),
    ).toBe('compartment-syndrome');
  });

  it('a person asked about in general still frames the question', () => {
    expect(levelOf('if someone has a swollen calf after a flight, is it a clot?')).toBe('none');
  });
});

describe('a food told before its container', () => {
  it('"almonds, like the whole bag" measures the food, not an overdose', () => {
    expect(levelOf('I ate cashews, like the whole family bag, in one evening, too much magnesium?')).toBe(
      'none',
    );
  });

  it('a medicine told after the container keeps the overdose', () => {
    expect(ruleOf('ate a banana then swallowed the whole bottle of my iron tablets')).toBe('overdose');
  });

  it('a medicine told between the food and the container keeps it', () => {
    expect(ruleOf('he ate chocolate, then found my magnesium and took the whole packet')).toBe('overdose');
  });
});
