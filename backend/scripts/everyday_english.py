"""Everyday English words, by how often English text writes them (wordfreq's Zipf scale: 3 is
once per million words, 6 is "your"). Only the knowledge build uses this, never the app."""

from wordfreq import zipf_frequency

# Chosen on the dev benches. wordfreq folds case, so a brand's own fame counts too, and below
# this line real one-word products are many: "Nuke" 3.3, "Toad" 3.3, "Lotus" 3.6, "Apex" 3.7.
# Above it: "Packet" 3.8, "Leverage" 3.9, "Robust" 3.9, "Destiny" 4.2.
COMMON_ZIPF = 3.75


def is_common_english(word: str) -> bool:
    """A word English writes so often that, alone, it says nothing of a product."""
    return zipf_frequency(word, "en") >= COMMON_ZIPF
