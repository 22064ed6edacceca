import { useId } from 'react';

import { useMouthOpenness } from '../hooks/use-mouth-openness';
import { useReducedMotion } from '../hooks/use-reduced-motion';

const SKIN = '#f1c7a1';
const SKIN_SHADE = '#e0ac85';
const HAIR = '#3b2f2a';
const LIPS = '#7f1d1d';

// Eyes close for a moment every few seconds; `motion-safe:` leaves them open under reduced motion.
const BLINK_KEYFRAMES = '@keyframes rehearse-avatar-blink{0%,93%,100%{transform:scaleY(1)}96%{transform:scaleY(.1)}}';

export interface AvatarFaceProps {
  speaking: boolean;
  /** Word boundaries spoken so far: each one moves the mouth. */
  wordCount?: number;
  className?: string;
}

/** The interviewer: a friendly, neutral face whose mouth moves while speaking. */
export function AvatarFace({ speaking, wordCount = 0, className }: AvatarFaceProps) {
  const reducedMotion = useReducedMotion();
  const openness = useMouthOpenness(speaking, wordCount, reducedMotion);
  const mouthOpen = openness > 0.2;
  const clipId = useId();

  return (
    <svg
      viewBox="0 0 200 200"
      role="img"
      aria-label={speaking ? 'Interviewer, speaking' : 'Interviewer'}
      data-speaking={speaking}
      className={className}
    >
      <style>{BLINK_KEYFRAMES}</style>
      <defs>
        <clipPath id={clipId}>
          <circle cx="100" cy="100" r="96" />
        </clipPath>
      </defs>
      <circle cx="100" cy="100" r="96" fill="#eef2ff" />
      <g clipPath={`url(#${clipId})`}>
        <path d="M28 200 C32 162 62 146 100 146 C138 146 168 162 172 200 Z" fill="#4f46e5" />
        <path d="M84 147 L100 168 L116 147 Z" fill="#ffffff" />
        <rect x="88" y="120" width="24" height="32" rx="10" fill={SKIN_SHADE} />
        <ellipse cx="61" cy="96" rx="7" ry="11" fill={SKIN_SHADE} />
        <ellipse cx="139" cy="96" rx="7" ry="11" fill={SKIN_SHADE} />
        <ellipse cx="100" cy="92" rx="40" ry="46" fill={SKIN} />
        <path
          d="M58 90 C54 56 76 40 100 40 C124 40 146 56 142 90 C136 70 122 60 100 60 C80 60 64 70 58 90 Z"
          fill={HAIR}
        />
        <path
          d="M75 78 Q84 73 92 77 M108 77 Q116 73 125 78"
          stroke={HAIR}
          strokeWidth="3"
          strokeLinecap="round"
          fill="none"
        />
        <g className="origin-center [transform-box:fill-box] motion-safe:animate-[rehearse-avatar-blink_5s_ease-in-out_infinite]">
          <ellipse cx="84" cy="90" rx="4.5" ry="5" fill="#1f2937" />
          <ellipse cx="116" cy="90" rx="4.5" ry="5" fill="#1f2937" />
        </g>
        <path d="M100 95 Q96 106 101 108" stroke={SKIN_SHADE} strokeWidth="2.5" strokeLinecap="round" fill="none" />
        <circle cx="76" cy="106" r="6" fill="#fb7185" opacity="0.18" />
        <circle cx="124" cy="106" r="6" fill="#fb7185" opacity="0.18" />
        <g data-mouth={mouthOpen ? 'open' : 'closed'}>
          {mouthOpen ? (
            <ellipse cx="100" cy="120" rx="10" ry={2 + 8 * openness} fill={LIPS} />
          ) : (
            <path d="M88 118 Q100 127 112 118" stroke={LIPS} strokeWidth="3" strokeLinecap="round" fill="none" />
          )}
        </g>
      </g>
      {/* A still cue that does not rely on motion. */}
      {speaking ? <circle cx="100" cy="100" r="97" fill="none" stroke="#818cf8" strokeWidth="4" /> : null}
    </svg>
  );
}
