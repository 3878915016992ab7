import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RULE_PACKS, type AnnouncementRules } from '../../core/index.js';
import { deleteCapture, listCaptures, type Capture } from '../shared/capture-store';
import { isCaptureSavedMessage } from '../shared/capture-selection';
import { captureMarks, checkCapture } from './check-capture';
import { HighlightedText } from './highlighted-text';
import { FindingList } from './finding-list';
import { WorkList } from './work-list';

const requestedId = new URLSearchParams(location.search).get('capture');

/** The side panel: the capture asked for (or the latest), its arithmetic checked, and the earlier ones. */
export function CapturePanel() {
  const [captures, setCaptures] = useState<Capture[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(requestedId);

  const reload = async (select?: string) => {
    const all = await listCaptures();
    setCaptures(all);
    if (select !== undefined) setSelectedId(select);
  };

  useEffect(() => {
    void reload();
    const onMessage = (message: unknown) => {
      if (isCaptureSavedMessage(message)) void reload(message.id);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  if (captures === null) return <p class="muted">读取中… / Loading…</p>;
  const selected = captures.find((capture) => capture.id === selectedId) ?? captures[0];
  if (!selected)
    return (
      <main class="empty" data-testid="no-captures">
        <h1>计票见证 / TallyWitness</h1>
        <p>在网页上选中选举结果公告的文字，右键选择“用计票见证核对”。</p>
        <p>
          Select the text of an election results notice on a web page, right-click and choose “Check with
          TallyWitness”.
        </p>
      </main>
    );

  const remove = async (id: string) => {
    await deleteCapture(id);
    await reload(id === selected.id ? '' : selected.id);
  };

  return (
    <main>
      <CaptureView capture={selected} />
      <EarlierCaptures
        captures={captures}
        selectedId={selected.id}
        onSelect={setSelectedId}
        onDelete={remove}
      />
    </main>
  );
}

function CaptureView({ capture }: { capture: Capture }) {
  const [rules, setRules] = useState<AnnouncementRules | undefined>(undefined);
  const check = useMemo(() => checkCapture(capture, 'zh', rules), [capture, rules]);
  const marks = useMemo(() => captureMarks(check), [check]);
  const openInDashboard = () =>
    void browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html?capture=${encodeURIComponent(capture.id)}`),
    });
  return (
    <article data-testid="capture" data-capture-id={capture.id}>
      <h1 data-testid="capture-title">{capture.title || '（无标题 / untitled）'}</h1>
      <dl class="facts">
        <dt>网址 / URL</dt>
        <dd data-testid="capture-url" class="wrap">
          {capture.url}
        </dd>
        <dt>截取时间 / Captured</dt>
        <dd>
          <time dateTime={capture.capturedAt} data-testid="capture-time">
            {new Date(capture.capturedAt).toLocaleString('zh-CN')} ({capture.capturedAt})
          </time>
        </dd>
        <dt>SHA-256（UTF-8 文本 / text）</dt>
        <dd data-testid="capture-sha256" class="hash">
          {capture.sha256}
        </dd>
      </dl>
      <button type="button" class="primary" data-testid="use-in-dashboard" onClick={openInDashboard}>
        在核对页使用 / Use in the dashboard
      </button>
      <h2>公告自身的核查 / The announcement checked on its own</h2>
      <p class="muted">
        已识别 {check.figures.figures.length} 个数字，{check.figures.unread.length} 个未识别。 /{' '}
        {check.figures.figures.length} figures read, {check.figures.unread.length} unread.
      </p>
      <RulesChoice rules={rules} onChange={setRules} />
      <FindingList findings={check.report.findings} checked={check.report.announcement?.judgedCount ?? 0} />
      <WorkList section={check.report.announcement} />
      <h2>截取的文字 / Captured text</h2>
      <HighlightedText text={capture.text} marks={marks} />
    </article>
  );
}

/** Whether, and by which rule pack and round, the announcement's own figures are judged. */
function RulesChoice(props: {
  rules: AnnouncementRules | undefined;
  onChange: (rules: AnnouncementRules | undefined) => void;
}) {
  const { rules, onChange } = props;
  return (
    <p class="rules-choice">
      <label>
        按规则包判断公告自身的数字 / Judge its own figures by a rule pack{' '}
        <select
          data-testid="capture-rules"
          value={rules?.pack ?? ''}
          onChange={(event) => {
            const pack = event.currentTarget.value;
            onChange(pack ? { pack, round: rules?.round ?? 'first' } : undefined);
          }}
        >
          <option value="">不判断（只查算术）/ none (arithmetic only)</option>
          {RULE_PACKS.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name.zh} / {pack.name.en}
            </option>
          ))}
        </select>
      </label>{' '}
      {rules && (
        <label>
          轮次 / Round{' '}
          <select
            data-testid="capture-round"
            value={rules.round}
            onChange={(event) =>
              onChange({
                pack: rules.pack,
                round: event.currentTarget.value === 'runoff' ? 'runoff' : 'first',
              })
            }
          >
            <option value="first">第一次投票 / first round</option>
            <option value="runoff">另行选举 / runoff</option>
          </select>
        </label>
      )}
    </p>
  );
}

function EarlierCaptures(props: {
  captures: readonly Capture[];
  selectedId: string;
  onSelect: (id: string) => void;
  onDelete: (id: string) => Promise<void>;
}) {
  return (
    <section class="earlier">
      <h2>全部截取 / All captures ({props.captures.length})</h2>
      <ul data-testid="capture-list">
        {props.captures.map((capture) => (
          <li
            key={capture.id}
            class={capture.id === props.selectedId ? 'current' : ''}
            data-capture-id={capture.id}
          >
            <button type="button" class="link" onClick={() => props.onSelect(capture.id)}>
              {capture.title || capture.url || capture.id}
            </button>
            <span class="muted"> {new Date(capture.capturedAt).toLocaleString('zh-CN')}</span>
            <button
              type="button"
              class="delete"
              title="删除 / Delete"
              onClick={() => void props.onDelete(capture.id)}
            >
              删除 / Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
