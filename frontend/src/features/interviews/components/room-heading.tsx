import type { Interview } from '../api/get-interview';
import { roomDetails } from '../lib/labels';

export function RoomHeading({ interview }: { interview: Interview }) {
  const details = roomDetails(interview);
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight text-neutral-900">{interview.role} interview</h1>
      {details ? <p className="text-neutral-600">{details}</p> : null}
    </div>
  );
}
