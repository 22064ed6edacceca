import { FileUp, Upload } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { toast } from 'sonner';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { formatFileSize } from '@/lib/format';

import type { Resume } from '../api/get-resume';
import { RESUME_MAX_BYTES, useUploadResume } from '../api/upload-resume';

const ACCEPT = [
  '.pdf',
  '.docx',
  '.txt',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
].join(',');

function isAbort(error: unknown) {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Drop zone and "Choose file" button; shows upload progress, then "Analysing…" while the server parses. */
export function ResumeUpload({ onUploaded }: { onUploaded?: (resume: Resume) => void }) {
  const upload = useUploadResume();
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState(0);
  const [filename, setFilename] = useState('');
  const [isDragging, setIsDragging] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Kept on the page until the next attempt: a toast would vanish before its advice is read.
  const [problem, setProblem] = useState<string | null>(null);

  function start(file: File) {
    if (upload.isPending) return;
    if (file.size > RESUME_MAX_BYTES) {
      setProblem(
        `${file.name} is ${formatFileSize(file.size)}; resumes can be at most ${formatFileSize(RESUME_MAX_BYTES)}.`,
      );
      return;
    }
    setProblem(null);
    const controller = new AbortController();
    abortRef.current = controller;
    setProgress(0);
    setFilename(file.name);
    setAnnouncement(`Uploading ${file.name}…`);
    upload.mutate(
      {
        file,
        signal: controller.signal,
        onProgress: (fraction) => {
          setProgress(fraction);
          if (fraction >= 1) setAnnouncement(`Analysing ${file.name}…`);
        },
      },
      {
        onSuccess: (resume) => {
          setAnnouncement(`${resume.filename} is uploaded and analysed.`);
          toast.success(`${resume.filename} is uploaded and analysed.`);
          onUploaded?.(resume);
        },
        onError: (error) => {
          if (isAbort(error)) {
            setAnnouncement('Upload cancelled.');
            return;
          }
          // The alert below is announced; a status line saying the same would be heard twice.
          setAnnouncement('');
          setProblem(`${file.name} could not be uploaded: ${errorMessage(error)}`);
        },
      },
    );
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    const [file, ...rest] = Array.from(event.dataTransfer.files);
    if (!file) return;
    if (rest.length > 0) toast.info(`One resume at a time: uploading ${file.name}.`);
    start(file);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    event.dataTransfer.dropEffect = upload.isPending ? 'none' : 'copy';
    setIsDragging(true);
  }

  function onDragLeave(event: DragEvent<HTMLDivElement>) {
    // Moving over a child element fires dragleave on the zone; only leaving the zone counts.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setIsDragging(false);
  }

  const analyzing = upload.isPending && progress >= 1;

  return (
    <section aria-labelledby="upload-heading" className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm">
      <h2 id="upload-heading" className="text-lg font-semibold text-neutral-900">
        Upload a resume
      </h2>
      <div
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        data-dragging={isDragging || undefined}
        className={cn(
          'mt-4 flex flex-col items-center gap-3 rounded-xl border-2 border-dashed border-neutral-300 px-6 py-10 text-center transition-colors',
          isDragging && 'border-indigo-500 bg-indigo-50',
        )}
      >
        {upload.isPending ? (
          <div className="w-full max-w-md space-y-3">
            <p className="truncate text-sm font-medium text-neutral-900">{filename}</p>
            {analyzing ? (
              <p className="inline-flex items-center gap-2 text-sm text-neutral-600">
                <Spinner /> Analysing…
              </p>
            ) : (
              <>
                <Progress value={progress * 100} label={`Uploading ${filename}`} />
                <p className="text-sm text-neutral-600">Uploading… {Math.round(progress * 100)}%</p>
              </>
            )}
            {analyzing ? null : (
              <Button variant="ghost" size="sm" onClick={() => abortRef.current?.abort()}>
                Cancel upload
              </Button>
            )}
          </div>
        ) : (
          <>
            <span className="grid size-12 place-items-center rounded-full bg-indigo-50 text-indigo-600">
              <FileUp aria-hidden="true" className="size-6" />
            </span>
            <p className="text-sm text-neutral-700">Drag and drop your resume here, or</p>
            <Button onClick={() => inputRef.current?.click()}>
              <Upload aria-hidden="true" className="size-4" />
              Choose file
            </Button>
            <p className="text-xs text-neutral-500">PDF, Word (.docx) or plain text, up to 10 MB.</p>
          </>
        )}
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT}
          aria-label="Resume file"
          tabIndex={-1}
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // Choosing the same file again must fire change.
            if (file) start(file);
          }}
        />
      </div>
      {problem ? <ErrorAlert className="mt-4">{problem}</ErrorAlert> : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
