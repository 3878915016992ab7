import {
  undecidedOutcome,
  undecidedWords,
  type Finding,
  type Lang,
  type Report,
  type UndecidedOutcome,
} from '../../core/index.js';

/**
 * What a notice checked on its own comes to, in the order a reader must hear it: an error first, then
 * a figure that does not agree, then nothing to judge, and "all right" only when checks were made and
 * none failed. It follows from the findings and the work list, so the headline never says more than
 * they do.
 */
export type NoticeOutcome =
  'error' | 'warning' | 'declared-void' | 'nothing-read' | 'nothing-checked' | 'all-right';

export interface NoticeTally {
  readonly outcome: NoticeOutcome;
  /** The report's verdict: with a law chosen, a notice's own figures may void the election. */
  readonly verdict: Report['verdict'];
  /** What repeated ballot records that differ leave undecided (OUTCOME_UNDECIDED), if anything. */
  readonly undecided: UndecidedOutcome | null;
  readonly errors: number;
  readonly warnings: number;
  readonly figuresRead: number;
  /** Checks made, right ones included. */
  readonly judged: number;
  /** Checks that failed, among the ones listed (the report lists at most 200). */
  readonly wrong: number;
  /** Whether `wrong` counts every check made, or only the listed ones. */
  readonly wrongOfAll: boolean;
  /** Stated figures not checked, each listed with its reason. */
  readonly unread: number;
}

export function noticeTally(report: Report): NoticeTally {
  const section = report.announcement;
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = report.findings.filter((finding) => finding.severity === 'warning').length;
  const figuresRead = section?.figuresRead ?? 0;
  const judged = section?.judgedCount ?? 0;
  // A void verdict with no error: the notice declares its own election void and its figures agree (the
  // quorum's findings are then notes); nothing to correct, nothing to ask the committee to explain.
  const declaredVoid = report.verdict === 'void' && errors === 0 && warnings === 0;
  const outcome: NoticeOutcome = declaredVoid
    ? 'declared-void'
    : errors > 0 || report.verdict !== 'valid'
      ? 'error'
      : section && figuresRead === 0 && judged === 0
        ? 'nothing-read'
        : warnings > 0
          ? 'warning'
          : judged === 0
            ? 'nothing-checked'
            : 'all-right';
  return {
    outcome,
    verdict: report.verdict,
    undecided: undecidedOutcome(report),
    errors,
    warnings,
    figuresRead,
    judged,
    wrong: section?.judged.filter((figure) => !figure.right).length ?? 0,
    wrongOfAll: section ? section.judged.length >= section.judgedCount : true,
    unread: section?.unreadCount ?? 0,
  };
}

const group = (value: number, lang: Lang) => value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
const plural = (count: number, one: string, many = `${one}s`) =>
  `${group(count, 'en')} ${count === 1 ? one : many}`;

/**
 * The headline over the verdict: a few plain words a reader takes in at a glance, saying what the
 * notice comes to (the verdict line under it says it as the CLI does; what was checked is the line
 * over the work). "Nothing wrong" names
 * the figures not checked beside it, so that one check made of six figures does not read as a notice
 * found right throughout.
 */
export function noticeHeadline(tally: NoticeTally, lang: Lang): string {
  const { outcome, verdict, errors, warnings, unread } = tally;
  if (tally.undecided) return undecidedWords(tally.undecided, lang).headline;
  if (lang === 'zh')
    switch (outcome) {
      case 'error':
        if (verdict === 'void') return '按公告自己的数字，选举无效';
        if (verdict === 'runoff-needed') return '按公告自己的数字，需要另行选举';
        return `公告有 ${group(errors, lang)} 处错误`;
      case 'warning':
        return `公告有 ${group(warnings, lang)} 处需要核实`;
      case 'declared-void':
        return '公告宣布选举无效，核对的数字与此相符';
      case 'nothing-read':
        // Numbers found but none understood: said with their count, which the counts line repeats.
        return unread > 0 ? `${group(unread, lang)} 个数字都读不出是选举的哪一项` : '没有找到选举数字';
      case 'nothing-checked':
        return '读懂了数字，但没有能相互核对的';
      case 'all-right':
        return unread > 0
          ? `核对的数字没有发现错误；${group(unread, lang)} 个数字未能核对`
          : '公告里没有发现错误';
    }
  switch (outcome) {
    case 'error':
      if (verdict === 'void') return "By the notice's own figures, the election is void";
      if (verdict === 'runoff-needed') return "By the notice's own figures, a runoff is needed";
      return `The notice has ${plural(errors, 'error')}`;
    case 'warning':
      return `${plural(warnings, 'thing')} in the notice ${warnings === 1 ? 'needs' : 'need'} checking`;
    case 'declared-void':
      return 'The notice declares the election void, and the figures checked agree';
    case 'nothing-read':
      return unread === 1
        ? 'The one figure found could not be read as an election figure'
        : unread > 0
          ? `None of the ${plural(unread, 'figure')} could be read as an election figure`
          : 'No election figures were found';
    case 'nothing-checked':
      return 'Figures understood, but none could be checked against another';
    case 'all-right':
      return unread > 0
        ? `Nothing wrong in the figures checked; ${plural(unread, 'figure')} not checked`
        : 'Nothing wrong found in the notice';
  }
}

/**
 * One line of counts that agrees with the lists under it: the checks made (right and wrong) and the
 * figures not checked, which the "not checked" list gives with their reasons.
 */
