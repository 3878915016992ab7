import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  describeThreshold,
  getRulePack,
  readElection,
  type Election,
  type InputRole,
  type Result,
} from '../../core/index.js';
import { asSentence } from '../shared/as-sentence.js';
import { notTheElection } from '../shared/guess-role.js';
import { formatNumber, type Lang, type Messages } from '../shared/i18n.js';
import { baseName } from './election-form/threshold-words.js';
import { InputErrorList } from './InputErrorList.js';

/** What the election definition says, read in the page as soon as it is chosen, so mistakes show early. */
export function ElectionSummary({ file, lang, t }: { file: File; lang: Lang; t: Messages }) {
  const [read, setRead] = useState<Result<Election> | null>(null);
  const [otherRole, setOtherRole] = useState<InputRole | null>(null);
  useEffect(() => {
    let current = true;
    setRead(null);
    setOtherRole(null);
    void file.arrayBuffer().then(async (buffer) => {
      const read = readElection(file.name, new Uint8Array(buffer));
      // Box accounting or a notice given as the election: say what it is and where it goes.
      const other = read.ok ? null : await notTheElection(file);
      if (!current) return;
      setOtherRole(other);
      setRead(read);
    });
    return () => {
      current = false;
    };
  }, [file]);

  if (!read) return <p>{t.working}</p>;
  if (!read.ok)
    return (
      <InputErrorList
        errors={read.errors}
        lang={lang}
        t={t}
        {...(otherRole ? { how: t.notElection(file.name, t.roles[otherRole]) } : {})}
      />
    );
  const election = read.value;
  const pack = getRulePack(election.rules, election.date);
  const women = election.minWomen ?? pack?.defaultMinWomen;
  return (
    <div class="election-summary">
      <p class="election-name">
        <strong>{election.name}</strong>
      </p>
      <dl class="figures">
        <div>
          <dt>{t.rulePack}</dt>
          <dd>
            {pack ? (
              <>
                {pack.name[lang]} <span class="pack-id">({pack.id})</span>
              </>
            ) : (
              election.rules
            )}
          </dd>
        </div>
        <div>
          <dt>{t.round}</dt>
          <dd>{election.round === 'runoff' ? t.roundRunoff : t.roundFirst}</dd>
        </div>
        {election.registeredVoters !== undefined && (
          <div>
            <dt>{t.registeredVoters}</dt>
            <dd>{formatNumber(election.registeredVoters, lang)}</dd>
          </div>
        )}
        {women !== undefined && (
          <div>
            <dt>{t.minWomen}</dt>
            <dd>{formatNumber(women, lang)}</dd>
          </div>
        )}
        {pack?.quorum && (
          <div>
            <dt>{t.quorumRule}</dt>
            <dd>
              {asSentence(describeThreshold(pack.quorum, baseName(pack, pack.quorum.base))[lang], lang)}
            </dd>
          </div>
        )}
        {pack?.firstRound && (
          <div>
            <dt>{t.electedRule}</dt>
            <dd>
              {asSentence(
                describeThreshold(pack.firstRound, baseName(pack, pack.firstRound.base))[lang],
                lang,
              )}
            </dd>
          </div>
        )}
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.contest}</th>
            <th scope="col" class="num">
              {t.seats}
            </th>
            <th scope="col">{t.candidates}</th>
          </tr>
        </thead>
        <tbody>
          {election.contests.map((contest) => (
            <tr key={contest.id}>
              <th scope="row">{contest.name}</th>
              <td class="num">{formatNumber(contest.seats, lang)}</td>
              <td>
                {/* Each name with its woman's mark is one unbroken piece: the line breaks between them. */}
                {contest.candidates.map((candidate, index) => (
                  <Fragment key={index}>
                    {index > 0 && (lang === 'zh' ? '、' : ', ')}
                    <span class="candidate">
                      {candidate.name + (candidate.gender === 'female' ? ' ♀' : '')}
                    </span>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {election.contests.some((contest) => contest.candidates.some((c) => c.gender === 'female')) && (
        <p class="hint" data-woman-mark>
          {t.womanMark}
        </p>
      )}
    </div>
  );
}
