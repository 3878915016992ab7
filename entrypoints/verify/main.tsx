import { render } from 'preact';
import { VerifyPage } from './verify-page';

render(<VerifyPage />, document.getElementById('app')!);
