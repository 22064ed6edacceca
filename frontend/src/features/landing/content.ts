/** The landing page's words, kept apart from its layout. */

export const STEPS = [
  {
    title: 'Bring your resume and the job',
    text: 'Upload your resume and paste the job description, or pick one from the catalogue. Rehearse reads both and knows what to ask.',
  },
  {
    title: 'Practise out loud, on camera',
    text: 'An interviewer asks tailored questions aloud and follows up. Answer by speaking or typing; coding rounds run in the browser.',
  },
  {
    title: 'Read the report, then go again',
    text: 'Scores per competency, your own words quoted as evidence, delivery analytics, and a plan of sessions until your real date.',
  },
] as const;

export interface Showcase {
  id: string;
  eyebrow: string;
  title: string;
  text: string;
  points: string[];
  image: { src: string; alt: string };
}

export const SHOWCASES: Showcase[] = [
  {
    id: 'room',
    eyebrow: 'The interview room',
    title: 'As close to the real call as practice gets',
    text: 'A video-call room with the interviewer on one side and you on the other, a clock per question, and nothing else to distract you.',
    points: [
      'Questions from your resume and the job',
      'Spoken answers transcribed as you go',
      'Follow-ups when an answer is thin',
    ],
    image: {
      src: '/screenshots/room.webp',
      alt: 'The interview room: the interviewer asks a question, the candidate’s camera beside it and the answer panel below.',
    },
  },
  {
    id: 'results',
    eyebrow: 'The report',
    title: 'Feedback you can act on tomorrow',
    text: 'Every answer scored against what a strong answer covers, with the evidence quoted from what you said and what was missing.',
    points: ['Scores by competency and skill', 'Pace, filler words and pauses', 'Retry one question and compare'],
    image: {
      src: '/screenshots/results.webp',
      alt: 'The results of a finished interview: an overall score, scores by competency and feedback per answer.',
    },
  },
  {
    id: 'plan',
    eyebrow: 'Your plan',
    title: 'A plan for the date that matters',
    text: 'Enter the day of your real interview: practice sessions are spaced until then, with a full mock near the end and a rest day before. Reminders tell you what is due.',
    points: [
      'Sessions spaced at the pace you choose',
      'Reminders for due sessions',
      'Sessions tick off as you practise',
    ],
    image: {
      src: '/screenshots/plan.webp',
      alt: 'An interview plan: the date of the interview, progress, and the practice sessions listed by day.',
    },
  },
];

export const SELF_HOSTING = [
  {
    title: 'Your server, your data',
    text: 'Run it with Docker Compose on your own machine. Resumes, recordings and reports never leave it.',
  },
  {
    title: 'Works offline',
    text: 'The built-in question writer, evaluator and browser speech need no cloud account and no API key.',
  },
  {
    title: 'Cloud when you want it',
    text: 'Plug in Gemini or an OpenAI-compatible model, a hosted avatar or cloud storage, one setting each.',
  },
  { title: 'Open source', text: 'Read the code, change it, and export or delete your data at any time.' },
] as const;

/** The first screenshot a visitor sees: the whole product at a glance. */
export const HERO_IMAGE = {
  src: '/screenshots/dashboard.webp',
  alt: 'The Rehearse dashboard: an interview plan with today’s reminder, and scores across past interviews.',
};
