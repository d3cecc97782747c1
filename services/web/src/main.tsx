// Entry: mount the app (styles are bundled by Vite into one CSS file, in this order).
import { render } from 'preact';
import { App } from './app.tsx';
import './styles/base.css';
import './styles/search-item.css';
import './styles/pages.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
