"""Time: temporal expressions found in the text and normalised to TIMEX3.

``component.TimexTagger`` (spaCy component ``prensa_timex``) runs the grammar
(``component``: rules from ``patterns``, ``rules_calendar``, ``rules_relative``)
and computes values against the publication date (``values``, ``periods``,
``relative``, ``phrases``, ``normalize``). The TimeML scheme adds
``rules_timeml`` and draws spans in ``timeml``. Word lists: ``words`` over
``data/``.
"""
