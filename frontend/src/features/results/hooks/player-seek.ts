import { createContext, useContext, useEffect } from 'react';

/** What the results page may ask of the recording player. */
export interface PlayerHandle {
  /** Seconds where each question's answer starts, by question id. */
  answerStarts: Map<string, number>;
  /** Bring the player into view, seek and play. */
  watchFrom: (seconds: number) => void;
}

/** The mounted player, if any; and (apart, so registering does not re-render the player) its setter. */
export const PlayerContext = createContext<PlayerHandle | null>(null);
export const SetPlayerContext = createContext<((player: PlayerHandle | null) => void) | null>(null);

/** Offers the player to the rest of the page while it is mounted. */
export function useRegisterPlayer(player: PlayerHandle | null) {
  const setPlayer = useContext(SetPlayerContext);
  useEffect(() => {
    if (!setPlayer || !player) return;
    setPlayer(player);
    return () => setPlayer(null);
  }, [setPlayer, player]);
}

/** Plays the answer to a question from its start, or null when the recording has no chapter for it. */
export function useWatchAnswer(questionId: string): (() => void) | null {
  const player = useContext(PlayerContext);
  const start = player?.answerStarts.get(questionId);
  if (!player || start === undefined) return null;
  return () => player.watchFrom(start);
}
