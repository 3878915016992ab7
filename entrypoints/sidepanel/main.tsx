import { render } from 'preact';
import { CapturePanel } from './capture-panel';

render(<CapturePanel />, document.getElementById('app')!);
