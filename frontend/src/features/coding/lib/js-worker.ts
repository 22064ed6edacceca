import { runJavaScript } from './run-javascript';
import { workerScope } from './worker-protocol';

workerScope.addEventListener('message', (event) => {
  workerScope.postMessage({ type: 'started' });
  workerScope.postMessage({ type: 'done', run: runJavaScript(event.data.job) });
});
