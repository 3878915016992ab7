import { render } from 'preact';
import { TallyApp } from './TallyApp.js';
import './style.css';

render(<TallyApp />, document.getElementById('app')!);
