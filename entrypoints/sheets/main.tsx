import { render } from 'preact';
import { SheetsApp } from './SheetsApp.js';
import './style.css';

render(<SheetsApp />, document.getElementById('app')!);
