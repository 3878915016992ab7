/** Words for the election's date and the pack version, kept with the form and panel that show them. */
export const VERSION_WORDS = {
  zh: {
    date: '选举日期',
    dateHint: '投票的日期：它决定适用哪一版本的法律（当日施行的版本）。不填则按今天施行的版本。',
    byDate: '按选举日期选版本',
    fixedVersion: '指定版本',
    version: '适用版本',
    inForce: '施行期间',
    why: '为何适用此版本',
    noVersion: '无法确定适用的版本',
  },
  en: {
    date: "Election's date",
    dateHint:
      'The day of the vote: it picks the version of the law in force that day. Left empty, the version in force today applies.',
    byDate: 'Version chosen by the date',
    fixedVersion: 'A fixed version',
    version: 'Version applied',
    inForce: 'In force',
    why: 'Why this version',
    noVersion: 'No version applies',
  },
} as const;
