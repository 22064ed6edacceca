/** Runs in Pyodide: loads the solution, calls the entry once per example, returns JSON text. */
export const PYTHON_HARNESS = `
import contextlib, io, json, time

def _rehearse_run(job_json):
    job = json.loads(job_json)
    space = {"__name__": "solution"}
    try:
        exec(compile(job["code"], "solution.py", "exec"), space)
    except BaseException as error:
        return json.dumps({"loadError": f"{type(error).__name__}: {error}", "results": []})
    entry = space.get(job["entry"])
    if not callable(entry):
        return json.dumps({"loadError": f"Define a {job['kind']} named {job['entry']}", "results": []})
    results = []
    for example in job["examples"]:
        out = io.StringIO()
        started = time.perf_counter()
        actual, error = None, None
        try:
            with contextlib.redirect_stdout(out):
                args = example["args"]
                if job["kind"] == "class":
                    instance = entry(*args[0][1])
                    actual = [None] + [getattr(instance, name)(*values) for name, values in args[1:]]
                else:
                    actual = entry(*args)
            actual = json.loads(json.dumps(actual, default=lambda value: sorted(value) if isinstance(value, (set, frozenset)) else str(value)))
        except BaseException as caught:
            actual, error = None, f"{type(caught).__name__}: {caught}"
        elapsed = (time.perf_counter() - started) * 1000
        results.append({"actual": actual, "stdout": out.getvalue(), "error": error, "timeMs": elapsed})
    return json.dumps({"loadError": None, "results": results})
`;
