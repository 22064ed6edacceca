import { useEffect, useState } from 'react';

const SAMPLE_MS = 100;
const FLOOR_DBFS = -60;

/** 0..1 from the loudness of a block of samples: -60 dBFS or quieter is 0, full scale is 1. */
export function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms <= 0) return 0;
  const dbfs = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS));
}

/** The microphone's live level (0..1) through a Web Audio AnalyserNode; 0 without a stream or Web Audio. */
export function useAudioLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0 || typeof AudioContext === 'undefined') return undefined;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    // Browsers start an AudioContext suspended until the page has been interacted with.
    const wake = () => void context.resume().catch(() => undefined);
    wake();
    window.addEventListener('pointerdown', wake, { once: true });
    window.addEventListener('keydown', wake, { once: true });
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      setLevel(levelOf(samples));
    }, SAMPLE_MS);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', wake);
      source.disconnect();
      void context.close();
    };
  }, [stream]);

  return stream ? level : 0;
}
