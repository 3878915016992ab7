import { render } from 'preact';

function Dashboard() {
  return (
    <main>
      <h1>TallyWitness 计票见证</h1>
    </main>
  );
}

render(<Dashboard />, document.getElementById('app')!);
