/**
 * Meaning-preserving variations of an announcement, for the metamorphic test of the reader
 * (metamorphic.test.ts): each rewrites a text as another copy of the same notice could be written —
 * wider digits, more spaces, 名 for 人, traditional characters, and sentences that carry numbers but
 * no figures of the election — so that a warning the variation makes appear, or a catch it makes
 * disappear, shows a class of text the reader reads by accident rather than by rule.
 */

/** A variation: a rewrite of the text, drawing from `random` where it chooses places. */
export interface Variation {
  readonly name: string;
  /** Whether every warning of the original must still be raised (not only no new warning). */
  readonly keepsCatches: boolean;
  readonly apply: (text: string, random: () => number) => VariedText;
}

export interface VariedText {
  readonly text: string;
  /** Spans [start, end) of the varied text that were inserted and state no figure of the election. */
  readonly inserted: readonly (readonly [number, number])[];
}

const same = (text: string): VariedText => ({ text, inserted: [] });

/** ASCII digits and the signs around numbers in their full-width forms (１，３２２ ７１．１％ （…） ：). */
function fullWidth(text: string): VariedText {
  const wide = (char: string): string => String.fromCharCode(char.charCodeAt(0) + 0xfee0);
  return same(text.replace(/(?<=\d)[.,](?=\d)/g, wide).replace(/[0-9%():]/g, wide));
}

/** Spaces around numbers and after clause marks, as copies from web pages carry them. */
function extraSpaces(text: string, random: () => number): VariedText {
  // A number is kept whole, with its separators and a decimal point a copy may write as 。 (90。5%).
  const numberOrMark = /[\d０-９]+(?:[.,，。．][\d０-９]+)*|[，、；：]/g;
  return same(
    text.replace(numberOrMark, (match) => {
      const pick = random();
      if (/^[，、；：]$/.test(match)) return pick < 0.5 ? `${match} ` : match;
      if (pick < 0.3) return ` ${match} `;
      if (pick < 0.5) return ` ${match}`;
      if (pick < 0.7) return `${match}  `;
      return match;
    }),
  );
}

/** A blank line between paragraphs and a line break after some full stops, as pasted text has them. */
function lineBreaksBetweenSentences(text: string, random: () => number): VariedText {
  return same(
    text.replace(/\n/g, '\n\n').replace(/。(?=[^\n\d])/g, (stop) => (random() < 0.4 ? `${stop}\n` : stop)),
  );
}

/**
 * 名 for 人 and 人 for 名 where either counts people (`31人` ↔ `31名`): not in 人次, 人口, 人均, 人大,
 * 人数, nor after 第 (a rank).
 */
function peopleMeasureWords(text: string): VariedText {
  return same(
    text.replace(
      /(?<!第)(\d|[一二三四五六七八九十百千万])([人名])(?![次口均大数民员选单])/g,
      (_m, digit: string, word: string) => `${digit}${word === '人' ? '名' : '人'}`,
    ),
  );
}

/**
 * Simplified → traditional for a fixed table of characters common in announcements, each of which has
 * exactly one traditional form (余 only after a number, where it means "more than").
 */
const SIMPLIFIED =
  '选举当参员会数张无废发权弃总实际区乡镇妇龄岁党学历专业届单据应额获为两万点个记计证联属结级时这连书组织报统担职务进续约较长继补别况对场动领导现达们内双项层种换户县产设开审认规办东门龙传务纪录满岗简亿';
const TRADITIONAL =
  '選舉當參員會數張無廢發權棄總實際區鄉鎮婦齡歲黨學歷專業屆單據應額獲為兩萬點個記計證聯屬結級時這連書組織報統擔職務進續約較長繼補別況對場動領導現達們內雙項層種換戶縣產設開審認規辦東門龍傳務紀錄滿崗簡億';
const TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) TO_TRADITIONAL.set(SIMPLIFIED.charAt(i), TRADITIONAL.charAt(i));
const CONVERTIBLE = new RegExp(`[${SIMPLIFIED}]`, 'g');

function traditional(text: string): VariedText {
  return same(
    text.replace(CONVERTIBLE, (char) => TO_TRADITIONAL.get(char) ?? char).replace(/(?<=\d)余/g, '餘'),
  );
}

/** Sentences with numbers that are no figures of the election: dates, times, telephone, document
 * numbers, ordinals, addresses, age bounds, and a share of something else with no base. */
export const UNRELATED_SENTENCES_ZH: readonly string[] = [
  '选举大会于2026年3月5日上午9时在村委会3号楼召开。',
  '投票时间为上午9时至下午3点半，逾时不候。',
  '联系电话：0571-88881234。',
  '根据《关于做好换届选举工作的通知》（〔2026〕12号）文件精神组织实施。',
  '第十二届村民委员会任期五年，自2026年4月1日起算。',
  '候选人年龄一般在35周岁以下，具有高中以上文化程度。',
  '全镇农民人均可支配收入同比增长12%。',
  'Voting ran from 9 am to 3 pm on 5 March 2026.',
  '投票站设在村委会3号楼一楼大厅，咨询电话13812345678。',
  '投票于上午9点30分开始，17:00结束，请选民持选民证于2026-03-05前领取选票。',
  '监督电话：0571-88881234，地址：幸福路12号3号楼2单元501室。',
  '第3投票站设在第十二村民小组，今年村集体经济收入同比增长8.5%，比上年提高3个百分点。',
];
export const UNRELATED_SENTENCES_EN: readonly string[] = [
  'Voting ran from 9 am to 3 pm on 5 March 2026.',
  'The meeting opened at 9:30 am in Building 3.',
  'Enquiries: telephone 0571-88881234.',
  'Local income grew 12% on the year.',
  'Candidates were to be aged 35 or under.',
];

/** Whether a text is written in English (fewer Han characters than Latin letters). */
function isEnglish(text: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin > han;
}

/** Offsets just after each full stop that ends a sentence inside a line (not at a line's end). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const stop = /[。！？]|\.(?= [A-Z])/g;
  for (let match = stop.exec(text); match; match = stop.exec(text)) {
    const after = match.index + match[0].length;
    // 90。5%: a copy's decimal point, no full stop. Nor is a sentence put before 其中, which points
    // back at the sentence before it.
    if (
      after < text.length &&
      !/[\n\d]/.test(text.charAt(after)) &&
      !/^\s*其中/.test(text.slice(after, after + 8))
    )
      ends.push(after);
  }
  return ends;
}

/** Offsets of line starts (the text's start and just after each line break). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function insertAt(
  text: string,
  places: readonly number[],
  sentenceFor: (place: number) => string,
): VariedText {
  const sorted = [...new Set(places)].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  const inserted: [number, number][] = [];
  for (const place of sorted) {
    out += text.slice(from, place);
    const sentence = sentenceFor(place);
    inserted.push([out.length, out.length + sentence.length]);
    out += sentence;
    from = place;
  }
  return { text: out + text.slice(from), inserted };
}

function pickFrom<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function unrelatedFor(text: string): readonly string[] {
  return isEnglish(text) ? UNRELATED_SENTENCES_EN.map((s) => ` ${s}`) : UNRELATED_SENTENCES_ZH;
}

/** Unrelated sentences inside paragraphs, each after a full stop chosen at random. */
function unrelatedInsideParagraphs(text: string, random: () => number): VariedText {
  const sentences = unrelatedFor(text);
  const ends = sentenceEnds(text).filter(() => random() < 0.35);
  return insertAt(text, ends, () => pickFrom(sentences, random));
}

