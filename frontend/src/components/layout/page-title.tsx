const APP_NAME = 'Rehearse';

/** React 19 hoists <title> into <head>. */
export function PageTitle({ title }: { title?: string }) {
  return <title>{title ? `${title} · ${APP_NAME}` : `${APP_NAME} · AI mock interviews`}</title>;
}
