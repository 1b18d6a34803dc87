import { render } from 'preact';
import { Options } from './Options.tsx';
import '../popup/popup.css';

render(<Options />, document.getElementById('app')!);
