"""Text handling: tokens with spans into the original text, normalisation for
matching, language detection and hashtag reading."""