/** Unrelated sentences as paragraphs of their own, at line starts chosen at random. */
function unrelatedParagraphs(text: string, random: () => number): VariedText {
  const sentences = unrelatedFor(text);
  const starts = lineStarts(text).filter(() => random() < 0.3);
  return insertAt(text, starts, () => `${pickFrom(sentences, random).trim()}\n`);
}

/** Unrelated sentences at the start and the end of paragraphs, moved from one paragraph to another. */
function unrelatedAtParagraphEdges(text: string, random: () => number): VariedText {
  const sentences = unrelatedFor(text);
  const places: number[] = [];
  for (const start of lineStarts(text)) {
    const end = text.indexOf('\n', start);
    const lineEnd = end < 0 ? text.length : end;
    if (lineEnd === start || random() < 0.5) continue;
    places.push(random() < 0.5 ? start : lineEnd);
  }
  return insertAt(text, places, (place) => {
    const sentence = pickFrom(sentences, random);
    // At a line's end after no full stop, the inserted sentence starts a sentence of its own.
    const before = text.charAt(place - 1);
    return place > 0 && before !== '\n' && !/[。！？.]/.test(before) ? `。${sentence}` : sentence;
  });
}

/** A line break after some clause marks, as a copy wrapped at a fixed width puts one inside a sentence. */
function lineBreaksInsideSentences(text: string, random: () => number): VariedText {
  return same(text.replace(/[，、；](?=[^\n\d０-９])/g, (mark) => (random() < 0.25 ? `${mark}\n` : mark)));
}

/** 其中 with a comma or a colon after it, or opening a sentence of its own (。其中). */
function partMarkWritings(text: string, random: () => number): VariedText {
  return same(
    text.replace(/([，,]?)其中(?![，,：:])/g, (whole, comma: string) => {
      const pick = random();
      if (pick < 0.3) return `${comma}其中，`;
      if (pick < 0.5) return `${comma}其中：`;
      if (pick < 0.7 && comma !== '') return '。其中';
      return whole;
    }),
  );
}

/** 占比 for 占 before a share, and thousands separators added to or dropped from counts. */
function otherWritings(text: string, random: () => number): VariedText {
  return same(
    text
      .replace(/占(?=\d)/g, (word) => (random() < 0.5 ? '占比' : word))
      .replace(/(?<![\d.,，])(\d{1,3})[,，](\d{3})(?![\d.])/g, (whole, high: string, low: string) =>
        random() < 0.5 ? `${high}${low}` : whole,
      )
      .replace(/(?<![\d.,，-])(\d{1,3})(\d{3})(?=[人名张票])/g, (whole, high: string, low: string) =>
        random() < 0.5 ? `${high},${low}` : whole,
      ),
  );
}

/** Counts of things that are no people (polling stations, mobile boxes, meetings), between sentences. */
const OTHER_COUNTS_ZH = ['全镇共设投票站3个、流动票箱2个。', '其间召开座谈会4次。', '共设置秘密写票处5处。'];

function otherCountsInsideParagraphs(text: string, random: () => number): VariedText {
  if (isEnglish(text)) return same(text);
  const ends = sentenceEnds(text).filter(() => random() < 0.3);
  return insertAt(text, ends, () => pickFrom(OTHER_COUNTS_ZH, random));
}

const DIGITS = '零一二三四五六七八九';

/** 0 … 9999 in Chinese numerals (12 → 十二, 105 → 一百零五, 2031 → 二千零三十一). */
function chineseNumeral(value: number): string {
  if (value < 10) return DIGITS.charAt(value);
  if (value < 20) return `十${value % 10 === 0 ? '' : DIGITS.charAt(value % 10)}`;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((digit, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (digit === 0) zero = out !== '';
    else {
      out += `${zero ? '零' : ''}${DIGITS.charAt(digit)}${unit}`;
      zero = false;
    }
  });
  return out;
}

/**
 * Numbers written in Chinese numerals as notices also write them: small counts of people (十二名) and
 * shares (百分之七十一点一); in English prose, `percent` for `%`.
 */
