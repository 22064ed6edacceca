"""Delivery analytics for a recorded interview: pace, fillers, pauses, loudness, and on-camera
presence, measured from the recording and its transcript. Pure functions, no database."""
