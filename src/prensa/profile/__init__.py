"""Document profile: language, genre, size and stated requirements.

``component.DocumentProfiler`` (spaCy component ``prensa_profile``) says what
kind of document it is and whether it defines any system, hardware or
performance requirement (cues in ``data/requirements.tsv``);
``language.identify`` names the language with py3langid's bundled model.
"""