function numeralWritings(text: string, random: () => number): VariedText {
  if (isEnglish(text)) return same(text.replace(/(?<=\d)%/g, (sign) => (random() < 0.5 ? ' percent' : sign)));
  return same(
    text
      .replace(/(?<![\d.,，:：-])(\d{1,2})(?=[人名])/g, (whole, count: string) =>
        random() < 0.5 ? chineseNumeral(Number(count)) : whole,
      )
      .replace(/(?<![\d.,，。])(\d{1,2})(?:\.(\d))?%/g, (whole, integer: string, decimal?: string) =>
        random() < 0.5
          ? `百分之${chineseNumeral(Number(integer))}${decimal === undefined ? '' : `点${DIGITS.charAt(Number(decimal))}`}`
          : whole,
      ),
  );
}

/** Bullets and list numbers at the start of lines, as pages and documents mark paragraphs. */
function listMarks(text: string, random: () => number): VariedText {
  const marks = ['● ', '■ ', '◆', '1. ', '2、', '（1）'];
  let line = 0;
  return same(
    text.replace(/(^|\n)(?=[^\n])/g, (start: string) => {
      line++;
      return line > 1 && random() < 0.5 ? `${start}${pickFrom(marks, random)}` : start;
    }),
  );
}

/** 有 or 为 between a group's words and its count of people (女性17名 → 女性有17名). */
function countVerbs(text: string, random: () => number): VariedText {
  return same(
    text.replace(/(?<=[\u4e00-\u9fff])(?<![有为是的达共计第约近逾超过余多占比])(?=\d+[人名])/g, () =>
      random() < 0.4 ? pickFrom(['有', '为'], random) : '',
    ),
  );
}

/** Every variation that keeps catches, one after another. */
function allAtOnce(text: string, random: () => number): VariedText {
  const inserted = unrelatedInsideParagraphs(text, random);
  // The rewrites below change no offsets but those of the spaces, which come last.
  const rewritten = traditional(peopleMeasureWords(fullWidth(inserted.text).text).text).text;
  if (rewritten.length !== inserted.text.length) return same(rewritten);
  return { text: rewritten, inserted: inserted.inserted };
}

export const VARIATIONS: readonly Variation[] = [
  { name: 'full-width digits and signs', keepsCatches: true, apply: fullWidth },
  { name: 'spaces around numbers and after clause marks', keepsCatches: true, apply: extraSpaces },
  { name: 'line breaks between sentences', keepsCatches: true, apply: lineBreaksBetweenSentences },
  { name: '名 for 人 and 人 for 名', keepsCatches: true, apply: peopleMeasureWords },
  { name: 'traditional characters', keepsCatches: true, apply: traditional },
  { name: 'unrelated sentences inside paragraphs', keepsCatches: true, apply: unrelatedInsideParagraphs },
  { name: 'unrelated sentences as paragraphs', keepsCatches: true, apply: unrelatedParagraphs },
  { name: 'unrelated sentences at paragraph edges', keepsCatches: true, apply: unrelatedAtParagraphEdges },
  { name: 'all of the above at once', keepsCatches: true, apply: allAtOnce },
  { name: '其中 with a comma, a colon, or opening a sentence', keepsCatches: true, apply: partMarkWritings },
  { name: '占比 for 占, thousands separators added or dropped', keepsCatches: true, apply: otherWritings },
  { name: 'Chinese numerals for small counts and shares', keepsCatches: true, apply: numeralWritings },
  { name: 'bullets and list numbers at line starts', keepsCatches: true, apply: listMarks },
  { name: '有 or 为 before a count of people', keepsCatches: true, apply: countVerbs },
  {
    name: 'counts of things that are no people between sentences',
    keepsCatches: true,
    apply: otherCountsInsideParagraphs,
  },
  { name: 'line breaks after clause marks', keepsCatches: true, apply: lineBreaksInsideSentences },
];
