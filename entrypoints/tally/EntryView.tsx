import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { KeyText } from '../shared/KeyText';
import {
  closeBallot,
  draftChoices,
  dropLastMark,
  findChoices,
  isEmptyDraft,
  judgeBallot,
  nextBallotNumber,
  offeredChoices,
  reopenLastBallot,
  startTally,
  toggleMark,
  toggleVoid,
  withDraft,
  writeInKey,
  type BallotRules,
  type Election,
  type LiveBallot,
  type LiveTallyState,
  type OfferedChoice,
  type WriteIn,
} from '../../core/index.js';
import type { Lang } from '../shared/i18n.js';
import { BallotWriter, type WriterStatus } from './ballot-writer.js';
import type { OpenTally } from './open-tally.js';
import { deleteBallot, putBallot, saveTally } from './tally-store.js';
import type { TallyWords } from './tally-words.js';
import { ZhengBoard } from './ZhengBoard.js';

/** Latencies of the storage writes, read by the benchmark (bench/live-tally.ts). */
declare global {
  var tallyWitnessWriteLatencies: number[] | undefined;
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [data-find-name]') !== null;

/** The entry of one box's ballots, one whole ballot at a time, from the keyboard or by pointing. */
export function EntryView({
  tally,
  lang,
  w,
  onPause,
  onFinish,
}: {
  tally: OpenTally;
  lang: Lang;
  w: TallyWords;
  onPause: () => void;
  onFinish: () => void;
}) {
  const { election, pack, record } = tally;
  const [state, setState] = useState<LiveTallyState>(() => startTally(tally.ballots, election, pack));
  const [writeIns, setWriteIns] = useState<readonly WriteIn[]>(record.writeIns);
  const [status, setStatus] = useState<WriterStatus>({ pending: 0, failed: null, lastLatency: null });
  const [writeInError, setWriteInError] = useState<{ contest: string; message: string } | null>(null);
  // The state keys act on: a key pressed before the page has drawn the last one sees its result.
  const current = useRef(state);
  const writer = useMemo(() => new BallotWriter(setStatus), []);
  const firstWriteIn = useRef<HTMLInputElement>(null);
  const findField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  globalThis.tallyWitnessWriteLatencies = writer.latencies;

  const choices = useMemo(() => offeredChoices(election, writeIns), [election, writeIns]);
  const byShortcut = useMemo(
    () => new Map(choices.flatMap((choice) => (choice.shortcut ? [[choice.shortcut, choice] as const] : []))),
    [choices],
  );

  const apply = (next: LiveTallyState) => {
    current.current = next;
    setState(next);
  };
  const mark = (choice: { contest: string; key: string }) =>
    apply(withDraft(current.current, toggleMark(current.current.draft, choice)));
  const close = () => {
    const outcome = closeBallot(current.current, election, pack);
    apply(outcome.state);
    if (outcome.kind === 'closed') writer.write(() => putBallot(record.id, outcome.ballot));
  };
  const undo = () => {
    const undone = reopenLastBallot(current.current, election, pack);
    if (!undone) return;
    apply(undone.state);
    writer.write(() => deleteBallot(record.id, undone.ballot.number));
  };
  const back = () => {
    if (isEmptyDraft(current.current.draft)) undo();
    else apply(withDraft(current.current, dropLastMark(current.current.draft)));
  };
  const markVoid = () => apply(withDraft(current.current, toggleVoid(current.current.draft)));

  useEffect(() => {
    // Closing the tab while a ballot is still being written asks first: the write finishes meanwhile.
    const onLeave = (event: BeforeUnloadEvent) => {
      if (writer.status().pending > 0) event.preventDefault();
    };
    addEventListener('beforeunload', onLeave);
    return () => removeEventListener('beforeunload', onLeave);
  }, [writer]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      // Enter on a link follows it.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('a[href]'))
        return;
      const choice = byShortcut.get(event.key.toLowerCase());
      if (event.key === 'Enter') close();
      else if (event.key === 'Backspace') back();
      else if (event.key === '/') markVoid();
      else if (event.key === '+' || event.key === '=') firstWriteIn.current?.focus();
      // The names past the last key are found by typing: . (or 。 from a Chinese keyboard) goes there.
      else if ((event.key === '.' || event.key === '。') && findField.current) findField.current.focus();
      else if (choice) mark(choice);
      else return;
      // Also keeps Enter from pressing the button that has the focus.
      event.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  function addWriteIn(contestId: string, input: HTMLInputElement) {
    const contest = election.contests.find((each) => each.id === contestId)!;
    const typed = writeInKey(contest, input.value);
    if (!typed.ok) {
      setWriteInError({ contest: contestId, message: typed.message[lang] });
      return;
    }
    setWriteInError(null);
    const known = writeIns.some((each) => each.contest === contestId && each.name === typed.key);
    if (typed.writeIn && !known) {
      const added = [...writeIns, { contest: contestId, name: typed.key }];
      setWriteIns(added);
      writer.write(() => saveTally({ ...record, writeIns: added }));
    }
    const chosen = draftChoices(current.current.draft)[contestId] ?? [];
    if (!chosen.includes(typed.key)) mark({ contest: contestId, key: typed.key });
    input.value = '';
    heading.current?.focus();
  }

  const chosen = draftChoices(state.draft);
  const number = nextBallotNumber(state);
  const invalid = state.count.void + state.count.overvoted + state.count.twoPosts;
  const contestName = (id: string) => election.contests.find((contest) => contest.id === id)?.name ?? id;

  return (
    <section class="entry" aria-labelledby="ballot-heading">
      <p class="box-name">{w.box(record.box)}</p>
      <h2 id="ballot-heading" ref={heading} tabIndex={-1} data-ballot-number={number}>
        {w.ballotNumber(number)}
        <small>{w.beingEntered}</small>
      </h2>
      <SaveStatus status={status} saved={state.ballots.length} w={w} />
      {state.overvoteWarned && (
        <p class="warning" role="alert" data-overvote={state.overvoteWarned.join(' ')}>
          {w.overvote(
            state.overvoteWarned.map(contestName).join('、'),
            pack.overvote === 'void-ballot' ? w.overvoteWholeBallot : w.overvoteContest,
          )}
        </p>
      )}
      {state.draft.void && (
        <p class="void-marked" role="status">
          {w.voidMarked}
        </p>
      )}
      {choices.some((choice) => choice.shortcut === null) && (
        <FindName
          choices={choices}
          chosen={chosen}
          contestName={contestName}
          field={findField}
          onChoose={(choice) => {
            mark(choice);
            heading.current?.focus();
          }}
          onLeave={() => heading.current?.focus()}
          w={w}
        />
      )}
      {election.contests.map((contest, index) => (
        <fieldset class="contest" key={contest.id} data-contest={contest.id}>
          <legend>
            {contest.name} · {w.seats(contest.seats)} · {w.chosen}
            <strong>
              {(chosen[contest.id] ?? [])
                .map((key) => choices.find((c) => c.contest === contest.id && c.key === key)?.label ?? key)
                .join('、') || w.blankContest}
            </strong>
          </legend>
          <div class="choices">
            {choices
              .filter((choice) => choice.contest === contest.id)
              .map((choice) => (
                <ChoiceButton
                  key={choice.key}
                  choice={choice}
                  pressed={(chosen[contest.id] ?? []).includes(choice.key)}
                  onPress={() => mark(choice)}
                  w={w}
                />
              ))}
          </div>
          <form
            class="write-in"
            onSubmit={(event) => {
              event.preventDefault();
              addWriteIn(contest.id, event.currentTarget.elements.namedItem('name') as HTMLInputElement);
            }}
          >
            <label>
              {w.writeIn}{' '}
              <input
                name="name"
                data-write-in={contest.id}
                ref={index === 0 ? firstWriteIn : undefined}
                autoComplete="off"
                onKeyDown={(event) => {
                  if (event.key === 'Escape') heading.current?.focus();
                }}
              />
            </label>{' '}
            <button type="submit">{w.writeInAdd}</button>
            {writeInError?.contest === contest.id && (
              <span class="field-error" role="alert">
                {writeInError.message}
              </span>
            )}
          </form>
        </fieldset>
      ))}
      {/* Held at the foot of the window while the names scroll: the next step is always in sight. */}
      <p class="actions ballot-actions">
        <button type="button" class="primary big" onClick={close}>
          {w.closeBallot} <kbd>Enter</kbd>
        </button>
        <button type="button" class="big" aria-pressed={state.draft.void} onClick={markVoid}>
          {w.voidBallot} <kbd>/</kbd>
        </button>
        <button type="button" class="big" onClick={back}>
          {isEmptyDraft(state.draft) ? w.undo : w.dropMark} <kbd>⌫</kbd>
        </button>
      </p>
      <p class="keys-help">
        <KeyText text={w.keysHelp} />
        {choices.some((choice) => choice.shortcut === null) && (
          <>
            {' '}
            <KeyText text={w.keysHelpFind} />
          </>
        )}
      </p>
      <ZhengBoard election={election} count={state.count} choices={choices} w={w} />
      <p class="totals" data-ballots={state.count.ballots} data-invalid={invalid}>
        {w.totals(state.count.ballots, invalid)}
      </p>
      <LastBallots ballots={state.ballots} election={election} rules={pack} choices={choices} w={w} />
      <p class="actions">
        <button type="button" class="big" onClick={onPause}>
          {w.pause}
        </button>
        <button type="button" class="big" onClick={onFinish}>
          {w.finish}
        </button>
      </p>
    </section>
  );
}

function ChoiceButton({
  choice,
  pressed,
  onPress,
  w,
}: {
  choice: OfferedChoice;
  pressed: boolean;
  onPress: () => void;
  w: TallyWords;
}) {
  return (
    <button
      type="button"
      class="choice"
      aria-pressed={pressed}
      data-choice={choice.key}
      data-shortcut={choice.shortcut ?? undefined}
      data-written-in={choice.writeIn ? choice.contest : undefined}
      onClick={onPress}
    >
      {choice.shortcut && (
        <kbd aria-label={`${w.keyLabel} ${choice.shortcut.toUpperCase()}`}>
          {choice.shortcut.toUpperCase()}
        </kbd>
      )}{' '}
      {pressed ? '✔ ' : ''}
      {choice.label}
    </button>
  );
}

/** How many names found are listed: more, and the observer is asked to type more of the name. */
const FOUND_LISTED = 8;

/**
 * For the names past the last key (and any other): part of a name typed, Enter chooses it when it is
 * the only one found; when several are, each is a button to press (Tab reaches them). Esc goes back.
 */
function FindName({
  choices,
  chosen,
  contestName,
  field,
  onChoose,
  onLeave,
  w,
}: {
  choices: readonly OfferedChoice[];
  chosen: Readonly<Record<string, readonly string[]>>;
  contestName: (id: string) => string;
  field: { current: HTMLInputElement | null };
  onChoose: (choice: OfferedChoice) => void;
  onLeave: () => void;
  w: TallyWords;
}) {
  const [typed, setTyped] = useState('');
  const found = findChoices(choices, typed);
  const choose = (choice: OfferedChoice) => {
    setTyped('');
    onChoose(choice);
  };
  const status =
    typed.trim() === ''
      ? ''
      : found.length === 0
        ? w.findNone
        : found.length === 1
          ? w.findOne(found[0]!.label)
          : found.length > FOUND_LISTED
            ? w.findTooMany(found.length)
            : w.findSeveral(found.length);
  return (
    <div
      class="find-name"
      role="search"
      data-find-name
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        setTyped('');
        onLeave();
      }}
    >
      <label for="find-name">{w.findName}</label>
      <p class="find-help" id="find-name-help">
        <KeyText text={w.findHelp} />
      </p>
      <input
        id="find-name"
        ref={field}
        value={typed}
        autoComplete="off"
        aria-describedby="find-name-help find-name-status"
        onInput={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter that ends a Chinese input method's word is the input method's, not a choice.
          if (event.key !== 'Enter' || event.isComposing) return;
          event.preventDefault();
          if (found.length === 1) choose(found[0]!);
        }}
      />
      <p class="find-status" id="find-name-status" role="status">
        {status}
      </p>
      {found.length > 0 && found.length <= FOUND_LISTED && (
        <ul class="found">
          {found.map((choice) => (
            <li key={`${choice.contest} ${choice.key}`}>
              <button
                type="button"
                class="choice"
                aria-pressed={(chosen[choice.contest] ?? []).includes(choice.key)}
                data-found={choice.key}
                onClick={() => choose(choice)}
              >
                {choice.label} · {contestName(choice.contest)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SaveStatus({ status, saved, w }: { status: WriterStatus; saved: number; w: TallyWords }) {
  if (status.failed)
    return (
      <p class="save-status failed" role="alert" data-pending={status.pending}>
        ✖ {w.saveFailed(status.failed)}
      </p>
    );
  return (
    <p class="save-status" data-pending={status.pending} data-saved={saved - status.pending}>
      {status.pending > 0 ? `⏳ ${w.saving(status.pending)}` : `✔ ${w.saved(saved)}`}
    </p>
  );
}

function LastBallots({
  ballots,
  election,
  rules,
  choices,
  w,
}: {
  ballots: readonly LiveBallot[];
  election: Election;
  rules: BallotRules;
  choices: readonly OfferedChoice[];
  w: TallyWords;
}) {
  const last = ballots.slice(-5).reverse();
  if (last.length === 0) return null;
  const label = (contest: string, key: string) =>
    choices.find((choice) => choice.contest === contest && choice.key === key)?.label ?? key;
  return (
    <section class="last-ballots" aria-labelledby="last-ballots">
      <h3 id="last-ballots">{w.closedBallots}</h3>
      <ol>
        {last.map((ballot) => {
          const names = Object.entries(ballot.choices).flatMap(([contest, keys]) =>
            keys.map((key) => label(contest, key)),
          );
          // A ballot the pack voids (an overvote, one person for two posts) says so beside its names,
          // which the totals above leave out.
          const judged = judgeBallot(ballot, election, rules);
          const voided =
            judged.kind === 'overvoted'
              ? w.voidedOvervote
              : judged.kind === 'two-posts'
                ? w.voidedTwoPosts
                : '';
          return (
            <li
              key={ballot.number}
              value={ballot.number}
              data-ballot={ballot.number}
              data-judged={judged.kind}
            >
              {ballot.void ? w.voidShort : names.join('、') || w.allBlank}
              {voided}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
