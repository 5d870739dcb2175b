"""prensa's spaCy components, one module each; factories live in prensa.factories."""
