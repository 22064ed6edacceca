import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

import type { Plugin } from 'vite';

// What loadPyodide fetches from its indexURL; served by us, never by a CDN.
const FILES: Record<string, string> = {
  'pyodide.mjs': 'text/javascript',
  'pyodide.asm.mjs': 'text/javascript',
  'pyodide.asm.wasm': 'application/wasm',
  'python_stdlib.zip': 'application/zip',
  'pyodide-lock.json': 'application/json',
};

const source = fileURLToPath(new URL('./node_modules/pyodide/', import.meta.url));

/** Serves Pyodide at /pyodide/ in dev and copies it into dist/pyodide/ at build time. */
export function pyodideFiles(): Plugin {
  return {
    name: 'rehearse-pyodide',
    configureServer(server) {
      server.middlewares.use('/pyodide', (request, response, next) => {
        const name = (request.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const type = FILES[name];
        if (!type) return next();
        response.setHeader('Content-Type', type);
        createReadStream(join(source, name)).pipe(response);
      });
    },
    generateBundle() {
      for (const name of Object.keys(FILES)) {
        this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(join(source, name)) });
      }
    },
  };
}
