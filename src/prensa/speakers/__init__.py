"""Speakers: who a quotation is attributed to, and through which cue.

Attribution is its own package because it is its own decision: given a
quotation and its cue, ``resolver.SpeakerResolver`` chooses among the actors
the article names (``index``), the grammar around the cue (``cues``: which
words report speech; ``phrases``: their subjects and noun phrases) and the
running discourse. ``prensa.quotes`` finds the quotations and asks this package who
said them; this package never imports ``prensa.quotes``.
"""
