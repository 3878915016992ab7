import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { RulePack } from '../rules/rule-pack.js';
import { meetsThreshold, votesNeeded } from '../rules/threshold.js';
import { enCounts } from '../text/english-count.js';
import type { AnnouncedFigures } from './announced-figures.js';
import type { JudgedFigure } from './judged-figures.js';
import type { MeetingAttendance } from './meeting-attendance.js';

/**
 * The meetings that elect, held to the pack's rule for them (`RulePack.meetings`): a villagers' meeting of
 * the households' representatives sits when those of at least two thirds of the village's households are
 * present (到会户代表700人 of 全村共1,200户 is short of 800); a meeting of villagers' representatives when at
 * least two thirds of its members are. Its members are the representatives and the villagers' committee's
 * members, the representatives at least four fifths of them (art. 25 para. 1, 2018; art. 29 para. 1,
 * 2025): the representatives due a notice states may leave out up to a quarter as many committee members,
 * every one of whom may have come. Such a meeting is held short only when it would be with as many committee
 * members as that, all present: the attendance stated then cannot meet the rule whoever else counts.
 * TURNOUT_BELOW_QUORUM (warning), with the provision quoted. A villagers' meeting that meets its rule is shown
 * as judged; a meeting of representatives that would meet it is not judged (its members unstated). A villagers'
 * meeting by its other route (本村年满十八周岁的村民1,500人，到会村民700人) sits with more than half of them present
 * (`villagersQuorum`). Judged in a notice that states no ballots as well: no count of the election enters.
 */
export function meetingQuorums(
  notice: AnnouncedFigures,
  pack: RulePack,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const rules = pack.meetings;
  if (rules === undefined) return [];
  return (notice.meetingAttendance ?? []).flatMap((meeting) => {
    if (meeting.kind === 'villagers') return villagersQuorum(notice, meeting, rules, lang, judged);
    const rule = rules[meeting.kind];
    // Committee members the representatives due may leave out (at most a quarter of them), all present.
    const members = meeting.kind === 'representatives' ? Math.floor(meeting.whole.value / 4) : 0;
    const whole = meeting.whole.value + members;
    const present = meeting.present.value + members;
    const met = meetsThreshold(present, whole, rule.threshold);
    const needed = votesNeeded(whole, rule.threshold) - members;
    // Representatives enough under that count are not thereby enough: the committee's members may not have come.
    if (met && meeting.kind === 'representatives') return [];
    const words = wordsOf(meeting, needed, members);
    judged.push({
      rule: 'meeting-quorum',
      right: met,
      text: meeting.present.text,
      span: meeting.present.span,
      work: met ? words.met : words.short,
    });
    if (met) return [];
    return [shortFinding(notice, meeting, needed, words.short, rule.citation, lang)];
  });
}

/** TURNOUT_BELOW_QUORUM (warning) on the count of those present, with the provision quoted. */
function shortFinding(
  notice: AnnouncedFigures,
  meeting: MeetingAttendance,
  needed: number,
  short: { zh: string; en: string },
  citation: { zh: string; en: string },
  lang: Lang,
): Finding {
  return makeFinding(
    {
      code: 'TURNOUT_BELOW_QUORUM',
      severity: 'warning',
      expected: needed,
      found: meeting.present.value,
      where: {
        ...(notice.file !== undefined ? { file: notice.file } : {}),
        span: meeting.present.span,
        text: meeting.present.text,
      },
      messages: {
        zh: `${short.zh}。${citation.zh}`,
        en: `${short.en.charAt(0).toUpperCase()}${short.en.slice(1)}: ${citation.en}`,
      },
    },
    lang,
  );
}

/**
 * A villagers' meeting by its other route (本村年满十八周岁的村民1,500人，到会村民700人): it sits with more than half
 * of the villagers aged 18 or over present, and is then shown judged. With half or fewer it may still sit by
 * the households' route: it is held short only where the notice states the village's households and those
 * represented fall short of two thirds of them too, counted as their representatives present where stated,
 * else as one household for each villager present (no more can have been represented). Else not judged.
 */