export function noticeCounts(tally: NoticeTally, lang: Lang): string {
  const { figuresRead, judged, wrong, wrongOfAll, unread } = tally;
  const right = judged - wrong;
  if (lang === 'zh') {
    const checks =
      judged === 0
        ? '没有核对任何一项'
        : wrongOfAll
          ? `做了 ${group(judged, lang)} 项核对：${group(right, lang)} 项相符，${group(wrong, lang)} 项不符`
          : `做了 ${group(judged, lang)} 项核对（列出的项中 ${group(wrong, lang)} 项不符）`;
    return `读懂 ${group(figuresRead, lang)} 个数字 · ${checks} · ${group(unread, lang)} 个数字未能核对`;
  }
  const checks =
    judged === 0
      ? 'nothing checked'
      : wrongOfAll
        ? `${plural(judged, 'check')} made: ${group(right, lang)} right, ${group(wrong, lang)} wrong`
        : `${plural(judged, 'check')} made (${group(wrong, lang)} wrong among those listed)`;
  return `${plural(figuresRead, 'figure')} understood · ${checks} · ${plural(unread, 'figure')} not checked`;
}

/** What to do now, in plain words: one next step for each outcome. */
export function noticeNextStep(tally: NoticeTally, lang: Lang): string {
  const unread =
    tally.unread > 0 && tally.outcome !== 'nothing-read'
      ? lang === 'zh'
        ? `未能核对的 ${group(tally.unread, lang)} 个数字列在下面的“未核对”中，各有原因。`
        : ` The ${plural(tally.unread, 'figure')} not checked ${tally.unread === 1 ? 'is' : 'are'} listed below under “Not checked”, each with the reason.`
      : '';
  if (tally.undecided) return undecidedWords(tally.undecided, lang).next;
  if (lang === 'zh')
    switch (tally.outcome) {
      case 'error':
      case 'warning':
        return (
          '拿公告原件（张贴的公告或官方网页）对照标出的数字。原件也这样写，可以请村（居）民选举委员会说明或更正；' +
          '如果是复制时抄错了，改正后再核查一次。数字对不上常常是笔误，不等于选举有问题。' +
          unread
        );
      case 'declared-void':
        return (
          '公告自己宣布本次选举无效，它写出的数字也表明这一点。重新选举后，可以在这里核查新的选举结果公告。' +
          unread
        );
      case 'nothing-read':
        // Numbers found but none understood: the counts line says so, and the next step must not deny it.
        // The headline has said what was found; the reasons stand below.
        return (
          (tally.unread > 0 ? '每个数字读不出的原因列在下面。' : '') +
          '请粘贴完整的选举结果公告，包括登记选民、参加投票的人数和各候选人的得票数。'
        );
      case 'nothing-checked':
        return (
          '公告写出的数字不足以相互核对（例如只写了比例，没有写出是多少人中的多少人）。可以向村（居）民选举委员会索取完整的计票结果。' +
          unread
        );
      case 'all-right':
        return '手里有计票单的话，可以在“核对”页把公告与计票结果对照。' + unread;
    }
  switch (tally.outcome) {
    case 'error':
    case 'warning':
      return (
        'Compare the marked figures with the original notice (posted on paper, or the official web page). ' +
        'If the original says the same, ask the election committee to explain or correct it; if the text was ' +
        'copied wrong, correct it and check again. A figure that does not agree is often a slip of the pen, ' +
        'not proof of wrongdoing.' +
        unread
      );
    case 'declared-void':
      return (
        'The notice itself declares this election void, and its figures bear that out. When the vote is held again, check the new results notice here.' +
        unread
      );
    case 'nothing-read':
      return (
        (tally.unread > 0 ? 'Why each figure could not be read is given below. ' : '') +
        "Paste the whole results notice, with the registered voters, the voters who cast a ballot and each candidate's votes."
      );
    case 'nothing-checked':
      return (
        'The notice does not state figures enough to check one against another (a share with no count behind it, for example). You may ask the election committee for the full count.' +
        unread
      );
    case 'all-right':
      return 'If you have the tally sheets, compare the notice with them on the Audit page.' + unread;
  }
}

/**
 * How the way on to the Audit page (the notice compared with the tally sheets) is offered: as the next
 * step for a notice found right, as a plain button beside another next step, and not at all for a text
 * with no election figures.
 */
export function auditHandOver(outcome: NoticeOutcome): 'primary' | 'plain' | null {
  if (outcome === 'nothing-read') return null;
  return outcome === 'all-right' ? 'primary' : 'plain';
}

/**
 * Whether a finding only says again what the "Not checked" list shows: a note (info) that a figure was
 * not checked, at the very place and text of a figure that list gives with its reason. The list is where
 * a reader looks for it, so it is shown there once. A note of anything else (why a law judged nothing,
 * a winner not judged) stays with the findings. With nothing read, no list is shown: every note stays.
 */
export function listedAsNotChecked(report: Report): (finding: Finding) => boolean {
  const section = report.announcement;
  if (!section || noticeTally(report).outcome === 'nothing-read') return () => false;
  const places = new Set(
    section.unread.flatMap((figure) =>
      figure.span ? [`${figure.span[0]}:${figure.span[1]}:${figure.text}`] : [],
    ),
  );
  return (finding) => {
    const span = finding.where?.span;
    return (
      finding.code === 'UNREAD_FIGURE' &&
      finding.severity === 'info' &&
      span !== undefined &&
      places.has(`${span[0]}:${span[1]}:${finding.where?.text ?? ''}`)
    );
  };
}
