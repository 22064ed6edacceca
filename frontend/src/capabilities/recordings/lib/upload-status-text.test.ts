import type { UploadSnapshot } from './upload-queue';
import { describeRemaining, describeUploads } from './upload-status-text';

const idle: UploadSnapshot = {
  pending: 0,
  uploading: false,
  retrying: false,
  offline: false,
  finalizing: 0,
  cloudProgress: null,
  error: null,
};

describe('upload health text', () => {
  it('tells the candidate how the upload is doing', () => {
    expect(describeUploads(idle)).toBe('all parts saved');
    expect(describeUploads({ ...idle, pending: 1, uploading: true })).toBe('Uploading 1 part…');
    expect(describeUploads({ ...idle, pending: 2 })).toBe('Uploading 2 parts…');
    expect(describeUploads({ ...idle, pending: 5, retrying: true, offline: true })).toBe(
      'Offline — 5 parts waiting, will retry',
    );
    expect(describeUploads({ ...idle, pending: 3, retrying: true })).toBe(
      'Server not answering — 3 parts waiting, will retry',
    );
    expect(describeUploads({ ...idle, finalizing: 1, cloudProgress: 0.42 })).toBe('Uploading your recording… 42%');
    expect(describeUploads({ ...idle, error: 'Not found.' })).toBe('Not saved: Not found.');
  });

  it('counts the remaining parts while finishing', () => {
    expect(describeRemaining({ ...idle, pending: 3, finalizing: 1 })).toBe('Uploading 3 remaining parts…');
    expect(describeRemaining({ ...idle, finalizing: 1 })).toBe('Saving your recording…');
    expect(describeRemaining({ ...idle, pending: 2, offline: true, retrying: true, finalizing: 1 })).toBe(
      'Offline — 2 parts waiting, will retry',
    );
  });
});
