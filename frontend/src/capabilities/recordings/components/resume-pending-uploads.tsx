import { useResumePendingUploads } from '../hooks/use-resume-pending-uploads';

/** Mount once in the signed-in layout so leftovers are uploaded whatever page is opened first. */
export function ResumePendingUploads() {
  useResumePendingUploads();
  return null;
}
