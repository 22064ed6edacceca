import { runJavaScript } from './run-javascript';
import { workerScope } from './worker-protocol';

workerScope.addEventListener('message', (event) => {
  const request = event.data;
  if ('warm' in request) return; // nothing to load
  workerScope.postMessage({ type: 'started' });
  workerScope.postMessage({ type: 'done', run: runJavaScript(request.job) });
});
