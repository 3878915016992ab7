import { render } from 'preact';
import { PrintableReceiptPage } from './printable-receipt-page';

render(<PrintableReceiptPage />, document.getElementById('app')!);
