import { render } from 'preact';

function openPage(path: '/dashboard.html' | '/dashboard.html#history') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

function Popup() {
  return (
    <main>
      <h1>TallyWitness 计票见证</h1>
      <button type="button" onClick={() => openPage('/dashboard.html')}>
        新核对 / New audit
      </button>
      <button type="button" onClick={() => openPage('/dashboard.html#history')}>
        历史 / History
      </button>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
