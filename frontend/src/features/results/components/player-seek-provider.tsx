import { useState, type ReactNode } from 'react';

import { PlayerContext, SetPlayerContext, type PlayerHandle } from '../hooks/player-seek';

/** Lets the recording player and the question breakdown, apart on the page, reach each other. */
export function PlayerSeekProvider({ children }: { children: ReactNode }) {
  const [player, setPlayer] = useState<PlayerHandle | null>(null);
  return (
    <SetPlayerContext value={setPlayer}>
      <PlayerContext value={player}>{children}</PlayerContext>
    </SetPlayerContext>
  );
}