function villagersQuorum(
  notice: AnnouncedFigures,
  meeting: MeetingAttendance,
  rules: NonNullable<RulePack['meetings']>,
  lang: Lang,
  judged: JudgedFigure[],
): Finding[] {
  const rule = rules.villagers;
  const [whole, present] = [meeting.whole.value, meeting.present.value];
  const met = meetsThreshold(present, whole, rule.threshold);
  const needed = votesNeeded(whole, rule.threshold);
  const quoted = `“${meeting.whole.text}”“${meeting.present.text}”`;
  const zh = `村民会议（${quoted}）：本村十八周岁以上村民${whole}人，到会村民${present}人，须过半数即至少${needed}人参加`;
  const en = enCounts`a villagers' meeting (${quoted}): ${present} of ${whole} villagers aged 18 or over present, where more than half, ${needed}, must come`;
  const houses = meeting.households;
  const judge = (right: boolean, work: { zh: string; en: string }) =>
    judged.push({
      rule: 'meeting-quorum',
      right,
      text: meeting.present.text,
      span: meeting.present.span,
      work,
    });
  if (met) {
    judge(true, { zh: `${zh}：达到`, en: `${en}: met` });
    return [];
  }
  if (!houses) return [];
  const households = rules.households;
  const represented = houses.present?.value ?? present;
  const enough = votesNeeded(houses.whole.value, households.threshold);
  if (meetsThreshold(represented, houses.whole.value, households.threshold)) {
    // Those represented stated and enough: the meeting sits by the households' route.
    if (houses.present)
      judge(true, {
        zh: `${zh}，未达到；但“${houses.present.text}”达到本村${houses.whole.value}户的三分之二（${enough}户），会议有效`,
        en: enCounts`${en}, not met; but ${represented} households represented (“${houses.present.text}”) reach two thirds of ${houses.whole.value}, ${enough}: the meeting sits`,
      });
    return [];
  }
  const by = houses.present
    ? {
        zh: `“${houses.present.text}”`,
        en: enCounts`${represented} households represented (“${houses.present.text}”)`,
      }
    : {
        zh: `到会村民至多代表${present}户`,
        en: enCounts`the villagers present can represent at most ${present} households`,
      };
  const short = {
    zh: `${zh}，未达到；按户代表计，本村${houses.whole.value}户（“${houses.whole.text}”）须有三分之二以上即至少${enough}户的代表参加，${by.zh}，亦不足`,
    en: enCounts`${en}, and fewer came; nor does it sit by the households: at least two thirds of the ${houses.whole.value} households (“${houses.whole.text}”), ${enough}, must be represented, and ${by.en}`,
  };
  judge(false, short);
  return [shortFinding(notice, meeting, needed, short, rule.citation, lang)];
}

function wordsOf(
  meeting: MeetingAttendance,
  needed: number,
  members: number,
): { met: { zh: string; en: string }; short: { zh: string; en: string } } {
  const [whole, present] = [meeting.whole.value, meeting.present.value];
  const quoted = `“${meeting.whole.text}”“${meeting.present.text}”`;
  if (meeting.kind === 'households') {
    const zh = `由户代表参加的村民会议（${quoted}）：${whole}户中${present}户的代表到会，须有三分之二以上的户的代表参加，即至少${needed}户`;
    const en = enCounts`a villagers' meeting of the households' representatives (${quoted}): those of ${present} of ${whole} households present, where at least two thirds of the households, ${needed}, must be represented`;
    return {
      met: { zh: `${zh}：达到`, en: `${en}: met` },
      short: {
        zh: `${zh}，公告所列到会户代表不足；公告未列到会村民人数，无从按本村十八周岁以上村民过半数参加核对`,
        en: `${en}, and the notice states fewer; it states no villagers present by which the meeting could sit instead (more than half of the villagers aged 18 or over)`,
      },
    };
  }
  const zh = `村民代表会议（${quoted}）：应到村民代表${whole}人，实到${present}人；即使另有未计入的村民委员会成员（至多${members}人，村民代表须占组成人员五分之四以上）全部到会，也须至少${needed}名村民代表到会方达组成人员的三分之二`;
  const en = enCounts`a meeting of villagers' representatives (${quoted}): ${present} of ${whole} representatives due present; even with up to ${members} committee members not counted among them (the representatives are at least four fifths of its members) all present, at least ${needed} representatives must come for two thirds of its members to be present`;
  return { met: { zh, en }, short: { zh: `${zh}：未达到`, en: `${en}: not met` } };
}
