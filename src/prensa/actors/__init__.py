"""Actors: people, organisations and places, one canonical record each.

``component.ActorLinker`` (spaCy component ``prensa_actors``) repairs the
model's entities (``tokens``, ``spans``, ``missed``), types them (``types``),
groups the ways an article names one actor into one record (``words``,
``link``), adds titles and demonyms as mentions (``roles``) and writes the
registry that later components read (``registry``). Word lists: ``data/``.
"""
