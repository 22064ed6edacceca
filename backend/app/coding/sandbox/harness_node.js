// Runs a candidate's JavaScript solution against test inputs, inside the sandbox.
//
// The JavaScript twin of harness_python.py, with the same protocol: the job as JSON on stdin,
// one JSON object a line on stdout (`loaded` or `load_error`, one `test` per input, `done`).
// It never sees expected outputs. The solution runs in a `vm` context with no `require` or
// `process`, code generation from strings refused and a timeout per call; `vm` is not a security
// boundary (bubblewrap, the rlimits and Node's permission model are), it gives clear verdicts.
"use strict";

const fs = require("fs");
const util = require("util");
const vm = require("vm");

const job = JSON.parse(fs.readFileSync(0, "utf8"));
const stdoutLimit = job.stdout_limit || 4096;
const valueLimit = job.value_limit || 1000000;

function emit(record) {
  fs.writeSync(1, JSON.stringify(record) + "\n");
}

let captured = [];
let capturedSize = 0;
let truncated = false;

function capture(...args) {
  let text = util.format(...args) + "\n";
  const room = stdoutLimit - capturedSize;
  if (text.length > room) {
    truncated = true;
    text = text.slice(0, Math.max(0, room));
  }
  captured.push(text);
  capturedSize += text.length;
}

function resetCapture() {
  captured = [];
  capturedSize = 0;
  truncated = false;
}

const context = vm.createContext(Object.create(null), {
  name: "solution",
  codeGeneration: { strings: false, wasm: false },
});
context.__rehearse_print = capture;

// Defined inside the context, so the solution meets its own realm's objects only.
const PRELUDE = `
globalThis.console = {
  log: __rehearse_print, info: __rehearse_print, warn: __rehearse_print,
  error: __rehearse_print, debug: __rehearse_print,
};
globalThis.module = { exports: {} };
globalThis.exports = globalThis.module.exports;
globalThis.__rehearse_normalise = function normalise(value, depth) {
  if (depth > 200) throw new RangeError("the returned value is nested too deeply");
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "function") return "[function]";
  if (value && typeof value.then === "function") {
    throw new TypeError("the solution returned a Promise; return the value itself");
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, depth + 1));
  if (value instanceof Set) {
    const items = Array.from(value, (item) => normalise(item, depth + 1));
    return items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  if (value instanceof Map) {
    const out = {};
    for (const [key, item] of value) out[String(key)] = normalise(item, depth + 1);
    return out;
  }
  const out = {};
  for (const key of Object.keys(value)) out[key] = normalise(value[key], depth + 1);
  return out;
};
`;

function errorText(error) {
  if (error === null || typeof error !== "object") return `Uncaught ${String(error)}`;
  const stack = String(error.stack || "");
  const line = stack.match(/solution\.js:(\d+)/);
  const where = line ? ` (line ${line[1]})` : "";
  return `${error.name || "Error"}: ${error.message || ""}${where}`.slice(0, 2000);
}

function classify(error) {
  const code = error && typeof error === "object" ? error.code : undefined;
  if (code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return "timeout";
  if (code === "ERR_ACCESS_DENIED") return "not_allowed";
  const message = error && typeof error === "object" ? String(error.message) : "";
  if (message.includes("Code generation from strings disallowed")) return "not_allowed";
  if (/allocation failed|out of memory/i.test(message)) return "memory";
  return "error";
}

function run(source, timeoutMs) {
  return new vm.Script(source, { filename: "harness.js" }).runInContext(context, {
    timeout: Math.max(1, Math.round(timeoutMs)),
    breakOnSigint: false,
  });
}

function guarded(action, timeoutMs) {
  try {
    return { status: "ok", value: action() };
  } catch (error) {
    const status = classify(error);
    const text =
      status === "timeout" ? `Time limit of ${Math.round(timeoutMs)} ms exceeded` : errorText(error);
    return { status, error: text };
  }
}

function load() {
  let script;
  try {
    script = new vm.Script(job.code, { filename: "solution.js" });
  } catch (error) {
    emit({ event: "load_error", kind: "syntax", error: errorText(error) });
    return false;
  }
  run(PRELUDE, 1000);
  const loaded = guarded(() => script.runInContext(context, { timeout: 2000 }), 2000);
  if (loaded.status !== "ok") {
    emit({ event: "load_error", kind: loaded.status, error: loaded.error });
    return false;
  }
  const entry = job.entry;
  const found = run(
    `(typeof ${entry} === "function") ? ${entry} :
     (typeof module.exports === "function" && module.exports.name === ${JSON.stringify(entry)})
       ? module.exports : (module.exports && typeof module.exports.${entry} === "function")
       ? module.exports.${entry} : undefined`,
    1000,
  );
  if (typeof found !== "function") {
    const kind = job.kind === "class" ? "class" : "function";
    emit({ event: "load_error", kind: "missing_entry", error: `Define a ${kind} named ${entry}` });
    return false;
  }
  context.__rehearse_entry = found;
  emit({ event: "loaded" });
  return true;
}

const CALL_FUNCTION = "__rehearse_entry(...__rehearse_args)";
const CALL_CLASS = `(() => {
  const [[, initArgs], ...calls] = __rehearse_args;
  const instance = new __rehearse_entry(...initArgs);
  return [null, ...calls.map(([name, values]) => instance[name](...values))];
})()`;

function runTest(index, test) {
  const limitMs = test.time_limit_ms || 1000;
  context.__rehearse_input = test.args_json;
  run("globalThis.__rehearse_args = JSON.parse(__rehearse_input)", 5000);
  resetCapture();
  const call = job.kind === "class" ? CALL_CLASS : CALL_FUNCTION;
  const started = process.hrtime.bigint();
  const outcome = guarded(() => run(`__rehearse_result = ${call}`, limitMs), limitMs);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  const record = { event: "test", index, status: outcome.status, time_ms: elapsed };
  if (outcome.status === "ok") {
    const encoded = guarded(
      () => run("JSON.stringify(__rehearse_normalise(__rehearse_result, 0))", limitMs),
      limitMs,
    );
    if (encoded.status !== "ok") {
      record.status = "error";
      record.error = `The returned value cannot be read: ${encoded.error}`;
    } else if (encoded.value.length > valueLimit) {
      record.status = "output_limit";
      record.error = "The returned value is too large";
    } else {
      record.value_json = encoded.value;
    }
  } else {
    record.error = outcome.error;
  }
  record.stdout = captured.join("");
  record.stdout_truncated = truncated;
  emit(record);
  return record.status;
}

function main() {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(job.entry)) {
    emit({ event: "load_error", kind: "missing_entry", error: "The entry name is not valid" });
    return;
  }
  if (!load()) return;
  let stopLarge = false;
  job.tests.forEach((test, index) => {
    if (stopLarge && test.large) {
      emit({ event: "test", index, status: "skipped", time_ms: 0 });
      return;
    }
    const status = runTest(index, test);
    // A larger input after one that ran out of time would only time out again.
    stopLarge = stopLarge || (status === "timeout" && Boolean(test.large));
  });
  emit({ event: "done" });
}

main();
