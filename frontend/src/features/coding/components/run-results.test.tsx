import { render, screen, within } from '@testing-library/react';

import { runExamples } from '../lib/run-examples';
import { runJavaScript } from '../lib/run-javascript';
import type { RunJob } from '../lib/run-types';
import { RunResultsPanel } from './run-results';

// The worker's own function, called in the test's thread: the real runner behind the seam.
const runner = (job: RunJob) => Promise.resolve(runJavaScript(job));

function job(code: string): RunJob {
  return {
    language: 'javascript',
    code,
    entry: 'twoSum',
    kind: 'function',
    timeLimitMs: 1000,
    examples: [
      { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
      { args: [[3, 2, 4], 6], expected: [1, 2] },
    ],
  };
}

describe('RunResultsPanel', () => {
  it('shows each example with input, expected, actual, where they differ, the output and the time', async () => {
    const code = `function twoSum(nums, target) { console.log("looking for", target); return [0, 1]; }`;
    render(<RunResultsPanel run={await runExamples(runner, job(code), 'exact')} />);

    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 examples passed');
    const failed = screen.getByRole('listitem', { name: 'Example 2: failed' });
    expect(within(failed).getByText('[3,2,4], 6')).toBeInTheDocument();
    expect(within(failed).getByText('[1,2]')).toBeInTheDocument();
    expect(within(failed).getByText('[0,1]')).toBeInTheDocument();
    expect(within(failed).getByText('[0] is 0, expected 1')).toBeInTheDocument();
    expect(within(failed).getByText('looking for 6')).toBeInTheDocument();
    expect(within(failed).getByText(/\d+\.\d ms/)).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: 'Example 1: passed' })).toBeInTheDocument();
  });

  it('shows the error a solution throws, and no difference for it', async () => {
    const code = `function twoSum(nums) { return nums.missing.length; }`;
    render(<RunResultsPanel run={await runExamples(runner, job(code), 'exact')} />);

    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 examples passed');
    const first = screen.getByRole('listitem', { name: 'Example 1: failed' });
    expect(within(first).getByText(/^TypeError: Cannot read properties of undefined/)).toBeInTheDocument();
    expect(within(first).queryByText('Difference')).not.toBeInTheDocument();
  });

  it('accepts an answer in any order when the problem says order does not matter', async () => {
    const code = `function twoSum(nums, target) { for (let i = 0; i < nums.length; i++) for (let j = nums.length - 1; j > i; j--) if (nums[i] + nums[j] === target) return [j, i]; }`;
    render(<RunResultsPanel run={await runExamples(runner, job(code), 'unordered')} />);

    expect(screen.getByRole('status')).toHaveTextContent('2 of 2 examples passed');
  });

  it('says why the code did not load', async () => {
    render(<RunResultsPanel run={await runExamples(runner, job('function twoSum( {'), 'exact')} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/Your code did not load\s*SyntaxError/);

    render(<RunResultsPanel run={await runExamples(runner, job('const answer = 1;'), 'exact')} />);
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Define a function named twoSum');
  });
});
