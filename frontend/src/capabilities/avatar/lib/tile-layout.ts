/**
 * The interviewer's picture in a video tile never shrinks below this: on a phone the tile is
 * 11rem tall and also holds a note and the controls, so the face stays a face, not a dot.
 */
export const TILE_FACE_FLOOR = 'min-h-16';
