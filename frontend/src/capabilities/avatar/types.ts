/** A question as the avatar needs it: what to say, and the id that tells a new question apart. */
export interface AvatarQuestion {
  id: string;
  text: string;
}
