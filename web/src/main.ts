import './styles.css';
import { ports } from './app/ports';
import { startRouter } from './app/router';

const root = document.getElementById('app');
if (root) startRouter(root, ports);
